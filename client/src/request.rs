//! The sans-IO core: a call as the bytes to send (method, URL, headers, body) made from the
//! endpoint catalog, and an answer (status, headers, body) read back into the operation's
//! answer type or an [`Error`]. The transports only move bytes.

use periskope_model::ApiError;
use periskope_model::endpoint::{self, Endpoint, Method};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{ApiFailure, Error, RateLimit, TransportError};

/// The largest answer read, in bytes; a larger one is a transport error.
pub const MAX_ANSWER: usize = 64 << 20;

/// A request ready to send.
#[derive(Clone, Debug, PartialEq)]
pub struct Prepared {
    /// The operation.
    pub endpoint: &'static Endpoint,
    /// The whole URL, query included.
    pub url: String,
    /// The headers, names in lower case (`authorization`, `x-phone`, `content-type`, …).
    pub headers: Vec<(String, String)>,
    /// The JSON body, if the operation takes one.
    pub body: Option<Vec<u8>>,
}

impl Prepared {
    /// Whether sending it twice could do twice what it does: every method but `GET`.
    pub fn is_write(&self) -> bool {
        self.endpoint.method != Method::Get
    }
}

/// An answer as received.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Received {
    /// The HTTP status.
    pub status: u16,
    /// The headers, names in lower case.
    pub headers: Vec<(String, String)>,
    /// The body's bytes.
    pub body: Vec<u8>,
}

impl Received {
    /// A header's value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// The `X-RateLimit-*` and `Retry-After` headers.
    pub fn rate_limit(&self) -> RateLimit {
        let number = |name: &str| self.header(name).and_then(|v| v.trim().parse().ok());
        RateLimit {
            limit: number("x-ratelimit-limit"),
            remaining: number("x-ratelimit-remaining"),
            reset: number("x-ratelimit-reset"),
            retry_after: number("retry-after"),
        }
    }
}

/// An answer's headers as text pairs, names in lower case (as `http` gives them).
pub(crate) fn header_pairs<'a>(
    headers: impl Iterator<Item = (&'a str, &'a [u8])>,
) -> Vec<(String, String)> {
    headers
        .map(|(name, value)| (name.to_owned(), String::from_utf8_lossy(value).into_owned()))
        .collect()
}

/// The answer stopped arriving, or grew past [`MAX_ANSWER`]: the request reached the server.
pub(crate) fn broke_off(why: impl std::fmt::Display) -> TransportError {
    TransportError {
        message: format!("the answer broke off: {why}"),
        may_have_reached: true,
    }
}

/// What [`encode`] escapes: everything but RFC 3986's unreserved characters, and `@`, which
/// JIDs carry and paths allow.
const ESCAPED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'@');

/// Percent-encodes a path parameter or query text (UTF-8, upper-case hex).
pub(crate) fn encode(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, ESCAPED).to_string()
}

/// The query parameters of a query value: each field that is not null, as text.
pub(crate) fn query_pairs(query: &impl Serialize) -> Result<Vec<(String, String)>, Error> {
    let value = serde_json::to_value(query).map_err(|e| Error::Request(e.to_string()))?;
    let Value::Object(fields) = value else {
        return Err(Error::Request("a query is an object of parameters".into()));
    };
    Ok(fields
        .into_iter()
        .filter_map(|(key, value)| {
            let text = match value {
                Value::Null => return None,
                Value::String(text) => text,
                other => other.to_string(),
            };
            Some((key, text))
        })
        .collect())
}

/// What a call is made of before it is sent.
#[derive(Clone, Debug)]
pub(crate) struct Parts<'a> {
    pub(crate) base_url: &'a str,
    pub(crate) api_key: &'a str,
    pub(crate) phone: Option<&'a str>,
    pub(crate) params: &'a [&'a str],
    pub(crate) query: Vec<(String, String)>,
    pub(crate) body: Option<Vec<u8>>,
    pub(crate) headers: &'a [(String, String)],
}

