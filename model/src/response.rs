//! The API's list and response wrappers, so that a response is read in one call.
//!
//! ```
//! use periskope_model::ChatList;
//!
//! let body = r#"{"chats": [{"chat_id": "1@c.us", "org_id": "o"}], "count": 1, "from": 0, "to": 1}"#;
//! let list: ChatList = periskope_model::from_str(body)?;
//! assert_eq!(list.chats.len(), 1);
//! assert_eq!(list.page.count.value(), Some(&1));
//! # Ok::<(), periskope_model::Error>(())
//! ```

use std::borrow::Cow;
use std::collections::BTreeMap;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use std::fmt;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::error::nested_message;
use crate::lenient::IntegerInput;
use crate::{
    Chat, ChatId, ChatNotification, Contact, ContactId, Message, Note, Nullable, Phone, Reaction,
    Ticket, Timestamp,
};

/// The pagination fields of a list response: the total and the range returned. Integers, also
/// read from numeric strings; each may be absent.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Page {
    /// How many items match in all.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub count: Nullable<i64>,

    /// Offset of the first item returned.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub from: Nullable<i64>,

    /// Offset after the last item returned (absent from the message list examples).
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub to: Nullable<i64>,
}

/// List all chats: `{chats, count, from, to}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ChatList {
    /// The chats (list-all-chats omits `members` and adds `member_add_mode`).
    pub chats: Vec<Chat>,

    /// Pagination.
    #[serde(flatten)]
    pub page: Page,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl ChatList {
    /// A list of chats without pagination fields, with every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(chats: Vec<Chat>) -> Self {
        Self {
            chats,
            page: Page::default(),
            extra: Map::new(),
        }
    }
}

/// List messages (all, or of a chat): `{messages, count, from, to?}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MessageList {
    /// The messages.
    pub messages: Vec<Message>,

    /// Pagination.
    #[serde(flatten)]
    pub page: Page,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl MessageList {
    /// A list of messages without pagination fields, with every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(messages: Vec<Message>) -> Self {
        Self {
            messages,
            page: Page::default(),
            extra: Map::new(),
        }
    }
}

/// List notifications (all, or of a chat): `{messages, count, from, to?}`. The list is under
/// `messages` in the docs and `notifictions` (sic) in Periskope's types; both are read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NotificationList {
    /// The notifications; an entry that is not an object (one OpenAPI example shows
    /// `["<any>"]`) is kept as it is.
    #[serde(alias = "notifictions")]
    #[schemars(extend("x-aliases" = ["notifictions"]))]
    pub messages: Vec<NotificationEntry>,

    /// Pagination.
    #[serde(flatten)]
    pub page: Page,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl NotificationList {
    /// A list of messages without pagination fields, with every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(messages: Vec<NotificationEntry>) -> Self {
        Self {
            messages,
            page: Page::default(),
            extra: Map::new(),
        }
    }
}

/// One entry of a [`NotificationList`]: an object is read as a [`ChatNotification`] (and must
/// be one); anything else is kept verbatim.
#[derive(Clone, Debug, PartialEq)]
pub enum NotificationEntry {
    /// A notification.
    Notification(Box<ChatNotification>),
    /// An entry that is not an object, such as the placeholder `"<any>"`.
    Other(Value),
}

impl Serialize for NotificationEntry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Notification(notification) => notification.serialize(serializer),
            Self::Other(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for NotificationEntry {
    /// An object is read as a notification in place (its errors keep their path); anything else
    /// is kept as it is.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntryVisitor;

        impl<'de> Visitor<'de> for EntryVisitor {
            type Value = NotificationEntry;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a notification or any other JSON value")
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                ChatNotification::deserialize(MapAccessDeserializer::new(map))
                    .map(|n| NotificationEntry::Notification(Box::new(n)))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                Value::deserialize(SeqAccessDeserializer::new(seq)).map(NotificationEntry::Other)
            }

            fn visit_bool<E: de::Error>(self, value: bool) -> Result<Self::Value, E> {
                Ok(NotificationEntry::Other(value.into()))
            }

            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Self::Value, E> {
                Ok(NotificationEntry::Other(value.into()))
            }

            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Self::Value, E> {
                Ok(NotificationEntry::Other(value.into()))
            }

            fn visit_f64<E: de::Error>(self, value: f64) -> Result<Self::Value, E> {
                Ok(NotificationEntry::Other(value.into()))
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
                Ok(NotificationEntry::Other(value.into()))
            }

            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(NotificationEntry::Other(Value::Null))
            }

            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(NotificationEntry::Other(Value::Null))
            }
        }

        deserializer.deserialize_any(EntryVisitor)
    }
}

impl JsonSchema for NotificationEntry {
    fn schema_name() -> Cow<'static, str> {
        "NotificationEntry".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let notification = generator.subschema_for::<ChatNotification>();
        json_schema!({
            "description": "A notification, or an entry that is not an object, kept verbatim.",
            "anyOf": [notification, {"type": ["string", "number", "boolean", "null", "array"]}]
        })
    }
}

