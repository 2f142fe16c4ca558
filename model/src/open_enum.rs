//! Shared impls of the open enums: each enum is written out with its derives,
//! `#[serde(from = "EnumText<Self>")]` and a last `#[serde(untagged)] Unknown(String)` variant;
//! the macro adds the string conversions so that an unknown value is kept verbatim.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, Visitor};

/// What an open enum is read from: any string, matched without allocating when it is a known
/// value (only an unknown value is copied into `Unknown`).
pub(crate) struct EnumText<T>(pub(crate) T);

impl<'de, T> serde::Deserialize<'de> for EnumText<T>
where
    T: for<'a> From<&'a str> + From<String>,
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor<T>(PhantomData<T>);

        impl<T> Visitor<'_> for TextVisitor<T>
        where
            T: for<'a> From<&'a str> + From<String>,
        {
            type Value = EnumText<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
                Ok(EnumText(T::from(text)))
            }

            fn visit_string<E: de::Error>(self, text: String) -> Result<Self::Value, E> {
                Ok(EnumText(T::from(text)))
            }
        }

        deserializer.deserialize_str(TextVisitor(PhantomData))
    }
}

/// The wire values an open enum knows, for its schema (implemented by [`open_enum_impls`]).
pub(crate) trait KnownValues {
    /// Every known value as sent on the wire.
    const VALUES: &'static [&'static str];
}

/// Any string, with the known values stated beside it: `anyOf` of an `enum` of the known values
/// and `type: string`. The known values do not narrow what is accepted; generators that read
/// `anyOf` name them (a Python `Enum` or a Go constant next to a plain string).
impl<T: KnownValues> JsonSchema for EnumText<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "EnumText".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "anyOf": [
                { "type": "string", "enum": T::VALUES },
                { "type": "string" }
            ]
        })
    }
}

/// Implements `as_str`, `KNOWN`, `is_known`, `From<String>`, `From<&str>` and `Display` for an
/// open enum from its list of `Variant = "wire value"` pairs.
macro_rules! open_enum_impls {
    ($name:ident { $($variant:ident = $value:literal),+ $(,)? }) => {
        impl $name {
            /// Every value this crate knows, in the order of `docs/fields.md`.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),+];

            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $value,)+
                    $name::Unknown(value) => value,
                }
            }

            /// True for a value this crate knows, false for [`Self::Unknown`].
            pub fn is_known(&self) -> bool {
                !matches!(self, $name::Unknown(_))
            }
        }

        impl crate::open_enum::KnownValues for $name {
            const VALUES: &'static [&'static str] = &[$($value),+];
        }

        impl From<String> for $name {
            /// A known value becomes its variant; anything else is kept in `Unknown`.
            fn from(value: String) -> Self {
                match value.as_str() {
                    $($value => $name::$variant,)+
                    _ => $name::Unknown(value),
                }
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($value => $name::$variant,)+
                    _ => $name::Unknown(value.to_owned()),
                }
            }
        }

        impl From<crate::open_enum::EnumText<$name>> for $name {
            fn from(text: crate::open_enum::EnumText<$name>) -> Self {
                text.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// Checks that serde writes every known variant as `as_str` says and reads it back, and that an
/// unknown value survives a round trip.
#[cfg(test)]
pub(crate) fn check_open_enum<T>(known: &[T], as_str: impl Fn(&T) -> &str)
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    for value in known {
        let written = serde_json::to_value(value).ok();
        assert_eq!(
            written,
            Some(serde_json::Value::from(as_str(value))),
            "{value:?}"
        );
        let read: Option<T> = serde_json::from_value(serde_json::Value::from(as_str(value))).ok();
        assert_eq!(read.as_ref(), Some(value));
    }
    let unknown = serde_json::Value::from("some-future-value");
    let read: Option<T> = serde_json::from_value(unknown.clone()).ok();
    assert_eq!(
        read.and_then(|v| serde_json::to_value(v).ok()),
        Some(unknown)
    );
}
