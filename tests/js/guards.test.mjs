// The npm package's runtime guards under Node's test runner, run by the Rust test suite inside a
// project that installed the package from its tarball (this file is copied there).
//
// GUARD_CASES names a JSON file of cases written by the Rust test:
// [{"name": "...", "type": "MessageInput", "value": ..., "valid": true|false,
//   "findings": [{path, message, keyword}] (optional: the exact findings expected)}].

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test } from "node:test";

import * as esm from "@periskope-schema/types";

const require = createRequire(import.meta.url);
const cjs = require("@periskope-schema/types");

const cases = JSON.parse(readFileSync(process.env.GUARD_CASES, "utf8"));

test("there are cases of every verdict", () => {
  assert.ok(cases.filter((c) => c.valid).length >= 100, "accepted cases");
  assert.ok(cases.filter((c) => !c.valid).length >= 50, "refused cases");
});

for (const { name, type, value, valid, findings: expected } of cases) {
  test(`${type}: ${name}`, () => {
    for (const [entry, guards] of [["import", esm], ["require", cjs]]) {
      const guard = guards[`is${type}`];
      assert.equal(typeof guard, "function", `${entry}: is${type} exists`);
      assert.equal(guard(value), valid, `${entry}: is${type}`);
      assert.equal(guards.is(type, value), valid, `${entry}: is("${type}")`);
      const found = guards.findings(type, value);
      if (expected !== undefined) {
        assert.deepEqual(found, expected, `${entry}: findings`);
      } else if (valid) {
        assert.deepEqual(found, [], `${entry}: no findings`);
      } else {
        assert.ok(found.length > 0, `${entry}: a refused value has findings`);
        for (const finding of found) {
          assert.match(finding.path, /^\$/, `${entry}: a JSON path`);
          assert.equal(typeof finding.message, "string");
          assert.equal(typeof finding.keyword, "string");
        }
      }
    }
  });
}

test("an unknown type name is a TypeError, not a verdict", () => {
  for (const guards of [esm, cjs]) {
    assert.throws(() => guards.is("Mesage", {}), {
      name: "TypeError",
      message: /^unknown type "Mesage": expected one of Phone, PhoneInput, /,
    });
    assert.throws(() => guards.findings("toString", {}), TypeError);
  }
});

test("event names: the list, frozen, and the check", () => {
  for (const guards of [esm, cjs]) {
    assert.ok(Object.isFrozen(guards.WEBHOOK_EVENT_NAMES));
    assert.ok(guards.WEBHOOK_EVENT_NAMES.includes("message.created"));
    assert.equal(guards.isWebhookEventName("message.created"), true);
    assert.equal(guards.isWebhookEventName("message.craeted"), false);
    assert.equal(guards.isWebhookEventName(42), false);
    assert.ok(Object.isFrozen(guards.MESSAGE_TYPES));
    assert.ok(guards.MESSAGE_TYPES.includes("chat"));
    assert.throws(() => guards.MESSAGE_TYPES.push("x"), TypeError);
  }
});

test("the ES module and the CommonJS entry export the same names", () => {
  assert.deepEqual(Object.keys(esm).sort(), Object.keys(cjs).filter((k) => k !== "__esModule").sort());
});
