//! Webhook events: the envelope Periskope posts (`event`, `data`, `org_id`,
//! `previous_attributes`, `timestamp`) or the bare data object, with the data typed by the event.

use std::borrow::Cow;
use std::fmt;

use schemars::generate::Contract;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, MapAccess, Visitor};
use serde::ser::{self, SerializeMap};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::error::nested_message;
use crate::{
    Chat, ChatNotification, Message, Note, Nullable, OrgId, Phone, Reaction, TicketInfo, Timestamp,
};

/// The name of a webhook event, such as `message.created`.
///
/// The 20 events of Periskope's client SDK are known; any other name (the integration list also
/// has `org.created`, `chat.updated`, `reaction.added`, …, whose payloads are undocumented) is
/// kept verbatim in [`WebhookEventName::Unknown`], and its data is kept as raw JSON.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(from = "crate::open_enum::EnumText<Self>")]
#[non_exhaustive]
pub enum WebhookEventName {
    /// `chat.created`: a [`Chat`].
    #[serde(rename = "chat.created")]
    ChatCreated,
    /// `chat.custom_properties.updated`: a [`Chat`].
    #[serde(rename = "chat.custom_properties.updated")]
    ChatCustomPropertiesUpdated,
    /// `chat.notification.created`: a [`ChatNotification`].
    #[serde(rename = "chat.notification.created")]
    ChatNotificationCreated,
    /// `message.created`: a [`Message`].
    #[serde(rename = "message.created")]
    MessageCreated,
    /// `message.updated` (edits, with `prev_body`): a [`Message`].
    #[serde(rename = "message.updated")]
    MessageUpdated,
    /// `message.deleted`: a [`Message`].
    #[serde(rename = "message.deleted")]
    MessageDeleted,
    /// `message.ack.updated`: a [`Message`].
    #[serde(rename = "message.ack.updated")]
    MessageAckUpdated,
    /// `message.flagged`: a [`Message`].
    #[serde(rename = "message.flagged")]
    MessageFlagged,
    /// `message.unflagged`: a [`Message`].
    #[serde(rename = "message.unflagged")]
    MessageUnflagged,
    /// `message.ticket.attached`: a [`Message`].
    #[serde(rename = "message.ticket.attached")]
    MessageTicketAttached,
    /// `reaction.created`: a [`Reaction`].
    #[serde(rename = "reaction.created")]
    ReactionCreated,
    /// `reaction.updated`: a [`Reaction`].
    #[serde(rename = "reaction.updated")]
    ReactionUpdated,
    /// `ticket.created`: a [`TicketInfo`].
    #[serde(rename = "ticket.created")]
    TicketCreated,
    /// `ticket.updated`: a [`TicketInfo`].
    #[serde(rename = "ticket.updated")]
    TicketUpdated,
    /// `ticket.deleted`: a [`TicketInfo`].
    #[serde(rename = "ticket.deleted")]
    TicketDeleted,
    /// `org.phone.connected`: a [`Phone`].
    #[serde(rename = "org.phone.connected")]
    OrgPhoneConnected,
    /// `org.phone.disconnected`: a [`Phone`] (its `wa_state` need not say so).
    #[serde(rename = "org.phone.disconnected")]
    OrgPhoneDisconnected,
    /// `org.phone.updated`: a [`Phone`].
    #[serde(rename = "org.phone.updated")]
    OrgPhoneUpdated,
    /// `org.phone.qr`: a [`Phone`] with `qr_code` set.
    #[serde(rename = "org.phone.qr")]
    OrgPhoneQr,
    /// `note.created`: a [`Note`].
    #[serde(rename = "note.created")]
    NoteCreated,
    /// An event this crate does not know, kept verbatim; its data is kept as raw JSON.
    #[serde(untagged)]
    Unknown(String),
}

