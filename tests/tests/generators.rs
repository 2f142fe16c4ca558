//! The published documents read by the generators Python and Go users run, pinned: the wheel's
//! pydantic models are fresh and read every fixture; datamodel-code-generator (from the OpenAPI
//! document and from the JSON Schemas), openapi-python-client and quicktype (Go, compiled with the
//! system's `go`) generate without error, and what they generate imports or compiles and reads
//! the fixtures; Redocly and Spectral lint the OpenAPI document with no error; and over the
//! differential harness's cases the pydantic models never accept what the model refuses.
//!
//! The Python tools are pinned in `tests/py/generators.txt` (a virtual environment in the target
//! folder); the Node tools in `tests/generators/package-lock.json` (`npm ci` there, run here when
//! they are missing).

mod ci;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Mutex, OnceLock};

use periskope_tests::differential::{Case, compound_cases, fixtures, single_cases};
use serde_json::{Value, json};

use ci::{python_env, repository, text};

/// The virtual environment with the pinned generators; its `bin` folder.
fn generators() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| python_env("py-generators", "generators.txt"))
}

/// `tests/generators/node_modules/.bin`, after `npm ci` there when the pinned tools are missing.
fn node_tools() -> PathBuf {
    static INSTALL: Mutex<()> = Mutex::new(());
    let _guard = INSTALL.lock().unwrap_or_else(|p| p.into_inner());
    let dir = repository().join("tests/generators");
    let bin = dir.join("node_modules/.bin");
    if !["redocly", "spectral", "quicktype"]
        .iter()
        .all(|tool| bin.join(tool).exists())
    {
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&dir)
            .status()
            .expect("npm runs (Node.js 18 or newer)");
        assert!(status.success(), "`npm ci` in {} failed", dir.display());
    }
    bin
}

/// A scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("generators-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("creates the scratch folder");
    dir
}

fn run(command: &mut Command) -> Output {
    command
        .output()
        .unwrap_or_else(|e| panic!("{command:?} runs: {e}"))
}

fn succeeds(what: &str, output: &Output) {
    assert!(output.status.success(), "{what} failed:\n{}", text(output));
}

/// Every fixture as `(kind name, model type name, path)`.
fn fixture_files() -> Vec<(String, String, String)> {
    fixtures()
        .into_iter()
        .map(|(kind, path, _)| {
            (
                kind.name.to_owned(),
                kind.type_name().to_owned(),
                repository().join(path).to_string_lossy().into_owned(),
            )
        })
        .collect()
}

/// A Python program that reads every fixture with the model class its kind names in `module`
/// (`getattr(module, type_name)`, or `classes[kind]`), printing how many it read.
const READ_FIXTURES: &str = r#"
import importlib, json, sys
module = importlib.import_module(sys.argv[1])
fixtures = json.loads(sys.argv[2])
classes = json.loads(sys.argv[3]) if len(sys.argv) > 3 else {}
refused = []
for kind, type_name, path in fixtures:
    name = classes.get(kind, type_name)
    if name is None:
        continue
    model = getattr(module, name)
    if name == "WebhookEnvelope":
        body = json.loads(open(path, "rb").read())
        if not ("data" in body and ("event" in body or "event_type" in body)):
            continue  # a bare body, which the document's models leave to the JSON Schema
    try:
        model.model_validate_json(open(path, "rb").read())
    except Exception as error:
        refused.append(f"{path} as {name}: {error}")
print("read", len(fixtures), "refused", len(refused))
for line in refused:
    print(line)
sys.exit(1 if refused else 0)
"#;

#[test]
fn the_wheel_s_pydantic_models_are_fresh() {
    let dir = scratch("fresh");
    let out = dir.join("models.py");
    let output = run(Command::new(repository().join("pypi/models.sh"))
        .arg(&out)
        .env("DATAMODEL_CODEGEN", generators().join("datamodel-codegen")));
    succeeds("pypi/models.sh", &output);
    let committed = repository().join("pypi/python/periskope_schema/models.py");
    let fresh = std::fs::read_to_string(&out).expect("generated");
    let committed = std::fs::read_to_string(&committed).expect("committed");
    assert!(
        fresh == committed,
        "pypi/python/periskope_schema/models.py is stale: run `pypi/models.sh` with the \
         datamodel-code-generator pinned in tests/py/generators.txt (DATAMODEL_CODEGEN)"
    );
}

