//! The OpenAPI 3.1 document, `schemas/openapi.json`: the endpoint catalog
//! ([`periskope_model::endpoint::ENDPOINTS`]) with the kinds' input schemas as its components.
//!
//! Every request and response body is a `$ref` to a component named as the Rust type (list
//! answers too: `PhoneList`, not an inline array), and every operation answers `4XX` and `5XX`
//! with the `ApiError` envelope. The components are the input contract: what the model reads,
//! which is what a client may see from the API and what a mock may send. The definitions the
//! kinds share (`Chat` inside `GroupResponse`, `MediaAttachment` inside several requests) become
//! components of their own, once.

use std::collections::BTreeSet;

use periskope_model::endpoint::{
    self, Answer, ENDPOINTS, ERRORS, Endpoint, PHONE_HEADER, Payload, SERVER, TypeRef,
};
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

use periskope_contract::schema::{self, Contract};

mod webhooks;

/// The document's path under `schemas/`.
pub const PATH: &str = "openapi.json";

/// The reusable `x-phone` parameter's component name.
const PHONE_PARAMETER: &str = "XPhone";

/// Where a component is referred to from anywhere in the document.
fn component_ref(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

/// The OpenAPI document, or why it cannot be made (a type named by the catalog that is not a
/// root kind, or two different schemas under one name).
pub fn document() -> Result<Value, String> {
    let mut components = Components::default();
    let mut paths = Map::new();
    for endpoint in ENDPOINTS {
        let operation = operation(endpoint, &mut components)?;
        let item = paths
            .entry(endpoint.path.to_owned())
            .or_insert_with(|| json!({}));
        if let Some(item) = item.as_object_mut() {
            if item.contains_key(endpoint.method.lowercase()) {
                return Err(format!("{} is listed twice", endpoint.key()));
            }
            item.insert(endpoint.method.lowercase().to_owned(), operation);
        }
    }
    let webhooks = webhooks::webhooks(&mut components)?;
    let tags: Vec<Value> = ENDPOINTS
        .iter()
        .map(|endpoint| endpoint.tag)
        .chain([webhooks::TAG])
        .fold(Vec::new(), |mut tags, tag| {
            if !tags.contains(&tag) {
                tags.push(tag);
            }
            tags
        })
        .into_iter()
        .map(|tag| json!({ "name": tag, "description": tag_description(tag) }))
        .collect();
    extensible_enums(&mut components.schemas);
    Ok(json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Periskope WhatsApp API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Every endpoint of the Periskope WhatsApp API, generated from the periskope-model crate's endpoint catalog, and every webhook event it posts (`webhooks`). The schemas are the input contract: every encoding the API is documented to send or accept; unknown fields are allowed. Open enums list their known values (`x-extensible-enum`) and accept any other string.",
            "license": { "name": "MIT OR Apache-2.0", "identifier": "MIT OR Apache-2.0" },
            "contact": { "name": "periskope-schema", "url": "https://github.com/periskope-schema/periskope-schema" }
        },
        "jsonSchemaDialect": schema::DIALECT,
        "servers": [{ "url": SERVER }],
        "security": [{ "apiKey": [] }],
        "tags": tags,
        "paths": paths,
        "webhooks": webhooks,
        "components": {
            "schemas": components.schemas,
            "parameters": { PHONE_PARAMETER: phone_parameter() },
            "securitySchemes": {
                "apiKey": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "The API key from Periskope's settings, as `Authorization: Bearer <key>`."
                }
            }
        }
    }))
}

/// The components made so far, and the kinds already added.
#[derive(Default)]
struct Components {
    schemas: Map<String, Value>,
    added: BTreeSet<&'static str>,
}

