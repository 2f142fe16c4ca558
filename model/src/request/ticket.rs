//! Request bodies of the ticket endpoints.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{ChatId, MessageId, Nullable, TicketStatus};

/// `POST /tickets/create`: opens a ticket on a chat.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CreateTicketRequest {
    /// The chat: a JID, with `@c.us` optional for a 1:1 chat.
    pub chat_id: ChatId,

    /// Subject of the ticket.
    pub subject: String,

    /// E-mail of the organisation user to assign it to.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub assignee: Nullable<String>,

    /// The message the ticket is about.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub quoted_message_id: Nullable<MessageId>,

    /// Due date, passed on as sent: `2025-04-09 18:29:59+00` or `2025-04-20`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub due_date: Nullable<String>,

    /// Priority: 1 low, 2 medium, 3 high, 4 urgent (0 for none); another value is refused.
    /// Written as a number; also read from a numeric string.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "super::priority::nullable_priority"
    )]
    #[schemars(with = "Nullable<super::priority::PriorityInput>")]
    pub priority: Nullable<i64>,

    /// Status; the API opens tickets as `open` unless told otherwise.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub status: Nullable<TicketStatus>,

    /// Ticket labels as one comma-separated string.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub labels: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl CreateTicketRequest {
    /// A `CreateTicketRequest` with its required fields and every other field absent, so that
    /// struct update syntax fills in the rest.
    pub fn new(chat_id: impl Into<ChatId>, subject: impl Into<String>) -> Self {
        Self {
            chat_id: chat_id.into(),
            subject: subject.into(),
            assignee: Nullable::Absent,
            quoted_message_id: Nullable::Absent,
            due_date: Nullable::Absent,
            priority: Nullable::Absent,
            status: Nullable::Absent,
            labels: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// `PATCH /tickets/{ticket_id}`: changes a ticket.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UpdateTicketRequest {
    /// E-mail of the organisation user to assign it to.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub assignee: Nullable<String>,

    /// Due date: text the API can read as a date; `null` clears it.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub due_date: Nullable<String>,

    /// Ticket labels as one comma-separated string.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub labels: Nullable<String>,

    /// Priority as a numeric string, `"1"` to `"4"` (`"0"` for none); another value is refused.
    /// Also read from a number.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "super::priority::nullable_priority_text"
    )]
    #[schemars(with = "Nullable<super::priority::PriorityTextInput>")]
    pub priority: Nullable<String>,

    /// New status. Examples send `""`, kept as an unknown status.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub status: Nullable<TicketStatus>,

    /// New subject.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub subject: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}
