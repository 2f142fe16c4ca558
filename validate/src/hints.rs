//! Hints for near misses: a key that is almost a modelled one (`chatId` for `chat_id`,
//! `mesage_id` for `message_id`), and an event name that is almost a known one.
//!
//! Two names are near when they are the same once case and separators (`_`, `-`, `.`, spaces)
//! are ignored, or within a small edit distance (optimal string alignment, which counts a swap
//! of two neighbouring letters as one edit, from the `strsim` crate): one edit for names of up
//! to 7 characters, two for longer ones.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

/// A name ready to be compared: folded (lowercase, without the separators `_`, `-`, `.` and
/// spaces), lowercase, and its length in characters.
#[derive(Clone, Debug)]
pub(super) struct Prepared {
    name: String,
    folded: String,
    lower: String,
    chars: usize,
}

impl Prepared {
    pub(super) fn new(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            folded: name
                .chars()
                .filter(|c| !matches!(c, '_' | '-' | '.' | ' '))
                .flat_map(char::to_lowercase)
                .collect(),
            lower: name.to_lowercase(),
            chars: name.chars().count(),
        }
    }

    /// The name as given.
    pub(super) fn name(&self) -> &str {
        &self.name
    }
}

/// How far apart `a` is from `b`: 0 when they fold to the same, else the edit distance of their
/// lowercase forms; `None` when they are not near (`b`'s length sets how many edits may be).
fn nearness(a: &Prepared, b: &Prepared) -> Option<usize> {
    if a.folded == b.folded {
        return Some(0);
    }
    let allowed = if b.chars > 7 { 2 } else { 1 };
    // The distance is at least the difference in length: most names are ruled out here, before
    // the distance is computed.
    if a.chars.abs_diff(b.chars) > allowed {
        return None;
    }
    let distance = strsim::osa_distance(&a.lower, &b.lower);
    (distance <= allowed).then_some(distance)
}

/// The nearest of `candidates` to `name` (other than `name` itself), if one is near.
pub(super) fn nearest_prepared<'c>(name: &str, candidates: &'c [Prepared]) -> Option<&'c str> {
    let name = Prepared::new(name);
    candidates
        .iter()
        .filter(|candidate| candidate.name != name.name)
        .filter_map(|candidate| nearness(&name, candidate).map(|d| (d, candidate)))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate.name())
}

/// The nearest of `candidates` to `name` (other than `name` itself), if one is near.
pub(super) fn nearest<'c>(
    name: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'c str> {
    let candidates: Vec<&'c str> = candidates.into_iter().collect();
    let prepared: Vec<Prepared> = candidates.iter().map(|c| Prepared::new(c)).collect();
    let found = nearest_prepared(name, &prepared)?;
    candidates.into_iter().find(|candidate| *candidate == found)
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
    let field = Prepared::new(field);
    unknown
        .filter_map(|key| nearness(&Prepared::new(key), &field).map(|d| (d, key)))
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