impl Components {
    /// Adds the kind of `type_ref` (and the definitions it uses) and returns its reference.
    fn add(&mut self, type_ref: &TypeRef) -> Result<Value, String> {
        if self.added.insert(type_ref.name) {
            let kind = periskope_contract::kind_for(type_ref).ok_or_else(|| {
                format!(
                    "the endpoint catalog names {}, which is not a root kind",
                    type_ref.name
                )
            })?;
            let mut root = kind.schema(Contract::Input);
            let defs = root
                .as_object_mut()
                .and_then(|root| root.remove("$defs"))
                .unwrap_or_default();
            if let Some(root) = root.as_object_mut() {
                root.remove("$schema");
                root.remove("$id");
            }
            self.insert(type_ref.name, root)?;
            if let Value::Object(defs) = defs {
                for (name, def) in defs {
                    self.insert(&name, def)?;
                }
            }
        }
        Ok(component_ref(type_ref.name))
    }

    /// The media type object of `type_ref`'s kind: its schema (added) and its documented
    /// example, which mock servers, contract-test tools and renderers show.
    fn media(&mut self, type_ref: &TypeRef) -> Result<Value, String> {
        let mut media = json!({ "schema": self.add(type_ref)? });
        if let Some(example) =
            periskope_contract::kind_for(type_ref).and_then(|kind| kind.example())
        {
            if let Some(media) = media.as_object_mut() {
                media.insert("examples".into(), documented_example(&example));
            }
        }
        Ok(media)
    }

    /// Puts `schema` under `name`, its `$defs` references pointed at the components. A name
    /// already there must hold the same schema (a root kind and another kind's definition of it
    /// agree, apart from the root's title and example).
    fn insert(&mut self, name: &str, mut schema: Value) -> Result<(), String> {
        retarget(&mut schema);
        match self.schemas.get_mut(name) {
            None => {
                self.schemas.insert(name.to_owned(), schema);
            }
            Some(existing) => {
                if comparable(existing) != comparable(&schema) {
                    return Err(format!(
                        "two different schemas are named {name} (a root kind and a definition of another kind)"
                    ));
                }
                // Keep the root's title and example when the definition came first.
                if let (Value::Object(existing), Value::Object(schema)) = (existing, schema) {
                    for (key, value) in schema {
                        existing.entry(key).or_insert(value);
                    }
                }
            }
        }
        Ok(())
    }
}

/// A schema without the keywords only a root has, for comparing a root with a definition.
fn comparable(schema: &Value) -> Value {
    let mut schema = schema.clone();
    if let Some(object) = schema.as_object_mut() {
        for key in ["title", "examples"] {
            object.remove(key);
        }
    }
    schema
}

