//! The `periskope-codegen generate` and `check` commands on a scratch folder.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Once;

/// The workspace's pinned JavaScript tools (`tests/js`), installed with `npm ci` when they are
/// not: the package's guards are compiled by them.
fn js_tools() -> PathBuf {
    static INSTALL: Once = Once::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/js");
    INSTALL.call_once(|| {
        if !dir.join("node_modules/esbuild/package.json").exists() {
            let status = Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
                .current_dir(&dir)
                .status()
                .expect("npm runs (Node.js compiles the package's guards)");
            assert!(status.success(), "npm ci in {} failed", dir.display());
        }
    });
    dir
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("periskope-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn run(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_periskope-codegen"))
        .args(args)
        .arg("--dir")
        .arg(dir)
        .arg("--js-tools")
        .arg(js_tools())
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn generate_then_check_passes_and_writes_every_file() {
    let dir = scratch("fresh");
    let generated = run(&["generate"], &dir);
    assert_eq!(
        generated.status.code(),
        Some(0),
        "{}",
        text(&generated.stderr)
    );
    let files = periskope_codegen::render_with_bundles(&js_tools()).expect("renders");
    assert!(
        files.iter().any(|file| file.path == "ts/index.js"),
        "the guards are generated"
    );
    for file in &files {
        let on_disk = std::fs::read_to_string(dir.join(&file.path))
            .unwrap_or_else(|e| panic!("{}: {e}", file.path));
        assert_eq!(on_disk, file.contents, "{}", file.path);
    }
    let checked = run(&["check"], &dir);
    assert_eq!(checked.status.code(), Some(0), "{}", text(&checked.stderr));
    assert_eq!(
        text(&checked.stdout),
        format!(
            "{}: all {} generated files are fresh\n",
            dir.display(),
            files.len()
        )
    );
}

#[test]
fn check_lists_stale_missing_and_extra_files_and_generate_repairs_them() {
    let dir = scratch("stale");
    assert_eq!(run(&["generate"], &dir).status.code(), Some(0));
    std::fs::write(dir.join("json/chat.schema.json"), "{}\n").expect("writes");
    std::fs::remove_file(dir.join("ts/index.d.ts")).expect("removes");
    std::fs::create_dir_all(dir.join("json/old")).expect("creates");
    std::fs::write(dir.join("json/old/gone.schema.json"), "{}\n").expect("writes");

    let checked = run(&["check"], &dir);
    assert_eq!(checked.status.code(), Some(1));
    let d = dir.display();
    assert_eq!(
        text(&checked.stderr),
        format!(
            "{d}/json/chat.schema.json: stale (differs from what the model generates)\n\
             {d}/ts/index.d.ts: missing\n\
             {d}/json/old/gone.schema.json: extra (no longer generated)\n\
             3 of the generated files in {d} are out of date; run `cargo run -p periskope-codegen -- generate` and commit the result\n"
        )
    );
    // check writes nothing.
    assert!(!dir.join("ts/index.d.ts").exists());

    let generated = run(&["generate"], &dir);
    assert_eq!(
        generated.status.code(),
        Some(0),
        "{}",
        text(&generated.stderr)
    );
    assert!(
        !dir.join("json/old").exists(),
        "the emptied folder is removed"
    );
    assert_eq!(run(&["check"], &dir).status.code(), Some(0));
}

#[test]
fn an_unreadable_folder_is_a_usage_error() {
    let dir = scratch("file");
    std::fs::write(&dir, "not a folder").expect("writes");
    let checked = run(&["check"], &dir);
    assert_eq!(checked.status.code(), Some(2), "{}", text(&checked.stderr));
    assert!(text(&checked.stderr).starts_with(&format!("error: {}: ", dir.display())));
}

#[test]
fn without_the_javascript_tools_generate_and_check_say_what_to_install() {
    let dir = scratch("no-tools");
    let tools = scratch("no-tools-js");
    std::fs::create_dir_all(&tools).expect("creates");
    for command in ["generate", "check"] {
        let output = Command::new(env!("CARGO_BIN_EXE_periskope-codegen"))
            .args([command, "--dir"])
            .arg(&dir)
            .arg("--js-tools")
            .arg(&tools)
            .output()
            .expect("the binary runs");
        assert_eq!(output.status.code(), Some(2), "{command}");
        assert_eq!(
            text(&output.stderr),
            format!(
                "error: the package's guards: {}: ajv is not installed; run `npm ci` in that folder\n",
                tools.display()
            ),
            "{command}"
        );
        assert!(!dir.exists(), "{command} wrote nothing");
    }
}
