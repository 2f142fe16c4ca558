//! The npm package `@periskope-schema/types` in `schemas/ts/`: the declarations of both
//! contracts, the runtime guards and values, the JSON Schemas, a manifest and a README.
//!
//! [`Package::files`] renders everything but the JavaScript bundles; those come from the same
//! committed schemas through ajv's standalone code generation and esbuild, run by Node.js
//! ([`Package::bundle`], with the script `codegen/js/bundle.mjs`).

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::{Map, Value, json};

use super::{Declarations, Error, declarations};
use crate::GeneratedFile;

/// The package's name on npm.
pub const NAME: &str = "@periskope-schema/types";

/// The JavaScript files esbuild writes.
const BUNDLES: [&str; 6] = [
    "index.js",
    "index.cjs",
    "verify.js",
    "verify.cjs",
    "web.js",
    "web.cjs",
];

/// The header of every generated package file.
const GENERATED: &str = "Generated from the JSON Schemas in ../json by `cargo run -p periskope-codegen -- generate`.\n\
                         Do not edit: change the Rust model and regenerate.";

/// One root kind, with its schemas.
pub struct Root<'a> {
    /// The kind's name, such as `chat-member`.
    pub kind: &'a str,
    /// The type's name, such as `ChatMember`.
    pub type_name: &'a str,
    /// The canonical schema.
    pub canonical: &'a Value,
    /// The input schema.
    pub input: &'a Value,
}

/// The package, rendered from the root kinds' schemas.
pub struct Package<'a> {
    roots: &'a [Root<'a>],
    canonical: Declarations,
    input: Declarations,
}

