//! The npm package as its users get it: packed with `npm pack`, installed from the tarball into a
//! fresh project outside the repository, then
//! - consumer programs (`tests/ts/*.ts`) compiled by `tsc --strict` under `module: nodenext` and
//!   under `moduleResolution: bundler`;
//! - wrong programs (`tests/ts/wrong/*.ts`), each failing with the error its `// @expect` comment
//!   names on the line after it, and with nothing else;
//! - the runtime guards run by Node's test runner (`tests/js/guards.test.mjs`) on every fixture,
//!   every canonical form the Rust model writes, and refused payloads.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use periskope_contract::{Contract, KINDS};
use periskope_tests::js::{self, Resolution};
use periskope_validate::Validator;
use serde_json::{Value, json};

/// The repository's `tests/ts` folder.
fn programs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("ts")
}

/// Copies the files of `from` with extension `ts` or `cts` into `<project>/<to>`; returns their
/// paths relative to the project, sorted.
fn copy_programs(from: &Path, to: &str) -> Vec<String> {
    let project = js::installed_package();
    let target = project.join(to);
    let _ = std::fs::remove_dir_all(&target);
    std::fs::create_dir_all(&target).expect("creates");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(from).expect("reads tests/ts") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if path.is_file() && (name.ends_with(".ts") || name.ends_with(".cts")) {
            std::fs::copy(&path, target.join(name)).expect("copies");
            out.push(format!("{to}/{name}"));
        }
    }
    out.sort();
    out
}

#[test]
fn the_consumer_programs_compile_under_nodenext_and_bundler() {
    let files = copy_programs(&programs(), "consumer");
    assert!(files.len() >= 4, "{files:?}");
    let project = js::installed_package();
    for resolution in Resolution::ALL {
        // `import x = require(...)` is for CommonJS modules, which a bundler does not write.
        let files: Vec<&str> = files
            .iter()
            .map(String::as_str)
            .filter(|f| resolution == Resolution::NodeNext || !f.ends_with(".cts"))
            .collect();
        let (ok, output) = js::tsc_project(&project, &files, resolution);
        assert!(
            ok,
            "{resolution:?}: the consumer programs do not compile:\n{output}"
        );
    }
}

/// `(file, line, code, message)` of each `// @expect TSxxxx message` comment: an error expected
/// on the next line that is not such a comment, its message starting with `message`.
fn expectations(files: &[String]) -> BTreeSet<(String, usize, String, String)> {
    let project = js::installed_package();
    let mut out = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(project.join(file)).expect("reads");
        let mut pending = Vec::new();
        for (index, line) in text.lines().enumerate() {
            if let Some(rest) = line.trim().strip_prefix("// @expect ") {
                let (code, message) = rest.split_once(' ').expect("`// @expect TSxxxx message`");
                pending.push((code.to_owned(), message.to_owned()));
            } else {
                for (code, message) in pending.drain(..) {
                    out.insert((file.clone(), index + 1, code, message));
                }
            }
        }
        assert!(pending.is_empty(), "{file}: an expectation at the end");
    }
    out
}

/// `(file, line, code, message)` of each error in tsc's output.
fn errors(output: &str) -> Vec<(String, usize, String, String)> {
    output
        .lines()
        .filter_map(|line| {
            let (place, rest) = line.split_once("): error ")?;
            let (file, position) = place.rsplit_once('(')?;
            let line_number = position.split(',').next()?.parse().ok()?;
            let (code, message) = rest.split_once(": ")?;
            Some((
                file.to_owned(),
                line_number,
                code.to_owned(),
                message.to_owned(),
            ))
        })
        .collect()
}

#[test]
fn each_wrong_program_fails_with_its_own_error() {
    let files = copy_programs(&programs().join("wrong"), "wrong");
    let expected = expectations(&files);
    let expecting: BTreeSet<&String> = expected.iter().map(|(file, ..)| file).collect();
    assert_eq!(
        expecting.len(),
        files.len(),
        "every wrong program expects an error: {expected:?}"
    );
    let project = js::installed_package();
    for resolution in Resolution::ALL {
        let refs: Vec<&str> = files.iter().map(String::as_str).collect();
        let (ok, output) = js::tsc_project(&project, &refs, resolution);
        assert!(!ok, "{resolution:?}: tsc accepted every wrong program");
        let found = errors(&output);
        let unexpected: Vec<_> = found
            .iter()
            .filter(|(file, line, code, message)| {
                !expected.iter().any(|(f, l, c, m)| {
                    f == file && l == line && c == code && message.starts_with(m.as_str())
                })
            })
            .collect();
        let missing: Vec<_> = expected
            .iter()
            .filter(|(f, l, c, m)| {
                !found.iter().any(|(file, line, code, message)| {
                    f == file && l == line && c == code && message.starts_with(m.as_str())
                })
            })
            .collect();
        assert!(
            unexpected.is_empty() && missing.is_empty(),
            "{resolution:?}: errors not expected: {unexpected:#?}\nexpected errors not reported: {missing:#?}\nthe whole output:\n{output}"
        );
    }
}

