//! Structured mutations of a payload, for checking that the typed parser and the input schema
//! give the same verdict: drop a field, null it, change its type, switch to another documented
//! encoding, an unknown enum value, an unknown field.

use serde_json::{Map, Number, Value, json};

use crate::child_path;

/// One mutated payload and what was done to it.
#[derive(Clone, Debug)]
pub struct Mutation {
    /// What changed and where, such as `$.latest_message.ack: integer instead of "1"`.
    pub description: String,
    /// The whole mutated payload.
    pub value: Value,
}

/// How deep into a payload mutations go (the root is depth 0).
const MAX_DEPTH: usize = 4;

/// The key spellings that mean the same field (serde aliases of the model).
const SPELLINGS: &[(&str, &str)] = &[
    ("from_me", "fromMe"),
    ("serialized", "_serialized"),
    ("recipientids", "recipientIds"),
    ("event", "event_type"),
    ("messages", "notifictions"),
];

/// Every mutation of `payload`, in a fixed order.
pub fn mutations(payload: &Value) -> Vec<Mutation> {
    let mut out = Vec::new();
    visit(payload, &mut Vec::new(), "$".to_owned(), &mut out, payload);
    out
}

/// A step from a value to one of its children.
#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn get_mut<'a>(root: &'a mut Value, steps: &[Step]) -> Option<&'a mut Value> {
    let mut current = root;
    for step in steps {
        current = match (step, current) {
            (Step::Key(key), Value::Object(object)) => object.get_mut(key)?,
            (Step::Index(index), Value::Array(items)) => items.get_mut(*index)?,
            _ => return None,
        };
    }
    Some(current)
}

/// `root` with the value at `steps` replaced by `replace(old)`; `None` from `replace` removes it.
fn with(root: &Value, steps: &[Step], replace: impl FnOnce(&Value) -> Option<Value>) -> Value {
    let mut copy = root.clone();
    let Some((last, parent_steps)) = steps.split_last() else {
        return replace(root).unwrap_or(Value::Null);
    };
    if let Some(parent) = get_mut(&mut copy, parent_steps) {
        match (last, parent) {
            (Step::Key(key), Value::Object(object)) => {
                let old = object.get(key).cloned().unwrap_or(Value::Null);
                match replace(&old) {
                    Some(new) => {
                        object.insert(key.clone(), new);
                    }
                    None => {
                        object.remove(key);
                    }
                }
            }
            (Step::Index(index), Value::Array(items)) => {
                if let (Some(slot), Some(new)) = (items.get_mut(*index), replace(&Value::Null)) {
                    *slot = new;
                }
            }
            _ => {}
        }
    }
    copy
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_f64() => "a float",
        Value::Number(_) => "an integer",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Other documented encodings of `value`: integers as numeric strings and back, timestamps in
/// the other text form and as epoch milliseconds, booleans as their text.
fn alternative_encodings(value: &Value) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    match value {
        Value::Number(n) if !n.is_f64() => {
            out.push(("numeric string".to_owned(), Value::from(n.to_string())));
        }
        Value::Number(n) => {
            out.push(("decimal string".to_owned(), Value::from(n.to_string())));
        }
        Value::String(text) => {
            if let Ok(n) = text.parse::<i64>() {
                out.push((
                    "number instead of numeric string".to_owned(),
                    Value::from(n),
                ));
            } else if let Ok(f) = text.parse::<f64>() {
                if let Some(n) = Number::from_f64(f) {
                    out.push((
                        "number instead of decimal string".to_owned(),
                        Value::Number(n),
                    ));
                }
            }
            if let Ok(time) = chrono::DateTime::parse_from_rfc3339(text) {
                let offset = time.offset().local_minus_utc();
                if offset % 3600 == 0 {
                    let hours = offset / 3600;
                    let sign = if hours < 0 { '-' } else { '+' };
                    out.push((
                        "Postgres timestamp text".to_owned(),
                        Value::from(format!(
                            "{}{sign}{:02}",
                            time.format("%Y-%m-%d %H:%M:%S%.f"),
                            hours.abs()
                        )),
                    ));
                }
                out.push((
                    "timestamp with Z".to_owned(),
                    Value::from(
                        time.to_utc()
                            .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
                    ),
                ));
                out.push((
                    "epoch milliseconds".to_owned(),
                    Value::from(time.timestamp_millis()),
                ));
            }
            if text == "true" || text == "false" {
                out.push((
                    "boolean instead of its text".to_owned(),
                    Value::from(text == "true"),
                ));
            }
        }
        Value::Bool(b) => {
            out.push(("text of a boolean".to_owned(), Value::from(b.to_string())));
        }
        Value::Array(_) => {
            out.push((
                "array as JSON text".to_owned(),
                Value::from(value.to_string()),
            ));
        }
        _ => {}
    }
    out
}

