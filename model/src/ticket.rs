//! The Ticket object (the ticket row and the ticket-info shape) and the ticket-info payload that
//! `ticket.*` webhooks, get-ticket-by-id and update-ticket send.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, IntoDeserializer, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::chat::split_labels;
use crate::lenient::{FloatInput, IntegerInput};
use crate::{Chat, ChatId, LabelId, Message, MessageId, Nullable, OrgId, TicketId, Timestamp};

/// A support ticket (`tbl_chat_tickets`).
///
/// It has two documented shapes, both read by this type. The row shape (get-tickets) has
/// `chat_id`, `last_updated_at`, `labels`, `label_ids`, `custom_properties` and the
/// `*_metadata` maps. The info shape (inside [`TicketInfo`]) has `ticket_labels` and
/// `ticket_custom_properties` instead. Required: `ticket_id` and `org_id`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Ticket {
    /// Ticket id, such as `BKT-001`.
    pub ticket_id: TicketId,

    /// Unique identifier of the organisation.
    pub org_id: OrgId,

    /// Chat the ticket belongs to (row shape).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chat_id: Nullable<ChatId>,

    /// Status, such as `open` or `inprogress`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub status: Nullable<TicketStatus>,

    /// Subject of the ticket.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub subject: Nullable<String>,

    /// E-mail of the organisation user the ticket is assigned to.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub assignee: Nullable<String>,

    /// Who assigned the ticket.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub assigned_by: Nullable<String>,

    /// Who raised the ticket.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub raised_by: Nullable<String>,

    /// Priority: 1 low, 2 medium, 3 high, 4 urgent; 0 is seen too. Read from an integer or a
    /// numeric string (`"2"` in update requests), written as an integer.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub priority: Nullable<i64>,

    /// Due date: a timestamp, or text kept verbatim when it is not one (`"2025-04-20"`).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub due_date: Nullable<DueDate>,

    /// When the ticket was created.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub created_at: Nullable<Timestamp>,

    /// When the ticket was last updated (row shape).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub last_updated_at: Nullable<Timestamp>,

    /// When the ticket was closed.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub closed_at: Nullable<Timestamp>,

    /// WhatsApp id of the message the ticket was raised from: a bare key such as
    /// `3EB0DAB631F7E580EAAE0C`, not a serialized message id.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub quoted_message_id: Nullable<String>,

    /// Label names (row shape).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub labels: Nullable<Vec<String>>,

    /// Labels: label id to `true` (row shape).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub label_ids: Nullable<BTreeMap<LabelId, bool>>,

    /// Comma-separated labels, such as `"label1, label2"` (info shape); see
    /// [`Ticket::ticket_label_names`].
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub ticket_labels: Nullable<String>,

    /// Custom properties: name to value (row shape).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub custom_properties: Nullable<BTreeMap<String, Value>>,

    /// Custom properties: name to value (info shape).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub ticket_custom_properties: Nullable<BTreeMap<String, Value>>,

    /// Whether the ticket was deleted.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_deleted: Nullable<bool>,

    /// Response time (undocumented; a number in Periskope's types).
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_float",
        serialize_with = "crate::lenient::write_nullable_float"
    )]
    #[schemars(with = "Nullable<FloatInput>")]
    pub response_time: Nullable<f64>,

    /// How the ticket was closed (JSON; the types give `closed_by`, `closed_at`,
    /// `closed_message`, `send_reply_message_id` or anything).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub close_ticket_metadata: Nullable<Value>,

    /// Link to a Freshdesk ticket (JSON).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub freshdesk_metadata: Nullable<Value>,

    /// Link to a HubSpot ticket (JSON).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub hubspot_metadata: Nullable<Value>,

    /// Link to a Zoho Desk ticket (JSON).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub zohodesk_metadata: Nullable<Value>,

    /// When the ticket was first assigned.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub first_assigned_at: Nullable<Timestamp>,

    /// Who last updated the ticket.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub last_updated_by: Nullable<String>,

    /// Who closed the ticket (info shape).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub closed_by: Nullable<String>,

    /// Message sent when the ticket was closed (info shape).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub closed_message: Nullable<String>,

    /// The ticket's chat, when embedded (row shape).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chat: Nullable<Box<Chat>>,

    /// The message the ticket was raised from, when embedded (row shape).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub quoted_message: Nullable<Box<Message>>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl Ticket {
    /// A ticket with its required fields and every other field absent, so that struct update syntax
    /// fills in the rest.
    pub fn new(ticket_id: impl Into<TicketId>, org_id: impl Into<OrgId>) -> Self {
        Self {
            ticket_id: ticket_id.into(),
            org_id: org_id.into(),
            chat_id: Nullable::Absent,
            status: Nullable::Absent,
            subject: Nullable::Absent,
            assignee: Nullable::Absent,
            assigned_by: Nullable::Absent,
            raised_by: Nullable::Absent,
            priority: Nullable::Absent,
            due_date: Nullable::Absent,
            created_at: Nullable::Absent,
            last_updated_at: Nullable::Absent,
            closed_at: Nullable::Absent,
            quoted_message_id: Nullable::Absent,
            labels: Nullable::Absent,
            label_ids: Nullable::Absent,
            ticket_labels: Nullable::Absent,
            custom_properties: Nullable::Absent,
            ticket_custom_properties: Nullable::Absent,
            is_deleted: Nullable::Absent,
            response_time: Nullable::Absent,
            close_ticket_metadata: Nullable::Absent,
            freshdesk_metadata: Nullable::Absent,
            hubspot_metadata: Nullable::Absent,
            zohodesk_metadata: Nullable::Absent,
            first_assigned_at: Nullable::Absent,
            last_updated_by: Nullable::Absent,
            closed_by: Nullable::Absent,
            closed_message: Nullable::Absent,
            chat: Nullable::Absent,
            quoted_message: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

impl Ticket {
    /// The names in [`Ticket::ticket_labels`], split on `,` and trimmed.
    pub fn ticket_label_names(&self) -> impl Iterator<Item = &str> {
        split_labels(self.ticket_labels.as_deref().unwrap_or_default())
    }
}

/// What `ticket.created`, `ticket.updated` and `ticket.deleted` webhooks, get-ticket-by-id and
/// update-ticket send: the chat, the ticket (info shape) and the messages it concerns.
///
/// Required: `chat`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TicketInfo {
    /// The ticket's chat; its members carry `contact_labels`.
    pub chat: Box<Chat>,

    /// The message the ticket was raised on.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message: Nullable<TicketMessage>,

    /// The ticket.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub ticket: Nullable<Ticket>,

    /// Messages attached to the ticket.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub attached_messages: Nullable<Vec<TicketMessage>>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl TicketInfo {
    /// The ticket payload of a chat, with every other field absent, so that struct update syntax
    /// fills in the rest.
    pub fn new(chat: Chat) -> Self {
        Self {
            chat: Box::new(chat),
            message: Nullable::Absent,
            ticket: Nullable::Absent,
            attached_messages: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// A message as a ticket-info payload summarises it (`message` and `attached_messages`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TicketMessage {
    /// Text of the message.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub body: Nullable<String>,

    /// Chat of the message; it need not match the enclosing chat's id in the examples.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chat_id: Nullable<ChatId>,

    /// WhatsApp id of the organisation's phone.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub org_phone: Nullable<String>,

    /// When the message was sent.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub timestamp: Nullable<Timestamp>,

    /// Path of the message's media, such as `/path/to/media`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub media_path: Nullable<String>,

    /// Serialized id of the message.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message_id: Nullable<MessageId>,

    /// Name of the sender.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub sender_name: Nullable<String>,

    /// E-mail of the user who sent it.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub performed_by: Nullable<String>,

    /// Phone of the sender, as bare digits such as `91900438XXXX`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub sender_phone: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// Status of a ticket. Update requests may send `""`, kept in [`TicketStatus::Unknown`] like
/// any other value this crate does not know.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(from = "crate::open_enum::EnumText<Self>")]
#[non_exhaustive]
pub enum TicketStatus {
    /// `open`.
    #[serde(rename = "open")]
    Open,
    /// `inprogress`.
    #[serde(rename = "inprogress")]
    InProgress,
    /// `closed`.
    #[serde(rename = "closed")]
    Closed,
    /// `archived`.
    #[serde(rename = "archived")]
    Archived,
    /// A status this crate does not know, kept verbatim.
    #[serde(untagged)]
    Unknown(String),
}

open_enum_impls!(TicketStatus {
    Open = "open",
    InProgress = "inprogress",
    Closed = "closed",
    Archived = "archived",
});

/// A ticket's due date: a [`Timestamp`] when it reads as one, else the text as sent (a date
/// such as `"2025-04-20"`, or an impossible one such as `"2025-04-31"`), never an error.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DueDate {
    /// A timestamp (any form [`Timestamp`] reads).
    Time(Timestamp),
    /// Text that is not a timestamp, kept verbatim.
    Text(String),
}

impl DueDate {
    /// The timestamp, when the due date is one.
    pub fn timestamp(&self) -> Option<&Timestamp> {
        match self {
            Self::Time(time) => Some(time),
            Self::Text(_) => None,
        }
    }
}

impl Serialize for DueDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Time(time) => time.serialize(serializer),
            Self::Text(text) => serializer.serialize_str(text),
        }
    }
}