#[test]
fn the_wheel_s_models_read_every_fixture() {
    let output = run(Command::new(generators().join("python"))
        .args(["-c", READ_FIXTURES, "periskope_schema.models"])
        .arg(json!(fixture_files()).to_string())
        .arg(json!({"webhook": "WebhookEnvelope"}).to_string())
        .env("PYTHONPATH", repository().join("pypi/python")));
    succeeds("reading the fixtures with periskope_schema.models", &output);
}

#[test]
fn datamodel_code_generator_types_the_openapi_document_and_the_json_schemas() {
    let dir = scratch("datamodel");
    let codegen = generators().join("datamodel-codegen");
    // From the OpenAPI document, with the generator's defaults: a module of every component.
    let output = run(Command::new(&codegen)
        .args(["--input-file-type", "openapi", "--output-model-type"])
        .args([
            "pydantic_v2.BaseModel",
            "--formatters",
            "builtin",
            "--input",
        ])
        .arg(repository().join("schemas/openapi.json"))
        .arg("--output")
        .arg(dir.join("from_openapi.py")));
    succeeds("datamodel-codegen on schemas/openapi.json", &output);
    let output = run(Command::new(generators().join("python"))
        .args(["-c", READ_FIXTURES, "from_openapi"])
        .arg(json!(fixture_files()).to_string())
        .arg(json!({"webhook": "WebhookEnvelope"}).to_string())
        .env("PYTHONPATH", &dir));
    succeeds(
        "reading the fixtures with the OpenAPI document's models",
        &output,
    );

    // From the JSON Schemas of the webhook body and the send answer, a module each: the root
    // model is named after the schema's title.
    for kind in ["webhook", "send-message-response"] {
        let module = kind.replace('-', "_");
        let output = run(Command::new(&codegen)
            .args(["--input-file-type", "jsonschema", "--output-model-type"])
            .args([
                "pydantic_v2.BaseModel",
                "--formatters",
                "builtin",
                "--input",
            ])
            .arg(repository().join(format!("schemas/json/{kind}.schema.json")))
            .arg("--output")
            .arg(dir.join(format!("{module}.py"))));
        succeeds(&format!("datamodel-codegen on {kind}.schema.json"), &output);
        let classes: serde_json::Map<String, Value> = fixture_files()
            .iter()
            .map(|(name, _, _)| {
                let class = (name == kind).then(|| {
                    Value::from(periskope_contract::kind(kind).expect("a kind").type_name())
                });
                (name.clone(), class.unwrap_or(Value::Null))
            })
            .collect();
        let output = run(Command::new(generators().join("python"))
            .args(["-c", READ_FIXTURES, &module])
            .arg(json!(fixture_files()).to_string())
            .arg(Value::Object(classes).to_string())
            .env("PYTHONPATH", &dir));
        succeeds(
            &format!("reading the {kind} fixtures with {module}.py"),
            &output,
        );
    }
}

#[test]
fn openapi_python_client_generates_a_client_that_imports() {
    let dir = scratch("openapi-python-client");
    std::fs::write(dir.join("config.yaml"), "post_hooks: []\n").expect("writes");
    let output = run(Command::new(generators().join("openapi-python-client"))
        .args([
            "generate",
            "--meta",
            "none",
            "--output-path",
            "periskope_client",
        ])
        .arg("--path")
        .arg(repository().join("schemas/openapi.json"))
        .args(["--config", "config.yaml"])
        .current_dir(&dir));
    succeeds("openapi-python-client generate", &output);
    let all = text(&output);
    assert!(
        !all.contains("Warning"),
        "openapi-python-client warned:\n{all}"
    );
    // Every operation is a module with a `sync` function; the send answer is typed.
    let check = r#"
import importlib, pkgutil, sys
import periskope_client.api as api
modules = [m.name for m in pkgutil.walk_packages(api.__path__, "periskope_client.api.")]
operations = [importlib.import_module(m) for m in modules if not m.endswith("__init__")]
operations = [m for m in operations if hasattr(m, "sync_detailed")]
from periskope_client.api.messages import send_message
from periskope_client.models import QueuedMessage
print(len(operations))
"#;
    let output = run(Command::new(generators().join("python"))
        .args(["-c", check])
        .current_dir(&dir));
    succeeds("importing the generated client", &output);
    let count: usize = String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .expect("a count");
    assert_eq!(count, periskope_model::endpoint::ENDPOINTS.len());
}

