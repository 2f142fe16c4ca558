//! Shared impls of the open enums: each enum is written out with its derives, and
//! `#[serde(from = "String")]` plus a last `#[serde(untagged)] Unknown(String)` variant; this
//! macro adds the string conversions so an unknown value is kept verbatim.

/// Implements `as_str`, `KNOWN`, `is_known`, `From<String>`, `From<&str>` and `Display` for an
/// open enum from its list of `Variant = "wire value"` pairs.
macro_rules! open_enum_impls {
    ($name:ident { $($variant:ident = $value:literal),+ $(,)? }) => {
        impl $name {
            /// Every value this crate knows, in the order of the field reference.
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
