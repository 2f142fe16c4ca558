//! Lenient readers for values that arrive in more than one JSON type (`docs/fields.md`, the variance rules).
//!
//! Each reader is used through `#[serde(deserialize_with = "…")]`, and each has a schema marker
//! type used through `#[schemars(with = "…")]` that describes both what is read (the deserialize
//! contract) and the one form that is written (the serialize contract).

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserializer;
use serde::de::{self, Unexpected, Visitor};

use crate::Nullable;

/// Reads one value of type `T` from a deserializer.
pub(crate) trait Reader<T> {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error>;
}

/// Reads `null` as [`Nullable::Null`] and anything else through `R`.
pub(crate) fn nullable<'de, D, T, R>(deserializer: D) -> Result<Nullable<T>, D::Error>
where
    D: Deserializer<'de>,
    R: Reader<T>,
{
    struct NullableVisitor<T, R>(PhantomData<(T, R)>);

    impl<'de, T, R: Reader<T>> Visitor<'de> for NullableVisitor<T, R> {
        type Value = Nullable<T>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a value or null")
        }

        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Nullable::Null)
        }

        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Nullable::Null)
        }

        fn visit_some<D2: Deserializer<'de>>(self, inner: D2) -> Result<Self::Value, D2::Error> {
            R::read(inner).map(Nullable::Value)
        }
    }

    deserializer.deserialize_option(NullableVisitor::<T, R>(PhantomData))
}

// ---------------------------------------------------------------------------------------------
// Integers that may arrive as numeric strings (V13 to V17).

/// An integer type the lenient integer reader produces.
pub(crate) trait Integer:
    Copy + TryFrom<i64> + TryFrom<u64> + FromStr + JsonSchema + 'static
{
    /// The range of the type, in words, for values outside it.
    const RANGE: &'static str;
    /// The pattern of the numeric strings that `FromStr` accepts.
    const STRING_PATTERN: &'static str;
    /// The least value (for the schema).
    const MINIMUM: i64;
    /// The greatest value (for the schema).
    const MAXIMUM: u64;
}

impl Integer for i64 {
    const RANGE: &'static str = "an integer within 64 bits";
    const STRING_PATTERN: &'static str = "^[+-]?[0-9]+$";
    const MINIMUM: i64 = i64::MIN;
    const MAXIMUM: u64 = i64::MAX as u64;
}

impl Integer for u64 {
    const RANGE: &'static str = "a non-negative integer within 64 bits";
    const STRING_PATTERN: &'static str = "^[+]?[0-9]+$";
    const MINIMUM: i64 = 0;
    const MAXIMUM: u64 = u64::MAX;
}

/// Why a whole number written with a fraction or exponent (`1e16`, `12345678901234567.0`) is
/// refused beyond 9e15: parsing rounds it to the nearest float, so its digits could not be kept.
/// JSON Schema counts it as an integer, so this is one of the checks only the model makes.
pub(crate) const INEXACT_FLOAT: &str =
    "a number in floating-point form this large cannot be read exactly; write it as digits";

/// The integer a JSON number stands for when it has no fractional part: JSON Schema counts `2.0`
/// as an integer, so the readers do too. `None` for fractions and magnitudes an `f64` cannot
/// hold exactly.
pub(crate) fn integral(value: f64) -> Option<i64> {
    (value.fract() == 0.0 && value.abs() < 9.0e15).then_some(value as i64)
}

/// Reads an integer, a string of digits, or a number with no fractional part (see [`integral`]).
pub(crate) struct IntegerVisitor<T>(pub(crate) PhantomData<T>);

