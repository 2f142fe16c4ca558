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
use runtime::constant_name;

mod runtime;

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
                include_str!("../../../js/verify.d.ts").to_owned(),
            ),
            file(
                "verify.d.cts",
                include_str!("../../../js/verify.d.ts").to_owned(),
            ),
            file("web.d.ts", include_str!("../../../js/web.d.ts").to_owned()),
            file("web.d.cts", include_str!("../../../js/web.d.ts").to_owned()),
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
            file(
                "LICENSE-MIT",
                include_str!("../../../LICENSE-MIT").to_owned(),
            ),
            file(
                "LICENSE-APACHE",
                include_str!("../../../LICENSE-APACHE").to_owned(),
            ),
        ];
        for schema in schemas {
            if let Some(path) = schema.path.strip_prefix("json/") {
                files.push(file(&format!("schemas/{path}"), schema.contents.clone()));
            }
        }
        files
    }

    /// The name of the webhook envelope definition, when there is one.
    fn envelope(&self) -> Option<&'static str> {
        (!self.canonical.events.is_empty()).then_some("WebhookEnvelope")
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
                "findings.js": include_str!("../../../js/findings.js"),
                "delivery.js": include_str!("../../../js/delivery.js"),
                "delivery-rules.js": super::delivery::rules_module(),
                "signing.js": include_str!("../../../js/signing.js"),
            },
            "entry": "entry.js",
            "node": {"verify.js": include_str!("../../../js/verify.js")},
            "web": {"web.js": include_str!("../../../js/web.js")},
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
                include_str!("../../../js/bundle.mjs"),
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
        out.push_str(include_str!("readme.md"));
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

/// `text` as `//` comment lines.
fn comment(text: &str) -> String {
    text.lines()
        .map(|line| format!("// {line}"))
        .collect::<Vec<_>>()
        .join("\n")
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
}
