//! `periskope-schema validate`, run as a user runs it: each output format, each exit code, each
//! kind of bad input, kind detection and its failure, `--strict`, standard input.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};

/// A fresh scratch folder holding the given files.
fn folder(name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("periskope-validate-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, contents) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().expect("has a parent")).expect("creates");
        std::fs::write(&path, contents).expect("writes");
    }
    std::fs::create_dir_all(&dir).expect("creates");
    dir
}

/// Runs `periskope-schema validate ARGS` in `dir`.
fn validate(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_periskope-schema"))
        .arg("validate")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs")
}

/// Runs it with `input` on standard input.
fn validate_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_periskope-schema"))
        .arg("validate")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().expect("finishes");
    writer.join().expect("writer").expect("writes");
    output
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn fixture(object: &str, case: &str) -> Vec<u8> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/{object}/{case}.json"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn documented(object: &str) -> Value {
    serde_json::from_slice(&fixture(object, "documented")).expect("JSON")
}

/// Three payloads with mistakes a user makes, in one NDJSON file, plus a valid one.
/// The payloads with mistakes, in a folder of their own per test (`name`): tests run in
/// parallel, and one test's folder is removed and written again while another reads it.
fn mistakes(name: &str) -> PathBuf {
    let mut chat = documented("chat");
    chat["latest_message"]["ack"] = json!(["4"]);
    let mut message = documented("message");
    message.as_object_mut().expect("object").remove("org_id");
    message["delivery_info"]["read_count"] = json!("x");
    let mut phone = documented("phone");
    phone["created_at"] = json!("yesterday");
    let lines = [chat, documented("chat-member"), message, phone]
        .iter()
        .map(Value::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    folder(
        &format!("mistakes-{name}"),
        &[("payloads.ndjson", lines.as_bytes())],
    )
}

#[test]
fn the_documented_payloads_are_valid_and_exit_0() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    // Each file is checked as the kind its folder names: the summary counts each folder's files.
    let mut counts = Vec::new();
    let mut total = 0;
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .expect("reads the fixtures")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.is_dir())
        .collect();
    folders.sort();
    for folder in folders {
        let files = std::fs::read_dir(&folder)
            .expect("reads a fixture folder")
            .filter(|entry| {
                entry
                    .as_ref()
                    .is_ok_and(|e| e.path().extension().is_some_and(|ext| ext == "json"))
            })
            .count();
        let name = folder.file_name().and_then(|n| n.to_str()).expect("a name");
        counts.push(format!("{name} {files}"));
        total += files;
    }
    let output = validate(&fixtures, &["--type-from-folder", "."]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
    assert_eq!(
        stdout(&output),
        format!(
            "./webhook/unknown-event.json:2:12: warning: $.event: unknown event \"org.member.created\": its data is not checked (an event this version does not know, which Periskope may have added; an error with --strict)\n\
             checked {total} payloads in {total} files ({}): {total} valid, 0 invalid; 1 finding\n",
            counts.join(", ")
        )
    );
    assert!(total > 140, "{total} fixtures");
}

#[test]
fn human_output_names_file_line_column_and_path() {
    let output = validate(&mistakes("human"), &["payloads.ndjson"]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!("human", stdout(&output));
}

#[test]
fn json_output_is_one_object_per_finding_and_a_summary() {
    let output = validate(&mistakes("json"), &["--format", "json", "payloads.ndjson"]);
    assert_eq!(output.status.code(), Some(1));
    let records: Vec<Value> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect();
    assert_eq!(
        records.first(),
        Some(&json!({
            "file": "payloads.ndjson",
            "line": 1,
            "column": records[0]["column"],
            "path": "$.latest_message.ack",
            "severity": "error",
            "category": "invalid",
            "kind": "chat",
            "kind_detected": true,
            "message": records[0]["message"],
        }))
    );
    assert_eq!(
        records.last(),
        Some(&json!({"summary": {
            "files": 1, "payloads": 4, "valid": 1, "invalid": 3, "findings": 4, "unreadable": 0,
            "kinds": {"chat": 1, "chat-member": 1, "message": 1, "phone": 1}, "exit_code": 1
        }}))
    );
    insta::assert_snapshot!("json", stdout(&output));
}

#[test]
fn github_output_is_workflow_annotations() {
    let output = validate(
        &mistakes("github"),
        &["--format", "github", "payloads.ndjson"],
    );
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.lines()
            .take(4)
            .all(|l| l.starts_with("::error file=payloads.ndjson,line=")),
        "{text}"
    );
    insta::assert_snapshot!("github", text);
}