#[test]
fn redocly_and_spectral_lint_the_openapi_document_with_no_error() {
    let bin = node_tools();
    let document = repository().join("schemas/openapi.json");
    let output = run(Command::new(bin.join("redocly"))
        .args(["lint", "--format", "summary"])
        .arg(&document));
    succeeds("redocly lint", &output);
    let output = run(Command::new(bin.join("spectral"))
        .args(["lint", "--fail-severity", "error", "--ruleset"])
        .arg(repository().join("tests/generators/.spectral.yaml"))
        .arg(&document));
    succeeds("spectral lint (spectral:oas)", &output);
    assert!(
        text(&output).contains("0 errors") || text(&output).contains("No results"),
        "spectral reported errors:\n{}",
        text(&output)
    );
}

#[test]
fn quicktype_go_types_compile_and_decode_every_webhook_and_send_answer() {
    let dir = scratch("go");
    // One run over both documents: one file, the union helpers once. A delivery is the
    // envelope's union, without the older bare bodies.
    let webhook = format!(
        "{}#/$defs/WebhookEnvelope",
        repository()
            .join("schemas/json/webhook.schema.json")
            .display()
    );
    let output = run(Command::new(node_tools().join("quicktype"))
        .args([
            "--lang",
            "go",
            "--src-lang",
            "schema",
            "--package",
            "main",
            "-o",
        ])
        .arg(dir.join("types.go"))
        .arg(webhook)
        .arg(repository().join("schemas/json/send-message-response.schema.json")));
    succeeds("quicktype to Go", &output);
    std::fs::write(
        dir.join("main.go"),
        r#"package main

import (
	"fmt"
	"os"
	"strings"
)

// Decodes each file named as KIND=PATH with quicktype's Unmarshal function for its kind,
// failing on the first error; prints how many it decoded.
func main() {
	for _, arg := range os.Args[1:] {
		kind, path, _ := strings.Cut(arg, "=")
		data, err := os.ReadFile(path)
		if err != nil {
			panic(err)
		}
		if kind == "webhook" {
			_, err = UnmarshalWebhookEnvelope(data)
		} else {
			_, err = UnmarshalSendMessageResponse(data)
		}
		if err != nil {
			fmt.Printf("%s: %v\n", path, err)
			os.Exit(1)
		}
	}
	fmt.Println(len(os.Args) - 1)
}
"#,
    )
    .expect("writes");
    std::fs::write(dir.join("go.mod"), "module periskope\n\ngo 1.19\n").expect("writes");
    let files: Vec<String> = fixture_files()
        .into_iter()
        // Deliveries (envelopes) and send answers: quicktype merges the members of the webhook
        // body's union into one struct, whose field types cannot hold the older bare bodies.
        .filter(|(kind, _, path)| {
            kind == "send-message-response"
                || (kind == "webhook" && {
                    let body: Value =
                        serde_json::from_str(&std::fs::read_to_string(path).expect("a fixture"))
                            .expect("JSON");
                    body.get("data").is_some()
                        && (body.get("event").is_some() || body.get("event_type").is_some())
                })
        })
        .map(|(kind, _, path)| format!("{kind}={path}"))
        .collect();
    assert!(
        files.len() >= 8,
        "webhook and send answer fixtures: {files:?}"
    );
    let output = run(Command::new("go")
        .args(["run", "."])
        .args(&files)
        .current_dir(&dir)
        .env("GOCACHE", dir.join("cache"))
        .env("GOFLAGS", "-mod=mod")
        .env("GOTOOLCHAIN", "local"));
    succeeds("go run (quicktype's types decoding the fixtures)", &output);
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        files.len().to_string()
    );
}

/// The keys the model reads under two spellings (exactly one of them present): JSON Schema says
/// so with `oneOf` of `required`, which datamodel-code-generator does not carry over to a model
/// with optional fields.
const SPELLED: &[&str] = &[
    "from_me",
    "fromMe",
    "serialized",
    "_serialized",
    "recipientids",
    "recipientIds",
    "event",
    "event_type",
    "chat_id",
    "chat_ids",
    "messages",
    "notifictions",
];

