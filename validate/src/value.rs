//! Parsing a payload into a `serde_json::Value` once, noting duplicate keys on the way (a
//! `Value` keeps only the last of them, so they would otherwise go unseen).

use std::cell::Cell;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

/// A parsed payload.
pub(crate) struct Parsed {
    pub(crate) value: Value,
    /// Some object in the payload has the same key twice.
    pub(crate) has_duplicate_keys: bool,
}

/// Parses `bytes` as one JSON value; serde_json's error carries the line and column.
pub(crate) fn parse(bytes: &[u8]) -> Result<Parsed, serde_json::Error> {
    let duplicates = Cell::new(false);
    let value = match std::str::from_utf8(bytes) {
        Ok(text) => read_all(serde_json::Deserializer::from_str(text), &duplicates)?,
        // serde_json names the position of the invalid byte.
        Err(_) => read_all(serde_json::Deserializer::from_slice(bytes), &duplicates)?,
    };
    Ok(Parsed {
        value,
        has_duplicate_keys: duplicates.get(),
    })
}

/// One value and nothing after it.
fn read_all<'de, R: serde_json::de::Read<'de>>(
    mut deserializer: serde_json::Deserializer<R>,
    duplicates: &Cell<bool>,
) -> Result<Value, serde_json::Error> {
    let value = ValueSeed(duplicates).deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(value)
}

#[derive(Clone, Copy)]
struct ValueSeed<'a>(&'a Cell<bool>);

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(Number::from_f64(value).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element_seed(self)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(self)?;
            if object.insert(key, value).is_some() {
                self.0.set(true);
            }
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parses_like_serde_json_and_notes_duplicates() {
        let parsed = parse(br#"{"a": [1, -2, 2.5, "x", null, true], "b": {"c": 1, "c": 2}}"#)
            .expect("valid");
        assert_eq!(
            parsed.value,
            json!({"a": [1, -2, 2.5, "x", null, true], "b": {"c": 2}})
        );
        assert!(parsed.has_duplicate_keys);
        assert!(
            !parse(br#"{"a": {"b": 1}, "b": 1}"#)
                .expect("valid")
                .has_duplicate_keys
        );
    }

    #[test]
    fn errors_carry_positions_and_deep_nesting_is_refused() {
        let error = parse(b"{\"a\": 1,\n \"b\": }").err().map(|e| e.to_string());
        assert_eq!(error.as_deref(), Some("expected value at line 2 column 7"));
        let deep = "[".repeat(100_000);
        let error = parse(deep.as_bytes()).err().map(|e| e.to_string());
        assert_eq!(
            error.as_deref(),
            Some("recursion limit exceeded at line 1 column 128")
        );
        let error = parse(b"{\"a\": \"\xff\"}").err().map(|e| e.to_string());
        assert_eq!(
            error.as_deref(),
            Some("invalid unicode code point at line 1 column 8")
        );
    }
}
