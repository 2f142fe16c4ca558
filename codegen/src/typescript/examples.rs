//! The npm package's `examples` subpath: the example delivery of each webhook event, from
//! `periskope_model::examples`, as data typed by the event map.

use periskope_model::examples::DELIVERIES;
use serde_json::{Map, Value};

/// The header of the generated files.
const HEADER: &str = "// Generated from periskope_model::examples by `cargo run -p periskope-codegen -- generate`.\n// Do not edit: change the Rust model's examples and regenerate.\n";

/// `examples.js` or `examples.cjs`: the examples as one frozen object, after `binding` (such as
/// `export const examples =`).
pub(crate) fn module(binding: &str) -> String {
    let mut examples = Map::new();
    for example in DELIVERIES {
        // The examples are the model's own, tested to read; a body that did not parse would
        // show as null here and fail the package's tests.
        let body: Value = serde_json::from_str(example.body).unwrap_or(Value::Null);
        examples.insert(example.event.to_owned(), body);
    }
    let text = serde_json::to_string_pretty(&Value::Object(examples)).unwrap_or_default();
    format!(
        "{HEADER}// One example delivery of each webhook event, in the envelope of real traffic.\n\nfunction freeze(value) {{\n  if (value !== null && typeof value === \"object\") {{\n    for (const inner of Object.values(value)) freeze(inner);\n    Object.freeze(value);\n  }}\n  return value;\n}}\n\n{binding} freeze({text});\n"
    )
}

/// `examples.d.ts` (and `.d.cts`).
pub(crate) fn declarations() -> String {
    format!(
        "{HEADER}
import type {{ WebhookEnvelopeInput, WebhookEventName }} from \"./index.js\";

/**
 * One example delivery of each webhook event this version knows, in the envelope of real
 * traffic (`data`, `event_type`, `id`, `org_id`, `previous_attributes`) around the documented
 * example of the event's object: for tests and mocks of a receiver. Each is accepted by
 * `isWebhookEventInput`, by the Rust model and by `periskope-schema validate`. Frozen; copy one
 * with `structuredClone` to change it.
 */
export declare const examples: {{ readonly [E in WebhookEventName]: WebhookEnvelopeInput<E> }};
"
    )
}