impl<'a> Package<'a> {
    /// Renders the declarations of both contracts.
    pub fn new(roots: &'a [Root<'a>]) -> Result<Self, Error> {
        let canonical_roots: Vec<(&str, &Value)> =
            roots.iter().map(|r| (r.type_name, r.canonical)).collect();
        let canonical = declarations(
            &canonical_roots,
            "",
            &format!(
                "{}\n// The types of what the Periskope model writes (the canonical schemas in ../json/canonical).\n",
                comment(GENERATED)
            ),
        )?;
        let input_roots: Vec<(&str, &Value)> =
            roots.iter().map(|r| (r.type_name, r.input)).collect();
        let mut header = format!(
            "{}\n// The types of what Periskope sends, in every encoding the input schemas in ../json accept.\n",
            comment(GENERATED)
        );
        if !canonical.events.is_empty() {
            header.push_str("\nimport type { WebhookEventName } from \"./types.js\";\n");
        }
        let input = declarations(&input_roots, "Input", &header)?;
        if input.events != canonical.events {
            return Err(Error(format!(
                "the input schema knows the events {:?}, the canonical one {:?}",
                input.events, canonical.events
            )));
        }
        Ok(Self {
            roots,
            canonical,
            input,
        })
    }

    /// Every package file but the bundles, paths under `schemas/`; `schemas` are the generated
    /// JSON Schema files (`json/...`), copied under `ts/schemas/`.
    pub fn files(&self, schemas: &[GeneratedFile]) -> Vec<GeneratedFile> {
        let file = |path: &str, contents: String| GeneratedFile {
            path: format!("ts/{path}"),
            contents,
        };
        let index = self.index_declarations();
        let mut files = vec![
            file(
                "types.d.ts",
                format!(
                    "{}{}",
                    self.canonical.text,
                    super::endpoints::declarations()
                ),
            ),
            file("input.d.ts", self.input.text.clone()),
            file("index.d.ts", index.clone()),
            file("index.d.cts", index),
            file(
                "verify.d.ts",
                include_str!("../../js/verify.d.ts").to_owned(),
            ),
            file(
                "verify.d.cts",
                include_str!("../../js/verify.d.ts").to_owned(),
            ),
            file("web.d.ts", include_str!("../../js/web.d.ts").to_owned()),
            file("web.d.cts", include_str!("../../js/web.d.ts").to_owned()),
            file(
                "examples.js",
                super::examples::module("export const examples ="),
            ),
            file(
                "examples.cjs",
                super::examples::module("module.exports.examples ="),
            ),
            file("examples.d.ts", super::examples::declarations()),
            file("examples.d.cts", super::examples::declarations()),
            file("package.json", Self::manifest_text()),
            file("README.md", self.readme()),
            file("LICENSE-MIT", include_str!("../../LICENSE-MIT").to_owned()),
            file(
                "LICENSE-APACHE",
                include_str!("../../LICENSE-APACHE").to_owned(),
            ),
        ];
        for schema in schemas {
            if let Some(path) = schema.path.strip_prefix("json/") {
                files.push(file(&format!("schemas/{path}"), schema.contents.clone()));
            }
        }
        files
    }

    /// The guard names, each with the type it narrows to, its contract and the schema it checks
    /// (a reference into [`Self::compiled_schemas`]).
    fn guards(&self) -> Vec<Guard> {
        let mut guards = Vec::new();
        // Where each root is among the compiled definitions, worked out once per contract.
        let canonical = self.layout("canonical").1;
        let input = self.layout("input").1;
        for (index, root) in self.roots.iter().enumerate() {
            for (suffix, contract, pointers) in
                [("", "canonical", &canonical), ("Input", "input", &input)]
            {
                let type_name = format!("{}{suffix}", root.type_name);
                let pointer = pointers.get(index).cloned().unwrap_or_default();
                let file = if contract == "canonical" {
                    format!("canonical/{}.schema.json", root.kind)
                } else {
                    format!("{}.schema.json", root.kind)
                };
                guards.push(Guard {
                    type_name,
                    reference: format!("{}#/$defs/{pointer}", contract_id(contract)),
                    about: format!(
                        "a `{}` {}: the schema `{file}`",
                        root.type_name,
                        if contract == "canonical" {
                            "as the Periskope model writes it"
                        } else {
                            "in any encoding Periskope sends"
                        }
                    ),
                });
            }
        }
        if let Some(envelope) = self.envelope() {
            for (suffix, contract) in [("", "canonical"), ("Input", "input")] {
                guards.push(Guard {
                    type_name: format!("{envelope}{suffix}"),
                    reference: format!("{}#/$defs/known-{envelope}", contract_id(contract)),
                    about: format!(
                        "a webhook envelope of a known event {}",
                        if contract == "canonical" {
                            "as the Periskope model writes it"
                        } else {
                            "in any encoding Periskope sends"
                        }
                    ),
                });
            }
        }
        guards
    }

    /// The name of the webhook envelope definition, when there is one.
    fn envelope(&self) -> Option<&'static str> {
        (!self.canonical.events.is_empty()).then_some("WebhookEnvelope")
    }

    /// The definitions ajv compiles for `contract` (every root's, without annotations, and each
    /// root that is not one of them as `root-<kind>`), and where each root is among them.
    fn layout(&self, contract: &str) -> (Map<String, Value>, Vec<String>) {
        let schema_of = |root: &Root<'a>| -> &'a Value {
            if contract == "canonical" {
                root.canonical
            } else {
                root.input
            }
        };
        let mut defs = Map::new();
        for root in self.roots {
            if let Some(Value::Object(root_defs)) = schema_of(root).get("$defs") {
                for (name, def) in root_defs {
                    defs.insert(name.clone(), strip_annotations(def));
                }
            }
        }
        let mut pointers = Vec::new();
        for root in self.roots {
            let body = strip_annotations(&super::root_body(schema_of(root)));
            // A root that is also a shared definition is checked through it, so that its code
            // is generated once.
            if defs.get(root.type_name) == Some(&body) {
                pointers.push(root.type_name.to_owned());
            } else {
                let pointer = format!("root-{}", root.kind);
                defs.insert(pointer.clone(), body);
                pointers.push(pointer);
            }
        }
        (defs, pointers)
    }

    /// One schema per contract for ajv: its [`Self::layout`], and the known-event envelope as
    /// `known-WebhookEnvelope`.
    fn compiled_schemas(&self) -> Vec<Value> {
        let mut out = Vec::new();
        for contract in ["canonical", "input"] {
            let (mut defs, _) = self.layout(contract);
            if let Some(envelope) = self.envelope() {
                let names = json!(self.canonical.events);
                let keys = if contract == "canonical" {
                    &self.canonical.event_keys
                } else {
                    &self.input.event_keys
                };
                let known: Vec<Value> = keys
                    .iter()
                    .map(|key| json!({"properties": {key.as_str(): {"enum": names}}, "required": [key]}))
                    .collect();
                defs.insert(
                    format!("known-{envelope}"),
                    json!({
                        "type": "object",
                        "allOf": [{"$ref": format!("#/$defs/{envelope}")}],
                        "anyOf": known,
                    }),
                );
            }
            out.push(json!({"$id": contract_id(contract), "$defs": defs}));
        }
        out
    }

    /// What `codegen/js/bundle.mjs` reads: the schemas, the guards to export and the modules.
    fn bundle_request(&self) -> Result<Value, Error> {
        let exports: Map<String, Value> = self
            .guards()
            .into_iter()
            .map(|guard| (guard.type_name, Value::from(guard.reference)))
            .collect();
        Ok(json!({
            "schemas": self.compiled_schemas(),
            "exports": exports,
            "modules": {
                "entry.js": self.entry_module(),
                "findings.js": include_str!("../../js/findings.js"),
                "delivery.js": include_str!("../../js/delivery.js"),
                "delivery-rules.js": super::delivery::rules_module(),
                "signing.js": include_str!("../../js/signing.js"),
            },
            "entry": "entry.js",
            "node": {"verify.js": include_str!("../../js/verify.js")},
            "web": {"web.js": include_str!("../../js/web.js")},
            "banner": format!("{}\n// The runtime guards and values of {NAME}: ajv's standalone code for the schemas, bundled.", comment(GENERATED)),
        }))
    }

    /// `ts/index.js` and `ts/index.cjs`: the guards compiled by ajv and bundled by esbuild, with
    /// Node.js and the packages of `tools` (a folder with `node_modules`).
    pub fn bundle(&self, tools: &Path) -> Result<Vec<GeneratedFile>, Error> {
        let request = self.bundle_request()?.to_string();
        let tools = std::fs::canonicalize(tools).map_err(|e| {
            Error(format!(
                "{}: {e} (the pinned JavaScript tools; run `npm ci` there)",
                tools.display()
            ))
        })?;
        for package in ["ajv", "ajv-formats", "esbuild"] {
            if !tools.join("node_modules").join(package).exists() {
                return Err(Error(format!(
                    "{}: {package} is not installed; run `npm ci` in that folder",
                    tools.display()
                )));
            }
        }
        let mut child = Command::new("node")
            .args([
                "--input-type=module",
                "-e",
                include_str!("../../js/bundle.mjs"),
            ])
            .env("PERISKOPE_JS_TOOLS", &tools)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| {
                Error(format!(
                    "cannot run node (Node.js 18 or newer compiles the guards): {e}"
                ))
            })?;
        let mut stdin = child
            .stdin
            .take()
            .ok_or_else(|| Error("node's input is not open".into()))?;
        let writer = std::thread::spawn(move || stdin.write_all(request.as_bytes()));
        let output = child
            .wait_with_output()
            .map_err(|e| Error(format!("node: {e}")))?;
        let written = writer
            .join()
            .map_err(|_| Error("writing to node panicked".into()))?;
        if !output.status.success() {
            return Err(Error(format!(
                "compiling the guards failed ({}):\n{}",
                output.status,
                String::from_utf8_lossy(&output.stderr)
            )));
        }
        written.map_err(|e| Error(format!("writing to node: {e}")))?;
        let bundles: Map<String, Value> = serde_json::from_slice(&output.stdout)
            .map_err(|e| Error(format!("node wrote no bundles: {e}")))?;
        BUNDLES
            .iter()
            .map(|name| {
                let contents = bundles
                    .get(*name)
                    .and_then(Value::as_str)
                    .ok_or_else(|| Error(format!("node wrote no {name}")))?;
                Ok(GeneratedFile {
                    path: format!("ts/{name}"),
                    contents: contents.to_owned(),
                })
            })
            .collect()
    }

    /// The entry module of the bundle: the runtime values and the guards.
    fn entry_module(&self) -> String {
        let mut out = String::from(
            "import * as validators from \"./validators.js\";\nimport { findingsOf } from \"./findings.js\";\nexport { deliveryKey } from \"./delivery.js\";\n",
        );
        for (name, values) in &self.canonical.enums {
            let _ = writeln!(
                out,
                "\nexport const {} = Object.freeze({});",
                constant_name(name),
                Value::from(values.clone())
            );
        }
        if self.envelope().is_some() {
            let _ = writeln!(
                out,
                "\nexport const WEBHOOK_EVENT_NAMES = Object.freeze({});\nconst EVENT_NAMES = new Set(WEBHOOK_EVENT_NAMES);\n\nexport function isWebhookEventName(name) {{\n  return typeof name === \"string\" && EVENT_NAMES.has(name);\n}}",
                Value::from(self.canonical.events.clone())
            );
        }
        let names: Vec<String> = self.guards().into_iter().map(|g| g.type_name).collect();
        for name in &names {
            let _ = writeln!(
                out,
                "\nexport function is{name}(value) {{\n  return validators.{name}(value);\n}}"
            );
        }
        let _ = write!(
            out,
            r#"
const TYPES = {names};

function validator(type) {{
  if (typeof type !== "string" || !Object.prototype.hasOwnProperty.call(validators, type)) {{
    throw new TypeError(`unknown type ${{JSON.stringify(type)}}: expected one of ${{TYPES.join(", ")}}`);
  }}
  return validators[type];
}}

export function is(type, value) {{
  return validator(type)(value);
}}

export function findings(type, value) {{
  const validate = validator(type);
  return validate(value) ? [] : findingsOf(validate.errors ?? [], value);
}}
"#,
            names = Value::from(names)
        );
        out
    }

    /// `index.d.ts` (and `index.d.cts`): the types, re-exported, and the runtime's declarations.
    fn index_declarations(&self) -> String {
        let guards = self.guards();
        let mut out = comment(GENERATED);
        out.push_str(
            "\n\nexport type * from \"./types.js\";\nexport type * from \"./input.js\";\n",
        );
        let canonical: Vec<&str> = guards
            .iter()
            .map(|g| g.type_name.as_str())
            .filter(|n| !n.ends_with("Input"))
            .collect();
        let input: Vec<&str> = guards
            .iter()
            .map(|g| g.type_name.as_str())
            .filter(|n| n.ends_with("Input"))
            .collect();
        let mut canonical_imports = canonical.clone();
        if self.envelope().is_some() {
            canonical_imports.push("WebhookEventName");
        }
        let _ = writeln!(
            out,
            "import type {{ {} }} from \"./types.js\";\nimport type {{ {} }} from \"./input.js\";",
            canonical_imports.join(", "),
            input.join(", ")
        );
        out.push_str(
            "\n/** Each type a guard checks, by name: the `type` argument of `is` and `findings`. */\nexport interface Checked {\n",
        );
        for guard in &guards {
            let _ = writeln!(out, "  {name}: {name};", name = guard.type_name);
        }
        out.push_str("}\n");
        out.push_str(
            r#"
/** Why a value is not of a type: where, and what was expected there. */
export interface Finding {
  /** The JSON path of the offending value, as the `periskope-schema` command prints it: `$`, `$.data.ack`, `$.members["9@c.us"]`, `$.links[0]`. */
  path: string;
  /** What was expected, such as `expected an integer or a string, found true`. */
  message: string;
  /** The JSON Schema keyword that failed: `type`, `required`, `pattern`, `anyOf`, … */
  keyword: string;
}

/**
 * Whether `value` is of the type named `type`, such as `is("MessageInput", body)`.
 * @throws TypeError when `type` names no checked type.
 */
export declare function is<T extends keyof Checked>(type: T, value: unknown): value is Checked[T];

/**
 * Why `value` is not of the type named `type`: empty when it is.
 * @throws TypeError when `type` names no checked type.
 */
export declare function findings(type: keyof Checked, value: unknown): Finding[];

/**
 * What a receiver deduplicates deliveries on (the same rule as the Rust model's
 * `WebhookEvent::delivery_key`): the envelope's `id` when it is a non-empty string; otherwise
 * `{event}:{object id}` (`phone_id`, `chat_id`, `message_id`, `reaction_id`, `ticket.ticket_id`
 * or `notification_id`, by the event's type; `message.ack.updated` adds `:{ack}`); for a bare
 * data object `{type}:{object id}` (`Message:…`); `undefined` when there is neither. It depends on
 * values, not bytes: compact, pretty and reordered bodies of one delivery have one key.
 */
export declare function deliveryKey(body: unknown): string | undefined;
"#,
        );
        for guard in &guards {
            let _ = writeln!(
                out,
                "\n/** Whether `value` is {}. */\nexport declare function is{name}(value: unknown): value is {name};",
                guard.about,
                name = guard.type_name
            );
        }
        if self.envelope().is_some() {
            let _ = writeln!(
                out,
                "\n/** The names of the webhook events this version knows. */\nexport declare const WEBHOOK_EVENT_NAMES: readonly {};\n\n/** Whether `name` is a webhook event this version knows (else its envelope is an `UnknownWebhookEnvelope`). */\nexport declare function isWebhookEventName(name: unknown): name is WebhookEventName;",
                tuple(&self.canonical.events)
            );
        }
        for (name, values) in &self.canonical.enums {
            let _ = writeln!(
                out,
                "\n/** The known values of `{name}` (Periskope may send others, which the type admits). */\nexport declare const {}: readonly {};",
                constant_name(name),
                tuple(values)
            );
        }
        out
    }

    /// `package.json`, written by hand: the order of the `exports` conditions matters (`types`
    /// first), and serde_json's objects sort their keys.
    fn manifest_text() -> String {
        format!(
            r#"{{
  "name": "{NAME}",
  "version": "{version}",
  "description": "Types, runtime guards and JSON Schemas of the Periskope WhatsApp API objects and webhooks",
  "license": "MIT OR Apache-2.0",
  "keywords": ["periskope", "whatsapp", "webhook", "json-schema", "types"],
  "type": "module",
  "sideEffects": false,
  "exports": {{
    ".": {{
      "import": {{
        "types": "./index.d.ts",
        "default": "./index.js"
      }},
      "require": {{
        "types": "./index.d.cts",
        "default": "./index.cjs"
      }}
    }},
    "./verify": {{
      "import": {{
        "types": "./verify.d.ts",
        "default": "./verify.js"
      }},
      "require": {{
        "types": "./verify.d.cts",
        "default": "./verify.cjs"
      }}
    }},
    "./web": {{
      "import": {{
        "types": "./web.d.ts",
        "default": "./web.js"
      }},
      "require": {{
        "types": "./web.d.cts",
        "default": "./web.cjs"
      }}
    }},
    "./examples": {{
      "import": {{
        "types": "./examples.d.ts",
        "default": "./examples.js"
      }},
      "require": {{
        "types": "./examples.d.cts",
        "default": "./examples.cjs"
      }}
    }},
    "./schemas/*": "./schemas/*",
    "./package.json": "./package.json"
  }},
  "main": "./index.cjs",
  "module": "./index.js",
  "types": "./index.d.ts",
  "files": [
    "index.js",
    "index.cjs",
    "index.d.ts",
    "index.d.cts",
    "types.d.ts",
    "input.d.ts",
    "verify.js",
    "verify.cjs",
    "verify.d.ts",
    "verify.d.cts",
    "web.js",
    "web.cjs",
    "web.d.ts",
    "web.d.cts",
    "examples.js",
    "examples.cjs",
    "examples.d.ts",
    "examples.d.cts",
    "schemas/",
    "README.md",
    "LICENSE-MIT",
    "LICENSE-APACHE"
  ]
}}
"#,
            version = env!("CARGO_PKG_VERSION")
        )
    }

    /// `README.md` of the package.
    fn readme(&self) -> String {
        let mut out = format!("# {NAME}\n\n");
        out.push_str(include_str!("package-readme.md"));
        out.push_str("\n## Types, guards and values\n\n| type | guard | schema |\n|---|---|---|\n");
        for root in self.roots {
            let _ = writeln!(
                out,
                "| `{t}`, `{t}Input` | `is{t}`, `is{t}Input` | `schemas/canonical/{k}.schema.json`, `schemas/{k}.schema.json` |",
                t = root.type_name,
                k = root.kind
            );
        }
        if self.envelope().is_some() {
            out.push_str(
                "| `WebhookEnvelope`, `WebhookEnvelopeInput` (known events) | `isWebhookEnvelope`, `isWebhookEnvelopeInput` | the `WebhookEnvelope` definition of `webhook.schema.json` |\n",
            );
        }
        out.push_str("\nRuntime values of the enums, as read-only arrays: ");
        let mut names: Vec<String> = vec!["`WEBHOOK_EVENT_NAMES`".into()];
        names.extend(
            self.canonical
                .enums
                .iter()
                .map(|(name, _)| format!("`{}`", constant_name(name))),
        );
        out.push_str(&names.join(", "));
        out.push_str(".\n");
        out
    }
}

