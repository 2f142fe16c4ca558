//! JSON Schema and TypeScript generated from the Periskope model, and the checks that keep the
//! committed copies in `schemas/` fresh.
//!
//! Data flows one way: the model's types ([`periskope_model`]) give the root kinds and their JSON
//! Schemas ([`periskope_contract`]); the canonical schemas give the TypeScript types and the
//! input schemas the `…Input` types ([`typescript::declarations`]), and both give the npm
//! package's runtime guards, compiled ahead of time by ajv ([`typescript::package`]).
//! [`render`] returns every file Rust renders, [`render_with_bundles`] adds the guards' bundles
//! (with Node.js); the `periskope-codegen` command writes them ([`generate`]) or checks them
//! ([`check`]).
//!
//! ```
//! let files = periskope_codegen::render().expect("the model renders");
//! let chat = files
//!     .iter()
//!     .find(|file| file.path == "json/chat.schema.json")
//!     .expect("chat has an input schema");
//! assert!(chat.contents.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    warn(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::panic,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

pub mod openapi;
pub mod typescript;

use std::collections::BTreeSet;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use serde_json::Value;

use periskope_contract::{Contract, KINDS};
use typescript::package::{Package, Root};

/// The command that regenerates `schemas/`, as shown in messages.
pub const GENERATE_COMMAND: &str = "cargo run -p periskope-codegen -- generate";

/// One generated file: its path relative to the `schemas/` folder (with `/` separators) and its
/// contents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path under `schemas/`, such as `json/chat.schema.json`.
    pub path: String,
    /// The whole file.
    pub contents: String,
}

/// Why the files could not be rendered (a model type the TypeScript generator cannot express).
#[derive(Debug)]
pub struct RenderError(String);

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for RenderError {}

/// Every generated file that Rust renders, in a fixed order: everything but the package's
/// JavaScript bundles ([`render_with_bundles`]). Pure: reads nothing and writes nothing.
pub fn render() -> Result<Vec<GeneratedFile>, RenderError> {
    let mut files = Vec::new();
    let schemas = kind_schemas();
    for (kind, (canonical, input)) in KINDS.iter().zip(&schemas) {
        for (contract, schema) in [(Contract::Input, input), (Contract::Canonical, canonical)] {
            files.push(GeneratedFile {
                path: contract.schema_path(kind.name),
                contents: pretty(schema),
            });
        }
    }
    let openapi = openapi::document().map_err(|error| RenderError(format!("OpenAPI: {error}")))?;
    let roots = package_roots(&schemas);
    let package =
        Package::new(&roots).map_err(|error| RenderError(format!("TypeScript: {error}")))?;
    let package_files = package.files(&files);
    files.push(GeneratedFile {
        path: openapi::PATH.into(),
        contents: pretty(&openapi),
    });
    files.extend(package_files);
    files.push(GeneratedFile {
        path: "README.md".into(),
        contents: readme(&files),
    });
    Ok(files)
}

/// [`render`] and the package's JavaScript bundles (`ts/index.js`, `ts/index.cjs`): the guards
/// compiled from the same schemas by ajv and bundled by esbuild, run with Node.js from `js_tools`
/// (a folder whose `node_modules` holds the pinned ajv, ajv-formats and esbuild, such as
/// `tests/js`).
pub fn render_with_bundles(js_tools: &Path) -> Result<Vec<GeneratedFile>, RenderError> {
    let mut files = render()?;
    let schemas = kind_schemas();
    let roots = package_roots(&schemas);
    let package =
        Package::new(&roots).map_err(|error| RenderError(format!("TypeScript: {error}")))?;
    let bundles = package
        .bundle(js_tools)
        .map_err(|error| RenderError(format!("the package's guards: {error}")))?;
    let at = files
        .iter()
        .position(|file| file.path == "ts/index.d.ts")
        .unwrap_or(files.len());
    for (offset, bundle) in bundles.into_iter().enumerate() {
        files.insert(at + offset, bundle);
    }
    Ok(files)
}

/// Each kind's (canonical, input) schemas, in the order of [`KINDS`].
fn kind_schemas() -> Vec<(Value, Value)> {
    KINDS
        .iter()
        .map(|kind| {
            (
                kind.schema(Contract::Canonical),
                kind.schema(Contract::Input),
            )
        })
        .collect()
}

/// The package's view of each kind and its (canonical, input) schemas.
fn package_roots(schemas: &[(Value, Value)]) -> Vec<Root<'_>> {
    KINDS
        .iter()
        .zip(schemas)
        .map(|(kind, (canonical, input))| Root {
            kind: kind.name,
            type_name: kind.type_name(),
            canonical,
            input,
        })
        .collect()
}

