//! Every shell command the README shows, accounted for: each fenced `sh` line (and each `$ `
//! line of a `text` block) is run by this test, run by `.ci/run`, run by a named test, or listed
//! here with the reason it cannot run on a developer's machine. A command added to the README
//! without one of these fails the test, and so does a row whose command left the README.
//!
//! The commands of the receiver tools run here as written, with the command of this build, the
//! verifying receiver of the receiver tests (`common/`) on `127.0.0.1:0` in place of the
//! README's `http://127.0.0.1:3000/webhook`, and a `body.json` in a scratch folder.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{KEY, correct, receiver};

/// How a README command is proven to work.
enum How {
    /// Run by this test, expecting this exit code.
    Here(i32),
    /// An example of the model: this test runs the example's binary, which `cargo test` builds
    /// (or builds it), with the README's arguments, and compares its output with the model's.
    Example,
    /// `.ci/run` runs this command (the same one, spelled as CI runs it).
    Ci(&'static str),
    /// The test file runs it; the file holds this text.
    Test(&'static str, &'static str),
    /// It cannot run here, for this reason.
    Not(&'static str),
}

/// Every README command, as written (continuation lines joined, the trailing comment dropped).
const COMMANDS: &[(&str, How)] = &[
    (
        "cargo run -q --release --bin periskope-schema -- validate --type-from-folder tests/fixtures",
        How::Ci(
            "cargo run -q --release --locked --bin periskope-schema -- validate --type-from-folder tests/fixtures",
        ),
    ),
    (
        "cargo run -q --release --bin periskope-schema -- validate --strict tests/fixtures/message/webhook-spellings.json",
        How::Ci(
            "cargo run -q --release --locked --bin periskope-schema -- validate --strict tests/fixtures/message/webhook-spellings.json",
        ),
    ),
    (
        "cargo run -q --release -p periskope-model --example canonical -- message tests/fixtures/message/webhook-spellings.json",
        How::Example,
    ),
    (
        "cargo test --workspace",
        How::Ci("cargo test --workspace --locked"),
    ),
    (
        "cargo run -p periskope-codegen -- generate",
        How::Test("codegen/tests/cli.rs", "run(&[\"generate\"], &dir)"),
    ),
    (
        "cargo run -p periskope-codegen -- check",
        How::Test("tests/tests/schemas.rs", "fn committed_schemas_are_fresh"),
    ),
    (
        "cargo run -q --release -p periskope-tests --bin differential -- --cases 100000",
        How::Not(
            "100,000 cases take several minutes; `cargo test` runs the same harness on 33,000 (tests/tests/differential.rs)",
        ),
    ),
    (
        "fuzz/run.sh 600",
        How::Not(
            "ten minutes per target on the nightly toolchain; CI type-checks the targets and `cargo test` reruns every input they found (tests/tests/fuzz_regressions.rs)",
        ),
    ),
    (
        "cargo test -p periskope-tests --test integrations --test release -- --ignored",
        How::Not(
            "builds the command twice more from source (pre-commit's clone, the manylinux wheel with zig): tens of minutes",
        ),
    ),
    (
        "cargo bench -p periskope-bench --bench startup",
        How::Ci("cargo bench -p periskope-bench --bench startup --locked -- --quick"),
    ),
    (
        "npx openapi-typescript schemas/openapi.json -o periskope.d.ts",
        How::Test("tests/tests/openapi.rs", "openapi-typescript/bin/cli.js"),
    ),
    (
        "periskope-schema mock",
        How::Test(
            "validate/tests/mock/command.rs",
            "fn the_command_serves_until_stopped",
        ),
    ),
    (
        "periskope-schema mock --record calls.ndjson",
        How::Test(
            "validate/tests/mock/command.rs",
            "[\"--record\", \"calls.ndjson\"]",
        ),
    ),
    (
        "periskope-schema validate --exchanges calls.ndjson",
        How::Test(
            "validate/tests/mock/command.rs",
            "[\"validate\", \"--exchanges\", \"calls.ndjson\"]",
        ),
    ),
    ("export PERISKOPE_SIGNING_KEY=…", How::Here(0)),
    (
        "curl -H \"content-type: application/json\" -H \"x-periskope-signature: $(periskope-schema sign --key-env PERISKOPE_SIGNING_KEY body.json)\" --data-binary @body.json http://127.0.0.1:3000/webhook",
        How::Here(0),
    ),
    (
        "periskope-schema send --to http://127.0.0.1:3000/webhook --event message.created --key-env PERISKOPE_SIGNING_KEY",
        How::Here(0),
    ),
    (
        "periskope-schema send --to http://127.0.0.1:3000/webhook --event message.created --set data.body='\"refund please\"' --key-env PERISKOPE_SIGNING_KEY",
        How::Here(0),
    ),
    (
        "periskope-schema send --to http://127.0.0.1:3000/webhook --event message.created --unsigned",
        How::Here(1),
    ),
    (
        "periskope-schema check-receiver --to http://127.0.0.1:3000/webhook --key-env PERISKOPE_SIGNING_KEY",
        How::Here(0),
    ),
    (
        "pip install periskope-schema",
        How::Not(
            "installs from PyPI; tests/tests/integrations.rs installs the wheel built here the same way, with no cargo on the PATH",
        ),
    ),
    (
        "cargo binstall periskope-validate",
        How::Not("downloads a release's binary from GitHub"),
    ),
    (
        "cargo install --locked --git https://github.com/periskope-schema/periskope-schema periskope-validate",
        How::Not(
            "clones from GitHub; tests/tests/integrations.rs runs the same `cargo install --locked` on this checkout",
        ),
    ),
    (
        "cargo install --locked --path .",
        How::Test(
            "tests/tests/integrations.rs",
            "fn the_github_action_builds_from_source_where_no_wheel_fits",
        ),
    ),
    (
        "pypi/dist.sh wheel dist/",
        How::Test("tests/tests/ci/mod.rs", ".args([\"wheel\"])"),
    ),
    (
        "pypi/dist.sh manylinux dist/",
        How::Test("tests/tests/release.rs", "\"manylinux\".as_ref()"),
    ),
    (
        "pypi/dist.sh binary bin/ x86_64-unknown-linux-gnu dist/*.whl",
        How::Test("tests/tests/release.rs", "\"binary\".as_ref()"),
    ),
    (
        "pypi/dist.sh checksums bin/",
        How::Test("tests/tests/release.rs", "\"checksums\".as_ref()"),
    ),
    (
        "check-jsonschema --schemafile schemas/json/webhook.schema.json recordings/*.json",
        How::Test(
            "tests/tests/integrations.rs",
            "fn the_readme_s_check_jsonschema_command_validates_payloads",
        ),
    ),
    (
        "ajv validate --spec=draft2020 -c ajv-formats --allow-union-types -s schemas/json/webhook.schema.json -d 'recordings/*.json'",
        How::Test("tests/tests/schemas.rs", "\"--allow-union-types\","),
    ),
    (
        "cargo run -q --release -p periskope-tests --bin differential -- --cases 100000 --seed 1 --keep found/",
        How::Not("100,000 cases take several minutes (see the command above)"),
    ),
];

/// The repository's root.
fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shell commands of `readme`, in order: the lines of its `sh`, `bash` and `console` blocks
/// and the `$ ` lines of its `text` blocks, continuation lines joined, comments dropped.
fn commands(readme: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut block: Option<&str> = None;
    let mut pending = String::new();
    for line in readme.lines() {
        if let Some(fence) = line.strip_prefix("```") {
            block = match block {
                Some(_) => None,
                None => Some(fence.trim()),
            };
            continue;
        }
        let text = match block {
            Some("sh" | "bash" | "console" | "shell") => line,
            Some("text") => match line.strip_prefix("$ ") {
                Some(command) => command,
                None => continue,
            },
            _ => continue,
        };
        let text = text.trim();
        if let Some(continued) = text.strip_suffix('\\') {
            pending.push_str(continued.trim());
            pending.push(' ');
            continue;
        }
        pending.push_str(text);
        let command = without_comment(&pending);
        pending.clear();
        if !command.is_empty() {
            out.push(command);
        }
    }
    out
}

/// `command` without a trailing `# comment` (a `#` after white space, outside quotes).
fn without_comment(command: &str) -> String {
    let mut quote = None;
    let mut previous = ' ';
    for (index, c) in command.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(open), _) if c == open => quote = None,
            (None, '#') if previous.is_whitespace() => {
                return command.get(..index).unwrap_or(command).trim().to_owned();
            }
            _ => {}
        }
        previous = c;
    }
    command.trim().to_owned()
}