/// One guard: `is<type_name>`.
struct Guard {
    type_name: String,
    reference: String,
    about: String,
}

/// The `$id` of the schema ajv compiles for `contract`.
fn contract_id(contract: &str) -> String {
    format!("urn:periskope-schema:{contract}")
}

/// `MESSAGE_TYPES` for `MessageType`, `TICKET_STATUSES` for `TicketStatus`.
fn constant_name(def: &str) -> String {
    let mut out = String::new();
    for (index, c) in def.char_indices() {
        if c.is_ascii_uppercase() && index > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    if out.ends_with('S') {
        out.push_str("ES");
    } else {
        out.push('S');
    }
    out
}

/// `readonly ["a", "b"]`'s tuple part.
fn tuple(values: &[String]) -> String {
    let quoted: Vec<String> = values
        .iter()
        .map(|v| Value::from(v.as_str()).to_string())
        .collect();
    format!("[{}]", quoted.join(", "))
}

/// `text` as `//` comment lines.
fn comment(text: &str) -> String {
    text.lines()
        .map(|line| format!("// {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A schema without the keywords that only annotate (`description`, `examples`, `title`), which
/// the compiled guards do not need; property names are kept whatever they are.
fn strip_annotations(schema: &Value) -> Value {
    let Value::Object(object) = schema else {
        return schema.clone();
    };
    let mut out = Map::new();
    for (keyword, value) in object {
        let kept = match keyword.as_str() {
            "description" | "examples" | "title" | "$comment" | "deprecated" | "default" => {
                continue;
            }
            "properties" | "$defs" | "patternProperties" | "dependentSchemas" => match value {
                Value::Object(map) => Value::Object(
                    map.iter()
                        .map(|(k, v)| (k.clone(), strip_annotations(v)))
                        .collect(),
                ),
                other => other.clone(),
            },
            "anyOf" | "oneOf" | "allOf" | "prefixItems" => match value {
                Value::Array(items) => Value::Array(items.iter().map(strip_annotations).collect()),
                other => other.clone(),
            },
            "items"
            | "not"
            | "if"
            | "then"
            | "else"
            | "additionalProperties"
            | "contains"
            | "propertyNames"
            | "unevaluatedProperties"
            | "unevaluatedItems" => strip_annotations(value),
            _ => value.clone(),
        };
        out.insert(keyword.clone(), kept);
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manifest_is_json_with_types_first() {
        let manifest: Value = serde_json::from_str(&Package::manifest_text()).expect("JSON");
        assert_eq!(manifest["name"], NAME);
        let text = Package::manifest_text();
        let types = text
            .find("\"types\": \"./index.d.ts\"")
            .expect("types condition");
        let default = text
            .find("\"default\": \"./index.js\"")
            .expect("default condition");
        assert!(types < default, "{text}");
    }

    #[test]
    fn constant_names_are_plural_screaming_snake_case() {
        assert_eq!(constant_name("MessageType"), "MESSAGE_TYPES");
        assert_eq!(constant_name("TicketStatus"), "TICKET_STATUSES");
        assert_eq!(constant_name("WaState"), "WA_STATES");
    }

    #[test]
    fn annotations_go_but_properties_named_like_them_stay() {
        let schema = json!({
            "description": "x",
            "properties": {"description": {"type": "string", "description": "y"}},
            "anyOf": [{"title": "t", "type": "object"}],
            "examples": [1]
        });
        assert_eq!(
            strip_annotations(&schema),
            json!({"properties": {"description": {"type": "string"}}, "anyOf": [{"type": "object"}]})
        );
    }
}