/// One case for `guards.test.mjs`.
fn case(
    name: impl Into<String>,
    type_name: impl Into<String>,
    value: &Value,
    valid: bool,
) -> Value {
    json!({"name": name.into(), "type": type_name.into(), "value": value, "valid": valid})
}

/// Every fixture (raw, by its input guard) and its canonical form (by both guards), each fixture
/// without each required key the model then refuses (refused by the input guard), and the
/// canonical forms without a required key (refused by the canonical guard).
fn fixture_cases() -> Vec<Value> {
    let mut cases = Vec::new();
    for kind in KINDS.iter() {
        let input_required = kind.keys(&kind.schema(Contract::Input)).required;
        let canonical_required = kind.keys(&kind.schema(Contract::Canonical)).required;
        let (canonical_type, input_type) = (kind.type_name(), format!("{}Input", kind.type_name()));
        for fixture in periskope_tests::fixtures(kind.name) {
            let name = fixture.display_path();
            let raw: Value = serde_json::from_str(&fixture.text).expect("a fixture is JSON");
            let canonical = kind.read(raw.clone()).expect("the model reads its fixture");
            cases.push(case(&name, &input_type, &raw, true));
            cases.push(case(
                format!("{name} canonical"),
                canonical_type,
                &canonical,
                true,
            ));
            cases.push(case(
                format!("{name} canonical"),
                &input_type,
                &canonical,
                true,
            ));
            for key in &input_required {
                let mut without = raw.clone();
                if without
                    .as_object_mut()
                    .and_then(|o| o.remove(key))
                    .is_some()
                    && kind.read(without.clone()).is_err()
                {
                    cases.push(case(
                        format!("{name} without {key}"),
                        &input_type,
                        &without,
                        false,
                    ));
                }
            }
            for key in &canonical_required {
                let mut without = canonical.clone();
                if without
                    .as_object_mut()
                    .and_then(|o| o.remove(key))
                    .is_some()
                {
                    cases.push(case(
                        format!("{name} canonical without {key}"),
                        canonical_type,
                        &without,
                        false,
                    ));
                }
            }
        }
    }
    cases
}

/// Cases with the exact findings expected, each path checked against the `validate` command's.
fn exact_cases() -> Vec<Value> {
    let message = json!({"message_id": "m", "org_id": "o"});
    let with = |mut value: Value, key: &str, field: Value| {
        value[key] = field;
        value
    };
    let cases = vec![
        (
            "ack as a boolean",
            "message",
            "MessageInput",
            with(message.clone(), "ack", json!(true)),
            json!([{"path": "$.ack", "message": "expected an integer, a string or null, found true", "keyword": "type"}]),
        ),
        (
            "chat_id missing",
            "chat",
            "ChatInput",
            json!({"org_id": "o"}),
            json!([{"path": "$", "message": "missing required field \"chat_id\"", "keyword": "required"}]),
        ),
        (
            "a member's is_admin as a number",
            "chat",
            "ChatInput",
            json!({"org_id": "o", "chat_id": "1@g.us", "members": {"9@c.us": {
                "org_id": "o", "chat_id": "1@g.us", "org_phone": "8@c.us", "contact_id": "9@c.us", "is_admin": 1
            }}}),
            json!([{"path": "$.members[\"9@c.us\"].is_admin", "message": "expected a boolean or null, found 1", "keyword": "type"}]),
        ),
        (
            "a message key with neither spelling of serialized",
            "webhook",
            "WebhookEventInput",
            json!({"event": "message.created", "data": with(message.clone(), "id", json!({"fromMe": true, "id": "i", "remote": "r"}))}),
            json!([{"path": "$.data.id", "message": "missing required field \"serialized\" or \"_serialized\"", "keyword": "required"}]),
        ),
        (
            "a listed message's timestamp as a boolean",
            "message-list",
            "MessageListInput",
            json!({"messages": [with(message.clone(), "timestamp", json!(false))]}),
            json!([{"path": "$.messages[0].timestamp", "message": "expected a string, an integer or null, found false", "keyword": "type"}]),
        ),
    ];
    let validator = Validator::new(false).expect("the built-in schemas compile");
    cases
        .into_iter()
        .map(|(name, kind, type_name, value, findings)| {
            let kind = periskope_contract::kind(kind).expect("a kind");
            let text = serde_json::to_vec(&value).expect("writes");
            let outcome = validator.validate(&text, Some(kind));
            let cli_paths: Vec<&str> = outcome.findings.iter().map(|f| f.path.as_str()).collect();
            for finding in findings.as_array().expect("findings") {
                let path = finding["path"].as_str().expect("a path");
                assert!(
                    cli_paths.contains(&path),
                    "{name}: the command reports {cli_paths:?}, not {path}"
                );
            }
            let mut case = case(name, type_name, &value, false);
            case["findings"] = findings;
            case
        })
        .collect()
}

