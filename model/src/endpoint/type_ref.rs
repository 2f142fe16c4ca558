//! [`TypeRef`]: a model type named in the catalog, as a value: its name, its JSON Schema and its
//! typed read, so that a tool reads any body of the catalog without naming its Rust type.

use std::any::TypeId;
use std::fmt;

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// A model type named in the catalog: its Rust name (also its schema's title and the OpenAPI
/// component's name), its JSON Schema, and how the model reads and writes it.
///
/// ```
/// use periskope_model::endpoint::{self, Method};
/// use periskope_model::request::SendMessageRequest;
///
/// let body = endpoint::find(Method::Post, "/message/send").and_then(|e| e.request).expect("a body");
/// assert!(body.is::<SendMessageRequest>());
/// assert!(body.accepts(&serde_json::json!({"chat_id": "919537851844@c.us", "message": "hi"})));
/// let error = body.read(&serde_json::json!({"message": "hi"})).unwrap_err();
/// assert_eq!(error.to_string(), "missing required field \"chat_id\"");
/// ```
#[derive(Clone, Copy)]
pub struct TypeRef {
    /// The type's name, such as `SendMessageRequest`.
    pub name: &'static str,
    /// The type's `JsonSchema::json_schema`.
    pub schema: fn(&mut SchemaGenerator) -> Schema,
    type_id: fn() -> TypeId,
    root_schema: fn(SchemaSettings) -> Schema,
    accepts: fn(&Value) -> bool,
    read: fn(&Value) -> Result<Value, ReadError>,
    read_text: fn(&[u8]) -> Result<(), crate::Error>,
}

/// Why the typed model did not give a canonical form for a payload ([`TypeRef::read`]).
#[derive(Clone, Debug, PartialEq)]
pub enum ReadError {
    /// The model refused the payload: the error names the JSON path and what was expected.
    Invalid(crate::Error),
    /// The model read the payload but could not write it back. This is a bug in the model, never
    /// the payload's fault; it is reported rather than hidden.
    Unwritable(String),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Invalid(error) => error.fmt(f),
            Self::Unwritable(message) => {
                write!(f, "internal error: could not write back: {message}")
            }
        }
    }
}

impl std::error::Error for ReadError {}

impl TypeRef {
    /// The reference to `T`, named `name`.
    pub const fn of<T: JsonSchema + DeserializeOwned + Serialize + 'static>(
        name: &'static str,
    ) -> Self {
        Self {
            name,
            schema: T::json_schema,
            type_id: TypeId::of::<T>,
            root_schema: root_schema::<T>,
            accepts: accepts::<T>,
            read: read::<T>,
            read_text: read_text::<T>,
        }
    }

    /// Whether this is the type `T`.
    pub fn is<T: 'static>(&self) -> bool {
        (self.type_id)() == TypeId::of::<T>()
    }

    /// The type's identity, to compare two references.
    pub fn type_id(&self) -> TypeId {
        (self.type_id)()
    }

    /// The type's root schema as schemars writes it with `settings` (its definitions under
    /// `$defs`).
    pub fn root_schema(&self, settings: SchemaSettings) -> Schema {
        (self.root_schema)(settings)
    }

    /// Whether the model reads `value` as this type; the fast check, with no error details.
    pub fn accepts(&self, value: &Value) -> bool {
        (self.accepts)(value)
    }

    /// Reads `value` as this type and returns what the model writes for it (its canonical
    /// form), or the model's error with its JSON path.
    pub fn read(&self, value: &Value) -> Result<Value, ReadError> {
        (self.read)(value)
    }

    /// Reads JSON text as this type, which sees what a parsed value cannot (such as a field
    /// given twice); the error names the path, line and column.
    pub fn read_text(&self, text: &[u8]) -> Result<(), crate::Error> {
        (self.read_text)(text)
    }
}

impl fmt::Debug for TypeRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

/// The same type under the same name: an alias such as `SendMessageSyncRequest` is the type of
/// `SendMessageRequest` under a name (and schema title) of its own.
impl PartialEq for TypeRef {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name && self.type_id() == other.type_id()
    }
}

fn root_schema<T: JsonSchema>(settings: SchemaSettings) -> Schema {
    settings.into_generator().into_root_schema_for::<T>()
}

fn accepts<T: DeserializeOwned>(value: &Value) -> bool {
    T::deserialize(value).is_ok()
}

/// The canonical form of `value` read as a `T`, or why not; the path is tracked only when
/// reading fails, by reading a copy again.
fn read<T: DeserializeOwned + Serialize>(value: &Value) -> Result<Value, ReadError> {
    let typed = match T::deserialize(value) {
        Ok(typed) => typed,
        Err(_) => crate::from_value::<T>(value.clone()).map_err(ReadError::Invalid)?,
    };
    serde_json::to_value(&typed).map_err(|error| ReadError::Unwritable(error.to_string()))
}

fn read_text<T: DeserializeOwned>(text: &[u8]) -> Result<(), crate::Error> {
    crate::from_slice::<T>(text).map(drop)
}