/// The request for `operation` (an `operationId` of the catalog).
pub(crate) fn prepare(operation: &str, parts: Parts<'_>) -> Result<Prepared, Error> {
    let endpoint = endpoint::ENDPOINTS
        .iter()
        .find(|endpoint| endpoint.operation == operation)
        .ok_or_else(|| Error::Request(format!("{operation} is not in the catalog")))?;
    let mut path = endpoint.path.to_owned();
    for (name, value) in endpoint.path_parameters().zip(parts.params) {
        path = path.replace(&format!("{{{name}}}"), &encode(value));
    }
    let mut url = format!("{}{path}", parts.base_url.trim_end_matches('/'));
    for (index, (key, value)) in parts.query.iter().enumerate() {
        url.push(if index == 0 { '?' } else { '&' });
        url.push_str(&encode(key));
        url.push('=');
        url.push_str(&encode(value));
    }
    let mut headers = vec![
        (
            "authorization".to_owned(),
            format!("Bearer {}", parts.api_key),
        ),
        ("accept".to_owned(), "application/json".to_owned()),
    ];
    if let (true, Some(phone)) = (endpoint.phone_header, parts.phone) {
        headers.push((endpoint::PHONE_HEADER.to_owned(), phone.to_owned()));
    }
    let body = match (endpoint.request, parts.body) {
        (Some(_), Some(body)) => Some(body),
        (Some(_), None) if endpoint.request_optional => Some(b"{}".to_vec()),
        (Some(_), None) => return Err(Error::Request(format!("{operation} takes a body"))),
        (None, _) => None,
    };
    if body.is_some() {
        headers.push(("content-type".to_owned(), "application/json".to_owned()));
    }
    for (name, value) in parts.headers {
        headers.retain(|(key, _)| !key.eq_ignore_ascii_case(name));
        headers.push((name.to_ascii_lowercase(), value.clone()));
    }
    Ok(Prepared {
        endpoint,
        url,
        headers,
        body,
    })
}

/// The API's error answer, kept whole; a body that is not an envelope becomes its message.
pub(crate) fn failure(received: &Received) -> Error {
    let error = periskope_model::from_str::<ApiError>(&String::from_utf8_lossy(&received.body))
        .unwrap_or_else(|_| {
            ApiError::new(
                "UNKNOWN_ERROR",
                String::from_utf8_lossy(&received.body).into_owned(),
            )
        });
    Error::Api(Box::new(ApiFailure {
        status: received.status,
        error,
        trace_id: received.header("x-periskope-trace-id").map(str::to_owned),
        rate_limit: received.rate_limit(),
    }))
}