open_enum_impls!(WebhookEventName {
    ChatCreated = "chat.created",
    ChatCustomPropertiesUpdated = "chat.custom_properties.updated",
    ChatNotificationCreated = "chat.notification.created",
    MessageCreated = "message.created",
    MessageUpdated = "message.updated",
    MessageDeleted = "message.deleted",
    MessageAckUpdated = "message.ack.updated",
    MessageFlagged = "message.flagged",
    MessageUnflagged = "message.unflagged",
    MessageTicketAttached = "message.ticket.attached",
    ReactionCreated = "reaction.created",
    ReactionUpdated = "reaction.updated",
    TicketCreated = "ticket.created",
    TicketUpdated = "ticket.updated",
    TicketDeleted = "ticket.deleted",
    OrgPhoneConnected = "org.phone.connected",
    OrgPhoneDisconnected = "org.phone.disconnected",
    OrgPhoneUpdated = "org.phone.updated",
    OrgPhoneQr = "org.phone.qr",
    NoteCreated = "note.created",
});

impl WebhookEventName {
    /// The type of this event's data; `None` for an unknown event, whose data is kept raw.
    pub fn data_kind(&self) -> Option<WebhookDataKind> {
        use WebhookDataKind as K;
        Some(match self {
            Self::ChatCreated | Self::ChatCustomPropertiesUpdated => K::Chat,
            Self::ChatNotificationCreated => K::ChatNotification,
            Self::MessageCreated
            | Self::MessageUpdated
            | Self::MessageDeleted
            | Self::MessageAckUpdated
            | Self::MessageFlagged
            | Self::MessageUnflagged
            | Self::MessageTicketAttached => K::Message,
            Self::ReactionCreated | Self::ReactionUpdated => K::Reaction,
            Self::TicketCreated | Self::TicketUpdated | Self::TicketDeleted => K::TicketInfo,
            Self::OrgPhoneConnected
            | Self::OrgPhoneDisconnected
            | Self::OrgPhoneUpdated
            | Self::OrgPhoneQr => K::Phone,
            Self::NoteCreated => K::Note,
            Self::Unknown(_) => return None,
        })
    }
}

/// The type of a webhook event's data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WebhookDataKind {
    /// A [`Phone`] (`org.phone.*`).
    Phone,
    /// A [`Chat`] (`chat.created`, `chat.custom_properties.updated`).
    Chat,
    /// A [`Message`] (`message.*`).
    Message,
    /// A [`Reaction`] (`reaction.*`).
    Reaction,
    /// A [`TicketInfo`] (`ticket.*`).
    TicketInfo,
    /// A [`Note`] (`note.created`).
    Note,
    /// A [`ChatNotification`] (`chat.notification.created`).
    ChatNotification,
}

