//! Hints for near misses: a key that is almost a modelled one (`chatId` for `chat_id`,
//! `mesage_id` for `message_id`), and an event name that is almost a known one.
//!
//! Two names are near when they are the same once case and separators (`_`, `-`, `.`, spaces)
//! are ignored, or within a small edit distance (optimal string alignment, which counts a swap
//! of two neighbouring letters as one edit, from the `strsim` crate): one edit for names of up
//! to 7 characters, two for longer ones.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

/// `name` folded for comparison: lowercase, without separators.
fn folded(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, '_' | '-' | '.' | ' '))
        .flat_map(char::to_lowercase)
        .collect()
}

/// How far apart two names are: 0 when they fold to the same, else the edit distance of their
/// lowercase forms; `None` when they are not near.
fn nearness(a: &str, b: &str) -> Option<usize> {
    if folded(a) == folded(b) {
        return Some(0);
    }
    let distance = strsim::osa_distance(&a.to_lowercase(), &b.to_lowercase());
    let allowed = if b.chars().count() > 7 { 2 } else { 1 };
    (distance <= allowed).then_some(distance)
}

/// The nearest of `candidates` to `name` (other than `name` itself), if one is near.
pub(super) fn nearest<'c>(
    name: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'c str> {
    candidates
        .into_iter()
        .filter(|candidate| *candidate != name)
        .filter_map(|candidate| nearness(name, candidate).map(|d| (d, candidate)))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// For a missing required `field` of `object`: the key of `object` that is probably it,
/// misspelled (not a key the kind knows elsewhere, `known`).
pub(super) fn misspelled<'o>(
    field: &str,
    object: &'o Map<String, Value>,
    known: &BTreeSet<String>,
) -> Option<&'o str> {
    let unknown = object
        .keys()
        .map(String::as_str)
        .filter(|key| !known.contains(*key));
    // The nearest key to the field, measured from the field's side.
    unknown
        .filter_map(|key| nearness(key, field).map(|d| (d, key)))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, key)| key)
}

/// The field name in a missing-field message (`missing required field "chat_id"`).
pub(super) fn missing_field(message: &str) -> Option<&str> {
    message
        .strip_prefix("missing required field \"")
        .and_then(|rest| rest.split_once('"'))
        .map(|(field, _)| field)
}

/// Every property name anywhere in `schema` (for telling a misspelling from a real field).
pub(super) fn property_names(schema: &Value, out: &mut BTreeSet<String>) {
    match schema {
        Value::Object(object) => {
            if let Some(Value::Object(properties)) = object.get("properties") {
                out.extend(properties.keys().cloned());
            }
            for value in object.values() {
                property_names(value, out);
            }
        }
        Value::Array(items) => {
            for item in items {
                property_names(item, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_names_are_found_and_far_ones_are_not() {
        let keys = ["chat_id", "message_id", "org_id", "body"];
        assert_eq!(nearest("chatId", keys), Some("chat_id"));
        assert_eq!(nearest("mesage_id", keys), Some("message_id"));
        assert_eq!(nearest("ORG-ID", keys), Some("org_id"));
        assert_eq!(nearest("bodi", keys), Some("body"));
        assert_eq!(nearest("title", keys), None);
        assert_eq!(nearest("chat_id", keys), None, "not itself");
        assert_eq!(
            nearest(
                "message.craeted",
                ["message.created", "message.updated", "chat.created"]
            ),
            Some("message.created")
        );
        assert_eq!(
            nearest("message.read", ["message.created", "message.updated"]),
            None
        );
    }

    #[test]
    fn a_misspelled_required_key_is_told_from_a_real_field() {
        let object: Map<String, Value> =
            serde_json::from_str(r#"{"chatId": "c", "chat_name": "n", "org_id": "o"}"#)
                .expect("JSON");
        let known: BTreeSet<String> = ["chat_id", "chat_name", "org_id"].map(str::to_owned).into();
        assert_eq!(misspelled("chat_id", &object, &known), Some("chatId"));
        assert_eq!(misspelled("org_phone", &object, &known), None);
        assert_eq!(
            missing_field(r#"missing required field "chat_id""#),
            Some("chat_id")
        );
        assert_eq!(missing_field("expected a string"), None);
    }
}
