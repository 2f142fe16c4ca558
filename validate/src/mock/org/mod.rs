//! The mock's organisation: the phones, chats, messages and records that the API's calls read and
//! change, kept in memory and seeded from the documented examples. Each operation of the catalog
//! is one method here; an operation without state of its own answers its documented example.

mod chats;
mod ids;
mod knowledge;
mod members;
mod messages;
mod records;
mod state;
mod subscriptions;

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, PoisonError};

use periskope_model::endpoint::{Endpoint, Payload};
use serde_json::{Map, Value, json};

pub(crate) use ids::Ids;

/// One call, checked: its operation, path parameters, query and body (valid as its kinds).
#[derive(Debug)]
pub(crate) struct Call {
    pub(crate) endpoint: &'static Endpoint,
    pub(crate) params: Vec<(&'static str, String)>,
    /// The query parameters, as sent (text).
    pub(crate) query: Map<String, Value>,
    /// The JSON body (`Null` when the operation takes none).
    pub(crate) body: Value,
    /// The `x-phone` header, when sent.
    pub(crate) phone: Option<String>,
}

impl Call {
    /// A path parameter (every template parameter is matched, so it is always there).
    pub(crate) fn param(&self, name: &str) -> &str {
        self.params
            .iter()
            .find(|(param, _)| *param == name)
            .map_or("", |(_, value)| value)
    }

    /// A text field of the body.
    pub(crate) fn text(&self, key: &str) -> Option<&str> {
        self.body.get(key).and_then(Value::as_str)
    }
}

/// What an answer carries.
#[derive(Debug, PartialEq)]
pub(crate) enum Body {
    /// Nothing.
    Empty,
    /// JSON.
    Json(Value),
    /// Bytes of this content type.
    Bytes(&'static str, Vec<u8>),
}

/// A webhook event a call caused.
#[derive(Clone, Debug)]
pub(crate) struct Event {
    /// Its name, such as `message.created`.
    pub(crate) name: String,
    /// The object.
    pub(crate) data: Value,
    /// What an update changed, as it was before.
    pub(crate) previous: Value,
}

impl Event {
    pub(crate) fn new(name: &str, data: Value) -> Self {
        Self {
            name: name.to_owned(),
            data,
            previous: Value::Null,
        }
    }
}

/// A call's answer and what it set going.
#[derive(Debug)]
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) body: Body,
    /// Webhook events to fire, in order.
    pub(crate) events: Vec<Event>,
    /// Messages whose acks now advance (by `message_id`).
    pub(crate) acks: Vec<String>,
}

impl Answer {
    pub(crate) fn json(status: u16, body: Value) -> Self {
        Self {
            status,
            body: Body::Json(body),
            events: Vec::new(),
            acks: Vec::new(),
        }
    }

    pub(crate) fn empty(status: u16) -> Self {
        Self {
            status,
            body: Body::Empty,
            events: Vec::new(),
            acks: Vec::new(),
        }
    }

    pub(crate) fn with(mut self, event: Event) -> Self {
        self.events.push(event);
        self
    }
}

/// A refusal: the documented error envelope's status, code, message and fields.
#[derive(Debug, PartialEq)]
pub(crate) struct Refusal {
    pub(crate) status: u16,
    pub(crate) code: &'static str,
    pub(crate) message: String,
    /// Each bad input, keyed as the API keys it (`body.chat_id`, `limit`, `x-phone`): its
    /// message and, when there is one, the value received as text.
    pub(crate) fields: Vec<(String, String, Option<String>)>,
}

impl Refusal {
    pub(crate) fn not_found(what: &str) -> Self {
        Self::new(404, &format!("{what} not found"))
    }

    /// A refusal with `status` and the code the API answers it with.
    pub(crate) fn new(status: u16, message: &str) -> Self {
        let code = match status {
            401 => "UNAUTHORIZED_ERROR",
            404 => "NOT_FOUND_ERROR",
            422 => "VALIDATION_ERROR",
            429 => "RATE_LIMIT_ERROR",
            _ => "UNKNOWN_ERROR",
        };
        Self {
            status,
            code,
            message: message.to_owned(),
            fields: Vec::new(),
        }
    }

