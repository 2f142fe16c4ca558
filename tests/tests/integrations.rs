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

mod ci;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};

use ci::{
    path_without_cargo, repository, scratch_repository, text, tools, wheels, workspace_target,
};
use serde_json::Value;

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
