//! Request body of the note endpoints.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{ChatId, Nullable};

use super::MediaAttachment;

/// `POST /note/create`: adds a private note to a chat.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CreateNoteRequest {
    /// The chat.
    pub chat_id: ChatId,

    /// Text of the note.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message: Nullable<String>,

    /// A file to attach.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub media: Nullable<MediaAttachment>,

    /// The note (or message) the note answers.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub reply_to: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl CreateNoteRequest {
    /// A `CreateNoteRequest` with its required fields and every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(chat_id: impl Into<ChatId>) -> Self {
        Self {
            chat_id: chat_id.into(),
            message: Nullable::Absent,
            media: Nullable::Absent,
            reply_to: Nullable::Absent,
            extra: Map::new(),
        }
    }
}
