import type { WebhookEnvelope } from "@periskope-schema/types";

// @expect TS2322 Type 'number' is not assignable to type 
export const bad: WebhookEnvelope = { event: "message.created", data: 42 };
