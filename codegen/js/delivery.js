// `deliveryKey`: what a receiver deduplicates deliveries on, by the same rule as the Rust model's
// `WebhookEvent::delivery_key`, reading the model's tables (`delivery-rules.js`, written by
// periskope-codegen). Bundled into the package's index.js and index.cjs.

import { BARE_RULES, ID_PATHS, KIND_OF_EVENT } from "./delivery-rules.js";

const has = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
const text = (value) => (typeof value === "string" ? value : undefined);

/** The type of a bare data object, told by its keys, first match wins. */
function bareKind(data) {
  const rule = BARE_RULES.find(([key, mustBeTrue]) => (mustBeTrue ? data[key] === true : has(data, key)));
  return rule === undefined ? undefined : rule[2];
}

/** The id of an object of `kind`: the string at its id path. */
function objectId(kind, data) {
  let value = data;
  for (const key of ID_PATHS[kind] ?? []) {
    value = isObject(value) && has(value, key) ? value[key] : undefined;
  }
  return text(value);
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
