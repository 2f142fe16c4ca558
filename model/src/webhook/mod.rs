//! Webhook events: the envelope Periskope posts (`event`, `data`, `org_id`,
//! `previous_attributes`, `timestamp`) or the bare data object, with the data typed by the event.

mod data;
mod name;
mod schema;

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::{self, SerializeMap};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::error::nested_message;
use crate::{Nullable, OrgId, Timestamp};

pub use data::WebhookData;
pub use name::{WebhookDataKind, WebhookEventName};

/// The documented webhook envelope: the event name, its data and the delivery's attributes.
///
/// The name is read from `event` or `event_type`. Real deliveries, as receivers log them, come as
/// `{data, event_type, id, org_id, previous_attributes}`: `event_type` and the event `id`, no
/// `timestamp`. The name is written `event`, the spelling Periskope's webhook docs and SDK
/// document, so that what this crate writes reads in every documented consumer; a body read
/// under `event_type` is written back under `event` (the canonical form). Known events have
/// typed data; the data of an unknown event is kept raw. Every field is kept: the ones not
/// modelled here in [`WebhookEnvelope::extra`].
#[derive(Clone, Debug, PartialEq)]
pub struct WebhookEnvelope {
    /// The event, such as `message.created`.
    pub event: WebhookEventName,

    /// The event's data; its type follows from [`WebhookEnvelope::event`].
    pub data: WebhookData,

    /// The event's id, the same on every redelivery of the event: what a receiver deduplicates
    /// on. Real deliveries carry it; the docs' examples do not.
    pub id: Nullable<String>,

    /// The organisation the event belongs to.
    pub org_id: Nullable<OrgId>,

    /// The attributes that changed, for update events (shape undocumented; an object, `{}` or
    /// `null`).
    pub previous_attributes: Nullable<Value>,

    /// When the event was created (any form [`Timestamp`] reads, text or epoch number).
    pub timestamp: Nullable<Timestamp>,

    /// Fields of the envelope this crate does not model, kept as received.
    pub extra: Map<String, Value>,
}