/// Envelopes of known and unknown events, by the envelope and event guards.
fn envelope_cases() -> Vec<Value> {
    let message = json!({"message_id": "m", "org_id": "o"});
    let known = json!({"event": "message.created", "data": message});
    let known_raw = json!({"event_type": "message.created", "data": message, "id": "evt-1"});
    let unknown = json!({"event": "org.future.event", "data": {"anything": [1]}});
    let wrong_data = json!({"event": "chat.created", "data": message});
    vec![
        case("known event", "WebhookEnvelope", &known, true),
        case("known event", "WebhookEnvelopeInput", &known, true),
        case(
            "known event spelled event_type",
            "WebhookEnvelopeInput",
            &known_raw,
            true,
        ),
        case(
            "known event spelled event_type",
            "WebhookEnvelope",
            &known_raw,
            false,
        ),
        case("unknown event", "WebhookEnvelope", &unknown, false),
        case("unknown event", "WebhookEnvelopeInput", &unknown, false),
        case("unknown event", "WebhookEvent", &unknown, true),
        case("unknown event", "WebhookEventInput", &unknown, true),
        case(
            "a message as a chat event's data",
            "WebhookEnvelope",
            &wrong_data,
            false,
        ),
        case(
            "a message as a chat event's data",
            "WebhookEventInput",
            &wrong_data,
            false,
        ),
    ]
}

