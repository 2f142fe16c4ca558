//! JSON Schema (draft 2020-12) of each kind, in its two contracts, from the model's `JsonSchema`
//! impls.
//!
//! schemars describes the model; this module turns its output into schemas that any validator
//! reads the same way: only standard keywords and formats, serde aliases spelled out, rustdoc
//! links turned into plain code spans, and the root given a stable `$id`, a `title` and the
//! documented example.

use periskope_model::endpoint::TypeRef;
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

/// The dialect every generated schema declares.
pub const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The base of every generated schema's `$id`: the `schemas/` folder of the repository. The ids
/// identify the schemas; tools do not need to fetch them.
pub const ID_BASE: &str =
    "https://raw.githubusercontent.com/periskope-schema/periskope-schema/main/schemas/";

/// Which of the model's two contracts a schema describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Contract {
    /// Everything the model reads: every documented encoding, unknown fields allowed. Raw
    /// Periskope payloads are validated against this.
    Input,
    /// Exactly what the model writes: one encoding per field.
    Canonical,
}

impl Contract {
    /// Both contracts, input first.
    pub const ALL: [Contract; 2] = [Contract::Input, Contract::Canonical];

    /// The schema's path under `schemas/` for the kind `kind`, such as `json/chat.schema.json`
    /// or `json/canonical/chat.schema.json`.
    pub fn schema_path(self, kind: &str) -> String {
        match self {
            Contract::Input => format!("json/{kind}.schema.json"),
            Contract::Canonical => format!("json/canonical/{kind}.schema.json"),
        }
    }
}

/// The JSON Schema of `model` in `contract`, as schemars writes it, before [`finish`].
pub fn raw_schema(model: &TypeRef, contract: Contract) -> Value {
    let settings = SchemaSettings::draft2020_12();
    let settings = match contract {
        Contract::Input => settings.for_deserialize(),
        Contract::Canonical => settings.for_serialize(),
    };
    model.root_schema(settings).into()
}

/// Makes schemars' output for `kind` publishable: the root gets `$schema`, `$id`, `title` and
/// `examples`, and every subschema is normalised (see the module docs).
pub fn finish(
    mut schema: Value,
    kind: &str,
    title: &str,
    contract: Contract,
    example: Option<&Value>,
) -> Value {
    normalise(&mut schema, contract);
    if let Value::Object(root) = &mut schema {
        root.insert("$schema".into(), Value::from(DIALECT));
        root.insert(
            "$id".into(),
            Value::from(format!("{ID_BASE}{}", contract.schema_path(kind))),
        );
        root.insert("title".into(), Value::from(title));
        if let Some(example) = example {
            root.insert("examples".into(), json!([example]));
        }
    }
    schema
}

/// The formats of JSON Schema 2020-12 (section 7.3 of the validation vocabulary). Any other
/// `format` (schemars writes `int64`, `uint32`, …) is replaced or removed.
const STANDARD_FORMATS: &[&str] = &[
    "date-time",
    "date",
    "time",
    "duration",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uuid",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "regex",
];

/// The range of schemars' integer formats, which become `minimum` and `maximum`.
fn integer_format_range(format: &str) -> Option<(i128, i128)> {
    Some(match format {
        "int8" => (i8::MIN.into(), i8::MAX.into()),
        "int16" => (i16::MIN.into(), i16::MAX.into()),
        "int32" => (i32::MIN.into(), i32::MAX.into()),
        "int64" => (i64::MIN.into(), i64::MAX.into()),
        "uint8" => (0, u8::MAX.into()),
        "uint16" => (0, u16::MAX.into()),
        "uint32" => (0, u32::MAX.into()),
        "uint64" => (0, u64::MAX.into()),
        _ => return None,
    })
}

/// Keywords whose value is a subschema.
const SUBSCHEMA_KEYWORDS: &[&str] = &[
    "additionalProperties",
    "items",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
];