    pub(crate) fn field(mut self, key: &str, message: &str, value: Option<String>) -> Self {
        self.fields
            .push((key.to_owned(), message.to_owned(), value));
        self
    }

    /// The envelope, `{code, message, status}` with `name` and `fields` on a 422.
    pub(crate) fn envelope(&self) -> Value {
        let mut body = json!({"code": self.code, "message": self.message, "status": self.status});
        if self.status == 422 {
            let fields: Map<String, Value> = self
                .fields
                .iter()
                .map(|(key, message, value)| {
                    let mut field = json!({ "message": message });
                    if let Some(value) = value {
                        field["value"] = json!(value);
                    }
                    (key.clone(), field)
                })
                .collect();
            body["fields"] = Value::Object(fields);
            body["name"] = json!("Validation Error");
        }
        body
    }
}

/// What a call returns.
pub(crate) type Outcome = Result<Answer, Refusal>;

/// The organisation's state.
#[derive(Debug)]
pub(crate) struct Org {
    pub(crate) org_id: String,
    pub(crate) phones: Vec<Value>,
    pub(crate) chats: Vec<Value>,
    pub(crate) messages: Vec<Value>,
    /// Each send's progress, by `unique_id`.
    pub(crate) sends: HashMap<String, Send>,
    pub(crate) contacts: Vec<Value>,
    /// Tickets, as `GET /tickets` lists them (the infos are made from them).
    pub(crate) tickets: Vec<Value>,
    pub(crate) notes: Vec<Value>,
    pub(crate) reactions: Vec<Value>,
    pub(crate) subscriptions: Vec<Value>,
    pub(crate) scheduled: Vec<Value>,
    pub(crate) members: Vec<Value>,
    /// The knowledge base's entries: FAQs and the chunks of documents.
    pub(crate) contexts: Vec<Value>,
    pub(crate) ids: Ids,
}

/// A send's progress, what `GET /message/{unique_id}/status` reads.
#[derive(Clone, Debug)]
pub(crate) struct Send {
    pub(crate) queue_id: String,
    pub(crate) message_id: String,
    pub(crate) queued_at: String,
}

/// The seeded group's id.
const GROUP: &str = "120363393294700553@g.us";

/// The documented example of the kind of `body`, parsed.
pub(crate) fn documented(body: &periskope_model::endpoint::TypeRef) -> Value {
    periskope_contract::kind_for(body).map_or(Value::Null, |kind| example(kind.name))
}

/// The documented example of the kind called `name` (`null` for none), parsed the first time
/// it is asked for: new messages, chats and fallback answers are made from these on every call.
pub(crate) fn example(name: &str) -> Value {
    static PARSED: LazyLock<Mutex<HashMap<String, Value>>> = LazyLock::new(Default::default);
    let mut parsed = PARSED.lock().unwrap_or_else(PoisonError::into_inner);
    parsed
        .entry(name.to_owned())
        .or_insert_with(|| {
            periskope_contract::documented(name)
                .and_then(|text| serde_json::from_str(text).ok())
                .unwrap_or(Value::Null)
        })
        .clone()
}

/// Now, as the API writes timestamps (RFC 3339, milliseconds, `+00:00`).
pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, false)
}

/// A 1:1 chat id may leave out `@c.us`.
pub(crate) fn jid(id: &str) -> String {
    if id.contains('@') {
        id.to_owned()
    } else {
        format!("{id}@c.us")
    }
}

