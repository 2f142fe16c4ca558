//! The properties the fuzz targets check (`fuzz/fuzz_targets/`), one function per target: each
//! panics, with what went wrong, when an input breaks a property. The fuzz targets call them on
//! generated inputs; `tests/tests/fuzz_regressions.rs` calls them on every input a fuzzer once
//! found (`fuzz/regressions/`) and on the fixtures.

use std::path::PathBuf;
use std::sync::OnceLock;

use chrono::DateTime;
use periskope_contract::KINDS;
use periskope_model::{
    ChatId, ContactId, LabelId, MessageId, MessageKey, OrgId, PhoneId, TicketId, Timestamp,
};
use periskope_validate::run::{self, Format, Options};
use periskope_validate::{Category, Validator};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// A property: panics when the input breaks it.
pub type Property = fn(&[u8]);

/// The fuzz targets, by name, with the property each checks.
pub const TARGETS: &[(&str, Property)] = &[
    ("typed_parse", typed_parse),
    ("validate", validate),
    ("validate_file", validate_file),
    ("timestamp", timestamp),
    ("ids", ids),
];

/// Typed parsing of every root kind (the ten objects, webhook bodies and the API responses).
/// Besides "never panics", each kind's readers must agree with each other:
///
/// - the text reader (`read_text`, which also sees duplicate keys) accepts only what the reader of
///   the parsed value accepts;
/// - what the value reader accepts, written back (without duplicates), the text reader accepts;
/// - the fast check (`accepts`) gives the same verdict as the full read;
/// - the canonical form is read again unchanged (it is a fixed point);
/// - every refusal has a message, and a position from line 1, column 1 when it has one.
pub fn typed_parse(data: &[u8]) {
    let parsed: Option<Value> = serde_json::from_slice(data).ok();
    for kind in KINDS.iter() {
        let by_text = kind.read_text(data);
        if let Err(error) = &by_text {
            assert!(
                !error.message().is_empty(),
                "{}: an empty message",
                kind.name
            );
            assert!(
                error.line() == 0 || error.column() >= 1,
                "{}: a position at column 0: {error}",
                kind.name
            );
        }
        let Some(value) = &parsed else {
            assert!(
                by_text.is_err(),
                "{}: text that is not JSON was read",
                kind.name
            );
            continue;
        };
        let by_value = kind.read(value.clone());
        assert_eq!(
            kind.accepts(value),
            by_value.is_ok(),
            "{}: the fast check and the read disagree on {value}",
            kind.name
        );
        match by_value {
            Ok(canonical) => {
                let again = kind.read(canonical.clone());
                assert_eq!(
                    again.as_ref().ok(),
                    Some(&canonical),
                    "{}: the canonical form of {value} is not read back unchanged: {again:?}",
                    kind.name
                );
                let rewritten = serde_json::to_vec(value).expect("a value writes");
                if let Err(error) = kind.read_text(&rewritten) {
                    panic!(
                        "{}: the value reader accepts {value} but the text reader refuses it: {error}",
                        kind.name
                    );
                }
            }
            Err(error) => assert!(
                by_text.is_err(),
                "{}: the text reader accepts what the value reader refuses ({error})",
                kind.name
            ),
        }
    }
}

struct Validators {
    quick: Validator,
    explaining: Validator,
    strict: Validator,
}

fn validators() -> &'static Validators {
    static VALIDATORS: OnceLock<Validators> = OnceLock::new();
    VALIDATORS.get_or_init(|| Validators {
        quick: Validator::new(false).expect("the built-in schemas compile"),
        explaining: Validator::new(false)
            .expect("the built-in schemas compile")
            .explaining_every_payload(),
        strict: Validator::new(true).expect("the built-in schemas compile"),
    })
}

/// The validator on one payload's bytes, with the kind detected and with every kind given: no
/// internal error, every finding at a real position (line and column from 1) and a JSON path,
/// the quick verdict the same as the explaining path's, a valid payload read by the typed model,
/// and nothing valid in strict mode that is invalid otherwise.
pub fn validate(data: &[u8]) {
    let v = validators();
    let givens = std::iter::once(None).chain(KINDS.iter().map(Some));
    for given in givens {
        let outcome = v.quick.validate(data, given);
        for finding in &outcome.findings {
            assert_ne!(finding.category, Category::Internal, "{finding}");
            assert!(finding.path.starts_with('$'), "{finding}");
            assert!(
                finding.line >= 1 && finding.column >= 1,
                "a finding without a position: {finding}"
            );
        }
        if outcome.is_valid() {
            // The quick path answered alone; the explaining path must say the same.
            let full = v.explaining.validate(data, given);
            assert_eq!(outcome, full, "quick and explaining paths differ");
            let name = outcome.kind.expect("a valid payload has a kind");
            let kind = periskope_contract::kind(name).expect("a known kind");
            if let Err(error) = kind.read_text(data) {
                panic!("valid as {name} but the model refuses it: {error}");
            }
        }
        let strict = v.strict.validate(data, given);
        assert!(
            !strict.is_valid() || outcome.is_valid(),
            "valid in strict mode only: {strict:?} vs {outcome:?}"
        );
    }
}

fn scratch_dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("periskope-oracles-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch folder");
        dir
    })
}

