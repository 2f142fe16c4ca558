//! Reading the fields a type does not model (its `extra` map), refusing a key given twice in
//! one object, at any depth: a map keeps only one value per key, so the other would be lost
//! without a word.

use std::fmt;

use serde::Deserializer;
use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

/// Reads a flattened `extra` map; a key that appears twice is an error naming it.
pub(crate) fn unique<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Map<String, Value>, D::Error> {
    deserializer.deserialize_map(UniqueKeys(Place::Root))
}

/// Reads any JSON value; a key that appears twice in one of its objects is an error naming it.
/// The deserializer tracks the path itself (this is not inside a flattened map), so the error
/// does not repeat it.
pub(crate) fn unique_value<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
    UniqueValue(Place::Tracked).deserialize(deserializer)
}

/// Where a value is within the `extra` map, for the error; a chain through the stack, written
/// out only when there is an error.
#[derive(Clone, Copy)]
enum Place<'a> {
    Root,
    /// A root whose deserializer tracks the path, so nothing below it is written.
    Tracked,
    Key(&'a Place<'a>, &'a str),
    Index(&'a Place<'a>, usize),
}

impl Place<'_> {
    fn is_tracked(&self) -> bool {
        match self {
            Place::Root => false,
            Place::Tracked => true,
            Place::Key(parent, _) | Place::Index(parent, _) => parent.is_tracked(),
        }
    }

    fn write(&self, out: &mut String) {
        if self.is_tracked() {
            return;
        }
        match self {
            Place::Root | Place::Tracked => {}
            Place::Key(parent, key) => {
                parent.write(out);
                crate::error::push_key(out, key);
            }
            Place::Index(parent, index) => {
                parent.write(out);
                crate::error::push_index(out, *index);
            }
        }
    }
}

#[derive(Clone, Copy)]
struct UniqueKeys<'a>(Place<'a>);

impl<'de> Visitor<'de> for UniqueKeys<'_> {
    type Value = Map<String, Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(UniqueValue(Place::Key(&self.0, &key)))?;
            if out.contains_key(&key) {
                // `at path: ` is how a nested read passes its path on (see `error::nested_message`).
                let mut path = String::new();
                self.0.write(&mut path);
                let at = if path.is_empty() {
                    String::new()
                } else {
                    format!("at {path}: ")
                };
                return Err(serde::de::Error::custom(format_args!(
                    "{at}the field \"{key}\" appears more than once"
                )));
            }
            out.insert(key, value);
        }
        Ok(out)
    }
}

/// Any JSON value, whose objects have no key twice, at a place.
#[derive(Clone, Copy)]
struct UniqueValue<'a>(Place<'a>);

impl<'de> DeserializeSeed<'de> for UniqueValue<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for UniqueValue<'_> {
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

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) =
            seq.next_element_seed(UniqueValue(Place::Index(&self.0, items.len())))?
        {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Value, A::Error> {
        UniqueKeys(self.0).visit_map(map).map(Value::Object)
    }
}

#[cfg(test)]
mod tests {
    use crate::{Chat, ErrorKind};

    #[test]
    fn an_unknown_field_given_twice_is_refused_and_once_is_kept() -> Result<(), String> {
        let error = crate::from_str::<Chat>(r#"{"org_id": "o", "chat_id": "c", "x": 1, "x": 2}"#)
            .err()
            .ok_or("a field twice is refused")?;
        assert_eq!(
            (
                error.to_string(),
                error.kind(),
                error.is_beyond_json_schema()
            ),
            (
                r#"the field "x" appears more than once"#.to_owned(),
                ErrorKind::Data,
                true
            )
        );
        // Also inside an unknown field's value.
        let error = crate::from_str::<Chat>(
            r#"{"org_id": "o", "chat_id": "c", "x": [{"a": 1, "b": {"a": 1, "a": 1}}]}"#,
        )
        .err()
        .ok_or("a nested key twice is refused")?;
        assert_eq!(
            error.to_string(),
            r#"x[0].b: the field "a" appears more than once"#
        );
        let chat = crate::from_str::<Chat>(r#"{"org_id": "o", "chat_id": "c", "x": 1, "y": 2}"#)
            .map_err(|e| e.to_string())?;
        assert_eq!(
            chat.extra,
            serde_json::json!({"x": 1, "y": 2})
                .as_object()
                .cloned()
                .unwrap_or_default()
        );
        Ok(())
    }
}
