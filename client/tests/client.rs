//! The client against the mock (`periskope_validate::mock`), on loopback: every operation
//! through its method, phones, errors kept whole, the rate limit, retries that never repeat a
//! write, and lists walked once.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use periskope_client::{Call, Client, Config, Error, RetryPolicy, TransportError};
use periskope_contract::{documented, kind_for};
use periskope_model::SendMessageResponse;
use periskope_model::endpoint::{ENDPOINTS, Endpoint, Method};
use periskope_model::request::{ChatsQuery, SendMessageRequest};
use periskope_validate::mock::{Fault, MockServer, Options};
use serde_json::{Value, json};

fn mock(options: Options) -> MockServer {
    MockServer::start(
        Options {
            seed: Some(9),
            ack_interval: Duration::from_secs(3600),
            ..options
        }
        .listen("127.0.0.1:0".parse().expect("an address")),
    )
    .expect("starts")
}

fn client(server: &MockServer) -> Client {
    Client::new(Config {
        retry: RetryPolicy {
            backoff: Duration::from_millis(20),
            ..RetryPolicy::default()
        },
        ..Config::new("test-key").base_url(server.base_url())
    })
}

fn send_body(text: &str) -> SendMessageRequest {
    let mut body = SendMessageRequest::new("919537851844@c.us");
    body.message = text.to_owned().into();
    body
}

/// The documented request body of `endpoint`, or `null`.
fn documented_request(endpoint: &Endpoint) -> Value {
    endpoint
        .request
        .and_then(|body| kind_for(&body))
        .and_then(|kind| documented(kind.name))
        .map_or(Value::Null, |text| {
            serde_json::from_str(text).expect("documented JSON")
        })
}

/// The `unique_id` of a queued send.
fn unique_id(sent: &SendMessageResponse) -> String {
    match sent {
        SendMessageResponse::Queued(queued) => {
            queued.unique_id.value().cloned().expect("a unique id")
        }
        other => panic!("not the newest shape: {other:?}"),
    }
}

/// A transport: how a test sends a call.
type Send = fn(&Call<Value>) -> Result<Value, Error>;

fn blocking(call: &Call<Value>) -> Result<Value, Error> {
    call.send()
}

fn asynchronous(call: &Call<Value>) -> Result<Value, Error> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
        .block_on(call.send_async())
}

#[test]
fn every_operation_is_called_through_its_method_blocking() {
    every_operation(blocking);
}

#[test]
fn every_operation_is_called_through_its_method_async() {
    every_operation(asynchronous);
}

