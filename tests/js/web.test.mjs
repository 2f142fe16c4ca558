// The npm package's `web` and `examples` subpaths and `deliveryKey` under Node's test runner, in
// a project that installed the package from its tarball: `receiveWebhook` with fetch `Request`
// objects and inside a real framework (Hono's `app.request()`, in process), every example read
// by the guards, and `deliveryKey` agreeing with the Rust model on the cases the Rust test wrote
// (DELIVERY_KEYS names that file; TOOLS the folder whose node_modules has Hono).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { test } from "node:test";

import { deliveryKey, isWebhookEventInput } from "@periskope-schema/types";
import { examples } from "@periskope-schema/types/examples";
import * as node from "@periskope-schema/types/verify";
import { receiveWebhook, signWebhookBody, verifyWebhookSignature } from "@periskope-schema/types/web";

const require = createRequire(import.meta.url);
const KEY = "whsec-web-test";
const encoder = new TextEncoder();

function post(body, headers = {}) {
  return new Request("http://127.0.0.1/webhook", { method: "POST", body, headers });
}

async function signed(text, key = KEY) {
  const bytes = encoder.encode(text);
  return post(bytes, { "x-periskope-signature": await signWebhookBody(bytes, key) });
}

test("every example is a webhook delivery, in both module systems", () => {
  const names = Object.keys(examples);
  assert.equal(names.length, 20);
  for (const [name, body] of Object.entries(examples)) {
    assert.equal(body.event_type, name);
    assert.equal(isWebhookEventInput(body), true, name);
    assert.equal(deliveryKey(body), body.id, name);
  }
  assert.deepEqual(require("@periskope-schema/types/examples").examples, examples);
  assert.equal(Object.isFrozen(examples["message.created"].data), true);
});

test("WebCrypto signatures agree with node:crypto's", async () => {
  for (const text of ["", "{}", JSON.stringify(examples["note.created"])]) {
    const bytes = encoder.encode(text);
    for (const key of [KEY, "", "k".repeat(100)]) {
      const web = await signWebhookBody(bytes, key);
      assert.equal(web, node.signWebhookBody(bytes, key));
      assert.equal(await verifyWebhookSignature(bytes, web.toUpperCase(), ["old", key]), true);
      assert.equal(node.verifyWebhookSignature(Buffer.from(bytes), web, key), true);
    }
  }
});

test("receiveWebhook accepts every example, compact and pretty, with its delivery key", async () => {
  for (const body of Object.values(examples)) {
    for (const text of [JSON.stringify(body), JSON.stringify(body, null, 2)]) {
      const result = await receiveWebhook(await signed(text), { keys: ["retired", KEY] });
      assert.equal(result.ok, true, text.slice(0, 60));
      assert.deepEqual(result.event, body);
      assert.equal(result.deliveryKey, body.id);
    }
  }
});

test("receiveWebhook refuses what it must, and never echoes the message's text", async () => {
  const secret = "the customer's private words";
  const text = JSON.stringify({ ...examples["message.created"], data: { ...examples["message.created"].data, body: secret } });
  const bytes = encoder.encode(text);
  const signature = await signWebhookBody(bytes, KEY);
  const tampered = encoder.encode(text.replace("private", "PRIVATE"));
  const cases = [
    [post(bytes), 401, "no x-periskope-signature header"],
    [post(tampered, { "x-periskope-signature": signature }), 401, "the signature matches none of the signing keys"],
    [post(bytes, { "x-periskope-signature": await signWebhookBody(bytes, "another key") }), 401, "the signature matches none of the signing keys"],
    [post(bytes, { "x-periskope-signature": "sha256=abc" }), 401, "the signature matches none of the signing keys"],
    [await signed(`{"event_type": "message.created", "data": {"body": "${secret}"`), 400, "the body is not JSON in UTF-8"],
    [await signed(`{"event_type": "message.created", "id": "e1", "data": {"body": "${secret}", "message_id": 5, "org_id": "o"}}`), 422, "the body is not a webhook delivery"],
  ];
  for (const [request, status, reason] of cases) {
    const result = await receiveWebhook(request, { keys: KEY });
    assert.equal(result.ok, false);
    assert.equal(result.status, status, reason);
    assert.equal(result.reason, reason);
    assert.equal(JSON.stringify(result).includes(secret), false, JSON.stringify(result));
  }
  const invalid = await receiveWebhook(await signed(`{"event_type": "message.created", "id": "e1", "data": {"body": "x", "message_id": 5, "org_id": "o"}}`), { keys: KEY });
  assert.deepEqual(invalid.findings.map((f) => Object.keys(f).sort()), invalid.findings.map(() => ["keyword", "path"]));
  assert.ok(invalid.findings.some((f) => f.path === "$.data.message_id"), JSON.stringify(invalid.findings));
  // Too large: told by the declared length, and by the bytes when no length is declared.
  const big = await receiveWebhook(await signed(text), { keys: KEY, maxBytes: 100 });
  assert.equal(big.status, 413);
  const stream = new ReadableStream({ start(c) { c.enqueue(bytes); c.close(); } });
  const streamed = new Request("http://127.0.0.1/webhook", { method: "POST", body: stream, duplex: "half", headers: { "x-periskope-signature": signature } });
  assert.equal((await receiveWebhook(streamed, { keys: KEY, maxBytes: 100 })).status, 413);
  await assert.rejects(receiveWebhook(await signed(text), { keys: [] }), TypeError);
});

test("receiveWebhook inside Hono, in process", async () => {
  const { Hono } = createRequire(join(process.env.TOOLS, "package.json"))("hono");
  const seen = new Set();
  const app = new Hono();
  app.post("/webhook", async (c) => {
    const result = await receiveWebhook(c.req.raw, { keys: KEY });
    if (!result.ok) return c.json({ reason: result.reason, findings: result.findings }, result.status);
    const duplicate = seen.has(result.deliveryKey);
    seen.add(result.deliveryKey);
    return c.json({ event: result.event.event_type, duplicate });
  });
  const text = JSON.stringify(examples["ticket.created"], null, 2);
  const headers = { "x-periskope-signature": await signWebhookBody(encoder.encode(text), KEY), "content-type": "application/json" };
  const first = await app.request("/webhook", { method: "POST", body: text, headers });
  assert.equal(first.status, 200);
  assert.deepEqual(await first.json(), { event: "ticket.created", duplicate: false });
  const again = await app.request("/webhook", { method: "POST", body: text, headers });
  assert.deepEqual(await again.json(), { event: "ticket.created", duplicate: true });
  const unsigned = await app.request("/webhook", { method: "POST", body: text });
  assert.equal(unsigned.status, 401);
});

test("deliveryKey agrees with the Rust model", () => {
  const cases = JSON.parse(readFileSync(process.env.DELIVERY_KEYS, "utf8"));
  assert.ok(cases.length >= 40, String(cases.length));
  for (const { body, key } of cases) {
    assert.equal(deliveryKey(JSON.parse(body)) ?? null, key, body.slice(0, 120));
  }
});
