//! `--format junit`: JUnit XML, as GitLab, Jenkins, Azure Pipelines and CircleCI read it.
//!
//! `<testsuites>` holds a `<testsuite>` per file (named for the file) and a `<testcase>` per
//! payload (named `file:line`, class `periskope-schema.<kind>`). An invalid payload's test case
//! has a `<failure>` whose message is its first error and whose text lists every finding; an
//! input that could not be read has an `<error>`; warnings go to `<system-out>`. A file's test
//! cases are held until the file ends, since its `<testsuite>` starts with their counts.

use std::fmt::Write as _;
use std::io;

use super::{Out, Reporter, Verdict};
use crate::validate::Severity;
use crate::validate::run::Summary;

/// The JUnit reporter's state: the file whose suite is being collected.
#[derive(Default)]
pub(super) struct Junit {
    started: bool,
    file: Option<String>,
    cases: String,
    tests: usize,
    failures: usize,
    errors: usize,
}

impl Junit {
    fn start(&mut self, out: Out<'_>) -> io::Result<()> {
        if !self.started {
            self.started = true;
            writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
            writeln!(out, r#"<testsuites name="periskope-schema validate">"#)?;
        }
        Ok(())
    }

    /// Writes the suite collected so far.
    fn flush(&mut self, out: Out<'_>) -> io::Result<()> {
        let Some(file) = self.file.take() else {
            return Ok(());
        };
        writeln!(
            out,
            r#"  <testsuite name="{}" tests="{}" failures="{}" errors="{}" skipped="0">"#,
            escape(&file),
            self.tests,
            self.failures,
            self.errors
        )?;
        out.write_all(self.cases.as_bytes())?;
        writeln!(out, "  </testsuite>")?;
        self.cases.clear();
        (self.tests, self.failures, self.errors) = (0, 0, 0);
        Ok(())
    }
}

impl Reporter for Junit {
    fn verdict(&mut self, out: Out<'_>, verdict: &Verdict<'_>) -> io::Result<()> {
        self.start(out)?;
        if self.file.as_deref() != Some(verdict.file) {
            self.flush(out)?;
            self.file = Some(verdict.file.to_owned());
        }
        self.tests += 1;
        let name = if verdict.start == 0 {
            verdict.file.to_owned()
        } else {
            format!("{}:{}", verdict.file, verdict.start)
        };
        let class = verdict.kind.map_or_else(
            || "periskope-schema".to_owned(),
            |kind| format!("periskope-schema.{kind}"),
        );
        let _ = write!(
            self.cases,
            r#"    <testcase name="{}" classname="{}" time="0""#,
            escape(&name),
            escape(&class)
        );
        if verdict.findings.is_empty() {
            self.cases.push_str("/>\n");
            return Ok(());
        }
        self.cases.push_str(">\n");
        let listing: String = verdict
            .findings
            .iter()
            .filter(|placed| placed.finding.severity == Severity::Error)
            .map(|placed| placed.human(verdict.file) + "\n")
            .collect();
        let first = verdict
            .findings
            .iter()
            .find(|placed| placed.finding.severity == Severity::Error);
        if let Some(first) = first {
            let element = if verdict.unreadable {
                self.errors += 1;
                "error"
            } else {
                self.failures += 1;
                "failure"
            };
            let _ = writeln!(
                self.cases,
                r#"      <{element} message="{}" type="{}">{}</{element}>"#,
                escape(&format!(
                    "{}: {}",
                    first.finding.path, first.finding.message
                )),
                first.finding.category.as_str(),
                escape(&listing)
            );
        }
        let warnings: String = verdict
            .findings
            .iter()
            .filter(|placed| placed.finding.severity == Severity::Warning)
            .map(|placed| placed.human(verdict.file) + "\n")
            .collect();
        if !warnings.is_empty() {
            let _ = writeln!(
                self.cases,
                "      <system-out>{}</system-out>",
                escape(&warnings)
            );
        }
        self.cases.push_str("    </testcase>\n");
        Ok(())
    }

    fn finish(&mut self, out: Out<'_>, _summary: &Summary) -> io::Result<()> {
        self.start(out)?;
        self.flush(out)?;
        writeln!(out, "</testsuites>")
    }
}

/// Text as XML character data or an attribute value: markup characters escaped, and characters
/// XML 1.0 cannot hold (control characters other than tab and line breaks) written as `\u{..}`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_for_xml() {
        assert_eq!(
            escape("a<b & \"c\" 'd'\u{1}\n"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;\\u{1}\n"
        );
    }
}
