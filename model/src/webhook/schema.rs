//! The JSON Schemas of the envelope and of a webhook body (envelope or bare object): a branch
//! per known event, the data typed by the event.

use std::borrow::Cow;

use schemars::generate::Contract;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Map, Value};

use super::{WebhookDataKind, WebhookEnvelope, WebhookEvent, WebhookEventName};
use crate::{Nullable, OrgId, Timestamp};

/// The envelope's attribute schemas (all but `event` and `data`).
fn attribute_schemas(generator: &mut SchemaGenerator) -> Map<String, Value> {
    let mut properties = Map::new();
    let mut id = generator.subschema_for::<Nullable<String>>();
    id.insert(
        "description".into(),
        "The event's id, the same on every redelivery: what a receiver deduplicates on.".into(),
    );
    properties.insert("id".into(), id.into());
    let mut org_id = generator.subschema_for::<Nullable<OrgId>>();
    org_id.insert(
        "description".into(),
        "The organisation the event belongs to.".into(),
    );
    properties.insert("org_id".into(), org_id.into());
    properties.insert(
        "previous_attributes".into(),
        serde_json::json!({"description": "The attributes that changed, for update events (shape undocumented)."}),
    );
    let mut timestamp = generator.subschema_for::<Nullable<Timestamp>>();
    timestamp.insert("description".into(), "When the event was created.".into());
    properties.insert("timestamp".into(), timestamp.into());
    properties
}

/// The name of the schema of one known event's envelope: `message.created` gives
/// `MessageCreatedEvent`.
fn member_name(event: &str) -> String {
    let mut name: String = event
        .split(['.', '_'])
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect();
    name.push_str("Event");
    name
}

/// A pattern that matches every string but the known event names (JSON Schema patterns are
/// ECMA-262 regular expressions; a negative lookahead keeps the union's catch-all member apart
/// from the known events in generators that read `pattern` but not `not`).
fn unknown_name_pattern() -> String {
    let names: Vec<String> = WebhookEventName::KNOWN
        .iter()
        .map(|name| name.as_str().replace('.', "\\."))
        .collect();
    format!("^(?!(?:{})$)", names.join("|"))
}

/// One member of the envelope union: an object with the event name under its key (`event`, or in
/// the input contract `event` or `event_type`, exactly one), `data` and the attributes.
fn member(
    generator: &SchemaGenerator,
    name: Value,
    data: Value,
    attributes: &Map<String, Value>,
) -> Value {
    let mut properties = Map::new();
    properties.insert("event".into(), name.clone());
    let input = matches!(generator.contract(), Contract::Deserialize);
    if input {
        let mut alias = name;
        if let Some(alias) = alias.as_object_mut() {
            alias.insert(
                "description".into(),
                "Another spelling of `event`, read the same way.".into(),
            );
        }
        properties.insert("event_type".into(), alias);
    }
    properties.insert("data".into(), data);
    properties.extend(attributes.clone());
    if input {
        serde_json::json!({
            "type": "object",
            "properties": properties,
            "required": ["data"],
            "oneOf": [{"required": ["event"]}, {"required": ["event_type"]}]
        })
    } else {
        serde_json::json!({
            "type": "object",
            "properties": properties,
            "required": ["event", "data"]
        })
    }
}

/// A reference to the definition `name`, which is put in the generator's definitions.
fn define(generator: &mut SchemaGenerator, name: &str, schema: Value) -> Value {
    let path = generator.settings().definitions_path.to_string();
    generator.definitions_mut().insert(name.to_owned(), schema);
    serde_json::json!({ "$ref": format!("#{path}/{name}") })
}

