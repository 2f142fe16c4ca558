// The npm package's `verify` subpath under Node's test runner, against the shared vectors that
// the Rust tests also read (VECTORS names tests/vectors/webhook-signatures.json). Copied into a
// project that installed the package from its tarball.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test } from "node:test";

import * as esm from "@periskope-schema/types/verify";

const cjs = createRequire(import.meta.url)("@periskope-schema/types/verify");
const { vectors } = JSON.parse(readFileSync(process.env.VECTORS, "utf8"));

for (const [entry, verify] of [["import", esm], ["require", cjs]]) {
  test(`${entry}: the header name`, () => {
    assert.equal(verify.SIGNATURE_HEADER, "x-periskope-signature");
  });

  for (const v of vectors) {
    const body = Buffer.from(v.body, "utf8");
    test(`${entry}: ${v.name}`, () => {
      assert.equal(verify.verifyWebhookSignature(body, v.signature, v.key), true);
      assert.equal(verify.verifyWebhookSignature(body, v.signature.toUpperCase(), [v.key]), true);
      assert.equal(verify.verifyWebhookSignature(new Uint8Array(body), ` ${v.signature}\n`, [v.key]), true);
      // Key rotation: any key may match.
      assert.equal(verify.verifyWebhookSignature(body, v.signature, ["retired", v.key, "next"]), true);
      assert.equal(verify.verifyWebhookSignature(body, v.signature, [Buffer.from(v.key, "utf8")]), true);
      // Tampered bodies, wrong keys, malformed signatures.
      assert.equal(verify.verifyWebhookSignature(Buffer.from(`${v.body} `, "utf8"), v.signature, v.key), false);
      assert.equal(verify.verifyWebhookSignature(body, v.signature, ["another key"]), false);
      for (const bad of ["", "abc", v.signature.slice(0, 62), `${v.signature}00`, `sha256=${v.signature}`, undefined, null]) {
        assert.equal(verify.verifyWebhookSignature(body, bad, v.key), false, String(bad));
      }
      // The parsed and re-serialized body is other bytes: refused, as documented.
      const rewritten = Buffer.from(JSON.stringify(JSON.parse(v.body)), "utf8");
      if (!rewritten.equals(body)) {
        assert.equal(verify.verifyWebhookSignature(rewritten, v.signature, v.key), false);
      }
    });
  }

  test(`${entry}: a string body or no key is a TypeError`, () => {
    const [v] = vectors;
    assert.throws(() => verify.verifyWebhookSignature(v.body, v.signature, v.key), TypeError);
    assert.throws(() => verify.verifyWebhookSignature(Buffer.from(v.body), v.signature, []), TypeError);
  });
}
