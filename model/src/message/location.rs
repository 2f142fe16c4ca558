//! A location shared in a message.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::Nullable;
use crate::lenient::FloatInput;

/// A location shared in a message.
///
/// The shape Periskope returns is undocumented, so both known shapes are read: whatsapp-web.js
/// puts `name`, `address` and `url` beside the coordinates, the send request nests them under
/// `options`. Coordinates may arrive as numbers or as decimal strings and are written as numbers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Location {
    /// Latitude in degrees, such as `12.9716`.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_float",
        serialize_with = "crate::lenient::write_nullable_float"
    )]
    #[schemars(with = "Nullable<FloatInput>")]
    pub latitude: Nullable<f64>,

    /// Longitude in degrees, such as `77.5946`.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_float",
        serialize_with = "crate::lenient::write_nullable_float"
    )]
    #[schemars(with = "Nullable<FloatInput>")]
    pub longitude: Nullable<f64>,

    /// Name of the place.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name: Nullable<String>,

    /// Address of the place.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub address: Nullable<String>,

    /// URL of the place.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub url: Nullable<String>,

    /// Description of the place (whatsapp-web.js).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,

    /// Name, address and URL as the send request nests them.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub options: Nullable<LocationOptions>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// Name, address and URL of a location, as the send request nests them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LocationOptions {
    /// Name of the place.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name: Nullable<String>,

    /// Address of the place.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub address: Nullable<String>,

    /// URL of the place.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub url: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}