/// Keywords whose value is an array of subschemas.
const SUBSCHEMA_ARRAY_KEYWORDS: &[&str] = &["anyOf", "oneOf", "allOf", "prefixItems"];

/// Keywords whose value is a map of subschemas.
const SUBSCHEMA_MAP_KEYWORDS: &[&str] = &[
    "properties",
    "patternProperties",
    "$defs",
    "dependentSchemas",
];

/// Calls `visit` on every schema object in `schema`, innermost first (subschemas are found
/// through the keywords that hold them, so a property named like a keyword is not mistaken for
/// one).
pub fn for_each_subschema(schema: &mut Value, visit: &mut dyn FnMut(&mut Map<String, Value>)) {
    let Value::Object(object) = schema else {
        return;
    };
    for keyword in SUBSCHEMA_KEYWORDS {
        if let Some(sub) = object.get_mut(*keyword) {
            for_each_subschema(sub, visit);
        }
    }
    for keyword in SUBSCHEMA_ARRAY_KEYWORDS {
        if let Some(Value::Array(subs)) = object.get_mut(*keyword) {
            subs.iter_mut()
                .for_each(|sub| for_each_subschema(sub, visit));
        }
    }
    for keyword in SUBSCHEMA_MAP_KEYWORDS {
        if let Some(Value::Object(subs)) = object.get_mut(*keyword) {
            subs.values_mut()
                .for_each(|sub| for_each_subschema(sub, visit));
        }
    }
    visit(object);
}

/// Normalises `schema` and every subschema in it.
fn normalise(schema: &mut Value, contract: Contract) {
    for_each_subschema(schema, &mut |object| {
        if let Some(Value::String(description)) = object.get_mut("description") {
            *description = plain_description(description);
        }
        standard_format(object);
        flatten_any_of(object);
        spell_out_aliases(object, contract);
        array_items(object);
        nullable_map(object);
    });
}

/// Writes a nullable map (`"type": ["object", "null"]` with an `additionalProperties` schema and
/// no `properties`) as `anyOf` of the map and `null`: the same values, and the form in which
/// code generators keep the values' type (datamodel-code-generator reads the first as
/// `dict[str, Any]`).
fn nullable_map(object: &mut Map<String, Value>) {
    let nullable_object = matches!(object.get("type"), Some(Value::Array(types))
        if types.len() == 2 && types.contains(&json!("object")) && types.contains(&json!("null")));
    if !nullable_object
        || object.contains_key("properties")
        || !matches!(object.get("additionalProperties"), Some(Value::Object(_)))
    {
        return;
    }
    let mut map = Map::new();
    map.insert("type".into(), json!("object"));
    for keyword in [
        "additionalProperties",
        "propertyNames",
        "minProperties",
        "maxProperties",
    ] {
        if let Some(value) = object.remove(keyword) {
            map.insert(keyword.into(), value);
        }
    }
    object.remove("type");
    object.insert(
        "anyOf".into(),
        json!([Value::Object(map), { "type": "null" }]),
    );
}

/// Gives an array schema that allows any items `"items": {}` instead of no `items` or `true`
/// (the same values): OpenAPI linters require `items`, and some generators read only an object.
fn array_items(object: &mut Map<String, Value>) {
    let is_array = match object.get("type") {
        Some(Value::String(single)) => single == "array",
        Some(Value::Array(types)) => types.iter().any(|t| t == "array"),
        _ => false,
    };
    if is_array && matches!(object.get("items"), None | Some(Value::Bool(true))) {
        object.insert("items".into(), json!({}));
    }
}

