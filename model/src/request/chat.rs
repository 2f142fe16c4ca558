//! Request bodies of the chat endpoints.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use std::collections::BTreeMap;

use crate::{ChatId, Nullable};

/// `PATCH /chats/{chat_id}`: changes a chat in Periskope. The API wants at least one field.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UpdateChatRequest {
    /// E-mail of the organisation user to assign it to.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub assigned_to: Nullable<String>,

    /// Custom property name or `property-…` id to its new value.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub custom_properties: Nullable<BTreeMap<String, String>>,

    /// Chat labels as one comma-separated string.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub labels: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// `PATCH /chats/labels`: sets the labels of several chats, replacing the labels they had.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UpdateChatLabelsRequest {
    /// The new labels, as one comma-separated string.
    pub labels: String,

    /// The chats to label.
    pub chat_ids: Vec<ChatId>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl UpdateChatLabelsRequest {
    /// A `UpdateChatLabelsRequest` with its required fields and every other field absent, so that
    /// struct update syntax fills in the rest.
    pub fn new(
        labels: impl Into<String>,
        chat_ids: impl IntoIterator<Item = impl Into<ChatId>>,
    ) -> Self {
        Self {
            labels: labels.into(),
            chat_ids: chat_ids.into_iter().map(Into::into).collect(),
            extra: Map::new(),
        }
    }
}

/// `PATCH /chats/access`: grants or removes members' access to chats.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OverrideChatAccessRequest {
    /// Member e-mail to whether they may see the chats.
    pub access: BTreeMap<String, bool>,

    /// The chats.
    pub chat_ids: Vec<ChatId>,

    /// `true` replaces the chats' whole access map, `false` merges into it.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub replace: Nullable<bool>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl OverrideChatAccessRequest {
    /// A `OverrideChatAccessRequest` with its required fields and every other field absent, so that
    /// struct update syntax fills in the rest.
    pub fn new(
        access: BTreeMap<String, bool>,
        chat_ids: impl IntoIterator<Item = impl Into<ChatId>>,
    ) -> Self {
        Self {
            access,
            chat_ids: chat_ids.into_iter().map(Into::into).collect(),
            replace: Nullable::Absent,
            extra: Map::new(),
        }
    }
}
