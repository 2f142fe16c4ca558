// Generated from the JSON Schemas in ../json by `cargo run -p periskope-codegen -- generate`.
// Do not edit: change the Rust model and regenerate.
// The runtime guards and values of @periskope-schema/types: ajv's standalone code for the schemas, bundled.

// verify.js
import { createHmac, timingSafeEqual } from "node:crypto";

// package:signing.js
var SIGNATURE_HEADER = "x-periskope-signature";
var HEX = /^[0-9a-fA-F]{64}$/;
function keyList(keys) {
  const list = typeof keys === "string" || keys instanceof Uint8Array ? [keys] : Array.from(keys ?? []);
  if (list.length === 0) throw new TypeError("no signing key to verify the webhook with");
  return list;
}

// verify.js
function verifyWebhookSignature(rawBody, signature, keys) {
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
  for (const key of list) {
    const mac = createHmac("sha256", key).update(rawBody).digest();
    matched = timingSafeEqual(mac, expected) || matched;
  }
  return matched;
}
function signWebhookBody(rawBody, key) {
  if (typeof rawBody === "string") {
    throw new TypeError("pass the body as a Buffer or Uint8Array, exactly the bytes you send, not a string");
  }
  if (!(rawBody instanceof Uint8Array)) {
    throw new TypeError("the body must be a Buffer or Uint8Array");
  }
  return createHmac("sha256", key).update(rawBody).digest("hex");
}
export {
  SIGNATURE_HEADER,
  signWebhookBody,
  verifyWebhookSignature
};
