//! The command: `--record` and `validate --exchanges`, and the process run from another folder.

use crate::support::*;
use periskope_validate::Validator;
use periskope_validate::mock::{MockServer, Options};
use serde_json::{Value, json};

/// `record` writes each exchange with its kinds and without the key; the bodies it names are
/// what `validate --type` accepts.
#[test]
fn recorded_exchanges_name_their_kinds_and_hide_the_key() {
    let file = std::env::temp_dir().join(format!(
        "periskope-mock-record-{}.ndjson",
        std::process::id()
    ));
    let server = MockServer::start(Options {
        record: Some(file.clone()),
        ..options()
    })
    .expect("starts");
    let client = Client::of(&server);
    client.post(
        "/message/send",
        &json!({"chat_id": "919537851844", "message": "hi"}),
    );
    client.post("/message/send", &json!({"message": "no chat"}));
    client.get("/chats");
    server.stop();
    let text = std::fs::read_to_string(&file).expect("recorded");
    // The command checks the record: the one call with a bad body is the one finding.
    let checked = std::process::Command::new(env!("CARGO_BIN_EXE_periskope-schema"))
        .args(["validate", "--exchanges"])
        .arg(&file)
        .output()
        .expect("runs");
    let _ = std::fs::remove_file(&file);
    let report = String::from_utf8_lossy(&checked.stdout);
    assert_eq!(checked.status.code(), Some(1), "{report}");
    let findings: Vec<&str> = report.lines().filter(|l| l.contains(": $.")).collect();
    assert_eq!(findings.len(), 1, "{report}");
    assert!(
        findings[0].ends_with(
            ":2:0: $.request.body: missing required field \"chat_id\" (send-message-request)"
        ),
        "{report}"
    );
    assert!(!text.contains("test-api-key"), "the key is not recorded");
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("NDJSON"))
        .collect();
    let summary: Vec<(Value, Value, Value, Value)> = lines
        .iter()
        .map(|l| {
            (
                l["operation"].clone(),
                l["status"].clone(),
                l["request"]["kind"].clone(),
                l["response"]["kind"].clone(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                json!("sendMessage"),
                json!(200),
                json!("send-message-request"),
                json!("send-message-response")
            ),
            (
                json!("sendMessage"),
                json!(422),
                json!("send-message-request"),
                json!("api-error")
            ),
            (
                json!("getChats"),
                json!(200),
                Value::Null,
                json!("chat-list")
            ),
        ]
    );
    let validator = Validator::new(false).expect("compiles");
    for line in &lines {
        for side in ["request", "response"] {
            if let Some(kind) = line[side]["kind"].as_str() {
                let text = serde_json::to_vec(&line[side]["body"]).expect("JSON");
                let valid = validator
                    .validate(&text, periskope_contract::kind(kind))
                    .is_valid();
                assert_eq!(
                    valid,
                    line["status"] != 422 || side == "response",
                    "{side} of {line}"
                );
            }
        }
    }
}

/// The command as a user runs it, from another folder: it prints its base URL and a ready
/// line, serves, records, and stops with exit 0 on SIGTERM; the record then passes
/// `validate --exchanges` but for the one bad call.
#[test]
fn the_command_serves_until_stopped() {
    use std::io::BufRead;
    let dir = std::env::temp_dir().join(format!("periskope-mock-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a folder");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_periskope-schema"))
        .args(["mock", "--listen", "127.0.0.1:0", "--seed", "5"])
        .args(["--record", "calls.ndjson"])
        .current_dir(&dir)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("starts");
    let mut lines = std::io::BufReader::new(child.stdout.take().expect("piped")).lines();
    let first = lines.next().expect("a line").expect("text");
    let base = first
        .strip_prefix("Periskope mock API at ")
        .expect("the base URL first")
        .to_owned();
    assert!(
        base.starts_with("http://127.0.0.1:") && base.ends_with("/v1"),
        "{first}"
    );
    let rest: Vec<String> = lines.by_ref().take(2).map(|l| l.expect("text")).collect();
    assert_eq!(rest[1], "ready (Ctrl-C stops it)");
    let http = reqwest::blocking::Client::new();
    let chats = http
        .get(format!("{base}/chats"))
        .bearer_auth("k")
        .send()
        .expect("answers");
    assert_eq!(chats.status().as_u16(), 200);
    let bad = http
        .post(format!("{base}/message/send"))
        .bearer_auth("k")
        .body(r#"{"message": "to nobody"}"#)
        .send()
        .expect("answers");
    assert_eq!(bad.status().as_u16(), 422);
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let status = child.wait().expect("stops");
    assert_eq!(status.code(), Some(0));
    let checked = std::process::Command::new(env!("CARGO_BIN_EXE_periskope-schema"))
        .args(["validate", "--exchanges", "calls.ndjson"])
        .current_dir(&dir)
        .output()
        .expect("runs");
    let report = String::from_utf8_lossy(&checked.stdout).into_owned();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(checked.status.code(), Some(1), "{report}");
    assert!(
        report.contains("calls.ndjson:2:0: $.request.body: missing required field \"chat_id\""),
        "{report}"
    );
}
