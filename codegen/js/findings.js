// The findings of the package's guards: ajv's errors turned into `{path, message, keyword}`, with
// the JSON path in the form the `periskope-schema` command prints (`$.members["9@c.us"].ack`,
// `$.links[0]`). Bundled into the package's index.js and index.cjs; has no imports.

/** The steps of a JSON pointer (`/a/0`) into `root`: keys of objects and indexes of arrays. */
function steps(pointer, root) {
  const out = [];
  if (!pointer) return out;
  let current = root;
  for (const raw of pointer.split("/").slice(1)) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current) && /^(0|[1-9][0-9]*)$/.test(token)) {
      out.push(Number(token));
      current = current[Number(token)];
    } else {
      out.push(token);
      current = current !== null && typeof current === "object" ? current[token] : undefined;
    }
  }
  return out;
}

/** `$`, `$.latest_message.ack`, `$.members["918527184400@c.us"]`, `$.links[0]`. */
function displayPath(path) {
  let out = "$";
  for (const step of path) {
    if (typeof step === "number") out += `[${step}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(step)) out += `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}

/** The value at `path` in `root`. */
function at(root, path) {
  let current = root;
  for (const step of path) {
    current = current !== null && typeof current === "object" ? current[step] : undefined;
  }
  return current;
}

/** "a string", "an object", … for a message. */
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return value.length <= 40 ? JSON.stringify(value) : "a string";
    case "number":
      return String(value);
    case "boolean":
      return String(value);
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}

const ARTICLES = { integer: "an integer", array: "an array", object: "an object", null: "null" };

/** "an integer or null" from ["integer", "null"]. */
function typeNames(types) {
  const names = types.map((t) => ARTICLES[t] ?? `a ${t}`);
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}

/** The message of one ajv error on `value`. */
function message(error, value) {
  const p = error.params ?? {};
  switch (error.keyword) {
    case "required":
      return `missing required field ${JSON.stringify(p.missingProperty)}`;
    case "pattern":
      return `expected a string matching ${p.pattern}, found ${describe(value)}`;
    case "format":
      return `expected a ${p.format} string, found ${describe(value)}`;
    case "const":
      return `expected ${JSON.stringify(p.allowedValue)}, found ${describe(value)}`;
    case "enum":
      return `expected one of ${(p.allowedValues ?? []).map((v) => JSON.stringify(v)).join(", ")}, found ${describe(value)}`;
    case "anyOf":
      return `matches none of the allowed forms (found ${describe(value)})`;
    case "oneOf":
      return p.passingSchemas == null
        ? `matches none of the allowed forms (found ${describe(value)})`
        : `matches more than one of the allowed forms (forms ${p.passingSchemas.join(" and ")}): use one spelling of the field`;
    default:
      return error.message ?? error.keyword;
  }
}

/** Errors that only sum up others (`anyOf`, `oneOf` with no passing branch, `if`). */
function isUmbrella(error) {
  return (
    error.keyword === "anyOf" ||
    error.keyword === "if" ||
    (error.keyword === "oneOf" && error.params?.passingSchemas == null)
  );
}

/** Whether `inner` is `outer` or a path inside it. */
function within(outer, inner) {
  return inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
}

/** `#/allOf/1/oneOf` for `#/allOf/1/oneOf/0/required`: the alternatives a `required` is one of. */
function alternativesOf(schemaPath) {
  const match = /^(.*\/(?:oneOf|anyOf))\/[0-9]+\/required$/.exec(schemaPath ?? "");
  return match ? match[1] : undefined;
}

/**
 * The findings of ajv's `errors` on `value`, in order: type errors at one path merged ("expected
 * a string or null"), the keys of alternative spellings merged ("missing required field
 * "from_me" or "fromMe""), and errors that only sum up others, or that another alternative
 * explains (a type error beside errors inside the value), left out.
 */
export function findingsOf(errors, value) {
  const findings = [];
  const typeFindings = new Map();
  const requiredFindings = new Map();
  const umbrellas = [];
  // How deep each finding is in the value.
  const depths = new Map();
  const add = (finding, path) => {
    depths.set(finding, path.length);
    findings.push(finding);
  };
  for (const error of errors) {
    const path = steps(error.instancePath, value);
    const shown = displayPath(path);
    if (isUmbrella(error)) {
      umbrellas.push({ error, path, shown });
      continue;
    }
    const here = at(value, path);
    if (error.keyword === "type") {
      const types = [].concat(error.params?.type ?? []).flatMap((t) => String(t).split(","));
      const existing = typeFindings.get(shown);
      if (existing) {
        for (const t of types) if (!existing.types.includes(t)) existing.types.push(t);
        existing.finding.message = `expected ${typeNames(existing.types)}, found ${describe(here)}`;
        continue;
      }
      const finding = { path: shown, message: `expected ${typeNames(types)}, found ${describe(here)}`, keyword: "type" };
      typeFindings.set(shown, { types, finding });
      add(finding, path);
      continue;
    }
    const alternatives = error.keyword === "required" ? alternativesOf(error.schemaPath) : undefined;
    if (alternatives !== undefined) {
      const key = `${shown} ${alternatives}`;
      const existing = requiredFindings.get(key);
      const name = JSON.stringify(error.params?.missingProperty);
      if (existing) {
        // The same alternatives met again (one type in several union members) add nothing.
        if (existing.names.includes(name)) continue;
        existing.names.push(name);
        existing.finding.message = `missing required field ${existing.names.join(" or ")}`;
        continue;
      }
      const finding = { path: shown, message: message(error, here), keyword: "required" };
      requiredFindings.set(key, { names: [name], finding });
      add(finding, path);
      continue;
    }
    add({ path: shown, message: message(error, here), keyword: error.keyword }, path);
  }
  // A value of the right type for one alternative and the wrong one for the others: what is
  // wrong is inside it, not its type.
  const explained = findings.filter(
    (f) => f.keyword === "type" && findings.some((g) => g.keyword !== "type" && within(f.path, g.path)),
  );
  let kept = findings.filter((f) => !explained.includes(f));
  // A union of objects (the webhook envelope's events, the bare bodies) fails in every member:
  // the member the value was meant for gets furthest into it, so inside a failed `anyOf` only the
  // deepest findings are kept (an event name that is another member's constant is not news).
  for (const { error, path, shown } of umbrellas) {
    if (error.keyword !== "anyOf") continue;
    const inside = kept.filter((f) => within(shown, f.path));
    const depth = (f) => depths.get(f) ?? 0;
    const deepest = Math.max(...inside.map(depth));
    kept = kept.filter((f) => !inside.includes(f) || depth(f) === deepest);
  }
  for (const { error, path, shown } of umbrellas) {
    if (!kept.some((f) => within(shown, f.path))) {
      kept.push({ path: shown, message: message(error, at(value, path)), keyword: error.keyword });
    }
  }
  return kept;
}