/// Get contacts: `{contacts, count?, from?, to?}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ContactList {
    /// The contacts (without `chat_ids`).
    pub contacts: Vec<Contact>,

    /// Pagination.
    #[serde(flatten)]
    pub page: Page,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl ContactList {
    /// A list of contacts without pagination fields, with every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(contacts: Vec<Contact>) -> Self {
        Self {
            contacts,
            page: Page::default(),
            extra: Map::new(),
        }
    }
}

/// Get tickets: `{tickets, count, from, to}`, the tickets in the row shape.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TicketList {
    /// The tickets.
    pub tickets: Vec<Ticket>,

    /// Pagination.
    #[serde(flatten)]
    pub page: Page,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl TicketList {
    /// A list of tickets without pagination fields, with every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(tickets: Vec<Ticket>) -> Self {
        Self {
            tickets,
            page: Page::default(),
            extra: Map::new(),
        }
    }
}

/// Get notes: `{notes, count, from, to, start_time, end_time}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NoteList {
    /// The notes.
    pub notes: Vec<Note>,

    /// Pagination.
    #[serde(flatten)]
    pub page: Page,

    /// Start of the time window asked for, such as `2025-08-15T00:00:00Z`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub start_time: Nullable<Timestamp>,

    /// End of the time window asked for.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub end_time: Nullable<Timestamp>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl NoteList {
    /// A list of notes without pagination fields, with every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(notes: Vec<Note>) -> Self {
        Self {
            notes,
            page: Page::default(),
            start_time: Nullable::Absent,
            end_time: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// Get reactions: `{reactions, count, from, to, start_time, end_time}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ReactionList {
    /// The reactions.
    pub reactions: Vec<Reaction>,

    /// Pagination.
    #[serde(flatten)]
    pub page: Page,

    /// Start of the time window asked for.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub start_time: Nullable<Timestamp>,

    /// End of the time window asked for.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub end_time: Nullable<Timestamp>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl ReactionList {
    /// A list of reactions without pagination fields, with every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(reactions: Vec<Reaction>) -> Self {
        Self {
            reactions,
            page: Page::default(),
            start_time: Nullable::Absent,
            end_time: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// Create a note: `{success, message, data}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CreateNoteResponse {
    /// Whether the note was created.
    pub success: bool,

    /// What happened, in words.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message: Nullable<String>,

    /// The note created.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub data: Nullable<Note>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl CreateNoteResponse {
    /// A create-note response with every other field absent, so that struct update syntax fills in
    /// the rest.
    pub fn new(success: bool) -> Self {
        Self {
            success,
            message: Nullable::Absent,
            data: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// Send a message: three documented shapes. An object with `queue_id` is [`Queued`]; any other
/// object is the oldest shape, chat id to queue id.
///
/// [`Queued`]: SendMessageResponse::Queued
#[derive(Clone, Debug, PartialEq)]
pub enum SendMessageResponse {
    /// `{queue_id, queue_position}`, with `unique_id` and `hint` in the newest shape.
    Queued(QueuedMessage),
    /// `{"<chat_id>": "<queue id>"}` (the oldest shape).
    ByChat(BTreeMap<ChatId, String>),
}

/// A message queued for sending.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct QueuedMessage {
    /// Id of the queued send, a UUID.
    pub queue_id: String,

    /// Position in the queue: an integer in the docs, a string in the types; written as an
    /// integer.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub queue_position: Nullable<i64>,

    /// Id of the message once sent (newest shape).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub unique_id: Nullable<String>,

    /// A hint about the send, in words (newest shape).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub hint: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl QueuedMessage {
    /// A queued-message response with every other field absent, so that struct update syntax fills
    /// in the rest.
    pub fn new(queue_id: impl Into<String>) -> Self {
        Self {
            queue_id: queue_id.into(),
            queue_position: Nullable::Absent,
            unique_id: Nullable::Absent,
            hint: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

impl Serialize for SendMessageResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Queued(queued) => queued.serialize(serializer),
            Self::ByChat(by_chat) => by_chat.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for SendMessageResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let object = Map::<String, Value>::deserialize(deserializer)?;
        let queued = object.contains_key("queue_id");
        let value = Value::Object(object);
        let read = if queued {
            crate::from_value(value).map(Self::Queued)
        } else {
            crate::from_value(value).map(Self::ByChat)
        };
        read.map_err(|error| de::Error::custom(nested_message("", &error)))
    }
}

impl JsonSchema for SendMessageResponse {
    fn schema_name() -> Cow<'static, str> {
        "SendMessageResponse".into()
    }

    /// `oneOf` of the two named shapes, told apart by `queue_id` (required by one, refused by the
    /// other), in both contracts: what the reader's "`queue_id` present" rule accepts, as a union
    /// that code generators type.
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let description = "What sending a message returns: `{queue_id, queue_position, unique_id?, hint?}`, or (oldest) chat id to queue id.";
        json_schema!({
            "description": description,
            "oneOf": [
                generator.subschema_for::<QueuedMessage>(),
                generator.subschema_for::<QueueIdsByChat>()
            ]
        })
    }
}

/// The schema of the oldest answer to a send (`QueueIdsByChat`): each chat id mapped to its queue
/// id, any key but `queue_id` (whose presence makes the answer a [`QueuedMessage`]).
struct QueueIdsByChat;

impl JsonSchema for QueueIdsByChat {
    fn schema_name() -> Cow<'static, str> {
        "QueueIdsByChat".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The oldest answer to a send: each chat id mapped to its queue id (any key but `queue_id`).",
            "type": "object",
            "patternProperties": { "^(?!queue_id$)": { "type": "string" } },
            "additionalProperties": false
        })
    }
}

