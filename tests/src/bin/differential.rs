//! `differential`: the differential harness at scale. Judges every fixture, every single mutation
//! of it and then compound mutations (from a seed) until `--cases` payloads are judged, by the
//! typed parser, the `jsonschema` crate, ajv, the npm package's input guards and the validator;
//! prints the totals by kind and every disagreement, and exits 1 when there is one.
//!
//! ```text
//! cargo run --release -p periskope-tests --bin differential -- --cases 100000 --seed 1
//! ```

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use periskope_tests::differential::{Judges, Report, compound_cases, single_cases};

/// Judges mutated Periskope payloads five ways and reports where the judges disagree.
#[derive(Parser)]
#[command(name = "differential")]
struct Args {
    /// How many payloads to judge in all: every fixture and single mutation first, then compound
    /// mutations up to this number.
    #[arg(long, default_value_t = 100_000)]
    cases: usize,
    /// The seed of the compound mutations (the same seed gives the same cases).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Write each disagreement to this folder as a fixture (`{kind, description, payload}`).
    #[arg(long, value_name = "DIR")]
    keep: Option<PathBuf>,
}

/// Payloads sent to ajv at a time.
const BATCH: usize = 2_000;

fn main() -> ExitCode {
    let args = Args::parse();
    let started = Instant::now();
    let mut judges = Judges::new();
    let mut report = Report::default();
    let single = single_cases();
    let singles = single.len().min(args.cases);
    let compounds = args.cases - singles;
    eprintln!(
        "judging {singles} fixtures and single mutations, then {compounds} compound mutations (seed {})",
        args.seed
    );
    let mut cases = single
        .into_iter()
        .take(singles)
        .chain(compound_cases(args.seed, compounds).take(compounds));
    loop {
        let batch: Vec<_> = cases.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            break;
        }
        judges.judge(batch, &mut report);
        eprint!("\r{} judged", report.cases);
    }
    eprintln!();
    print!("{}", report.table());
    for disagreement in &report.disagreements {
        println!(
            "DISAGREEMENT {}: {:?}\n  {}",
            disagreement.case.description, disagreement.verdicts, disagreement.reasons
        );
    }
    for (case, detected) in &report.detection_passes {
        println!(
            "DETECTION PASS {}: refused as {}, passed as {}",
            case.description,
            case.kind.name,
            detected.unwrap_or("?")
        );
    }
    for (case, other) in &report.became_another_kind {
        println!(
            "BECAME ANOTHER KIND {}: refused as {}, a valid {other}",
            case.description, case.kind.name
        );
    }
    if let Some(dir) = &args.keep {
        if let Err(error) = std::fs::create_dir_all(dir) {
            eprintln!("cannot create {}: {error}", dir.display());
            return ExitCode::from(2);
        }
        for (index, disagreement) in report.disagreements.iter().enumerate() {
            let path = dir.join(format!("{}-{index}.json", disagreement.case.kind.name));
            let text = serde_json::to_string_pretty(&disagreement.fixture()).unwrap_or_default();
            if let Err(error) = std::fs::write(&path, text + "\n") {
                eprintln!("cannot write {}: {error}", path.display());
                return ExitCode::from(2);
            }
        }
    }
    println!(
        "{} cases ({singles} single, {compounds} compound, seed {}) in {:.1}s: {} accepted by all, {} refused by all, {} disagreements; without --type: {} refused payloads passed, {} accepted payloads refused",
        report.cases,
        args.seed,
        started.elapsed().as_secs_f64(),
        report.accepted,
        report.refused,
        report.disagreements.len(),
        report.detection_passes.len(),
        report.detection_refusals.values().sum::<usize>()
    );
    if report.disagreements.is_empty() && report.detection_passes.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
