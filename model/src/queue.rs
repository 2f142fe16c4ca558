//! A phone's send queue: its counts, its jobs, and what a purge removed.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::lenient::IntegerInput;
use crate::{ChatId, Nullable};

/// Get queue status (deprecated for [`QueueHealth`]): the phone's job counts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PhoneQueueStatus {
    /// Jobs being sent.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub active: Nullable<i64>,

    /// Jobs that failed.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub failed: Nullable<i64>,

    /// Jobs done.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub completed: Nullable<i64>,

    /// Jobs waiting.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub pending: Nullable<i64>,

    /// Whether the queue is running.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_running: Nullable<bool>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// A job of a phone's send queue. Its keys are camelCase.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct QueueJob {
    /// Id of the job.
    pub id: String,

    /// WhatsApp id of the message (40 hex digits).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message_id: Nullable<String>,

    /// Its state, such as `completed`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub status: Nullable<String>,

    /// What the job sends.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub data: Nullable<QueueJobData>,

    /// The errors of failed attempts.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub stacktrace: Nullable<Vec<String>>,

    /// When it was queued, in epoch milliseconds.
    #[serde(
        rename = "addedTimestamp",
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub added_timestamp: Nullable<i64>,

    /// When it was started, in epoch milliseconds.
    #[serde(
        rename = "processedTimestamp",
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub processed_timestamp: Nullable<i64>,

    /// When it finished, in epoch milliseconds.
    #[serde(
        rename = "finishedTimestamp",
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub finished_timestamp: Nullable<i64>,

    /// Attempts made.
    #[serde(
        rename = "attemptsMade",
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub attempts_made: Nullable<i64>,

    /// Attempts started.
    #[serde(
        rename = "attemptsStarted",
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub attempts_started: Nullable<i64>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl QueueJob {
    /// A `QueueJob` with its required fields and every other field absent, so that struct update
    /// syntax fills in the rest.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            message_id: Nullable::Absent,
            status: Nullable::Absent,
            data: Nullable::Absent,
            stacktrace: Nullable::Absent,
            added_timestamp: Nullable::Absent,
            processed_timestamp: Nullable::Absent,
            finished_timestamp: Nullable::Absent,
            attempts_made: Nullable::Absent,
            attempts_started: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// What a queued job sends.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct QueueJobData {
    /// The text.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub body: Nullable<String>,

    /// The chat.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chat_id: Nullable<ChatId>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// Get queue jobs: an array of [`QueueJob`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct QueueJobList(pub Vec<QueueJob>);

/// Get queue health: the phone's job counts by state.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct QueueHealth {
    /// Jobs waiting.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub waiting: Nullable<i64>,

    /// Jobs being sent.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub active: Nullable<i64>,

    /// Jobs done.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub completed: Nullable<i64>,

    /// Jobs that failed.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub failed: Nullable<i64>,

    /// Jobs delayed.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub delayed: Nullable<i64>,

    /// Jobs paused.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub paused: Nullable<i64>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// Purge queue jobs: what was removed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PurgeResult {
    /// Whether jobs were removed.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub purged: Nullable<bool>,

    /// What was purged: `all`, `queue_ids` or `broadcast`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub mode: Nullable<String>,

    /// The queues purged.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub queue_ids: Nullable<Vec<String>>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}
