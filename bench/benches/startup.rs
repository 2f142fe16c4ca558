//! What one run of the installed command costs, the way a pre-commit hook or a CI step runs it:
//! the release binary `periskope-schema` as a process, beside `periskope-schema --version` (the
//! cost of starting at all) and beside the tools users would otherwise run, in the same session.
//!
//! `cargo bench -p periskope-bench --bench startup` needs the release build of the command
//! (`cargo build --release --bin periskope-schema`, which the README's main command makes) and
//! `/usr/bin/time` (Debian's `time`), which reports each process's CPU time and peak memory.
//!
//! - **One file**: `validate` of the documented chat, with and without `--type chat`, against
//!   `--version`: CPU time per run (a batch of runs under one `time`, divided) and peak memory
//!   (the median of single runs). Targets: ≤ 10 ms of CPU and ≤ 16 MiB.
//! - **3,000 small files**: `validate` of a folder of 3,000 chat files against check-jsonschema
//!   (the pinned one of `tests/py/tools.txt`, installed into the target folder as the tests
//!   install it) and ajv-cli (`tests/js`, after `npm ci` there), wall time. Targets: ≥ 20x
//!   check-jsonschema, ≥ 2x ajv-cli. A tool that is missing is reported as skipped.
//! - **1 GB NDJSON** (not with `--quick`): peak memory of `validate` over an NDJSON file of every
//!   fixture whose kind its keys tell, repeated to 1 GB. Target: ≤ 64 MiB.
//!
//! `-- --quick` runs fewer rounds and skips the 1 GB file (for CI logs); `-- --binary PATH`
//! measures another build of the command (an earlier release, to compare).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use periskope_bench::{fixture_lines, fixture_texts, fixtures_dir};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let quick = args.iter().any(|arg| arg == "--quick");
    let given = args
        .iter()
        .position(|arg| arg == "--binary")
        .and_then(|index| args.get(index + 1))
        .map(PathBuf::from);
    let Some(binary) = given.or_else(command_binary) else {
        eprintln!(
            "startup: no release build of periskope-schema next to this benchmark; run `cargo build --release --bin periskope-schema` first"
        );
        std::process::exit(1);
    };
    if !Path::new(TIME).is_file() {
        eprintln!("startup: {TIME} not found (Debian's package `time`)");
        std::process::exit(1);
    }
    let scratch = std::env::temp_dir().join(format!("periskope-startup-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("a scratch folder");
    one_file(&binary, quick);
    many_files(&binary, &scratch, quick);
    if !quick {
        big_ndjson(&binary, &scratch);
    }
    let _ = std::fs::remove_dir_all(&scratch);
}

const TIME: &str = "/usr/bin/time";

/// `target/release/periskope-schema`, beside the folder this benchmark runs from.
fn command_binary() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let release = exe.parent()?.parent()?;
    let binary = release.join("periskope-schema");
    binary.is_file().then_some(binary)
}

/// CPU seconds (user + system) and peak memory in MiB of `program args`, run `times` times in a
/// row by one shell under `time`: the CPU time is per run, the memory the largest of any.
fn measure(program: &Path, args: &[&str], times: usize) -> (f64, f64) {
    let mut line = String::new();
    for arg in std::iter::once(program.to_string_lossy().as_ref()).chain(args.iter().copied()) {
        line.push_str(&shell_quote(arg));
        line.push(' ');
    }
    let script =
        format!("i=0; while [ $i -lt {times} ]; do {line} >/dev/null 2>&1; i=$((i+1)); done");
    let output = Command::new(TIME)
        .args(["-f", "%U %S %M", "sh", "-c", &script])
        .output()
        .expect("time runs");
    let report = String::from_utf8_lossy(&output.stderr);
    let figures: Vec<f64> = report
        .lines()
        .last()
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|figure| figure.parse().ok())
        .collect();
    match figures.as_slice() {
        [user, system, kib] => ((user + system) / times as f64, kib / 1024.0),
        _ => panic!("unexpected output of {TIME}: {report}"),
    }
}

fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

fn met(yes: bool) -> &'static str {
    if yes { "met" } else { "NOT MET" }
}

/// One documented chat: `validate` with and without `--type`, against `--version`.
fn one_file(binary: &Path, quick: bool) {
    let chat = fixtures_dir().join("chat/documented.json");
    let chat = chat.to_string_lossy();
    let cases: [(&str, Vec<&str>); 3] = [
        ("--version", vec!["--version"]),
        ("validate chat.json", vec!["validate", &chat]),
        (
            "validate --type chat chat.json",
            vec!["validate", "--type", "chat", &chat],
        ),
    ];
    let (rounds, batch) = if quick { (3, 20) } else { (7, 200) };
    let mut cpu = vec![Vec::new(); cases.len()];
    let mut peak = vec![Vec::new(); cases.len()];
    for _ in 0..rounds {
        for (index, (_, args)) in cases.iter().enumerate() {
            let (seconds, _) = measure(binary, args, batch);
            let (_, mib) = measure(binary, args, 1);
            if let (Some(cpu), Some(peak)) = (cpu.get_mut(index), peak.get_mut(index)) {
                cpu.push(seconds);
                peak.push(mib);
            }
        }
    }
    println!(
        "one file: CPU per run (median of {rounds} batches of {batch}) and peak memory (median of {rounds} runs)"
    );
    let base = median(cpu.first().cloned().unwrap_or_default());
    for (index, (name, _)) in cases.iter().enumerate() {
        let seconds = median(cpu.get(index).cloned().unwrap_or_default());
        let mib = median(peak.get(index).cloned().unwrap_or_default());
        let verdict = if index == 0 {
            String::new()
        } else {
            format!(
                "  target <= 10 ms and <= 16 MiB: {}",
                met(seconds <= 0.010 && mib <= 16.0)
            )
        };
        println!(
            "  {name:<32} {:>6.2} ms CPU ({:>5.1}x --version)  {mib:>5.1} MiB{verdict}",
            seconds * 1000.0,
            seconds / base
        );
    }
}

