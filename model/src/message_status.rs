//! Where a sent message is: the message-status and send-sync answers.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::lenient::IntegerInput;
use crate::{Ack, ChatId, Message, MessageId, Nullable, Timestamp};

/// Get message status: a message from its queueing to its reading.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MessageStatus {
    /// The send's unique id, as the send answer gave it.
    pub unique_id: String,

    /// The queued send.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub queue_id: Nullable<String>,

    /// The message, once sent.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message_id: Nullable<MessageId>,

    /// The chat.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chat_id: Nullable<ChatId>,

    /// Who sent it.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub performed_by: Nullable<String>,

    /// Its state in words, such as `read`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub status: Nullable<String>,

    /// Its state, explained.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub status_description: Nullable<String>,

    /// Its delivery state as a number (4: played).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub ack: Nullable<Ack>,

    /// What was sent.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message: Nullable<MessageStatusContent>,

    /// When each step happened.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub timeline: Nullable<MessageTimeline>,

    /// How many times sending was tried.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub attempts: Nullable<i64>,

    /// Recipients it reached.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub delivered_count: Nullable<i64>,

    /// Recipients who read it.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub read_count: Nullable<i64>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl MessageStatus {
    /// A `MessageStatus` with its required fields and every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(unique_id: impl Into<String>) -> Self {
        Self {
            unique_id: unique_id.into(),
            queue_id: Nullable::Absent,
            message_id: Nullable::Absent,
            chat_id: Nullable::Absent,
            performed_by: Nullable::Absent,
            status: Nullable::Absent,
            status_description: Nullable::Absent,
            ack: Nullable::Absent,
            message: Nullable::Absent,
            timeline: Nullable::Absent,
            attempts: Nullable::Absent,
            delivered_count: Nullable::Absent,
            read_count: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// What a message whose status is asked for contains.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MessageStatusContent {
    /// Its text.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub body: Nullable<String>,

    /// Its type, such as `chat`.
    #[serde(rename = "type", default, skip_serializing_if = "Nullable::is_absent")]
    pub message_type: Nullable<String>,

    /// The message it quotes.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub quoted_message_id: Nullable<MessageId>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// When each step of a send happened.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MessageTimeline {
    /// When it was queued.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub queued_at: Nullable<Timestamp>,

    /// When it was sent.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub sent_at: Nullable<Timestamp>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// Send a message and wait: `{status, unique_id, message}`, once it is sent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SendMessageSyncResponse {
    /// The message sent.
    pub message: Message,

    /// Its state, `sent`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub status: Nullable<String>,

    /// The send's unique id.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub unique_id: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl SendMessageSyncResponse {
    /// A `SendMessageSyncResponse` with its required fields and every other field absent, so that
    /// struct update syntax fills in the rest.
    pub fn new(message: impl Into<Message>) -> Self {
        Self {
            message: message.into(),
            status: Nullable::Absent,
            unique_id: Nullable::Absent,
            extra: Map::new(),
        }
    }
}
