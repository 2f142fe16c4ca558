// Narrowing `unknown` with the runtime guards, and the findings of a refused value.
import {
  findings,
  is,
  isMessageInput,
  isWebhookEnvelope,
  isWebhookEnvelopeInput,
  isWebhookEventInput,
  type Finding,
  type MessageInput,
  type UnknownWebhookEnvelope,
  type WebhookEnvelope,
  type WebhookEventInput,
} from "@periskope-schema/types";

export function receive(body: unknown): WebhookEventInput | Finding[] {
  if (isWebhookEventInput(body)) {
    return body;
  }
  return findings("WebhookEventInput", body);
}

export function messageId(body: unknown): string | undefined {
  if (isMessageInput(body)) {
    const message: MessageInput = body;
    return message.message_id;
  }
  if (is("ChatInput", body)) {
    return body.chat_id;
  }
  return undefined;
}

export function route(envelope: WebhookEnvelope | UnknownWebhookEnvelope): string {
  if (isWebhookEnvelope(envelope)) {
    return envelope.event === "message.created" ? envelope.data.message_id : envelope.event;
  }
  const unknown: UnknownWebhookEnvelope = envelope;
  return unknown.event;
}

export function rawEvent(body: unknown): string | undefined {
  if (isWebhookEnvelopeInput(body)) {
    if (body.event === "message.created") return body.data.message_id;
    if (body.event_type === "chat.created") return body.data.chat_id;
  }
  return undefined;
}

export const paths: string[] = findings("ChatInput", {}).map((finding: Finding) => `${finding.path}: ${finding.message}`);
