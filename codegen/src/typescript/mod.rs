//! TypeScript generated from the JSON Schemas, so that the two cannot disagree: the types of
//! what the model writes from the canonical schemas, and the `…Input` types of what Periskope
//! sends from the input schemas; then the npm package around them ([`package`]).
//!
//! The mapping:
//! - a property is optional (`?`) exactly when the schema does not require it, and `| null`
//!   exactly when the schema allows `null`;
//! - an open enum (an `anyOf` of string `const`s and a plain `{"type": "string"}`) becomes the
//!   union of its literals and `(string & {})`, so editors complete the known values and an
//!   unknown value still type-checks;
//! - an object that allows other properties gets an index signature `[key: string]: unknown`;
//! - `$defs` become named types (with the contract's suffix, `Input` for the input contract),
//!   `description`s become JSDoc;
//! - a webhook envelope whose `data` depends on the event name becomes an event map, a union
//!   that narrows on the name and a separate type for unknown events (`webhook.rs`);
//! - `if`/`then`/`else` becomes the union of its branches, `{"required": [...]}` alone an object
//!   with those keys: TypeScript cannot state the condition, so the type is the nearest one that
//!   still admits every valid value;
//! - keywords TypeScript cannot state (`pattern`, `minimum`, `format`, `not`, …) are left to the
//!   schema; a keyword the generator does not know is an error, so nothing is dropped silently.

mod delivery;
mod endpoints;
mod examples;
pub mod package;
mod render;
mod webhook;

use std::collections::BTreeMap;

use serde_json::Value;

use render::Renderer;

/// Why a schema could not be turned into TypeScript.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// The declarations of one contract, with what the package's runtime values are made of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Declarations {
    /// The declarations file, header included.
    pub text: String,
    /// Each enum definition (open or closed) and its known values, in schema order.
    pub enums: Vec<(String, Vec<String>)>,
    /// The known webhook event names, in schema order (empty when no envelope was found).
    pub events: Vec<String>,
    /// The spellings of the envelope's event key, the written one first (`event`, then
    /// `event_type` in the input contract).
    pub event_keys: Vec<String>,
}

/// The declarations for the named root schemas (`(type name, schema)`, in order): one exported
/// type per root and one per shared `$defs` entry, every name followed by `suffix`. `header`
/// starts the file (imports included).
pub fn declarations(
    roots: &[(&str, &Value)],
    suffix: &str,
    header: &str,
) -> Result<Declarations, Error> {
    let mut defs: BTreeMap<String, Value> = BTreeMap::new();
    for (name, schema) in roots {
        if let Some(Value::Object(root_defs)) = schema.get("$defs") {
            for (def_name, def) in root_defs {
                match defs.get(def_name) {
                    Some(existing) if existing != def => {
                        return Err(Error(format!(
                            "`{def_name}` is defined differently by `{name}` and an earlier type"
                        )));
                    }
                    _ => {
                        defs.insert(def_name.clone(), def.clone());
                    }
                }
            }
        }
    }
    let mut renderer = Renderer {
        suffix: suffix.to_owned(),
        envelopes: BTreeMap::new(),
    };
    let mut members = Vec::new();
    for (name, def) in &defs {
        if let Some((envelope, names)) = webhook::Envelope::recognise(def, &defs) {
            renderer.envelopes.insert(name.clone(), envelope);
            members.extend(names);
        }
    }
    // An envelope's members are declared by the envelope (its event map and narrowing union).
    for member in members {
        defs.remove(&member);
    }
    let mut out = String::from(header);
    let declare = |out: &mut String, name: &str, schema: &Value| {
        out.push('\n');
        renderer
            .declare(out, name, schema)
            .map_err(|e| Error(format!("{name}: {}", e.0)))
    };
    for (name, schema) in roots {
        if let Some(def) = defs.remove(*name) {
            // A root used inside another root (a chat's members are chat members) is declared
            // once, as the root; the two schemas must then describe the same type.
            if def != root_body(schema) {
                return Err(Error(format!(
                    "`{name}` is a root and a different shared definition"
                )));
            }
        }
        declare(&mut out, name, schema)?;
    }
    let mut enums = Vec::new();
    for (name, schema) in &defs {
        declare(&mut out, name, schema)?;
        if let Some(values) = enum_values(schema) {
            enums.push((name.clone(), values));
        }
    }
    let envelope = renderer.envelopes.values().next();
    Ok(Declarations {
        text: out,
        enums,
        events: envelope.map(webhook::Envelope::names).unwrap_or_default(),
        event_keys: envelope.map(|e| e.keys().to_vec()).unwrap_or_default(),
    })
}

/// The known values of an enum definition: an open enum's literals or a closed `enum`'s strings.
fn enum_values(schema: &Value) -> Option<Vec<String>> {
    if let Some(Value::Array(values)) = schema.get("enum") {
        return values
            .iter()
            .map(|v| v.as_str().map(str::to_owned))
            .collect();
    }
    let members = schema.get("anyOf")?.as_array()?;
    open_enum_values(members)?
        .iter()
        .map(|v| v.as_str().map(str::to_owned))
        .collect()
}

