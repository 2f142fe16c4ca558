//! The release: the workflow (`.github/workflows/release.yml`) against GitHub's workflow schema,
//! and the steps of `pypi/dist.sh` that run anywhere: the bare binary taken out of the wheel and
//! its checksum. The manylinux2014 wheel, linked by zig, is checked for its glibc symbols by an
//! ignored test (it compiles the whole tree again): `cargo test -p periskope-tests --test release
//! -- --ignored`.

mod ci;

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Output};

use ci::{python_env, repository, scratch_repository, text, the_wheel, tools, wheels};

/// Runs `pypi/dist.sh` with `args`.
fn dist(args: &[&OsStr], env: &[(&str, &OsStr)]) -> Output {
    let mut command = Command::new(repository().join("pypi/dist.sh"));
    command.args(args).env("MATURIN", tools().join("maturin"));
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("pypi/dist.sh runs")
}

/// `check-jsonschema --builtin-schema vendor.github-workflows` on `workflow`.
fn check_workflow(workflow: &Path) -> Output {
    Command::new(tools().join("check-jsonschema"))
        .args(["--builtin-schema", "vendor.github-workflows"])
        .arg(workflow)
        .output()
        .expect("check-jsonschema runs")
}

#[test]
fn the_release_workflow_passes_github_s_workflow_schema() {
    let workflow = repository().join(".github/workflows/release.yml");
    let checked = check_workflow(&workflow);
    assert!(checked.status.success(), "{}", text(&checked));

    // The same check refuses a workflow with a misspelled key, so it is not vacuous.
    let dir = scratch_repository("workflow-schema");
    let wrong = dir.join("wrong.yml");
    let text_of = std::fs::read_to_string(&workflow).expect("reads the workflow");
    std::fs::write(&wrong, text_of.replacen("runs-on:", "run-on:", 1)).expect("writes");
    let refused = check_workflow(&wrong);
    assert_eq!(refused.status.code(), Some(1), "{}", text(&refused));
}

#[test]
fn the_release_script_takes_the_bare_binary_out_of_the_wheel_with_its_checksum() {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("release-binaries");
    let _ = std::fs::remove_dir_all(&out);
    // No binary yet: there is nothing to sum, and that is an error.
    let empty = dist(&["checksums".as_ref(), out.as_os_str()], &[]);
    assert_eq!(empty.status.code(), Some(1), "{}", text(&empty));

    let wheel = the_wheel(wheels());
    let target = "x86_64-unknown-linux-gnu";
    let taken = dist(
        &[
            "binary".as_ref(),
            out.as_os_str(),
            target.as_ref(),
            wheel.as_os_str(),
        ],
        &[],
    );
    assert!(taken.status.success(), "{}", text(&taken));
    let binary = out.join(format!("periskope-schema-{target}"));
    let version = Command::new(&binary)
        .arg("--version")
        .output()
        .expect("the bare binary runs");
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("periskope-schema {}", env!("CARGO_PKG_VERSION"))
    );

    let summed = dist(&["checksums".as_ref(), out.as_os_str()], &[]);
    assert!(summed.status.success(), "{}", text(&summed));
    let sums = std::fs::read_to_string(out.join("SHA256SUMS")).expect("reads SHA256SUMS");
    let lines: Vec<&str> = sums.lines().collect();
    assert_eq!(lines.len(), 1, "one line per binary: {sums}");
    assert!(
        lines[0].ends_with(&format!("  periskope-schema-{target}")),
        "{sums}"
    );
    let checked = Command::new("sha256sum")
        .args(["-c", "SHA256SUMS"])
        .current_dir(&out)
        .output()
        .expect("sha256sum runs");
    assert!(checked.status.success(), "{}", text(&checked));

    // A file that is not a wheel is refused.
    let refused = dist(
        &[
            "binary".as_ref(),
            out.as_os_str(),
            target.as_ref(),
            out.join("SHA256SUMS").as_os_str(),
        ],
        &[],
    );
    assert!(!refused.status.success(), "{}", text(&refused));
}

/// The glibc symbol versions (`GLIBC_2.17` as `(2, 17)`) that `binary` needs, sorted, as
/// `objdump -T` lists them.
fn glibc_versions(binary: &Path) -> Vec<(u32, u32)> {
    let symbols = Command::new("objdump")
        .arg("-T")
        .arg(binary)
        .output()
        .expect("objdump runs (binutils)");
    assert!(symbols.status.success(), "{}", text(&symbols));
    let listing = String::from_utf8_lossy(&symbols.stdout);
    let mut versions: Vec<(u32, u32)> = listing
        .split("GLIBC_")
        .skip(1)
        .filter_map(|rest| {
            let version: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            let mut parts = version.split('.').map(|part| part.parse::<u32>().ok());
            Some((parts.next()??, parts.next().flatten().unwrap_or(0)))
        })
        .collect();
    versions.sort();
    versions.dedup();
    assert!(!versions.is_empty(), "no glibc symbol in: {listing}");
    versions
}

/// The Linux release wheel, linked by zig for manylinux2014, needs no glibc symbol version newer
/// than 2.17. It compiles the whole tree again with zig's linker in a target folder of its own
/// (minutes) and installs zig from PyPI, so it is ignored by default.
#[test]
#[ignore = "builds the command again with zig (minutes); run with --ignored"]
fn the_manylinux2014_wheel_needs_no_glibc_newer_than_2_17() {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("wheels-manylinux2014");
    let _ = std::fs::remove_dir_all(&out);
    let path = std::env::join_paths(std::iter::once(python_env("py-zig", "zig.txt")).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .expect("a PATH");
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("zig-target");
    let built = dist(
        &["manylinux".as_ref(), out.as_os_str()],
        &[
            ("PATH", &path),
            ("CARGO_TARGET_DIR", target_dir.as_os_str()),
        ],
    );
    assert!(built.status.success(), "{}", text(&built));
    let wheel = the_wheel(&out);
    let name = wheel.file_name().expect("a name").to_string_lossy();
    assert!(name.contains("manylinux2014_x86_64"), "{name}");

    let binaries = out.join("bin");
    let target = "x86_64-unknown-linux-gnu";
    let taken = dist(
        &[
            "binary".as_ref(),
            binaries.as_os_str(),
            target.as_ref(),
            wheel.as_os_str(),
        ],
        &[],
    );
    assert!(taken.status.success(), "{}", text(&taken));
    let versions = glibc_versions(&binaries.join(format!("periskope-schema-{target}")));
    let newest = versions.last().copied().expect("one version");
    assert!(
        newest <= (2, 17),
        "needs GLIBC_{}.{}: {versions:?}",
        newest.0,
        newest.1
    );
}