#[test]
fn bad_input_gets_a_finding_at_the_right_place_and_never_a_crash() {
    let deep = "[".repeat(100_000);
    let dir = folder(
        "bad",
        &[
            ("array.json", b"[1, 2]"),
            (
                "big-number.json",
                br#"{"org_id": "o", "chat_id": "c", "member_count": 1e400}"#,
            ),
            (
                "bom.json",
                b"\xEF\xBB\xBF{\"org_id\": \"o\", \"chat_id\": \"c\"}",
            ),
            ("deep.json", deep.as_bytes()),
            (
                "duplicate-key.json",
                br#"{"org_id": "o", "chat_id": "c", "chat_id": "d"}"#,
            ),
            ("empty.json", b""),
            (
                "inexact-float.json",
                br#"{"org_id": "o", "chat_id": "c", "member_count": 1e16}"#,
            ),
            (
                "nan.json",
                br#"{"org_id": "o", "chat_id": "c", "member_count": NaN}"#,
            ),
            (
                "trailing.json",
                b"{\"org_id\": \"o\", \"chat_id\": \"c\"}\n}",
            ),
            (
                "truncated.json",
                b"{\"org_id\": \"o\",\n \"chat_id\": \"c\",",
            ),
            ("utf8.json", b"{\"org_id\": \"o\", \"chat_id\": \"c\xff\"}"),
            (
                "lines.ndjson",
                b"{\"org_id\": \"o\", \"chat_id\": \"c\"}\n\n{\"org_id\": \"o\"\n[1, 2]\n",
            ),
            (
                "not-a-payload.txt",
                b"ignored: folders are searched for .json, .ndjson and .jsonl",
            ),
        ],
    );
    std::os::unix::fs::symlink(dir.join("missing-target.json"), dir.join("unreadable.json"))
        .expect("symlink");
    let output = validate(&dir, &["."]);
    // An unreadable file makes it exit 2, after everything else is reported.
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    insta::assert_snapshot!("bad_input", stdout(&output));
}