/// What the generated models cannot say, listed in the README: a case the models accept while
/// the model refuses it for one of these reasons only. `None` for any other case.
fn generator_limit(case: &Case) -> Option<&'static str> {
    let parts = case
        .description
        .split(", then ")
        .map(|part| part.rsplit_once(": ").map_or(part, |(path, _)| path))
        .zip(case.description.split(", then "));
    for (path, part) in parts {
        if part.contains(" also spelled ") {
            return Some("a field under both of its spellings");
        }
        let field = path.rsplit(['.', '[']).next().unwrap_or_default();
        let field = field.trim_end_matches(']').trim_matches('"');
        if SPELLED.contains(&field) && (part.ends_with(": dropped") || part.ends_with(": null")) {
            return Some("a field of two spellings dropped or null");
        }
        // A union member that refuses a key the other members require says it with a field
        // that can only be null (`GroupCreated.org_id`).
        if case.kind.name == "group-response" && field == "org_id" && part.ends_with(": null") {
            return Some("a key another union member takes, null");
        }
    }
    None
}

#[test]
fn the_wheel_s_models_never_accept_what_the_model_refuses() {
    let mut cases = single_cases();
    cases.extend(compound_cases(7, 2_000));
    let mut judge = Command::new(generators().join("python"))
        .arg(repository().join("tests/py/pydantic_verdicts.py"))
        .arg(repository().join("pypi/python"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python runs");
    let mut stdin = judge.stdin.take().expect("stdin");
    let requests: Vec<String> = cases
        .iter()
        .map(|case| {
            let text = serde_json::to_string(&case.value).expect("writes");
            // The document's models type deliveries (envelopes), not the older bare bodies.
            let type_name = match case.kind.name {
                "webhook" => "WebhookEnvelope",
                _ => case.kind.type_name(),
            };
            json!({"type": type_name, "text": text}).to_string()
        })
        .collect();
    let writer = std::thread::spawn(move || {
        for request in requests {
            writeln!(stdin, "{request}").expect("writes a request");
        }
    });
    let answers: Vec<Value> = BufReader::new(judge.stdout.take().expect("stdout"))
        .lines()
        .map(|line| serde_json::from_str(&line.expect("a line")).expect("an answer"))
        .collect();
    writer.join().expect("the requests are written");
    assert!(judge.wait().expect("waits").success(), "the judge failed");
    assert_eq!(answers.len(), cases.len(), "an answer per case");
    let mut refused = 0;
    let mut coerced = std::collections::BTreeMap::<&str, usize>::new();
    let mut accepted = Vec::new();
    for (case, answer) in cases.iter().zip(&answers) {
        let text = serde_json::to_vec(&case.value).expect("writes");
        if case.kind.read_text(&text).is_ok() {
            continue;
        }
        refused += 1;
        if answer["ok"] == json!(true) {
            match generator_limit(case) {
                Some(reason) => *coerced.entry(reason).or_default() += 1,
                None => accepted.push(format!("{} ({})", case.description, case.kind.name)),
            }
        }
    }
    assert!(
        refused > 1_000,
        "the model refuses {refused} cases: too few to judge"
    );
    eprintln!(
        "refused by the model: {refused}; accepted by the models for a listed limit: {coerced:?}"
    );
    assert!(
        accepted.is_empty(),
        "the pydantic models accept {} of the {refused} cases the model refuses (besides the listed limits: {coerced:?}):\n{}",
        accepted.len(),
        accepted.join("\n")
    );
}

/// The README's FastAPI receiver (the `python` block after "A FastAPI receiver").
fn readme_receiver() -> String {
    let readme = std::fs::read_to_string(repository().join("README.md")).expect("the README");
    let after = readme
        .split_once("A FastAPI receiver")
        .expect("the README shows a FastAPI receiver")
        .1;
    let block = after.split_once("```python\n").expect("a python block").1;
    block
        .split_once("```")
        .expect("the block ends")
        .0
        .to_owned()
}

#[test]
fn the_readme_s_fastapi_receiver_runs_from_the_installed_wheel() {
    let dir = scratch("wheel");
    let venv = dir.join("venv");
    succeeds(
        "python3 -m venv",
        &run(Command::new("python3").args(["-m", "venv"]).arg(&venv)),
    );
    // The wheel of this version with its models extra, as a user installs it, with no cargo on
    // the PATH; pydantic and FastAPI at the pinned versions.
    let output = run(Command::new(venv.join("bin/pip"))
        .args([
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--find-links",
        ])
        .arg(ci::wheels())
        .arg("-c")
        .arg(repository().join("tests/py/generators.txt"))
        .args(["periskope-schema[models]", "fastapi", "httpx"])
        .env("PATH", ci::path_without_cargo()));
    succeeds("pip install periskope-schema[models]", &output);
    std::fs::write(dir.join("receiver.py"), readme_receiver()).expect("writes");
    let delivery = repository().join("tests/fixtures/webhook/real-delivery.json");
    std::fs::write(
        dir.join("check.py"),
        r#"import json, os, sys
os.environ["PERISKOPE_SIGNING_KEY"] = "receiver-key"
from fastapi.testclient import TestClient
import receiver
from periskope_schema import sign
from periskope_schema.models import MessageCreatedEvent2, WebhookEnvelope

body = open(sys.argv[1], "rb").read()
client = TestClient(receiver.app)
def post(payload, key="receiver-key"):
    return client.post("/periskope", content=payload, headers={
        "x-periskope-signature": sign(payload, key), "content-type": "application/json"})

first = post(body)
assert (first.status_code, first.json()) == (200, {"event": "message.created"}), first.text
assert receiver.received == [("919537851844@c.us", "Hello from a real delivery")], receiver.received
assert isinstance(WebhookEnvelope.model_validate_json(body).root, MessageCreatedEvent2)
again = post(body)
assert (again.status_code, again.json()) == (200, {"duplicate": True}), again.text
forged = post(body, key="another-key")
assert forged.status_code == 401, forged.text
assert "matches none of the signing keys" in forged.json()["detail"], forged.text
broken = json.loads(body)
broken["id"] = "another-event"
broken["data"]["from_me"] = "sometimes"
refused = post(json.dumps(broken).encode())
assert refused.status_code == 422, refused.text
assert receiver.received == [("919537851844@c.us", "Hello from a real delivery")], receiver.received
print("ok")
"#,
    )
    .expect("writes");
    let output = run(Command::new(venv.join("bin/python"))
        .arg("check.py")
        .arg(&delivery)
        .current_dir(&dir)
        .env("PATH", ci::path_without_cargo()));
    succeeds("the README's FastAPI receiver", &output);
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "ok");
}

#[test]
fn the_wheel_without_its_extra_checks_signatures_as_the_model_does_with_no_dependency() {
    let dir = scratch("wheel-plain");
    let venv = dir.join("venv");
    succeeds(
        "python3 -m venv",
        &run(Command::new("python3").args(["-m", "venv"]).arg(&venv)),
    );
    // No index: the wheel alone, so any dependency would fail the install.
    let output = run(Command::new(venv.join("bin/pip"))
        .args([
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-index",
        ])
        .arg("--find-links")
        .arg(ci::wheels())
        .arg("periskope-schema")
        .env("PATH", ci::path_without_cargo()));
    succeeds("pip install periskope-schema (no index)", &output);
    let body = br#"{"event_type": "chat.created", "data": {"chat_id": "1@c.us", "org_id": "o"}}"#;
    let signature = periskope_model::verify::sign(body, "signing-key");
    let check = r#"import sys
from periskope_schema import SIGNATURE_HEADER, SignatureError, sign, verify_signature
body, signature = sys.argv[1].encode(), sys.argv[2]
assert SIGNATURE_HEADER == "x-periskope-signature"
assert sign(body, "signing-key") == signature, sign(body, "signing-key")
verify_signature(body, signature.upper() + "\n", ["old-key", "signing-key"])
for bad, keys, why in [
    (signature, [], "no signing key"),
    (signature[:-1], ["signing-key"], "not 64 hexadecimal digits"),
    ("z" * 64, ["signing-key"], "not 64 hexadecimal digits"),
    (signature, ["another-key"], "matches none"),
]:
    try:
        verify_signature(body, bad, keys)
    except SignatureError as error:
        assert why in str(error), (why, str(error))
    else:
        raise AssertionError(f"accepted {bad!r} with {keys}")
try:
    verify_signature(body + b" ", signature, "signing-key")
except SignatureError:
    pass
else:
    raise AssertionError("a changed body verified")
try:
    import periskope_schema.models
except ImportError as error:
    assert "pydantic" in str(error), error
else:
    raise AssertionError("the models imported without the models extra")
print("ok")
"#;
    let output = run(Command::new(venv.join("bin/python"))
        .args(["-c", check])
        .arg(String::from_utf8_lossy(body).as_ref())
        .arg(&signature)
        .current_dir(&dir)
        .env("PATH", ci::path_without_cargo()));
    succeeds("the signature check in plain Python", &output);
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "ok");
}
