//! The JSON Schemas of the envelope and of a webhook body (envelope or bare object): a branch
//! per known event, the data typed by the event.

use std::borrow::Cow;

use schemars::generate::Contract;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Map, Value};

use super::{WebhookDataKind, WebhookEnvelope, WebhookEvent};
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

fn names_of(kind: WebhookDataKind) -> Vec<Value> {
    kind.events()
        .map(|name| Value::from(name.as_str()))
        .collect()
}

impl JsonSchema for WebhookEnvelope {
    fn schema_name() -> Cow<'static, str> {
        "WebhookEnvelope".into()
    }

    /// In the input contract, one object whose `data` schema follows from the name under either
    /// spelling; in the canonical contract, a union with one member per data type, so that
    /// TypeScript narrows `data` by `event`.
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let description = "The documented webhook envelope: the event name, its data (typed by the event; raw for an event this crate does not know) and the delivery's attributes.";
        let attributes = attribute_schemas(generator);
        if matches!(generator.contract(), Contract::Deserialize) {
            let mut properties = Map::new();
            properties.insert(
                "event".into(),
                serde_json::json!({
                    "description": "The event, such as `message.created`.",
                    "type": "string",
                    "x-aliases": ["event_type"]
                }),
            );
            properties.insert(
                "data".into(),
                serde_json::json!({"description": "The event's data; its type follows from the event."}),
            );
            properties.extend(attributes);
            let mut by_event = Vec::new();
            for kind in WebhookDataKind::ALL {
                let names = names_of(kind);
                let data = kind.schema(generator);
                by_event.push(serde_json::json!({
                    "if": {"anyOf": [
                        {"properties": {"event": {"enum": names}}, "required": ["event"]},
                        {"properties": {"event_type": {"enum": names}}, "required": ["event_type"]}
                    ]},
                    "then": {"properties": {"data": data}}
                }));
            }
            json_schema!({
                "description": description,
                "type": "object",
                "properties": properties,
                "required": ["event", "data"],
                "allOf": by_event
            })
        } else {
            let mut members = Vec::new();
            for kind in WebhookDataKind::ALL {
                let mut properties = Map::new();
                properties.insert(
                    "event".into(),
                    serde_json::json!({"description": "The event.", "enum": names_of(kind)}),
                );
                properties.insert("data".into(), kind.schema(generator).into());
                properties.extend(attributes.clone());
                members.push(serde_json::json!({
                    "type": "object",
                    "properties": properties,
                    "required": ["event", "data"]
                }));
            }
            // The catch-all branch excludes the known names, so that a known event with data
            // of another type is refused, not taken for an unknown event.
            let known: Vec<Value> = WebhookDataKind::ALL
                .iter()
                .flat_map(|kind| names_of(*kind))
                .collect();
            let mut properties = Map::new();
            properties.insert(
                "event".into(),
                serde_json::json!({
                    "description": "An event this crate does not know.",
                    "type": "string",
                    "not": {"enum": known}
                }),
            );
            properties.insert(
                "data".into(),
                serde_json::json!({"description": "The event's data, as received."}),
            );
            properties.extend(attributes);
            members.push(serde_json::json!({
                "type": "object",
                "properties": properties,
                "required": ["event", "data"]
            }));
            json_schema!({"description": description, "anyOf": members})
        }
    }
}

impl JsonSchema for WebhookEvent {
    fn schema_name() -> Cow<'static, str> {
        "WebhookEvent".into()
    }

    /// In the input contract, an `if`/`then`/`else` chain that follows the reading rules
    /// exactly; in the canonical contract, the union of the envelope and the bare types.
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let description = "A webhook body: the documented envelope (`event` or `event_type`, `data`, `org_id`, `previous_attributes`, `timestamp`), or the bare data object, whose type is told by its keys.";
        let envelope = generator.subschema_for::<WebhookEnvelope>();
        if matches!(generator.contract(), Contract::Deserialize) {
            let mut chain = serde_json::json!({"required": ["event", "data"]});
            for (key, must_be_true, kind) in WebhookDataKind::BARE_RULES.iter().rev() {
                let condition = if *must_be_true {
                    serde_json::json!({"properties": {*key: {"const": true}}, "required": [key]})
                } else {
                    serde_json::json!({"required": [key]})
                };
                chain = serde_json::json!({
                    "if": condition,
                    "then": kind.schema(generator),
                    "else": chain
                });
            }
            json_schema!({
                "description": description,
                "type": "object",
                "if": {
                    "required": ["data"],
                    "anyOf": [{"required": ["event"]}, {"required": ["event_type"]}]
                },
                "then": envelope,
                "else": chain
            })
        } else {
            let mut members = vec![Value::from(envelope)];
            members.extend(
                WebhookDataKind::ALL
                    .iter()
                    .map(|kind| Value::from(kind.schema(generator))),
            );
            json_schema!({"description": description, "anyOf": members})
        }
    }
}
