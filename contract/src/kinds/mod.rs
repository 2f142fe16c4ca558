//! The root kinds: the objects a payload can be, each with its model type, its schemas and its
//! documented example. A new root kind is one more entry in [`KINDS`].

use std::collections::BTreeSet;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::schema::{self, Contract};
use crate::tree::Tree;

/// One root kind, such as `chat`.
#[derive(Clone, Copy)]
pub struct Kind {
    /// The kind's name on the command line and in file names, such as `chat-member`.
    pub name: &'static str,
    /// The model type's name, which is also the schema's `title` and the TypeScript type's name,
    /// such as `ChatMember`.
    pub type_name: &'static str,
    raw_schema: fn(Contract) -> Value,
    accepts: fn(&Value) -> bool,
    accepts_tree: fn(&Tree<'_>) -> bool,
    canonical: fn(&Value) -> Result<Value, ReadError>,
    read_text: fn(&[u8]) -> Result<(), periskope_model::Error>,
    example: Option<&'static str>,
    flag: Option<&'static str>,
    refines: Option<&'static str>,
    detection: Detection,
    shape: Option<Shape>,
}

/// The shape that tells a kind whose keys are data, not field names (a map from ids), or that is
/// not an object. Auto-detection tries shapes only when the keys do not decide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// An array whose elements are all objects with this key (`[]` included).
    ArrayOfObjectsWith(&'static str),
    /// A non-empty object whose values are all objects with this key.
    ObjectOfObjectsWith(&'static str),
    /// A non-empty object whose keys are all WhatsApp ids (they contain `@`) and whose values
    /// are all strings.
    ObjectOfStringsByWhatsAppId,
    /// An object with exactly these keys.
    OnlyKeys(&'static [&'static str]),
}

impl std::fmt::Display for Shape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::ArrayOfObjectsWith(key) => write!(f, "an array of objects with \"{key}\""),
            Self::ObjectOfObjectsWith(key) => write!(f, "a map to objects with \"{key}\""),
            Self::ObjectOfStringsByWhatsAppId => f.write_str("a map from WhatsApp ids to strings"),
            Self::OnlyKeys(keys) => write!(f, "only {}", keys.join(", ")),
        }
    }
}

impl Shape {
    /// Whether `payload` has this shape.
    pub fn matches(self, payload: &Value) -> bool {
        let has = |item: &Value, key: &str| item.as_object().is_some_and(|o| o.contains_key(key));
        match (self, payload) {
            (Self::ArrayOfObjectsWith(key), Value::Array(items)) => {
                items.iter().all(|item| has(item, key))
            }
            (Self::ObjectOfObjectsWith(key), Value::Object(object)) => {
                !object.is_empty() && object.values().all(|item| has(item, key))
            }
            (Self::ObjectOfStringsByWhatsAppId, Value::Object(object)) => {
                !object.is_empty()
                    && object
                        .iter()
                        .all(|(key, value)| key.contains('@') && value.is_string())
            }
            (Self::OnlyKeys(keys), Value::Object(object)) => {
                object.len() == keys.len() && keys.iter().all(|key| object.contains_key(*key))
            }
            _ => false,
        }
    }
}

/// How auto-detection tells a kind from a payload's keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detection {
    /// By the keys of its input schema's root: the `properties` and the `required` ones.
    Schema,
    /// By these keys, for a kind whose root schema lists none (the webhook body, whose schema
    /// is an `if`/`then`/`else`): the keys that must all be present and every key it has.
    Keys {
        /// Keys that must all be present.
        required: &'static [&'static str],
        /// Every key of the kind, for telling kinds apart.
        properties: &'static [&'static str],
    },
    /// Never by its keys: they are data (a map from ids), too few to tell it (`{chat_id}`), or it
    /// is not an object. Its [`Shape`] may tell it.
    Never,
}

impl std::fmt::Debug for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Kind")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// The top-level keys of a kind ([`Kind::keys`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KindKeys {
    /// Every key the kind recognises: its fields and their other spellings.
    pub properties: BTreeSet<String>,
    /// The keys it requires, in the schema's order.
    pub required: Vec<String>,
}

/// Why the typed model did not give a canonical form for a payload.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadError {
    /// The model refused the payload: the error names the JSON path and what was expected.
    Invalid(periskope_model::Error),
    /// The model read the payload but could not write it back. This is a bug in the model, never
    /// the payload's fault; it is reported rather than hidden.
    Unwritable(String),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Invalid(error) => error.fmt(f),
            Self::Unwritable(message) => {
                write!(f, "internal error: could not write back: {message}")
            }
        }
    }
}

impl std::error::Error for ReadError {}

/// Whether `value` reads as a `T` (the fast check: no path tracking, nothing written).
fn accepts<T: DeserializeOwned>(value: &Value) -> bool {
    T::deserialize(value).is_ok()
}

/// The canonical form of `value` read as a `T`, or why not; the path is tracked only when
/// reading fails, by reading a copy again.
fn canonical_of<T: DeserializeOwned + Serialize>(value: &Value) -> Result<Value, ReadError> {
    let typed = match T::deserialize(value) {
        Ok(typed) => typed,
        Err(_) => periskope_model::from_value::<T>(value.clone()).map_err(ReadError::Invalid)?,
    };
    serde_json::to_value(&typed).map_err(|error| ReadError::Unwritable(error.to_string()))
}

/// Reads JSON text as a `T`; the error has the path, line and column.
fn read_text<T: DeserializeOwned>(text: &[u8]) -> Result<(), periskope_model::Error> {
    periskope_model::from_slice::<T>(text).map(drop)
}