/// Replaces a non-standard `format` by the range it stands for, or removes it.
fn standard_format(object: &mut Map<String, Value>) {
    let Some(Value::String(format)) = object.get("format") else {
        return;
    };
    if STANDARD_FORMATS.contains(&format.as_str()) {
        return;
    }
    let range = integer_format_range(format);
    object.remove("format");
    if let Some((minimum, maximum)) = range {
        for (keyword, bound) in [("minimum", minimum), ("maximum", maximum)] {
            if !object.contains_key(keyword) {
                let bound = i64::try_from(bound)
                    .map(Value::from)
                    .unwrap_or_else(|_| Value::from(u64::try_from(bound).unwrap_or(u64::MAX)));
                object.insert(keyword.into(), bound);
            }
        }
    }
}

/// `anyOf: [{anyOf: [a, b]}, c]` becomes `anyOf: [a, b, c]` when the inner schema has nothing
/// but its `anyOf` (schemars nests them for a nullable field of a union type).
fn flatten_any_of(object: &mut Map<String, Value>) {
    let Some(Value::Array(members)) = object.get_mut("anyOf") else {
        return;
    };
    let nested = |member: &Value| {
        member
            .as_object()
            .is_some_and(|inner| inner.len() == 1 && inner.contains_key("anyOf"))
    };
    if !members.iter().any(nested) {
        return;
    }
    let mut flat = Vec::new();
    for member in members.drain(..) {
        match member {
            Value::Object(mut inner) if inner.len() == 1 && inner.contains_key("anyOf") => {
                if let Some(Value::Array(items)) = inner.remove("anyOf") {
                    flat.extend(items);
                }
            }
            other => flat.push(other),
        }
    }
    *members = flat;
}

/// Spells out the aliases of `schema`'s own properties as [`finish`] does for the input
/// contract, leaving its subschemas alone: enough to read the root's keys.
pub(crate) fn spell_out_root_aliases(schema: &mut Value) {
    if let Value::Object(object) = schema {
        spell_out_aliases(object, Contract::Input);
    }
}

/// Turns the model's `x-aliases` extension into standard keywords.
///
/// In the input contract each alias becomes a property of its own with the same schema, a
/// required field is required under exactly one of its spellings (`oneOf` of `required`), and an
/// optional one may not appear under two spellings at once (`not` of `required`), as serde
/// refuses a duplicate field. In the canonical contract only the written spelling exists.
fn spell_out_aliases(object: &mut Map<String, Value>, contract: Contract) {
    let Some(Value::Object(properties)) = object.get_mut("properties") else {
        return;
    };
    let mut aliased = Vec::new();
    for (name, property) in properties.iter_mut() {
        if let Some(Value::Array(aliases)) = property
            .as_object_mut()
            .and_then(|property| property.remove("x-aliases"))
        {
            let aliases: Vec<String> = aliases
                .into_iter()
                .filter_map(|alias| alias.as_str().map(str::to_owned))
                .collect();
            aliased.push((name.clone(), property.clone(), aliases));
        }
    }
    if contract == Contract::Canonical || aliased.is_empty() {
        return;
    }
    for (name, schema, aliases) in &aliased {
        for alias in aliases {
            let mut alias_schema = schema.clone();
            if let Some(alias_object) = alias_schema.as_object_mut() {
                alias_object.insert(
                    "description".into(),
                    Value::from(format!("Another spelling of `{name}`, read the same way.")),
                );
            }
            properties.insert(alias.clone(), alias_schema);
        }
    }
    let mut constraints = Vec::new();
    for (name, _, aliases) in &aliased {
        let spellings: Vec<&String> = std::iter::once(name).chain(aliases).collect();
        let mut required = false;
        if let Some(Value::Array(required_fields)) = object.get_mut("required") {
            let before = required_fields.len();
            required_fields.retain(|field| field.as_str() != Some(name.as_str()));
            required = required_fields.len() != before;
            if required_fields.is_empty() {
                object.remove("required");
            }
        }
        if required {
            let one_of: Vec<Value> = spellings
                .iter()
                .map(|spelling| json!({ "required": [spelling] }))
                .collect();
            constraints.push(json!({ "oneOf": one_of }));
        } else {
            let mut pairs = Vec::new();
            for (index, first) in spellings.iter().enumerate() {
                for second in spellings.iter().skip(index + 1) {
                    pairs.push(json!({ "required": [first, second] }));
                }
            }
            let not = match <[Value; 1]>::try_from(pairs) {
                Ok([pair]) => pair,
                Err(pairs) => json!({ "anyOf": pairs }),
            };
            constraints.push(json!({ "not": not }));
        }
    }
    if let Value::Array(all_of) = object
        .entry("allOf")
        .or_insert_with(|| Value::Array(Vec::new()))
    {
        all_of.extend(constraints);
    }
}

