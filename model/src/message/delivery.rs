//! Per-recipient delivery and read state of a message.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::lenient::IntegerInput;
use crate::{ContactId, Nullable};

/// Who a message was delivered to and read by, and when.
///
/// Times are epoch **milliseconds** (integers), such as `1737976082277`. They need not be
/// ordered: a read time can be earlier than the delivery time for the same recipient. For groups
/// the counts say more than the message's `ack`, which only summarises.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DeliveryInfo {
    /// Recipients the message was delivered to: WhatsApp id to epoch milliseconds.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub delivered: Nullable<BTreeMap<ContactId, i64>>,

    /// Recipients who read the message: WhatsApp id to epoch milliseconds.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub read: Nullable<BTreeMap<ContactId, i64>>,

    /// Recipients the message has not been delivered to yet.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub pending: Nullable<Vec<ContactId>>,

    /// Number of participants who received the message (newer payloads).
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<u64>>")]
    pub delivered_count: Nullable<u64>,

    /// Number of participants who read the message (newer payloads).
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<u64>>")]
    pub read_count: Nullable<u64>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}
