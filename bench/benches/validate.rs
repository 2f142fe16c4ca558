//! Throughput of `periskope-schema validate` against parsing the same bytes into
//! `serde_json::Value` on one thread, in the same run.
//!
//! `cargo bench -p periskope-bench --bench validate` writes an NDJSON file of at least 200 MB
//! (every fixture whose kind its keys tell, so every documented encoding of those, one payload
//! per line, repeated) to the temporary folder, then alternates the two measurements and prints
//! the median of each and their ratio (baseline time / validation time: above 1 means validating
//! is faster). Target: 1.2x or more, validating on every core. It also prints what one
//! payload's checks cost on one thread.
//!
//! `-- --quick` uses 40 MB and fewer rounds (for CI logs); `-- --mb N` sets the size.

use std::hint::black_box;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use periskope_bench::fixture_lines;
use periskope_validate::Validator;
use periskope_validate::run::{self, Format, Options};
use serde_json::Value;

/// Writes an NDJSON file of at least `bytes` bytes; returns its path and payload count.
fn write_ndjson(bytes: usize) -> (PathBuf, usize) {
    let path = std::env::temp_dir().join(format!("periskope-bench-{}.ndjson", std::process::id()));
    let lines = fixture_lines();
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).expect("temp file"));
    let (mut written, mut count) = (0, 0);
    while written < bytes {
        for line in &lines {
            out.write_all(line.as_bytes()).expect("writes");
            out.write_all(b"\n").expect("writes");
            written += line.len() + 1;
            count += 1;
        }
    }
    out.flush().expect("writes");
    (path, count)
}

/// Single-thread baseline: read the file line by line and parse each line into a `Value`.
fn parse_values(path: &Path) -> usize {
    let mut reader = BufReader::with_capacity(1 << 16, std::fs::File::open(path).expect("opens"));
    let mut line = Vec::new();
    let mut count = 0;
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line).expect("reads") == 0 {
            return count;
        }
        let value: Value = serde_json::from_slice(&line).expect("valid JSON");
        black_box(&value);
        count += 1;
    }
}

fn validate(validator: &Validator, path: &Path, jobs: usize) -> usize {
    let options = Options {
        kind: None,
        kind_from_folder: false,
        format: Format::Human,
        jobs,
        step_summary: None,
        exchanges: false,
    };
    let summary = run::run(
        validator,
        &[path.display().to_string()],
        &options,
        &mut std::io::sink(),
    )
    .expect("runs");
    assert_eq!(summary.invalid, 0, "every fixture is valid");
    summary.payloads
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let quick = args.iter().any(|a| a == "--quick");
    let mb: usize = args
        .iter()
        .position(|a| a == "--mb")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(if quick { 40 } else { 200 });
    let rounds = if quick { 3 } else { 5 };
    let jobs = std::thread::available_parallelism().map_or(1, usize::from);
    let (path, payloads) = write_ndjson(mb * 1_000_000);
    let size = std::fs::metadata(&path).expect("written").len() as f64 / 1e6;
    let validator = Validator::new(false).expect("schemas compile");

    // Warm the page cache and both code paths.
    assert_eq!(parse_values(&path), payloads);
    assert_eq!(validate(&validator, &path, jobs), payloads);
    let (mut baseline, mut checked) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        let start = Instant::now();
        parse_values(&path);
        baseline.push(start.elapsed());
        let start = Instant::now();
        validate(&validator, &path, jobs);
        checked.push(start.elapsed());
    }
    let (baseline, checked) = (median(baseline), median(checked));
    println!(
        "NDJSON: {size:.0} MB, {payloads} payloads (every fixture whose kind its keys tell); median of {rounds} alternating rounds; {jobs} threads"
    );
    println!(
        "parse into Value, 1 thread      {:8.1} ms ({:5.0} MB/s)",
        baseline.as_secs_f64() * 1e3,
        size / baseline.as_secs_f64()
    );
    println!(
        "validate, {jobs} threads            {:8.1} ms ({:5.0} MB/s)  ratio {:.2}x  (target >= 1.2x)",
        checked.as_secs_f64() * 1e3,
        size / checked.as_secs_f64(),
        baseline.as_secs_f64() / checked.as_secs_f64()
    );

    // Where one payload's time goes, on one thread, over the distinct fixtures.
    let lines = fixture_lines();
    let repeat = if quick { 200 } else { 1000 };
    let time = |f: &dyn Fn(&str)| {
        let start = Instant::now();
        for _ in 0..repeat {
            for line in &lines {
                f(line);
            }
        }
        start.elapsed().as_secs_f64()
    };
    let value_time = time(&|line| {
        black_box(serde_json::from_str::<Value>(line).expect("JSON"));
    });
    let validate_time = time(&|line| {
        black_box(validator.validate(line.as_bytes(), None));
    });
    println!(
        "one thread: validating a payload costs {:.2}x parsing it into a Value",
        validate_time / value_time
    );
    let _ = std::fs::remove_file(&path);
}