/// Copies `test` from tests/js into the installed `project` and runs it under Node's test
/// runner with `env`, failing with the failed tests when any did; how many passed, and the
/// runner's report.
fn node_test(project: &Path, test: &str, env: &[(&str, &Path)]) -> (usize, String) {
    std::fs::copy(js::js_dir().join(test), project.join(test)).expect("copies");
    let output = Command::new("node")
        .args(["--test", "--test-reporter=tap", test])
        .envs(env.iter().copied())
        .current_dir(project)
        .output()
        .expect("node runs");
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let failures: Vec<&str> = text
        .lines()
        .filter(|line| line.starts_with("not ok"))
        .collect();
    assert!(
        output.status.success(),
        "node --test {test} failed: {failures:#?}\n{text}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let passed: usize = text
        .lines()
        .find_map(|line| line.strip_prefix("# pass "))
        .and_then(|n| n.trim().parse().ok())
        .expect("the runner reports how many passed");
    (passed, text)
}

#[test]
fn the_guards_pass_under_the_node_test_runner() {
    let project = js::installed_package();
    let mut cases = fixture_cases();
    cases.extend(exact_cases());
    cases.extend(envelope_cases());
    let file = project.join("guard-cases.json");
    std::fs::write(&file, Value::from(cases.clone()).to_string()).expect("writes");
    let (passed, _) = node_test(&project, "guards.test.mjs", &[("GUARD_CASES", &file)]);
    assert_eq!(
        passed,
        cases.len() + 4,
        "every case and the four other tests ran"
    );
}

#[test]
fn webhook_verification_passes_the_shared_vectors_under_the_node_test_runner() {
    let project = js::installed_package();
    let vectors = Path::new(env!("CARGO_MANIFEST_DIR")).join("vectors/webhook-signatures.json");
    let (passed, text) = node_test(&project, "verify.test.mjs", &[("VECTORS", &vectors)]);
    // Per entry (import, require): the header, one test per vector (3), the type errors.
    assert_eq!(passed, 2 * (1 + 3 + 1), "{text}");
}

#[test]
fn the_package_is_self_contained_and_holds_what_it_declares() {
    let project = js::installed_package();
    let installed = project.join("node_modules/@periskope-schema/types");
    let manifest: Value = serde_json::from_str(
        &std::fs::read_to_string(installed.join("package.json")).expect("reads"),
    )
    .expect("JSON");
    assert_eq!(manifest["name"], "@periskope-schema/types");
    assert_eq!(manifest["license"], "MIT OR Apache-2.0");
    assert!(
        manifest.get("dependencies").is_none(),
        "no runtime dependencies"
    );
    let mut top: BTreeSet<String> = std::fs::read_dir(&installed)
        .expect("reads")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(top.remove("package.json"));
    let declared: BTreeSet<String> = manifest["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f.as_str().expect("a name").trim_end_matches('/').to_owned())
        .collect();
    assert_eq!(top, declared, "the installed files are the declared ones");
    for kind in KINDS.iter() {
        for contract in Contract::ALL {
            let path = contract.schema_path(kind.name);
            let copy = installed
                .join("schemas")
                .join(path.trim_start_matches("json/"));
            assert_eq!(
                std::fs::read_to_string(&copy).unwrap_or_default(),
                std::fs::read_to_string(js::schemas_dir().join(&path)).expect("reads"),
                "{}",
                copy.display()
            );
        }
    }
    // Bundled: no import or require of anything, so nothing Node-only and nothing to install.
    // (The `verify` subpath is Node-only by design: it imports node:crypto.)
    // The `web` subpath imports only the index beside it, and nothing of Node.
    for (bundle, own) in [
        ("index.js", ""),
        ("index.cjs", ""),
        ("web.js", " from \"./index.js\""),
        ("web.cjs", "require(\"./index.cjs\")"),
    ] {
        let code = std::fs::read_to_string(installed.join(bundle)).expect("reads");
        if !own.is_empty() {
            assert_eq!(
                code.matches(own).count(),
                1,
                "{bundle} imports its index once"
            );
        }
        let code = if own.is_empty() {
            code
        } else {
            code.replace(own, "")
        };
        for needle in ["require(\"", "require('", " from \"", "import(\"", "node:"] {
            assert!(!code.contains(needle), "{bundle} contains {needle}");
        }
    }
}

/// `value` as JSON text with every object's keys in reverse order.
fn reversed(value: &Value) -> String {
    match value {
        Value::Object(map) => {
            let fields: Vec<String> = map
                .iter()
                .rev()
                .map(|(key, value)| format!("{}:{}", Value::from(key.as_str()), reversed(value)))
                .collect();
            format!("{{{}}}", fields.join(","))
        }
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(reversed).collect::<Vec<_>>().join(",")
        ),
        other => other.to_string(),
    }
}

/// Bodies and the Rust model's delivery key of each: every example compact, pretty and with its
/// keys reversed, without its `id`, with an empty `id`, as a bare object; acks as numbers and
/// text; an unknown event with and without an `id`.
fn delivery_key_cases() -> Vec<Value> {
    let mut bodies = Vec::new();
    for example in periskope_model::examples::DELIVERIES {
        let value: Value = serde_json::from_str(example.body).expect("an example");
        bodies.push(value.to_string());
        bodies.push(serde_json::to_string_pretty(&value).expect("writes"));
        bodies.push(reversed(&value));
        let mut without_id = value.clone();
        without_id
            .as_object_mut()
            .expect("an envelope")
            .remove("id");
        bodies.push(reversed(&without_id));
        let mut empty_id = value.clone();
        empty_id["id"] = json!("");
        bodies.push(empty_id.to_string());
        bodies.push(value["data"].to_string());
        if example.event == "message.ack.updated" {
            for ack in [json!(4), json!("5")] {
                let mut acked = without_id.clone();
                acked["data"]["ack"] = ack;
                bodies.push(acked.to_string());
            }
        }
    }
    let unknown =
        json!({"event_type": "org.member.created", "data": {"member_id": "m"}, "org_id": "o"});
    bodies.push(unknown.to_string());
    let mut with_id = unknown;
    with_id["id"] = json!("evt-9");
    bodies.push(with_id.to_string());
    bodies
        .into_iter()
        .map(|body| {
            let event: periskope_model::WebhookEvent =
                periskope_model::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}"));
            json!({"body": body, "key": event.delivery_key()})
        })
        .collect()
}

#[test]
fn the_web_entry_receives_requests_and_runs_inside_hono_under_the_node_test_runner() {
    let project = js::installed_package();
    let cases = delivery_key_cases();
    let keys: BTreeSet<Option<&str>> = cases.iter().map(|c| c["key"].as_str()).collect();
    assert!(
        keys.contains(&None) && keys.contains(&Some("evt-9")),
        "{keys:?}"
    );
    assert!(
        keys.contains(&Some(
            "message.ack.updated:true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874:4"
        )),
        "{keys:?}"
    );
    let file = project.join("delivery-keys.json");
    std::fs::write(&file, Value::from(cases).to_string()).expect("writes");
    let tools = js::js_dir();
    let (passed, text) = node_test(
        &project,
        "web.test.mjs",
        &[("DELIVERY_KEYS", &file), ("TOOLS", &tools)],
    );
    assert_eq!(passed, 6, "{text}");
}
