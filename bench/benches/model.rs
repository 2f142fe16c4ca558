//! Speed of the typed model against `serde_json::Value` on the same bytes, in the same run.
//!
//! `cargo bench -p periskope-bench --bench model` prints, for each comparison, the median time
//! of each side over interleaved rounds and the ratio (baseline time / model time: above 1 means
//! the model is faster). Targets: parsing at least 3.0x faster than `Value`; writing at least
//! 1.2x faster; writing a `Timestamp` at most 2x the cost of writing the same text.
//!
//! `-- --quick` runs fewer rounds (for CI logs); figures are then noisier.

use std::hint::black_box;
use std::time::{Duration, Instant};

use periskope_bench::fixture_texts;
use periskope_model::{Chat, Message, Timestamp};
use serde_json::Value;

/// At least this many bytes of payloads per array.
const TARGET_BYTES: usize = 1 << 20;

/// A JSON array of the fixtures of `object` (every documented encoding), repeated to at least
/// [`TARGET_BYTES`].
fn payload_array(object: &str) -> Vec<u8> {
    let texts = fixture_texts(object);
    let mut out = b"[".to_vec();
    let mut first = true;
    while out.len() < TARGET_BYTES {
        for text in &texts {
            if !first {
                out.push(b',');
            }
            first = false;
            out.extend_from_slice(text.trim().as_bytes());
        }
    }
    out.push(b']');
    out
}

/// Median time of one call of `a` and of `b`, measured alternately.
fn compare(rounds: usize, mut a: impl FnMut(), mut b: impl FnMut()) -> (Duration, Duration) {
    // Warm up both.
    a();
    b();
    let mut times_a = Vec::with_capacity(rounds);
    let mut times_b = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let start = Instant::now();
        a();
        times_a.push(start.elapsed());
        let start = Instant::now();
        b();
        times_b.push(start.elapsed());
    }
    times_a.sort();
    times_b.sort();
    (times_a[rounds / 2], times_b[rounds / 2])
}

/// Median time of writing `a` and of writing `b` to JSON, each into its own reused buffer.
fn write_times<A: serde::Serialize, B: serde::Serialize>(
    rounds: usize,
    a: &A,
    b: &B,
) -> (Duration, Duration) {
    let capacity = serde_json::to_vec(b).map_or(0, |bytes| bytes.len() * 2);
    let mut buffer_a = Vec::with_capacity(capacity);
    let mut buffer_b = Vec::with_capacity(capacity);
    compare(
        rounds,
        || {
            buffer_a.clear();
            serde_json::to_writer(&mut buffer_a, a).expect("writes");
            black_box(&buffer_a);
        },
        || {
            buffer_b.clear();
            serde_json::to_writer(&mut buffer_b, b).expect("writes");
            black_box(&buffer_b);
        },
    )
}

fn report(name: &str, bytes: usize, model: Duration, baseline: Duration, target: &str) {
    let mb = bytes as f64 / 1e6;
    println!(
        "{name:<44} model {:>8.2} ms ({:>6.0} MB/s)  Value {:>8.2} ms ({:>6.0} MB/s)  ratio {:>5.2}x  (target {target})",
        model.as_secs_f64() * 1e3,
        mb / model.as_secs_f64(),
        baseline.as_secs_f64() * 1e3,
        mb / baseline.as_secs_f64(),
        baseline.as_secs_f64() / model.as_secs_f64(),
    );
}

fn parse_and_write<T>(name: &str, bytes: &[u8], rounds: usize)
where
    T: serde::de::DeserializeOwned + serde::Serialize,
{
    let (model, baseline) = compare(
        rounds,
        || {
            let typed: Vec<T> = periskope_model::from_slice(bytes).expect("the fixtures parse");
            black_box(typed);
        },
        || {
            let value: Value = serde_json::from_slice(bytes).expect("the fixtures are JSON");
            black_box(value);
        },
    );
    report(
        &format!("parse {name} (periskope_model::from_slice)"),
        bytes.len(),
        model,
        baseline,
        ">= 3.0x",
    );

    let (model, baseline) = compare(
        rounds,
        || {
            let typed: Vec<T> = serde_json::from_slice(bytes).expect("the fixtures parse");
            black_box(typed);
        },
        || {
            let value: Value = serde_json::from_slice(bytes).expect("the fixtures are JSON");
            black_box(value);
        },
    );
    report(
        &format!("parse {name} (serde_json::from_slice)"),
        bytes.len(),
        model,
        baseline,
        "for reference",
    );

    let typed: Vec<T> = serde_json::from_slice(bytes).expect("the fixtures parse");
    let value: Value = serde_json::to_value(&typed).expect("the model writes");
    let written = serde_json::to_vec(&typed).expect("the model writes").len();
    let (model, baseline) = write_times(rounds, &typed, &value);
    report(
        &format!("write {name}"),
        written,
        model,
        baseline,
        ">= 1.2x",
    );
}

fn timestamps(rounds: usize) {
    let texts: Vec<String> = (0..20_000)
        .map(|i| {
            let digits = [0usize, 3, 6][i % 3];
            let fraction = if digits == 0 {
                String::new()
            } else {
                format!(".{:0digits$}", (i * 7919) % 10usize.pow(digits as u32))
            };
            format!(
                "2025-01-{:02}T{:02}:{:02}:{:02}{fraction}+00:00",
                1 + i % 28,
                i % 24,
                i % 60,
                (i / 60) % 60
            )
        })
        .collect();
    let parsed: Vec<Timestamp> = texts
        .iter()
        .map(|t| Timestamp::parse(t).expect("valid"))
        .collect();
    let chrono: Vec<chrono::DateTime<chrono::FixedOffset>> =
        parsed.iter().map(Timestamp::to_datetime).collect();
    let (model, baseline) = write_times(rounds, &parsed, &texts);
    let cost = model.as_secs_f64() / baseline.as_secs_f64();
    println!(
        "{:<44} Timestamp {:>6.2} ms  String {:>6.2} ms  cost {cost:>5.2}x the text  (target <= 2.0x)",
        "write 20,000 timestamps",
        model.as_secs_f64() * 1e3,
        baseline.as_secs_f64() * 1e3,
    );
    let (chrono_time, baseline) = write_times(rounds, &chrono, &texts);
    println!(
        "{:<44} DateTime {:>6.2} ms  String {:>6.2} ms  cost {:>5.2}x the text  (for reference)",
        "write 20,000 chrono DateTime<FixedOffset>",
        chrono_time.as_secs_f64() * 1e3,
        baseline.as_secs_f64() * 1e3,
        chrono_time.as_secs_f64() / baseline.as_secs_f64(),
    );
}

fn main() {
    // `cargo bench` passes `--bench`; `--quick` asks for fewer rounds.
    let quick = std::env::args().any(|arg| arg == "--quick");
    let rounds = if quick { 7 } else { 31 };
    let chats = payload_array("chat");
    let messages = payload_array("message");
    println!(
        "payloads: {} chat bytes, {} message bytes, every fixture's encodings; median of {rounds} interleaved rounds",
        chats.len(),
        messages.len()
    );
    parse_and_write::<Chat>("Chat[]", &chats, rounds);
    parse_and_write::<Message>("Message[]", &messages, rounds);
    timestamps(rounds * 3);
}
