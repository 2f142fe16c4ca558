import type { WebhookEnvelope } from "@periskope-schema/types";

export function handle(envelope: WebhookEnvelope): number {
  if (envelope.event === "message.created") {
    // @expect TS2322 Type 'string | null | undefined' is not assignable to type 'number'.
    const body: number = envelope.data.body;
    return body;
  }
  return 0;
}
