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
mod webhook;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::{Map, Value};

/// Keywords that only annotate or constrain values in ways TypeScript cannot express.
const IGNORED_KEYWORDS: &[&str] = &[
    "$schema",
    "$id",
    "$comment",
    "title",
    "description",
    "examples",
    "default",
    "pattern",
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "deprecated",
    "readOnly",
    "writeOnly",
    // Which spellings may appear together: a type cannot say "not both".
    "not",
];

/// Keywords the generator turns into types.
const TYPE_KEYWORDS: &[&str] = &[
    "$ref",
    "$defs",
    "type",
    "const",
    "enum",
    "anyOf",
    "oneOf",
    "allOf",
    "if",
    "then",
    "else",
    "properties",
    "required",
    "additionalProperties",
    "items",
];

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
    for (name, def) in &defs {
        if let Some(envelope) = webhook::Envelope::recognise(def) {
            renderer.envelopes.insert(name.clone(), envelope);
        }
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
    let constants: Vec<String> = members
        .iter()
        .filter_map(|m| m.get("const").and_then(Value::as_str).map(str::to_owned))
        .collect();
    (is_open_enum(members) && !constants.is_empty()).then_some(constants)
}

/// True for `anyOf` members that are string constants and one plain string.
fn is_open_enum(members: &[Value]) -> bool {
    let plain_string = |member: &Value| {
        member.as_object().is_some_and(|o| {
            o.get("type").and_then(Value::as_str) == Some("string")
                && o.keys().all(|k| k == "type" || k == "description")
        })
    };
    let constants = members
        .iter()
        .filter(|m| m.get("const").is_some_and(Value::is_string))
        .count();
    members.iter().filter(|m| plain_string(m)).count() == 1
        && constants + 1 == members.len()
        && constants > 0
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

/// Renders the schemas of one contract.
struct Renderer {
    /// Added to every defined name: `""` for the canonical contract, `"Input"` for the input.
    suffix: String,
    /// The definitions that are webhook envelopes, by name.
    envelopes: BTreeMap<String, webhook::Envelope>,
}

impl Renderer {
    /// The exported name of definition `name`.
    fn name(&self, name: &str) -> String {
        format!("{name}{}", self.suffix)
    }

    /// Writes `export interface` or `export type` for one named schema.
    fn declare(&self, out: &mut String, name: &str, schema: &Value) -> Result<(), Error> {
        let object = schema.as_object();
        let description = object
            .and_then(|o| o.get("description"))
            .and_then(Value::as_str);
        if let Some(envelope) = self.envelopes.get(name) {
            return envelope.declare(self, out, name, description);
        }
        if let Some(description) = description {
            doc_comment(out, description, "");
        }
        let name = self.name(name);
        let is_interface = object.is_some_and(|o| {
            o.get("type").and_then(Value::as_str) == Some("object")
                && o.contains_key("properties")
                && ["anyOf", "oneOf", "allOf", "if"]
                    .iter()
                    .all(|k| !o.contains_key(*k))
        });
        if is_interface {
            let _ = write!(out, "export interface {name} ");
            out.push_str(&self.object_type(schema, "")?);
            out.push('\n');
        } else {
            let rendered = self.type_of(schema, "")?;
            let members = top_level_union_members(&rendered);
            if rendered.len() > 80 && members.len() > 1 {
                let _ = writeln!(out, "export type {name} =");
                for member in members {
                    let _ = writeln!(out, "  | {member}");
                }
                out.pop();
                out.push_str(";\n");
            } else {
                let _ = writeln!(out, "export type {name} = {rendered};");
            }
        }
        Ok(())
    }

    /// The TypeScript type of `schema`; `indent` is the indentation of the line it starts on.
    fn type_of(&self, schema: &Value, indent: &str) -> Result<String, Error> {
        let object = match schema {
            Value::Bool(true) => return Ok("unknown".into()),
            Value::Bool(false) => return Ok("never".into()),
            Value::Object(object) => object,
            other => return Err(Error(format!("not a schema: {other}"))),
        };
        for keyword in object.keys() {
            if !IGNORED_KEYWORDS.contains(&keyword.as_str())
                && !TYPE_KEYWORDS.contains(&keyword.as_str())
            {
                return Err(Error(format!("keyword `{keyword}` has no TypeScript form")));
            }
        }
        let mut parts: Vec<String> = Vec::new();
        if let Some(reference) = object.get("$ref") {
            let name = reference
                .as_str()
                .and_then(|r| r.strip_prefix("#/$defs/"))
                .ok_or_else(|| Error(format!("unsupported $ref {reference}")))?;
            parts.push(match self.envelopes.get(name) {
                // A place that accepts the envelope accepts every event, known or not.
                Some(_) => format!(
                    "{} | {}",
                    self.name(name),
                    self.name(&format!("Unknown{name}"))
                ),
                None => self.name(name),
            });
        }
        if let Some(constant) = object.get("const") {
            parts.push(literal(constant)?);
        }
        if let Some(values) = object.get("enum") {
            let values = values
                .as_array()
                .ok_or_else(|| Error("`enum` is not an array".into()))?;
            let literals: Result<Vec<String>, Error> = values.iter().map(literal).collect();
            parts.push(union(literals?));
        }
        for keyword in ["anyOf", "oneOf"] {
            if let Some(members) = object.get(keyword) {
                let members = members
                    .as_array()
                    .ok_or_else(|| Error(format!("`{keyword}` is not an array")))?;
                parts.push(self.alternatives(members, indent)?);
            }
        }
        if let Some(members) = object.get("allOf") {
            let members = members
                .as_array()
                .ok_or_else(|| Error("`allOf` is not an array".into()))?;
            let types: Result<Vec<String>, Error> = members
                .iter()
                .map(|member| self.type_of(member, indent))
                .collect();
            parts.extend(types?);
        }
        if object.contains_key("if") {
            // The value meets `then` or `else`; which, TypeScript cannot tell.
            let branch = |keyword: &str| match object.get(keyword) {
                Some(schema) => self.type_of(schema, indent),
                None => Ok("unknown".to_owned()),
            };
            parts.push(union(vec![branch("then")?, branch("else")?]));
        }
        if let Some(types) = object.get("type") {
            let types: Vec<&str> = match types {
                Value::String(single) => vec![single.as_str()],
                Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
                other => return Err(Error(format!("unsupported type {other}"))),
            };
            // With `const` or `enum`, `type` adds nothing TypeScript can say; beside a
            // conditional or alternatives that are all objects, neither does `"object"`.
            let said_by_parts = types == ["object"]
                && !object.contains_key("properties")
                && !object.contains_key("additionalProperties")
                && !parts.is_empty();
            if !object.contains_key("const") && !object.contains_key("enum") && !said_by_parts {
                let mut rendered = Vec::new();
                for name in types {
                    rendered.push(match name {
                        "string" => "string".to_owned(),
                        "integer" | "number" => "number".to_owned(),
                        "boolean" => "boolean".to_owned(),
                        "null" => "null".to_owned(),
                        "array" => self.array_type(object, indent)?,
                        "object" => self.object_type(schema, indent)?,
                        other => return Err(Error(format!("unknown type `{other}`"))),
                    });
                }
                parts.push(union(rendered));
            }
        } else if let Some(Value::Array(required)) = object.get("required") {
            // Only "these keys are present": an object with them, of any type.
            let keys: Vec<String> = required
                .iter()
                .filter_map(Value::as_str)
                .map(|key| format!("{}: unknown", property_name(key)))
                .collect();
            parts.push(format!("{{ {} }}", keys.join("; ")));
        }
        // `unknown` adds nothing to an intersection.
        if parts.len() > 1 {
            parts.retain(|part| part != "unknown");
        }
        Ok(match parts.len() {
            0 => "unknown".into(),
            1 => parts.remove(0),
            _ => parts
                .iter()
                .map(|part| parenthesize(part))
                .collect::<Vec<_>>()
                .join(" & "),
        })
    }

    /// An `anyOf` or `oneOf`: an open enum, or the union of the members.
    fn alternatives(&self, members: &[Value], indent: &str) -> Result<String, Error> {
        if is_open_enum(members) {
            let mut literals: Vec<String> = members
                .iter()
                .filter_map(|m| m.get("const"))
                .map(literal)
                .collect::<Result<_, _>>()?;
            literals.push("string & {}".into());
            return Ok(union(literals));
        }
        let types: Result<Vec<String>, Error> = members
            .iter()
            .map(|member| self.type_of(member, indent))
            .collect();
        Ok(union(types?))
    }

    /// The element type of an array schema, as `T[]`.
    fn array_type(&self, object: &Map<String, Value>, indent: &str) -> Result<String, Error> {
        let item = match object.get("items") {
            Some(items) => self.type_of(items, indent)?,
            None => "unknown".into(),
        };
        Ok(format!("{}[]", parenthesize(&item)))
    }

    /// An object type literal: its properties, then an index signature if it allows others.
    fn object_type(&self, schema: &Value, indent: &str) -> Result<String, Error> {
        self.object_type_with(schema, indent, &[], &[])
    }

    /// [`Self::object_type`] without the properties named in `skip` and with the `(name, type)`
    /// lines of `extra` first.
    fn object_type_with(
        &self,
        schema: &Value,
        indent: &str,
        skip: &[&str],
        extra: &[(&str, String)],
    ) -> Result<String, Error> {
        let empty = Map::new();
        let properties = schema
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let additional = schema.get("additionalProperties");
        let shown = properties.keys().filter(|k| !skip.contains(&k.as_str()));
        if shown.count() == 0 && extra.is_empty() {
            return Ok(match additional {
                Some(Value::Bool(false)) => "Record<string, never>".into(),
                None | Some(Value::Bool(true)) => "{ [key: string]: unknown }".into(),
                Some(other) => format!("{{ [key: string]: {} }}", self.type_of(other, indent)?),
            });
        }
        let inner = format!("{indent}  ");
        let mut out = String::from("{\n");
        for (name, rendered) in extra {
            let _ = writeln!(out, "{inner}{}: {rendered};", property_name(name));
        }
        for (name, property) in properties {
            if skip.contains(&name.as_str()) {
                continue;
            }
            if let Some(description) = property.get("description").and_then(Value::as_str) {
                doc_comment(&mut out, description, &inner);
            }
            let optional = if required.contains(&name.as_str()) {
                ""
            } else {
                "?"
            };
            let _ = writeln!(
                out,
                "{inner}{}{optional}: {};",
                property_name(name),
                self.type_of(property, &inner)?
            );
        }
        match additional {
            Some(Value::Bool(false)) => {}
            None | Some(Value::Bool(true)) => {
                let _ = writeln!(
                    out,
                    "{inner}/** Fields this version does not model, kept as received. */"
                );
                let _ = writeln!(out, "{inner}[key: string]: unknown;");
            }
            Some(_) => {
                // The declared properties must fit the index signature, so it can only say
                // unknown.
                let _ = writeln!(out, "{inner}[key: string]: unknown;");
            }
        }
        let _ = write!(out, "{indent}}}");
        Ok(out)
    }
}

/// A JSDoc comment at `indent`.
fn doc_comment(out: &mut String, text: &str, indent: &str) {
    let text = text.replace("*/", "*\\/");
    let _ = writeln!(out, "{indent}/**");
    for line in text.lines() {
        if line.is_empty() {
            let _ = writeln!(out, "{indent} *");
        } else {
            let _ = writeln!(out, "{indent} * {line}");
        }
    }
    let _ = writeln!(out, "{indent} */");
}

/// A property name, quoted unless it is an identifier.
fn property_name(name: &str) -> String {
    let mut chars = name.chars();
    let identifier = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if identifier {
        name.to_owned()
    } else {
        Value::from(name).to_string()
    }
}

/// A JSON value as a TypeScript literal type.
fn literal(value: &Value) -> Result<String, Error> {
    match value {
        Value::String(_) | Value::Number(_) | Value::Bool(_) | Value::Null => Ok(value.to_string()),
        other => Err(Error(format!("no literal type for {other}"))),
    }
}

/// `a | b | c`, without repeats; `unknown` when one of them is.
fn union(types: Vec<String>) -> String {
    let mut unique: Vec<String> = Vec::with_capacity(types.len());
    for t in types {
        if t == "unknown" {
            return t;
        }
        if !unique.contains(&t) {
            unique.push(t);
        }
    }
    if unique.is_empty() {
        return "never".into();
    }
    unique
        .iter()
        .map(|t| {
            if t.contains(" & ") {
                format!("({t})")
            } else {
                t.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The members of a union type at its top level (`A | (B | C)[]` gives `A` and `(B | C)[]`).
fn top_level_union_members(t: &str) -> Vec<&str> {
    let mut members = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (index, c) in t.char_indices() {
        match c {
            '(' | '{' | '[' | '<' => depth += 1,
            ')' | '}' | ']' | '>' => depth -= 1,
            '|' if depth == 0 => {
                members.push(t.get(start..index).unwrap_or_default().trim());
                start = index + 1;
            }
            _ => {}
        }
    }
    members.push(t.get(start..).unwrap_or_default().trim());
    members
}

/// `t` in parentheses when it is a union or intersection, so that `[]` or `&` binds to the whole.
fn parenthesize(t: &str) -> String {
    let top_level_operator = {
        let mut depth = 0i32;
        let mut found = false;
        for c in t.chars() {
            match c {
                '(' | '{' | '[' | '<' => depth += 1,
                ')' | '}' | ']' | '>' => depth -= 1,
                '|' | '&' if depth == 0 => found = true,
                _ => {}
            }
        }
        found
    };
    if top_level_operator {
        format!("({t})")
    } else {
        t.to_owned()
    }
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
