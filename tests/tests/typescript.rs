//! The generated TypeScript, checked by the real compiler (`tsc --strict --noEmit`, pinned in
//! `tests/js/package-lock.json`) in a project that installed the npm package from its tarball:
//! the canonical form of every fixture type-checks as its type, every raw fixture as its
//! `…Input` type, and payloads with a wrong field type do not.

use std::collections::BTreeSet;
use std::path::PathBuf;

use periskope_contract::KINDS;
use periskope_tests::js::{self, Resolution};
use serde_json::{Value, json};

/// A fresh folder for this test's TypeScript files, inside the consumer project.
fn scratch(name: &str) -> PathBuf {
    let dir = js::installed_package().join(format!("src-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}

/// The import line for every root type, canonical and input, from the installed package.
fn import_line() -> String {
    let names: Vec<String> = KINDS
        .iter()
        .flat_map(|kind| {
            [
                kind.type_name().to_owned(),
                format!("{}Input", kind.type_name()),
            ]
        })
        .collect();
    format!(
        "import type {{ {} }} from \"@periskope-schema/types\";\n",
        names.join(", ")
    )
}

/// Runs `tsc --strict` on `file` (a `.ts` file in [`scratch`]) under `nodenext`.
fn tsc(dir: &std::path::Path, file: &str) -> (bool, String) {
    let project = js::installed_package();
    let relative = dir
        .strip_prefix(&project)
        .expect("inside the project")
        .join(file);
    js::tsc_project(
        &project,
        &[relative.to_str().expect("UTF-8 path")],
        Resolution::NodeNext,
    )
}

/// A TypeScript file with one constant per fixture of every kind, typed `type_of(kind)` and
/// holding `value(kind, payload)`; and how many there are.
fn fixtures_source(
    type_of: impl Fn(&periskope_contract::Kind) -> String,
    value: impl Fn(&periskope_contract::Kind, Value) -> Value,
) -> (String, usize) {
    let mut source = import_line();
    let mut count = 0;
    for kind in KINDS.iter() {
        for fixture in periskope_tests::fixtures(kind.name) {
            let payload: Value = serde_json::from_str(&fixture.text)
                .unwrap_or_else(|e| panic!("{}: {e}", fixture.display_path()));
            source.push_str(&format!(
                "// {}\nexport const fixture{count}: {} = {:#};\n",
                fixture.display_path(),
                type_of(kind),
                value(kind, payload)
            ));
            count += 1;
        }
    }
    (source, count)
}

#[test]
fn every_canonical_fixture_type_checks_as_its_type() {
    let dir = scratch("canonical");
    let (source, count) = fixtures_source(
        |kind| kind.type_name().to_owned(),
        |kind, payload| {
            kind.read(payload)
                .unwrap_or_else(|e| panic!("{}: {e}", kind.name))
        },
    );
    std::fs::write(dir.join("fixtures.ts"), source).expect("writes");
    let (ok, output) = tsc(&dir, "fixtures.ts");
    assert!(ok, "the canonical fixtures do not type-check:\n{output}");
    assert!(count >= 60, "only {count} fixtures");
}

#[test]
fn every_raw_fixture_type_checks_as_its_input_type() {
    let dir = scratch("raw");
    let (source, count) = fixtures_source(
        |kind| format!("{}Input", kind.type_name()),
        |_, payload| payload,
    );
    std::fs::write(dir.join("raw.ts"), source).expect("writes");
    let (ok, output) = tsc(&dir, "raw.ts");
    assert!(
        ok,
        "the raw fixtures do not type-check as input types:\n{output}"
    );
    assert!(count >= 60, "only {count} fixtures");
}

#[test]
fn open_enums_unknown_fields_and_nulls_type_check() {
    let dir = scratch("open");
    let source = format!(
        "{}{}",
        import_line(),
        r#"
export const chat: Chat = { org_id: "o", chat_id: "c", chat_type: "channel", not_modelled: [1, "x"], chat_name: null };
export const known: Chat["chat_type"] = "group";
export const message: Message = { message_id: "m", org_id: "o", message_type: "some_future_type", ack: "9" };
export const raw: MessageInput = { message_id: "m", org_id: "o", ack: 3, timestamp: 1715599174, id: { fromMe: true, _serialized: "s", id: "i", remote: "r" } };
"#
    );
    std::fs::write(dir.join("open.ts"), source).expect("writes");
    let (ok, output) = tsc(&dir, "open.ts");
    assert!(ok, "{output}");
}

#[test]
fn a_wrong_field_type_does_not_type_check() {
    let chat = periskope_contract::kind("chat")
        .and_then(|k| k.example())
        .expect("chat example");
    let message = periskope_contract::kind("message")
        .and_then(|k| k.example())
        .expect("message example");
    let phone = periskope_contract::kind("phone")
        .and_then(|k| k.example())
        .expect("phone example");
    let set = |mut value: Value, pointer: &str, new: Value| {
        *value
            .pointer_mut(pointer)
            .unwrap_or_else(|| panic!("no {pointer}")) = new;
        value
    };
    let remove = |mut value: Value, key: &str| {
        value
            .as_object_mut()
            .and_then(|o| o.remove(key))
            .expect("key exists");
        value
    };
    let bad: Vec<(&str, &str, Value)> = vec![
        (
            "Chat",
            "member_count as a string",
            set(chat.clone(), "/member_count", json!("x")),
        ),
        ("Chat", "chat_id missing", remove(chat.clone(), "chat_id")),
        (
            "Chat",
            "nested read_count as a string",
            set(
                chat.clone(),
                "/latest_message/delivery_info/read_count",
                json!("1"),
            ),
        ),
        (
            "Message",
            "id.from_me as a string",
            set(message.clone(), "/id/from_me", json!("yes")),
        ),
        (
            "Message",
            "ack as a number (canonical ack is a string)",
            set(message.clone(), "/ack", json!(3)),
        ),
        (
            "Message",
            "org_id null",
            set(message, "/org_id", Value::Null),
        ),
        (
            "Phone",
            "wa_state as a number",
            set(phone, "/wa_state", json!(5)),
        ),
        (
            "MessageInput",
            "ack as a boolean (input ack is a number or a string)",
            json!({"message_id": "m", "org_id": "o", "ack": true}),
        ),
        (
            "MessageInput",
            "id.fromMe as a string",
            json!({"message_id": "m", "org_id": "o", "id": {"fromMe": "yes", "_serialized": "s", "id": "i", "remote": "r"}}),
        ),
        (
            "MessageInput",
            "id with neither from_me nor fromMe",
            json!({"message_id": "m", "org_id": "o", "id": {"_serialized": "s", "id": "i", "remote": "r"}}),
        ),
        ("ChatInput", "chat_id missing", json!({"org_id": "o"})),
    ];
    let dir = scratch("bad");
    let mut source = import_line();
    let mut expected_lines = BTreeSet::new();
    for (index, (type_name, what, value)) in bad.iter().enumerate() {
        source.push_str(&format!("// {what}\n"));
        expected_lines.insert(source.lines().count() + 1);
        source.push_str(&format!(
            "export const bad{index}: {type_name} = {value};\n"
        ));
    }
    std::fs::write(dir.join("bad.ts"), &source).expect("writes");
    let (ok, output) = tsc(&dir, "bad.ts");
    assert!(!ok, "tsc accepted every wrong payload");
    let error_lines: BTreeSet<usize> = output
        .lines()
        .filter(|line| line.contains("error TS"))
        .filter_map(|line| {
            let (_, rest) = line.split_once("bad.ts(")?;
            rest.split(',').next()?.parse().ok()
        })
        .collect();
    assert_eq!(
        error_lines, expected_lines,
        "each wrong payload (one per line) must fail, and nothing else:\n{source}\n{output}"
    );
}