impl Org {
    /// An organisation seeded from the documented examples: its phone, the chats of the chat
    /// list, their messages, the contacts, tickets and notes. No webhook subscription: nothing
    /// is posted anywhere until a client subscribes.
    pub(crate) fn seeded(seed: Option<u64>) -> Self {
        let list = |name: &str, key: &str| -> Vec<Value> {
            match example(name) {
                Value::Object(mut object) => match object.remove(key) {
                    Some(Value::Array(items)) => items,
                    _ => Vec::new(),
                },
                Value::Array(items) => items,
                _ => Vec::new(),
            }
        };
        let phone = example("phone");
        let org_id = phone["org_id"].as_str().unwrap_or("org").to_owned();
        let mut chats = list("chat-list", "chats");
        let chat = example("chat");
        if !chats.iter().any(|c| c["chat_id"] == chat["chat_id"]) {
            chats.push(chat.clone());
        }
        // The group the documented requests name (labels, forwarding).
        let mut group = chat;
        fill(
            &mut group,
            [
                ("chat_id", json!(GROUP)),
                ("chat_name", json!("Customer success")),
                ("chat_type", json!("group")),
                ("latest_message", Value::Null),
            ],
        );
        if let Value::Object(members) = &mut group["members"] {
            for member in members.values_mut() {
                member["chat_id"] = json!(GROUP);
            }
        }
        chats.push(group);
        Self {
            org_id,
            phones: vec![phone],
            chats,
            messages: list("message-list", "messages"),
            sends: HashMap::new(),
            contacts: list("contact-list", "contacts"),
            tickets: list("ticket-list", "tickets"),
            notes: list("note-list", "notes"),
            reactions: list("reaction-list", "reactions"),
            subscriptions: Vec::new(),
            scheduled: list("scheduled-message-list", "scheduled_messages"),
            members: list("org-member-list", ""),
            contexts: list("knowledge-base-list", "data"),
            ids: Ids::new(seed),
        }
    }

    /// Answers one call.
    pub(crate) fn call(&mut self, call: &Call) -> Outcome {
        if let Some(outcome) = self.messages_call(call) {
            return outcome;
        }
        if let Some(outcome) = self.chats_call(call) {
            return outcome;
        }
        if let Some(outcome) = self.records_call(call) {
            return outcome;
        }
        if let Some(outcome) = self.subscriptions_call(call) {
            return outcome;
        }
        if let Some(outcome) = self.members_call(call) {
            return outcome;
        }
        if let Some(outcome) = self.knowledge_call(call) {
            return outcome;
        }
        Ok(documented_answer(call.endpoint))
    }

    /// The phone a call acts as: the one `x-phone` names (digits, JID or `phone-…` id), else
    /// the first; `None` when `x-phone` names no phone of the organisation.
    pub(crate) fn phone(&self, header: Option<&str>) -> Option<&Value> {
        match header {
            None => self.phones.first(),
            Some(wanted) => self.phones.iter().find(|phone| {
                let jid = phone["org_phone"].as_str().unwrap_or_default();
                phone["phone_id"].as_str() == Some(wanted)
                    || jid == wanted
                    || jid.split('@').next() == Some(wanted.trim_start_matches('+'))
            }),
        }
    }

    /// The JID of the phone a call acts as.
    pub(crate) fn phone_jid(&self, call: &Call) -> String {
        self.phone(call.phone.as_deref())
            .and_then(|phone| phone["org_phone"].as_str())
            .unwrap_or("")
            .to_owned()
    }
}

/// The operation's documented answer: the documented example of its success kind.
pub(crate) fn documented_answer(endpoint: &Endpoint) -> Answer {
    match endpoint.success() {
        Some(answer) => match answer.body {
            Payload::Json(body) => Answer::json(answer.status, documented(&body)),
            Payload::Empty => Answer::empty(answer.status),
            Payload::Binary => Answer {
                status: answer.status,
                body: Body::Bytes("image/png", QR_PNG.to_vec()),
                events: Vec::new(),
                acks: Vec::new(),
            },
        },
        None => Answer::empty(204),
    }
}

/// A 1×1 PNG: the mock's QR code.
const QR_PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae,
    0x42, 0x60, 0x82,
];