impl WebhookEnvelope {
    /// The envelope of `event` with its `data`, every attribute absent. The data must be of the
    /// event's type ([`WebhookEventName::data_kind`]), or writing the envelope fails.
    ///
    /// ```
    /// use periskope_model::{Chat, Nullable, WebhookData, WebhookEnvelope, WebhookEventName};
    ///
    /// let chat = Chat::new("org-1", "120363393294700553@g.us");
    /// let envelope = WebhookEnvelope {
    ///     id: Nullable::Value("evt-1".to_owned()),
    ///     ..WebhookEnvelope::new(WebhookEventName::ChatCreated, WebhookData::Chat(Box::new(chat)))
    /// };
    /// assert_eq!(
    ///     serde_json::to_value(&envelope)?,
    ///     serde_json::json!({
    ///         "event": "chat.created",
    ///         "data": {"org_id": "org-1", "chat_id": "120363393294700553@g.us"},
    ///         "id": "evt-1"
    ///     })
    /// );
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn new(event: WebhookEventName, data: WebhookData) -> Self {
        Self {
            event,
            data,
            id: Nullable::Absent,
            org_id: Nullable::Absent,
            previous_attributes: Nullable::Absent,
            timestamp: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// A webhook body: the documented envelope, or the bare data object (as the SDK's socket
/// listener and the per-event pages show it).
///
/// A body with `data` and `event` (or `event_type`) is an envelope; any other object is a bare
/// data object, whose type is told by its keys ([`WebhookDataKind::of_bare`]). A key given
/// twice at the top level is refused.
///
/// ```
/// use periskope_model::{WebhookData, WebhookEvent, WebhookEventName};
///
/// let body = r#"{
///     "event": "chat.created",
///     "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
///     "data": {"chat_id": "120363393294700553@g.us", "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5"},
///     "timestamp": "2025-01-18 14:51:03+00"
/// }"#;
/// let event: WebhookEvent = periskope_model::from_str(body)?;
/// assert_eq!(event.name(), Some(&WebhookEventName::ChatCreated));
/// let WebhookData::Chat(chat) = event.data() else { panic!("a chat") };
/// assert!(chat.chat_id.is_group());
///
/// // The bare object reads too; it has no event name.
/// let bare: WebhookEvent = periskope_model::from_str(r#"{"chat_id": "1@c.us", "org_id": "o"}"#)?;
/// assert_eq!(bare.name(), None);
/// assert!(matches!(bare.data(), WebhookData::Chat(_)));
/// # Ok::<(), periskope_model::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum WebhookEvent {
    /// The documented envelope.
    Envelope(WebhookEnvelope),
    /// A bare data object; never [`WebhookData::Unknown`] when read.
    Bare(WebhookData),
}

impl WebhookEvent {
    /// The event name; `None` for a bare data object.
    pub fn name(&self) -> Option<&WebhookEventName> {
        match self {
            Self::Envelope(envelope) => Some(&envelope.event),
            Self::Bare(_) => None,
        }
    }

    /// The event's data.
    pub fn data(&self) -> &WebhookData {
        match self {
            Self::Envelope(envelope) => &envelope.data,
            Self::Bare(data) => data,
        }
    }

    /// The event's data, by value.
    pub fn into_data(self) -> WebhookData {
        match self {
            Self::Envelope(envelope) => envelope.data,
            Self::Bare(data) => data,
        }
    }

    /// Whether a body with these keys is an envelope: it has `data`, and `event` or
    /// `event_type`. `has` tells whether a key is present.
    pub fn is_envelope(has: impl Fn(&str) -> bool) -> bool {
        has("data") && (has("event") || has("event_type"))
    }

    /// Reads a body already collected into an object (see the type's docs for the rules).
    fn from_object(mut object: Map<String, Value>) -> Result<Self, String> {
        if !Self::is_envelope(|key| object.contains_key(key)) {
            let Some(kind) = WebhookDataKind::of_bare(&object) else {
                return Err(format!(
                    "expected a webhook envelope (\"event\" and \"data\") or the data object of an event, told by one of the keys {}; found neither",
                    WebhookDataKind::BARE_RULES
                        .iter()
                        .map(|(key, _, _)| format!("\"{key}\""))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            };
            return WebhookData::read(kind, Value::Object(object))
                .map(Self::Bare)
                .map_err(|error| nested_message("", &error));
        }
        let (key, name) = match (object.remove("event"), object.remove("event_type")) {
            (Some(_), Some(_)) => {
                return Err(
                    "the field \"event\" appears more than once (possibly under two spellings)"
                        .into(),
                );
            }
            (Some(name), None) => ("event", name),
            (None, Some(name)) => ("event_type", name),
            (None, None) => return Err("missing required field \"event\"".into()),
        };
        let event = crate::from_value::<String>(name)
            .map(WebhookEventName::from)
            .map_err(|error| nested_message(key, &error))?;
        let data = object.remove("data").unwrap_or(Value::Null);
        let data =
            WebhookData::for_event(&event, data).map_err(|error| nested_message("data", &error))?;
        let id = attribute::<String>(&mut object, "id")?;
        let org_id = attribute::<OrgId>(&mut object, "org_id")?;
        let timestamp = attribute::<Timestamp>(&mut object, "timestamp")?;
        let previous_attributes = match object.remove("previous_attributes") {
            None => Nullable::Absent,
            Some(Value::Null) => Nullable::Null,
            Some(value) => Nullable::Value(value),
        };
        Ok(Self::Envelope(WebhookEnvelope {
            event,
            data,
            id,
            org_id,
            previous_attributes,
            timestamp,
            extra: object,
        }))
    }
}

/// Takes the envelope attribute `key` out of `object` and reads it.
fn attribute<T: serde::de::DeserializeOwned>(
    object: &mut Map<String, Value>,
    key: &str,
) -> Result<Nullable<T>, String> {
    object.remove(key).map_or(Ok(Nullable::Absent), |value| {
        crate::from_value(value).map_err(|error| nested_message(key, &error))
    })
}

impl<'de> Deserialize<'de> for WebhookEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct BodyVisitor;

        impl<'de> Visitor<'de> for BodyVisitor {
            type Value = WebhookEvent;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a webhook body (an object)")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<WebhookEvent, A::Error> {
                let mut object = Map::new();
                while let Some(key) = map.next_key::<String>()? {
                    let value: Value = map.next_value()?;
                    if object.contains_key(&key) {
                        return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
                    }
                    object.insert(key, value);
                }
                WebhookEvent::from_object(object).map_err(de::Error::custom)
            }
        }

        deserializer.deserialize_map(BodyVisitor)
    }
}

impl<'de> Deserialize<'de> for WebhookEnvelope {
    /// Reads the envelope only; a bare data object is refused (read [`WebhookEvent`] for both).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match WebhookEvent::deserialize(deserializer)? {
            WebhookEvent::Envelope(envelope) => Ok(envelope),
            WebhookEvent::Bare(_) => Err(de::Error::custom(
                "expected a webhook envelope, found a bare data object (missing \"event\" or \"data\")",
            )),
        }
    }
}