impl<'de> Deserialize<'de> for DueDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DueDateVisitor;

        impl Visitor<'_> for DueDateVisitor {
            type Value = DueDate;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a timestamp or a date")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<DueDate, E> {
                Ok(Timestamp::parse(text)
                    .map_or_else(|_| DueDate::Text(text.to_owned()), DueDate::Time))
            }

            fn visit_i64<E: de::Error>(self, value: i64) -> Result<DueDate, E> {
                Timestamp::deserialize(value.into_deserializer()).map(DueDate::Time)
            }

            fn visit_u64<E: de::Error>(self, value: u64) -> Result<DueDate, E> {
                Timestamp::deserialize(value.into_deserializer()).map(DueDate::Time)
            }

            fn visit_f64<E: de::Error>(self, value: f64) -> Result<DueDate, E> {
                Timestamp::deserialize(value.into_deserializer()).map(DueDate::Time)
            }
        }

        deserializer.deserialize_any(DueDateVisitor)
    }
}

impl JsonSchema for DueDate {
    fn schema_name() -> Cow<'static, str> {
        "DueDate".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let timestamp = generator.subschema_for::<Timestamp>();
        json_schema!({
            "description": "A due date: a timestamp, or any other text (such as the date `2025-04-20`), kept verbatim.",
            "anyOf": [timestamp, {"type": "string"}]
        })
    }
}
