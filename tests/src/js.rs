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

/// The folders where `npm ci` has run in this process.
static INSTALLED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Makes sure `dir/node_modules` holds `packages` at the versions `dir/package-lock.json` pins,
/// running `npm ci` there once when it does not, and returns that folder. Panics with the command
/// to run when `npm` is missing or fails: these checks must not pass by being skipped.
pub fn npm_installed(dir: &Path, packages: &[&str]) -> PathBuf {
    let modules = dir.join("node_modules");
    let mut installed = INSTALLED
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let ready = packages
        .iter()
        .all(|package| modules.join(package).join("package.json").exists());
    let done = installed.iter().any(|done| done == dir);
    if !done && !ready {
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(dir)
            .stdout(Stdio::inherit())
            .stderr(Stdio::inherit())
            .status()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot run npm (Node.js 18 or newer is needed for the JavaScript checks): {e}"
                )
            });
        assert!(
            status.success(),
            "`npm ci` in {} failed ({status}); run it by hand to see why",
            dir.display()
        );
    }
    if !done {
        installed.push(dir.to_path_buf());
    }
    modules
}

/// Makes sure `tests/js/node_modules` holds the pinned packages ([`npm_installed`]) and returns
/// the folder.
pub fn node_modules() -> PathBuf {
    npm_installed(
        &js_dir(),
        &[
            "ajv",
            "ajv-cli",
            "ajv-formats",
            "esbuild",
            "hono",
            "openapi-fetch",
            "openapi-typescript",
            "typescript",
        ],
    )
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

static PACKAGE: Mutex<Option<PathBuf>> = Mutex::new(None);

/// A fresh project outside the repository with the npm package installed from its tarball, as a
/// user installs it: `npm pack` of `schemas/ts`, then `npm install <tarball>` into a new project
/// (`"type": "module"`), once per test process. Returns the project's folder. Panics when a step
/// fails.
pub fn installed_package() -> PathBuf {
    let mut package = PACKAGE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(dir) = package.as_ref() {
        return dir.clone();
    }
    node_modules();
    let root = std::env::temp_dir().join(format!("periskope-npm-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let project = root.join("consumer");
    std::fs::create_dir_all(&project).unwrap_or_else(|e| panic!("{}: {e}", project.display()));
    let packed = Command::new("npm")
        .args(["pack", "--json", "--loglevel=error", "--pack-destination"])
        .arg(&root)
        .current_dir(schemas_dir().join("ts"))
        .output()
        .expect("npm runs");
    assert!(
        packed.status.success(),
        "npm pack failed: {}",
        String::from_utf8_lossy(&packed.stderr)
    );
    let listing: serde_json::Value =
        serde_json::from_slice(&packed.stdout).expect("npm pack --json writes JSON");
    let tarball = listing
        .pointer("/0/filename")
        .and_then(serde_json::Value::as_str)
        .expect("npm pack names the tarball");
    std::fs::write(
        project.join("package.json"),
        "{\"name\": \"consumer\", \"private\": true, \"type\": \"module\"}\n",
    )
    .expect("writes package.json");
    let installed = Command::new("npm")
        .args([
            "install",
            "--offline",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
        ])
        .arg(root.join(tarball))
        .current_dir(&project)
        .output()
        .expect("npm runs");
    assert!(
        installed.status.success(),
        "npm install of the tarball failed: {}",
        String::from_utf8_lossy(&installed.stderr)
    );
    let manifest = project.join("node_modules/@periskope-schema/types/package.json");
    assert!(
        manifest.exists()
            && !project
                .join("node_modules/@periskope-schema/types")
                .is_symlink(),
        "the package is installed as files, not linked: {}",
        manifest.display()
    );
    *package = Some(project.clone());
    project
}

/// How a consumer project resolves modules, as its `tsconfig.json` says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// `"module": "nodenext"`: Node.js's own rules (ES modules and CommonJS).
    NodeNext,
    /// `"module": "esnext", "moduleResolution": "bundler"`: as Vite, esbuild or webpack resolve.
    Bundler,
}

impl Resolution {
    /// Both.
    pub const ALL: [Resolution; 2] = [Resolution::NodeNext, Resolution::Bundler];

    fn options(self) -> serde_json::Value {
        match self {
            Self::NodeNext => {
                serde_json::json!({"module": "nodenext", "moduleResolution": "nodenext"})
            }
            Self::Bundler => serde_json::json!({"module": "esnext", "moduleResolution": "bundler"}),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::NodeNext => "nodenext",
            Self::Bundler => "bundler",
        }
    }
}

/// Runs `tsc --strict --noEmit` on `files` (paths relative to `project`) with a tsconfig of
/// `resolution`: (success, output with one `file(line,col): error TS…` line per error).
pub fn tsc_project(project: &Path, files: &[&str], resolution: Resolution) -> (bool, String) {
    let mut options = resolution.options();
    for (key, value) in [
        ("strict", serde_json::json!(true)),
        ("noEmit", serde_json::json!(true)),
        ("target", serde_json::json!("es2022")),
        ("lib", serde_json::json!(["es2022", "dom"])),
        ("skipLibCheck", serde_json::json!(false)),
        ("pretty", serde_json::json!(false)),
    ] {
        options[key] = value;
    }
    let config = serde_json::json!({"compilerOptions": options, "files": files});
    // One configuration per call: tests compile in the same project at once.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = project.join(format!("tsconfig.{}.{call}.json", resolution.name()));
    std::fs::write(&path, config.to_string()).expect("writes tsconfig");
    let output = tsc()
        .arg("-p")
        .arg(&path)
        .current_dir(project)
        .output()
        .expect("tsc runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}
