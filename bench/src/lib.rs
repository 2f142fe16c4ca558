//! What the benchmarks share: the repository's fixtures, read from `tests/fixtures/`.
//!
//! `cargo bench -p periskope-bench --bench model` compares the typed model with
//! `serde_json::Value`; `--bench validate` compares `periskope-schema validate` with parsing the
//! same bytes. Each prints its figures as ratios against its baseline in the same run.

use std::path::{Path, PathBuf};

/// The folder of the fixtures, one folder per object.
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

/// The `.json` files of `dir`, sorted by name. Panics when the folder cannot be read, since a
/// benchmark without its payloads measures nothing.
fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| {
            entry
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
                .path()
        })
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {}", dir.display());
    files
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The text of every fixture of `object` (such as `chat`), sorted by case name.
pub fn fixture_texts(object: &str) -> Vec<String> {
    json_files(&fixtures_dir().join(object))
        .iter()
        .map(|path| read(path))
        .collect()
}

/// Every fixture that validate tells from its keys, as one compact JSON line, objects and cases
/// sorted by name. Request bodies and answers whose keys do not tell their kind are left out:
/// validate checks them only when told it.
pub fn fixture_lines() -> Vec<String> {
    let root = fixtures_dir();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", root.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();
    let validator = periskope_validate::Validator::new(false)
        .unwrap_or_else(|e| panic!("the built-in schemas: {e}"));
    dirs.iter()
        .flat_map(|dir| json_files(dir))
        .map(|path| {
            let value: serde_json::Value = serde_json::from_str(&read(&path))
                .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
            value.to_string()
        })
        .filter(|line| validator.validate(line.as_bytes(), None).is_valid())
        .collect()
}
