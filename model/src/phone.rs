//! The Phone object: an organisation's WhatsApp number connected to Periskope.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{ContactId, LabelId, Nullable, OrgId, PhoneId, Timestamp};

/// An organisation phone on Periskope: a WhatsApp account connected through WhatsApp Web.
///
/// Returned by get-phone and get-all-phones and carried by the `org.phone.*` webhooks. The
/// public object has the fields from `org_id` to `labels`; create-phone returns the full
/// database row, which adds the hosting fields at the end.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Phone {
    /// Unique identifier of the organisation that owns this WhatsApp phone (a UUID).
    pub org_id: OrgId,

    /// WhatsApp id of the phone, `{phone_number}@c.us`, such as `918527184400@c.us`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub org_phone: Nullable<ContactId>,

    /// When the phone was first created.
    pub created_at: Timestamp,

    /// When the phone was last updated.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub updated_at: Nullable<Timestamp>,

    /// Current connection state of the WhatsApp account, such as `CONNECTED`. It need not match
    /// the webhook event that carries it.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub wa_state: Nullable<WaState>,

    /// Unique identifier of this phone instance, such as `phone-bqzvyibhmwkaergr`; also accepted
    /// in the `x-phone` request header.
    pub phone_id: PhoneId,

    /// QR code string for WhatsApp Web authentication; `null` once the phone is connected.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub qr_code: Nullable<String>,

    /// URL of the WhatsApp profile image of this phone.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub phone_image: Nullable<String>,

    /// Display name configured for this WhatsApp account.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub phone_name: Nullable<String>,

    /// When the phone first connected to WhatsApp.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub first_connected_at: Nullable<Timestamp>,

    /// Whether the phone is fully set up and able to send and receive messages.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_ready: Nullable<bool>,

    /// Labels assigned to this phone: label id to `true`, such as
    /// `{"label-bflirzqiodgianfh": true}`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub label_ids: Nullable<BTreeMap<LabelId, bool>>,

    /// Names of the labels assigned to this phone, such as `["test1", "test2"]`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub labels: Nullable<Vec<String>>,

    /// Whether the phone's session on the server is open; if false, restart the phone with the
    /// restart-phone API. Documented on the newest object page; absent from the examples.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_browser_open: Nullable<bool>,

    /// WhatsApp version of the phone (get-phone and older object pages only).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub wa_version: Nullable<String>,

    /// Whether the phone uses a legacy WhatsApp version (get-phone only).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub legacy_version: Nullable<bool>,

    /// State of the phone on WhatsApp (undocumented JSON; the types describe
    /// `{loading, state, sync, percent, message?, error?}`).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub phone_state: Nullable<Value>,

    /// Send-queue status per queue (undocumented JSON; the types describe
    /// `{active, failed, completed, pending, is_running}` per key).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub queue_status: Nullable<Value>,

    /// Details of the last disconnection (undocumented JSON; full row only).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub last_disconnect: Nullable<Value>,

    /// WhatsApp library the phone's session runs on (undocumented; full row only).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub library: Nullable<String>,

    /// Server image the phone's session runs on (undocumented; full row only).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub server_image: Nullable<String>,

    /// IP address of the server hosting the session (undocumented; full row only).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub server_ip: Nullable<String>,

    /// Name of the server hosting the session (undocumented; full row only).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub server_name: Nullable<String>,

    /// Zone of the server hosting the session (undocumented; full row only).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub server_zone: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl Phone {
    /// A phone with its required fields and every other field absent, so that struct update syntax
    /// fills in the rest.
    pub fn new(
        org_id: impl Into<OrgId>,
        created_at: Timestamp,
        phone_id: impl Into<PhoneId>,
    ) -> Self {
        Self {
            org_id: org_id.into(),
            org_phone: Nullable::Absent,
            created_at,
            updated_at: Nullable::Absent,
            wa_state: Nullable::Absent,
            phone_id: phone_id.into(),
            qr_code: Nullable::Absent,
            phone_image: Nullable::Absent,
            phone_name: Nullable::Absent,
            first_connected_at: Nullable::Absent,
            is_ready: Nullable::Absent,
            label_ids: Nullable::Absent,
            labels: Nullable::Absent,
            is_browser_open: Nullable::Absent,
            wa_version: Nullable::Absent,
            legacy_version: Nullable::Absent,
            phone_state: Nullable::Absent,
            queue_status: Nullable::Absent,
            last_disconnect: Nullable::Absent,
            library: Nullable::Absent,
            server_image: Nullable::Absent,
            server_ip: Nullable::Absent,
            server_name: Nullable::Absent,
            server_zone: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// Connection state of a phone's WhatsApp account.
///
/// Periskope documents `CONNECTED` and `DISCONNECTED`; the other values are whatsapp-web.js
/// states. Any other value is kept in [`WaState::Unknown`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(from = "crate::open_enum::EnumText<Self>")]
#[non_exhaustive]
pub enum WaState {
    /// `CONNECTED`: the account is connected.
    #[serde(rename = "CONNECTED")]
    Connected,
    /// `DISCONNECTED`: the account is disconnected.
    #[serde(rename = "DISCONNECTED")]
    Disconnected,
    /// `CONFLICT`: WhatsApp Web is open elsewhere.
    #[serde(rename = "CONFLICT")]
    Conflict,
    /// `DEPRECATED_VERSION`: the WhatsApp Web version is too old.
    #[serde(rename = "DEPRECATED_VERSION")]
    DeprecatedVersion,
    /// `OPENING`: the session is starting.
    #[serde(rename = "OPENING")]
    Opening,
    /// `PAIRING`: the phone is being paired.
    #[serde(rename = "PAIRING")]
    Pairing,
    /// `PROXYBLOCK`: blocked by a proxy.
    #[serde(rename = "PROXYBLOCK")]
    ProxyBlock,
    /// `SMB_TOS_BLOCK`: blocked for breaking the business terms of service.
    #[serde(rename = "SMB_TOS_BLOCK")]
    SmbTosBlock,
    /// `TIMEOUT`: the phone did not answer in time.
    #[serde(rename = "TIMEOUT")]
    Timeout,
    /// `TOS_BLOCK`: blocked for breaking the terms of service.
    #[serde(rename = "TOS_BLOCK")]
    TosBlock,
    /// `UNLAUNCHED`: the session has not been launched.
    #[serde(rename = "UNLAUNCHED")]
    Unlaunched,
    /// `UNPAIRED`: the phone is not paired.
    #[serde(rename = "UNPAIRED")]
    Unpaired,
    /// `UNPAIRED_IDLE`: the phone is not paired and the session is idle.
    #[serde(rename = "UNPAIRED_IDLE")]
    UnpairedIdle,
    /// A state this crate does not know, kept verbatim.
    #[serde(untagged)]
    Unknown(String),
}

open_enum_impls!(WaState {
    Connected = "CONNECTED",
    Disconnected = "DISCONNECTED",
    Conflict = "CONFLICT",
    DeprecatedVersion = "DEPRECATED_VERSION",
    Opening = "OPENING",
    Pairing = "PAIRING",
    ProxyBlock = "PROXYBLOCK",
    SmbTosBlock = "SMB_TOS_BLOCK",
    Timeout = "TIMEOUT",
    TosBlock = "TOS_BLOCK",
    Unlaunched = "UNLAUNCHED",
    Unpaired = "UNPAIRED",
    UnpairedIdle = "UNPAIRED_IDLE",
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wa_state_is_open() {
        crate::open_enum::check_open_enum(WaState::KNOWN, WaState::as_str);
    }
}
