//! The mock server, called over loopback as a user's client calls it: every catalog operation
//! with its documented request, the bot loop with a verifying receiver, refusals, faults, the
//! rate limit, a slow receiver, duplicates, recording and bounded memory.

mod common;

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::{KEY, Received, correct, receiver};
use periskope_contract::{documented, kind_for};
use periskope_model::endpoint::{ENDPOINTS, Endpoint, Method, Payload};
use periskope_model::{WebhookData, WebhookEvent};
use periskope_validate::Validator;
use periskope_validate::mock::{Delivery, MockServer, Options};
use serde_json::{Value, json};

/// A mock on a free loopback port, signing with the tests' key, acks every 20 ms.
fn options() -> Options {
    Options {
        signing_key: KEY.as_bytes().to_vec(),
        seed: Some(7),
        ack_interval: Duration::from_millis(20),
        retry_backoff: Duration::from_millis(10),
        ..Options::default()
    }
    .listen("127.0.0.1:0".parse().expect("an address"))
}

/// An answer: status, headers, body bytes.
struct Reply {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!("{e}: {}", String::from_utf8_lossy(&self.body));
        })
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// A client of one mock.
struct Client {
    http: reqwest::blocking::Client,
    base: String,
}

impl Client {
    fn of(server: &MockServer) -> Self {
        Self {
            http: reqwest::blocking::Client::builder()
                .timeout(Duration::from_secs(10))
                .build()
                .expect("a client"),
            base: server.base_url(),
        }
    }

    fn call(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
        headers: &[(&str, &str)],
    ) -> Reply {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("a method");
        let mut request = self
            .http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth("test-api-key");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(serde_json::to_vec(body).expect("serializes"));
        }
        let answer = request.send().expect("the mock answers");
        Reply {
            status: answer.status().as_u16(),
            headers: answer.headers().clone(),
            body: answer.bytes().expect("a body").to_vec(),
        }
    }

    fn get(&self, path: &str) -> Reply {
        self.call("GET", path, None, &[])
    }

    fn post(&self, path: &str, body: &Value) -> Reply {
        self.call("POST", path, Some(body), &[])
    }
}