/// Add, remove, promote or demote group participants: each participant's id to its result.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct GroupParticipantsResponse(pub BTreeMap<ContactId, ParticipantResult>);

/// The result of a group operation for one participant.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ParticipantResult {
    /// Whether the operation succeeded for this participant.
    pub is_success: bool,

    /// Why it failed, in words.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message: Nullable<String>,

    /// WhatsApp's status code (from Periskope's types).
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub code: Nullable<i64>,

    /// Whether an invitation was sent instead (from Periskope's types).
    #[serde(
        rename = "isInviteV4Sent",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub is_invite_v4_sent: Nullable<bool>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl ParticipantResult {
    /// One participant's result with every other field absent, so that struct update syntax fills
    /// in the rest.
    pub fn new(is_success: bool) -> Self {
        Self {
            is_success,
            message: Nullable::Absent,
            code: Nullable::Absent,
            is_invite_v4_sent: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// Get all phones: an array of [`Phone`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct PhoneList(pub Vec<Phone>);

/// Create a chat: `{chat_id}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CreateChatResponse {
    /// The new chat's id.
    pub chat_id: ChatId,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl CreateChatResponse {
    /// A create-chat response with every other field absent, so that struct update syntax fills in
    /// the rest.
    pub fn new(chat_id: impl Into<ChatId>) -> Self {
        Self {
            chat_id: chat_id.into(),
            extra: Map::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOTIFICATION: &str = r#"{"notification_id": "n", "org_id": "o", "org_phone": "p"}"#;

    #[test]
    fn notifications_are_read_under_either_key_and_other_entries_are_kept() {
        for key in ["messages", "notifictions"] {
            let body = format!(r#"{{"{key}": [{NOTIFICATION}, "<any>"], "count": "2"}}"#);
            let list: NotificationList = crate::from_str(&body).expect("reads");
            assert!(matches!(
                list.messages.first(),
                Some(NotificationEntry::Notification(_))
            ));
            assert_eq!(
                list.messages.get(1),
                Some(&NotificationEntry::Other("<any>".into()))
            );
            assert_eq!(list.page.count, Nullable::Value(2));
            let written = serde_json::to_value(&list).expect("writes");
            assert_eq!(
                written,
                serde_json::json!({"messages": [{"notification_id": "n", "org_id": "o", "org_phone": "p"}, "<any>"], "count": 2}),
                "{key}"
            );
        }
        let both = r#"{"messages": [], "notifictions": []}"#;
        let error = crate::from_str::<NotificationList>(both).expect_err("both spellings");
        assert_eq!(
            error.message(),
            r#"the field "messages" appears more than once (possibly under two spellings)"#
        );
    }

    #[test]
    fn a_bad_entry_is_reported_at_its_path() {
        let body =
            r#"{"messages": ["<any>", {"notification_id": "n", "org_id": 5, "org_phone": "p"}]}"#;
        let error = crate::from_str::<NotificationList>(body).expect_err("refused");
        assert_eq!(
            (error.path(), error.message()),
            ("messages[1].org_id", "expected a string, found 5")
        );
    }

    #[test]
    fn the_three_send_message_shapes() {
        let cases = [
            (r#"{"12042354354XXX@g.us": "f7ab"}"#, false),
            (r#"{"queue_id": "q", "queue_position": 1}"#, true),
            (
                r#"{"queue_id": "q", "queue_position": "1", "unique_id": "u", "hint": "h"}"#,
                true,
            ),
        ];
        for (body, queued) in cases {
            let read: SendMessageResponse =
                crate::from_str(body).unwrap_or_else(|e| panic!("{body}: {e}"));
            assert_eq!(
                matches!(read, SendMessageResponse::Queued(_)),
                queued,
                "{body}"
            );
            if let SendMessageResponse::Queued(queued) = &read {
                assert_eq!(queued.queue_position, Nullable::Value(1), "{body}");
            }
        }
        let error =
            crate::from_str::<SendMessageResponse>(r#"{"1@c.us": 5}"#).expect_err("not a string");
        assert_eq!(
            (error.path(), error.message()),
            ("[\"1@c.us\"]", "expected a string, found 5")
        );
    }
}
