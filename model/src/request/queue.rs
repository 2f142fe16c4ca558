//! Request bodies of the queue endpoints.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::Nullable;

use super::OneOrMany;

/// `DELETE /queue/purge` (deprecated for [`PurgeMessageQueuesRequest`]): removes queued jobs; with
/// neither field, every queued job.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PurgeQueueRequest {
    /// One queue id or several. Also read under `queue_ids`.
    #[serde(
        alias = "queue_ids",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    #[schemars(extend("x-aliases" = ["queue_ids"]))]
    pub queue_id: Nullable<OneOrMany<String>>,

    /// Removes the jobs of this broadcast.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub broadcast_id: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// `POST /message/queues/purge`: removes queued jobs; with neither field, every job of every queue.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PurgeMessageQueuesRequest {
    /// The queues to purge.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub queue_ids: Nullable<Vec<String>>,

    /// Removes the jobs of this broadcast.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub broadcast_id: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}
