//! The document's `webhooks` map (OpenAPI 3.1): one entry per known event, a `POST` of that
//! event's envelope with its signature header, in the shape of the webhook documents API
//! providers publish (GitHub's `@octokit/openapi-webhooks`).
//!
//! The events are read from the contract: the envelope's component (`WebhookEnvelope`) is a union
//! with one member per known event, whose `event` is a constant; each entry's body is that
//! member.

use periskope_contract::kind;
use periskope_model::WebhookEnvelope;
use periskope_model::verify::SIGNATURE_HEADER;
use schemars::JsonSchema;
use serde_json::{Map, Value, json};

use super::{Components, documented_example};

/// The tag of the webhook entries.
pub(super) const TAG: &str = "Webhooks";

/// The `webhooks` map; the webhook kind's schemas are added to `components`.
pub(super) fn webhooks(components: &mut Components) -> Result<Map<String, Value>, String> {
    let webhook = kind("webhook").ok_or("the contract has no webhook kind")?;
    components.add(&webhook.model())?;
    let envelope_name = <WebhookEnvelope as JsonSchema>::schema_name();
    // The document describes deliveries, which are envelopes: the webhook kind's root (the
    // union of the envelope and the bare bodies older revisions posted) and its other members
    // stay in the JSON Schema, `schemas/json/webhook.schema.json`.
    if let Some(root) = components.schemas.remove(webhook.model().name) {
        for member in member_names(&root) {
            if member != envelope_name {
                components.schemas.remove(&member);
            }
        }
    }
    let example = webhook.example();
    let envelope = components
        .schemas
        .get(envelope_name.as_ref())
        .ok_or("the webhook kind has no envelope definition")?;
    let members = member_names(envelope);
    if members.is_empty() {
        return Err(format!("{envelope_name} is not a union"));
    }
    let mut entries = Map::new();
    for member in members {
        let schema = components
            .schemas
            .get(&member)
            .ok_or_else(|| format!("{envelope_name} names {member}, which is not a component"))?;
        // The catch-all member has no constant name: it is not an entry.
        let Some(event) = schema
            .pointer("/properties/event/const")
            .and_then(Value::as_str)
        else {
            continue;
        };
        let description = schema
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let mut media = json!({ "schema": { "$ref": format!("#/components/schemas/{member}") } });
        if let Some(example) = example
            .as_ref()
            .filter(|e| e.get("event_type").or(e.get("event")) == Some(&json!(event)))
        {
            if let Some(media) = media.as_object_mut() {
                media.insert("examples".into(), documented_example(example));
            }
        }
        entries.insert(
            event.to_owned(),
            json!({
                "post": {
                    "operationId": format!("{}-webhook", event.replace(['.', '_'], "-")),
                    "summary": format!("The `{event}` event"),
                    "description": format!("{description} Periskope posts it to every webhook subscribed to `{event}`; a 2xx answer acknowledges it, and the event's `id` is the same on every redelivery."),
                    "tags": [TAG],
                    "security": [],
                    "parameters": [{
                        "name": SIGNATURE_HEADER,
                        "in": "header",
                        "required": false,
                        "description": "The HMAC-SHA256 of the raw body under the subscription's signing key, in hexadecimal: verify it over the exact bytes received.",
                        "schema": { "type": "string", "pattern": "^[0-9a-fA-F]{64}$" }
                    }],
                    "requestBody": {
                        "required": true,
                        "content": { "application/json": media }
                    },
                    "responses": {
                        "200": { "description": "Any 2xx answer acknowledges the delivery; another status or no answer in time has it retried." }
                    }
                }
            }),
        );
    }
    Ok(entries)
}

/// The components a union schema's `anyOf` refers to, in order.
fn member_names(union: &Value) -> Vec<String> {
    union
        .get("anyOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|member| member.get("$ref").and_then(Value::as_str))
        .filter_map(|target| target.strip_prefix("#/components/schemas/"))
        .map(str::to_owned)
        .collect()
}
