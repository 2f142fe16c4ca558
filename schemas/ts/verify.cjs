// Generated from the JSON Schemas in ../json by `cargo run -p periskope-codegen -- generate`.
// Do not edit: change the Rust model and regenerate.
// The runtime guards and values of @periskope-schema/types: ajv's standalone code for the schemas, bundled.
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// verify.js
var verify_exports = {};
__export(verify_exports, {
  SIGNATURE_HEADER: () => SIGNATURE_HEADER,
  signWebhookBody: () => signWebhookBody,
  verifyWebhookSignature: () => verifyWebhookSignature
});
module.exports = __toCommonJS(verify_exports);
var import_node_crypto = require("node:crypto");

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
    const mac = (0, import_node_crypto.createHmac)("sha256", key).update(rawBody).digest();
    matched = (0, import_node_crypto.timingSafeEqual)(mac, expected) || matched;
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
  return (0, import_node_crypto.createHmac)("sha256", key).update(rawBody).digest("hex");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SIGNATURE_HEADER,
  signWebhookBody,
  verifyWebhookSignature
});
