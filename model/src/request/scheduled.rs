//! Request bodies of the scheduled-message endpoints.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{ChatId, Nullable, RepeatConfig};

use super::MediaAttachment;

/// `POST /message/scheduled`: schedules a message, once or repeating.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CreateScheduledMessageRequest {
    /// The chat.
    pub chat_id: ChatId,

    /// When to send it first, in ISO 8601 (`2026-02-01T09:00:00Z`).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub scheduled_at: Nullable<String>,

    /// Text, or the caption of the media.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message: Nullable<String>,

    /// A file to send.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub media: Nullable<MediaAttachment>,

    /// Whether the message repeats.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_repeat: Nullable<bool>,

    /// How it repeats.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub repeat_config: Nullable<RepeatConfig>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl CreateScheduledMessageRequest {
    /// A `CreateScheduledMessageRequest` with its required fields and every other field absent, so
    /// that struct update syntax fills in the rest.
    pub fn new(chat_id: impl Into<ChatId>) -> Self {
        Self {
            chat_id: chat_id.into(),
            scheduled_at: Nullable::Absent,
            message: Nullable::Absent,
            media: Nullable::Absent,
            is_repeat: Nullable::Absent,
            repeat_config: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// `PATCH /message/scheduled/{scheduled_id}`: changes a scheduled message that has not completed.
/// Fields the docs name but do not spell (pausing) are kept in `extra`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UpdateScheduledMessageRequest {
    /// The next run, in ISO 8601.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub scheduled_at: Nullable<String>,

    /// Text, or the caption of the media.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message: Nullable<String>,

    /// A file to send.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub media: Nullable<MediaAttachment>,

    /// Whether the message repeats.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_repeat: Nullable<bool>,

    /// How it repeats.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub repeat_config: Nullable<RepeatConfig>,

    /// Skips the next run.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub skip_next: Nullable<bool>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}
