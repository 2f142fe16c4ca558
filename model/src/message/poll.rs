//! A poll carried by a message.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::Nullable;

/// The definition of a poll (a message's `poll_info`; the send request uses the same shape).
///
/// Its keys are camelCase inside the snake_case message, as Periskope sends them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PollInfo {
    /// The poll question.
    #[serde(
        rename = "pollName",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub poll_name: Nullable<String>,

    /// The options to vote for.
    #[serde(
        rename = "pollOptions",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub poll_options: Nullable<Vec<String>>,

    /// Extra settings of the poll.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub options: Nullable<PollOptions>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// Extra settings of a poll.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PollOptions {
    /// Whether a voter may choose more than one option.
    #[serde(
        rename = "allowMultipleAnswers",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub allow_multiple_answers: Nullable<bool>,

    /// Caller-chosen poll id, reusable across chats, such as `random-id-12345`.
    #[serde(
        rename = "pollId",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub poll_id: Nullable<String>,

    /// WhatsApp's poll secret as bytes.
    #[serde(
        rename = "messageSecret",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub message_secret: Nullable<Vec<u8>>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}
