//! `Nullable<T>`: a field that can be absent, `null`, or a value, with the three kept apart.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A field that Periskope may leave out, send as `null`, or send with a value.
///
/// The three states are kept apart so that a payload is written back as it arrived: an absent
/// field stays absent and a `null` stays `null`. Fields of this type carry
/// `#[serde(default, skip_serializing_if = "Nullable::is_absent")]`.
///
/// Most code only cares whether there is a value: use [`Nullable::value`] or
/// [`Nullable::as_deref`], which give a plain `Option`.
///
/// ```
/// use periskope_model::Nullable;
///
/// let name: Nullable<String> = Nullable::Value("Support".to_owned());
/// assert_eq!(name.as_deref(), Some("Support"));
/// assert!(Nullable::<String>::Null.value().is_none());
/// assert!(Nullable::<String>::default().is_absent());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Nullable<T> {
    /// The key was not in the payload.
    #[default]
    Absent,
    /// The key was present with the value `null`.
    Null,
    /// The key was present with a value.
    Value(T),
}

impl<T> Nullable<T> {
    /// True when the key was not in the payload.
    pub fn is_absent(&self) -> bool {
        matches!(self, Self::Absent)
    }

    /// True when the key was present with the value `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Self::Null)
    }

    /// True when the key was present with a value.
    pub fn is_value(&self) -> bool {
        matches!(self, Self::Value(_))
    }

    /// The value, if there is one (absent and `null` both give `None`).
    pub fn value(&self) -> Option<&T> {
        match self {
            Self::Value(value) => Some(value),
            Self::Absent | Self::Null => None,
        }
    }

    /// The value, if there is one, by mutable reference.
    pub fn value_mut(&mut self) -> Option<&mut T> {
        match self {
            Self::Value(value) => Some(value),
            Self::Absent | Self::Null => None,
        }
    }

    /// Consumes the field and returns the value, if there is one.
    pub fn into_value(self) -> Option<T> {
        match self {
            Self::Value(value) => Some(value),
            Self::Absent | Self::Null => None,
        }
    }

    /// Borrows the value, keeping the absent and `null` states.
    pub fn as_ref(&self) -> Nullable<&T> {
        match self {
            Self::Absent => Nullable::Absent,
            Self::Null => Nullable::Null,
            Self::Value(value) => Nullable::Value(value),
        }
    }

    /// Maps the value, keeping the absent and `null` states.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Nullable<U> {
        match self {
            Self::Absent => Nullable::Absent,
            Self::Null => Nullable::Null,
            Self::Value(value) => Nullable::Value(f(value)),
        }
    }
}

impl<T: std::ops::Deref> Nullable<T> {
    /// The value dereferenced, for example `Option<&str>` from a `Nullable<String>`.
    pub fn as_deref(&self) -> Option<&T::Target> {
        self.value().map(|value| &**value)
    }
}

impl<T> From<T> for Nullable<T> {
    fn from(value: T) -> Self {
        Self::Value(value)
    }
}

impl<T> From<Option<T>> for Nullable<T> {
    /// `Some(v)` becomes a value and `None` becomes `null`.
    fn from(value: Option<T>) -> Self {
        value.map_or(Self::Null, Self::Value)
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            // An absent field is skipped by `skip_serializing_if`; anywhere else it can only be
            // written as `null`.
            Self::Absent | Self::Null => serializer.serialize_none(),
            Self::Value(value) => serializer.serialize_some(value),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(Self::from)
    }
}

impl<T: JsonSchema> JsonSchema for Nullable<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        format!("Nullable_{}", T::schema_name()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        Option::<T>::json_schema(generator)
    }
}