impl<T: Integer> Visitor<'_> for IntegerVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer")
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
        T::try_from(value).map_err(|_| out_of_range::<T, E>(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
        T::try_from(value).map_err(|_| out_of_range::<T, E>(value))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<T, E> {
        match integral(value) {
            Some(value) => self.visit_i64(value),
            None if value.fract() == 0.0 && value.abs() < T::MAXIMUM as f64 => Err(E::custom(
                format_args!("expected an integer, found {value:e}: {INEXACT_FLOAT}"),
            )),
            None => Err(E::invalid_value(Unexpected::Float(value), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        text.parse().map_err(|_| {
            let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
            if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
                out_of_range::<T, E>(format_args!("{text:?}"))
            } else {
                E::invalid_value(Unexpected::Str(text), &self)
            }
        })
    }
}

fn out_of_range<T: Integer, E: de::Error>(found: impl fmt::Display) -> E {
    E::custom(format_args!("expected {}, found {found}", T::RANGE))
}

/// Reads with [`IntegerVisitor`].
pub(crate) struct AsInteger;

impl<T: Integer> Reader<T> for AsInteger {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
        deserializer.deserialize_any(IntegerVisitor::<T>(PhantomData))
    }
}

/// A nullable integer that may arrive as a numeric string.
pub(crate) fn nullable_integer<'de, D: Deserializer<'de>, T: Integer>(
    deserializer: D,
) -> Result<Nullable<T>, D::Error> {
    nullable::<D, T, AsInteger>(deserializer)
}

/// Schema marker: reads an integer or a numeric string, writes an integer.
pub(crate) struct IntegerInput<T>(PhantomData<T>);

/// The schema of an integer of type `T` (schemars' non-standard `format` left out).
pub(crate) fn integer_schema<T: Integer>() -> Schema {
    json_schema!({ "type": "integer", "minimum": T::MINIMUM, "maximum": T::MAXIMUM })
}

impl<T: Integer> JsonSchema for IntegerInput<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        format!("IntegerInput_{}", T::schema_name()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        if generator.contract().is_serialize() {
            integer_schema::<T>()
        } else {
            json_schema!({
                "anyOf": [
                    integer_schema::<T>(),
                    { "type": "string", "pattern": T::STRING_PATTERN }
                ]
            })
        }
    }
}

/// Schema marker for a number the API bounds, such as a page's `limit` (at most 2000) or a ticket
/// priority (0 to 4): an integer from `MIN` to `MAX`; when read, also its digits in a string
/// ([`bounded_digits_pattern`]).
pub(crate) struct BoundedInput<const MIN: i64, const MAX: i64>;

/// The numeric strings of a bounded number. For a range of single digits, exactly what
/// `i64::from_str` reads as a value in it (`"2"`, `"+2"`, `"02"`, and `"-0"` when 0 is in it); for
/// a wider range, any integer's digits (a pattern cannot say "at most 2000" readably: the
/// server enforces it).
pub(crate) fn bounded_digits_pattern(min: i64, max: i64) -> String {
    if (0..=max).contains(&min) && max <= 9 {
        let negative_zero = if min == 0 { "|-0+" } else { "" };
        format!("^(?:[+]?0*[{min}-{max}]{negative_zero})$")
    } else {
        <i64 as Integer>::STRING_PATTERN.to_owned()
    }
}

impl<const MIN: i64, const MAX: i64> JsonSchema for BoundedInput<MIN, MAX> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        format!("BoundedInput_{MIN}_{MAX}").into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let integer = json_schema!({ "type": "integer", "minimum": MIN, "maximum": MAX });
        if generator.contract().is_serialize() {
            integer
        } else {
            json_schema!({
                "anyOf": [integer, { "type": "string", "pattern": bounded_digits_pattern(MIN, MAX) }]
            })
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Text that may arrive as a number or a boolean (V19, V22).

/// Reads a string, or a number or boolean written as its JSON text.
struct TextVisitor {
    numbers: bool,
    booleans: bool,
}

impl Visitor<'_> for TextVisitor {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.numbers, self.booleans) {
            (true, false) => f.write_str("a string or a number"),
            (false, true) => f.write_str("a string or a boolean"),
            _ => f.write_str("a string"),
        }
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<String, E> {
        Ok(text.to_owned())
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<String, E> {
        Ok(text)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<String, E> {
        if self.numbers {
            Ok(value.to_string())
        } else {
            Err(E::invalid_type(Unexpected::Signed(value), &self))
        }
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<String, E> {
        if self.numbers {
            Ok(value.to_string())
        } else {
            Err(E::invalid_type(Unexpected::Unsigned(value), &self))
        }
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<String, E> {
        if self.numbers {
            Ok(serde_json::Number::from_f64(value)
                .map_or_else(|| value.to_string(), |n| n.to_string()))
        } else {
            Err(E::invalid_type(Unexpected::Float(value), &self))
        }
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<String, E> {
        if self.booleans {
            Ok(value.to_string())
        } else {
            Err(E::invalid_type(Unexpected::Bool(value), &self))
        }
    }
}

/// Reads text that may arrive as a number (`duration`).
pub(crate) struct AsTextOrNumber;

impl Reader<String> for AsTextOrNumber {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
        deserializer.deserialize_any(TextVisitor {
            numbers: true,
            booleans: false,
        })
    }
}

/// Reads text that may arrive as a boolean (`group_description`).
pub(crate) struct AsTextOrBool;

impl Reader<String> for AsTextOrBool {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
        deserializer.deserialize_any(TextVisitor {
            numbers: false,
            booleans: true,
        })
    }
}

/// Nullable text that may arrive as a number, kept as its JSON text.
pub(crate) fn nullable_text_or_number<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Nullable<String>, D::Error> {
    nullable::<D, String, AsTextOrNumber>(deserializer)
}

/// Nullable text that may arrive as a boolean, kept as `"true"` or `"false"`.
pub(crate) fn nullable_text_or_bool<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Nullable<String>, D::Error> {
    nullable::<D, String, AsTextOrBool>(deserializer)
}

/// Schema marker: reads a string or a number, writes a string.
pub(crate) struct TextOrNumberInput;

impl JsonSchema for TextOrNumberInput {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "TextOrNumberInput".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        if generator.contract().is_serialize() {
            json_schema!({ "type": "string" })
        } else {
            json_schema!({ "type": ["string", "number"] })
        }
    }
}

/// Schema marker: reads a string or a boolean, writes a string.
pub(crate) struct TextOrBoolInput;

impl JsonSchema for TextOrBoolInput {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "TextOrBoolInput".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        if generator.contract().is_serialize() {
            json_schema!({ "type": "string" })
        } else {
            json_schema!({ "type": ["string", "boolean"] })
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Decimal numbers that may arrive as strings (location coordinates, §8).

/// The pattern of decimal strings the float reader accepts.
pub(crate) const DECIMAL_PATTERN: &str = "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$";

/// True when `text` matches [`DECIMAL_PATTERN`].
fn is_decimal(text: &str) -> bool {
    let bytes = text.strip_prefix(['+', '-']).unwrap_or(text).as_bytes();
    let mantissa_len = bytes
        .iter()
        .position(|b| matches!(b, b'e' | b'E'))
        .unwrap_or(bytes.len());
    let (mantissa, exponent) = bytes.split_at(mantissa_len);
    let (whole, fraction) = match mantissa.iter().position(|&b| b == b'.') {
        Some(dot) => (
            mantissa.get(..dot).unwrap_or_default(),
            Some(mantissa.get(dot + 1..).unwrap_or_default()),
        ),
        None => (mantissa, None),
    };
    let all_digits = |part: &[u8]| part.iter().all(u8::is_ascii_digit);
    let mantissa_ok = all_digits(whole)
        && fraction.is_none_or(all_digits)
        && (!whole.is_empty() || fraction.is_some_and(|f| !f.is_empty()));
    let exponent_ok = match exponent.split_first() {
        None => true,
        Some((_, rest)) => {
            let digits = rest
                .strip_prefix(b"+")
                .or_else(|| rest.strip_prefix(b"-"))
                .unwrap_or(rest);
            !digits.is_empty() && all_digits(digits)
        }
    };
    mantissa_ok && exponent_ok
}

struct FloatVisitor;

impl Visitor<'_> for FloatVisitor {
    type Value = f64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a finite number (or a decimal string)")
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<f64, E> {
        Ok(value as f64)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<f64, E> {
        Ok(value as f64)
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<f64, E> {
        Ok(value)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<f64, E> {
        match text.parse::<f64>() {
            Ok(value) if is_decimal(text) && value.is_finite() => Ok(value),
            _ => Err(E::invalid_value(Unexpected::Str(text), &self)),
        }
    }
}

/// Reads with [`FloatVisitor`].
pub(crate) struct AsFloat;

impl Reader<f64> for AsFloat {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<f64, D::Error> {
        deserializer.deserialize_any(FloatVisitor)
    }
}

/// A nullable number that may arrive as a decimal string.
pub(crate) fn nullable_float<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Nullable<f64>, D::Error> {
    nullable::<D, f64, AsFloat>(deserializer)
}

/// Writes a nullable number, an integral one without a fractional part (`1`, not `1.0`), so
/// that documented integers such as `"ar": 1` are written back as they came. Both forms read
/// back as the same `f64`.
pub(crate) fn write_nullable_float<S: serde::Serializer>(
    value: &Nullable<f64>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    /// Integers up to 2^53 are exact in an `f64`.
    const EXACT_INTEGER_LIMIT: f64 = 9_007_199_254_740_992.0;
    match value.value() {
        Some(&number) if number.fract() == 0.0 && number.abs() <= EXACT_INTEGER_LIMIT => {
            serializer.serialize_i64(number as i64)
        }
        Some(&number) => serializer.serialize_f64(number),
        None => serializer.serialize_none(),
    }
}

/// Schema marker: reads a number or a decimal string, writes a number.
pub(crate) struct FloatInput;

impl JsonSchema for FloatInput {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "FloatInput".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        if generator.contract().is_serialize() {
            json_schema!({ "type": "number" })
        } else {
            json_schema!({
                "anyOf": [
                    { "type": "number" },
                    { "type": "string", "pattern": DECIMAL_PATTERN }
                ]
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_strings_match_the_documented_pattern() {
        for good in ["12", "-12.5", "+0.5", ".5", "5.", "1e5", "1.5E-3"] {
            assert!(is_decimal(good), "{good}");
        }
        for bad in ["", ".", "e5", "1e", "1.5.5", "NaN", "inf", "1,5", " 1"] {
            assert!(!is_decimal(bad), "{bad}");
        }
    }
}
