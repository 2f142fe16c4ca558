//! `Loose<T>`: a loosely documented field, read as its typed view when it has that shape and kept
//! verbatim when it does not.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// A field whose documented shapes conflict or are unknown (`location`, `media`, `poll_info`,
/// `vcards`, `links`' elements, …): read as `T` when it has `T`'s shape, kept verbatim otherwise.
///
/// Such a field never refuses a payload. A value `T` cannot read (a location whose `latitude` is
/// `true`, a `vcards` that is one string) is kept in [`Loose::Raw`] exactly as received and
/// written back as received; a value `T` reads is written in `T`'s canonical form. Either way the
/// value written reads back equal. A key given twice inside the value is still refused, as
/// everywhere in this crate: one of the two would be lost.
///
/// ```
/// use periskope_model::{Location, Loose, Message};
///
/// let message: Message = periskope_model::from_str(
///     r#"{"message_id": "m", "org_id": "o", "location": {"latitude": "12.9716", "longitude": 77.5946}}"#,
/// )?;
/// let location = message.location.value().and_then(Loose::typed);
/// assert_eq!(location.and_then(|l| l.latitude.value()), Some(&12.9716));
///
/// // A shape the typed view cannot read is kept, not refused.
/// let message: Message = periskope_model::from_str(
///     r#"{"message_id": "m", "org_id": "o", "location": "12.9716,77.5946"}"#,
/// )?;
/// assert_eq!(
///     message.location.value().and_then(Loose::raw),
///     Some(&serde_json::json!("12.9716,77.5946"))
/// );
/// assert_eq!(serde_json::to_value(&message)?["location"], "12.9716,77.5946");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum Loose<T> {
    /// The value, read as its typed view.
    Typed(T),
    /// A value the typed view cannot read, kept verbatim.
    Raw(Value),
}

impl<T> Loose<T> {
    /// The typed view, if the value had its shape.
    pub fn typed(&self) -> Option<&T> {
        match self {
            Self::Typed(value) => Some(value),
            Self::Raw(_) => None,
        }
    }

    /// The typed view by mutable reference, if the value had its shape.
    pub fn typed_mut(&mut self) -> Option<&mut T> {
        match self {
            Self::Typed(value) => Some(value),
            Self::Raw(_) => None,
        }
    }

    /// Consumes the field and returns the typed view, if the value had its shape.
    pub fn into_typed(self) -> Option<T> {
        match self {
            Self::Typed(value) => Some(value),
            Self::Raw(_) => None,
        }
    }

    /// The value as received, if the typed view could not read it.
    pub fn raw(&self) -> Option<&Value> {
        match self {
            Self::Typed(_) => None,
            Self::Raw(value) => Some(value),
        }
    }

    /// True when the value was read as its typed view.
    pub fn is_typed(&self) -> bool {
        matches!(self, Self::Typed(_))
    }
}

impl<T> From<T> for Loose<T> {
    fn from(value: T) -> Self {
        Self::Typed(value)
    }
}

impl<T: Serialize> Serialize for Loose<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Typed(value) => value.serialize(serializer),
            Self::Raw(value) => value.serialize(serializer),
        }
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Loose<T> {
    /// Reads the value as JSON (refusing only a key given twice), then as `T`; what `T` refuses
    /// is kept raw.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = crate::extra::unique_value(deserializer)?;
        Ok(Self::read(value))
    }
}

impl<T: DeserializeOwned> Loose<T> {
    /// Reads `value` as `T`, keeping it raw when `T` cannot read it.
    pub fn read(value: Value) -> Self {
        match T::deserialize(&value) {
            Ok(typed) => Self::Typed(typed),
            Err(_) => Self::Raw(value),
        }
    }
}

impl<T> Loose<T> {
    /// The `$comment` that marks a loose field's raw branch in the schemas (`anyOf: [<the typed
    /// view>, {"$comment": "verbatim", …}]`), so that a tool can tell the branches apart: the
    /// validator's `--strict` drops the raw one, to report a value the typed view cannot read.
    pub const VERBATIM_COMMENT: &'static str = "verbatim";
}

impl<T: JsonSchema> JsonSchema for Loose<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        format!("Loose_{}", T::schema_name()).into()
    }

    /// `T`'s schema or any other value (marked `"$comment": "verbatim"`), in both contracts: the
    /// typed view is what the value usually is and documents it, but any JSON is accepted and
    /// written back.
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let typed = generator.subschema_for::<T>();
        json_schema!({
            "anyOf": [
                typed,
                {
                    "description": "Any other JSON value, kept verbatim (the typed view cannot read it).",
                    "$comment": Self::VERBATIM_COMMENT
                }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_the_view_reads_is_typed_and_any_other_is_kept() {
        let typed: Loose<Vec<String>> = crate::from_str(r#"["BEGIN:VCARD"]"#).expect("reads");
        assert_eq!(typed, Loose::Typed(vec!["BEGIN:VCARD".to_owned()]));
        let raw: Loose<Vec<String>> = crate::from_str(r#"["a", 1]"#).expect("reads");
        assert_eq!(raw, Loose::Raw(serde_json::json!(["a", 1])));
        assert_eq!(
            serde_json::to_string(&raw).expect("writes"),
            r#"["a",1]"#,
            "written as received"
        );
        let error = crate::from_str::<Loose<Vec<String>>>(r#"[{"a": 1, "a": 2}]"#)
            .expect_err("a key twice");
        assert_eq!(
            error.to_string(),
            r#"[0]: the field "a" appears more than once"#
        );
    }
}
