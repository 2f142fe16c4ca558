//! Media attached to a message or a note.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::Nullable;
use crate::lenient::{FloatInput, IntegerInput};

/// A file attached to a message or note.
///
/// Every field is optional: messages carry `{path, size, filename, mimetype, dimensions}`, notes
/// `{path, filename, mimetype}`, and the create-note echo `{mimetype, filename, filedata}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Media {
    /// Storage path or URL: relative (`/storage/v1/object/public/message-media/…`) or absolute
    /// (`https://storage.googleapis.com/…`).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub path: Nullable<String>,

    /// MIME type, such as `image/jpeg` or `audio/wav`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub mimetype: Nullable<String>,

    /// File name, such as `beep.wav`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub filename: Nullable<String>,

    /// Size of an image.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub dimensions: Nullable<Dimensions>,

    /// Size in bytes, such as `19940`.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<u64>>")]
    pub size: Nullable<u64>,

    /// Thumbnail of the file (base64).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub thumbnail: Nullable<String>,

    /// File content as a data URL, such as `data:audio/wav;base64,…` (the create-note echo).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub filedata: Nullable<String>,

    /// Whether the file was compressed before sending (a send option).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub compress: Nullable<bool>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// Size of an image.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Dimensions {
    /// Width in pixels.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<u64>>")]
    pub width: Nullable<u64>,

    /// Height in pixels.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<u64>>")]
    pub height: Nullable<u64>,

    /// Aspect ratio, width divided by height (sent as `1` for a square image).
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_float",
        serialize_with = "crate::lenient::write_nullable_float"
    )]
    #[schemars(with = "Nullable<FloatInput>")]
    pub ar: Nullable<f64>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}
