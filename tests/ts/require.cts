// A CommonJS module: `require` gets the CommonJS entry and its declarations.
import periskope = require("@periskope-schema/types");

export function isChat(body: unknown): body is periskope.Chat {
  return periskope.isChat(body);
}

export const names: readonly periskope.WebhookEventName[] = periskope.WEBHOOK_EVENT_NAMES;

// The subpaths too: their declarations name the index's types.
import web = require("@periskope-schema/types/web");
import examples = require("@periskope-schema/types/examples");

export async function receive(request: Request): Promise<periskope.WebhookEventInput | undefined> {
  const result = await web.receiveWebhook(request, { keys: "k" });
  return result.ok ? result.event : undefined;
}

export const example: string = examples.examples["chat.created"].data.chat_id;
