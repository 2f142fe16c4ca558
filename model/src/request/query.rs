//! Query parameters of the list endpoints. Each is a struct that serialises to the query
//! string (with `serde_urlencoded`, or an HTTP client's `query`), absent fields left out.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Nullable;
use crate::lenient::BoundedInput;

/// The page of a list: `GET /contacts`, `/tickets`, `/chats/{chat_id}/messages`,
/// `/chats/{chat_id}/notifications`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PageQuery {
    /// Where the page starts. The API's own descriptions disagree on whether the first item is 0 or
    /// 1.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<BoundedInput<0, { i64::MAX }>>")]
    pub offset: Nullable<i64>,

    /// How many items, at most 2000 (2000 by default).
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<BoundedInput<0, 2000>>")]
    pub limit: Nullable<i64>,
}

/// A page of a list, within a time range: `GET /chats/messages`, `/chats/notifications`,
/// `/chats/{chat_id}/notes`, `/note`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TimeRangeQuery {
    /// Where the page starts. The API's own descriptions disagree on whether the first item is 0 or
    /// 1.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<BoundedInput<0, { i64::MAX }>>")]
    pub offset: Nullable<i64>,

    /// How many items, at most 2000 (2000 by default).
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<BoundedInput<0, 2000>>")]
    pub limit: Nullable<i64>,

    /// Only items from this time on: a date (`2025-04-25`) or an ISO 8601 time.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub start_time: Nullable<String>,

    /// Only items up to this time: a date or an ISO 8601 time.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub end_time: Nullable<String>,
}

/// `GET /chats`: a page of chats, filtered.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ChatsQuery {
    /// Where the page starts. The API's own descriptions disagree on whether the first item is 0 or
    /// 1.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<BoundedInput<0, { i64::MAX }>>")]
    pub offset: Nullable<i64>,

    /// How many items, at most 2000 (2000 by default).
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<BoundedInput<0, 2000>>")]
    pub limit: Nullable<i64>,

    /// Only items from this time on: a date (`2025-04-25`) or an ISO 8601 time.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub start_time: Nullable<String>,

    /// Only items up to this time: a date or an ISO 8601 time.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub end_time: Nullable<String>,

    /// Only chats of this type: `user`, `group` or `business`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chat_type: Nullable<String>,

    /// Only chats with this label: a label name or a `label-…` id.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub label: Nullable<String>,
}

/// `GET /reactions`: a page of reactions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ReactionsQuery {
    /// Only the reactions in this chat.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chat_id: Nullable<String>,

    /// Only the reactions to this message.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message_id: Nullable<String>,

    /// Where the page starts. The API's own descriptions disagree on whether the first item is 0 or
    /// 1.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<BoundedInput<0, { i64::MAX }>>")]
    pub offset: Nullable<i64>,

    /// How many items, at most 2000 (2000 by default).
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<BoundedInput<0, 2000>>")]
    pub limit: Nullable<i64>,

    /// Only items from this time on: a date (`2025-04-25`) or an ISO 8601 time.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub start_time: Nullable<String>,

    /// Only items up to this time: a date or an ISO 8601 time.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub end_time: Nullable<String>,
}

/// `GET /knowledge-base`: a page of the knowledge base.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct KnowledgeBaseQuery {
    /// Where the page starts. The API's own descriptions disagree on whether the first item is 0 or
    /// 1.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<BoundedInput<0, { i64::MAX }>>")]
    pub offset: Nullable<i64>,

    /// How many items, at most 2000 (2000 by default).
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<BoundedInput<0, 2000>>")]
    pub limit: Nullable<i64>,

    /// Only entries of this type: `faq` or `document`.
    #[serde(rename = "type", default, skip_serializing_if = "Nullable::is_absent")]
    pub entry_type: Nullable<String>,
}

/// `GET /webhooks`: the subscriptions, filtered.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct WebhooksQuery {
    /// Only subscriptions to this event.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub integration_name: Nullable<String>,

    /// Only integrations of this kind, such as `api`.
    #[serde(rename = "type", default, skip_serializing_if = "Nullable::is_absent")]
    pub integration_kind: Nullable<String>,

    /// Only active (`true`) or paused (`false`) subscriptions.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_subscribed: Nullable<String>,

    /// Only this integration.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub integration_id: Nullable<String>,

    /// Only subscriptions posting to this URL.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub hook_url: Nullable<String>,
}

/// `GET /queue/jobs`: the jobs of the phone's queue, filtered.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct QueueJobsQuery {
    /// Only this job.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub queue_id: Nullable<String>,

    /// Only the jobs of this broadcast.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub broadcast_id: Nullable<String>,
}

/// `GET /queue/broadcast`: which broadcast.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BroadcastStatusQuery {
    /// The broadcast.
    pub broadcast_id: String,
}

impl BroadcastStatusQuery {
    /// A `BroadcastStatusQuery` with its required fields and every other field absent, so that
    /// struct update syntax fills in the rest.
    pub fn new(broadcast_id: impl Into<String>) -> Self {
        Self {
            broadcast_id: broadcast_id.into(),
        }
    }
}
