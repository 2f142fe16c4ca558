//! A location shared in a message.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::lenient::FloatInput;

/// A location shared in a message.
///
/// The shape Periskope returns is undocumented, so both known shapes are read: whatsapp-web.js
/// puts `name`, `address` and `url` beside the coordinates, the send request nests them under
/// `options`. Coordinates may arrive as numbers or as decimal strings and are written as numbers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Location {
    /// Latitude in degrees, such as `12.9716`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::option_float"
    )]
    #[schemars(with = "Option<FloatInput>")]
    pub latitude: Option<f64>,

    /// Longitude in degrees, such as `77.5946`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::option_float"
    )]
    #[schemars(with = "Option<FloatInput>")]
    pub longitude: Option<f64>,

    /// Name of the place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    /// Address of the place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,

    /// URL of the place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,

    /// Description of the place (whatsapp-web.js).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,

    /// Name, address and URL as the send request nests them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<LocationOptions>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Name, address and URL of a location, as the send request nests them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LocationOptions {
    /// Name of the place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    /// Address of the place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,

    /// URL of the place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