/// Waits (at most 5 s) until `done` holds of the deliveries, and returns them.
fn wait_for(server: &MockServer, what: &str, done: impl Fn(&[Delivery]) -> bool) -> Vec<Delivery> {
    let started = Instant::now();
    loop {
        let deliveries = server.deliveries();
        if done(&deliveries) {
            return deliveries;
        }
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "waited 5 s for {what}; deliveries: {:#?}",
            deliveries
                .iter()
                .map(|d| (&d.event, d.status))
                .collect::<Vec<_>>()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The catalog's path with each parameter filled from `ids`.
fn path_of(endpoint: &Endpoint, ids: &[(&str, String)]) -> String {
    let mut path = endpoint.path.to_owned();
    for name in endpoint.path_parameters() {
        let value = ids
            .iter()
            .find(|(param, _)| *param == name)
            .map_or("unknown", |(_, value)| value.as_str());
        path = path.replace(&format!("{{{name}}}"), value);
    }
    path
}

/// The documented request body of `endpoint`, if it takes one.
fn documented_request(endpoint: &Endpoint) -> Option<Value> {
    let kind = kind_for(&endpoint.request?).expect("a request kind");
    let text = documented(kind.name).expect("each request kind has a documented example");
    Some(serde_json::from_str(text).expect("documented JSON"))
}

/// Every operation of the catalog, called with its documented request and the seeded ids,
/// answers its documented status with a body valid as its answer kind. Deletes come last, so
/// that what they remove has been read first.
#[test]
fn every_operation_answers_its_documented_status_and_kind() {
    let server = MockServer::start(options()).expect("starts");
    let client = Client::of(&server);
    let validator = Validator::new(false).expect("compiles");
    let first = |path: &str, key: &str, field: &str| -> String {
        let list = client.get(path).json();
        let items = if key.is_empty() { &list } else { &list[key] };
        items[0][field].as_str().expect("a seeded id").to_owned()
    };
    let subscription = client.post(
        "/webhooks",
        &json!({"hookUrl": "http://127.0.0.1:9/unused", "integrationName": "chat.created"}),
    );
    assert_eq!(subscription.status, 201);
    let sent = client.post(
        "/message/send",
        &json!({"chat_id": "919537851844", "message": "hi"}),
    );
    let ids = vec![
        ("chat_id", "919537851844@c.us".to_owned()),
        ("contact_id", "919537851844".to_owned()),
        (
            "message_id",
            first("/chats/messages", "messages", "message_id"),
        ),
        ("ticket_id", first("/tickets", "tickets", "ticket_id")),
        ("note_id", first("/note", "notes", "message_id")),
        (
            "scheduled_id",
            first("/message/scheduled", "scheduled_messages", "scheduled_id"),
        ),
        (
            "id",
            subscription.json()[0]["id"]
                .as_str()
                .expect("an id")
                .to_owned(),
        ),
        (
            "unique_id",
            sent.json()["unique_id"].as_str().expect("an id").to_owned(),
        ),
        ("broadcast_id", "b-1".to_owned()),
        ("context_id", "ctx-1".to_owned()),
        ("document_id", "doc-1".to_owned()),
    ];
    let mut order: Vec<&Endpoint> = ENDPOINTS.iter().collect();
    order.sort_by_key(|endpoint| endpoint.method == Method::Delete);
    let mut failures = Vec::new();
    for endpoint in &order {
        let body = documented_request(endpoint);
        // The one required query parameter of the catalog.
        let query = if endpoint.operation == "getBroadcastStatus" {
            "?broadcast_id=b-1"
        } else {
            ""
        };
        let reply = client.call(
            endpoint.method.as_str(),
            &format!("{}{query}", path_of(endpoint, &ids)),
            body.as_ref(),
            &[("x-phone", "918527184400")],
        );
        let answer = endpoint.success().expect("every operation answers");
        let key = endpoint.key();
        if reply.status != answer.status {
            failures.push(format!(
                "{key}: status {} instead of {}: {}",
                reply.status,
                answer.status,
                String::from_utf8_lossy(&reply.body)
            ));
            continue;
        }
        match answer.body {
            Payload::Json(body) => {
                let kind = kind_for(&body).expect("an answer kind");
                let outcome = validator.validate(&reply.body, Some(kind));
                if !outcome.is_valid() {
                    failures.push(format!(
                        "{key}: not a valid {}: {:?}",
                        kind.name, outcome.findings
                    ));
                }
            }
            Payload::Empty if !reply.body.is_empty() => {
                failures.push(format!("{key}: a body where none is documented"));
            }
            Payload::Binary if reply.header("content-type") != Some("image/png") => {
                failures.push(format!("{key}: not an image"));
            }
            Payload::Empty | Payload::Binary => {}
        }
    }
    assert_eq!(order.len(), 81);
    assert!(
        failures.is_empty(),
        "{} of 81 failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The loop a bot developer runs: a customer writes, a signed `message.created` reaches the
/// receiver, the bot answers through the API, the answer is in the chat and its acks arrive.
#[test]
fn a_customer_message_a_bot_reply_and_its_acks_go_round_the_loop() {
    let (url, received) = receiver(correct);
    let server = MockServer::start(options()).expect("starts");
    let client = Client::of(&server);
    let subscribed = client.post(
        "/webhooks",
        &json!({"hookUrl": url, "integrationName": ["message.created", "message.ack.updated"]}),
    );
    assert_eq!(subscribed.status, 201);
    assert_eq!(subscribed.json().as_array().map(Vec::len), Some(2));

    let chat = "919537851844@c.us";
    let inbound = server
        .inbound(chat, "Where is my order?")
        .expect("a seeded chat");
    let deliveries = wait_for(&server, "the inbound message", |d| !d.is_empty());
    let event = WebhookEvent::from_signed_body(
        deliveries[0].body.as_bytes(),
        &deliveries[0].signature,
        &[KEY],
    )
    .expect("signed with the key, readable as a webhook");
    let WebhookEvent::Envelope(envelope) = &event else {
        panic!("an envelope: {event:?}");
    };
    assert_eq!(envelope.event.as_str(), "message.created");
    let WebhookData::Message(message) = &envelope.data else {
        panic!("a message: {:?}", envelope.data);
    };
    assert_eq!(message.from_me.value(), Some(&false));
    assert_eq!(
        message.body.value().map(String::as_str),
        Some("Where is my order?")
    );

    // The bot answers, quoting the customer's message.
    let reply = client.post(
        "/message/send",
        &json!({"chat_id": chat, "message": "On its way!",
                "reply_to": inbound["message_id"]}),
    );
    assert_eq!(
        reply.status,
        200,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    let listed = client.get(&format!("/chats/{chat}/messages")).json();
    let newest = &listed["messages"][0];
    assert_eq!(
        (
            &newest["body"],
            &newest["from_me"],
            &newest["quoted_message_id"]
        ),
        (&json!("On its way!"), &json!(true), &inbound["message_id"])
    );
    let reply_id = newest["message_id"].as_str().expect("an id").to_owned();

    // message.created for the reply, then its acks 2 and 4, all signed and each with its own key.
    let deliveries = wait_for(&server, "the reply's acks", |d| {
        d.iter()
            .filter(|d| d.event == "message.ack.updated")
            .count()
            == 2
    });
    let mut keys = BTreeSet::new();
    let mut acks = Vec::new();
    for delivery in &deliveries {
        assert_eq!(delivery.status, Some(200), "{delivery:?}");
        let event =
            WebhookEvent::from_signed_body(delivery.body.as_bytes(), &delivery.signature, &[KEY])
                .expect("verified");
        assert!(
            keys.insert(event.delivery_key().expect("a key")),
            "a repeated key"
        );
        let body: Value = serde_json::from_str(&delivery.body).expect("JSON");
        if delivery.event == "message.ack.updated" {
            assert_eq!(body["data"]["message_id"], json!(reply_id));
            acks.push((
                body["previous_attributes"]["ack"].clone(),
                body["data"]["ack"].clone(),
            ));
        }
    }
    assert_eq!(
        deliveries
            .iter()
            .map(|d| d.event.as_str())
            .collect::<Vec<_>>(),
        [
            "message.created",
            "message.created",
            "message.ack.updated",
            "message.ack.updated"
        ]
    );
    assert_eq!(acks, [(json!("1"), json!("2")), (json!("2"), json!("4"))]);
    // The receiver the check-receiver battery passes took every delivery as well signed.
    let got: Vec<Received> = received.lock().expect("log").clone();
    assert_eq!(got.len(), 4);
    assert!(got.iter().all(|r| correct(r).0 == 200));
    let status = client.get(&format!(
        "/message/{}/status",
        reply.json()["unique_id"].as_str().expect("id")
    ));
    assert_eq!(
        (
            status.json()["status"].clone(),
            status.json()["ack"].clone()
        ),
        (json!("read"), json!(4))
    );
    server.stop();
}

/// Refusals use the documented envelope, statuses and `fields`, with the documented headers.
#[test]
fn bad_requests_are_refused_with_the_documented_envelope() {
    let server = MockServer::start(Options {
        api_key: Some("right-key".into()),
        max_body: 1024,
        ..options()
    })
    .expect("starts");
    let client = Client::of(&server);
    let unauthorized = client.get("/chats");
    assert_eq!(unauthorized.status, 401);
    assert_eq!(
        unauthorized.json(),
        json!({"code": "UNAUTHORIZED_ERROR", "message": "Invalid API key", "status": 401})
    );
    assert!(
        unauthorized
            .header("x-periskope-trace-id")
            .is_some_and(|t| !t.is_empty())
    );

    let authorized = |method: &str, path: &str, body: Option<&str>, headers: &[(&str, &str)]| {
        let mut request = client
            .http
            .request(
                reqwest::Method::from_bytes(method.as_bytes()).expect("method"),
                format!("{}{path}", client.base),
            )
            .bearer_auth("right-key");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        if let Some(body) = body {
            request = request.body(body.to_owned());
        }
        let answer = request.send().expect("answers");
        let status = answer.status().as_u16();
        let headers = answer.headers().clone();
        let body: Value =
            serde_json::from_slice(&answer.bytes().expect("body")).unwrap_or(Value::Null);
        (status, headers, body)
    };
    let (status, headers, body) = authorized("GET", "/contacts?limit=10000", None, &[]);
    assert_eq!(status, 422);
    assert_eq!(
        body,
        json!({"code": "VALIDATION_ERROR", "message": "Invalid query", "status": 422,
               "name": "Validation Error",
               "fields": {"limit": {"message": "Limit should be less than 2000", "value": "10000"}}})
    );
    assert!(headers.contains_key("org_id") && !headers.contains_key("x-periskope-org-id"));
    let (status, _, body) = authorized("GET", "/contacts?offset=first", None, &[]);
    assert_eq!(
        (status, body["fields"]["offset"]["value"].clone()),
        (422, json!("first"))
    );

    let (status, _, body) = authorized("POST", "/message/send", Some(r#"{"message": 5}"#), &[]);
    assert_eq!(status, 422);
    assert_eq!(
        body["fields"],
        json!({"body.chat_id": {"message": "\"chat_id\" is a required property"},
               "body.message": {"message": "expected a string, found 5"}})
    );
    for bad in ["{", "[1, 2]", "\"text\"", ""] {
        let (status, _, body) = authorized("POST", "/message/send", Some(bad), &[]);
        assert_eq!(
            (status, body["code"].clone()),
            (422, json!("VALIDATION_ERROR")),
            "{bad:?}"
        );
    }
    let big = format!(r#"{{"chat_id": "1", "message": "{}"}}"#, "x".repeat(2048));
    let (status, _, _) = authorized("POST", "/message/send", Some(&big), &[]);
    assert_eq!(status, 413);
    let (status, _, body) = authorized("GET", "/chats/nobody@c.us", None, &[]);
    assert_eq!(
        (status, body["code"].clone()),
        (404, json!("NOT_FOUND_ERROR"))
    );
    let (status, _, body) = authorized("PUT", "/chats", None, &[]);
    assert_eq!(
        (status, body["message"].clone()),
        (404, json!("Cannot PUT /v1/chats"))
    );
    let (status, _, _) = authorized("GET", "/v2/chats", None, &[]);
    assert_eq!(status, 404);
    let (status, _, body) = authorized("GET", "/phones", None, &[("x-phone", "1111")]);
    assert_eq!(
        (status, body["fields"]["x-phone"]["value"].clone()),
        (422, json!("1111"))
    );
    let (status, headers, _) = authorized("GET", "/phones", None, &[("x-phone", "918527184400")]);
    assert_eq!(status, 200);
    assert_eq!(
        headers
            .get("x-periskope-phone-id")
            .and_then(|v| v.to_str().ok()),
        Some("phone-bqzvyibhmwkaergr")
    );

    // A dropped connection and a half-sent request leave the server answering.
    for partial in [
        "POST /v1/message/send HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"chat",
        "GARBAGE\r\n\r\n",
    ] {
        let mut stream = TcpStream::connect(server.address()).expect("connects");
        stream.write_all(partial.as_bytes()).expect("writes");
        stream
            .set_read_timeout(Some(Duration::from_millis(200)))
            .expect("timeout");
        let _ = stream.read(&mut [0; 64]);
    }
    let (status, _, _) = authorized("GET", "/chats", None, &[]);
    assert_eq!(status, 200);
    server.stop();
}

/// `Prefer: code=…` answers that status without performing the call, `Prefer: delay=…` and
/// `latency` slow the answer, and the rate limit answers the documented 429 with its headers.
#[test]
fn faults_delays_and_the_rate_limit_do_what_they_say() {
    let server = MockServer::start(Options {
        latency: Duration::from_millis(30),
        rate_limit: Some(5),
        ..options()
    })
    .expect("starts");
    let client = Client::of(&server);
    let send = json!({"chat_id": "919537851844@c.us", "message": "never sent"});
    let before = server.messages("919537851844@c.us").len();
    let started = Instant::now();
    let failed = client.call(
        "POST",
        "/message/send",
        Some(&send),
        &[("prefer", "code=500, delay=100")],
    );
    assert!(
        started.elapsed() >= Duration::from_millis(130),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(
        (failed.status, failed.json()),
        (
            500,
            json!({"code": "UNKNOWN_ERROR", "message": "Prefer: code=500", "status": 500})
        )
    );
    assert_eq!(
        server.messages("919537851844@c.us").len(),
        before,
        "the call was not performed"
    );
    let created = client.call(
        "POST",
        "/webhooks",
        Some(&json!({"hookUrl": "http://127.0.0.1:9/", "integrationName": "chat.created"})),
        &[("prefer", "code=201")],
    );
    assert_eq!(created.status, 201);
    let mut statuses = Vec::new();
    for _ in 0..5 {
        let reply = client.get("/chats");
        statuses.push((
            reply.status,
            reply.header("x-ratelimit-remaining").map(str::to_owned),
        ));
    }
    assert_eq!(
        statuses.last(),
        Some(&(429, Some("0".to_owned()))),
        "{statuses:?}"
    );
    let limited = client.get("/chats");
    assert_eq!(limited.json()["code"], json!("RATE_LIMIT_ERROR"));
    assert_eq!(limited.header("x-ratelimit-limit"), Some("5"));
    std::thread::sleep(Duration::from_millis(1100));
    assert_eq!(
        client.get("/chats").status,
        200,
        "a new second, a new window"
    );
    server.stop();
}

/// A receiver slower than the delivery timeout, or answering 500, is retried with backoff, and
/// `duplicates` posts each delivery again with the same id and bytes.
#[test]
fn slow_and_failing_receivers_are_retried_and_duplicates_repeat_deliveries() {
    fn slow(_: &Received) -> (u16, Duration) {
        (200, Duration::from_millis(400))
    }
    fn failing(_: &Received) -> (u16, Duration) {
        (500, Duration::ZERO)
    }
    let (slow_url, slow_log) = receiver(slow);
    let (failing_url, failing_log) = receiver(failing);
    let (dup_url, dup_log) = receiver(correct);
    let server = MockServer::start(Options {
        retries: 2,
        delivery_timeout: Duration::from_millis(150),
        duplicates: true,
        ..options()
    })
    .expect("starts");
    let client = Client::of(&server);
    for url in [&slow_url, &failing_url, &dup_url] {
        let made = client.post(
            "/webhooks",
            &json!({"hookUrl": url, "integrationName": "org.phone.disconnected"}),
        );
        assert_eq!(made.status, 201);
    }
    server.set_phone_connected(false).expect("a phone");
    let deliveries = wait_for(&server, "every copy", |d| d.len() == 6);
    let of = |url: &str| {
        deliveries
            .iter()
            .filter(|d| d.url == url)
            .collect::<Vec<_>>()
    };
    for delivery in of(&slow_url) {
        assert_eq!(
            (delivery.attempts, delivery.status),
            (3, None),
            "{delivery:?}"
        );
        assert!(delivery.error.is_some());
    }
    for delivery in of(&failing_url) {
        assert_eq!((delivery.attempts, delivery.status), (3, Some(500)));
    }
    let copies = of(&dup_url);
    assert_eq!(copies.iter().map(|d| d.copy).collect::<Vec<_>>(), [0, 1]);
    assert!(
        copies
            .iter()
            .all(|d| d.delivered() && d.body == copies[0].body && d.id == copies[0].id)
    );
    // The slow receiver answers one request at a time, so it is still reading the last ones.
    let started = Instant::now();
    while slow_log.lock().expect("log").len() < 6 && started.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(
        slow_log.lock().expect("log").len(),
        6,
        "2 copies, 3 attempts each"
    );
    assert_eq!(failing_log.lock().expect("log").len(), 6);
    let keys: BTreeSet<_> = dup_log
        .lock()
        .expect("log")
        .iter()
        .map(|r| {
            WebhookEvent::from_signed_body(&r.body, r.signature.as_deref().expect("signed"), &[KEY])
                .expect("verified")
                .delivery_key()
        })
        .collect();
    assert_eq!(keys.len(), 1, "a redelivery has the first one's key");
    server.stop();
}

/// `record` writes each exchange with its kinds and without the key; the bodies it names are
/// what `validate --type` accepts.
#[test]
fn recorded_exchanges_name_their_kinds_and_hide_the_key() {
    let file = std::env::temp_dir().join(format!(
        "periskope-mock-record-{}.ndjson",
        std::process::id()
    ));
    let server = MockServer::start(Options {
        record: Some(file.clone()),
        ..options()
    })
    .expect("starts");
    let client = Client::of(&server);
    client.post(
        "/message/send",
        &json!({"chat_id": "919537851844", "message": "hi"}),
    );
    client.post("/message/send", &json!({"message": "no chat"}));
    client.get("/chats");
    server.stop();
    let text = std::fs::read_to_string(&file).expect("recorded");
    // The command checks the record: the one call with a bad body is the one finding.
    let checked = std::process::Command::new(env!("CARGO_BIN_EXE_periskope-schema"))
        .args(["validate", "--exchanges"])
        .arg(&file)
        .output()
        .expect("runs");
    let _ = std::fs::remove_file(&file);
    let report = String::from_utf8_lossy(&checked.stdout);
    assert_eq!(checked.status.code(), Some(1), "{report}");
    let findings: Vec<&str> = report.lines().filter(|l| l.contains(": $.")).collect();
    assert_eq!(findings.len(), 1, "{report}");
    assert!(
        findings[0].ends_with(
            ":2:0: $.request.body: missing required field \"chat_id\" (send-message-request)"
        ),
        "{report}"
    );
    assert!(!text.contains("test-api-key"), "the key is not recorded");
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("NDJSON"))
        .collect();
    let summary: Vec<(Value, Value, Value, Value)> = lines
        .iter()
        .map(|l| {
            (
                l["operation"].clone(),
                l["status"].clone(),
                l["request"]["kind"].clone(),
                l["response"]["kind"].clone(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                json!("sendMessage"),
                json!(200),
                json!("send-message-request"),
                json!("send-message-response")
            ),
            (
                json!("sendMessage"),
                json!(422),
                json!("send-message-request"),
                json!("api-error")
            ),
            (
                json!("getChats"),
                json!(200),
                Value::Null,
                json!("chat-list")
            ),
        ]
    );
    let validator = Validator::new(false).expect("compiles");
    for line in &lines {
        for side in ["request", "response"] {
            if let Some(kind) = line[side]["kind"].as_str() {
                let text = serde_json::to_vec(&line[side]["body"]).expect("JSON");
                let valid = validator
                    .validate(&text, periskope_contract::kind(kind))
                    .is_valid();
                assert_eq!(
                    valid,
                    line["status"] != 422 || side == "response",
                    "{side} of {line}"
                );
            }
        }
    }
}

/// 10,000 requests (valid and refused) leave the process's memory where 1,000 left it, within
/// a margin: nothing kept per request grows without bound.
#[test]
fn ten_thousand_requests_leave_memory_bounded() {
    fn resident_kib() -> u64 {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    }
    let server = MockServer::start(options()).expect("starts");
    let client = Client::of(&server);
    let bad = json!({"message": 5});
    let run = |count: usize| {
        for i in 0..count {
            let reply = match i % 3 {
                0 => client.get("/chats?limit=5"),
                1 => client.post("/message/send", &bad),
                _ => client.get("/chats/unknown@c.us"),
            };
            assert!(matches!(reply.status, 200 | 404 | 422));
        }
    };
    run(1_000);
    let warm = resident_kib();
    run(9_000);
    let after = resident_kib();
    if warm > 0 {
        assert!(
            after < warm + 16 * 1024,
            "{warm} KiB after 1,000 requests, {after} KiB after 10,000"
        );
    }
    server.stop();
}

/// The command as a user runs it, from another folder: it prints its base URL and a ready
/// line, serves, records, and stops with exit 0 on SIGTERM; the record then passes
/// `validate --exchanges` but for the one bad call.
#[test]
fn the_command_serves_until_stopped() {
    use std::io::BufRead;
    let dir = std::env::temp_dir().join(format!("periskope-mock-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a folder");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_periskope-schema"))
        .args(["mock", "--listen", "127.0.0.1:0", "--seed", "5"])
        .args(["--record", "calls.ndjson"])
        .current_dir(&dir)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("starts");
    let mut lines = std::io::BufReader::new(child.stdout.take().expect("piped")).lines();
    let first = lines.next().expect("a line").expect("text");
    let base = first
        .strip_prefix("Periskope mock API at ")
        .expect("the base URL first")
        .to_owned();
    assert!(
        base.starts_with("http://127.0.0.1:") && base.ends_with("/v1"),
        "{first}"
    );
    let rest: Vec<String> = lines.by_ref().take(2).map(|l| l.expect("text")).collect();
    assert_eq!(rest[1], "ready (Ctrl-C stops it)");
    let http = reqwest::blocking::Client::new();
    let chats = http
        .get(format!("{base}/chats"))
        .bearer_auth("k")
        .send()
        .expect("answers");
    assert_eq!(chats.status().as_u16(), 200);
    let bad = http
        .post(format!("{base}/message/send"))
        .bearer_auth("k")
        .body(r#"{"message": "to nobody"}"#)
        .send()
        .expect("answers");
    assert_eq!(bad.status().as_u16(), 422);
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let status = child.wait().expect("stops");
    assert_eq!(status.code(), Some(0));
    let checked = std::process::Command::new(env!("CARGO_BIN_EXE_periskope-schema"))
        .args(["validate", "--exchanges", "calls.ndjson"])
        .current_dir(&dir)
        .output()
        .expect("runs");
    let report = String::from_utf8_lossy(&checked.stdout).into_owned();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(checked.status.code(), Some(1), "{report}");
    assert!(
        report.contains("calls.ndjson:2:0: $.request.body: missing required field \"chat_id\""),
        "{report}"
    );
}
