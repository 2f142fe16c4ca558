import type { Message, WebhookEnvelope } from "@periskope-schema/types";

export function handle(envelope: WebhookEnvelope<"chat.created">): Message {
  // @expect TS2741 Property 'message_id' is missing in type
  return envelope.data;
}