impl JsonSchema for WebhookEnvelope {
    fn schema_name() -> Cow<'static, str> {
        "WebhookEnvelope".into()
    }

    /// A union (`anyOf`) with one named member per known event (`MessageCreatedEvent`: `event`
    /// is the constant `message.created`, `data` a message) and `UnknownEvent`, whose name is any
    /// other string and whose data is anything. In the input contract the name is under `event`
    /// or `event_type` (exactly one); in the canonical contract under `event`.
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let description = "The documented webhook envelope: the event name, its data (typed by the event; raw for an event this crate does not know) and the delivery's attributes.";
        let attributes = attribute_schemas(generator);
        let mut members = Vec::new();
        // Grouped by data type, in the order of `WebhookDataKind::ALL`.
        let known = WebhookDataKind::ALL
            .iter()
            .flat_map(|kind| kind.events().map(move |event| (*kind, event)));
        for (kind, event) in known {
            let data = Value::from(kind.schema(generator));
            let name = serde_json::json!({
                "description": format!("The event: `{event}`."),
                "const": event.as_str()
            });
            let mut schema = member(generator, name, data, &attributes);
            if let Some(schema) = schema.as_object_mut() {
                schema.insert(
                    "description".into(),
                    format!("The `{event}` event; its data is a `{kind}`.").into(),
                );
            }
            members.push(define(generator, &member_name(event.as_str()), schema));
        }
        let name = serde_json::json!({
            "description": "An event this crate does not know (any name but the known ones).",
            "type": "string",
            "pattern": unknown_name_pattern()
        });
        let data = serde_json::json!({"description": "The event's data, as received."});
        let mut unknown = member(generator, name, data, &attributes);
        if let Some(unknown) = unknown.as_object_mut() {
            unknown.insert(
                "description".into(),
                "An event this crate does not know, with its data as received: Periskope adds events, so keep or log it rather than refusing it.".into(),
            );
        }
        members.push(define(generator, "UnknownEvent", unknown));
        json_schema!({"description": description, "anyOf": members})
    }
}

impl JsonSchema for WebhookEvent {
    fn schema_name() -> Cow<'static, str> {
        "WebhookEvent".into()
    }

    /// A union of the envelope and the bare data types. In the input contract each bare member
    /// carries the reading rule that picks it (its key, and none of the envelope's or an earlier
    /// rule's), so the union accepts exactly what the reader accepts.
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let description = "A webhook body: the documented envelope (`event` or `event_type`, `data`, `org_id`, `previous_attributes`, `timestamp`), or the bare data object, whose type is told by its keys.";
        let envelope = Value::from(generator.subschema_for::<WebhookEnvelope>());
        if matches!(generator.contract(), Contract::Deserialize) {
            let mut members = vec![envelope];
            // A body with `data` and an event name is an envelope, whatever else it has.
            let mut excluded = vec![
                serde_json::json!({"required": ["data", "event"]}),
                serde_json::json!({"required": ["data", "event_type"]}),
            ];
            for (key, must_be_true, kind) in WebhookDataKind::BARE_RULES {
                let condition = if *must_be_true {
                    serde_json::json!({"properties": {*key: {"const": true}}, "required": [key]})
                } else {
                    serde_json::json!({"required": [key]})
                };
                // The keys of the rules before this one, as properties that can only be absent
                // here (the `not` below refuses them; `type: null` says so to generators that
                // read properties but not `not`, such as pydantic's).
                let mut absent = Map::new();
                for (earlier, earlier_must_be_true, _) in WebhookDataKind::BARE_RULES {
                    if earlier == key {
                        break;
                    }
                    if !earlier_must_be_true {
                        absent.insert((*earlier).to_owned(), serde_json::json!({"type": "null", "description": "Absent: a body with this key is another type."}));
                    }
                }
                let mut bare = serde_json::json!({
                    "description": format!("A bare `{kind}`: a body with `{key}`{}, without an event name beside `data` and without the keys of the types before it.", if *must_be_true { " set to `true`" } else { "" }),
                    "type": "object",
                    "allOf": [Value::from(kind.schema(generator))],
                    "not": {"anyOf": excluded.clone()}
                });
                if let (Some(bare), Value::Object(condition)) = (bare.as_object_mut(), &condition) {
                    bare.extend(condition.clone());
                    if !absent.is_empty() {
                        let properties = bare
                            .entry("properties")
                            .or_insert_with(|| Value::Object(Map::new()));
                        if let Value::Object(properties) = properties {
                            properties.extend(absent);
                        }
                    }
                }
                members.push(define(generator, &format!("Bare{kind}"), bare));
                excluded.push(condition);
            }
            json_schema!({"description": description, "type": "object", "anyOf": members})
        } else {
            let mut members = vec![envelope];
            members.extend(
                WebhookDataKind::ALL
                    .iter()
                    .map(|kind| Value::from(kind.schema(generator))),
            );
            json_schema!({"description": description, "anyOf": members})
        }
    }
}
