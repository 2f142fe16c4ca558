//! One contract's schemas rendered as TypeScript declarations: a named type per definition, a
//! type expression per schema (the mapping is described in the parent module), and the
//! keywords that have no TypeScript form.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::{Map, Value};

use super::{Error, open_enum_values, webhook};

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
    "patternProperties",
    "items",
];

/// Renders the schemas of one contract.
pub(super) struct Renderer {
    /// Added to every defined name: `""` for the canonical contract, `"Input"` for the input.
    pub(super) suffix: String,
    /// The definitions that are webhook envelopes, by name.
    pub(super) envelopes: BTreeMap<String, webhook::Envelope>,
}

impl Renderer {
    /// The exported name of definition `name`.
    pub(super) fn name(&self, name: &str) -> String {
        format!("{name}{}", self.suffix)
    }

    /// Writes `export interface` or `export type` for one named schema.
    pub(super) fn declare(
        &self,
        out: &mut String,
        name: &str,
        schema: &Value,
    ) -> Result<(), Error> {
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
    pub(super) fn type_of(&self, schema: &Value, indent: &str) -> Result<String, Error> {
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
        if let Some(values) = open_enum_values(members) {
            let mut literals: Vec<String> = values.iter().map(literal).collect::<Result<_, _>>()?;
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
    pub(super) fn object_type(&self, schema: &Value, indent: &str) -> Result<String, Error> {
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
        let patterns = schema.get("patternProperties").and_then(Value::as_object);
        let pattern_values: Option<Value> = patterns.map(|patterns| {
            // Keys matching a pattern take its schema: the index signature allows each of them.
            let mut members: Vec<Value> = patterns.values().cloned().collect();
            match schema.get("additionalProperties") {
                Some(Value::Bool(false)) => {}
                Some(other) => members.push(other.clone()),
                None => members.push(Value::Bool(true)),
            }
            serde_json::json!({ "anyOf": members })
        });
        let additional = pattern_values
            .as_ref()
            .or_else(|| schema.get("additionalProperties"));
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
pub(super) fn doc_comment(out: &mut String, text: &str, indent: &str) {
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
pub(super) fn property_name(name: &str) -> String {
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