fn every_operation(send: Send) {
    let server = mock(Options::default());
    let client = client(&server).phone("918527184400");
    let first = |operation: &str, query: Value, key: &str, field: &str| -> String {
        let answer = client
            .call_json(operation, &[], &query, &Value::Null)
            .expect("an operation")
            .and_then(|call| send(&call))
            .expect("answers");
        let items = if key.is_empty() {
            &answer
        } else {
            &answer[key]
        };
        items[0][field].as_str().expect("a seeded id").to_owned()
    };
    let subscribed = client
        .call_json(
            "createWebhook",
            &[],
            &Value::Null,
            &json!({"hookUrl": "http://127.0.0.1:9/", "integrationName": "chat.created"}),
        )
        .expect("an operation")
        .and_then(|call| send(&call))
        .expect("subscribes");
    let sent = client.send_message(&send_body("hi")).send().expect("sends");
    let ids = [
        ("chat_id", "919537851844@c.us".to_owned()),
        ("contact_id", "919537851844".to_owned()),
        (
            "message_id",
            first("getMessages", json!({}), "messages", "message_id"),
        ),
        (
            "ticket_id",
            first("getTickets", json!({}), "tickets", "ticket_id"),
        ),
        (
            "note_id",
            first("getNotes", json!({}), "notes", "message_id"),
        ),
        (
            "scheduled_id",
            first(
                "listScheduledMessages",
                Value::Null,
                "scheduled_messages",
                "scheduled_id",
            ),
        ),
        ("unique_id", unique_id(&sent)),
        ("broadcast_id", "b-1".to_owned()),
        (
            "context_id",
            first(
                "getKnowledgeBase",
                json!({"type": "faq"}),
                "data",
                "context_id",
            ),
        ),
        (
            "document_id",
            first(
                "getKnowledgeBase",
                json!({"type": "document"}),
                "data",
                "document_id",
            ),
        ),
    ];
    let mut order: Vec<&Endpoint> = ENDPOINTS.iter().collect();
    order.sort_by_key(|endpoint| endpoint.method == Method::Delete);
    let mut failures = Vec::new();
    for endpoint in order {
        let params: Vec<String> = endpoint
            .path_parameters()
            .map(
                |name| match (name, endpoint.path.starts_with("/members/")) {
                    ("id", true) => "asha@example.com".to_owned(),
                    ("id", false) => subscribed[0]["id"].as_str().expect("an id").to_owned(),
                    _ => ids
                        .iter()
                        .find(|(n, _)| *n == name)
                        .map(|(_, v)| v.clone())
                        .expect("an id"),
                },
            )
            .collect();
        let params: Vec<&str> = params.iter().map(String::as_str).collect();
        let query = match endpoint.operation {
            "getBroadcastStatus" => json!({"broadcast_id": "b-1"}),
            _ => json!({}),
        };
        let answer = client
            .call_json(
                endpoint.operation,
                &params,
                &query,
                &documented_request(endpoint),
            )
            .expect("every catalog operation has a method");
        if let Err(error) = answer {
            failures.push(format!("{}: {error}", endpoint.operation));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of 81 failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        client
            .call_json("noSuchOperation", &[], &Value::Null, &Value::Null)
            .is_none()
    );
    server.stop();
}

#[test]
fn phones_are_handles_and_errors_keep_everything() {
    let server = mock(Options::default());
    let client = client(&server);
    let support = client.phone("918527184400");
    assert_eq!(
        support
            .get_phone()
            .send()
            .expect("the phone")
            .phone_id
            .as_str(),
        "phone-bqzvyibhmwkaergr"
    );
    let Err(Error::Api(failure)) = client.phone("1111").get_phone().send() else {
        panic!("an unknown phone is refused");
    };
    assert_eq!(
        (failure.status, failure.error.code.as_str()),
        (422, "VALIDATION_ERROR")
    );
    assert!(
        failure
            .error
            .fields
            .value()
            .is_some_and(|f| f.contains_key("x-phone"))
    );
    assert!(failure.trace_id.as_deref().is_some_and(|t| !t.is_empty()));

    // A body the API refuses: its 422 `fields` arrive whole.
    let mut bad = send_body("hi");
    bad.extra.insert("poll".into(), json!(5));
    let Err(Error::Api(failure)) = support.send_message(&bad).send() else {
        panic!("refused");
    };
    let fields = failure.error.fields.value().expect("fields");
    assert_eq!(fields.keys().collect::<Vec<_>>(), ["body.poll"]);
    let Err(Error::Api(failure)) = client.get_chat_by_id("nobody@c.us").send() else {
        panic!("not found");
    };
    assert_eq!(
        (failure.status, failure.error.code.as_str()),
        (404, "NOT_FOUND_ERROR")
    );
    server.stop();
}

#[test]
fn a_429_is_waited_out_and_the_limiter_holds_a_burst_to_its_rate() {
    let server = mock(Options {
        rate_limit: Some(3),
        ..Options::default()
    });
    let client = client(&server);
    let started = Instant::now();
    for _ in 0..5 {
        client
            .get_chats(&ChatsQuery::default())
            .send()
            .expect("waits out the 429");
    }
    assert!(
        server.requests() > 5,
        "some answers were 429s: {}",
        server.requests()
    );
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "{:?}",
        started.elapsed()
    );
    server.stop();

    let server = mock(Options::default());
    let limited = Client::new(Config {
        rate: 20,
        ..Config::new("k").base_url(server.base_url())
    });
    let started = Instant::now();
    for _ in 0..50 {
        limited.get_all_phones().send().expect("answers");
    }
    // 20 at once, then 20 a second: the last 30 take 1.5 s.
    assert!(
        started.elapsed() >= Duration::from_millis(1400),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(server.requests(), 50);
    server.stop();
}

#[test]
fn reads_are_retried_and_writes_are_never_sent_twice() {
    let server = mock(Options::default());
    let client = client(&server).phone("918527184400");
    let chat = "919537851844@c.us";

    server.fault(Fault::status("GET", "/v1/chats", 500).times(2));
    let before = server.requests();
    client
        .get_chats(&ChatsQuery::default())
        .send()
        .expect("retried to success");
    assert_eq!(server.requests() - before, 3);

    server.fault(Fault::status("POST", "/v1/message/send", 500));
    let (before, messages) = (server.requests(), server.messages(chat).len());
    let Err(Error::Api(failure)) = client.send_message(&send_body("once")).send() else {
        panic!("the 500 is returned");
    };
    assert_eq!(failure.status, 500);
    assert_eq!(server.requests() - before, 1, "not retried");
    assert_eq!(server.messages(chat).len(), messages);

    server.fault(Fault::status("POST", "/v1/message/send", 500));
    let before = server.requests();
    client
        .send_message(&send_body("opted in"))
        .retry_writes()
        .send()
        .expect("retried");
    assert_eq!(server.requests() - before, 2);

    // The answer comes after the client gave up: the message was sent, and only once.
    let impatient = Client::new(Config {
        timeout: Duration::from_millis(300),
        ..Config::new("k").base_url(server.base_url())
    });
    server.fault(Fault::delay(
        "POST",
        "/v1/message/send",
        Duration::from_millis(1500),
    ));
    let (before, messages) = (server.requests(), server.messages(chat).len());
    let Err(Error::Transport(error)) = impatient.send_message(&send_body("slow")).send() else {
        panic!("a timeout");
    };
    assert!(error.may_have_reached, "{error:?}");
    std::thread::sleep(Duration::from_millis(1600));
    assert_eq!(server.requests() - before, 1, "not retried");
    assert_eq!(server.messages(chat).len(), messages + 1);

    // Nothing listens: the request never left, so even a write is tried again, then given up.
    let nowhere = Client::new(Config {
        retry: RetryPolicy {
            attempts: 3,
            backoff: Duration::from_millis(10),
            ..RetryPolicy::default()
        },
        ..Config::new("k").base_url("http://127.0.0.1:9/v1")
    });
    let Err(Error::Exhausted { attempts, last, .. }) = nowhere.send_message(&send_body("x")).send()
    else {
        panic!("gave up");
    };
    assert_eq!(attempts, 3);
    assert!(
        matches!(
            *last,
            Error::Transport(TransportError {
                may_have_reached: false,
                ..
            })
        ),
        "{last:?}"
    );
    server.stop();
}

#[test]
fn five_thousand_chats_are_listed_once_each_also_when_one_is_added_mid_walk() {
    let dir = std::env::temp_dir().join(format!("periskope-client-chats-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("chat-list")).expect("a folder");
    let chats: Vec<Value> = (0..5000)
        .map(|n| json!({"org_id": "o", "chat_id": format!("91{n:010}@c.us"), "chat_name": format!("Chat {n}"), "chat_type": "user"}))
        .collect();
    std::fs::write(
        dir.join("chat-list/many.json"),
        json!({"chats": chats}).to_string(),
    )
    .expect("writes");
    let server = mock(Options {
        state: Some(dir.clone()),
        ..Options::default()
    });
    let _ = std::fs::remove_dir_all(&dir);
    let client = client(&server);
    let mut seen = Vec::new();
    for (index, chat) in client
        .get_chats(&ChatsQuery::default())
        .pages(500)
        .enumerate()
    {
        let chat = chat.expect("a page");
        if index == 1200 {
            server.inbound("15550009999", "hello").expect("a new chat");
        }
        seen.push(chat.chat_id.to_string());
    }
    let unique: BTreeSet<&String> = seen.iter().collect();
    assert_eq!(unique.len(), seen.len(), "no chat twice");
    assert_eq!(seen.len(), 5001, "the 5,000 and the one added");
    assert!(
        chats
            .iter()
            .all(|c| unique.contains(&c["chat_id"].as_str().expect("an id").to_owned()))
    );
    let requests = server.requests();
    assert_eq!(requests, 11, "ten full pages and a short one");
    server.stop();
}

#[test]
fn async_calls_stream_lists_and_do_not_repeat_writes() {
    let server = mock(Options::default());
    let client = client(&server).phone("918527184400");
    let chat = "919537851844@c.us";
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        use futures_util::StreamExt;
        let chats: Vec<String> = client
            .get_chats(&ChatsQuery::default())
            .stream(1)
            .map(|chat| chat.expect("a page").chat_id.to_string())
            .collect()
            .await;
        assert_eq!(chats, ["919537851844@c.us", "120363393294700553@g.us"]);

        server.fault(Fault::status("POST", "/v1/message/send", 503));
        let (before, messages) = (server.requests(), server.messages(chat).len());
        let Err(Error::Api(failure)) = client.send_message(&send_body("once")).send_async().await
        else {
            panic!("the 503 is returned");
        };
        assert_eq!((failure.status, server.requests() - before), (503, 1));
        assert_eq!(server.messages(chat).len(), messages);

        server.fault(Fault::status("GET", "/v1/chats", 502));
        let before = server.requests();
        client
            .get_chats(&ChatsQuery::default())
            .send_async()
            .await
            .expect("retried");
        assert_eq!(server.requests() - before, 2);
    });
    server.stop();
}