#[test]
fn every_readme_command_is_run_or_listed_with_a_reason() {
    let readme = std::fs::read_to_string(repository().join("README.md")).expect("README.md");
    let ci = std::fs::read_to_string(repository().join(".ci/run")).expect(".ci/run");
    let found = commands(&readme);
    let listed: Vec<&str> = COMMANDS.iter().map(|(command, _)| *command).collect();
    let unaccounted: Vec<&String> = found
        .iter()
        .filter(|command| !listed.contains(&command.as_str()))
        .collect();
    assert!(
        unaccounted.is_empty(),
        "README commands that nothing runs: add each to COMMANDS in validate/tests/readme.rs (run here, by .ci/run, by a test, or with the reason it cannot run): {unaccounted:#?}"
    );
    let stale: Vec<&&str> = listed
        .iter()
        .filter(|command| !found.iter().any(|found| found == *command))
        .collect();
    assert!(
        stale.is_empty(),
        "rows of COMMANDS no longer in the README: {stale:#?}"
    );
    for (command, how) in COMMANDS {
        match how {
            How::Ci(line) => assert!(
                ci.lines().any(|ci_line| ci_line.contains(line)),
                ".ci/run does not run `{line}` (for the README's `{command}`)"
            ),
            How::Test(file, text) => {
                let source = std::fs::read_to_string(repository().join(file))
                    .unwrap_or_else(|e| panic!("{file}: {e}"));
                assert!(
                    source.contains(text),
                    "{file} no longer holds `{text}` (for the README's `{command}`)"
                );
            }
            How::Not(reason) => assert!(!reason.is_empty()),
            How::Here(_) | How::Example => {}
        }
    }
}