/// The whole `validate` run on a file of these bytes, read as one JSON document (`.json`) and
/// as NDJSON (`.ndjson`), in every output format: it finishes, reads the file, counts every
/// payload once as valid or invalid; its JSON output is one JSON object per line, its SARIF one
/// JSON document with a result per finding, its JUnit XML a test case per payload and only
/// characters XML can hold.
pub fn validate_file(data: &[u8]) {
    let validator = &validators().quick;
    for name in ["payload.json", "payloads.ndjson"] {
        let path = scratch_dir().join(name);
        std::fs::write(&path, data).expect("the scratch file is written");
        let path = path.to_string_lossy().into_owned();
        for format in [
            Format::Human,
            Format::Json,
            Format::Github,
            Format::Junit,
            Format::Sarif,
        ] {
            let options = Options {
                kind: None,
                kind_from_folder: false,
                format,
                jobs: 1,
                step_summary: None,
                exchanges: false,
            };
            let mut out = Vec::new();
            let summary = run::run(validator, std::slice::from_ref(&path), &options, &mut out)
                .expect("writing to memory does not fail");
            assert_eq!(summary.files, 1, "{summary:?}");
            assert_eq!(summary.unreadable, 0, "{summary:?}");
            assert_eq!(
                summary.payloads,
                summary.valid + summary.invalid,
                "{summary:?}"
            );
            assert!(summary.payloads >= 1, "{summary:?}");
            let text = String::from_utf8(out).expect("the report is UTF-8");
            match format {
                Format::Json => {
                    for line in text.lines() {
                        let record: Value = serde_json::from_str(line)
                            .unwrap_or_else(|e| panic!("not a JSON line ({e}): {line}"));
                        assert!(record.is_object(), "{line}");
                    }
                }
                Format::Sarif => {
                    let log: Value = serde_json::from_str(&text)
                        .unwrap_or_else(|e| panic!("not one JSON document ({e}): {text}"));
                    let results = log["runs"][0]["results"].as_array().map(Vec::len);
                    assert_eq!(results, Some(summary.findings), "{text}");
                }
                Format::Junit => {
                    assert!(text.starts_with("<?xml"), "{text}");
                    assert!(text.ends_with("</testsuites>\n"), "{text}");
                    assert_eq!(
                        text.matches("<testcase ").count(),
                        summary.payloads,
                        "{text}"
                    );
                    // XML 1.0 holds no control character but tab and line breaks, nor
                    // U+FFFE and U+FFFF.
                    let holdable = |c: char| match c {
                        '\t' | '\n' | '\r' => true,
                        '\u{FFFE}' | '\u{FFFF}' => false,
                        c => u32::from(c) >= 0x20,
                    };
                    assert!(text.chars().all(holdable), "{text:?}");
                }
                Format::Human | Format::Github => {}
            }
        }
    }
}

fn timestamp_round_trips(timestamp: Timestamp) {
    let written = serde_json::to_string(&timestamp).expect("a timestamp writes");
    let back: Timestamp = serde_json::from_str(&written)
        .unwrap_or_else(|e| panic!("{written} is written but not read back: {e}"));
    assert_eq!(back, timestamp, "{written}");
    let instant = timestamp.to_datetime();
    if let Some(text) = timestamp.as_rfc3339() {
        let chrono = DateTime::parse_from_rfc3339(text)
            .unwrap_or_else(|e| panic!("chrono refuses the written {text}: {e}"));
        assert_eq!(chrono, instant, "{text}");
        assert_eq!(chrono.offset(), instant.offset(), "{text}");
        assert_eq!(timestamp.to_string(), text);
        let digits = text.split_once('.').map_or(0, |(_, rest)| {
            rest.bytes().take_while(u8::is_ascii_digit).count()
        });
        assert_eq!(usize::from(timestamp.fraction_digits()), digits, "{text}");
    }
}

/// The timestamp reader on these bytes as text, as JSON and (the first eight) as an epoch
/// integer: a timestamp that is read is written as RFC 3339 or its integer, read back equal, and
/// names the same instant and offset as chrono's own RFC 3339 reader does for the written text.
pub fn timestamp(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(timestamp) = Timestamp::parse(text)
    {
        timestamp_round_trips(timestamp);
    }
    if let Ok(timestamp) = serde_json::from_slice::<Timestamp>(data) {
        timestamp_round_trips(timestamp);
    }
    if let Some(bytes) = data.get(..8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(bytes);
        if let Ok(timestamp) = Timestamp::from_epoch(i64::from_le_bytes(word)) {
            timestamp_round_trips(timestamp);
        }
    }
}

fn id_round_trips<T: DeserializeOwned + Serialize + AsRef<str>>(data: &[u8]) {
    let Ok(id) = serde_json::from_slice::<T>(data) else {
        return;
    };
    let text: String = serde_json::from_slice(data).expect("an id is read from a JSON string");
    assert_eq!(id.as_ref(), text, "the id is kept exactly as sent");
    let written = serde_json::to_string(&id).expect("an id writes");
    assert_eq!(
        written,
        serde_json::to_string(&text).expect("a string writes")
    );
}

/// The id readers on these bytes as text and as JSON: every id newtype and the message key
/// object (whose keys come in two spellings). Ids are kept exactly as sent, the predicates answer
/// on any text, and a message key is written and read back equal.
pub fn ids(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let chat = ChatId::new(text);
        assert!(!(chat.is_group() && chat.is_user()), "{text}");
        let contact = ContactId::new(text);
        assert!(text.starts_with(contact.user()), "{text}");
        let _ = contact.is_jid();
        let _ = MessageId::new(text).is_from_me();
    }
    id_round_trips::<OrgId>(data);
    id_round_trips::<PhoneId>(data);
    id_round_trips::<ChatId>(data);
    id_round_trips::<ContactId>(data);
    id_round_trips::<LabelId>(data);
    id_round_trips::<MessageId>(data);
    id_round_trips::<TicketId>(data);
    if let Ok(key) = periskope_model::from_slice::<MessageKey>(data) {
        let written = serde_json::to_value(&key).expect("a key writes");
        let back: MessageKey = periskope_model::from_value(written.clone())
            .unwrap_or_else(|e| panic!("{written} is written but not read back: {e}"));
        assert_eq!(back, key, "{written}");
    }
}
