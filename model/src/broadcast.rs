//! Broadcasts: one message sent to many chats, and how far it got.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::lenient::{FloatInput, IntegerInput};
use crate::{Nullable, OrgId, Timestamp};

/// Broadcast a message: `{broadcast_id}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BroadcastResponse {
    /// Id of the broadcast, for its status and to cancel it.
    pub broadcast_id: String,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl BroadcastResponse {
    /// A `BroadcastResponse` with its required fields and every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(broadcast_id: impl Into<String>) -> Self {
        Self {
            broadcast_id: broadcast_id.into(),
            extra: Map::new(),
        }
    }
}

/// Get broadcast status: how many chats got the message.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BroadcastStatus {
    /// The broadcast.
    pub broadcast_id: String,

    /// The organisation.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub org_id: Nullable<OrgId>,

    /// What is sent (JSON), such as `{body, message_type, performed_by}`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message_payload: Nullable<Value>,

    /// When the broadcast was made.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub created_at: Nullable<Timestamp>,

    /// Chats to send to.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub total_chats: Nullable<i64>,

    /// Chats sent to.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub sent_chats: Nullable<i64>,

    /// Chats that failed.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub failed_chats: Nullable<i64>,

    /// Chats still to send to.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub pending_chats: Nullable<i64>,

    /// Recipients in all (group members counted).
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub total_member_count: Nullable<i64>,

    /// Recipients the message reached.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub total_delivered_count: Nullable<i64>,

    /// Recipients who read it.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub total_read_count: Nullable<i64>,

    /// Who sent the broadcast.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub performed_by: Nullable<String>,

    /// When it was sent.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub performed_at: Nullable<Timestamp>,

    /// When it was scheduled for.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub scheduled_at: Nullable<Timestamp>,

    /// Its state, such as `inprogress`, `completed`, `stopped` or `expired`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub broadcast_status: Nullable<String>,

    /// Share of recipients reached, in percent.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_float",
        serialize_with = "crate::lenient::write_nullable_float"
    )]
    #[schemars(with = "Nullable<FloatInput>")]
    pub delivered_percentage: Nullable<f64>,

    /// Share of recipients who read it, in percent.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_float",
        serialize_with = "crate::lenient::write_nullable_float"
    )]
    #[schemars(with = "Nullable<FloatInput>")]
    pub read_percentage: Nullable<f64>,

    /// What happened, line by line.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub logs: Nullable<Vec<String>>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl BroadcastStatus {
    /// A `BroadcastStatus` with its required fields and every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(broadcast_id: impl Into<String>) -> Self {
        Self {
            broadcast_id: broadcast_id.into(),
            org_id: Nullable::Absent,
            message_payload: Nullable::Absent,
            created_at: Nullable::Absent,
            total_chats: Nullable::Absent,
            sent_chats: Nullable::Absent,
            failed_chats: Nullable::Absent,
            pending_chats: Nullable::Absent,
            total_member_count: Nullable::Absent,
            total_delivered_count: Nullable::Absent,
            total_read_count: Nullable::Absent,
            performed_by: Nullable::Absent,
            performed_at: Nullable::Absent,
            scheduled_at: Nullable::Absent,
            broadcast_status: Nullable::Absent,
            delivered_percentage: Nullable::Absent,
            read_percentage: Nullable::Absent,
            logs: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// Cancel a broadcast: `{broadcast_id, status}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CancelBroadcastResponse {
    /// The broadcast.
    pub broadcast_id: String,

    /// What became of it: `deleted` (not started) or `stopped`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub status: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl CancelBroadcastResponse {
    /// A `CancelBroadcastResponse` with its required fields and every other field absent, so that
    /// struct update syntax fills in the rest.
    pub fn new(broadcast_id: impl Into<String>) -> Self {
        Self {
            broadcast_id: broadcast_id.into(),
            status: Nullable::Absent,
            extra: Map::new(),
        }
    }
}