/// `schemas/README.md`: what each file is and how to regenerate.
fn readme(files: &[GeneratedFile]) -> String {
    let mut out = String::from(
        "# Generated schemas\n\n\
         Everything in this folder is generated from the Rust model (`model/`) by\n\
         `periskope-codegen`. Do not edit it by hand: change the model, then run\n\n\
         ```sh\n",
    );
    out.push_str(GENERATE_COMMAND);
    out.push_str(
        "\n```\n\n\
         `cargo run -p periskope-codegen -- check` (and `cargo test`) fail when a file here is\n\
         stale, missing or not generated any more. Both need Node.js and the pinned packages of\n\
         `tests/js` (`npm ci` there), which compile the package's guards.\n\n\
         | file | what it is |\n|---|---|\n",
    );
    for file in files {
        let about = if let Some(kind) = file.path.strip_prefix("json/canonical/") {
            format!(
                "canonical contract of `{}`: exactly what the model writes",
                kind.trim_end_matches(".schema.json")
            )
        } else if let Some(kind) = file.path.strip_prefix("json/") {
            format!(
                "input contract of `{}`: every encoding the model accepts, unknown fields allowed; validate raw payloads against this",
                kind.trim_end_matches(".schema.json")
            )
        } else {
            continue;
        };
        out.push_str(&format!("| `{}` | {about} |\n", file.path));
    }
    out.push_str(&format!(
        "| `ts/` | the npm package `{}`: `types.d.ts` (canonical types), `input.d.ts` (`…Input` types of what Periskope sends), `index.js` and `index.cjs` (the runtime guards, compiled from these schemas by ajv and bundled by esbuild) with their declarations `index.d.ts` and `index.d.cts`; the subpaths `verify` (Node's signature check), `web` (receiving a webhook with WebCrypto) and `examples` (an example delivery of each event), each as `.js`, `.cjs`, `.d.ts` and `.d.cts`; `schemas/` (copies of `json/`), `package.json`, `README.md` and the licences |\n",
        typescript::package::NAME
    ));
    out.push_str(
        "| `openapi.json` | the OpenAPI 3.1 document: every endpoint of the catalog in `periskope_model::endpoint`, its bodies `$ref`s to components named as the Rust types (the input contracts) |\n\
         | `README.md` | this file |\n\n\
         The JSON Schemas use draft 2020-12 and only standard keywords and formats. Each has a\n\
         stable `$id`, a `title`, the field docs as `description` and the documented example under\n\
         `examples`. The TypeScript types mark a field optional (`?`) exactly when the schema does\n\
         not require it and `| null` exactly when the schema allows `null`; open enums are the\n\
         known literals plus `(string & {})`.\n",
    );
    out
}

/// JSON with two-space indentation and a final newline.
fn pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// How a file under `schemas/` differs from what [`render`] produces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Staleness {
    /// The file should exist and does not.
    Missing(String),
    /// The file exists with other contents.
    Changed(String),
    /// The file exists but is not generated any more.
    Extra(String),
}

impl fmt::Display for Staleness {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing(path) => write!(f, "{path}: missing"),
            Self::Changed(path) => {
                write!(f, "{path}: stale (differs from what the model generates)")
            }
            Self::Extra(path) => write!(f, "{path}: extra (no longer generated)"),
        }
    }
}

/// Every file under `dir`, as `/`-separated paths relative to it.
fn existing_files(dir: &Path) -> io::Result<BTreeSet<String>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeSet<String>) -> io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let path = entry.path();
            if entry.file_type()?.is_dir() {
                walk(root, &path, out)?;
            } else if let Ok(relative) = path.strip_prefix(root) {
                let parts: Vec<String> = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.insert(parts.join("/"));
            }
        }
        Ok(())
    }
    let mut out = BTreeSet::new();
    if dir.exists() {
        walk(dir, dir, &mut out)?;
    }
    Ok(out)
}

/// Compares `dir` (the `schemas/` folder) with `files`; empty when it is fresh.
pub fn check(dir: &Path, files: &[GeneratedFile]) -> io::Result<Vec<Staleness>> {
    let mut problems = Vec::new();
    let mut existing = existing_files(dir)?;
    for file in files {
        if existing.remove(&file.path) {
            let on_disk = std::fs::read(dir.join(&file.path))?;
            if on_disk != file.contents.as_bytes() {
                problems.push(Staleness::Changed(file.path.clone()));
            }
        } else {
            problems.push(Staleness::Missing(file.path.clone()));
        }
    }
    problems.extend(existing.into_iter().map(Staleness::Extra));
    Ok(problems)
}

/// Writes `files` under `dir` and removes files there that are not among them; returns what it
/// changed (as [`check`] would have reported it).
pub fn generate(dir: &Path, files: &[GeneratedFile]) -> io::Result<Vec<Staleness>> {
    let changes = check(dir, files)?;
    for change in &changes {
        match change {
            Staleness::Missing(path) | Staleness::Changed(path) => {
                let target = dir.join(path);
                if let Some(parent) = target.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                if let Some(file) = files.iter().find(|file| &file.path == path) {
                    std::fs::write(&target, &file.contents)?;
                }
            }
            Staleness::Extra(path) => {
                let target = dir.join(path);
                std::fs::remove_file(&target)?;
                remove_empty_parents(dir, &target);
            }
        }
    }
    Ok(changes)
}

/// Removes the now-empty folders between `file` and `root`.
fn remove_empty_parents(root: &Path, file: &Path) {
    let mut current: Option<PathBuf> = file.parent().map(Path::to_path_buf);
    while let Some(dir) = current {
        if dir == root || !dir.starts_with(root) || std::fs::remove_dir(&dir).is_err() {
            break;
        }
        current = dir.parent().map(Path::to_path_buf);
    }
}
