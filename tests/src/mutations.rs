//! Structured mutations of a payload, for checking that the typed parser and the input schema
//! give the same verdict: drop a field, null it, change its type, switch to another documented
//! encoding, an unknown enum value, an unknown field, deep nesting; one at a time, or several
//! in a row ([`compound`]).

use serde_json::{Number, Value, json};

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

/// How deep the "deep nesting" mutations make a payload: well past what the fixtures have, and
/// within the readers' limit of 127 levels (tested on its own, where the readers refuse it).
pub const DEEP_NESTING: usize = 100;

/// The key spellings that mean the same field (serde aliases of the model).
pub const SPELLINGS: &[(&str, &str)] = &[
    ("from_me", "fromMe"),
    ("serialized", "_serialized"),
    ("recipientids", "recipientIds"),
    ("event", "event_type"),
    ("messages", "notifictions"),
];

/// One mutation, not yet applied: what to do where.
#[derive(Clone, Debug)]
pub struct Edit {
    /// What changes and where, such as `$.latest_message.ack: integer instead of "1"`.
    pub description: String,
    steps: Vec<Step>,
    op: Op,
}

#[derive(Clone, Debug)]
enum Op {
    /// Remove the member at `steps`.
    Remove,
    /// Replace the value at `steps`.
    Set(Value),
    /// In the object at `steps`, move the member `from` to `to`.
    Rename { from: String, to: String },
    /// In the object at `steps`, add `key` with `value`.
    Add { key: String, value: Value },
    /// Replace the value at `steps` with one nested this deep (made when applied).
    SetNested(usize),
    /// In the object at `steps`, add `key` with a value nested this deep (made when applied).
    AddNested { key: String, depth: usize },
}

impl Edit {
    /// `root` with this edit made.
    pub fn apply(&self, root: &Value) -> Value {
        let mut copy = root.clone();
        self.apply_in_place(&mut copy);
        copy
    }

    /// Makes this edit in `root`; an edit whose place is gone changes nothing.
    pub fn apply_in_place(&self, root: &mut Value) {
        match &self.op {
            Op::Remove => {
                let Some((last, parent)) = self.steps.split_last() else {
                    *root = Value::Null;
                    return;
                };
                // Only object members are dropped (`visit` makes no other removal).
                if let (Step::Key(key), Some(Value::Object(object))) = (last, get_mut(root, parent))
                {
                    object.remove(key);
                }
            }
            Op::Set(value) => {
                if let Some(slot) = get_mut(root, &self.steps) {
                    *slot = value.clone();
                }
            }
            Op::Rename { from, to } => {
                if let Some(Value::Object(object)) = get_mut(root, &self.steps)
                    && let Some(value) = object.remove(from)
                {
                    object.insert(to.clone(), value);
                }
            }
            Op::Add { key, value } => {
                if let Some(Value::Object(object)) = get_mut(root, &self.steps) {
                    object.insert(key.clone(), value.clone());
                }
            }
            Op::SetNested(depth) => {
                if let Some(slot) = get_mut(root, &self.steps) {
                    *slot = nested(*depth);
                }
            }
            Op::AddNested { key, depth } => {
                if let Some(Value::Object(object)) = get_mut(root, &self.steps) {
                    object.insert(key.clone(), nested(*depth));
                }
            }
        }
    }
}

/// Every mutation of `payload`, in a fixed order.
pub fn mutations(payload: &Value) -> Vec<Mutation> {
    edits(payload)
        .into_iter()
        .map(|edit| Mutation {
            value: edit.apply(payload),
            description: edit.description,
        })
        .collect()
}

/// Every mutation of `payload`, not yet applied, in the order of [`mutations`].
pub fn edits(payload: &Value) -> Vec<Edit> {
    let mut out = Vec::new();
    visit(payload, &mut Vec::new(), "$".to_owned(), &mut out);
    out
}

/// `count` mutations made one after another on `payload`, each picked by `pick(n)` (a number
/// below `n`) among the mutations of the payload as it is by then; the descriptions are joined.
pub fn compound(payload: &Value, count: usize, mut pick: impl FnMut(usize) -> usize) -> Mutation {
    let mut value = payload.clone();
    let mut described = Vec::new();
    for _ in 0..count {
        let mut edits = edits(&value);
        if edits.is_empty() {
            break;
        }
        let edit = edits.swap_remove(pick(edits.len()).min(edits.len() - 1));
        edit.apply_in_place(&mut value);
        described.push(edit.description);
    }
    Mutation {
        description: described.join(", then "),
        value,
    }
}

