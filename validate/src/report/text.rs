//! `--format human` and `--format json`: a line per finding, then a summary.

use std::io;

use serde_json::{Value, json};

use super::Summary;
use super::{Out, Reporter, Verdict};

/// `file:line:column: $.path: message` lines, then the summary line.
pub(super) struct Human;

impl Reporter for Human {
    fn verdict(&mut self, out: Out<'_>, verdict: &Verdict<'_>) -> io::Result<()> {
        for placed in &verdict.findings {
            writeln!(out, "{}", placed.human(verdict.file))?;
        }
        Ok(())
    }

    fn finish(&mut self, out: Out<'_>, summary: &Summary) -> io::Result<()> {
        writeln!(out, "{}", summary.line())
    }
}

/// One JSON object per finding, then `{"summary": {...}}`.
pub(super) struct Json;

impl Reporter for Json {
    fn verdict(&mut self, out: Out<'_>, verdict: &Verdict<'_>) -> io::Result<()> {
        for placed in &verdict.findings {
            let finding = placed.finding;
            let record = json!({
                "file": verdict.file,
                "line": placed.line,
                "column": placed.column,
                "path": finding.path,
                "severity": finding.severity.as_str(),
                "category": finding.category.as_str(),
                "kind": verdict.kind,
                "kind_detected": verdict.detected,
                "message": finding.message,
            });
            writeln!(out, "{record}")?;
        }
        Ok(())
    }

    fn finish(&mut self, out: Out<'_>, summary: &Summary) -> io::Result<()> {
        let kinds: serde_json::Map<String, Value> = summary
            .kinds
            .iter()
            .map(|(kind, n)| ((*kind).to_owned(), Value::from(*n)))
            .collect();
        let record = json!({"summary": {
            "files": summary.files,
            "payloads": summary.payloads,
            "valid": summary.valid,
            "invalid": summary.invalid,
            "findings": summary.findings,
            "unreadable": summary.unreadable,
            "kinds": kinds,
            "exit_code": summary.exit_code(),
        }});
        writeln!(out, "{record}")
    }
}
