import type { WebhookEnvelope } from "@periskope-schema/types";

// @expect TS2322 Type '"message.exploded"' is not assignable to type '"org.phone.connected"
// @expect TS2322 Type '{}' is not assignable to type 'Phone | Chat | Message
export const bad: WebhookEnvelope = { event: "message.exploded", data: {} };