/// The wall time of one run of `command`, in seconds; `None` when it cannot be started.
fn wall(command: &mut Command) -> Option<f64> {
    let started = Instant::now();
    let status = command.output().ok()?.status;
    let seconds = started.elapsed().as_secs_f64();
    if !status.success() {
        eprintln!("startup: {command:?} exited with {status}");
    }
    Some(seconds)
}

/// 3,000 chat files: `validate` against check-jsonschema and ajv-cli.
fn many_files(binary: &Path, scratch: &Path, quick: bool) {
    let dir = scratch.join("files");
    std::fs::create_dir_all(&dir).expect("a folder");
    let chats = fixture_texts("chat");
    let mut paths = Vec::new();
    for index in 0..3000 {
        let path = dir.join(format!("chat-{index:04}.json"));
        let text = chats.get(index % chats.len()).expect("a chat fixture");
        std::fs::write(&path, text).expect("writes a payload");
        paths.push(path);
    }
    let repository = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let schema = repository.join("schemas/json/chat.schema.json");
    let check_jsonschema = check_jsonschema(&repository);
    let ajv = repository.join("tests/js/node_modules/ajv-cli/dist/index.js");
    let rounds = if quick { 1 } else { 3 };
    let (mut ours, mut theirs, mut ajvs) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..rounds {
        ours.extend(wall(Command::new(binary).arg("validate").arg(&dir)));
        if let Some(tool) = &check_jsonschema {
            theirs.extend(wall(
                Command::new(tool)
                    .arg("--schemafile")
                    .arg(&schema)
                    .args(&paths),
            ));
        }
        if ajv.is_file() {
            ajvs.extend(wall(
                Command::new("node")
                    .arg(&ajv)
                    .args(["validate", "--spec=draft2020", "-c", "ajv-formats"])
                    .arg("--allow-union-types")
                    .arg("-s")
                    .arg(&schema)
                    .arg("-d")
                    .arg(dir.join("*.json")),
            ));
        }
    }
    let ours = median(ours);
    println!("3,000 chat files: wall time, median of {rounds}");
    println!("  periskope-schema validate DIR    {:>8.3} s", ours);
    for (name, times, target) in [("check-jsonschema", theirs, 20.0), ("ajv-cli", ajvs, 2.0)] {
        if times.is_empty() {
            println!("  {name:<32} skipped (not installed)");
            continue;
        }
        let theirs = median(times);
        println!(
            "  {name:<32} {theirs:>8.3} s: validate is {:.1}x faster  target >= {target}x: {}",
            theirs / ours,
            met(theirs / ours >= target)
        );
    }
}

/// check-jsonschema of `tests/py/tools.txt`, in the virtual environment the tests make in the
/// target folder; made here when it is not there yet (the tests then find it made).
fn check_jsonschema(repository: &Path) -> Option<PathBuf> {
    let target = std::env::current_exe()
        .ok()?
        .parent()?
        .parent()?
        .parent()?
        .to_path_buf();
    let venv = target.join("tmp/py-tools");
    let requirements = repository.join("tests/py/tools.txt");
    let wanted = std::fs::read_to_string(&requirements).ok()?;
    let stamp = venv.join("installed.txt");
    if std::fs::read_to_string(&stamp).ok().as_deref() != Some(wanted.as_str()) {
        let _ = std::fs::remove_dir_all(&venv);
        let made = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()
            .ok()?;
        let installed = made.success()
            && Command::new(venv.join("bin/pip"))
                .args(["install", "--quiet", "--disable-pip-version-check", "-r"])
                .arg(&requirements)
                .status()
                .ok()?
                .success();
        if !installed {
            return None;
        }
        std::fs::write(&stamp, wanted).ok()?;
    }
    Some(venv.join("bin/check-jsonschema"))
}

/// Peak memory of `validate` over 1 GB of NDJSON.
fn big_ndjson(binary: &Path, scratch: &Path) {
    let path = scratch.join("big.ndjson");
    let lines = fixture_lines();
    let mut text = String::new();
    for line in &lines {
        text.push_str(line);
        text.push('\n');
    }
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).expect("a file"));
    let (mut written, mut payloads) = (0usize, 0usize);
    while written < 1 << 30 {
        std::io::Write::write_all(&mut file, text.as_bytes()).expect("writes");
        written += text.len();
        payloads += lines.len();
    }
    std::io::Write::flush(&mut file).expect("writes");
    drop(file);
    let path_text = path.to_string_lossy();
    let started = Instant::now();
    let (_, mib) = measure(binary, &["validate", &path_text], 1);
    println!(
        "1 GB NDJSON ({payloads} payloads): peak {mib:.1} MiB in {:.1} s  target <= 64 MiB: {}",
        started.elapsed().as_secs_f64(),
        met(mib <= 64.0)
    );
    let _ = std::fs::remove_file(&path);
}