impl WebhookDataKind {
    /// How a bare data object's type is told, first match wins: the key, whether its value must
    /// be `true`, and the type. A body with none of these keys is not a webhook body.
    pub const BARE_RULES: &'static [(&'static str, bool, WebhookDataKind)] = &[
        ("chat", false, Self::TicketInfo),
        ("reaction_id", false, Self::Reaction),
        ("notification_id", false, Self::ChatNotification),
        ("phone_id", false, Self::Phone),
        ("is_private_note", true, Self::Note),
        ("message_id", false, Self::Message),
        ("chat_id", false, Self::Chat),
    ];

    /// Every kind, in the order of `docs/fields.md`.
    pub const ALL: [WebhookDataKind; 7] = [
        Self::Phone,
        Self::Chat,
        Self::Message,
        Self::Reaction,
        Self::TicketInfo,
        Self::Note,
        Self::ChatNotification,
    ];

    /// The model type's name, such as `TicketInfo`.
    pub fn type_name(self) -> &'static str {
        match self {
            Self::Phone => "Phone",
            Self::Chat => "Chat",
            Self::Message => "Message",
            Self::Reaction => "Reaction",
            Self::TicketInfo => "TicketInfo",
            Self::Note => "Note",
            Self::ChatNotification => "ChatNotification",
        }
    }

    /// The type of a bare data object (a body without the envelope), told by its keys, first
    /// match wins: `chat` → ticket info; `reaction_id` → reaction; `notification_id` → chat
    /// notification; `phone_id` → phone; `is_private_note: true` → note; `message_id` →
    /// message; `chat_id` → chat. `None` when it has none of them.
    pub fn of_bare(object: &Map<String, Value>) -> Option<Self> {
        Self::of_bare_keys(
            |key| object.contains_key(key),
            |key| object.get(key) == Some(&Value::Bool(true)),
        )
    }

    /// [`WebhookDataKind::of_bare`] for any representation of an object: `has` tells whether a
    /// key is present, `is_true` whether its value is `true`.
    pub fn of_bare_keys(
        has: impl Fn(&str) -> bool,
        is_true: impl Fn(&str) -> bool,
    ) -> Option<Self> {
        Self::BARE_RULES
            .iter()
            .find_map(|(key, must_be_true, kind)| {
                let matches = if *must_be_true {
                    is_true(key)
                } else {
                    has(key)
                };
                matches.then_some(*kind)
            })
    }

    /// Where an object of this kind keeps its id, as keys from the object down: `phone_id`,
    /// `chat_id`, `message_id` (messages and notes), `reaction_id`, `ticket` then `ticket_id`,
    /// `notification_id`. [`WebhookEvent::delivery_key`] uses it.
    pub fn id_path(self) -> &'static [&'static str] {
        match self {
            Self::Phone => &["phone_id"],
            Self::Chat => &["chat_id"],
            Self::Message | Self::Note => &["message_id"],
            Self::Reaction => &["reaction_id"],
            Self::TicketInfo => &["ticket", "ticket_id"],
            Self::ChatNotification => &["notification_id"],
        }
    }

    /// The events whose data is of this kind.
    pub fn events(self) -> impl Iterator<Item = &'static WebhookEventName> {
        WebhookEventName::KNOWN
            .iter()
            .filter(move |name| name.data_kind() == Some(self))
    }

    fn schema(self, generator: &mut SchemaGenerator) -> Schema {
        match self {
            Self::Phone => generator.subschema_for::<Phone>(),
            Self::Chat => generator.subschema_for::<Chat>(),
            Self::Message => generator.subschema_for::<Message>(),
            Self::Reaction => generator.subschema_for::<Reaction>(),
            Self::TicketInfo => generator.subschema_for::<TicketInfo>(),
            Self::Note => generator.subschema_for::<Note>(),
            Self::ChatNotification => generator.subschema_for::<ChatNotification>(),
        }
    }
}

impl fmt::Display for WebhookDataKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.type_name())
    }
}

/// A webhook event's data: the object of the event's type, or raw JSON for an event this crate
/// does not know.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum WebhookData {
    /// A phone (`org.phone.*`).
    Phone(Box<Phone>),
    /// A chat (`chat.created`, `chat.custom_properties.updated`).
    Chat(Box<Chat>),
    /// A message (`message.*`).
    Message(Box<Message>),
    /// A reaction (`reaction.*`).
    Reaction(Box<Reaction>),
    /// A ticket with its chat and messages (`ticket.*`).
    TicketInfo(Box<TicketInfo>),
    /// A private note (`note.created`).
    Note(Box<Note>),
    /// A chat notification (`chat.notification.created`).
    ChatNotification(Box<ChatNotification>),
    /// The data of an event this crate does not know, as received.
    Unknown(Value),
}

impl WebhookData {
    /// Reads `data` as the data of `event`: typed for a known event, kept raw for an unknown
    /// one. For a socket listener, which passes the event name and the bare object apart.
    ///
    /// ```
    /// use periskope_model::{WebhookData, WebhookEventName};
    ///
    /// let data = serde_json::json!({"chat_id": "120363393294700553@g.us", "org_id": "o"});
    /// let read = WebhookData::for_event(&WebhookEventName::ChatCreated, data)?;
    /// assert!(matches!(read, WebhookData::Chat(_)));
    /// # Ok::<(), periskope_model::Error>(())
    /// ```
    pub fn for_event(event: &WebhookEventName, data: Value) -> Result<Self, crate::Error> {
        match event.data_kind() {
            Some(kind) => Self::read(kind, data),
            None => Ok(Self::Unknown(data)),
        }
    }

    /// Reads `data` as a `kind` object; the error names the path within `data`.
    pub fn read(kind: WebhookDataKind, data: Value) -> Result<Self, crate::Error> {
        crate::error::from_value_seed(DataSeed(kind), &data)
    }

