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

use std::ffi::OsStr;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use periskope_contract::Kind;
use periskope_model::WebhookEvent;
use periskope_tests::differential::{Case, compound_cases, fixtures, single_cases};
use periskope_tests::js;
use periskope_tests::mutations::SPELLINGS;
use serde_json::{Value, json};

use ci::{python_env, repository, text};

/// The virtual environment with the pinned generators; its `bin` folder.
fn generators() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| python_env("py-generators", "generators.txt"))
}

/// `tests/generators/node_modules/.bin`, after `npm ci` there when the pinned tools are missing.
fn node_tools() -> PathBuf {
    js::npm_installed(
        &repository().join("tests/generators"),
        &["@redocly/cli", "@stoplight/spectral-cli", "quicktype"],
    )
    .join(".bin")
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

/// Whether a webhook body is a delivery (an envelope), as the model tells it.
fn is_delivery(body: &Value) -> bool {
    WebhookEvent::is_envelope(|key| body.get(key).is_some())
}

/// The class the OpenAPI document's models read a payload of `kind` as: the kind's type, and for
/// webhooks `WebhookEnvelope`, which takes deliveries (`None` for a bare body, which the document
/// leaves to the JSON Schema).
fn document_class(kind: &Kind, value: &Value) -> Option<&'static str> {
    match kind.name {
        "webhook" => is_delivery(value).then_some("WebhookEnvelope"),
        _ => Some(kind.type_name()),
    }
}

/// What the pydantic classes of `module` (imported from `folder`) say of each `(class, JSON
/// text)`: `{"ok": true}` or `{"ok": false, "error": …}`, in order (`tests/py/pydantic_verdicts.py`,
/// one process for all).
fn pydantic_verdicts(folder: &Path, module: &str, requests: Vec<(&str, String)>) -> Vec<Value> {
    let count = requests.len();
    let mut judge = Command::new(generators().join("python"))
        .arg(repository().join("tests/py/pydantic_verdicts.py"))
        .arg(folder)
        .arg(module)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python runs");
    let mut stdin = judge.stdin.take().expect("stdin");
    let lines: Vec<String> = requests
        .into_iter()
        .map(|(class, text)| json!({"type": class, "text": text}).to_string())
        .collect();
    let writer = std::thread::spawn(move || {
        for line in lines {
            writeln!(stdin, "{line}").expect("writes a request");
        }
    });
    let answers: Vec<Value> = BufReader::new(judge.stdout.take().expect("stdout"))
        .lines()
        .map(|line| serde_json::from_str(&line.expect("a line")).expect("an answer"))
        .collect();
    writer.join().expect("the requests are written");
    assert!(judge.wait().expect("waits").success(), "the judge failed");
    assert_eq!(answers.len(), count, "an answer per request");
    answers
}

/// Reads every fixture that `class_of` gives a class with the pydantic classes of `module`
/// (imported from `folder`), failing on any it refuses; returns how many it read.
fn read_fixtures(
    folder: &Path,
    module: &str,
    class_of: impl Fn(&Kind, &Value) -> Option<&'static str>,
) -> usize {
    let cases: Vec<(String, &str, String)> = fixtures()
        .into_iter()
        .filter_map(|(kind, path, value)| {
            let class = class_of(kind, &value)?;
            Some((path, class, value.to_string()))
        })
        .collect();
    let requests = cases
        .iter()
        .map(|(_, class, text)| (*class, text.clone()))
        .collect();
    let refused: Vec<String> = cases
        .iter()
        .zip(pydantic_verdicts(folder, module, requests))
        .filter(|(_, answer)| answer["ok"] != json!(true))
        .map(|((path, class, _), answer)| format!("{path} as {class}: {}", answer["error"]))
        .collect();
    assert!(
        refused.is_empty(),
        "{module} refuses {} fixtures:\n{}",
        refused.len(),
        refused.join("\n")
    );
    cases.len()
}

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
    let read = read_fixtures(
        &repository().join("pypi/python"),
        "periskope_schema.models",
        document_class,
    );
    assert!(read > 100, "{read} fixtures read");
}

/// Runs datamodel-code-generator on `input` (`openapi` or `jsonschema`) with its defaults for
/// pydantic v2, writing `output`.
fn datamodel_codegen(input: &Path, file_type: &str, output: &Path) {
    let result = run(Command::new(generators().join("datamodel-codegen"))
        .args(["--input-file-type", file_type, "--output-model-type"])
        .args([
            "pydantic_v2.BaseModel",
            "--formatters",
            "builtin",
            "--input",
        ])
        .arg(input)
        .arg("--output")
        .arg(output));
    succeeds(
        &format!("datamodel-codegen on {}", input.display()),
        &result,
    );
}

