//! The HTTP side: every request under `/v1` is checked as Periskope checks it (key, `x-phone`,
//! query, body), answered from the organisation's state with the documented headers, and
//! recorded; faults, delays and the rate limit are applied here.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use axum::body::{Body as HttpBody, Bytes, to_bytes};
use axum::extract::{Query, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use periskope_contract::kind_for;
use serde_json::{Map, Value};
use tokio::sync::mpsc::UnboundedSender;

use super::hooks::Log;
use super::org::{Body, Call, Event, Org, Outcome, Refusal};
use super::record::Recorder;
use super::route::{self, Matched};
use crate::Validator;

/// The API's documented largest page.
const MAX_LIMIT: i64 = 2000;

/// What every request shares.
pub(crate) struct Shared {
    pub(crate) org: Arc<Mutex<Org>>,
    /// The organisation's id, fixed once its state is loaded.
    pub(crate) org_id: String,
    pub(crate) events: UnboundedSender<Event>,
    pub(crate) validator: Validator,
    pub(crate) api_key: Option<String>,
    pub(crate) latency: Duration,
    pub(crate) ack_interval: Duration,
    pub(crate) max_body: usize,
    pub(crate) limiter: Option<Mutex<Window>>,
    pub(crate) recorder: Option<Recorder>,
    pub(crate) log: Arc<Log>,
    /// Faults queued through the control API or [`MockServer::fault`](super::MockServer::fault).
    pub(crate) faults: Mutex<Vec<super::Fault>>,
    /// Requests received under `/v1` (each answer's trace id is its number).
    pub(crate) requests: AtomicU64,
    /// The mock's runtime, where acks advance: events may be fired from any thread.
    runtime: tokio::runtime::Handle,
}

impl Shared {
    /// What the requests of a mock started with `options` share.
    pub(crate) fn new(
        org: Arc<Mutex<Org>>,
        events: UnboundedSender<Event>,
        validator: Validator,
        options: &super::Options,
        runtime: tokio::runtime::Handle,
        recorder: Option<Recorder>,
        log: Arc<Log>,
    ) -> Self {
        let org_id = org
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .org_id
            .clone();
        Self {
            org,
            org_id,
            events,
            validator,
            api_key: options.api_key.clone(),
            latency: options.latency,
            ack_interval: options.ack_interval,
            max_body: options.max_body,
            limiter: options
                .rate_limit
                .map(|limit| Mutex::new(Window::new(limit))),
            recorder,
            log,
            faults: Mutex::new(Vec::new()),
            requests: AtomicU64::new(0),
            runtime,
        }
    }

    pub(crate) fn lock(&self) -> std::sync::MutexGuard<'_, Org> {
        self.org.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Sends a call's events to the deliverer and starts its acks.
    pub(crate) fn fire(self: &Arc<Self>, events: Vec<Event>, acks: Vec<String>) {
        for event in events {
            // The deliverer only stops with the server; an event fired then is dropped.
            let _ = self.events.send(event);
        }
        for message_id in acks {
            let shared = Arc::clone(self);
            self.runtime.spawn(async move {
                loop {
                    tokio::time::sleep(shared.ack_interval).await;
                    let Some(event) = shared.lock().advance_ack(&message_id) else {
                        break;
                    };
                    if shared.events.send(event).is_err() {
                        break;
                    }
                }
            });
        }
    }
}

/// The rate limit's current one-second window, which starts at the first request after the
/// last one ended.
#[derive(Debug)]
pub(crate) struct Window {
    limit: u32,
    started: Option<Instant>,
    used: u32,
}

impl Window {
    fn new(limit: u32) -> Self {
        Self {
            limit,
            started: None,
            used: 0,
        }
    }

    /// Counts a request: whether it is within the limit, and the `X-RateLimit-*` headers.
    fn take(&mut self) -> (bool, [(&'static str, String); 3]) {
        let now = Instant::now();
        if self
            .started
            .is_none_or(|started| now.duration_since(started) >= Duration::from_secs(1))
        {
            self.started = Some(now);
            self.used = 0;
        }
        let allowed = self.used < self.limit;
        if allowed {
            self.used += 1;
        }
        let reset = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |t| t.as_secs())
            + 1;
        (
            allowed,
            [
                ("x-ratelimit-limit", self.limit.to_string()),
                (
                    "x-ratelimit-remaining",
                    (self.limit - self.used).to_string(),
                ),
                ("x-ratelimit-reset", reset.to_string()),
            ],
        )
    }
}

/// What a `Prefer` header asks for: `code=NNN` (answer that status instead of performing the
/// call) and `delay=MS` (wait first). Prism's convention, comma- or semicolon-separated.
#[derive(Debug, Default, PartialEq)]
struct Prefer {
    code: Option<u16>,
    delay: Duration,
}

impl Prefer {
    fn read(headers: &HeaderMap) -> Self {
        let mut prefer = Self::default();
        for value in headers.get_all("prefer") {
            for part in value.to_str().unwrap_or_default().split([',', ';']) {
                match part.trim().split_once('=') {
                    Some(("code", code)) => prefer.code = code.trim().parse().ok(),
                    Some(("delay", ms)) => {
                        prefer.delay = Duration::from_millis(ms.trim().parse().unwrap_or(0));
                    }
                    _ => {}
                }
            }
        }
        prefer
    }
}

/// Answers one request under `/v1`.
pub(crate) async fn api(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    // Counted as it arrives: a call whose client gives up before the answer still reached us.
    let number = shared.requests.fetch_add(1, Ordering::Relaxed) + 1;
    let mut prefer = Prefer::read(&parts.headers);
    if let Some(fault) = take_fault(&shared, parts.method.as_str(), parts.uri.path()) {
        prefer.code = fault.status.or(prefer.code);
        prefer.delay += fault.delay;
    }
    let limited = shared
        .limiter
        .as_ref()
        .map(|window| window.lock().unwrap_or_else(PoisonError::into_inner).take());
    let bytes = read_body(&shared, body).await;
    let path = parts.uri.path().strip_prefix("/v1").unwrap_or("");
    let found = route::find(route::method(parts.method.as_str()), path);
    let endpoint = match &found {
        Matched::Found(route) => Some(route.endpoint),
        Matched::Missing => None,
    };
    let phone_scoped = endpoint.is_some_and(|endpoint| endpoint.phone_header);
    let request_body = bytes.as_ref().ok().cloned();
    let allowed = limited.as_ref().is_none_or(|(allowed, _)| *allowed);
    let outcome = match bytes {
        _ if !allowed => Err(Refusal::new(429, "Too many requests")),
        Err(refusal) => Err(refusal),
        Ok(bytes) => answer(&shared, &parts, found, &bytes, prefer.code),
    };
    let delay = shared.latency + prefer.delay;
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    let (status, body, content_type) = rendered(&outcome);
    let mut headers = answer_headers(&shared, &parts, status, phone_scoped, number);
    for (name, value) in limited.iter().flat_map(|(_, rate)| rate) {
        set(&mut headers, name, value);
    }
    if let Some(kind) = content_type {
        set(&mut headers, header::CONTENT_TYPE.as_str(), kind);
    }
    if let Some(recorder) = &shared.recorder {
        recorder.write(
            &parts,
            endpoint,
            request_body.as_deref(),
            status,
            &headers,
            &body,
        );
    }
    if let Ok(answer) = outcome {
        shared.fire(answer.events, answer.acks);
    }
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, headers, HttpBody::from(body)).into_response()
}

/// The first queued fault that matches the request, used once.
fn take_fault(shared: &Shared, method: &str, path: &str) -> Option<super::Fault> {
    let mut faults = shared.faults.lock().unwrap_or_else(PoisonError::into_inner);
    let index = faults
        .iter()
        .position(|fault| fault.matches(method, path))?;
    let fault = faults.get_mut(index)?;
    fault.times = fault.times.saturating_sub(1);
    let used = fault.clone();
    if fault.times == 0 {
        faults.remove(index);
    }
    Some(used)
}

/// The request's body, read within the size limit and 30 s.
async fn read_body(shared: &Shared, body: HttpBody) -> Result<Bytes, Refusal> {
    let read = tokio::time::timeout(Duration::from_secs(30), to_bytes(body, shared.max_body)).await;
    match read {
        Ok(Ok(bytes)) => Ok(bytes),
        Ok(Err(_)) => Err(Refusal::new(
            413,
            &format!("The body is over {} bytes", shared.max_body),
        )),
        Err(_) => Err(Refusal::new(408, "The body did not arrive in 30 s")),
    }
}

/// An outcome as a status, the body's bytes and their content type.
fn rendered(outcome: &Outcome) -> (u16, Vec<u8>, Option<&'static str>) {
    match outcome {
        Ok(answer) => match &answer.body {
            Body::Empty => (answer.status, Vec::new(), None),
            Body::Json(value) => (
                answer.status,
                serde_json::to_vec(value).unwrap_or_default(),
                Some("application/json"),
            ),
            Body::Bytes(kind, bytes) => (answer.status, bytes.clone(), Some(*kind)),
        },
        Err(refusal) => (
            refusal.status,
            serde_json::to_vec(&refusal.envelope()).unwrap_or_default(),
            Some("application/json"),
        ),
    }
}

fn set(headers: &mut HeaderMap, name: &'static str, value: &str) {
    if let Ok(value) = HeaderValue::from_str(value) {
        headers.insert(name, value);
    }
}

/// The documented headers of every answer: the trace id, the organisation, and the phone on
/// phone-scoped calls.
fn answer_headers(
    shared: &Shared,
    parts: &Parts,
    status: u16,
    phone_scoped: bool,
    trace: u64,
) -> HeaderMap {
    let mut headers = HeaderMap::new();
    set(
        &mut headers,
        "x-periskope-trace-id",
        &format!("mock-{trace:016x}"),
    );
    // 422 answers carry `org_id` instead of `x-periskope-org-id`, as the API's do.
    let org_header = if status == 422 {
        "org_id"
    } else {
        "x-periskope-org-id"
    };
    set(&mut headers, org_header, &shared.org_id);
    if phone_scoped {
        let phone = parts.headers.get("x-phone").and_then(|v| v.to_str().ok());
        let org = shared.lock();
        if let Some(id) = org.phone(phone).and_then(|p| p["phone_id"].as_str()) {
            set(&mut headers, "x-periskope-phone-id", id);
        }
    }
    headers
}

/// The answer to a request whose body arrived: routed, checked, then performed.
fn answer(
    shared: &Shared,
    parts: &Parts,
    found: Matched,
    bytes: &Bytes,
    forced: Option<u16>,
) -> Outcome {
    let Matched::Found(route) = found else {
        return Err(Refusal::new(
            404,
            &format!("Cannot {} {}", parts.method, parts.uri.path()),
        ));
    };
    authorize(shared, &parts.headers)?;
    let endpoint = route.endpoint;
    let phone = parts
        .headers
        .get("x-phone")
        .map(|v| v.to_str().unwrap_or_default().to_owned());
    if let (true, Some(header)) = (endpoint.phone_header, &phone) {
        if shared.lock().phone(Some(header)).is_none() {
            return Err(Refusal::new(422, "Invalid x-phone").field(
                "x-phone",
                "No phone of the organisation has this number or id",
                Some(header.clone()),
            ));
        }
    }
    let query = query(endpoint, &parts.uri)?;
    let body = body(shared, endpoint, bytes)?;
    if let Some(code) = forced.filter(|code| *code >= 300) {
        return Err(Refusal::new(code, &format!("Prefer: code={code}")));
    }
    let call = Call {
        endpoint,
        params: route.params,
        query,
        body,
        phone: phone.filter(|_| endpoint.phone_header),
    };
    let mut answer = shared.lock().call(&call)?;
    if let Some(code) = forced.filter(|code| (200..300).contains(code)) {
        answer.status = code;
    }
    Ok(answer)
}

/// `Authorization: Bearer <key>`: any key, or the one `--api-key-env` names.
fn authorize(shared: &Shared, headers: &HeaderMap) -> Result<(), Refusal> {
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|key| !key.is_empty());
    match (given, &shared.api_key) {
        (None, _) => Err(Refusal::new(
            401,
            "Missing API key: send Authorization: Bearer <key>",
        )),
        (Some(key), Some(wanted)) if key != wanted => Err(Refusal::new(401, "Invalid API key")),
        _ => Ok(()),
    }
}

