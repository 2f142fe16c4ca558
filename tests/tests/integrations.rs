//! The ways a CI plugs the validator in, run as a user's CI runs them, on a scratch repository
//! with one valid and one invalid payload:
//! - the pre-commit hook (`.pre-commit-hooks.yaml`): `pre-commit validate-manifest`, then
//!   `pre-commit try-repo` on this repository with the python hook, which installs the command's
//!   wheel (built here by maturin) with no cargo on the `PATH`;
//! - the GitHub Action (`action.yml`): its metadata against GitHub's action schema (as vendored by
//!   check-jsonschema), then its steps run as the runner runs them: each `run` script with bash,
//!   its `env` and `if` evaluated, the cache step as a miss and then as a hit. The install script
//!   (`action/install.sh`) takes the wheel with no cargo on the `PATH`, and where no wheel fits it
//!   falls back to `cargo install --locked`.
//!
//! The Python tools are pinned with their dependencies in `tests/py/tools.txt` and installed into
//! a virtual environment in the target folder. The wheel and the Action's fallback `cargo install`
//! use the workspace's release build (the one `cargo run --release --bin periskope-schema`
//! makes), so they compile nothing when it is there and build it once when it is not.
//!
//! The from-source hook (`periskope-schema-validate-src`, pre-commit's `cargo install` from a
//! fresh clone with the dependencies resolved anew) takes minutes, so its test is ignored by
//! default: `cargo test -p periskope-tests --test integrations -- --ignored` runs it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use serde_json::Value;

/// The repository's root.
fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .expect("the repository")
}

/// The virtual environment with the pinned tools; its `bin` folder.
fn tools() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("py-tools");
        let requirements = repository().join("tests/py/tools.txt");
        let stamp = venv.join("installed.txt");
        let wanted = std::fs::read_to_string(&requirements).expect("reads tools.txt");
        if std::fs::read_to_string(&stamp).ok().as_deref() != Some(wanted.as_str()) {
            let _ = std::fs::remove_dir_all(&venv);
            let created = Command::new("python3")
                .args(["-m", "venv"])
                .arg(&venv)
                .status()
                .expect("python3 runs (the pre-commit and Action checks need it)");
            assert!(created.success(), "python3 -m venv failed");
            let installed = Command::new(venv.join("bin/pip"))
                .args(["install", "--quiet", "--disable-pip-version-check", "-r"])
                .arg(&requirements)
                .status()
                .expect("pip runs");
            assert!(
                installed.success(),
                "pip install -r {}",
                requirements.display()
            );
            std::fs::write(&stamp, wanted).expect("writes the stamp");
        }
        venv.join("bin")
    })
}

/// The workspace's target folder, where the release build is. `cargo test` locks the folder of
/// its own profile while it runs, not the release one, so the tests' release builds can use it.
fn workspace_target() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target folder holds tmp")
        .to_path_buf()
}

/// A folder holding one wheel of the command for this machine, built by `pypi/dist.sh` (maturin,
/// from `pypi/pyproject.toml`) out of the workspace's release build, which is compiled first when
/// it is not there.
fn wheels() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("wheels");
        let _ = std::fs::remove_dir_all(&dir);
        let built = Command::new(repository().join("pypi/dist.sh"))
            .args(["wheel"])
            .arg(&dir)
            .arg("--quiet")
            .env("MATURIN", tools().join("maturin"))
            .env("CARGO_TARGET_DIR", workspace_target())
            .output()
            .expect("pypi/dist.sh runs");
        assert!(
            built.status.success(),
            "pypi/dist.sh wheel: {}",
            text(&built)
        );
        let version = env!("CARGO_PKG_VERSION");
        let wheel = the_wheel(&dir);
        let name = wheel.file_name().expect("a name").to_string_lossy();
        assert!(
            name.starts_with(&format!("periskope_schema-{version}-py3-none-")),
            "the wheel of periskope-schema {version}: {name}"
        );
        dir
    })
}

/// The one wheel in `dir`.
fn the_wheel(dir: &Path) -> PathBuf {
    let wheels: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the wheel folder")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "whl"))
        .collect();
    match wheels.as_slice() {
        [wheel] => wheel.clone(),
        _ => panic!("one wheel in {}: {wheels:?}", dir.display()),
    }
}