/// One page of `items`: `offset` and `limit` from the query (checked before), and the page's
/// `count` (items in it), `from` and `to` (where it starts and ends).
pub(crate) fn page(items: &[Value], query: &Map<String, Value>) -> (Vec<Value>, Value) {
    let number = |key: &str, default: usize| {
        query
            .get(key)
            .and_then(Value::as_str)
            .and_then(|text| text.trim().parse::<i64>().ok())
            .map_or(default, |n| usize::try_from(n.max(0)).unwrap_or(default))
    };
    let offset = number("offset", 0);
    let limit = number("limit", 2000);
    let page: Vec<Value> = items.iter().skip(offset).take(limit).cloned().collect();
    let bounds = json!({"count": page.len(), "from": offset, "to": offset + page.len()});
    (page, bounds)
}

/// `{key: page, count, from, to}`.
pub(crate) fn listed(key: &str, items: &[Value], query: &Map<String, Value>) -> Answer {
    let (page, mut bounds) = page(items, query);
    bounds[key] = Value::Array(page);
    Answer::json(200, bounds)
}

/// The items whose `field` (a time) is within the query's `start_time` and `end_time`: a date
/// bound covers its whole day (UTC), an RFC 3339 time is exact. An item without a readable time
/// is kept only when the query has no bound; a bound that is neither is refused, naming it.
pub(crate) fn in_time_range(
    items: impl IntoIterator<Item = Value>,
    field: &str,
    query: &Map<String, Value>,
) -> Result<Vec<Value>, Refusal> {
    let bound = |key: &str, end: bool| -> Result<Option<chrono::DateTime<chrono::Utc>>, Refusal> {
        let Some(text) = query.get(key).and_then(Value::as_str) else {
            return Ok(None);
        };
        if let Ok(day) = chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d") {
            let day = if end {
                day.succ_opt().unwrap_or(day)
            } else {
                day
            };
            return Ok(day.and_hms_opt(0, 0, 0).map(|time| time.and_utc()));
        }
        periskope_model::Timestamp::parse(text.trim())
            .map(|time| Some(time.to_utc()))
            .map_err(|e| {
                Refusal::new(422, "Invalid query").field(key, &e.to_string(), Some(text.to_owned()))
            })
    };
    let (start, end) = (bound("start_time", false)?, bound("end_time", true)?);
    let date_end = query
        .get("end_time")
        .and_then(Value::as_str)
        .is_some_and(|text| chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").is_ok());
    Ok(items
        .into_iter()
        .filter(|item| {
            if start.is_none() && end.is_none() {
                return true;
            }
            let Some(time) = item[field]
                .as_str()
                .and_then(|text| periskope_model::Timestamp::parse(text).ok())
                .map(|time| time.to_utc())
            else {
                return false;
            };
            start.is_none_or(|start| time >= start)
                && end.is_none_or(|end| if date_end { time < end } else { time <= end })
        })
        .collect())
}

/// Sets the fields of `object` that `changes` names (a PATCH's generic rule) and returns what
/// they were.
pub(crate) fn apply(object: &mut Value, changes: &Map<String, Value>) -> Value {
    let mut previous = Map::new();
    if let Value::Object(fields) = object {
        for (key, value) in changes {
            if let Some(old) = fields.get_mut(key) {
                if old != value {
                    previous.insert(key.clone(), std::mem::replace(old, value.clone()));
                }
            }
        }
    }
    Value::Object(previous)
}

/// Sets each of `fields` on `object` (an object the mock made from a documented example).
pub(crate) fn fill(object: &mut Value, fields: impl IntoIterator<Item = (&'static str, Value)>) {
    for (key, value) in fields {
        object[key] = value;
    }
}

/// The JIDs of a body's array of chat ids (`@c.us` added where it is left out).
pub(crate) fn jids(list: &Value) -> Vec<String> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(jid)
        .collect()
}

/// `"VIP, Lead"` → `["VIP", "Lead"]` (labels are sent as one comma-separated text).
pub(crate) fn labels(text: &str) -> Vec<Value> {
    text.split(',')
        .map(str::trim)
        .filter(|label| !label.is_empty())
        .map(|label| json!(label))
        .collect()
}
