//! The control API beside `/v1`: what the outside world does (a customer writes or reacts, the
//! phone disconnects), and the deliveries made so far.

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::org::{Event, Refusal};
use super::server::Shared;

fn refused(refusal: &Refusal) -> Response {
    let status = StatusCode::from_u16(refusal.status).unwrap_or(StatusCode::BAD_REQUEST);
    (status, Json(refusal.envelope())).into_response()
}

fn text<'a>(body: &'a Value, key: &str) -> Option<&'a str> {
    body.get(key).and_then(Value::as_str)
}

fn missing(key: &str) -> Response {
    refused(&Refusal::new(422, &format!("`{key}` is required")).field(key, "required", None))
}

fn read(bytes: &Bytes) -> Result<Value, Response> {
    serde_json::from_slice(bytes)
        .map_err(|e| refused(&Refusal::new(422, &format!("The body is not JSON: {e}"))))
}

/// The answer to a control call: the object made, after its events are fired.
fn fired(shared: &Arc<Shared>, made: Result<(Value, Vec<Event>), Refusal>) -> Response {
    match made {
        Ok((object, events)) => {
            shared.fire(events, Vec::new());
            (StatusCode::OK, Json(object)).into_response()
        }
        Err(refusal) => refused(&refusal),
    }
}

/// An event and its object.
fn with_data(event: Event) -> (Value, Vec<Event>) {
    (event.data.clone(), vec![event])
}

/// `POST /_mock/inbound` `{chat_id, message, from?}`: a customer writes.
pub(crate) async fn inbound(State(shared): State<Arc<Shared>>, bytes: Bytes) -> Response {
    let body = match read(&bytes) {
        Ok(body) => body,
        Err(response) => return response,
    };
    let (Some(chat_id), Some(message)) = (text(&body, "chat_id"), text(&body, "message")) else {
        return missing("chat_id and message");
    };
    let made = shared.lock().inbound(chat_id, message, text(&body, "from"));
    fired(&shared, made)
}

/// `POST /_mock/reaction` `{message_id, reaction, from?}`: a customer reacts.
pub(crate) async fn reaction(State(shared): State<Arc<Shared>>, bytes: Bytes) -> Response {
    let body = match read(&bytes) {
        Ok(body) => body,
        Err(response) => return response,
    };
    let (Some(message_id), Some(emoji)) = (text(&body, "message_id"), text(&body, "reaction"))
    else {
        return missing("message_id and reaction");
    };
    let made = shared
        .lock()
        .customer_reaction(message_id, emoji, text(&body, "from"));
    fired(&shared, made.map(with_data))
}

/// `POST /_mock/phone` `{connected: bool}`: the phone disconnects or connects again.
pub(crate) async fn phone(State(shared): State<Arc<Shared>>, bytes: Bytes) -> Response {
    let body = match read(&bytes) {
        Ok(body) => body,
        Err(response) => return response,
    };
    let Some(connected) = body.get("connected").and_then(Value::as_bool) else {
        return missing("connected");
    };
    let made = shared.lock().set_connected(connected);
    fired(
        &shared,
        made.map(with_data)
            .ok_or_else(|| Refusal::not_found("Phone")),
    )
}

/// `GET /_mock/deliveries`: every delivery made so far.
pub(crate) async fn deliveries(State(shared): State<Arc<Shared>>) -> Response {
    Json(json!(shared.log.all())).into_response()
}

/// `POST /_mock/faults` `{path, method?, status?, delay_ms?, times?}`: queues a [`Fault`].
///
/// [`Fault`]: super::Fault
pub(crate) async fn faults(State(shared): State<Arc<Shared>>, bytes: Bytes) -> Response {
    match serde_json::from_slice::<super::Fault>(&bytes) {
        Ok(fault) => {
            let answer = json!({"path": fault.path, "method": fault.method, "status": fault.status,
                                "delay_ms": fault.delay.as_millis(), "times": fault.times});
            shared
                .faults
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .push(fault);
            (StatusCode::OK, Json(answer)).into_response()
        }
        Err(error) => refused(&Refusal::new(422, &format!("not a fault: {error}")).field(
            "body",
            &error.to_string(),
            None,
        )),
    }
}