/// Rustdoc markup that means nothing outside rustdoc: intra-doc links such as
/// ``[`Ack`]`` and ``[`Self::Unknown`]`` become plain code spans (`` `Ack` ``, `` `Unknown` ``).
pub fn plain_description(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((before, after)) = rest.split_once("[`") {
        out.push_str(before);
        match after.split_once("`]") {
            Some((code, tail)) if !code.contains('`') => {
                out.push('`');
                out.push_str(code.strip_prefix("Self::").unwrap_or(code));
                out.push('`');
                // A rustdoc link target such as `(crate::Ack)` goes too.
                rest = match tail.strip_prefix('(').and_then(|t| t.split_once(')')) {
                    Some((_, after_target)) => after_target,
                    None => tail,
                };
            }
            _ => {
                out.push_str("[`");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rustdoc_links_become_code_spans() {
        assert_eq!(
            plain_description(
                "Delivery state, such as `\"4\"`; see [`Ack`] and [`Self::Unknown`]."
            ),
            "Delivery state, such as `\"4\"`; see `Ack` and `Unknown`."
        );
        assert_eq!(
            plain_description("a [plain] bracket [`x"),
            "a [plain] bracket [`x"
        );
    }

    #[test]
    fn integer_formats_become_ranges() {
        let mut schema = json!({"type": "integer", "format": "uint32", "minimum": 0});
        normalise(&mut schema, Contract::Input);
        assert_eq!(
            schema,
            json!({"type": "integer", "minimum": 0, "maximum": 4294967295u32})
        );
        let mut schema = json!({"type": "string", "format": "date-time"});
        normalise(&mut schema, Contract::Input);
        assert_eq!(schema, json!({"type": "string", "format": "date-time"}));
    }

    #[test]
    fn aliases_are_spelled_out_in_the_input_contract_only() {
        let raw = json!({
            "type": "object",
            "properties": {
                "a": {"type": "boolean", "x-aliases": ["A"]},
                "b": {"type": "string", "x-aliases": ["_b"]}
            },
            "required": ["a"]
        });
        let mut input = raw.clone();
        normalise(&mut input, Contract::Input);
        assert_eq!(
            input,
            json!({
                "type": "object",
                "properties": {
                    "a": {"type": "boolean"},
                    "A": {"type": "boolean", "description": "Another spelling of `a`, read the same way."},
                    "b": {"type": "string"},
                    "_b": {"type": "string", "description": "Another spelling of `b`, read the same way."}
                },
                "allOf": [
                    {"oneOf": [{"required": ["a"]}, {"required": ["A"]}]},
                    {"not": {"required": ["b", "_b"]}}
                ]
            })
        );
        let mut canonical = raw;
        normalise(&mut canonical, Contract::Canonical);
        assert_eq!(
            canonical,
            json!({
                "type": "object",
                "properties": {"a": {"type": "boolean"}, "b": {"type": "string"}},
                "required": ["a"]
            })
        );
    }

    #[test]
    fn nested_any_of_is_flattened() {
        let mut schema = json!({"anyOf": [{"anyOf": [{"type": "integer"}, {"type": "string"}]}, {"type": "null"}]});
        normalise(&mut schema, Contract::Input);
        assert_eq!(
            schema,
            json!({"anyOf": [{"type": "integer"}, {"type": "string"}, {"type": "null"}]})
        );
    }
}
