//! Resource limits on untrusted input, as the README documents them: nesting depth, string
//! length, payload size, and the memory one payload takes to read and to validate.
//!
//! Memory is measured with an instrumented allocator (peak bytes allocated while one payload is
//! read or validated), so the figures are exact and do not depend on timing. The tests in this
//! file take turns, since the allocator counts every thread.

use std::sync::Mutex;

use peakmem_alloc::{INSTRUMENTED_SYSTEM, PeakMemAlloc, PeakMemAllocTrait};
use periskope_model::{Chat, MessageList};
use periskope_tests::mutations::nested;
use periskope_validate::{Category, MAX_PAYLOAD_BYTES, Validator};
use serde_json::json;

#[global_allocator]
static ALLOCATOR: &PeakMemAlloc<std::alloc::System> = &INSTRUMENTED_SYSTEM;

static TURN: Mutex<()> = Mutex::new(());

fn turn() -> std::sync::MutexGuard<'static, ()> {
    TURN.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The peak bytes allocated by `work`, above what was allocated before it.
fn peak<T>(work: impl FnOnce() -> T) -> (usize, T) {
    ALLOCATOR.reset_peak_memory();
    let result = work();
    (ALLOCATOR.get_peak_memory(), result)
}

fn validator() -> Validator {
    Validator::new(false).expect("the built-in schemas compile")
}

/// A chat whose unknown field `x` makes the whole payload `depth` levels deep.
fn chat_nested(depth: usize) -> String {
    json!({"org_id": "o", "chat_id": "c", "x": nested(depth - 1)}).to_string()
}

#[test]
fn nesting_up_to_127_levels_is_read_and_deeper_is_refused_where_it_happens() {
    let _turn = turn();
    let validator = validator();
    let chat = periskope_contract::kind("chat").expect("chat");

    let deepest = chat_nested(127);
    assert!(periskope_model::from_str::<Chat>(&deepest).is_ok());
    assert_eq!(
        validator.validate(deepest.as_bytes(), Some(chat)).findings,
        vec![]
    );

    let too_deep = chat_nested(128);
    let error = periskope_model::from_str::<Chat>(&too_deep).expect_err("128 levels");
    assert_eq!(
        (error.message(), error.line(), error.column()),
        ("recursion limit exceeded", 1, 411)
    );
    let outcome = validator.validate(too_deep.as_bytes(), Some(chat));
    let findings: Vec<String> = outcome.findings.iter().map(ToString::to_string).collect();
    assert_eq!(
        findings,
        vec![
            "1:411: $: nested 128 levels deep: refused (at most 127 levels of arrays and objects are read)"
        ]
    );

    // Far deeper input is refused as soon as it passes the limit, without exhausting the stack.
    let abyss = format!("{}{}", "[".repeat(1_000_000), "]".repeat(1_000_000));
    assert!(periskope_model::from_str::<Chat>(&abyss).is_err());
    let outcome = validator.validate(abyss.as_bytes(), None);
    let positions: Vec<(Category, usize, usize)> = outcome
        .findings
        .iter()
        .map(|f| (f.category, f.line, f.column))
        .collect();
    assert_eq!(positions, vec![(Category::Syntax, 1, 128)]);
}

#[test]
fn long_strings_are_read_whole_and_written_back_whole() {
    let _turn = turn();
    // No limit on a string's length but the payload's: a 32 MiB chat name is kept byte for byte.
    let name = "é".repeat(16 << 20);
    let text = json!({"org_id": "o", "chat_id": "c", "chat_name": name}).to_string();
    let chat: Chat = periskope_model::from_str(&text).expect("a long name is read");
    assert_eq!(chat.chat_name.value().map(String::len), Some(name.len()));
    let written = serde_json::to_value(&chat).expect("writes");
    assert_eq!(
        written["chat_name"].as_str().map(str::len),
        Some(name.len())
    );
    let outcome = validator().validate(text.as_bytes(), None);
    assert_eq!(
        (outcome.kind, outcome.findings),
        (Some("chat"), vec![]),
        "a long name is valid"
    );
}

#[test]
fn a_payload_over_256_mib_is_refused_unread() {
    let _turn = turn();
    let mut text = vec![b' '; MAX_PAYLOAD_BYTES + 1];
    text[0] = b'{';
    let outcome = validator().validate(&text, None);
    let findings: Vec<String> = outcome.findings.iter().map(ToString::to_string).collect();
    assert_eq!(
        findings,
        vec![format!(
            "1:1: $: payload of {} bytes is larger than the limit of {MAX_PAYLOAD_BYTES} bytes; not read",
            MAX_PAYLOAD_BYTES + 1
        )]
    );
    // One byte less is read (and found to be cut short).
    let outcome = validator().validate(&text[..MAX_PAYLOAD_BYTES], None);
    assert_eq!(outcome.findings.len(), 1);
    assert!(
        outcome.findings[0].message.starts_with("EOF while parsing"),
        "{outcome:?}"
    );
}

/// A message list of `count` copies of the documented message, as JSON text.
fn message_list(count: usize) -> String {
    let message = periskope_contract::kind("message")
        .and_then(|kind| kind.example())
        .expect("the documented message");
    json!({"messages": vec![message; count], "count": count}).to_string()
}

/// Peak bytes allocated per byte of payload, rounded up to a tenth.
fn ratio(peak: usize, size: usize) -> f64 {
    (peak as f64 / size as f64 * 10.0).ceil() / 10.0
}

#[test]
fn memory_per_payload_stays_within_a_small_multiple_of_its_size() {
    let _turn = turn();
    let validator = validator();
    let name = "x".repeat(32 << 20);
    let payloads: Vec<(&str, String)> = vec![
        (
            "a chat with a 32 MiB name",
            json!({"org_id": "o", "chat_id": "c", "chat_name": name}).to_string(),
        ),
        ("a list of 500 messages", message_list(500)),
        ("a list of 16,000 messages", message_list(16_000)),
        ("a chat nested 127 levels deep", chat_nested(127)),
    ];
    let mut report = Vec::new();
    for (what, text) in &payloads {
        let size = text.len();
        let (read, chat_or_list) = peak(|| -> Result<(), periskope_model::Error> {
            if what.contains("list") {
                periskope_model::from_str::<MessageList>(text).map(drop)
            } else {
                periskope_model::from_str::<Chat>(text).map(drop)
            }
        });
        chat_or_list.unwrap_or_else(|e| panic!("{what}: {e}"));
        let (validated, outcome) = peak(|| validator.validate(text.as_bytes(), None));
        assert!(outcome.is_valid(), "{what}: {outcome:?}");
        report.push(format!(
            "{what} ({size} bytes): read {read} bytes ({}x), validated {validated} bytes ({}x)",
            ratio(read, size),
            ratio(validated, size)
        ));
        // The bounds the README documents: reading takes at most 4 bytes per payload byte and
        // validating at most 8, plus 1 MiB (the compiled schemas are built before, not counted).
        assert!(read <= 4 * size + (1 << 20), "{}", report.join("\n"));
        assert!(validated <= 8 * size + (1 << 20), "{}", report.join("\n"));
    }
    eprintln!("{}", report.join("\n"));
}