    /// Reads a `kind` object from any deserializer: JSON text, a `serde_json::Value`, or another
    /// representation of parsed JSON.
    pub fn deserialize_as<'de, D: Deserializer<'de>>(
        kind: WebhookDataKind,
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(match kind {
            WebhookDataKind::Phone => Self::Phone(Deserialize::deserialize(deserializer)?),
            WebhookDataKind::Chat => Self::Chat(Deserialize::deserialize(deserializer)?),
            WebhookDataKind::Message => Self::Message(Deserialize::deserialize(deserializer)?),
            WebhookDataKind::Reaction => Self::Reaction(Deserialize::deserialize(deserializer)?),
            WebhookDataKind::TicketInfo => {
                Self::TicketInfo(Deserialize::deserialize(deserializer)?)
            }
            WebhookDataKind::Note => Self::Note(Deserialize::deserialize(deserializer)?),
            WebhookDataKind::ChatNotification => {
                Self::ChatNotification(Deserialize::deserialize(deserializer)?)
            }
        })
    }

    /// The type of the data; `None` for [`WebhookData::Unknown`].
    pub fn kind(&self) -> Option<WebhookDataKind> {
        Some(match self {
            Self::Phone(_) => WebhookDataKind::Phone,
            Self::Chat(_) => WebhookDataKind::Chat,
            Self::Message(_) => WebhookDataKind::Message,
            Self::Reaction(_) => WebhookDataKind::Reaction,
            Self::TicketInfo(_) => WebhookDataKind::TicketInfo,
            Self::Note(_) => WebhookDataKind::Note,
            Self::ChatNotification(_) => WebhookDataKind::ChatNotification,
            Self::Unknown(_) => return None,
        })
    }
}

/// [`WebhookData::deserialize_as`] as a seed, for reading with the path tracked.
#[derive(Clone, Copy)]
struct DataSeed(WebhookDataKind);

impl<'de> de::DeserializeSeed<'de> for DataSeed {
    type Value = WebhookData;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<WebhookData, D::Error> {
        WebhookData::deserialize_as(self.0, deserializer)
    }
}

impl Serialize for WebhookData {
    /// Writes the object itself (no tag).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Phone(data) => data.serialize(serializer),
            Self::Chat(data) => data.serialize(serializer),
            Self::Message(data) => data.serialize(serializer),
            Self::Reaction(data) => data.serialize(serializer),
            Self::TicketInfo(data) => data.serialize(serializer),
            Self::Note(data) => data.serialize(serializer),
            Self::ChatNotification(data) => data.serialize(serializer),
            Self::Unknown(data) => data.serialize(serializer),
        }
    }
}

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

/// The envelope's attribute schemas (all but `event` and `data`).
fn attribute_schemas(generator: &mut SchemaGenerator) -> Map<String, Value> {
    let mut properties = Map::new();
    let mut id = generator.subschema_for::<Nullable<String>>();
    id.insert(
        "description".into(),
        "The event's id, the same on every redelivery: what a receiver deduplicates on.".into(),
    );
    properties.insert("id".into(), id.into());
    let mut org_id = generator.subschema_for::<Nullable<OrgId>>();
    org_id.insert(
        "description".into(),
        "The organisation the event belongs to.".into(),
    );
    properties.insert("org_id".into(), org_id.into());
    properties.insert(
        "previous_attributes".into(),
        serde_json::json!({"description": "The attributes that changed, for update events (shape undocumented)."}),
    );
    let mut timestamp = generator.subschema_for::<Nullable<Timestamp>>();
    timestamp.insert("description".into(), "When the event was created.".into());
    properties.insert("timestamp".into(), timestamp.into());
    properties
}

fn names_of(kind: WebhookDataKind) -> Vec<Value> {
    kind.events()
        .map(|name| Value::from(name.as_str()))
        .collect()
}

