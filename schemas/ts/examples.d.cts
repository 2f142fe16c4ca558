// Generated from periskope_model::examples by `cargo run -p periskope-codegen -- generate`.
// Do not edit: change the Rust model's examples and regenerate.

import type { WebhookEnvelopeInput, WebhookEventName } from "./index.js";

/**
 * One example delivery of each webhook event this version knows, in the envelope of real
 * traffic (`data`, `event_type`, `id`, `org_id`, `previous_attributes`) around the documented
 * example of the event's object: for tests and mocks of a receiver. Each is accepted by
 * `isWebhookEventInput`, by the Rust model and by `periskope-schema validate`. Frozen; copy one
 * with `structuredClone` to change it.
 */
export declare const examples: { readonly [E in WebhookEventName]: WebhookEnvelopeInput<E> };
