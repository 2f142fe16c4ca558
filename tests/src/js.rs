//! The JavaScript checkers (ajv and the TypeScript compiler) in `tests/js`, installed at the
//! versions pinned by its `package-lock.json`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;

/// The folder with `package.json`, the lock file and the scripts.
pub fn js_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("js")
}

/// The repository's `schemas/` folder.
pub fn schemas_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../schemas")
}

/// The committed schema at `path` under `schemas/` (such as `json/chat.schema.json`), parsed.
/// Panics when it is missing or not JSON, since a test without its schema must not pass.
pub fn committed_schema(path: &str) -> serde_json::Value {
    let file = schemas_dir().join(path);
    let text = std::fs::read_to_string(&file)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
}

/// The committed schema at `path` under `schemas/`, compiled by the `jsonschema` crate as draft
/// 2020-12 with formats checked. Panics when it does not compile.
pub fn compiled_schema(path: &str) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&committed_schema(path))
        .unwrap_or_else(|e| panic!("{path} does not compile: {e}"))
}

static INSTALL: Mutex<bool> = Mutex::new(false);

/// Makes sure `tests/js/node_modules` holds the pinned packages, running `npm ci` once when it
/// does not, and returns the folder. Panics with the command to run when `npm` is missing or
/// fails: these checks must not pass by being skipped.
pub fn node_modules() -> PathBuf {
    let dir = js_dir();
    let modules = dir.join("node_modules");
    let mut installed = INSTALL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let ready = ["ajv", "ajv-formats", "typescript"]
        .iter()
        .all(|package| modules.join(package).join("package.json").exists());
    if !*installed && !ready {
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&dir)
            .stdout(Stdio::inherit())
            .stderr(Stdio::inherit())
            .status()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot run npm (Node.js 18 or newer is needed for the ajv and tsc checks): {e}"
                )
            });
        assert!(
            status.success(),
            "`npm ci` in {} failed ({status}); run it by hand to see why",
            dir.display()
        );
    }
    *installed = true;
    modules
}

/// `node` with `args`, run in `tests/js`, after [`node_modules`].
pub fn node(args: &[&str]) -> Command {
    node_modules();
    let mut command = Command::new("node");
    command.args(args).current_dir(js_dir());
    command
}

/// The TypeScript compiler, after [`node_modules`].
pub fn tsc() -> Command {
    let modules = node_modules();
    let mut command = Command::new("node");
    command.arg(modules.join("typescript/bin/tsc"));
    command
}
