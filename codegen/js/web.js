// The package's `web` subpath: receiving a webhook with nothing but the web platform (fetch's
// Request, WebCrypto, TextDecoder), so it runs in Node 18+, Deno, Bun, Cloudflare Workers and
// Vercel's edge runtime alike. It imports the guards from the package's index; no `node:` module.

import { deliveryKey, findings, isWebhookEventInput } from "./index.js";
import { HEX, SIGNATURE_HEADER, keyList as listKeys } from "./signing.js";

export { SIGNATURE_HEADER };
const encoder = new TextEncoder();

function subtle() {
  const crypto = globalThis.crypto;
  if (!crypto || !crypto.subtle) {
    throw new TypeError("WebCrypto (globalThis.crypto.subtle) is not available in this runtime");
  }
  return crypto.subtle;
}

/** The keys as bytes. */
function keyList(keys) {
  return listKeys(keys).map((key) => (typeof key === "string" ? encoder.encode(key) : key));
}

function toHex(bytes) {
  let out = "";
  for (const byte of new Uint8Array(bytes)) out += byte.toString(16).padStart(2, "0");
  return out;
}

async function hmac(key, body) {
  // An empty key cannot be imported; HMAC pads every key with zeros, so one zero byte is the same key.
  const raw = key.length === 0 ? new Uint8Array(1) : key;
  const imported = await subtle().importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await subtle().sign("HMAC", imported, body));
}

export async function signWebhookBody(rawBody, key) {
  if (!(rawBody instanceof Uint8Array)) throw new TypeError("the raw body must be a Uint8Array, as received");
  return toHex(await hmac(keyList(key)[0], rawBody));
}

export async function verifyWebhookSignature(rawBody, signature, keys) {
  if (!(rawBody instanceof Uint8Array)) throw new TypeError("the raw body must be a Uint8Array, as received");
  const list = keyList(keys);
  const text = typeof signature === "string" ? signature.trim().toLowerCase() : "";
  if (!HEX.test(text)) return false;
  let matched = false;
  for (const key of list) {
    const mac = toHex(await hmac(key, rawBody));
    // Every character is compared, so the time taken does not tell where they differ.
    let difference = 0;
    for (let i = 0; i < 64; i++) difference |= mac.charCodeAt(i) ^ text.charCodeAt(i);
    matched = difference === 0 || matched;
  }
  return matched;
}

/** The body's bytes, read once, or `undefined` when there are more than `maxBytes`. */
async function readBody(request, maxBytes) {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > maxBytes) {
      await reader.cancel().catch(() => {});
      return undefined;
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

const refuse = (status, reason, found = []) => ({ ok: false, status, reason, findings: found });

export async function receiveWebhook(request, options = {}) {
  const keys = keyList(options.keys);
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    return refuse(413, `the body is larger than ${maxBytes} bytes`);
  }
  const body = await readBody(request, maxBytes);
  if (body === undefined) return refuse(413, `the body is larger than ${maxBytes} bytes`);
  const signature = request.headers.get(SIGNATURE_HEADER);
  if (signature === null) return refuse(401, `no ${SIGNATURE_HEADER} header`);
  if (!(await verifyWebhookSignature(body, signature, keys))) {
    return refuse(401, "the signature matches none of the signing keys");
  }
  let value;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch {
    // The parser's message quotes the body; it is not passed on.
    return refuse(400, "the body is not JSON in UTF-8");
  }
  if (!isWebhookEventInput(value)) {
    const found = findings("WebhookEventInput", value).map(({ path, keyword }) => ({ path, keyword }));
    return refuse(422, "the body is not a webhook delivery", found);
  }
  return { ok: true, event: value, deliveryKey: deliveryKey(value) };
}
