//! The battery's report: human lines, one JSON document, or JUnit XML.

use std::fmt::Write as _;

use serde_json::json;

use super::battery::{Grade, Graded};
use crate::report::junit::escape;

/// How `check-receiver` writes its report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A line per case, the reasons, and a summary.
    Human,
    /// One JSON object: the target, every case and the counts.
    Json,
    /// JUnit XML: a test case per delivery, a failure per FAIL.
    Junit,
}

/// The number of cases of each grade: pass, warn, fail.
pub fn counts(graded: &[Graded]) -> (usize, usize, usize) {
    let count = |grade| graded.iter().filter(|g| g.grade == grade).count();
    (count(Grade::Pass), count(Grade::Warn), count(Grade::Fail))
}

/// The report of `graded` for the endpoint `target`.
pub fn render(format: Format, target: &str, graded: &[Graded]) -> String {
    match format {
        Format::Human => human(target, graded),
        Format::Json => json(target, graded),
        Format::Junit => junit(target, graded),
    }
}

fn status(g: &Graded) -> String {
    match (g.status, g.elapsed) {
        (Some(status), Some(elapsed)) => format!("{status} in {} ms", elapsed.as_millis()),
        _ => "no answer".into(),
    }
}

fn human(target: &str, graded: &[Graded]) -> String {
    let mut out = format!("check-receiver {target}: {} deliveries\n", graded.len());
    let width = graded.iter().map(|g| g.name.len()).max().unwrap_or(0);
    for g in graded {
        let _ = writeln!(
            out,
            "{}  {:width$}  expected {:<4} got {}",
            g.grade.as_str(),
            g.name,
            g.expect.to_string(),
            status(g)
        );
        if !g.reason.is_empty() {
            let _ = writeln!(out, "      {}", g.reason);
        }
    }
    let (pass, warn, fail) = counts(graded);
    let _ = writeln!(out, "{pass} passed, {warn} warned, {fail} failed");
    out
}

fn json(target: &str, graded: &[Graded]) -> String {
    let (pass, warn, fail) = counts(graded);
    let cases: Vec<_> = graded
        .iter()
        .map(|g| {
            json!({
                "case": g.name,
                "group": g.group.as_str(),
                "expected": g.expect.to_string(),
                "status": g.status,
                "ms": g.elapsed.map(|e| e.as_millis() as u64),
                "grade": g.grade.as_str(),
                "reason": if g.reason.is_empty() { None } else { Some(&g.reason) },
            })
        })
        .collect();
    let report = json!({
        "target": target,
        "cases": cases,
        "summary": {"pass": pass, "warn": warn, "fail": fail},
    });
    format!("{report:#}\n")
}

fn junit(target: &str, graded: &[Graded]) -> String {
    let (_, _, fail) = counts(graded);
    let seconds: f64 = graded
        .iter()
        .filter_map(|g| g.elapsed)
        .map(|e| e.as_secs_f64())
        .sum();
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"periskope-schema check-receiver\" tests=\"{}\" failures=\"{fail}\" time=\"{seconds:.3}\">\n  <testsuite name=\"{}\" tests=\"{}\" failures=\"{fail}\" time=\"{seconds:.3}\">\n",
        graded.len(),
        escape(target),
        graded.len()
    );
    for g in graded {
        let time = g.elapsed.map_or(0.0, |e| e.as_secs_f64());
        let _ = write!(
            out,
            "    <testcase classname=\"{}\" name=\"{}\" time=\"{time:.3}\"",
            g.group.as_str(),
            escape(&g.name)
        );
        let detail = format!("expected {}, got {}", g.expect, status(g));
        match g.grade {
            Grade::Pass => out.push_str("/>\n"),
            Grade::Fail => {
                let _ = write!(
                    out,
                    ">\n      <failure message=\"{}\">{}</failure>\n    </testcase>\n",
                    escape(&g.reason),
                    escape(&detail)
                );
            }
            Grade::Warn => {
                let _ = write!(
                    out,
                    ">\n      <system-out>WARN: {}</system-out>\n    </testcase>\n",
                    escape(&g.reason)
                );
            }
        }
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}
