//! The error envelope every endpoint answers with on failure.
//!
//! ```
//! use periskope_model::{ApiError, ApiErrorCode};
//!
//! let body = r#"{"code": "VALIDATION_ERROR", "message": "Invalid body", "status": 422,
//!     "fields": {"body.chat_id": {"message": "chat_id is required"}}}"#;
//! let error: ApiError = periskope_model::from_str(body)?;
//! assert_eq!(error.code, ApiErrorCode::Validation);
//! assert!(error.fields.value().is_some_and(|fields| fields.contains_key("body.chat_id")));
//! # Ok::<(), periskope_model::Error>(())
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use std::collections::BTreeMap;

use crate::Nullable;
use crate::lenient::{IntegerInput, TextOrNumberInput};

/// An error answer: `{code, message, status}`, with `fields` on a validation error (422).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ApiError {
    /// What went wrong, such as `VALIDATION_ERROR`.
    pub code: ApiErrorCode,

    /// What went wrong, in words (some keep template text such as `${MAX_LIMIT}`).
    pub message: String,

    /// The HTTP status again.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub status: Nullable<i64>,

    /// The fields that failed validation, keyed as sent: `body.chat_id` (newer endpoints) or a bare
    /// name (`limit`, `x-phone`).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub fields: Nullable<BTreeMap<String, FieldError>>,

    /// Name of the error class, such as `Validation Error`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl ApiError {
    /// A `ApiError` with its required fields and every other field absent, so that struct update
    /// syntax fills in the rest.
    pub fn new(code: impl Into<ApiErrorCode>, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            status: Nullable::Absent,
            fields: Nullable::Absent,
            name: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// Why one field failed validation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FieldError {
    /// What is wrong with the field.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message: Nullable<String>,

    /// The value received, as text (`"10000"`).
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_text_or_number"
    )]
    #[schemars(with = "Nullable<TextOrNumberInput>")]
    pub value: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// The `code` of an error answer.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(from = "crate::open_enum::EnumText<Self>")]
#[non_exhaustive]
pub enum ApiErrorCode {
    /// `UNAUTHORIZED_ERROR`: 401, the API key is missing or wrong
    #[serde(rename = "UNAUTHORIZED_ERROR")]
    Unauthorized,
    /// `NOT_FOUND_ERROR`: 404
    #[serde(rename = "NOT_FOUND_ERROR")]
    NotFound,
    /// `VALIDATION_ERROR`: 422, see `fields`
    #[serde(rename = "VALIDATION_ERROR")]
    Validation,
    /// `RATE_LIMIT_ERROR`: 429, more than 100 requests a second
    #[serde(rename = "RATE_LIMIT_ERROR")]
    RateLimit,
    /// `UNKNOWN_ERROR`: 500, an unexpected failure
    #[serde(rename = "UNKNOWN_ERROR")]
    Internal,
    /// A value this crate does not know, kept verbatim.
    #[serde(untagged)]
    Unknown(String),
}

open_enum_impls!(ApiErrorCode {
    Unauthorized = "UNAUTHORIZED_ERROR",
    NotFound = "NOT_FOUND_ERROR",
    Validation = "VALIDATION_ERROR",
    RateLimit = "RATE_LIMIT_ERROR",
    Internal = "UNKNOWN_ERROR",
});
