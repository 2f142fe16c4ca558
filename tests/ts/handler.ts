// The natural webhook handler: a switch on the event name gives each case its data type.
import type { Chat, Message, WebhookEnvelope } from "@periskope-schema/types";

export function handle(envelope: WebhookEnvelope): string {
  switch (envelope.event) {
    case "message.created":
    case "message.updated": {
      const message: Message = envelope.data;
      const body: string | null | undefined = envelope.data.body;
      return `${message.message_id} ${body ?? ""}`;
    }
    case "chat.created": {
      const chat: Chat = envelope.data;
      return chat.chat_id;
    }
    case "reaction.created":
      return envelope.data.reaction_id;
    case "org.phone.qr":
      return envelope.data.phone_id;
    default:
      return envelope.event;
  }
}

// The envelope of some events only.
export function onMessage(envelope: WebhookEnvelope<"message.created" | "message.deleted">): Message {
  return envelope.data;
}

export const example: WebhookEnvelope = {
  event: "message.created",
  data: { message_id: "true_919537851844@c.us_3EB0", org_id: "2997dd64-89bf-48d3-9a22-b314fca017e5" },
  id: "evt-1",
  timestamp: "2024-05-13T11:19:34+00:00",
};
