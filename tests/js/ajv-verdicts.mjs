// Compiles every JSON Schema under SCHEMAS_DIR/json with ajv (draft 2020-12, ajv-formats) twice: with
// ajv's default options (strict mode), and with every strict check turned into an error
// (`strict: true`) except two style checks: `allowUnionTypes`, since the schemas use
// `"type": [..., "null"]` for nullable fields, and `strictRequired`, since a field read under two
// spellings is required through `oneOf: [{required: [a]}, {required: [b]}]`, whose branches name
// properties defined beside the `oneOf`. The second instance judges payloads.
//
// It also loads the npm package's compiled guards (SCHEMAS_DIR/ts/index.js), a second JavaScript
// judge: the code ajv generated ahead of time, as the package's users run it.
//
// Usage: node ajv-verdicts.mjs SCHEMAS_DIR < cases.ndjson
// Each input line is {"schema": "json/chat.schema.json", "instance": <payload>} with, optionally,
// "guard": "ChatInput" (a type the package checks); each output line is {"valid": true} or
// {"valid": false, "error": "<first error>"}, in the same order, with "guard": {"valid": ...,
// "error": "<path: message>"} when a guard was named.
// A schema that does not compile in strict mode is reported on stderr with exit code 2.

import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { createInterface } from "node:readline";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node ajv-verdicts.mjs SCHEMAS_DIR < cases.ndjson");
  process.exit(2);
}

function schemaFiles(root) {
  const out = [];
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    if (statSync(path).isDirectory()) out.push(...schemaFiles(path));
    else if (name.endsWith(".schema.json")) out.push(path);
  }
  return out.sort();
}

const defaults = new Ajv2020({ logger: false });
addFormats(defaults);
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, strictRequired: false, allErrors: false });
addFormats(ajv);

const validators = new Map();
for (const path of schemaFiles(join(dir, "json"))) {
  const key = relative(dir, path).split(sep).join("/");
  const schema = JSON.parse(readFileSync(path, "utf8"));
  for (const [options, instance] of [["default options", defaults], ["strict: true", ajv]]) {
    try {
      const validate = instance.compile(schema);
      if (instance === ajv) validators.set(key, validate);
    } catch (error) {
      console.error(`${key}: does not compile with ${options}: ${error.message}`);
      process.exit(2);
    }
  }
}
console.error(`ajv: ${validators.size} schemas compiled with default options and with strict: true`);

const guards = await import(pathToFileURL(join(dir, "ts", "index.js")).href);

function guardVerdict(type, instance) {
  const [first] = guards.findings(type, instance);
  return first ? { valid: false, error: `${first.path}: ${first.message}` } : { valid: true };
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const { schema, instance, guard } = JSON.parse(line);
  const validate = validators.get(schema);
  if (!validate) {
    console.error(`no schema ${schema}`);
    process.exit(2);
  }
  const verdict = { valid: validate(instance) };
  if (!verdict.valid) {
    const [first] = validate.errors;
    verdict.error = `${first.instancePath || "/"} ${first.message}`;
  }
  if (guard !== undefined) verdict.guard = guardVerdict(guard, instance);
  process.stdout.write(JSON.stringify(verdict) + "\n");
}