/// A value nested `depth` levels deep (arrays and objects by turns), with a string at the bottom.
pub fn nested(depth: usize) -> Value {
    (0..depth).fold(json!("deep"), |inner, level| {
        if level % 2 == 0 {
            Value::Array(vec![inner])
        } else {
            json!({ "a": inner })
        }
    })
}

/// A step from a value to one of its children.
#[derive(Clone, Debug)]
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

fn visit(value: &Value, steps: &mut Vec<Step>, path: String, out: &mut Vec<Edit>) {
    let mut push = |what: String, at: &[Step], op: Op| {
        out.push(Edit {
            description: format!("{path}: {what}"),
            steps: at.to_vec(),
            op,
        });
    };
    if !steps.is_empty() {
        if matches!(steps.last(), Some(Step::Key(_))) {
            push("dropped".into(), steps, Op::Remove);
        }
        if !value.is_null() {
            push("null".into(), steps, Op::Set(Value::Null));
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
            if replacement == *value {
                continue;
            }
            push(
                format!(
                    "{} instead of {}",
                    type_name(&replacement),
                    type_name(value)
                ),
                steps,
                Op::Set(replacement),
            );
        }
        push(
            format!(
                "nested {} levels deep instead of {}",
                DEEP_NESTING / 4,
                type_name(value)
            ),
            steps,
            Op::SetNested(DEEP_NESTING / 4),
        );
        for (what, alternative) in alternative_encodings(value) {
            push(what, steps, Op::Set(alternative));
        }
    }
    match value {
        Value::Object(object) => {
            push(
                "unknown field added".into(),
                steps,
                Op::Add {
                    key: "x_not_modelled".into(),
                    value: json!({"any": ["thing", 1]}),
                },
            );
            let depth = DEEP_NESTING.saturating_sub(steps.len() + 1);
            push(
                format!("unknown field nested {depth} levels deep added"),
                steps,
                Op::AddNested {
                    key: "x_deep".into(),
                    depth,
                },
            );
            for (written, other) in SPELLINGS {
                for (from, to) in [(written, other), (other, written)] {
                    if let Some(field) = object.get(*from) {
                        push(
                            format!("`{from}` spelled `{to}`"),
                            steps,
                            Op::Rename {
                                from: (*from).to_owned(),
                                to: (*to).to_owned(),
                            },
                        );
                        push(
                            format!("`{from}` also spelled `{to}`"),
                            steps,
                            Op::Add {
                                key: (*to).to_owned(),
                                value: field.clone(),
                            },
                        );
                    }
                }
            }
            if steps.len() < MAX_DEPTH {
                for (key, child) in object {
                    steps.push(Step::Key(key.clone()));
                    visit(child, steps, child_path(&path, key), out);
                    steps.pop();
                }
            }
        }
        Value::Array(items) => {
            if let (Some(first), true) = (items.first(), steps.len() < MAX_DEPTH) {
                steps.push(Step::Index(0));
                visit(first, steps, format!("{path}[0]"), out);
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
        assert_eq!(
            by_description("$.a: unknown field nested 98 levels deep added"),
            json!({"a": {"fromMe": true, "x_deep": nested(98)}, "n": "5"})
        );
    }

    #[test]
    fn nested_values_have_the_depth_asked_for() {
        fn depth(value: &Value) -> usize {
            match value {
                Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
                Value::Object(map) => 1 + map.values().map(depth).max().unwrap_or(0),
                _ => 0,
            }
        }
        assert_eq!(nested(3), json!([{"a": ["deep"]}]));
        assert_eq!(depth(&nested(DEEP_NESTING)), DEEP_NESTING);
    }

    #[test]
    fn compound_mutations_apply_each_edit_to_the_result_of_the_last() {
        let payload = json!({"n": "5", "m": 1});
        // The first pick is `$.m: dropped`, the second `$.n: null` in what is left.
        let first = edits(&payload)
            .iter()
            .position(|e| e.description == "$.m: dropped")
            .expect("a drop of m");
        let dropped = edits(&payload)[first].apply(&payload);
        let second = edits(&dropped)
            .iter()
            .position(|e| e.description == "$.n: null")
            .expect("a null for n");
        let mut picks = [first, second].into_iter();
        let result = compound(&payload, 2, |_| picks.next().expect("two picks"));
        assert_eq!(result.value, json!({"n": null}));
        assert_eq!(result.description, "$.m: dropped, then $.n: null");
    }
}
