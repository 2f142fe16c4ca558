//! Webhooks: the bot loop with a verifying receiver, retries and duplicates, the control API.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use crate::common::{KEY, Received, correct, receiver};
use crate::support::*;
use periskope_model::{WebhookData, WebhookEvent};
use periskope_validate::mock::{Delivery, MockServer, Options};
use serde_json::{Value, json};

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
    // check-receiver passes this receiver (it refuses tampered, wrong-key and unsigned
    // deliveries), and the receiver took every delivery of the mock as well signed.
    let got: Vec<Received> = received.lock().expect("log").clone();
    assert_eq!(got.len(), 4);
    assert!(got.iter().all(|r| correct(r).0 == 200));
    let graded = std::process::Command::new(env!("CARGO_BIN_EXE_periskope-schema"))
        .args(["check-receiver", "--to", &url, "--key-env", "MOCK_TEST_KEY"])
        .env("MOCK_TEST_KEY", KEY)
        .output()
        .expect("runs");
    assert_eq!(
        graded.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&graded.stdout)
    );
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

/// The control API over HTTP: a customer's reaction, the phone's disconnection, the deliveries
/// listed; a control call without what it needs is refused.
#[test]
fn the_control_api_makes_the_outside_world_act() {
    let (url, _) = receiver(correct);
    let server = MockServer::start(options()).expect("starts");
    let client = Client::of(&server);
    client.post(
        "/webhooks",
        &json!({"hookUrl": url, "integrationName": ["reaction.created", "org.phone.disconnected"]}),
    );
    let control = |path: &str, body: &str| {
        let answer = client
            .http
            .post(format!("{}{path}", server.control_url()))
            .body(body.to_owned())
            .send()
            .expect("answers");
        let status = answer.status().as_u16();
        let body = answer.bytes().expect("a body");
        (
            status,
            serde_json::from_slice::<Value>(&body).expect("JSON"),
        )
    };
    let message_id = server.messages("919537851844@c.us")[0]["message_id"].clone();
    let (status, reaction) = control(
        "/reaction",
        &json!({"message_id": message_id, "reaction": "👍"}).to_string(),
    );
    assert_eq!(
        (status, &reaction["reaction"], &reaction["message_id"]),
        (200, &json!("👍"), &message_id)
    );
    let again = server
        .react(message_id.as_str().expect("an id"), "🎉")
        .expect("a message");
    assert_eq!(
        (&again["reaction"], &again["sender_id"]),
        (&json!("🎉"), &json!("919537851844@c.us"))
    );
    let (status, phone) = control("/phone", r#"{"connected": false}"#);
    assert_eq!((status, &phone["wa_state"]), (200, &json!("UNPAIRED")));
    assert_eq!(client.get("/phones").json()["wa_state"], json!("UNPAIRED"));
    let delivered = wait_for(&server, "three events", |d| d.len() == 3);
    let listed: Value = client
        .http
        .get(format!("{}/deliveries", server.control_url()))
        .send()
        .and_then(reqwest::blocking::Response::bytes)
        .map(|body| serde_json::from_slice(&body).expect("JSON"))
        .expect("answers");
    let events: Vec<&Value> = listed
        .as_array()
        .expect("a list")
        .iter()
        .map(|d| &d["event"])
        .collect();
    assert_eq!(
        events,
        [
            &json!("reaction.created"),
            &json!("reaction.created"),
            &json!("org.phone.disconnected")
        ]
    );
    assert!(delivered.iter().all(Delivery::delivered));
    for (path, body) in [
        ("/inbound", r#"{"chat_id": "1"}"#),
        ("/reaction", "{"),
        ("/phone", "{}"),
    ] {
        let (status, refused) = control(path, body);
        assert_eq!(
            (status, &refused["code"]),
            (422, &json!("VALIDATION_ERROR")),
            "{path} {body}"
        );
    }
    let (status, missing) = control(
        "/inbound",
        r#"{"chat_id": "120363000000000000@g.us", "message": "hi"}"#,
    );
    assert_eq!(
        (status, &missing["code"]),
        (404, &json!("NOT_FOUND_ERROR")),
        "no such group"
    );
    server.stop();
}
