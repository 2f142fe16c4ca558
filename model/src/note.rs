//! The Note object: a private note added to a chat by the organisation.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{
    Ack, ChatId, ContactId, Loose, Media, MessageId, MessageType, Nullable, OrgId, Timestamp,
};

/// A private note (`tbl_chat_notes`), as the note object page, create-note and `note.created`
/// send it.
///
/// Required: `message_id`, `org_id`, `org_phone` and `is_private_note` (never null in
/// Periskope's types). The note endpoints return message objects, so message fields this type
/// does not have are kept in [`Note::extra`]; [`crate::Message`] reads a note too.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Note {
    /// Unique id of the note, such as `true_2634e275-ac58-4c85-892d-83882810fc1c_api`.
    pub message_id: MessageId,

    /// Unique identifier of the organisation.
    pub org_id: OrgId,

    /// WhatsApp id of the organisation's phone.
    pub org_phone: ContactId,

    /// Always `true` for a note.
    pub is_private_note: bool,

    /// Chat the note was added to.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chat_id: Nullable<ChatId>,

    /// Text of the note.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub body: Nullable<String>,

    /// Whether a user of the organisation created the note.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub from_me: Nullable<bool>,

    /// `true` when the note was deleted, otherwise `null`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_deleted: Nullable<bool>,

    /// Text before the last edit.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub prev_body: Nullable<String>,

    /// Id of the message or note this note replies to: a UUID (a `unique_id`), not a serialized
    /// message id.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub quoted_message_id: Nullable<String>,

    /// Organisation phone that added the note.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub sender_phone: Nullable<String>,

    /// Id of the created note (the same as `unique_id`).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub sent_message_id: Nullable<String>,

    /// E-mail of the user who created the note, or `api`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub performed_by: Nullable<String>,

    /// When the note was created.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub timestamp: Nullable<Timestamp>,

    /// When the note was last updated.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub updated_at: Nullable<Timestamp>,

    /// Unique id of the note (a UUID).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub unique_id: Nullable<String>,

    /// Users mentioned in the note, as `@<email>` (not WhatsApp ids).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub mentioned_ids: Nullable<Vec<String>>,

    /// Attached media: `{path, filename, mimetype}`, or the `{filename, mimetype, filedata}` echo
    /// of a create request; read as [`Media`] when it has that shape, kept verbatim otherwise.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub media: Nullable<Loose<Media>>,

    /// Delivery acknowledgement (undocumented for notes; `"3"` in the examples).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub ack: Nullable<Ack>,

    /// Message type (undocumented for notes; `chat` even with audio media).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message_type: Nullable<MessageType>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl Note {
    /// A private note (`is_private_note: true`) with its required fields and every other field
    /// absent, so that struct update syntax fills in the rest.
    pub fn new(
        message_id: impl Into<MessageId>,
        org_id: impl Into<OrgId>,
        org_phone: impl Into<ContactId>,
    ) -> Self {
        Self {
            message_id: message_id.into(),
            org_id: org_id.into(),
            org_phone: org_phone.into(),
            is_private_note: true,
            chat_id: Nullable::Absent,
            body: Nullable::Absent,
            from_me: Nullable::Absent,
            is_deleted: Nullable::Absent,
            prev_body: Nullable::Absent,
            quoted_message_id: Nullable::Absent,
            sender_phone: Nullable::Absent,
            sent_message_id: Nullable::Absent,
            performed_by: Nullable::Absent,
            timestamp: Nullable::Absent,
            updated_at: Nullable::Absent,
            unique_id: Nullable::Absent,
            mentioned_ids: Nullable::Absent,
            media: Nullable::Absent,
            ack: Nullable::Absent,
            message_type: Nullable::Absent,
            extra: Map::new(),
        }
    }
}
