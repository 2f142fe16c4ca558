//! Request bodies of the message endpoints: send, broadcast, edit, forward, react and pin.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use std::collections::BTreeMap;

use crate::lenient::IntegerInput;
use crate::{ChatId, MessageId, Nullable};

use super::ChatIdListInput;

/// `POST /message/send` (and `POST /message/send-sync`, [`SendMessageSyncRequest`]): sends a
/// message to a chat.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SendMessageRequest {
    /// The chat: `…@g.us` for a group, `…@c.us` (or bare digits) for a 1:1 chat.
    pub chat_id: ChatId,

    /// Text, or the caption of the media, with WhatsApp formatting.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message: Nullable<String>,

    /// A file to send.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub media: Nullable<MediaAttachment>,

    /// The full serialized id of the message to quote.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub reply_to: Nullable<MessageId>,

    /// A poll to send.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub poll: Nullable<PollRequest>,

    /// Sending options.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub options: Nullable<SendOptions>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl SendMessageRequest {
    /// A `SendMessageRequest` with its required fields and every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(chat_id: impl Into<ChatId>) -> Self {
        Self {
            chat_id: chat_id.into(),
            message: Nullable::Absent,
            media: Nullable::Absent,
            reply_to: Nullable::Absent,
            poll: Nullable::Absent,
            options: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// `POST /message/send-sync`: the body of [`SendMessageRequest`]; the answer comes once the
/// message is sent.
pub type SendMessageSyncRequest = SendMessageRequest;

/// A file sent with a message or a note.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MediaAttachment {
    /// What the file is: `document`, `image`, `video` or `audio`.
    #[serde(rename = "type")]
    pub attachment_type: AttachmentType,

    /// Public URL of the file; give this or `filedata`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub url: Nullable<String>,

    /// The file's bytes in base64 (a `data:` URL is passed on as sent).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub filedata: Nullable<String>,

    /// File name shown to the recipient.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub filename: Nullable<String>,

    /// MIME type, such as `image/png`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub mimetype: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl MediaAttachment {
    /// A `MediaAttachment` with its required fields and every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(attachment_type: impl Into<AttachmentType>) -> Self {
        Self {
            attachment_type: attachment_type.into(),
            url: Nullable::Absent,
            filedata: Nullable::Absent,
            filename: Nullable::Absent,
            mimetype: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// What an attached file is.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(from = "crate::open_enum::EnumText<Self>")]
#[non_exhaustive]
pub enum AttachmentType {
    /// `document`.
    #[serde(rename = "document")]
    Document,
    /// `image`.
    #[serde(rename = "image")]
    Image,
    /// `video`.
    #[serde(rename = "video")]
    Video,
    /// `audio`.
    #[serde(rename = "audio")]
    Audio,
    /// A value this crate does not know, kept verbatim.
    #[serde(untagged)]
    Unknown(String),
}

open_enum_impls!(AttachmentType {
    Document = "document",
    Image = "image",
    Video = "video",
    Audio = "audio",
});

/// A poll to send.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PollRequest {
    /// The question.
    #[serde(
        rename = "pollName",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub poll_name: Nullable<String>,

    /// The answers to choose from.
    #[serde(
        rename = "pollOptions",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub poll_options: Nullable<Vec<String>>,

    /// Poll options.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub options: Nullable<PollRequestOptions>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// Options of a poll to send.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PollRequestOptions {
    /// Whether more than one answer may be chosen.
    #[serde(
        rename = "allowMultipleAnswers",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub allow_multiple_answers: Nullable<bool>,

    /// An id of your choice, to send one poll to several chats and count the votes together.
    #[serde(
        rename = "pollId",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub poll_id: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// Options of a message to send.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SendOptions {
    /// Turns off the preview of links in the text.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub hide_url_preview: Nullable<bool>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// `POST /message/broadcast`: sends one message to many chats.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BroadcastMessageRequest {
    /// The chats to send to. Written as an array; also read from one comma-separated string (older
    /// revisions) or from the singular key `chat_id`, which the `--strict` check reports.
    #[serde(alias = "chat_id", deserialize_with = "super::chat_id_list")]
    #[schemars(extend("x-aliases" = ["chat_id"]))]
    #[schemars(with = "ChatIdListInput")]
    pub chat_ids: Vec<ChatId>,

    /// Text, or the caption of the media; may use the `variables` placeholders.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message: Nullable<String>,

    /// When to send, in UTC ISO 8601 (`2025-02-06T11:21:00Z`), passed on as sent.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub scheduled_at: Nullable<String>,

    /// Seconds to wait between two chats (1 by default).
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub delay: Nullable<i64>,

    /// A file to send.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub media: Nullable<MediaAttachment>,

    /// A poll to send.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub poll: Nullable<PollRequest>,

    /// The message to quote.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub reply_to: Nullable<MessageId>,

    /// Template values for each recipient.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub variables: Nullable<Vec<BroadcastVariables>>,

    /// A label id whose chats receive the message (older revisions; ignored when `chat_ids` is
    /// given).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub label: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl BroadcastMessageRequest {
    /// A `BroadcastMessageRequest` with its required fields and every other field absent, so that
    /// struct update syntax fills in the rest.
    pub fn new(chat_ids: impl IntoIterator<Item = impl Into<ChatId>>) -> Self {
        Self {
            chat_ids: chat_ids.into_iter().map(Into::into).collect(),
            message: Nullable::Absent,
            scheduled_at: Nullable::Absent,
            delay: Nullable::Absent,
            media: Nullable::Absent,
            poll: Nullable::Absent,
            reply_to: Nullable::Absent,
            variables: Nullable::Absent,
            label: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// Template values for one broadcast recipient.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BroadcastVariables {
    /// The recipient.
    pub chat_id: ChatId,

    /// Placeholder name to value, such as `name` to `Asha`.
    pub values: BTreeMap<String, String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl BroadcastVariables {
    /// A `BroadcastVariables` with its required fields and every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(chat_id: impl Into<ChatId>, values: BTreeMap<String, String>) -> Self {
        Self {
            chat_id: chat_id.into(),
            values,
            extra: Map::new(),
        }
    }
}

/// `POST /message/{message_id}/edit`: changes the text (or caption) of a message sent less than 15
/// minutes ago.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct EditMessageRequest {
    /// The new text.
    pub edited_body: String,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl EditMessageRequest {
    /// A `EditMessageRequest` with its required fields and every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(edited_body: impl Into<String>) -> Self {
        Self {
            edited_body: edited_body.into(),
            extra: Map::new(),
        }
    }
}

/// `POST /message/{message_id}/forward`: forwards a message to other chats.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ForwardMessageRequest {
    /// The chats to forward to.
    pub forward_chat_ids: Vec<ChatId>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl ForwardMessageRequest {
    /// A `ForwardMessageRequest` with its required fields and every other field absent, so that
    /// struct update syntax fills in the rest.
    pub fn new(forward_chat_ids: impl IntoIterator<Item = impl Into<ChatId>>) -> Self {
        Self {
            forward_chat_ids: forward_chat_ids.into_iter().map(Into::into).collect(),
            extra: Map::new(),
        }
    }
}

/// `POST /message/{message_id}/react`: reacts to a message.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ReactToMessageRequest {
    /// One emoji, such as `😄`.
    pub reaction: String,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl ReactToMessageRequest {
    /// A `ReactToMessageRequest` with its required fields and every other field absent, so that
    /// struct update syntax fills in the rest.
    pub fn new(reaction: impl Into<String>) -> Self {
        Self {
            reaction: reaction.into(),
            extra: Map::new(),
        }
    }
}

/// `POST /message/{message_id}/pin`: pins or unpins a message.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PinMessageRequest {
    /// `true` pins the message, `false` unpins it.
    pub pin: bool,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl PinMessageRequest {
    /// A `PinMessageRequest` with its required fields and every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(pin: bool) -> Self {
        Self {
            pin,
            extra: Map::new(),
        }
    }
}