/// Points every `#/$defs/…` reference in `schema` at `#/components/schemas/…`.
fn retarget(schema: &mut Value) {
    match schema {
        Value::Object(object) => {
            for (key, value) in object.iter_mut() {
                match (key.as_str(), &*value) {
                    ("$ref", Value::String(target)) => {
                        if let Some(name) = target.strip_prefix("#/$defs/") {
                            *value = Value::from(format!("#/components/schemas/{name}"));
                        }
                    }
                    _ => retarget(value),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(retarget),
        _ => {}
    }
}

/// The operation object of one endpoint.
fn operation(endpoint: &Endpoint, components: &mut Components) -> Result<Value, String> {
    let mut parameters: Vec<Value> = endpoint
        .path_parameters()
        .map(|name| {
            json!({
                "name": name,
                "in": "path",
                "required": true,
                "description": endpoint::path_parameter(name).unwrap_or("An id."),
                "schema": { "type": "string" }
            })
        })
        .collect();
    if endpoint.phone_header {
        parameters.push(json!({ "$ref": format!("#/components/parameters/{PHONE_PARAMETER}") }));
    }
    if let Some(query) = &endpoint.query {
        parameters.extend(query_parameters(query));
    }
    let mut operation = json!({
        "operationId": endpoint.operation,
        "summary": endpoint.summary,
        "description": format!("Periskope's TypeScript SDK: `{}`.", endpoint.sdk_method),
        "tags": [endpoint.tag],
    });
    let object = operation
        .as_object_mut()
        .ok_or_else(|| "an operation is an object".to_owned())?;
    if !parameters.is_empty() {
        object.insert("parameters".into(), Value::from(parameters));
    }
    if let Some(request) = &endpoint.request {
        object.insert(
            "requestBody".into(),
            json!({
                "required": !endpoint.request_optional,
                "content": { "application/json": components.media(request)? }
            }),
        );
    }
    let mut responses = Map::new();
    for answer in endpoint.answers {
        responses.insert(answer.status.to_string(), response(answer, components)?);
    }
    for error in &ERRORS {
        responses.insert(
            error.range.to_owned(),
            json!({
                "description": "The error envelope",
                "content": { "application/json": components.media(&error.body)? }
            }),
        );
    }
    object.insert("responses".into(), Value::Object(responses));
    if endpoint.deprecated {
        object.insert("deprecated".into(), Value::Bool(true));
    }
    Ok(operation)
}

/// The response object of one success answer.
fn response(answer: &Answer, components: &mut Components) -> Result<Value, String> {
    let description = match answer.status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        _ => "Success",
    };
    Ok(match &answer.body {
        Payload::Empty => json!({ "description": description }),
        Payload::Json(body) => json!({
            "description": description,
            "content": { "application/json": components.media(body)? }
        }),
        Payload::Binary => json!({
            "description": description,
            "content": { "application/octet-stream": { "schema": { "type": "string", "contentMediaType": "application/octet-stream" } } }
        }),
    })
}

/// The query parameters of a query struct: one per field, described by its doc, with the
/// schema of what a client writes (`null` left out: an absent parameter is not sent).
pub fn query_parameters(query: &TypeRef) -> Vec<Value> {
    let struct_schema = query_schema(query);
    let required: BTreeSet<&str> = struct_schema
        .get("required")
        .and_then(Value::as_array)
        .map(|keys| keys.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let Some(properties) = struct_schema.get("properties").and_then(Value::as_object) else {
        return Vec::new();
    };
    properties
        .iter()
        .map(|(name, property)| {
            let mut property = property.clone();
            let description = property
                .as_object_mut()
                .and_then(|object| object.remove("description"));
            without_null(&mut property);
            let mut parameter = json!({
                "name": name,
                "in": "query",
                "required": required.contains(name.as_str()),
                "schema": property,
            });
            if let (Some(description), Some(object)) = (description, parameter.as_object_mut()) {
                object.insert("description".into(), description);
            }
            parameter
        })
        .collect()
}

/// The finished schema of a query struct, in the canonical contract (what a client writes).
pub fn query_schema(query: &TypeRef) -> Value {
    let mut generator = SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator();
    let raw: Value = (query.schema)(&mut generator).into();
    schema::finish(raw, query.name, query.name, Contract::Canonical, None)
}

/// Removes `null` from a schema's `type`.
fn without_null(schema: &mut Value) {
    if let Some(Value::Array(types)) = schema.get_mut("type") {
        types.retain(|t| t != "null");
        if let [only] = types.as_slice() {
            let only = only.clone();
            schema["type"] = only;
        }
    }
}

/// The `x-phone` header parameter.
fn phone_parameter() -> Value {
    json!({
        "name": PHONE_HEADER,
        "in": "header",
        "required": false,
        "description": "Which organisation phone acts: country code and number without `+` (`919876543210`), or a `phone-…` id.",
        "schema": { "type": "string" }
    })
}

/// A line on each tag.
fn tag_description(tag: &str) -> String {
    if tag == webhooks::TAG {
        "The events Periskope posts to a subscribed webhook, each signed over its body.".to_owned()
    } else {
        format!("The `{tag}` endpoints.")
    }
}

/// Marks every open enum (`anyOf` of its known values and a plain string) with
/// `x-extensible-enum`, the extension OpenAPI tools read as "these values, and others to come".
fn extensible_enums(schemas: &mut Map<String, Value>) {
    for schema in schemas.values_mut() {
        schema::for_each_subschema(schema, &mut |object| {
            let Some(Value::Array(members)) = object.get("anyOf") else {
                return;
            };
            if let Some(values) = crate::typescript::open_enum_values(members) {
                object.insert("x-extensible-enum".into(), Value::from(values));
            }
        });
    }
}

/// A media type's `examples` holding the documented example.
fn documented_example(value: &Value) -> Value {
    json!({ "documented": { "summary": "The documented example", "value": value } })
}
