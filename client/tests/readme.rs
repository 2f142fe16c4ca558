//! The README's example, run: a webhook handler that verifies a delivery and answers a
//! customer's message through the client, against the mock.

use std::time::Duration;

use periskope_client::{Client, Config, Error};
use periskope_model::request::SendMessageRequest;
use periskope_model::{SendMessageResponse, WebhookData, WebhookEvent};
use periskope_validate::mock::{MockServer, Options};
use serde_json::json;

/// The handler as the README shows it: verify, read, answer a customer's `message.created`.
fn handle(
    support: &Client,
    body: &[u8],
    signature: &str,
    webhook_key: &str,
) -> Result<Option<String>, Box<dyn std::error::Error>> {
    let event = WebhookEvent::from_signed_body(body, signature, &[webhook_key])?;
    let (Some(name), WebhookEvent::Envelope(envelope)) = (event.name(), &event) else {
        return Ok(None);
    };
    let WebhookData::Message(message) = &envelope.data else {
        return Ok(None);
    };
    let (Some(chat), Some(false)) = (message.chat_id.value(), message.from_me.value()) else {
        return Ok(None);
    };
    if name.as_str() != "message.created" {
        return Ok(None);
    }
    let reply = SendMessageRequest {
        message: "Thanks, we are on it".to_owned().into(),
        reply_to: message.message_id.clone().into(),
        ..SendMessageRequest::new(chat.clone())
    };
    match support.send_message(&reply).send() {
        Ok(SendMessageResponse::Queued(queued)) => Ok(Some(queued.queue_id)),
        Ok(other) => Ok(Some(format!("{other:?}"))),
        Err(Error::Api(failure)) => {
            Err(format!("{} {:?}", failure.status, failure.error.fields).into())
        }
        Err(other) => Err(other.into()),
    }
}

#[test]
fn the_readme_handler_answers_a_customer_through_the_client() {
    let server = MockServer::start(Options {
        ack_interval: Duration::from_secs(3600),
        ..Options::default().listen("127.0.0.1:0".parse().expect("an address"))
    })
    .expect("starts");
    let client = Client::new(Config::new("api-key").base_url(server.base_url()));
    let support = client.phone("918527184400");
    let chat = "919537851844@c.us";
    let question = server
        .inbound(chat, "Where is my order?")
        .expect("a seeded chat");
    let body =
        json!({"event_type": "message.created", "id": "evt-1", "org_id": "o", "data": question})
            .to_string();
    let signature = periskope_model::verify::sign(body.as_bytes(), "whsec");
    let queued = handle(&support, body.as_bytes(), &signature, "whsec").expect("handled");
    assert!(queued.is_some());
    let newest = server.messages(chat).pop().expect("the reply");
    assert_eq!(
        (
            &newest["body"],
            &newest["from_me"],
            &newest["quoted_message_id"]
        ),
        (
            &json!("Thanks, we are on it"),
            &json!(true),
            &question["message_id"]
        )
    );
    assert!(
        handle(&support, body.as_bytes(), "0".repeat(64).as_str(), "whsec").is_err(),
        "a bad signature"
    );
    // The reply's own message.created is from the org phone: not answered.
    let own =
        json!({"event_type": "message.created", "id": "evt-2", "org_id": "o", "data": newest})
            .to_string();
    let signature = periskope_model::verify::sign(own.as_bytes(), "whsec");
    assert_eq!(
        handle(&support, own.as_bytes(), &signature, "whsec").expect("handled"),
        None
    );
    server.stop();
}