fn visit(
    value: &Value,
    steps: &mut Vec<Step>,
    path: String,
    out: &mut Vec<Mutation>,
    root: &Value,
) {
    let mut push = |what: String, new: Value| {
        out.push(Mutation {
            description: format!("{path}: {what}"),
            value: new,
        });
    };
    if !steps.is_empty() {
        let in_object = matches!(steps.last(), Some(Step::Key(_)));
        if in_object {
            push("dropped".into(), with(root, steps, |_| None));
        }
        if !value.is_null() {
            push("null".into(), with(root, steps, |_| Some(Value::Null)));
        }
        for replacement in [
            json!("some-future-value"),
            json!(7),
            json!(-3),
            json!(12.5),
            json!(true),
            json!([]),
            json!({}),
        ] {
            if std::mem::discriminant(&replacement) == std::mem::discriminant(value)
                && replacement == *value
            {
                continue;
            }
            push(
                format!(
                    "{} instead of {}",
                    type_name(&replacement),
                    type_name(value)
                ),
                with(root, steps, |_| Some(replacement.clone())),
            );
        }
        for (what, alternative) in alternative_encodings(value) {
            push(what, with(root, steps, |_| Some(alternative.clone())));
        }
    }
    match value {
        Value::Object(object) => {
            push(
                "unknown field added".into(),
                with(root, steps, |old| {
                    let mut grown: Map<String, Value> =
                        old.as_object().cloned().unwrap_or_default();
                    grown.insert("x_not_modelled".into(), json!({"any": ["thing", 1]}));
                    Some(Value::Object(grown))
                }),
            );
            for (written, other) in SPELLINGS {
                for (from, to) in [(written, other), (other, written)] {
                    if let Some(field) = object.get(*from) {
                        let field = field.clone();
                        push(
                            format!("`{from}` spelled `{to}`"),
                            with(root, steps, |old| {
                                let mut renamed = old.as_object().cloned().unwrap_or_default();
                                renamed.remove(*from);
                                renamed.insert((*to).to_owned(), field.clone());
                                Some(Value::Object(renamed))
                            }),
                        );
                        push(
                            format!("`{from}` also spelled `{to}`"),
                            with(root, steps, |old| {
                                let mut both = old.as_object().cloned().unwrap_or_default();
                                both.insert((*to).to_owned(), field.clone());
                                Some(Value::Object(both))
                            }),
                        );
                    }
                }
            }
            if steps.len() < MAX_DEPTH {
                for (key, child) in object {
                    steps.push(Step::Key(key.clone()));
                    visit(child, steps, child_path(&path, key), out, root);
                    steps.pop();
                }
            }
        }
        Value::Array(items) => {
            if let (Some(first), true) = (items.first(), steps.len() < MAX_DEPTH) {
                steps.push(Step::Index(0));
                visit(first, steps, format!("{path}[0]"), out, root);
                steps.pop();
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutations_name_their_path_and_change_only_it() {
        let payload = json!({"a": {"fromMe": true}, "n": "5"});
        let found = mutations(&payload);
        let by_description = |d: &str| {
            found
                .iter()
                .find(|m| m.description == d)
                .map(|m| m.value.clone())
                .unwrap_or_else(|| {
                    panic!(
                        "no mutation {d}; have {:#?}",
                        found.iter().map(|m| &m.description).collect::<Vec<_>>()
                    )
                })
        };
        assert_eq!(
            by_description("$.n: dropped"),
            json!({"a": {"fromMe": true}})
        );
        assert_eq!(
            by_description("$.n: number instead of numeric string"),
            json!({"a": {"fromMe": true}, "n": 5})
        );
        assert_eq!(
            by_description("$.a: `fromMe` spelled `from_me`"),
            json!({"a": {"from_me": true}, "n": "5"})
        );
        assert_eq!(
            by_description("$.a: `fromMe` also spelled `from_me`"),
            json!({"a": {"fromMe": true, "from_me": true}, "n": "5"})
        );
        assert_eq!(
            by_description("$.a.fromMe: null"),
            json!({"a": {"fromMe": null}, "n": "5"})
        );
    }
}
