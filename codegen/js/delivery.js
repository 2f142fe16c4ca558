// `deliveryKey`: what a receiver deduplicates deliveries on, by the same rule as the Rust model's
// `WebhookEvent::delivery_key`. Bundled into the package's index.js and index.cjs; no imports.

/** The type of each known event's data. */
const KIND_OF_EVENT = {
  "chat.created": "Chat",
  "chat.custom_properties.updated": "Chat",
  "chat.notification.created": "ChatNotification",
  "message.created": "Message",
  "message.updated": "Message",
  "message.deleted": "Message",
  "message.ack.updated": "Message",
  "message.flagged": "Message",
  "message.unflagged": "Message",
  "message.ticket.attached": "Message",
  "reaction.created": "Reaction",
  "reaction.updated": "Reaction",
  "ticket.created": "TicketInfo",
  "ticket.updated": "TicketInfo",
  "ticket.deleted": "TicketInfo",
  "org.phone.connected": "Phone",
  "org.phone.disconnected": "Phone",
  "org.phone.updated": "Phone",
  "org.phone.qr": "Phone",
  "note.created": "Note",
};

const has = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
const text = (value) => (typeof value === "string" ? value : undefined);

/** The type of a bare data object, told by its keys, first match wins. */
function bareKind(data) {
  if (has(data, "chat")) return "TicketInfo";
  if (has(data, "reaction_id")) return "Reaction";
  if (has(data, "notification_id")) return "ChatNotification";
  if (has(data, "phone_id")) return "Phone";
  if (data.is_private_note === true) return "Note";
  if (has(data, "message_id")) return "Message";
  if (has(data, "chat_id")) return "Chat";
  return undefined;
}

/** The id of an object of `kind`. */
function objectId(kind, data) {
  if (!isObject(data)) return undefined;
  switch (kind) {
    case "Phone":
      return text(data.phone_id);
    case "Chat":
      return text(data.chat_id);
    case "Message":
    case "Note":
      return text(data.message_id);
    case "Reaction":
      return text(data.reaction_id);
    case "TicketInfo":
      return isObject(data.ticket) ? text(data.ticket.ticket_id) : undefined;
    case "ChatNotification":
      return text(data.notification_id);
    default:
      return undefined;
  }
}

/** An ack as the integer it stands for (`"3"` and `3` alike). */
function ackValue(ack) {
  if (typeof ack === "number" && Number.isSafeInteger(ack)) return ack;
  if (typeof ack === "string" && /^-?[0-9]+$/.test(ack.trim())) return Number(ack.trim());
  return undefined;
}

export function deliveryKey(body) {
  if (!isObject(body)) return undefined;
  if (has(body, "data") && (has(body, "event") || has(body, "event_type"))) {
    if (typeof body.id === "string" && body.id !== "") return body.id;
    const event = has(body, "event") ? body.event : body.event_type;
    const kind = typeof event === "string" && has(KIND_OF_EVENT, event) ? KIND_OF_EVENT[event] : undefined;
    const id = kind === undefined ? undefined : objectId(kind, body.data);
    if (id === undefined) return undefined;
    const ack = event === "message.ack.updated" ? ackValue(body.data.ack) : undefined;
    return ack === undefined ? `${event}:${id}` : `${event}:${id}:${ack}`;
  }
  const kind = bareKind(body);
  const id = kind === undefined ? undefined : objectId(kind, body);
  return id === undefined ? undefined : `${kind}:${id}`;
}