/// The query parameters as text, read as the operation's query type; `limit` at most 2000.
fn query(
    endpoint: &periskope_model::endpoint::Endpoint,
    uri: &axum::http::Uri,
) -> Result<Map<String, Value>, Refusal> {
    let pairs: Vec<(String, String)> = Query::try_from_uri(uri)
        .map(|Query(pairs)| pairs)
        .map_err(|e| Refusal::new(422, &format!("The query does not read: {e}")))?;
    let query: Map<String, Value> = pairs
        .into_iter()
        .map(|(key, value)| (key, Value::String(value)))
        .collect();
    let Some(kind) = endpoint.query else {
        return Ok(query);
    };
    if let Err(error) = kind.read(&Value::Object(query.clone())) {
        let (key, message) = match &error {
            periskope_model::endpoint::ReadError::Invalid(e) => {
                let path = e.path().trim_start_matches('$').trim_start_matches('.');
                // A missing parameter is named in the message: `missing required field "x"`.
                let named = e.message().split('"').nth(1).filter(|_| path.is_empty());
                (named.unwrap_or(path).to_owned(), e.message().to_owned())
            }
            other => (String::new(), other.to_string()),
        };
        let value = query.get(&key).and_then(Value::as_str).map(str::to_owned);
        return Err(Refusal::new(422, "Invalid query").field(&key, &message, value));
    }
    if let Some(limit) = query.get("limit").and_then(Value::as_str) {
        if limit.trim().parse::<i64>().is_ok_and(|n| n > MAX_LIMIT) {
            return Err(Refusal::new(422, "Invalid query").field(
                "limit",
                &format!("Limit should be less than {MAX_LIMIT}"),
                Some(limit.to_owned()),
            ));
        }
    }
    Ok(query)
}

