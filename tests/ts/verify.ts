// Verify, then parse: a Node receiver checks the raw bytes before it reads them.
import { SIGNATURE_HEADER, verifyWebhookSignature } from "@periskope-schema/types/verify";
import { findings, isWebhookEventInput, type WebhookEventInput } from "@periskope-schema/types";

export function receive(
  raw: Uint8Array,
  headers: Record<string, string | undefined>,
  keys: readonly string[],
): WebhookEventInput {
  if (!verifyWebhookSignature(raw, headers[SIGNATURE_HEADER], keys)) {
    throw new Error("not signed by Periskope");
  }
  const body: unknown = JSON.parse(new TextDecoder().decode(raw));
  if (!isWebhookEventInput(body)) {
    throw new Error(JSON.stringify(findings("WebhookEventInput", body)));
  }
  return body;
}
