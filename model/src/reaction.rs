//! The Reaction object: an emoji reaction to a message.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::lenient::IntegerInput;
use crate::{Ack, ChatId, ContactId, MessageId, MessageKey, Nullable, OrgId, Timestamp};

/// An emoji reaction to a message (`tbl_chat_reactions`), as the reaction object page,
/// get-reactions, `reaction.*` webhooks and get-message's `reactions` send it.
///
/// Required: `org_id`, `message_id`, `reaction_id`, `sender_id` and `org_phone` (never null in
/// Periskope's types). `unique_id` is the id of the message reacted to, not of the reaction.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Reaction {
    /// Unique identifier of the organisation.
    pub org_id: OrgId,

    /// Chat or group where the reaction happened.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chat_id: Nullable<ChatId>,

    /// Serialized id of the message reacted to.
    pub message_id: MessageId,

    /// Serialized id of the reaction itself.
    pub reaction_id: MessageId,

    /// WhatsApp key of the reaction.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<MessageKey>,

    /// WhatsApp key of the message reacted to.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub msg_id: Nullable<MessageKey>,

    /// Delivery acknowledgement of the reaction, such as `"0"`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub ack: Nullable<Ack>,

    /// Non-zero when the message reacted to no longer exists. Documented as the string `"0"`,
    /// a number in Periskope's types; written as an integer.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub orphan: Nullable<i64>,

    /// Why the reaction is orphaned.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub orphan_reason: Nullable<String>,

    /// The emoji, such as `"👍"`; empty when a reaction is removed.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub reaction: Nullable<String>,

    /// Whether the recipient has seen the reaction.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub read: Nullable<bool>,

    /// WhatsApp id of the person who reacted.
    pub sender_id: ContactId,

    /// WhatsApp id of the organisation's phone.
    pub org_phone: ContactId,

    /// When the reaction was made.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub timestamp: Nullable<Timestamp>,

    /// WhatsApp id of the message reacted to (its `id.id`).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub unique_id: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl Reaction {
    /// A reaction with its required fields and every other field absent, so that struct update
    /// syntax fills in the rest.
    pub fn new(
        org_id: impl Into<OrgId>,
        message_id: impl Into<MessageId>,
        reaction_id: impl Into<MessageId>,
        sender_id: impl Into<ContactId>,
        org_phone: impl Into<ContactId>,
    ) -> Self {
        Self {
            org_id: org_id.into(),
            chat_id: Nullable::Absent,
            message_id: message_id.into(),
            reaction_id: reaction_id.into(),
            id: Nullable::Absent,
            msg_id: Nullable::Absent,
            ack: Nullable::Absent,
            orphan: Nullable::Absent,
            orphan_reason: Nullable::Absent,
            reaction: Nullable::Absent,
            read: Nullable::Absent,
            sender_id: sender_id.into(),
            org_phone: org_phone.into(),
            timestamp: Nullable::Absent,
            unique_id: Nullable::Absent,
            extra: Map::new(),
        }
    }
}