impl Serialize for WebhookEnvelope {
    /// Writes `event` (never `event_type`), `data`, the attributes that were present (`id`,
    /// `org_id`, `previous_attributes`, `timestamp`), then the extra fields. Fails when the data is not of the event's type, which a read never gives.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.data.kind() != self.event.data_kind() {
            return Err(ser::Error::custom(format_args!(
                "the data of `{}` must be {}, not {}",
                self.event,
                self.event.data_kind().map_or(
                    "raw JSON (WebhookData::Unknown)",
                    WebhookDataKind::type_name
                ),
                self.data
                    .kind()
                    .map_or("raw JSON", WebhookDataKind::type_name),
            )));
        }
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        if !self.id.is_absent() {
            map.serialize_entry("id", &self.id)?;
        }
        if !self.org_id.is_absent() {
            map.serialize_entry("org_id", &self.org_id)?;
        }
        if !self.previous_attributes.is_absent() {
            map.serialize_entry("previous_attributes", &self.previous_attributes)?;
        }
        if !self.timestamp.is_absent() {
            map.serialize_entry("timestamp", &self.timestamp)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl Serialize for WebhookEvent {
    /// An envelope is written as one; a bare object as the object alone. Bare raw JSON
    /// ([`WebhookData::Unknown`]) is refused: it would not read back.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Envelope(envelope) => envelope.serialize(serializer),
            Self::Bare(WebhookData::Unknown(_)) => Err(ser::Error::custom(
                "a bare webhook body must be typed data; raw JSON needs an envelope with its event name",
            )),
            Self::Bare(data) => data.serialize(serializer),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Chat;

    #[test]
    fn event_names_are_an_open_enum() {
        crate::open_enum::check_open_enum(WebhookEventName::KNOWN, WebhookEventName::as_str);
        assert_eq!(WebhookEventName::KNOWN.len(), 20);
        let total: usize = WebhookDataKind::ALL
            .iter()
            .map(|kind| kind.events().count())
            .sum();
        assert_eq!(total, 20, "every known event has exactly one data kind");
    }

    fn read(json: &str) -> Result<WebhookEvent, crate::Error> {
        crate::from_str(json)
    }

    const CHAT: &str = r#"{"chat_id": "1@g.us", "org_id": "o"}"#;

    #[test]
    fn an_envelope_under_either_name_types_its_data_by_the_event() {
        for key in ["event", "event_type"] {
            let body = format!(
                r#"{{"data": {CHAT}, "{key}": "chat.created", "timestamp": 1737967705196}}"#
            );
            let event = read(&body).expect("reads");
            assert_eq!(event.name(), Some(&WebhookEventName::ChatCreated), "{key}");
            assert!(matches!(event.data(), WebhookData::Chat(_)), "{key}");
            let written = serde_json::to_value(&event).expect("writes");
            assert_eq!(
                written,
                serde_json::json!({"event": "chat.created", "data": {"chat_id": "1@g.us", "org_id": "o"}, "timestamp": 1737967705196i64}),
                "{key}: written with `event`"
            );
        }
    }

    #[test]
    fn a_real_delivery_keeps_its_event_id_and_is_written_with_event() {
        let body = format!(
            r#"{{"data": {CHAT}, "event_type": "chat.created", "id": "evt-1", "org_id": "o", "previous_attributes": null}}"#
        );
        let WebhookEvent::Envelope(envelope) = read(&body).expect("reads") else {
            panic!("an envelope");
        };
        assert_eq!(envelope.id, Nullable::Value("evt-1".to_owned()));
        assert_eq!(envelope.previous_attributes, Nullable::Null);
        assert_eq!(envelope.timestamp, Nullable::Absent);
        assert!(envelope.extra.is_empty(), "{:?}", envelope.extra);
        assert_eq!(
            serde_json::to_value(WebhookEvent::Envelope(envelope)).expect("writes"),
            serde_json::json!({
                "event": "chat.created",
                "data": {"chat_id": "1@g.us", "org_id": "o"},
                "id": "evt-1",
                "org_id": "o",
                "previous_attributes": null
            })
        );
        let error = read(&format!(
            r#"{{"data": {CHAT}, "event": "chat.created", "id": 7}}"#
        ))
        .expect_err("an id is a string");
        assert_eq!(
            (error.path(), error.message()),
            ("id", "expected a string, found 7")
        );
    }

    #[test]
    fn an_unknown_event_keeps_its_data_raw() {
        let event = read(
            r#"{"event": "org.created", "data": [1, {"x": null}], "previous_attributes": {}}"#,
        )
        .expect("reads");
        let WebhookEvent::Envelope(envelope) = &event else {
            panic!("an envelope: {event:?}")
        };
        assert_eq!(
            envelope.event,
            WebhookEventName::Unknown("org.created".into())
        );
        assert_eq!(
            envelope.data,
            WebhookData::Unknown(serde_json::json!([1, {"x": null}]))
        );
        assert_eq!(
            envelope.previous_attributes,
            Nullable::Value(serde_json::json!({}))
        );
    }

    #[test]
    fn a_bare_object_is_told_by_its_keys() {
        let cases = [
            (
                r#"{"chat": {"chat_id": "c", "org_id": "o"}}"#,
                WebhookDataKind::TicketInfo,
            ),
            (
                r#"{"reaction_id": "r", "message_id": "m", "org_id": "o", "sender_id": "s", "org_phone": "p"}"#,
                WebhookDataKind::Reaction,
            ),
            (
                r#"{"notification_id": "n", "org_id": "o", "org_phone": "p", "chat_id": "c"}"#,
                WebhookDataKind::ChatNotification,
            ),
            (
                r#"{"phone_id": "p", "org_id": "o", "created_at": "2025-01-01T00:00:00+00:00"}"#,
                WebhookDataKind::Phone,
            ),
            (
                r#"{"message_id": "m", "org_id": "o", "org_phone": "p", "is_private_note": true}"#,
                WebhookDataKind::Note,
            ),
            (
                r#"{"message_id": "m", "org_id": "o", "is_private_note": false}"#,
                WebhookDataKind::Message,
            ),
            (CHAT, WebhookDataKind::Chat),
            // `event` without `data` is not an envelope: the key stays in the chat's extra fields.
            (
                r#"{"event": "chat.created", "chat_id": "c", "org_id": "o"}"#,
                WebhookDataKind::Chat,
            ),
        ];
        for (body, kind) in cases {
            let event = read(body).unwrap_or_else(|e| panic!("{body}: {e}"));
            assert_eq!(event.name(), None, "{body}");
            assert_eq!(event.data().kind(), Some(kind), "{body}");
            let written = serde_json::to_value(&event).expect("writes");
            let input: Value = serde_json::from_str(body).expect("JSON");
            assert_eq!(written, input, "{body}: a bare object is written back bare");
        }
    }

    #[test]
    fn refusals_name_the_path_and_what_was_expected() {
        let cases = [
            (
                r#"{"event": "message.created", "data": {"message_id": "m", "org_id": "o", "ack": "x"}}"#,
                "data.ack",
                r#"expected an integer, found "x""#,
            ),
            (
                r#"{"event": "chat.created", "data": {"org_id": "o"}}"#,
                "data",
                r#"missing required field "chat_id""#,
            ),
            (
                r#"{"event": 5, "data": {}}"#,
                "event",
                "expected a string, found 5",
            ),
            (
                r#"{"event_type": "x", "data": 1, "org_id": 2}"#,
                "org_id",
                "expected a string, found 2",
            ),
            (
                r#"{"event": "x", "event_type": "x", "data": 1}"#,
                "",
                r#"the field "event" appears more than once (possibly under two spellings)"#,
            ),
            (
                r#"{"event": "x", "data": 1, "data": 2}"#,
                "",
                r#"the field "data" appears more than once (possibly under two spellings)"#,
            ),
            (
                r#"{"reaction_id": "r", "org_id": "o"}"#,
                "",
                r#"missing required field "message_id""#,
            ),
            (
                r#"{"org_id": "o"}"#,
                "",
                r#"expected a webhook envelope ("event" and "data") or the data object of an event, told by one of the keys "chat", "reaction_id", "notification_id", "phone_id", "is_private_note", "message_id", "chat_id"; found neither"#,
            ),
            (
                "[]",
                "",
                "expected a webhook body (an object), found an array",
            ),
        ];
        for (body, path, message) in cases {
            let error = read(body).expect_err(body);
            assert_eq!((error.path(), error.message()), (path, message), "{body}");
        }
    }

    #[test]
    fn data_that_does_not_fit_the_event_is_not_written() {
        let chat: Chat = crate::from_str(CHAT).expect("a chat");
        let envelope = WebhookEnvelope {
            event: WebhookEventName::MessageCreated,
            data: WebhookData::Chat(Box::new(chat)),
            id: Nullable::Absent,
            org_id: Nullable::Absent,
            previous_attributes: Nullable::Absent,
            timestamp: Nullable::Absent,
            extra: Map::new(),
        };
        let error = serde_json::to_value(&envelope).expect_err("mismatch");
        assert_eq!(
            error.to_string(),
            "the data of `message.created` must be Message, not Chat"
        );
        let bare = WebhookEvent::Bare(WebhookData::Unknown(Value::Null));
        assert!(serde_json::to_value(&bare).is_err());
    }
}
