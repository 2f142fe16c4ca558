//! Embeds every documented example, `documented/<kind>.json`, as `(kind, text)` in
//! `$OUT_DIR/documented.rs`, so that a kind finds its example by name: a new file here is a new
//! kind's example with nothing else to edit.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // Read when the script runs, not when it was compiled: a build script compiled for a checkout
    // elsewhere (a moved folder, a target folder shared between worktrees) is reused by cargo.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("documented");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let name = path
                .file_name()?
                .to_str()?
                .strip_suffix(".json")?
                .to_owned();
            Some((name, path))
        })
        .collect();
    files.sort();
    let mut out = String::from(
        "/// Every documented example, `(kind, JSON text)`, sorted by kind.\n\
         pub(crate) static DOCUMENTED: &[(&str, &str)] = &[\n",
    );
    for (name, path) in files {
        println!("cargo::rerun-if-changed={}", path.display());
        let _ = writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let target =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("documented.rs");
    std::fs::write(&target, out).unwrap_or_else(|error| panic!("{}: {error}", target.display()));
}