impl JsonSchema for WebhookEnvelope {
    fn schema_name() -> Cow<'static, str> {
        "WebhookEnvelope".into()
    }

    /// In the input contract, one object whose `data` schema follows from the name under either
    /// spelling; in the canonical contract, a union with one member per data type, so that
    /// TypeScript narrows `data` by `event`.
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let description = "The documented webhook envelope: the event name, its data (typed by the event; raw for an event this crate does not know) and the delivery's attributes.";
        let attributes = attribute_schemas(generator);
        if matches!(generator.contract(), Contract::Deserialize) {
            let mut properties = Map::new();
            properties.insert(
                "event".into(),
                serde_json::json!({
                    "description": "The event, such as `message.created`.",
                    "type": "string",
                    "x-aliases": ["event_type"]
                }),
            );
            properties.insert(
                "data".into(),
                serde_json::json!({"description": "The event's data; its type follows from the event."}),
            );
            properties.extend(attributes);
            let mut by_event = Vec::new();
            for kind in WebhookDataKind::ALL {
                let names = names_of(kind);
                let data = kind.schema(generator);
                by_event.push(serde_json::json!({
                    "if": {"anyOf": [
                        {"properties": {"event": {"enum": names}}, "required": ["event"]},
                        {"properties": {"event_type": {"enum": names}}, "required": ["event_type"]}
                    ]},
                    "then": {"properties": {"data": data}}
                }));
            }
            json_schema!({
                "description": description,
                "type": "object",
                "properties": properties,
                "required": ["event", "data"],
                "allOf": by_event
            })
        } else {
            let mut members = Vec::new();
            for kind in WebhookDataKind::ALL {
                let mut properties = Map::new();
                properties.insert(
                    "event".into(),
                    serde_json::json!({"description": "The event.", "enum": names_of(kind)}),
                );
                properties.insert("data".into(), kind.schema(generator).into());
                properties.extend(attributes.clone());
                members.push(serde_json::json!({
                    "type": "object",
                    "properties": properties,
                    "required": ["event", "data"]
                }));
            }
            // The catch-all branch excludes the known names, so that a known event with data
            // of another type is refused, not taken for an unknown event.
            let known: Vec<Value> = WebhookDataKind::ALL
                .iter()
                .flat_map(|kind| names_of(*kind))
                .collect();
            let mut properties = Map::new();
            properties.insert(
                "event".into(),
                serde_json::json!({
                    "description": "An event this crate does not know.",
                    "type": "string",
                    "not": {"enum": known}
                }),
            );
            properties.insert(
                "data".into(),
                serde_json::json!({"description": "The event's data, as received."}),
            );
            properties.extend(attributes);
            members.push(serde_json::json!({
                "type": "object",
                "properties": properties,
                "required": ["event", "data"]
            }));
            json_schema!({"description": description, "anyOf": members})
        }
    }
}

impl JsonSchema for WebhookEvent {
    fn schema_name() -> Cow<'static, str> {
        "WebhookEvent".into()
    }

    /// In the input contract, an `if`/`then`/`else` chain that follows the reading rules
    /// exactly; in the canonical contract, the union of the envelope and the bare types.
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let description = "A webhook body: the documented envelope (`event` or `event_type`, `data`, `org_id`, `previous_attributes`, `timestamp`), or the bare data object, whose type is told by its keys.";
        let envelope = generator.subschema_for::<WebhookEnvelope>();
        if matches!(generator.contract(), Contract::Deserialize) {
            let mut chain = serde_json::json!({"required": ["event", "data"]});
            for (key, must_be_true, kind) in WebhookDataKind::BARE_RULES.iter().rev() {
                let condition = if *must_be_true {
                    serde_json::json!({"properties": {*key: {"const": true}}, "required": [key]})
                } else {
                    serde_json::json!({"required": [key]})
                };
                chain = serde_json::json!({
                    "if": condition,
                    "then": kind.schema(generator),
                    "else": chain
                });
            }
            json_schema!({
                "description": description,
                "type": "object",
                "if": {
                    "required": ["data"],
                    "anyOf": [{"required": ["event"]}, {"required": ["event_type"]}]
                },
                "then": envelope,
                "else": chain
            })
        } else {
            let mut members = vec![Value::from(envelope)];
            members.extend(
                WebhookDataKind::ALL
                    .iter()
                    .map(|kind| Value::from(kind.schema(generator))),
            );
            json_schema!({"description": description, "anyOf": members})
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
