//! A poll carried by a message.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::Nullable;
use crate::lenient::IntegerInput;

/// The definition of a poll (a message's `poll_info`; the send request uses the same shape).
///
/// Its keys are camelCase inside the snake_case message, as Periskope sends them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PollInfo {
    /// The poll question.
    #[serde(
        rename = "pollName",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub poll_name: Nullable<String>,

    /// The options to vote for: names (the send request's shape) or whatsapp-web.js's
    /// `{name, localId}` objects.
    #[serde(
        rename = "pollOptions",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub poll_options: Nullable<Vec<PollChoice>>,

    /// Extra settings of the poll.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub options: Nullable<PollOptions>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// One option of a poll: its name, or an option object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum PollChoice {
    /// The option's name, as the send request gives it.
    Name(String),
    /// An option object `{name, localId}`, as whatsapp-web.js gives it.
    Option(PollOption),
}

impl PollChoice {
    /// The option's name: the string itself, or the object's `name`.
    pub fn name(&self) -> Option<&str> {
        match self {
            Self::Name(name) => Some(name),
            Self::Option(option) => option.name.as_deref(),
        }
    }
}

/// A poll option object, such as `{"name": "Yes", "localId": 0}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PollOption {
    /// The option's name, such as `Yes`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name: Nullable<String>,

    /// The option's index in the poll, such as `0`.
    #[serde(
        rename = "localId",
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub local_id: Nullable<i64>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// Extra settings of a poll.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
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