/// The body, checked by the validator as its request kind (`validate --type`'s verdict).
fn body(
    shared: &Shared,
    endpoint: &periskope_model::endpoint::Endpoint,
    bytes: &Bytes,
) -> Result<Value, Refusal> {
    let Some(request) = endpoint.request else {
        return Ok(Value::Null);
    };
    let blank = bytes.iter().all(u8::is_ascii_whitespace);
    let text: &[u8] = if blank && endpoint.request_optional {
        b"{}"
    } else {
        bytes
    };
    if blank && !endpoint.request_optional {
        return Err(Refusal::new(422, "Invalid body").field(
            "body",
            "A JSON body is required",
            None,
        ));
    }
    let kind = kind_for(&request)
        .ok_or_else(|| Refusal::new(500, &format!("no kind for {}", request.name)))?;
    let outcome = shared.validator.validate(text, Some(kind));
    if !outcome.is_valid() {
        let mut refusal = Refusal::new(422, "Invalid body");
        for finding in outcome
            .findings
            .iter()
            .filter(|f| f.severity == crate::Severity::Error)
        {
            let mut key = String::from("body");
            for part in [
                finding.path.trim_start_matches('$').trim_start_matches('.'),
                missing(&finding.message),
            ] {
                if !part.is_empty() {
                    key.push('.');
                    key.push_str(part);
                }
            }
            refusal = refusal.field(&key, &finding.message, None);
        }
        return Err(refusal);
    }
    serde_json::from_slice(text).map_err(|e| Refusal::new(422, &e.to_string()))
}

/// The property a finding says is missing (`"chat_id" is a required property`, `missing
/// required field "chat_id"`), or `""`: the
/// API keys that refusal by the property (`body.chat_id`), not by the object it is missing from.
fn missing(message: &str) -> &str {
    message
        .strip_suffix("\" is a required property")
        .and_then(|rest| rest.strip_prefix('"'))
        .or_else(|| {
            message
                .strip_prefix("missing required field \"")?
                .strip_suffix('"')
        })
        .unwrap_or("")
}
