//! What a run reports on: the output format chosen and the totals of a run.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// How findings are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `file:line:column: $.path: message`, then a summary line.
    Human,
    /// One JSON object per finding, then `{"summary": {...}}`.
    Json,
    /// GitHub Actions workflow annotations (`::error file=...,line=...::...`) within GitHub's
    /// limits, then a summary; the whole report also goes to the step summary file.
    Github,
    /// JUnit XML: a test case per payload, a failure per invalid one.
    Junit,
    /// SARIF 2.1.0: a result per finding.
    Sarif,
}

/// Totals of a run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Files (and standard input) read.
    pub files: usize,
    /// Payloads checked.
    pub payloads: usize,
    /// Payloads without an error finding.
    pub valid: usize,
    /// Payloads with at least one error finding.
    pub invalid: usize,
    /// Findings reported (errors and warnings).
    pub findings: usize,
    /// Inputs that could not be read.
    pub unreadable: usize,
    /// Payloads checked, by kind.
    pub kinds: BTreeMap<&'static str, usize>,
}

impl Summary {
    /// 0 when everything is valid; 1 when some payload is invalid; 2 when some input could not be
    /// read.
    pub fn exit_code(&self) -> u8 {
        if self.unreadable > 0 {
            2
        } else if self.invalid > 0 {
            1
        } else {
            0
        }
    }

    /// `checked 3 payloads in 2 files (chat 2, message 1): 2 valid, 1 invalid; 2 findings`.
    pub fn line(&self) -> String {
        let mut out = format!(
            "checked {} payload{} in {} file{}",
            self.payloads,
            plural(self.payloads),
            self.files,
            plural(self.files)
        );
        if !self.kinds.is_empty() {
            let kinds: Vec<String> = self.kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
            let _ = write!(out, " ({})", kinds.join(", "));
        }
        let _ = write!(
            out,
            ": {} valid, {} invalid; {} finding{}",
            self.valid,
            self.invalid,
            self.findings,
            plural(self.findings)
        );
        if self.unreadable > 0 {
            let _ = write!(
                out,
                "; {} input{} could not be read",
                self.unreadable,
                plural(self.unreadable)
            );
        }
        out
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
