//! Calls: every operation with its documented request, refusals, faults and the rate limit,
//! bounded memory, seeds and recorded state.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::support::*;
use periskope_contract::kind_for;
use periskope_model::endpoint::{ENDPOINTS, Endpoint, Method, Payload};
use periskope_validate::Validator;
use periskope_validate::mock::{Fault, MockServer, Options};
use serde_json::{Value, json};

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
        (
            "context_id",
            first("/knowledge-base?type=faq", "data", "context_id"),
        ),
        (
            "document_id",
            first("/knowledge-base?type=document", "data", "document_id"),
        ),
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
        // `{id}` is a subscription under /webhooks and a member (by email) under /members.
        let path = match endpoint.path.strip_prefix("/members/") {
            Some(_) => endpoint.path.replace("{id}", "asha@example.com"),
            None => path_of(endpoint, &ids),
        };
        let reply = client.call(
            endpoint.method.as_str(),
            &format!("{path}{query}"),
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
    assert_eq!(
        created.header("x-ratelimit-limit"),
        None,
        "no limit, no limit headers"
    );
    // Queued faults: through the library and the control API, used as many times as asked.
    let before = server.requests();
    server.fault(Fault::status("GET", "/v1/chats", 500));
    let queued = client
        .http
        .post(format!("{}/faults", server.control_url()))
        .body(r#"{"path": "/v1/chats", "status": 503, "times": 2}"#)
        .send()
        .expect("answers");
    assert_eq!(queued.status().as_u16(), 200);
    let statuses: Vec<u16> = (0..4).map(|_| client.get("/chats").status).collect();
    assert_eq!(statuses, [500, 503, 503, 200]);
    assert_eq!(server.requests() - before, 4);
    server.stop();

    // The limit: 5 a second. A burst of 7 quick requests falls in one window (it starts at the
    // first request); the window after it starts anew.
    let server = MockServer::start(Options {
        rate_limit: Some(5),
        ..options()
    })
    .expect("starts");
    let client = Client::of(&server);
    let statuses: Vec<(u16, Option<String>)> = (0..7)
        .map(|_| {
            let reply = client.get("/chats");
            let remaining = reply.header("x-ratelimit-remaining").map(str::to_owned);
            (reply.status, remaining)
        })
        .collect();
    let expected: Vec<(u16, Option<String>)> = [
        (200, "4"),
        (200, "3"),
        (200, "2"),
        (200, "1"),
        (200, "0"),
        (429, "0"),
        (429, "0"),
    ]
    .into_iter()
    .map(|(status, remaining)| (status, Some(remaining.to_owned())))
    .collect();
    assert_eq!(statuses, expected);
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

/// `seed` gives every run the same ids; `state` starts from a user's payloads instead of the
/// documented examples, and a file that is not one is refused by name.
#[test]
fn a_seed_repeats_ids_and_state_starts_from_recorded_payloads() {
    let send = json!({"chat_id": "919537851844@c.us", "message": "hi"});
    let ids = |seed| {
        let server = MockServer::start(Options {
            seed: Some(seed),
            ..options()
        })
        .expect("starts");
        let answer = Client::of(&server).post("/message/send", &send).json();
        server.stop();
        (answer["queue_id"].clone(), answer["unique_id"].clone())
    };
    assert_eq!(ids(42), ids(42));
    assert_ne!(ids(42), ids(43));

    let dir = std::env::temp_dir().join(format!("periskope-mock-state-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("chat")).expect("a folder");
    let chat = json!({"org_id": "org-1", "chat_id": "15550001111@c.us", "chat_name": "Recorded",
                      "chat_type": "user"});
    std::fs::write(dir.join("chat/recorded.json"), chat.to_string()).expect("writes");
    let server = MockServer::start(Options {
        state: Some(dir.clone()),
        ..options()
    })
    .expect("starts");
    let listed = Client::of(&server).get("/chats").json();
    server.stop();
    assert_eq!(listed["chats"], json!([chat]));
    std::fs::write(dir.join("chat/broken.json"), r#"{"chat_id": 5}"#).expect("writes");
    let refused = MockServer::start(Options {
        state: Some(dir.clone()),
        ..options()
    })
    .expect_err("a broken payload");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(refused.to_string().contains("broken.json:1:"), "{refused}");
}

/// Members and the knowledge base keep what their calls change; lists filter by time.
#[test]
fn members_the_knowledge_base_and_time_ranges_keep_state() {
    let server = MockServer::start(options()).expect("starts");
    let client = Client::of(&server);
    let invited = client.post(
        "/members/invite",
        &json!({"emails": ["new@example.com", "asha@example.com"], "role": "admin",
                "orgPhones": ["918527184400"]}),
    );
    let invited = invited.json();
    assert_eq!(
        (
            &invited["addedMembers"][0]["email"],
            &invited["addedMembers"][0]["role"],
            &invited["addedMembers"][0]["org_phones"],
            &invited["errors"][0]["email"],
        ),
        (
            &json!("new@example.com"),
            &json!("admin"),
            &json!(["918527184400@c.us"]),
            &json!("asha@example.com")
        )
    );
    let access = client.call(
        "PATCH",
        "/members/access",
        Some(&json!({"emails": ["new@example.com"], "labels": ["VIP"], "orgPhones": null})),
        &[],
    );
    assert_eq!(
        (
            &access.json()[0]["label_ids"],
            &access.json()[0]["org_phones"]
        ),
        (&json!(["VIP"]), &Value::Null)
    );
    assert_eq!(
        client
            .call("DELETE", "/members/new@example.com", None, &[])
            .status,
        204
    );
    assert_eq!(
        client
            .call("DELETE", "/members/new@example.com", None, &[])
            .status,
        404
    );

    let made = client.post(
        "/knowledge-base/faq/create",
        &json!({"question": "Q?", "answer": "A."}),
    );
    let id = made.json()["context_id"]
        .as_str()
        .expect("an id")
        .to_owned();
    let updated = client.call(
        "PATCH",
        &format!("/knowledge-base/faq/{id}"),
        Some(&json!({"question": "Q?", "answer": "B."})),
        &[],
    );
    assert_eq!(
        (&updated.json()["question"], &updated.json()["answer"]),
        (&json!("Q?"), &json!("B."))
    );
    let faqs = client.get("/knowledge-base?type=faq").json();
    assert_eq!(faqs["count"], json!(2), "the seeded FAQ and this one");
    assert_eq!(
        client
            .call("DELETE", &format!("/knowledge-base/faq/{id}"), None, &[])
            .status,
        200
    );
    assert_eq!(client.get(&format!("/knowledge-base/faq/{id}")).status, 404);
    let documents = client.post(
        "/knowledge-base/document/create",
        &json!({"document": {"url": "https://example.com/a.pdf", "filename": "a.pdf"}}),
    );
    let document = documents.json()[0]["document_id"]
        .as_str()
        .expect("an id")
        .to_owned();
    assert_eq!(
        client
            .get(&format!("/knowledge-base/document/{document}"))
            .json()[0]["type"],
        json!("document")
    );

    // The seeded notes are of 2025-08-18; a message sent now is of today.
    let day = |path: &str, key: &str| client.get(path).json()[key].as_array().map_or(0, Vec::len);
    assert_eq!(
        day("/note?start_time=2025-08-18&end_time=2025-08-18", "notes"),
        1
    );
    assert_eq!(day("/note?start_time=2025-08-19", "notes"), 0);
    assert_eq!(day("/note?end_time=2025-08-18T13:38:37.203Z", "notes"), 1);
    assert_eq!(day("/note?end_time=2025-08-18T13:38:37.202Z", "notes"), 0);
    let bad = client.get("/note?start_time=yesterday");
    assert_eq!(
        (
            bad.status,
            bad.json()["fields"]["start_time"]["value"].clone()
        ),
        (422, json!("yesterday"))
    );
    server.stop();
}