/// The entry of [`KINDS`] for the model type `T`.
macro_rules! kind {
    ($name:literal, $type:ident) => {
        kind!($name, $type, documented!($name), None)
    };
    ($name:literal, $type:ident, $example:expr) => {
        kind!($name, $type, $example, None)
    };
    ($name:literal, $type:ident, $example:expr, $flag:expr) => {
        Kind {
            name: $name,
            type_name: stringify!($type),
            raw_schema: schema::raw_schema::<$type>,
            accepts: accepts::<$type>,
            accepts_tree: tree::accepts::<$type>,
            canonical: canonical_of::<$type>,
            read_text: read_text::<$type>,
            example: $example,
            flag: $flag,
            refines: None,
            detection: Detection::Schema,
            shape: None,
        }
    };
}

impl Kind {
    /// This kind, told by `detection` rather than by its schema's keys.
    const fn detected(mut self, detection: Detection) -> Self {
        self.detection = detection;
        self
    }

    /// This kind, whose tree is checked by `accepts_tree` rather than the model's own read.
    const fn checking_tree(mut self, accepts_tree: fn(&Tree<'_>) -> bool) -> Self {
        self.accepts_tree = accepts_tree;
        self
    }

    /// This kind, a special case of the kind named `parent`: when detected, it is checked as that
    /// kind too.
    const fn refining(mut self, parent: &'static str) -> Self {
        self.refines = Some(parent);
        self
    }

    /// This kind, also told by its shape when the keys do not decide.
    const fn shaped(mut self, shape: Shape) -> Self {
        self.shape = Some(shape);
        self
    }
}

mod table;

pub use table::KINDS;

/// The kind named `name`, such as `chat-member`.
pub fn kind(name: &str) -> Option<&'static Kind> {
    KINDS.iter().find(|kind| kind.name == name)
}

impl Kind {
    /// The finished schema of this kind in `contract`, as written to `schemas/`.
    pub fn schema(&self, contract: Contract) -> Value {
        let example = self.example().map(|example| match contract {
            Contract::Input => example,
            // The documented examples are canonical; should one not be, the canonical schema
            // shows what the model writes for it.
            Contract::Canonical => self.canonical(&example).unwrap_or(example),
        });
        schema::finish(
            (self.raw_schema)(contract),
            self.name,
            self.type_name,
            contract,
            example.as_ref(),
        )
    }

    /// The key that marks a payload as this kind when it is `true` (`is_private_note` for a
    /// note, which otherwise has only message keys). Detection never picks a kind with a flag
    /// for a payload whose flag is not `true`.
    pub fn flag(&self) -> Option<&'static str> {
        self.flag
    }

    /// The kind this one is a special case of, if any: a note is a message with
    /// `is_private_note: true`. A payload detected as this kind is checked as that kind too, so
    /// that the parent's fields, which this kind keeps as unknown ones, are checked as well.
    pub fn refines(&self) -> Option<&'static Kind> {
        self.refines.and_then(kind)
    }

    /// The top-level keys this kind has, as its `input` schema (this kind's, from wherever it
    /// was read) or its [`Detection::Keys`] list says: every key it recognises (its fields and
    /// their other spellings) and the keys it requires.
    pub fn keys(&self, input: &Value) -> KindKeys {
        if let Detection::Keys {
            required,
            properties,
        } = self.detection
        {
            return KindKeys {
                properties: properties.iter().map(|key| (*key).to_owned()).collect(),
                required: required.iter().map(|key| (*key).to_owned()).collect(),
            };
        }
        let properties = input
            .get("properties")
            .and_then(Value::as_object)
            .map(|properties| properties.keys().cloned().collect())
            .unwrap_or_default();
        let required = input
            .get("required")
            .and_then(Value::as_array)
            .map(|keys| {
                keys.iter()
                    .filter_map(|key| key.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        KindKeys {
            properties,
            required,
        }
    }

    /// How auto-detection tells this kind by its keys.
    pub fn detection(&self) -> Detection {
        self.detection
    }

    /// The shape that tells this kind when the keys do not decide, if any.
    pub fn shape(&self) -> Option<Shape> {
        self.shape
    }

    /// The documented example payload of this kind, if there is one.
    pub fn example(&self) -> Option<Value> {
        self.example
            .and_then(|text| serde_json::from_str(text).ok())
    }

    /// Reads `payload` with the typed model and returns what the model writes for it (the
    /// canonical form), or the model's error with its JSON path.
    pub fn read(&self, payload: Value) -> Result<Value, ReadError> {
        self.canonical(&payload)
    }

    /// Whether the typed model reads `payload`; the fast check, with no error details.
    pub fn accepts(&self, payload: &Value) -> bool {
        (self.accepts)(payload)
    }

    /// Whether the typed model reads a parsed tree; the validator's quick verdict.
    pub fn accepts_tree(&self, payload: &Tree<'_>) -> bool {
        (self.accepts_tree)(payload)
    }

    /// What the model writes for `payload` (its canonical form), or why it cannot.
    pub fn canonical(&self, payload: &Value) -> Result<Value, ReadError> {
        (self.canonical)(payload)
    }

    /// Reads JSON text with the typed model, which sees what a parsed value cannot (such as a
    /// field given twice); the error names the path, line and column.
    pub fn read_text(&self, text: &[u8]) -> Result<(), periskope_model::Error> {
        (self.read_text)(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_is_read_by_the_model_and_its_canonical_form_is_stable() {
        for kind in KINDS {
            let example = kind.example().expect("every kind has an example");
            let canonical = kind
                .read(example)
                .unwrap_or_else(|e| panic!("{}: {e}", kind.name));
            assert_eq!(
                kind.read(canonical.clone()).ok(),
                Some(canonical),
                "{}",
                kind.name
            );
        }
    }
}
