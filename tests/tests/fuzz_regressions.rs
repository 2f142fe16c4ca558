//! The fuzz targets' properties (`periskope_tests::oracles`) on every input a fuzzer once found
//! (`fuzz/regressions/TARGET/`, kept after the fix) and on every fixture, so that a fixed finding
//! stays fixed without a fuzzer.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use periskope_tests::oracles::TARGETS;

/// The inputs in `fuzz/regressions/<target>/`, by file name (an absent folder has none).
fn regressions(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/regressions")
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut out: Vec<(String, Vec<u8>)> = entries
        .map(|entry| {
            let path = entry
                .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
                .path();
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            (format!("fuzz/regressions/{target}/{name}"), bytes)
        })
        .collect();
    out.sort();
    out
}

/// Runs `check` on each input and returns the ones it panics on, with the panic message.
fn failures(check: fn(&[u8]), inputs: &[(String, Vec<u8>)]) -> Vec<String> {
    let mut out = Vec::new();
    for (name, bytes) in inputs {
        if let Err(panic) = catch_unwind(AssertUnwindSafe(|| check(bytes))) {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            out.push(format!("{name}: {message}"));
        }
    }
    out
}

#[test]
fn every_input_a_fuzzer_found_keeps_its_property() {
    let mut problems = Vec::new();
    let mut count = 0;
    for (target, check) in TARGETS {
        let inputs = regressions(target);
        count += inputs.len();
        problems.extend(failures(*check, &inputs));
    }
    assert!(count > 0, "no inputs under fuzz/regressions/");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_fuzz_properties_hold_on_every_fixture() {
    let fixtures: Vec<(String, Vec<u8>)> = periskope_contract::KINDS
        .iter()
        .flat_map(|kind| periskope_tests::fixtures(kind.name))
        .map(|fixture| (fixture.display_path(), fixture.text.into_bytes()))
        .collect();
    assert!(fixtures.len() > 50, "{} fixtures", fixtures.len());
    let mut problems = Vec::new();
    for (_, check) in TARGETS {
        problems.extend(failures(*check, &fixtures));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_broken_property_is_reported_with_the_input_name() {
    let broken: fn(&[u8]) = |data| assert!(data.is_empty(), "not empty");
    let inputs = [("a".to_owned(), Vec::new()), ("b".to_owned(), vec![b'x'])];
    assert_eq!(failures(broken, &inputs), vec!["b: not empty".to_owned()]);
}