/// The known values of an open enum's `anyOf` members: string constants (`const`, or a string
/// `enum`) and one plain string; `None` for other members.
pub(crate) fn open_enum_values(members: &[Value]) -> Option<Vec<Value>> {
    let plain_string = |member: &Value| {
        member.as_object().is_some_and(|o| {
            o.get("type").and_then(Value::as_str) == Some("string")
                && o.keys().all(|k| k == "type" || k == "description")
        })
    };
    let mut values = Vec::new();
    let mut plain = 0;
    for member in members {
        if plain_string(member) {
            plain += 1;
        } else if let Some(constant) = member.get("const").filter(|c| c.is_string()) {
            values.push(constant.clone());
        } else if let Some(Value::Array(known)) = member.get("enum") {
            if !known.iter().all(Value::is_string) {
                return None;
            }
            values.extend(known.iter().cloned());
        } else {
            return None;
        }
    }
    (plain == 1 && !values.is_empty()).then_some(values)
}

/// A root schema without the keywords only a root has, to compare with a shared definition.
fn root_body(schema: &Value) -> Value {
    let mut body = schema.clone();
    if let Value::Object(object) = &mut body {
        for keyword in ["$schema", "$id", "$defs", "title", "examples"] {
            object.remove(keyword);
        }
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn plain() -> Renderer {
        Renderer {
            suffix: String::new(),
            envelopes: BTreeMap::new(),
        }
    }

    #[test]
    fn nullable_optional_and_required_properties() {
        let schema = json!({
            "type": "object",
            "description": "A thing.",
            "properties": {
                "id": {"type": "string", "description": "Its id."},
                "count": {"type": ["integer", "null"]},
                "odd-key": {"type": "boolean"}
            },
            "required": ["id"],
            "additionalProperties": true
        });
        let ts = declarations(&[("Thing", &schema)], "", "").expect("renders");
        assert_eq!(
            ts.text,
            "\n/**\n * A thing.\n */\nexport interface Thing {\n  count?: number | null;\n  /**\n   * Its id.\n   */\n  id: string;\n  \"odd-key\"?: boolean;\n  /** Fields this version does not model, kept as received. */\n  [key: string]: unknown;\n}\n"
        );
    }

    #[test]
    fn open_enums_keep_their_literals_and_any_string() {
        let schema = json!({"anyOf": [
            {"type": "string", "const": "user"},
            {"type": "string", "const": "group"},
            {"type": "string"}
        ]});
        assert_eq!(
            plain().type_of(&schema, "").as_deref(),
            Ok("\"user\" | \"group\" | (string & {})")
        );
    }

    #[test]
    fn arrays_maps_and_refs() {
        let schema = json!({"type": ["array", "null"], "items": {"anyOf": [{"$ref": "#/$defs/A"}, {"type": "string"}]}});
        assert_eq!(
            plain().type_of(&schema, "").as_deref(),
            Ok("(A | string)[] | null")
        );
        let map = json!({"type": "object", "additionalProperties": {"type": "integer"}});
        assert_eq!(
            plain().type_of(&map, "").as_deref(),
            Ok("{ [key: string]: number }")
        );
    }

    #[test]
    fn unknown_keywords_are_errors_not_silence() {
        let schema = json!({"type": "object", "dependentRequired": {"a": ["b"]}});
        assert_eq!(
            plain().type_of(&schema, ""),
            Err(Error(
                "keyword `dependentRequired` has no TypeScript form".into()
            ))
        );
    }

    #[test]
    fn input_names_take_the_suffix_and_conditions_become_unions() {
        let schema = json!({
            "type": "object",
            "if": {"required": ["queue_id"]},
            "then": {"$ref": "#/$defs/Queued"},
            "else": {"type": "object", "additionalProperties": {"type": "string"}},
            "$defs": {"Queued": {"type": "object", "properties": {"queue_id": {"type": "string"}}, "required": ["queue_id"]}}
        });
        let ts = declarations(&[("Sent", &schema)], "Input", "").expect("renders");
        assert_eq!(
            ts.text,
            "\nexport type SentInput = QueuedInput | { [key: string]: string };\n\nexport interface QueuedInput {\n  queue_id: string;\n  /** Fields this version does not model, kept as received. */\n  [key: string]: unknown;\n}\n"
        );
    }

    #[test]
    fn one_of_two_spellings_requires_one_of_them() {
        let schema = json!({
            "type": "object",
            "properties": {"from_me": {"type": "boolean"}, "fromMe": {"type": "boolean"}},
            "allOf": [{"oneOf": [{"required": ["from_me"]}, {"required": ["fromMe"]}]}],
            "not": {"required": ["from_me", "fromMe"]},
            "additionalProperties": false
        });
        assert_eq!(
            plain().type_of(&schema, "").as_deref(),
            Ok(
                "({ from_me: unknown } | { fromMe: unknown }) & {\n  fromMe?: boolean;\n  from_me?: boolean;\n}"
            )
        );
    }

    #[test]
    fn enums_are_collected_for_the_runtime_values() {
        let open = json!({"anyOf": [{"const": "a", "type": "string"}, {"const": "b", "type": "string"}, {"type": "string"}]});
        let closed = json!({"enum": ["x", "y"]});
        let root =
            json!({"type": "object", "properties": {}, "$defs": {"Open": open, "Closed": closed}});
        let ts = declarations(&[("Root", &root)], "", "").expect("renders");
        assert_eq!(
            ts.enums,
            vec![
                ("Closed".to_owned(), vec!["x".to_owned(), "y".to_owned()]),
                ("Open".to_owned(), vec!["a".to_owned(), "b".to_owned()]),
            ]
        );
    }
}