/// Runs `command` with `sh` in `dir`, the command of this build first on the `PATH`, the key in
/// the environment.
fn shell(command: &str, dir: &Path, key: &str) -> Output {
    let bin = Path::new(env!("CARGO_BIN_EXE_periskope-schema"))
        .parent()
        .expect("the binary's folder")
        .to_path_buf();
    let path = std::env::join_paths(std::iter::once(bin).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .expect("a PATH");
    Command::new("sh")
        .args(["-c", command])
        .current_dir(dir)
        .env("PATH", path)
        .env("PERISKOPE_SIGNING_KEY", key)
        .output()
        .expect("sh runs")
}

#[test]
fn the_readme_s_receiver_commands_work_as_written() {
    let (url, log) = receiver(correct);
    let dir = std::env::temp_dir().join(format!("periskope-readme-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    let body = periskope_model::examples::delivery(&"message.created".into()).expect("an example");
    std::fs::write(dir.join("body.json"), body).expect("writes body.json");
    let mut ran = 0;
    for (command, how) in COMMANDS {
        let How::Here(expected) = how else {
            continue;
        };
        // The README's `export` shows where the key comes from; here it is in the environment.
        if command.starts_with("export ") {
            continue;
        }
        let command = command.replace("http://127.0.0.1:3000/webhook", &url);
        let command = if command.starts_with("curl ") {
            format!("{command} --silent --output /dev/null --write-out '%{{http_code}}'")
        } else {
            command
        };
        let output = shell(&command, &dir, KEY);
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(
            output.status.code(),
            Some(*expected),
            "`{command}`:\n{text}"
        );
        assert!(!text.contains(KEY), "`{command}` printed the key:\n{text}");
        if command.starts_with("curl ") {
            assert_eq!(text, "200", "`{command}`");
        }
        ran += 1;
    }
    assert_eq!(ran, 5, "the receiver commands run");
    let statuses: Vec<u16> = log
        .lock()
        .expect("the log")
        .iter()
        .map(|request| correct(request).0)
        .collect();
    // curl, two sends, the unsigned send (refused) and check-receiver's 67 deliveries.
    assert_eq!(statuses.len(), 4 + 67, "{statuses:?}");
    assert_eq!(statuses.get(..4), Some(&[200, 200, 200, 401][..]));
    let _ = std::fs::remove_dir_all(&dir);
}

/// The example's binary in the target folder of this test run; built when it is not there (a
/// test run of this package alone).
fn example(name: &str) -> PathBuf {
    let folder = Path::new(env!("CARGO_BIN_EXE_periskope-schema"))
        .parent()
        .expect("the profile's folder")
        .join("examples");
    let binary = folder.join(name);
    if !binary.is_file() {
        let built = Command::new(env!("CARGO"))
            .args(["build", "-q", "-p", "periskope-model", "--example", name])
            .current_dir(repository())
            .status()
            .expect("cargo runs");
        assert!(built.success(), "cargo build --example {name}");
    }
    binary
}

#[test]
fn the_readme_s_canonical_form_example_prints_what_the_model_writes() {
    let mut ran = 0;
    for (command, how) in COMMANDS {
        let How::Example = how else {
            continue;
        };
        let (cargo, arguments) = command
            .split_once(" -- ")
            .expect("cargo run … -- arguments");
        let name = cargo
            .split_whitespace()
            .skip_while(|word| *word != "--example")
            .nth(1)
            .expect("--example NAME");
        let arguments: Vec<&str> = arguments.split_whitespace().collect();
        let output = Command::new(example(name))
            .args(&arguments)
            .current_dir(repository())
            .output()
            .expect("the example runs");
        assert!(output.status.success(), "`{command}`: {output:?}");
        // `canonical message FILE`: the model's canonical form of the file, pretty-printed.
        let [kind, file] = arguments.as_slice() else {
            panic!("`{command}`: expected a kind and a file");
        };
        assert_eq!(*kind, "message");
        let text = std::fs::read_to_string(repository().join(file)).expect("the file");
        let message: periskope_model::Message =
            periskope_model::from_str(&text).expect("the model reads it");
        let expected = serde_json::to_string_pretty(&message).expect("writes") + "\n";
        assert_eq!(
            String::from_utf8_lossy(&output.stdout),
            expected,
            "`{command}`"
        );
        ran += 1;
    }
    assert_eq!(ran, 1);
}

#[test]
fn commands_are_read_as_a_shell_reads_them() {
    let readme = "text\n```sh\nexport A=1\ncurl -H \"a\" \\\n     --data-binary @b http://x # note\n# only a comment\n```\n```text\n$ tool --flag\noutput line\n```\n```rust\nlet x = 1;\n```\n";
    assert_eq!(
        commands(readme),
        [
            "export A=1",
            "curl -H \"a\" --data-binary @b http://x",
            "tool --flag"
        ]
    );
    assert_eq!(without_comment("a '# not' # yes"), "a '# not'");
}
