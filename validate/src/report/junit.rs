//! `--format junit`: JUnit XML, as GitLab, Jenkins, Azure Pipelines and CircleCI read it.
//!
//! `<testsuites>` holds a `<testsuite>` per file (named for the file) and a `<testcase>` per
//! payload (named `file:line`, class `periskope-schema.<kind>`). An invalid payload's test case
//! has a `<failure>` whose message is its first error and whose text lists every finding; an
//! input that could not be read has an `<error>`; warnings go to `<system-out>`. A file's test
//! cases are held until the file ends, since its `<testsuite>` starts with their counts: in
//! memory up to [`HELD_IN_MEMORY`] bytes, then in a temporary file, so memory stays bounded on
//! a file of any size.

use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, Seek, Write as _};
use std::path::PathBuf;

use super::Summary;
use super::{Out, Reporter, Verdict};
use crate::Severity;

/// The most bytes of test cases held in memory; more go to a temporary file.
pub(super) const HELD_IN_MEMORY: usize = 8 << 20;

/// The JUnit reporter's state: the file whose suite is being collected.
pub(super) struct Junit {
    started: bool,
    file: Option<String>,
    cases: String,
    spilled: Option<Spill>,
    /// The most bytes of test cases held in memory: [`HELD_IN_MEMORY`], less in tests.
    limit: usize,
    tests: usize,
    failures: usize,
    errors: usize,
}

impl Default for Junit {
    fn default() -> Self {
        Self {
            started: false,
            file: None,
            cases: String::new(),
            spilled: None,
            limit: HELD_IN_MEMORY,
            tests: 0,
            failures: 0,
            errors: 0,
        }
    }
}

/// Test cases moved out of memory: a temporary file, removed when done.
struct Spill {
    path: PathBuf,
    file: File,
}

impl Spill {
    fn create() -> io::Result<Self> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "periskope-schema-junit-{}-{}.xml",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::Relaxed)
        ));
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&path)?;
        Ok(Self { path, file })
    }
}

impl Drop for Spill {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
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
        if let Some(mut spill) = self.spilled.take() {
            spill.file.rewind()?;
            io::copy(&mut spill.file, out)?;
        }
        out.write_all(self.cases.as_bytes())?;
        writeln!(out, "  </testsuite>")?;
        self.cases.clear();
        (self.tests, self.failures, self.errors) = (0, 0, 0);
        Ok(())
    }
}

impl Junit {
    /// Moves the test cases held in memory to the temporary file once they pass the limit.
    fn hold(&mut self) -> io::Result<()> {
        if self.cases.len() < self.limit {
            return Ok(());
        }
        let spill = match &mut self.spilled {
            Some(spill) => spill,
            None => self.spilled.insert(Spill::create()?),
        };
        spill.file.write_all(self.cases.as_bytes())?;
        self.cases.clear();
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
            return self.hold();
        }
        self.cases.push_str(">\n");
        // The findings of one severity, a line each.
        let listed = |severity: Severity| -> String {
            verdict
                .findings
                .iter()
                .filter(|placed| placed.finding.severity == severity)
                .map(|placed| placed.human(verdict.file) + "\n")
                .collect()
        };
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
                escape(&first.headline()),
                first.finding.category.as_str(),
                escape(&listed(Severity::Error))
            );
        }
        let warnings = listed(Severity::Warning);
        if !warnings.is_empty() {
            let _ = writeln!(
                self.cases,
                "      <system-out>{}</system-out>",
                escape(&warnings)
            );
        }
        self.cases.push_str("    </testcase>\n");
        self.hold()
    }

    fn finish(&mut self, out: Out<'_>, _summary: &Summary) -> io::Result<()> {
        self.start(out)?;
        self.flush(out)?;
        writeln!(out, "</testsuites>")
    }
}

/// Text as XML character data or an attribute value: markup characters escaped, and characters
/// XML 1.0 cannot hold (control characters other than tab and line breaks) written as `\u{..}`.
pub(crate) fn escape(text: &str) -> String {
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
    use crate::report::Placed;
    use crate::{Category, Finding};

    /// The report of three files, the second with three payloads, by a reporter that holds at
    /// most `limit` bytes in memory.
    fn report(limit: usize) -> String {
        let finding = Finding {
            severity: Severity::Error,
            category: Category::Invalid,
            line: 1,
            column: 5,
            path: "$.ack".into(),
            message: "expected an integer".into(),
        };
        let mut junit = Junit {
            limit,
            ..Junit::default()
        };
        let mut out = Vec::new();
        for (file, start, findings) in [
            ("a.json", 1, vec![]),
            ("b.ndjson", 1, vec![]),
            ("b.ndjson", 2, vec![&finding]),
            ("b.ndjson", 3, vec![]),
            ("c.json", 1, vec![&finding]),
        ] {
            let verdict = Verdict {
                file,
                start,
                kind: Some("message"),
                detected: true,
                unreadable: false,
                findings: findings
                    .into_iter()
                    .map(|finding| Placed {
                        line: start,
                        column: 5,
                        finding,
                    })
                    .collect(),
            };
            junit.verdict(&mut out, &verdict).expect("writes");
        }
        junit.finish(&mut out, &Summary::default()).expect("writes");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn test_cases_moved_to_a_temporary_file_come_back_in_order() {
        let held = report(usize::MAX);
        assert_eq!(held.matches("<testcase ").count(), 5, "{held}");
        assert!(
            held.contains(
                r#"<testsuite name="b.ndjson" tests="3" failures="1" errors="0" skipped="0">"#
            ),
            "{held}"
        );
        // With a limit of one byte every test case goes through the temporary file.
        assert_eq!(report(1), held);
    }

    #[test]
    fn text_is_escaped_for_xml() {
        assert_eq!(
            escape("a<b & \"c\" 'd'\u{1}\n"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;\\u{1}\n"
        );
    }
}
