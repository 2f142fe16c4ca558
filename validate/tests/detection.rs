//! `periskope-schema validate` without `--type` never passes a payload of a known kind that lost
//! a required field: every fixture of every kind, with each of its kind's required top-level
//! keys removed in turn (where its own kind then refuses it), is refused, unless what remains is
//! exactly another kind's payload (then `--type` refuses it); the cases users hit are named as
//! their own kind, with the missing field.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use periskope_contract::{Contract, KINDS, Kind};
use serde_json::Value;

/// Runs `periskope-schema validate ARGS` in a fresh folder named for `name` holding the file
/// `file` with `contents`: the exit code and standard output.
fn validate_file(name: &str, file: &str, contents: &str, args: &[&str]) -> (Option<i32>, String) {
    let dir =
        std::env::temp_dir().join(format!("periskope-detection-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("creates");
    std::fs::write(dir.join(file), contents).expect("writes");
    let output = Command::new(env!("CARGO_BIN_EXE_periskope-schema"))
        .arg("validate")
        .args(args)
        .arg(file)
        .current_dir(&dir)
        .output()
        .expect("runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The required top-level keys of `kind`.
fn required(kind: &Kind) -> Vec<String> {
    kind.keys(&kind.schema(Contract::Input)).required
}

/// One broken payload: its own kind, what was removed, and the text.
struct Broken {
    kind: &'static str,
    description: String,
    text: String,
}

fn broken_payloads() -> Vec<Broken> {
    let mut out = Vec::new();
    for kind in KINDS.iter() {
        // A kind with no fixture folder (a body the catalog gained) has its documented example.
        let dir = fixtures_dir().join(kind.name);
        let texts: Vec<(String, String)> = if dir.exists() {
            let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
                .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                .map(|entry| entry.expect("an entry").path())
                .collect();
            paths.sort();
            paths
                .iter()
                .map(|path| {
                    let name = path.strip_prefix(fixtures_dir()).unwrap_or(path);
                    let text = std::fs::read_to_string(path).expect("reads");
                    (name.display().to_string(), text)
                })
                .collect()
        } else {
            periskope_contract::documented(kind.name)
                .map(|text| (format!("{}/documented", kind.name), text.to_owned()))
                .into_iter()
                .collect()
        };
        for (name, text) in texts {
            let value: Value = serde_json::from_str(&text).expect("JSON");
            let Value::Object(object) = value else {
                continue;
            };
            for key in required(kind) {
                // `event` may be spelled `event_type`: remove whichever the payload has.
                let spellings: &[&str] = if key == "event" {
                    &["event", "event_type"]
                } else {
                    &[]
                };
                let mut broken = object.clone();
                let removed = if spellings.is_empty() {
                    broken.remove(&key).is_some()
                } else {
                    spellings.iter().any(|k| broken.remove(*k).is_some())
                };
                let text = Value::Object(broken).to_string();
                // Only what its own kind refuses is broken: a send-message response without
                // `queue_id` is still one (the oldest shape, a map of strings).
                if !removed || kind.read_text(text.as_bytes()).is_ok() {
                    continue;
                }
                out.push(Broken {
                    kind: kind.name,
                    description: format!("{name} without {key}"),
                    text,
                });
            }
        }
    }
    out
}

/// A kind, a required key, and the kind that a payload of the first without that key is: a note
/// without `is_private_note` has only message fields; `{success, message}` is the answer of
/// create-note; `{status, unique_id}` is a message status.
const BECOMES: [(&str, &str, &str); 3] = [
    ("note", "is_private_note", "message"),
    (
        "delete-scheduled-message-response",
        "scheduled_id",
        "create-note-response",
    ),
    ("send-message-sync-response", "message", "message-status"),
];

#[test]
fn a_payload_without_a_required_field_is_refused_as_its_own_kind() {
    let broken = broken_payloads();
    let validator = periskope_validate::Validator::new(false).expect("the built-in schemas");
    let lines: Vec<&str> = broken.iter().map(|b| b.text.as_str()).collect();
    let (code, stdout) = validate_file(
        "broken",
        "broken.ndjson",
        &lines.join("\n"),
        &["--format", "json"],
    );
    assert_eq!(code, Some(1));
    // The first finding of each refused line: its kind and message.
    let mut first: BTreeMap<usize, (String, String)> = BTreeMap::new();
    let mut summary = Value::Null;
    for line in stdout.lines() {
        let record: Value = serde_json::from_str(line).expect("JSON lines");
        if let Some(s) = record.get("summary") {
            summary = s.clone();
            continue;
        }
        let line = record["line"].as_u64().expect("a line") as usize;
        first.entry(line).or_insert_with(|| {
            (
                record["kind"].as_str().unwrap_or("none").to_owned(),
                record["message"].as_str().unwrap_or_default().to_owned(),
            )
        });
    }
    // Where removing the field leaves exactly another kind's payload, no detection can tell
    // otherwise: it is valid as that kind (the README says to pass --type), and its own kind
    // refuses it.
    let becomes = |b: &Broken| {
        BECOMES.iter().find_map(|(kind, key, other)| {
            (b.kind == *kind && b.description.ends_with(&format!(" without {key}")))
                .then_some(*other)
        })
    };
    let mut wrong = Vec::new();
    for (index, b) in broken.iter().enumerate() {
        let got = first.get(&(index + 1));
        if let Some(other) = becomes(b) {
            let as_detected = validator.validate(b.text.as_bytes(), None);
            let as_own = validator.validate(b.text.as_bytes(), periskope_contract::kind(b.kind));
            if got.is_some() || as_detected.kind != Some(other) || as_own.is_valid() {
                wrong.push(format!(
                    "{}: expected a valid {other} that --type {} refuses, got {got:?}, detected {:?}, own kind's findings {:?}",
                    b.description, b.kind, as_detected.kind, as_own.findings
                ));
            }
            continue;
        }
        if got.is_none() {
            wrong.push(format!("{}: passed as valid", b.description));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} broken payloads:\n{}",
        wrong.len(),
        broken.len(),
        wrong.join("\n")
    );
    let others = broken.iter().filter(|b| becomes(b).is_some()).count();
    assert!(others >= BECOMES.len(), "every exception occurs: {others}");
    assert_eq!(summary["valid"], Value::from(others), "{summary}");
    assert_eq!(
        summary["invalid"],
        Value::from(broken.len() - others),
        "{summary}"
    );
    assert!(broken.len() > 100, "{} broken payloads", broken.len());
}

#[test]
fn the_cases_users_hit_are_named_as_their_kind() {
    // A message without message_id, a chat member without contact_id, a ticket without
    // ticket_id and a chat notification without notification_id all used to pass as chats.
    let cases = [
        ("message", "message_id"),
        ("chat-member", "contact_id"),
        ("ticket", "ticket_id"),
        ("chat-notification", "notification_id"),
    ];
    for (kind, key) in cases {
        let path = fixtures_dir().join(kind).join("documented.json");
        let mut value: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("reads")).expect("JSON");
        value.as_object_mut().expect("an object").remove(key);
        let (code, stdout) = validate_file(kind, "payload.json", &value.to_string(), &[]);
        assert_eq!(code, Some(1), "{kind}: {stdout}");
        let lines: Vec<&str> = stdout.lines().collect();
        assert!(
            lines
                .first()
                .is_some_and(|l| l.ends_with(&format!("$: missing required field \"{key}\""))),
            "{kind}: {stdout}"
        );
        assert_eq!(
            lines.last().copied(),
            Some(&*format!(
                "checked 1 payload in 1 file ({kind} 1): 0 valid, 1 invalid; 1 finding"
            )),
            "{kind}"
        );
    }
}

#[test]
fn a_detected_note_with_message_fields_is_checked_as_a_message_too() {
    let path = fixtures_dir().join("note/documented.json");
    let note: Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("reads")).expect("JSON");
    // `is_starred` is a message field, which a note keeps as an unknown one.
    let mut wrong = note.clone();
    wrong["is_starred"] = serde_json::json!("yes");
    let mut right = note.clone();
    right["is_starred"] = serde_json::json!(false);
    let lines = [note, right, wrong].map(|v| v.to_string()).join("\n");
    let (code, stdout) = validate_file("note", "notes.ndjson", &lines, &[]);
    assert_eq!(code, Some(1), "{stdout}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(
        lines[0].starts_with("notes.ndjson:3:")
            && lines[0]
                .contains(r#": $.is_starred: as a message: expected a boolean, found "yes""#),
        "{stdout}"
    );
    assert_eq!(
        lines[1],
        "checked 3 payloads in 1 file (note 3): 2 valid, 1 invalid; 1 finding"
    );
}
