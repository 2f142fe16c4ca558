//! TypeScript definitions generated from the canonical JSON Schemas, so that the two cannot
//! disagree.
//!
//! The mapping:
//! - a property is optional (`?`) exactly when the schema does not require it, and `| null`
//!   exactly when the schema allows `null`;
//! - an open enum (an `anyOf` of string `const`s and a plain `{"type": "string"}`) becomes the
//!   union of its literals and `(string & {})`, so editors complete the known values and an
//!   unknown value still type-checks;
//! - an object that allows other properties gets an index signature `[key: string]: unknown`;
//! - `$defs` become named types, `description`s become JSDoc;
//! - keywords TypeScript cannot state (`pattern`, `minimum`, `format`, …) are left to the
//!   schema; a keyword the generator does not know is an error, so nothing is dropped silently.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::{Map, Value};

/// Keywords that only annotate or constrain values in ways TypeScript cannot express.
const IGNORED_KEYWORDS: &[&str] = &[
    "$schema",
    "$id",
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

/// The definitions file for the named root schemas (`(type name, canonical schema)`, in order):
/// one exported type per root and one per shared `$defs` entry.
pub fn definitions(roots: &[(&str, &Value)], header: &str) -> Result<String, Error> {
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
    let mut out = String::from(header);
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
        out.push('\n');
        declare(&mut out, name, schema).map_err(|e| Error(format!("{name}: {}", e.0)))?;
    }
    for (name, schema) in &defs {
        out.push('\n');
        declare(&mut out, name, schema).map_err(|e| Error(format!("{name}: {}", e.0)))?;
    }
    Ok(out)
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

/// Writes `export interface` or `export type` for one named schema.
fn declare(out: &mut String, name: &str, schema: &Value) -> Result<(), Error> {
    let object = schema.as_object();
    if let Some(description) = object
        .and_then(|o| o.get("description"))
        .and_then(Value::as_str)
    {
        doc_comment(out, description, "");
    }
    let is_interface = object.is_some_and(|o| {
        o.get("type").and_then(Value::as_str) == Some("object")
            && o.contains_key("properties")
            && !o.contains_key("anyOf")
            && !o.contains_key("oneOf")
            && !o.contains_key("allOf")
    });
    if is_interface {
        let _ = write!(out, "export interface {name} ");
        out.push_str(&object_type(schema, "")?);
        out.push('\n');
    } else {
        let rendered = type_of(schema, "")?;
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

/// The TypeScript type of `schema`; `indent` is the indentation of the line it starts on.
fn type_of(schema: &Value, indent: &str) -> Result<String, Error> {
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
        parts.push(name.to_owned());
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
            parts.push(alternatives(members, indent)?);
        }
    }
    if let Some(members) = object.get("allOf") {
        let members = members
            .as_array()
            .ok_or_else(|| Error("`allOf` is not an array".into()))?;
        let types: Result<Vec<String>, Error> = members
            .iter()
            .map(|member| type_of(member, indent).map(|t| parenthesize(&t)))
            .collect();
        parts.push(types?.join(" & "));
    }
    if let Some(types) = object.get("type") {
        let types: Vec<&str> = match types {
            Value::String(single) => vec![single.as_str()],
            Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
            other => return Err(Error(format!("unsupported type {other}"))),
        };
        // With `const` or `enum`, `type` adds nothing TypeScript can say.
        if !object.contains_key("const") && !object.contains_key("enum") {
            let mut rendered = Vec::new();
            for name in types {
                rendered.push(match name {
                    "string" => "string".to_owned(),
                    "integer" | "number" => "number".to_owned(),
                    "boolean" => "boolean".to_owned(),
                    "null" => "null".to_owned(),
                    "array" => array_type(object, indent)?,
                    "object" => object_type(schema, indent)?,
                    other => return Err(Error(format!("unknown type `{other}`"))),
                });
            }
            parts.push(union(rendered));
        }
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
fn alternatives(members: &[Value], indent: &str) -> Result<String, Error> {
    let string_const = |member: &Value| {
        member
            .get("const")
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    let plain_string = |member: &Value| {
        member.as_object().is_some_and(|o| {
            o.get("type").and_then(Value::as_str) == Some("string")
                && o.keys().all(|k| k == "type" || k == "description")
        })
    };
    let constants: Vec<String> = members.iter().filter_map(string_const).collect();
    let open = members.iter().filter(|m| plain_string(m)).count() == 1
        && constants.len() + 1 == members.len()
        && !constants.is_empty();
    if open {
        let mut literals: Vec<String> = constants
            .iter()
            .map(|c| literal(&Value::from(c.as_str())))
            .collect::<Result<_, _>>()?;
        literals.push("string & {}".into());
        return Ok(union(literals));
    }
    let types: Result<Vec<String>, Error> = members
        .iter()
        .map(|member| type_of(member, indent))
        .collect();
    Ok(union(types?))
}

/// The element type of an array schema, as `T[]`.
fn array_type(object: &Map<String, Value>, indent: &str) -> Result<String, Error> {
    let item = match object.get("items") {
        Some(items) => type_of(items, indent)?,
        None => "unknown".into(),
    };
    Ok(format!("{}[]", parenthesize(&item)))
}

/// An object type literal: its properties, then an index signature if it allows others.
fn object_type(schema: &Value, indent: &str) -> Result<String, Error> {
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
    if properties.is_empty() {
        return Ok(match additional {
            Some(Value::Bool(false)) => "Record<string, never>".into(),
            None | Some(Value::Bool(true)) => "{ [key: string]: unknown }".into(),
            Some(other) => format!("{{ [key: string]: {} }}", type_of(other, indent)?),
        });
    }
    let inner = format!("{indent}  ");
    let mut out = String::from("{\n");
    for (name, property) in properties {
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
            type_of(property, &inner)?
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
            // The declared properties must fit the index signature, so it can only say unknown.
            let _ = writeln!(out, "{inner}[key: string]: unknown;");
        }
    }
    let _ = write!(out, "{indent}}}");
    Ok(out)
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

/// `a | b | c`, without repeats.
fn union(types: Vec<String>) -> String {
    let mut unique: Vec<String> = Vec::with_capacity(types.len());
    for t in types {
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
        let ts = definitions(&[("Thing", &schema)], "").expect("renders");
        assert_eq!(
            ts,
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
            type_of(&schema, "").as_deref(),
            Ok("\"user\" | \"group\" | (string & {})")
        );
    }

    #[test]
    fn arrays_maps_and_refs() {
        let schema = json!({"type": ["array", "null"], "items": {"anyOf": [{"$ref": "#/$defs/A"}, {"type": "string"}]}});
        assert_eq!(type_of(&schema, "").as_deref(), Ok("(A | string)[] | null"));
        let map = json!({"type": "object", "additionalProperties": {"type": "integer"}});
        assert_eq!(
            type_of(&map, "").as_deref(),
            Ok("{ [key: string]: number }")
        );
    }

    #[test]
    fn unknown_keywords_are_errors_not_silence() {
        let schema = json!({"type": "object", "dependentRequired": {"a": ["b"]}});
        assert_eq!(
            type_of(&schema, ""),
            Err(Error(
                "keyword `dependentRequired` has no TypeScript form".into()
            ))
        );
    }
}
