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

// web.js
var web_exports = {};
__export(web_exports, {
  SIGNATURE_HEADER: () => SIGNATURE_HEADER,
  receiveWebhook: () => receiveWebhook,
  signWebhookBody: () => signWebhookBody,
  verifyWebhookSignature: () => verifyWebhookSignature
});
module.exports = __toCommonJS(web_exports);
var import_index = require("./index.cjs");

// package:signing.js
var SIGNATURE_HEADER = "x-periskope-signature";
var HEX = /^[0-9a-fA-F]{64}$/;
function keyList(keys) {
  const list = typeof keys === "string" || keys instanceof Uint8Array ? [keys] : Array.from(keys ?? []);
  if (list.length === 0) throw new TypeError("no signing key to verify the webhook with");
  return list;
}

// web.js
var encoder = new TextEncoder();
function subtle() {
  const crypto = globalThis.crypto;
  if (!crypto || !crypto.subtle) {
    throw new TypeError("WebCrypto (globalThis.crypto.subtle) is not available in this runtime");
  }
  return crypto.subtle;
}
function keyList2(keys) {
  return keyList(keys).map((key) => typeof key === "string" ? encoder.encode(key) : key);
}
function toHex(bytes) {
  let out = "";
  for (const byte of new Uint8Array(bytes)) out += byte.toString(16).padStart(2, "0");
  return out;
}
async function hmac(key, body) {
  const raw = key.length === 0 ? new Uint8Array(1) : key;
  const imported = await subtle().importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await subtle().sign("HMAC", imported, body));
}
async function signWebhookBody(rawBody, key) {
  if (!(rawBody instanceof Uint8Array)) throw new TypeError("the raw body must be a Uint8Array, as received");
  return toHex(await hmac(keyList2(key)[0], rawBody));
}
async function verifyWebhookSignature(rawBody, signature, keys) {
  if (!(rawBody instanceof Uint8Array)) throw new TypeError("the raw body must be a Uint8Array, as received");
  const list = keyList2(keys);
  const text = typeof signature === "string" ? signature.trim().toLowerCase() : "";
  if (!HEX.test(text)) return false;
  let matched = false;
  for (const key of list) {
    const mac = toHex(await hmac(key, rawBody));
    let difference = 0;
    for (let i = 0; i < 64; i++) difference |= mac.charCodeAt(i) ^ text.charCodeAt(i);
    matched = difference === 0 || matched;
  }
  return matched;
}
async function readBody(request, maxBytes) {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks = [];
  let length = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > maxBytes) {
      await reader.cancel().catch(() => {
      });
      return void 0;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
var refuse = (status, reason, found = []) => ({ ok: false, status, reason, findings: found });
async function receiveWebhook(request, options = {}) {
  const keys = keyList2(options.keys);
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    return refuse(413, `the body is larger than ${maxBytes} bytes`);
  }
  const body = await readBody(request, maxBytes);
  if (body === void 0) return refuse(413, `the body is larger than ${maxBytes} bytes`);
  const signature = request.headers.get(SIGNATURE_HEADER);
  if (signature === null) return refuse(401, `no ${SIGNATURE_HEADER} header`);
  if (!await verifyWebhookSignature(body, signature, keys)) {
    return refuse(401, "the signature matches none of the signing keys");
  }
  let value;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch {
    return refuse(400, "the body is not JSON in UTF-8");
  }
  if (!(0, import_index.isWebhookEventInput)(value)) {
    const found = (0, import_index.findings)("WebhookEventInput", value).map(({ path, keyword }) => ({ path, keyword }));
    return refuse(422, "the body is not a webhook delivery", found);
  }
  return { ok: true, event: value, deliveryKey: (0, import_index.deliveryKey)(value) };
}
