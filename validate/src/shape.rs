//! Whether a payload has a kind's [`Shape`], in the two representations the validator reads: a
//! `serde_json::Value` on the explaining path and a [`Tree`] in the quick verdict.

use serde_json::Value;

use periskope_contract::Shape;
use periskope_contract::tree::{Tree, member};

/// Whether `payload` has `shape`.
pub(crate) fn matches(shape: Shape, payload: &Value) -> bool {
    let has = |item: &Value, key: &str| item.as_object().is_some_and(|o| o.contains_key(key));
    match (shape, payload) {
        (Shape::ArrayOfObjectsWith(key), Value::Array(items)) => {
            items.iter().all(|item| has(item, key))
        }
        (Shape::ObjectOfObjectsWith(key), Value::Object(object)) => {
            !object.is_empty() && object.values().all(|item| has(item, key))
        }
        (Shape::ObjectOfStringsByWhatsAppId, Value::Object(object)) => {
            !object.is_empty()
                && object
                    .iter()
                    .all(|(key, value)| key.contains('@') && value.is_string())
        }
        (Shape::OnlyKeys(keys), Value::Object(object)) => {
            object.len() == keys.len() && keys.iter().all(|key| object.contains_key(*key))
        }
        _ => false,
    }
}

/// Whether `tree` has `shape`, as [`matches`] says of a `serde_json::Value` (a key given
/// twice counts once, as in the `Value`).
pub(crate) fn in_tree(shape: Shape, tree: &Tree<'_>) -> bool {
    let has = |item: &Tree<'_>, key: &str| match item {
        Tree::Object(members) => member(members, key).is_some(),
        _ => false,
    };
    match (shape, tree) {
        (Shape::ArrayOfObjectsWith(key), Tree::Array(items)) => {
            items.iter().all(|item| has(item, key))
        }
        (Shape::ObjectOfObjectsWith(key), Tree::Object(members)) => {
            !members.is_empty() && members.iter().all(|(_, item)| has(item, key))
        }
        (Shape::ObjectOfStringsByWhatsAppId, Tree::Object(members)) => {
            !members.is_empty()
                && members
                    .iter()
                    .all(|(key, value)| key.contains('@') && matches!(value, Tree::String(_)))
        }
        (Shape::OnlyKeys(keys), Tree::Object(members)) => {
            keys.iter().all(|key| member(members, key).is_some())
                && members.iter().all(|(name, _)| keys.contains(&&**name))
        }
        _ => false,
    }
}
