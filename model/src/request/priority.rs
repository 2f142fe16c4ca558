//! A ticket's priority in a request: 0 (none), 1 low, 2 medium, 3 high, 4 urgent. The API
//! documents no other value, so a request with another is refused here, as its schemas say.
//! (Tickets as Periskope sends them are read with any integer: a priority added later must not
//! make them unreadable.)

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserializer;
use serde::de::{self, Deserialize};

use crate::Nullable;
use crate::lenient::{
    AsInteger, BoundedInput, Reader, bounded_digits_pattern, nullable, nullable_integer,
};

/// The least and the greatest priority.
const MIN: i64 = 0;
const MAX: i64 = 4;

fn checked<E: de::Error>(value: i64) -> Result<i64, E> {
    if (MIN..=MAX).contains(&value) {
        Ok(value)
    } else {
        Err(E::custom(format_args!(
            "expected a ticket priority from {MIN} to {MAX}, found {value}"
        )))
    }
}

/// Reads a nullable priority sent as a number or a numeric string (create a ticket).
pub(crate) fn nullable_priority<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Nullable<i64>, D::Error> {
    match nullable_integer::<D, i64>(deserializer)? {
        Nullable::Value(value) => checked(value).map(Nullable::Value),
        other => Ok(other),
    }
}

/// Reads a priority kept as text: a numeric string as sent, or a number as its digits.
struct AsPriorityText;

impl Reader<String> for AsPriorityText {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
        match serde_json::Value::deserialize(deserializer)? {
            serde_json::Value::String(text) => {
                let value = text.parse::<i64>().map_err(|_| {
                    de::Error::custom(format_args!(
                        "expected a ticket priority from {MIN} to {MAX}, found {text:?}"
                    ))
                })?;
                checked(value).map(|_| text)
            }
            other => {
                let value = <AsInteger as Reader<i64>>::read(other).map_err(de::Error::custom)?;
                checked(value).map(|value| value.to_string())
            }
        }
    }
}

/// Reads a nullable priority kept as text (update a ticket).
pub(crate) fn nullable_priority_text<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Nullable<String>, D::Error> {
    nullable::<D, String, AsPriorityText>(deserializer)
}

/// The schema of a priority read as a number or a numeric string, written as a number.
pub(crate) type PriorityInput = BoundedInput<MIN, MAX>;

/// The schema of a priority read as a number or a numeric string, written as text.
pub(crate) struct PriorityTextInput;

impl JsonSchema for PriorityTextInput {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "PriorityTextInput".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        if generator.contract().is_serialize() {
            json_schema!({ "type": "string", "pattern": bounded_digits_pattern(MIN, MAX) })
        } else {
            PriorityInput::json_schema(generator)
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::request::{CreateTicketRequest, UpdateTicketRequest};

    #[test]
    fn a_priority_from_0_to_4_is_read_and_another_refused() {
        for priority in ["0", "4", "\"2\"", "\"+3\"", "2.0"] {
            let create =
                format!(r#"{{"chat_id": "1@c.us", "subject": "s", "priority": {priority}}}"#);
            assert!(
                crate::from_str::<CreateTicketRequest>(&create).is_ok(),
                "create with {priority}"
            );
            let update = format!(r#"{{"priority": {priority}}}"#);
            assert!(
                crate::from_str::<UpdateTicketRequest>(&update).is_ok(),
                "update with {priority}"
            );
        }
        for priority in ["5", "-1", "\"7\"", "\"high\"", "2.5"] {
            let create =
                format!(r#"{{"chat_id": "1@c.us", "subject": "s", "priority": {priority}}}"#);
            let error = crate::from_str::<CreateTicketRequest>(&create).expect_err(priority);
            assert!(error.to_string().contains("priority"), "{error}");
            let update = format!(r#"{{"priority": {priority}}}"#);
            let error = crate::from_str::<UpdateTicketRequest>(&update).expect_err(priority);
            assert!(error.to_string().contains("priority"), "{error}");
        }
    }
}
