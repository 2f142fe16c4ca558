//! `--format github`: GitHub Actions workflow annotations (`::error file=…,line=…::…`).
//!
//! GitHub shows at most 10 error and 10 warning annotations per step, so the findings past
//! those are written as plain lines, and the log says how many had no annotation. When
//! `$GITHUB_STEP_SUMMARY` names a file, the whole report is appended to it as a Markdown table,
//! kept under GitHub's 1 MiB limit for a step's summary (the rows that do not fit are counted).

use std::fmt::Write as _;
use std::io::{self, Write as _};
use std::path::PathBuf;

use super::Summary;
use super::{Out, Placed, Reporter, Verdict};
use crate::Severity;

/// Annotations GitHub shows per step, for each of errors and warnings.
const ANNOTATIONS_PER_STEP: usize = 10;

/// GitHub's limit on a step's summary, in bytes.
const STEP_SUMMARY_LIMIT: usize = 1 << 20;

/// Room kept below [`STEP_SUMMARY_LIMIT`] for the lines after the table.
const FOOTER_ROOM: usize = 1 << 10;

/// The github reporter's state.
pub(super) struct Github {
    errors: usize,
    warnings: usize,
    not_annotated: usize,
    /// Where the step summary goes, and its table so far.
    summary_file: Option<PathBuf>,
    table: String,
    /// The bytes the table may take (the limit less what the file already holds).
    budget: usize,
    left_out: usize,
}

impl Github {
    pub(super) fn new(summary_file: Option<PathBuf>) -> Self {
        let existing = summary_file
            .as_ref()
            .and_then(|path| std::fs::metadata(path).ok())
            .map_or(0, |meta| usize::try_from(meta.len()).unwrap_or(usize::MAX));
        Self {
            errors: 0,
            warnings: 0,
            not_annotated: 0,
            summary_file,
            table: String::new(),
            budget: STEP_SUMMARY_LIMIT
                .saturating_sub(existing)
                .saturating_sub(FOOTER_ROOM),
            left_out: 0,
        }
    }

    fn annotate(&mut self, out: Out<'_>, file: &str, placed: &Placed<'_>) -> io::Result<()> {
        let finding = placed.finding;
        let (level, count) = match finding.severity {
            Severity::Error => ("error", &mut self.errors),
            Severity::Warning => ("warning", &mut self.warnings),
        };
        *count += 1;
        if *count > ANNOTATIONS_PER_STEP {
            self.not_annotated += 1;
            return writeln!(out, "{}", placed.human(file));
        }
        let mut properties = format!("file={}", escape_property(file));
        if placed.line > 0 {
            let _ = write!(properties, ",line={}", placed.line);
        }
        if placed.column > 0 {
            let _ = write!(properties, ",col={}", placed.column);
        }
        let _ = write!(properties, ",title={}", escape_property("periskope-schema"));
        writeln!(
            out,
            "::{level} {properties}::{}",
            escape_data(&placed.headline())
        )
    }

    fn add_row(&mut self, file: &str, placed: &Placed<'_>) {
        if self.summary_file.is_none() {
            return;
        }
        let finding = placed.finding;
        let place = if placed.line == 0 {
            file.to_owned()
        } else {
            format!("{file}:{}:{}", placed.line, placed.column)
        };
        let row = format!(
            "| {} | {} | {} | {} |\n",
            cell(&place),
            finding.severity.as_str(),
            cell(&finding.path),
            cell(&finding.message)
        );
        if self.left_out == 0 && self.table.len() + row.len() <= self.budget {
            self.table.push_str(&row);
        } else {
            self.left_out += 1;
        }
    }

    /// Appends the step summary to its file.
    fn write_summary(&self, summary: &Summary) -> io::Result<()> {
        let Some(path) = &self.summary_file else {
            return Ok(());
        };
        let mut text = format!("## periskope-schema validate\n\n{}\n\n", summary.line());
        if !self.table.is_empty() {
            text.push_str("| where | severity | path | finding |\n|---|---|---|---|\n");
            text.push_str(&self.table);
        }
        if self.left_out > 0 {
            let _ = writeln!(
                text,
                "\n{} more finding{} left out to keep this summary under GitHub's 1 MiB limit; the job's log lists every one.",
                self.left_out,
                if self.left_out == 1 { " was" } else { "s were" }
            );
        }
        text.push('\n');
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)?;
        file.write_all(text.as_bytes())
    }
}

impl Reporter for Github {
    fn verdict(&mut self, out: Out<'_>, verdict: &Verdict<'_>) -> io::Result<()> {
        for placed in &verdict.findings {
            self.annotate(out, verdict.file, placed)?;
            self.add_row(verdict.file, placed);
        }
        Ok(())
    }

    fn finish(&mut self, out: Out<'_>, summary: &Summary) -> io::Result<()> {
        if self.not_annotated > 0 {
            writeln!(
                out,
                "{} finding{} no annotation (GitHub shows {ANNOTATIONS_PER_STEP} error and {ANNOTATIONS_PER_STEP} warning annotations per step); {} listed above{}",
                self.not_annotated,
                if self.not_annotated == 1 {
                    " has"
                } else {
                    "s have"
                },
                if self.not_annotated == 1 {
                    "it is"
                } else {
                    "they are"
                },
                if self.summary_file.is_some() {
                    " and in the step summary"
                } else {
                    ""
                }
            )?;
        }
        writeln!(out, "{}", summary.line())?;
        if let Err(error) = self.write_summary(summary) {
            writeln!(
                out,
                "::warning title=periskope-schema::cannot write the step summary: {}",
                escape_data(&error.to_string())
            )?;
        }
        Ok(())
    }
}

/// Text as a Markdown table cell: backslashes and pipes escaped, line breaks as spaces.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\r', '\n'], " ")
}

/// Escapes a workflow command's message (`%`, carriage return and line feed).
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_commands_are_escaped() {
        assert_eq!(escape_data("50%\nnext"), "50%25%0Anext");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
        assert_eq!(cell("a|b\nc"), "a\\|b c");
    }
}
