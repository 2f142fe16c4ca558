// Webhook signature verification for Node.js, the package's `@periskope-schema/types/verify`
// subpath (apart from the main entry, so that browser bundles never pull in node:crypto).
// Periskope sends the lowercase hex HMAC-SHA256 of the raw request body, keyed by the signing
// key, in the `x-periskope-signature` header. Check the raw bytes: re-serialized JSON differs.

import { createHmac, timingSafeEqual } from "node:crypto";

import { HEX, SIGNATURE_HEADER, keyList } from "./signing.js";

export { SIGNATURE_HEADER };

export function verifyWebhookSignature(rawBody, signature, keys) {
  if (typeof rawBody === "string") {
    throw new TypeError("pass the raw body as a Buffer or Uint8Array, as received, not a string");
  }
  if (!(rawBody instanceof Uint8Array)) {
    throw new TypeError("the raw body must be a Buffer or Uint8Array");
  }
  const list = keyList(keys);
  const text = typeof signature === "string" ? signature.trim() : "";
  if (!HEX.test(text)) return false;
  const expected = Buffer.from(text, "hex");
  let matched = false;
  // Every key is tried, so the time taken does not tell which one matched.
  for (const key of list) {
    const mac = createHmac("sha256", key).update(rawBody).digest();
    matched = timingSafeEqual(mac, expected) || matched;
  }
  return matched;
}

export function signWebhookBody(rawBody, key) {
  if (typeof rawBody === "string") {
    throw new TypeError("pass the body as a Buffer or Uint8Array, exactly the bytes you send, not a string");
  }
  if (!(rawBody instanceof Uint8Array)) {
    throw new TypeError("the body must be a Buffer or Uint8Array");
  }
  return createHmac("sha256", key).update(rawBody).digest("hex");
}
