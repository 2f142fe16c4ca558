//! Support for the cross-crate tests: fixtures, value diffs that name key paths, readable reports
//! for snapshots, and the proptest settings (the strategies are `periskope_model::strategies`).

pub mod differential;
pub mod extras;
pub mod js;
pub mod mutations;
pub mod oracles;

use std::path::{Path, PathBuf};

use proptest::test_runner::Config as ProptestConfig;
use serde_json::Value;

/// One fixture file: `tests/fixtures/<object>/<case>.json`.
#[derive(Clone, Debug)]
pub struct Fixture {
    /// The folder, named for the model type: `phone`, `chat`, `chat-member` or `message`.
    pub object: String,
    /// The file name without `.json`.
    pub case: String,
    /// Where the file is.
    pub path: PathBuf,
    /// The file's text.
    pub text: String,
}

impl Fixture {
    /// The path from the repository root, such as `tests/fixtures/chat/documented.json`.
    pub fn display_path(&self) -> String {
        format!("tests/fixtures/{}/{}.json", self.object, self.case)
    }

    /// True for the documented payloads that are already in canonical form and must be written
    /// back exactly.
    pub fn is_canonical(&self) -> bool {
        self.case == "documented"
    }

    /// The name used for its snapshot: `<object>__<case>`.
    pub fn snapshot_name(&self) -> String {
        format!("{}__{}", self.object, self.case)
    }
}

/// The folder holding the fixtures.
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// Every fixture of one object, sorted by case name. A kind with no folder of its own (a body the
/// endpoint catalog gained) has its documented example, `contract/documented/<kind>.json`, as its
/// one fixture, `reference`. Panics when a folder cannot be read, since a test without its
/// fixtures must not pass.
pub fn fixtures(object: &str) -> Vec<Fixture> {
    let dir = fixtures_dir().join(object);
    if !dir.exists()
        && let Some(text) = periskope_contract::documented(object)
    {
        return vec![Fixture {
            object: object.to_owned(),
            case: "reference".to_owned(),
            path: documented_path(object),
            text: text.to_owned(),
        }];
    }
    let mut found: Vec<Fixture> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| {
            entry
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
                .path()
        })
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .map(|path| Fixture {
            object: object.to_owned(),
            case: path
                .file_stem()
                .map(|stem| stem.to_string_lossy().into_owned())
                .unwrap_or_default(),
            text: std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display())),
            path,
        })
        .collect();
    found.sort_by(|a, b| a.case.cmp(&b.case));
    assert!(!found.is_empty(), "no fixtures in {}", dir.display());
    found
}

/// Where the documented example of `kind` is: `contract/documented/<kind>.json`.
pub fn documented_path(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../contract/documented")
        .join(format!("{kind}.json"))
}

/// The path of a child of `path`: `$.key`, or `$["odd key"]` for keys that are not plain words.
pub fn child_path(path: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if plain {
        format!("{path}.{key}")
    } else {
        format!("{path}[{key:?}]")
    }
}

/// Every difference between two JSON values, one line each, naming the key path:
/// `$.latest_message.ack: "4" became 4`, `$.x: 1 was removed`, `$.y: 2 was added`.
/// Numbers compare by their JSON representation, so `1` and `1.0` differ.
pub fn diff(first: &Value, second: &Value) -> Vec<String> {
    let mut out = Vec::new();
    diff_at("$", first, second, &mut out);
    out
}

fn diff_at(path: &str, first: &Value, second: &Value, out: &mut Vec<String>) {
    match (first, second) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                match b.get(key) {
                    Some(other) => diff_at(&child_path(path, key), value, other, out),
                    None => out.push(format!("{}: {value} was removed", child_path(path, key))),
                }
            }
            for (key, value) in b {
                if !a.contains_key(key) {
                    out.push(format!("{}: {value} was added", child_path(path, key)));
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for (index, (x, y)) in a.iter().zip(b).enumerate() {
                diff_at(&format!("{path}[{index}]"), x, y, out);
            }
            if a.len() != b.len() {
                out.push(format!("{path}: {} items became {}", a.len(), b.len()));
            }
        }
        _ if first == second => {}
        _ => out.push(format!("{path}: {first} became {second}")),
    }
}

/// Panics with every differing key path when the two values differ.
pub fn assert_same_json(context: &str, expected: &Value, actual: &Value) {
    let differences = diff(expected, actual);
    assert!(
        differences.is_empty(),
        "{context}: {} difference(s):\n  {}",
        differences.len(),
        differences.join("\n  ")
    );
}

/// A readable report of how a payload went through the model, for snapshots: the canonical JSON,
/// the unknown keys kept, and each rewrite from the input into canonical form.
pub fn report(input: &Value, canonical: &Value, unknown: &[(String, Value)]) -> String {
    let mut out = String::new();
    out.push_str("canonical form:\n");
    out.push_str(&serde_json::to_string_pretty(canonical).unwrap_or_default());
    out.push_str(&format!("\n\nunknown keys kept ({}):\n", unknown.len()));
    for (path, value) in unknown {
        out.push_str(&format!("  {path}: {value}\n"));
    }
    let rewrites = diff(input, canonical);
    out.push_str(&format!(
        "\nrewritten into canonical form ({}):\n",
        rewrites.len()
    ));
    for line in rewrites {
        out.push_str(&format!("  {line}\n"));
    }
    out
}

/// The proptest settings of every property test: at least 1,000 cases per test;
/// `PROPTEST_CASES` may raise it, never lower it.
pub fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(1000u32)
        .max(1000);
    ProptestConfig {
        cases,
        max_shrink_iters: 2000,
        ..ProptestConfig::default()
    }
}
