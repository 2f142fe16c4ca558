// A CommonJS module: `require` gets the CommonJS entry and its declarations.
import periskope = require("@periskope-schema/types");

export function isChat(body: unknown): body is periskope.Chat {
  return periskope.isChat(body);
}

export const names: readonly periskope.WebhookEventName[] = periskope.WEBHOOK_EVENT_NAMES;