#[test]
fn a_100_mb_string_is_read_within_bounded_memory() {
    let mut text = br#"{"org_id": "o", "chat_id": "c", "chat_name": ""#.to_vec();
    text.resize(text.len() + 100_000_000, b'x');
    text.extend_from_slice(b"\", \"member_count\": \"many\"}");
    let dir = folder("big-string", &[("big.json", &text)]);
    let output = validate(&dir, &["big.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        "big.json:1:100000066: $.member_count: expected an integer, found \"many\"\n\
         checked 1 payload in 1 file (chat 1): 0 valid, 1 invalid; 1 finding\n"
    );
}

#[test]
fn detection_reports_what_it_cannot_tell() {
    let dir = folder(
        "detection",
        &[
            ("nothing.json", br#"{"org_id": "o"}"#),
            // Two keys of a chat, one of a phone: the best match is a chat, without its chat_id.
            (
                "best.json",
                br#"{"org_id": "o", "chat_name": "x", "chat_type": "group", "phone_name": "y"}"#,
            ),
            // As many keys of each, each missing one required key.
            (
                "tie.json",
                br#"{"org_id": "o", "chat_name": "x", "phone_name": "y", "created_at": "2025-01-01T00:00:00Z"}"#,
            ),
            ("typed.json", br#"{"org_id": "o"}"#),
        ],
    );
    let output = validate(&dir, &["nothing.json", "best.json", "tie.json"]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!("detection", stdout(&output));
    // With --type the same payload is checked as that kind.
    let output = validate(&dir, &["--type", "chat", "typed.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        "typed.json:1:15: $: missing required field \"chat_id\"\n\
         checked 1 payload in 1 file (chat 1): 0 valid, 1 invalid; 1 finding\n"
    );
}

#[test]
fn strict_requires_canonical_form_and_says_what_it_would_be() {
    let dir = folder(
        "strict",
        &[
            ("webhook.json", &fixture("message", "webhook-spellings")),
            ("canonical.json", &fixture("chat", "documented")),
            (
                "unknown.json",
                &fixture("phone", "unknown-state-and-fields"),
            ),
        ],
    );
    let output = validate(&dir, &["canonical.json", "webhook.json", "unknown.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let output = validate(
        &dir,
        &["--strict", "canonical.json", "webhook.json", "unknown.json"],
    );
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!("strict", stdout(&output));
}

#[test]
fn a_loose_field_its_typed_view_cannot_read_is_valid_and_reported_under_strict() {
    let dir = folder(
        "loose",
        &[
            (
                "location.json",
                br#"{"message_id": "m", "org_id": "o", "location": {"latitude": true}}"#,
            ),
            (
                "links.json",
                br#"{"message_id": "m", "org_id": "o", "links": ["https://a.example", {"link": "https://b.example"}]}"#,
            ),
        ],
    );
    let output = validate(&dir, &["--type", "message", "location.json", "links.json"]);
    assert_eq!(
        stdout(&output),
        "checked 2 payloads in 2 files (message 2): 2 valid, 0 invalid; 0 findings\n"
    );
    assert_eq!(output.status.code(), Some(0));
    let output = validate(
        &dir,
        &[
            "--strict",
            "--type",
            "message",
            "location.json",
            "links.json",
        ],
    );
    assert_eq!(
        stdout(&output),
        "location.json:1:61: $.location.latitude: not canonical: value is not of types \"null\", \"number\"\n\
         checked 2 payloads in 2 files (message 2): 1 valid, 1 invalid; 1 finding\n"
    );
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn standard_input_takes_ndjson_or_one_document() {
    let chat = documented("chat").to_string();
    let ndjson = format!("{chat}\n{{\"org_id\": 1, \"chat_id\": \"c\"}}\n");
    let output = validate_stdin(&["-"], ndjson.as_bytes());
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        "<stdin>:2:12: $.org_id: expected a string, found 1\n\
         checked 2 payloads in 1 file (chat 2): 1 valid, 1 invalid; 1 finding\n"
    );
    let pretty = "\n{\n  \"org_id\": \"o\",\n  \"chat_id\": [\"c\"]\n}\n";
    let output = validate_stdin(&["-"], pretty.as_bytes());
    assert_eq!(
        stdout(&output),
        "<stdin>:4:14: $.chat_id: expected a string, found an array\n\
         checked 1 payload in 1 file (chat 1): 0 valid, 1 invalid; 1 finding\n"
    );
}

#[test]
fn usage_errors_exit_2() {
    let dir = folder("usage", &[]);
    let output = validate(&dir, &["--type", "invoice", "x.json"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("invalid value 'invoice' for '--type <KIND>'"),
        "{}",
        stderr(&output)
    );
    let output = validate(&dir, &[]);
    assert_eq!(output.status.code(), Some(2));
    let output = validate(&dir, &["missing.json"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stdout(&output),
        "missing.json: cannot read: No such file or directory (os error 2)\n\
         checked 0 payloads in 0 files: 0 valid, 0 invalid; 1 finding; 1 input could not be read\n"
    );
}

#[test]
fn a_disagreement_between_schema_and_model_is_an_internal_error() {
    // A schemas folder whose chat schema wrongly says `member_count` is a string.
    let schemas = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
    let dir = folder("internal", &[]);
    for kind in periskope_contract::KINDS.iter() {
        for prefix in ["", "canonical/"] {
            let relative = format!("json/{prefix}{}.schema.json", kind.name);
            let mut text =
                std::fs::read_to_string(schemas.join(&relative)).expect("committed schema");
            if relative == "json/chat.schema.json" {
                let mut schema: Value = serde_json::from_str(&text).expect("JSON");
                schema["properties"]["member_count"] = json!({"type": "string"});
                text = schema.to_string();
            }
            let target = dir.join("schemas").join(&relative);
            std::fs::create_dir_all(target.parent().expect("parent")).expect("creates");
            std::fs::write(target, text).expect("writes");
        }
    }
    std::fs::write(
        dir.join("chat.json"),
        br#"{"org_id": "o", "chat_id": "c", "member_count": 3}"#,
    )
    .expect("writes");
    let output = validate(&dir, &["--schemas", "schemas", "chat.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        "chat.json:1:49: $.member_count: internal error: the input schema refuses this (value is not of type \"string\") but the typed model accepts it; please report it\n\
         checked 1 payload in 1 file (chat 1): 0 valid, 1 invalid; 1 finding\n"
    );
}

#[test]
fn webhooks_and_responses_are_detected_by_keys_validity_and_shape() {
    let notification =
        r#"{"notification_id": "n", "org_id": "o", "org_phone": "p", "chat_id": "1@g.us"}"#;
    let message = r#"{"message_id": "m", "org_id": "o"}"#;
    let phone = r#"{"phone_id": "p", "org_id": "o", "created_at": "2025-01-01T00:00:00+00:00"}"#;
    let lines = [
        format!(r#"{{"event": "message.created", "data": {message}}}"#),
        format!(r#"{{"messages": [{notification}], "count": 1}}"#),
        format!(r#"{{"messages": [{message}], "count": 1}}"#),
        format!("[{phone}]"),
        r#"{"919537851844@c.us": {"is_success": true}}"#.to_owned(),
        r#"{"12042354354XXX@g.us": "f7ab866c"}"#.to_owned(),
        r#"{"chat_id": "120363393294700553@g.us"}"#.to_owned(),
        // Both list kinds accept an empty list: the keys and validity cannot tell them apart.
        r#"{"messages": []}"#.to_owned(),
    ];
    let dir = folder(
        "responses",
        &[("responses.ndjson", lines.join("\n").as_bytes())],
    );
    let output = validate(&dir, &["--format", "json", "responses.ndjson"]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let records: Vec<Value> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect();
    assert_eq!(
        records
            .first()
            .map(|r| (&r["line"], &r["path"], &r["category"], &r["message"])),
        Some((
            &json!(8),
            &json!("$"),
            &json!("detection"),
            &json!(
                "cannot tell the kind from the keys: it could be message-list or notification-list; pass --type"
            )
        ))
    );
    assert_eq!(
        records.last().map(|r| &r["summary"]["kinds"]),
        Some(&json!({
            "create-chat-response": 1,
            "group-participants-response": 1,
            "message-list": 1,
            "notification-list": 1,
            "phone-list": 1,
            "send-message-response": 1,
            "webhook": 1
        }))
    );
    assert_eq!(records.len(), 2, "one finding and the summary");
}

#[test]
fn a_raw_line_break_inside_a_string_is_shown_where_it_is() {
    // Found by the `validate` fuzz target: serde_json places this error at column 0 of the next
    // line; it is reported at the line break itself (line 3, column 15).
    let text = b"{\n  \"chat_id\": \"120363393294700553@g.us\",\n  \"org_id\": \"o\n\"\n}\n";
    let dir = folder("raw-newline", &[("chat.json", text)]);
    let output = validate(&dir, &["--type", "chat", "chat.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output).lines().next(),
        Some("chat.json:3:15: $: control character (\\u0000-\\u001F) found while parsing a string")
    );
}

#[test]
fn a_bad_first_value_of_a_duplicated_key_is_invalid_not_an_internal_error() {
    // Found by the `validate` fuzz target: the schema sees only the last `updated_at`, the model
    // reads the first and refuses it. That is the payload's fault, not a contract bug; it is shown
    // where the model noticed it (the end of `"x"`), not at the valid `updated_at` the path also names.
    let text = br#"{"org_id": "o", "chat_id": "c", "updated_at": "x", "updated_at": "2025-01-20T07:51:48+00:00"}"#;
    let output = validate_stdin(&["--type", "chat", "--format", "json", "-"], text);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let first: Value = serde_json::from_str(stdout(&output).lines().next().unwrap_or_default())
        .expect("a JSON line");
    assert_eq!(
        first,
        json!({
            "file": "<stdin>",
            "line": 1,
            "column": 49,
            "path": "$.updated_at",
            "severity": "error",
            "category": "invalid",
            "kind": "chat",
            "kind_detected": false,
            "message": first["message"],
        })
    );
    assert!(
        first["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("expected a timestamp")),
        "{first}"
    );
}