#[test]
fn datamodel_code_generator_types_the_openapi_document_and_the_json_schemas() {
    let dir = scratch("datamodel");
    // From the OpenAPI document: a module of every component.
    datamodel_codegen(
        &repository().join("schemas/openapi.json"),
        "openapi",
        &dir.join("from_openapi.py"),
    );
    read_fixtures(&dir, "from_openapi", document_class);

    // From the JSON Schemas of the webhook body and the send answer, a module each: the root
    // model is named after the schema's title (the webhook's takes bare bodies too).
    for name in ["webhook", "send-message-response"] {
        let module = name.replace('-', "_");
        datamodel_codegen(
            &repository().join(format!("schemas/json/{name}.schema.json")),
            "jsonschema",
            &dir.join(format!("{module}.py")),
        );
        let read = read_fixtures(&dir, &module, |kind, _| {
            (kind.name == name).then(|| kind.type_name())
        });
        assert!(read > 0, "no {name} fixture");
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
    // Deliveries (envelopes) and send answers: quicktype merges the members of the webhook
    // body's union into one struct, whose field types cannot hold the older bare bodies.
    let files: Vec<String> = fixtures()
        .into_iter()
        .filter(|(kind, _, value)| {
            kind.name == "send-message-response" || (kind.name == "webhook" && is_delivery(value))
        })
        .map(|(kind, path, _)| format!("{}={}", kind.name, repository().join(path).display()))
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

/// Whether the model reads `field` under two spellings (exactly one of them present): the
/// harness's spellings, and a broadcast's `chat_ids` with its singular `chat_id`. JSON Schema says
/// so with `oneOf` of `required`, which datamodel-code-generator does not carry over to a model
/// with optional fields.
fn spelled_two_ways(field: &str) -> bool {
    SPELLINGS
        .iter()
        .chain(&[("chat_id", "chat_ids")])
        .any(|(one, other)| field == *one || field == *other)
}

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
        if spelled_two_ways(field) && (part.ends_with(": dropped") || part.ends_with(": null")) {
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
    let texts: Vec<String> = cases
        .iter()
        .map(|case| serde_json::to_string(&case.value).expect("writes"))
        .collect();
    let requests = cases
        .iter()
        .zip(&texts)
        .map(|(case, text)| {
            // The document's models type deliveries (envelopes), not the older bare bodies.
            let class = match case.kind.name {
                "webhook" => "WebhookEnvelope",
                _ => case.kind.type_name(),
            };
            (class, text.clone())
        })
        .collect();
    let answers = pydantic_verdicts(
        &repository().join("pypi/python"),
        "periskope_schema.models",
        requests,
    );
    let mut refused = 0;
    let mut coerced = std::collections::BTreeMap::<&str, usize>::new();
    let mut accepted = Vec::new();
    for ((case, text), answer) in cases.iter().zip(&texts).zip(&answers) {
        if case.kind.read_text(text.as_bytes()).is_ok() {
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

/// A fresh virtual environment in `dir/venv` where pip installed `args`, finding the command's
/// wheel (built here) in its folder, with no cargo on the `PATH`; the environment's folder.
fn wheel_env(dir: &Path, args: &[&OsStr]) -> PathBuf {
    let venv = dir.join("venv");
    succeeds(
        "python3 -m venv",
        &run(Command::new("python3").args(["-m", "venv"]).arg(&venv)),
    );
    let output = run(Command::new(venv.join("bin/pip"))
        .args([
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--find-links",
        ])
        .arg(ci::wheels())
        .args(args)
        .env("PATH", ci::path_without_cargo()));
    succeeds(&format!("pip install {args:?}"), &output);
    venv
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
    // The wheel of this version with its models extra, as a user installs it; pydantic and
    // FastAPI at the pinned versions.
    let constraints = repository().join("tests/py/generators.txt");
    let venv = wheel_env(
        &dir,
        &[
            OsStr::new("-c"),
            constraints.as_os_str(),
            OsStr::new("periskope-schema[models]"),
            OsStr::new("fastapi"),
            OsStr::new("httpx"),
        ],
    );
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
    // No index: the wheel alone, so any dependency would fail the install.
    let venv = wheel_env(
        &dir,
        &[OsStr::new("--no-index"), OsStr::new("periskope-schema")],
    );
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