/// A `PATH` with the pinned tools, git and the system's commands, and no Rust toolchain: the
/// test fails if a `cargo` is found on it.
fn path_without_cargo() -> String {
    let dirs = [
        tools().to_path_buf(),
        PathBuf::from("/usr/local/bin"),
        PathBuf::from("/usr/bin"),
        PathBuf::from("/bin"),
    ];
    for dir in &dirs {
        assert!(
            !dir.join("cargo").exists(),
            "{} holds a cargo; the hook must be proven without one",
            dir.display()
        );
    }
    std::env::join_paths(&dirs)
        .expect("a PATH")
        .to_string_lossy()
        .into_owned()
}

/// A scratch git repository with `good.json` (a documented chat) and `bad.json` (a chat whose
/// `member_count` is not a number).
fn scratch_repository(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("integration-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("creates");
    let init = Command::new("git")
        .args(["init", "-q"])
        .current_dir(&dir)
        .status()
        .expect("git runs");
    assert!(init.success());
    std::fs::copy(
        repository().join("codegen/documented/chat.json"),
        dir.join("good.json"),
    )
    .expect("copies");
    std::fs::write(
        dir.join("bad.json"),
        "{\"org_id\": \"o\", \"chat_id\": \"c@c.us\", \"member_count\": \"many\"}\n",
    )
    .expect("writes");
    dir
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Runs `pre-commit try-repo` of this repository's `hook` in a scratch repository on `files`;
/// `env` is applied last.
fn try_repo(dir: &Path, hook: &str, files: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(tools().join("pre-commit"));
    command
        .arg("try-repo")
        .arg(repository())
        .arg(hook)
        .arg("--files")
        .args(files)
        .current_dir(dir)
        .env("PRE_COMMIT_HOME", dir.join(".pre-commit-home"))
        .env_remove("GITHUB_STEP_SUMMARY");
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("pre-commit runs")
}

/// The hook passes `good.json` alone, and fails on `bad.json` with the finding in its place.
fn check_hook(dir: &Path, hook: &str, env: &[(&str, &str)]) {
    let passed = try_repo(dir, hook, &["good.json"], env);
    let output = text(&passed);
    assert_eq!(passed.status.code(), Some(0), "{output}");
    assert!(
        output.contains("validate Periskope payloads") && output.contains("Passed"),
        "{output}"
    );

    let failed = try_repo(dir, hook, &["good.json", "bad.json"], env);
    let output = text(&failed);
    assert_eq!(failed.status.code(), Some(1), "{output}");
    assert!(output.contains("Failed"), "{output}");
    assert!(
        output.contains("bad.json:1:54: $.member_count: expected an integer, found \"many\""),
        "the finding with its place: {output}"
    );
    assert!(
        !output.contains("good.json:"),
        "no finding in good.json: {output}"
    );
}

#[test]
fn the_pre_commit_manifest_is_valid_and_its_placeholder_pins_this_version() {
    let manifest = Command::new(tools().join("pre-commit"))
        .arg("validate-manifest")
        .arg(repository().join(".pre-commit-hooks.yaml"))
        .output()
        .expect("pre-commit runs");
    assert!(manifest.status.success(), "{}", text(&manifest));

    // The python hook installs the placeholder, which must require the wheel of this version.
    let setup = std::fs::read_to_string(repository().join("setup.py")).expect("reads setup.py");
    let pins: Vec<&str> = setup
        .split('"')
        .filter(|part| part.starts_with("periskope-schema=="))
        .collect();
    assert_eq!(
        pins,
        [format!("periskope-schema=={}", env!("CARGO_PKG_VERSION")).as_str()],
        "setup.py's install_requires"
    );
}

#[test]
fn the_pre_commit_hook_installs_the_wheel_without_cargo_and_fails_invalid_payloads() {
    let dir = scratch_repository("pre-commit");
    let find_links = wheels().to_string_lossy().into_owned();
    let path = path_without_cargo();
    check_hook(
        &dir,
        "periskope-schema-validate",
        &[
            ("PIP_FIND_LINKS", find_links.as_str()),
            ("PATH", path.as_str()),
        ],
    );
}

/// The from-source hook, as a user without the wheel gets it: pre-commit runs `cargo install
/// --path .` in its own clone, into a target folder of its own. It takes minutes: run it with
/// `cargo test -p periskope-tests --test integrations -- --ignored`.
#[test]
#[ignore = "builds the command from source in release mode (minutes); run with --ignored"]
fn the_from_source_pre_commit_hook_builds_with_cargo_and_fails_invalid_payloads() {
    let dir = scratch_repository("pre-commit-src");
    let target = dir.join(".cargo-target");
    check_hook(
        &dir,
        "periskope-schema-validate-src",
        &[("CARGO_TARGET_DIR", &target.to_string_lossy())],
    );
}

/// `action.yml`, read by PyYAML.
fn action() -> Value {
    let output = Command::new(tools().join("python"))
        .args([
            "-c",
            "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))",
        ])
        .arg(repository().join("action.yml"))
        .output()
        .expect("python runs");
    assert!(output.status.success(), "{}", text(&output));
    serde_json::from_slice(&output.stdout).expect("JSON")
}

/// What the runner knows while running the action's steps.
struct Run<'a> {
    inputs: BTreeMap<&'a str, String>,
    steps: BTreeMap<String, BTreeMap<String, String>>,
    workspace: &'a Path,
    tool_cache: &'a Path,
    /// The runner's own environment, given to every step (`PATH`, pip's variables).
    env: Vec<(&'a str, String)>,
}

impl Run<'_> {
    /// The value of the expression inside `${{ }}`; a form this runner does not know panics, so
    /// that a new expression in `action.yml` cannot pass unevaluated.
    fn expression(&self, expression: &str) -> String {
        let expression = expression.trim();
        if expression == "github.action_path" {
            return repository().to_string_lossy().into_owned();
        }
        if let Some(name) = expression.strip_prefix("inputs.") {
            return self
                .inputs
                .get(name)
                .cloned()
                .unwrap_or_else(|| panic!("no input {name}"));
        }
        if let Some(rest) = expression.strip_prefix("steps.") {
            let (step, output) = rest
                .split_once(".outputs.")
                .unwrap_or_else(|| panic!("unsupported expression {expression}"));
            return self
                .steps
                .get(step)
                .and_then(|outputs| outputs.get(output))
                .cloned()
                .unwrap_or_default();
        }
        panic!("unsupported expression in action.yml: {expression}");
    }

    /// `text` with every `${{ … }}` evaluated.
    fn substitute(&self, text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(start) = rest.find("${{") {
            out.push_str(&rest[..start]);
            let end = rest[start..].find("}}").expect("a closed expression") + start;
            out.push_str(&self.expression(&rest[start + 3..end]));
            rest = &rest[end + 2..];
        }
        out.push_str(rest);
        out
    }

    /// Whether a step's `if` holds: only `steps.X.outputs.Y != 'true'` is used.
    fn condition(&self, condition: &str) -> bool {
        let (left, right) = condition
            .split_once("!=")
            .unwrap_or_else(|| panic!("unsupported condition {condition}"));
        let right = right.trim().trim_matches('\'');
        self.expression(left) != right
    }

    /// Runs every step of `action`; the last step's exit code and the output of every step.
    fn steps(&mut self, action: &Value, cache_hit: bool) -> (Option<i32>, String) {
        let steps = action["runs"]["steps"].as_array().expect("steps");
        let mut last = (Some(0), String::new());
        for step in steps {
            let id = step["id"].as_str().unwrap_or_default().to_owned();
            if let Some(condition) = step["if"].as_str()
                && !self.condition(condition)
            {
                continue;
            }
            if let Some(uses) = step["uses"].as_str() {
                assert!(
                    uses.starts_with("actions/cache@"),
                    "unexpected action {uses}"
                );
                let path = self.substitute(step["with"]["path"].as_str().expect("a cache path"));
                assert!(!step["with"]["key"].as_str().unwrap_or_default().is_empty());
                assert_eq!(Path::new(&path).exists(), cache_hit, "the cached folder");
                let outputs = BTreeMap::from([("cache-hit".to_owned(), cache_hit.to_string())]);
                self.steps.insert(id, outputs);
                continue;
            }
            assert_eq!(step["shell"], "bash", "every run step says its shell");
            let script = step["run"].as_str().expect("a run step");
            assert!(
                !script.contains("${{"),
                "run scripts read their values from env, never from expressions: {script}"
            );
            let output_file = self.workspace.join(format!("output-{id}"));
            std::fs::write(&output_file, "").expect("writes");
            let script_file = self.workspace.join(format!("step-{id}.sh"));
            std::fs::write(&script_file, script).expect("writes");
            let mut command = Command::new("bash");
            command
                .args(["--noprofile", "--norc", "-eo", "pipefail"])
                .arg(&script_file)
                .current_dir(self.workspace)
                .env("GITHUB_OUTPUT", &output_file)
                .env("GITHUB_ACTION_PATH", repository())
                .env("RUNNER_TOOL_CACHE", self.tool_cache)
                .env("RUNNER_OS", "Linux")
                .env("CARGO_TARGET_DIR", workspace_target())
                .env_remove("GITHUB_STEP_SUMMARY")
                .envs(self.env.iter().map(|(name, value)| (name, value)));
            if let Some(env) = step["env"].as_object() {
                for (name, value) in env {
                    command.env(name, self.substitute(value.as_str().expect("a string")));
                }
            }
            let output = command.output().expect("bash runs");
            let outputs = std::fs::read_to_string(&output_file)
                .expect("reads")
                .lines()
                .filter_map(|line| line.split_once('='))
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect();
            self.steps.insert(id, outputs);
            last = (output.status.code(), last.1 + &text(&output));
            if !output.status.success() {
                break;
            }
        }
        last
    }
}

#[test]
fn the_github_action_has_valid_metadata_and_its_steps_install_and_validate() {
    let checked = Command::new(tools().join("check-jsonschema"))
        .args(["--builtin-schema", "vendor.github-actions"])
        .arg(repository().join("action.yml"))
        .output()
        .expect("check-jsonschema runs");
    assert!(checked.status.success(), "{}", text(&checked));

    let action = action();
    let workspace = scratch_repository("action");
    let tool_cache = workspace.join("tool-cache");
    let mut run = Run {
        inputs: BTreeMap::from([
            ("paths", "good.json".to_owned()),
            ("type", String::new()),
            ("strict", "false".to_owned()),
        ]),
        steps: BTreeMap::new(),
        workspace: &workspace,
        tool_cache: &tool_cache,
        env: vec![
            ("PIP_FIND_LINKS", wheels().to_string_lossy().into_owned()),
            ("PATH", path_without_cargo()),
        ],
    };
    // A cache miss on a runner without Rust: the wheel is installed, then the valid payload
    // passes.
    let (code, output) = run.steps(&action, false);
    assert_eq!(code, Some(0), "{output}");
    let version = env!("CARGO_PKG_VERSION");
    assert!(
        output.contains(&format!(
            "Installed periskope-schema {version} from its wheel"
        )) && output.contains(&format!("periskope-schema {version}")),
        "{output}"
    );
    assert!(!output.contains("::error"), "{output}");
    assert_eq!(run.steps["validate"]["exit-code"], "0");

    // A cache hit: nothing is installed; the invalid payload is annotated and fails the step.
    run.steps.clear();
    run.inputs.insert("paths", "good.json\nbad.json".to_owned());
    let (code, output) = run.steps(&action, true);
    assert_eq!(code, Some(1), "{output}");
    assert!(
        output.contains("::error file=bad.json,line=1,col=54"),
        "an annotation on the finding: {output}"
    );
    assert!(!output.contains("Installed"), "{output}");
    assert_eq!(run.steps["validate"]["exit-code"], "1");

    // A wrong input is refused before anything runs.
    run.steps.clear();
    run.inputs.insert("strict", "yes".to_owned());
    let (code, output) = run.steps(&action, true);
    assert_eq!(code, Some(2), "{output}");
    assert!(
        output.contains("::error::strict must be true or false, not 'yes'"),
        "{output}"
    );
}

#[test]
fn the_github_action_builds_from_source_where_no_wheel_fits() {
    // No wheel can be found (no index, an empty folder of links): the install script falls back
    // to `cargo install --locked`, here from the workspace's release build.
    let action = action();
    let workspace = scratch_repository("action-fallback");
    let tool_cache = workspace.join("tool-cache");
    let no_wheels = workspace.join("no-wheels");
    std::fs::create_dir_all(&no_wheels).expect("creates");
    let mut run = Run {
        inputs: BTreeMap::from([
            ("paths", "good.json bad.json".to_owned()),
            ("type", "chat".to_owned()),
            ("strict", "false".to_owned()),
        ]),
        steps: BTreeMap::new(),
        workspace: &workspace,
        tool_cache: &tool_cache,
        env: vec![
            ("PIP_NO_INDEX", "1".to_owned()),
            ("PIP_FIND_LINKS", no_wheels.to_string_lossy().into_owned()),
        ],
    };
    let (code, output) = run.steps(&action, false);
    assert_eq!(code, Some(1), "{output}");
    assert!(
        output.contains("No wheel of periskope-schema")
            && output.contains("building it from source with cargo"),
        "{output}"
    );
    assert!(
        output.contains("::error file=bad.json,line=1,col=54"),
        "the command built from source validates: {output}"
    );
    let installed = Path::new(&run.steps["version"]["root"]).join("bin/periskope-schema");
    assert!(installed.is_file(), "{} is installed", installed.display());
}

#[test]
fn the_readme_s_check_jsonschema_command_validates_payloads() {
    // `check-jsonschema --schemafile schemas/json/chat.schema.json <payloads>`, as the README
    // gives it.
    let dir = scratch_repository("check-jsonschema");
    let run = |files: &[&str]| {
        Command::new(tools().join("check-jsonschema"))
            .arg("--schemafile")
            .arg(repository().join("schemas/json/chat.schema.json"))
            .args(files)
            .current_dir(&dir)
            .output()
            .expect("check-jsonschema runs")
    };
    let passed = run(&["good.json"]);
    assert_eq!(passed.status.code(), Some(0), "{}", text(&passed));
    let failed = run(&["good.json", "bad.json"]);
    let output = text(&failed);
    assert_eq!(failed.status.code(), Some(1), "{output}");
    assert!(output.contains("bad.json::$.member_count"), "{output}");
}

#[test]
fn the_release_workflow_passes_github_s_workflow_schema() {
    let checked = Command::new(tools().join("check-jsonschema"))
        .args(["--builtin-schema", "vendor.github-workflows"])
        .arg(repository().join(".github/workflows/release.yml"))
        .output()
        .expect("check-jsonschema runs");
    assert!(checked.status.success(), "{}", text(&checked));

    // The same check refuses a workflow with a misspelled key, so it is not vacuous.
    let dir = scratch_repository("workflow-schema");
    let wrong = dir.join("wrong.yml");
    let workflow = std::fs::read_to_string(repository().join(".github/workflows/release.yml"))
        .expect("reads the workflow");
    std::fs::write(&wrong, workflow.replacen("runs-on:", "run-on:", 1)).expect("writes");
    let refused = Command::new(tools().join("check-jsonschema"))
        .args(["--builtin-schema", "vendor.github-workflows"])
        .arg(&wrong)
        .output()
        .expect("check-jsonschema runs");
    assert_eq!(refused.status.code(), Some(1), "{}", text(&refused));
}

#[test]
fn the_release_script_takes_the_bare_binary_out_of_the_wheel_with_its_checksum() {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("release-binaries");
    let _ = std::fs::remove_dir_all(&out);
    let dist = |args: &[&std::ffi::OsStr]| {
        Command::new(repository().join("pypi/dist.sh"))
            .args(args)
            .output()
            .expect("pypi/dist.sh runs")
    };
    // No binary yet: there is nothing to sum, and that is an error.
    let empty = dist(&["checksums".as_ref(), out.as_os_str()]);
    assert_eq!(empty.status.code(), Some(1), "{}", text(&empty));

    let wheel = the_wheel(wheels());
    let target = "x86_64-unknown-linux-gnu";
    let taken = dist(&[
        "binary".as_ref(),
        out.as_os_str(),
        target.as_ref(),
        wheel.as_os_str(),
    ]);
    assert!(taken.status.success(), "{}", text(&taken));
    let binary = out.join(format!("periskope-schema-{target}"));
    let version = Command::new(&binary)
        .arg("--version")
        .output()
        .expect("the bare binary runs");
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("periskope-schema {}", env!("CARGO_PKG_VERSION"))
    );

    let summed = dist(&["checksums".as_ref(), out.as_os_str()]);
    assert!(summed.status.success(), "{}", text(&summed));
    let sums = std::fs::read_to_string(out.join("SHA256SUMS")).expect("reads SHA256SUMS");
    let lines: Vec<&str> = sums.lines().collect();
    assert_eq!(lines.len(), 1, "one line per binary: {sums}");
    assert!(
        lines[0].ends_with(&format!("  periskope-schema-{target}")),
        "{sums}"
    );
    let checked = Command::new("sha256sum")
        .args(["-c", "SHA256SUMS"])
        .current_dir(&out)
        .output()
        .expect("sha256sum runs");
    assert!(checked.status.success(), "{}", text(&checked));

    // A file that is not a wheel is refused.
    let refused = dist(&[
        "binary".as_ref(),
        out.as_os_str(),
        target.as_ref(),
        out.join("SHA256SUMS").as_os_str(),
    ]);
    assert!(!refused.status.success(), "{}", text(&refused));
}

