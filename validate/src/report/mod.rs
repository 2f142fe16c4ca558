//! Writing a run's findings in each `--format`: one [`Reporter`] per format, fed the payloads in
//! input order and then the summary.
//!
//! - `human` and `json` (module `text`): a line per finding, then a summary;
//! - `github` (module `github`): workflow annotations, within GitHub's limits, and the whole
//!   report in the step summary;
//! - `junit` (module `junit`): JUnit XML, a test case per payload;
//! - `sarif` (module `sarif`): SARIF 2.1.0, a result per finding.

mod github;
pub(crate) mod junit;
mod sarif;
mod summary;
mod text;

use std::io::{self, Write};
use std::path::PathBuf;

use super::{Category, Finding, Severity};
pub use summary::{Format, Summary};

/// The output a reporter writes to.
pub(super) type Out<'a> = &'a mut (dyn Write + Send);

/// One finding placed in its file.
#[derive(Clone, Copy, Debug)]
pub(super) struct Placed<'a> {
    /// Line in the file (0 when nothing was read).
    pub line: usize,
    /// Column in the line, in bytes (0 when there is no position).
    pub column: usize,
    /// The finding.
    pub finding: &'a Finding,
}

impl Placed<'_> {
    /// `path: message`, the finding without its place (an annotation's text, a failure's
    /// message, a SARIF result's).
    fn headline(&self) -> String {
        format!("{}: {}", self.finding.path, self.finding.message)
    }

    /// `file:line:column: path: message`, or `file: message` without a position.
    fn human(&self, file: &str) -> String {
        let severity = match self.finding.severity {
            Severity::Error => "",
            Severity::Warning => "warning: ",
        };
        if self.line == 0 {
            format!("{file}: {severity}{}", self.finding.message)
        } else {
            format!(
                "{file}:{}:{}: {severity}{}: {}",
                self.line, self.column, self.finding.path, self.finding.message
            )
        }
    }
}

/// One payload's verdict, or an input that could not be read, placed in its file.
#[derive(Debug)]
pub(super) struct Verdict<'a> {
    /// The file's name as shown (`<stdin>` for standard input).
    pub file: &'a str,
    /// The line its payload starts on (0 when nothing was read).
    pub start: usize,
    /// The kind it was checked as, if any.
    pub kind: Option<&'static str>,
    /// Whether that kind was detected rather than given.
    pub detected: bool,
    /// The input could not be read at all (no payload).
    pub unreadable: bool,
    /// Its findings, placed in the file.
    pub findings: Vec<Placed<'a>>,
}

/// A writer of one format.
pub(super) trait Reporter {
    /// Reports one payload (or unreadable input), in input order.
    fn verdict(&mut self, out: Out<'_>, verdict: &Verdict<'_>) -> io::Result<()>;
    /// Ends the report with the run's totals.
    fn finish(&mut self, out: Out<'_>, summary: &Summary) -> io::Result<()>;
}

/// The reporter for `format`; `step_summary` is where `github` writes the whole report (the
/// file `$GITHUB_STEP_SUMMARY` names).
pub(super) fn reporter(format: Format, step_summary: Option<PathBuf>) -> Box<dyn Reporter + Send> {
    match format {
        Format::Human => Box::new(text::Human),
        Format::Json => Box::new(text::Json),
        Format::Github => Box::new(github::Github::new(step_summary)),
        Format::Junit => Box::new(junit::Junit::default()),
        Format::Sarif => Box::new(sarif::Sarif::default()),
    }
}

/// Every category, in the order SARIF lists them as rules.
const CATEGORIES: [Category; 7] = [
    Category::Syntax,
    Category::Invalid,
    Category::NotCanonical,
    Category::Detection,
    Category::Internal,
    Category::Unreadable,
    Category::UnknownEvent,
];

/// What a category's findings are about, in a sentence.
fn describe(category: Category) -> &'static str {
    match category {
        Category::Syntax => {
            "The payload is not JSON: empty, truncated, trailing characters, invalid UTF-8, too deep or too large."
        }
        Category::Invalid => {
            "The payload does not fit the contract: a wrong type, a missing field, a field given twice."
        }
        Category::NotCanonical => "The payload is accepted but not in canonical form (--strict).",
        Category::Detection => "The payload's kind could not be told from its keys; pass --type.",
        Category::Internal => {
            "The input schema and the typed model disagree: a bug in periskope-schema, please report it."
        }
        Category::Unreadable => "The input could not be read, or a folder holds no payload files.",
        Category::UnknownEvent => {
            "A webhook names an event periskope-schema does not know, so its data is not checked."
        }
    }
}
