//! Request body of the phone endpoints.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::Nullable;

/// `PATCH /phones/update`: changes the phone chosen by `x-phone`. The API wants at least one field.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UpdatePhoneRequest {
    /// New name (cannot be changed for phones on the WhatsApp Business app).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub phone_name: Nullable<String>,

    /// URL of a new profile image.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub phone_image: Nullable<String>,

    /// Phone labels as one comma-separated string.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub labels: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}
