// Handlers keyed by event name, typed by WebhookEventMap, and the runtime list of names.
import type { WebhookEnvelope, WebhookEventMap, WebhookEventName } from "@periskope-schema/types";
import { WEBHOOK_EVENT_NAMES, MESSAGE_TYPES, CHAT_TYPES, isWebhookEventName } from "@periskope-schema/types";

type Handlers = { [E in WebhookEventName]?: (data: WebhookEventMap[E]) => string };

export const handlers: Handlers = {
  "message.created": (message) => message.message_id,
  "chat.created": (chat) => chat.chat_id,
  "ticket.created": (info) => String(info.ticket?.ticket_id),
};

export function dispatch<E extends WebhookEventName>(envelope: WebhookEnvelope<E>): string | undefined {
  const handler = handlers[envelope.event] as ((data: WebhookEventMap[E]) => string) | undefined;
  return handler?.(envelope.data);
}

export const names: readonly WebhookEventName[] = WEBHOOK_EVENT_NAMES;
export const firstType: "chat" = MESSAGE_TYPES[0];
export const chatTypes: readonly string[] = CHAT_TYPES;

export function known(name: string): WebhookEventName | undefined {
  return isWebhookEventName(name) ? name : undefined;
}