/// How an operation's success answer is read.
pub(crate) type Decoder<T> = fn(&'static str, &Received) -> Result<T, Error>;

/// A JSON answer, read by the model (lenient, lossless); a failure names the JSON path.
pub(crate) fn json<T: DeserializeOwned>(
    operation: &'static str,
    received: &Received,
) -> Result<T, Error> {
    let text = std::str::from_utf8(&received.body).map_err(|e| Error::Decode {
        operation,
        status: received.status,
        message: format!("not UTF-8: {e}"),
    })?;
    periskope_model::from_str(text).map_err(|e| Error::Decode {
        operation,
        status: received.status,
        message: e.to_string(),
    })
}

/// An answer without a body (`204`, or a `200` with nothing); a body, if any, is not read.
pub(crate) fn empty(_: &'static str, _: &Received) -> Result<(), Error> {
    Ok(())
}

/// The body's bytes (the phone's QR code).
pub(crate) fn bytes(_: &'static str, received: &Received) -> Result<Vec<u8>, Error> {
    Ok(received.body.clone())
}

/// `None` for an empty answer (`204`), else the JSON answer.
pub(crate) fn maybe<T: DeserializeOwned>(
    operation: &'static str,
    received: &Received,
) -> Result<Option<T>, Error> {
    if received.body.iter().all(u8::is_ascii_whitespace) {
        Ok(None)
    } else {
        json(operation, received).map(Some)
    }
}

/// A JSON answer read as its type, then given back as JSON (for `Client::call_json`).
#[cfg(feature = "json-calls")]
pub(crate) fn as_json<T: DeserializeOwned + Serialize>(
    operation: &'static str,
    received: &Received,
) -> Result<Value, Error> {
    json::<T>(operation, received)
        .and_then(|answer| serde_json::to_value(answer).map_err(|e| Error::Request(e.to_string())))
}

/// [`maybe`] as JSON (`null` for none).
#[cfg(feature = "json-calls")]
pub(crate) fn as_json_maybe<T: DeserializeOwned + Serialize>(
    operation: &'static str,
    received: &Received,
) -> Result<Value, Error> {
    maybe::<T>(operation, received)
        .and_then(|answer| serde_json::to_value(answer).map_err(|e| Error::Request(e.to_string())))
}

/// An empty answer as JSON: `null`.
#[cfg(feature = "json-calls")]
pub(crate) fn as_json_empty(operation: &'static str, received: &Received) -> Result<Value, Error> {
    empty(operation, received).map(|()| Value::Null)
}

/// Bytes as JSON: their length.
#[cfg(feature = "json-calls")]
pub(crate) fn as_json_bytes(operation: &'static str, received: &Received) -> Result<Value, Error> {
    bytes(operation, received).map(|bytes| Value::from(bytes.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts<'a>(params: &'a [&'a str], body: Option<Vec<u8>>) -> Parts<'a> {
        Parts {
            base_url: "http://127.0.0.1:8080/v1/",
            api_key: "k",
            phone: Some("918527184400"),
            params,
            query: vec![
                ("limit".into(), "10".into()),
                ("start_time".into(), "2025-01-01T00:00:00+05:30".into()),
            ],
            body,
            headers: &[],
        }
    }

    #[test]
    fn the_catalog_gives_the_url_headers_and_body() {
        let prepared =
            prepare("getChatMessages", parts(&["919537851844@c.us"], None)).expect("prepares");
        assert_eq!(
            prepared.url,
            "http://127.0.0.1:8080/v1/chats/919537851844@c.us/messages?limit=10&start_time=2025-01-01T00%3A00%3A00%2B05%3A30"
        );
        assert_eq!(
            prepared.headers,
            [
                ("authorization".to_owned(), "Bearer k".to_owned()),
                ("accept".to_owned(), "application/json".to_owned()),
                ("x-phone".to_owned(), "918527184400".to_owned()),
            ]
        );
        let any = prepare("getAllPhones", parts(&[], None)).expect("prepares");
        assert!(
            !any.headers.iter().any(|(name, _)| name == "x-phone"),
            "not a phone-scoped call"
        );
        assert!(!prepared.is_write());
        let send = prepare("sendMessage", parts(&[], Some(b"{}".to_vec()))).expect("prepares");
        assert!(send.is_write());
        assert!(
            send.headers
                .contains(&("x-phone".to_owned(), "918527184400".to_owned()))
        );
        assert_eq!(send.body.as_deref(), Some(&b"{}"[..]));
        assert!(matches!(
            prepare("sendMessage", parts(&[], None)),
            Err(Error::Request(_))
        ));
        let purge = prepare("purgeQueue", parts(&[], None)).expect("an optional body");
        assert_eq!(purge.body.as_deref(), Some(&b"{}"[..]));
        assert_eq!(encode("a b/c?d#é"), "a%20b%2Fc%3Fd%23%C3%A9");
    }

    #[test]
    fn answers_are_read_or_refused_with_their_path() {
        let received = Received {
            status: 200,
            headers: vec![],
            body: br#"{"chats": [{"chat_id": 5}]}"#.to_vec(),
        };
        let Err(Error::Decode { message, .. }) =
            json::<periskope_model::ChatList>("getChats", &received)
        else {
            panic!("a decode error");
        };
        assert!(message.contains("chats[0].chat_id"), "{message}");
        let refused = Received {
            status: 422,
            headers: vec![("x-periskope-trace-id".into(), "t-1".into()), ("x-ratelimit-remaining".into(), "7".into())],
            body: br#"{"code": "VALIDATION_ERROR", "message": "Invalid", "status": 422, "fields": {"body.chat_id": {"message": "required"}}}"#.to_vec(),
        };
        let Error::Api(failure) = failure(&refused) else {
            panic!("an API error")
        };
        assert_eq!(failure.trace_id.as_deref(), Some("t-1"));
        assert_eq!(failure.rate_limit.remaining, Some(7));
        assert!(
            failure
                .error
                .fields
                .value()
                .is_some_and(|f| f.contains_key("body.chat_id"))
        );
        let garbage = Received {
            status: 502,
            headers: vec![],
            body: b"<html>bad gateway</html>".to_vec(),
        };
        let Error::Api(failure) = super::failure(&garbage) else {
            panic!("an API error")
        };
        assert_eq!(failure.error.message, "<html>bad gateway</html>");
        assert_eq!(
            maybe::<periskope_model::ChatList>("x", &Received::default()),
            Ok(None)
        );
    }
}
