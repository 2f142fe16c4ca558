//! `--record FILE`: every exchange as one NDJSON line, with the bearer key and signatures left
//! out, naming the kinds its bodies are so that `periskope-schema validate --exchanges FILE`
//! checks the calls a test suite made.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::sync::{Mutex, PoisonError};

use axum::http::HeaderMap;
use axum::http::request::Parts;
use periskope_model::endpoint::Payload;
use periskope_model::verify::SIGNATURE_HEADER;
use serde_json::{Map, Value, json};

/// Headers never written: the key and signatures.
const SECRET: &[&str] = &["authorization", SIGNATURE_HEADER, "cookie"];

/// Writes exchanges to a file, one line each, flushed as written.
#[derive(Debug)]
pub(crate) struct Recorder(Mutex<BufWriter<File>>);

fn headers(map: &HeaderMap) -> Value {
    let mut out = Map::new();
    for (name, value) in map {
        if SECRET.contains(&name.as_str()) {
            continue;
        }
        out.insert(
            name.as_str().to_owned(),
            json!(String::from_utf8_lossy(value.as_bytes())),
        );
    }
    Value::Object(out)
}

/// A body as JSON when it is JSON, else as text (`null` when empty).
fn body(bytes: &[u8]) -> Value {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Value::Null;
    }
    serde_json::from_slice(bytes)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(bytes).into_owned()))
}

impl Recorder {
    /// Creates (or empties) `path`.
    pub(crate) fn create(path: &Path) -> std::io::Result<Self> {
        Ok(Self(Mutex::new(BufWriter::new(File::create(path)?))))
    }

    /// Writes one exchange of `endpoint` (`None`: a path the catalog does not have) as
    /// `{method, path, query, operation, status, request: {kind, headers, body}, response:
    /// {kind, headers, body}}`. A kind is named only where the catalog gives one: the
    /// operation's request body, its JSON answer on success, the error envelope.
    pub(crate) fn write(
        &self,
        parts: &Parts,
        endpoint: Option<&'static periskope_model::endpoint::Endpoint>,
        request: Option<&[u8]>,
        status: u16,
        answer_headers: &HeaderMap,
        answer: &[u8],
    ) {
        let path = parts.uri.path();
        let kind = |body: Option<periskope_model::endpoint::TypeRef>| {
            body.and_then(|b| periskope_contract::kind_for(&b))
                .map(|kind| kind.name)
        };
        let request_kind = kind(endpoint.and_then(|e| e.request));
        let answer_kind = if status >= 400 {
            kind(Some(periskope_model::endpoint::ERRORS[0].body))
        } else {
            kind(endpoint.and_then(|e| {
                e.answers
                    .iter()
                    .find(|a| a.status == status)
                    .and_then(|a| match a.body {
                        Payload::Json(body) => Some(body),
                        Payload::Empty | Payload::Binary => None,
                    })
            }))
        };
        let line = json!({
            "method": parts.method.as_str(),
            "path": path,
            "query": parts.uri.query(),
            "operation": endpoint.map(|e| e.operation),
            "status": status,
            "request": {"kind": request_kind, "headers": headers(&parts.headers),
                        "body": request.map_or(Value::Null, body)},
            "response": {"kind": answer_kind, "headers": headers(answer_headers),
                         "body": body(answer)},
        });
        let mut file = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let written = serde_json::to_writer(&mut *file, &line)
            .map_err(std::io::Error::from)
            .and_then(|()| file.write_all(b"\n"))
            .and_then(|()| file.flush());
        if let Err(e) = written {
            eprintln!("periskope-schema mock: --record: an exchange was not written: {e}");
        }
    }
}