/// The Linux release wheel, linked by zig for manylinux2014, needs no glibc symbol version newer
/// than 2.17. It compiles the whole tree again with zig's linker in a target folder of its own
/// (minutes) and installs zig from PyPI, so it is ignored by default: run it with
/// `cargo test -p periskope-tests --test integrations -- --ignored`.
#[test]
#[ignore = "builds the command again with zig (minutes); run with --ignored"]
fn the_manylinux2014_wheel_needs_no_glibc_newer_than_2_17() {
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("py-zig");
    if !venv.join("bin/python-zig").exists() {
        let _ = std::fs::remove_dir_all(&venv);
        let created = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()
            .expect("python3 runs");
        assert!(created.success());
        let installed = Command::new(venv.join("bin/pip"))
            .args(["install", "--quiet", "--disable-pip-version-check", "-r"])
            .arg(repository().join("tests/py/zig.txt"))
            .status()
            .expect("pip runs");
        assert!(installed.success(), "pip install -r tests/py/zig.txt");
        std::fs::write(venv.join("bin/python-zig"), "").expect("writes the stamp");
    }
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("wheels-manylinux2014");
    let _ = std::fs::remove_dir_all(&out);
    let path = std::env::join_paths(std::iter::once(venv.join("bin")).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .expect("a PATH");
    let built = Command::new(repository().join("pypi/dist.sh"))
        .arg("wheel")
        .arg(&out)
        .env("MATURIN", tools().join("maturin"))
        .env("PATH", path)
        .env(
            "CARGO_TARGET_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("zig-target"),
        )
        .output()
        .expect("pypi/dist.sh runs");
    assert!(built.status.success(), "{}", text(&built));
    let wheel = the_wheel(&out);
    let name = wheel.file_name().expect("a name").to_string_lossy();
    assert!(name.contains("manylinux2014_x86_64"), "{name}");

    let binaries = out.join("bin");
    let taken = Command::new(repository().join("pypi/dist.sh"))
        .arg("binary")
        .arg(&binaries)
        .arg("x86_64-unknown-linux-gnu")
        .arg(&wheel)
        .output()
        .expect("pypi/dist.sh runs");
    assert!(taken.status.success(), "{}", text(&taken));
    let symbols = Command::new("objdump")
        .arg("-T")
        .arg(binaries.join("periskope-schema-x86_64-unknown-linux-gnu"))
        .output()
        .expect("objdump runs (binutils)");
    assert!(symbols.status.success(), "{}", text(&symbols));
    let listing = String::from_utf8_lossy(&symbols.stdout);
    let mut versions: Vec<(u32, u32)> = listing
        .split("GLIBC_")
        .skip(1)
        .filter_map(|rest| {
            let version: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            let mut parts = version.split('.').map(|part| part.parse::<u32>().ok());
            Some((parts.next()??, parts.next().flatten().unwrap_or(0)))
        })
        .collect();
    versions.sort();
    versions.dedup();
    assert!(!versions.is_empty(), "no glibc symbol found: {listing}");
    let newest = versions.last().copied().expect("one version");
    assert!(
        newest <= (2, 17),
        "needs GLIBC_{}.{}: {versions:?}",
        newest.0,
        newest.1
    );
}
