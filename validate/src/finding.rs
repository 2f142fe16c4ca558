//! What the validator reports: a [`Finding`] per problem with its place, an [`Outcome`] per
//! payload; and how schema errors become findings without repeating one another.

use std::fmt;

use serde_json::Value;

use crate::locate::{Step, display_path, pointer_steps};

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The payload does not meet the contract.
    Error,
    /// Worth knowing, but the payload is accepted (a byte-order mark, without `--strict`).
    Warning,
}

impl Severity {
    /// `error` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
        }
    }
}

/// What sort of finding it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    /// Not JSON: empty, truncated, trailing characters, invalid UTF-8, too deep, too large.
    Syntax,
    /// JSON that does not fit the contract: a wrong type, a missing field, a duplicate field.
    Invalid,
    /// Accepted, but not in canonical form (`--strict` only).
    NotCanonical,
    /// The kind could not be told from the payload's keys.
    Detection,
    /// The input schema and the typed model disagree: a bug in this project, never the payload's
    /// fault alone. Please report it.
    Internal,
    /// The input could not be read.
    Unreadable,
    /// A webhook envelope names an event this program does not know, so its data is not
    /// checked (a warning; an error with `--strict`).
    UnknownEvent,
}

impl Category {
    /// The name used in JSON output, such as `not-canonical`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Syntax => "syntax",
            Self::Invalid => "invalid",
            Self::NotCanonical => "not-canonical",
            Self::Detection => "detection",
            Self::Internal => "internal",
            Self::Unreadable => "unreadable",
            Self::UnknownEvent => "unknown-event",
        }
    }
}

/// One thing wrong with a payload, at a place in its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// What sort of finding.
    pub category: Category,
    /// 1-based line in the payload's text (0 when there is no position).
    pub line: usize,
    /// 1-based column, in bytes (0 when there is no position).
    pub column: usize,
    /// JSON path of the value, such as `$.latest_message.ack`.
    pub path: String,
    /// What was wrong, such as `expected an integer, found "x"`.
    pub message: String,
}

impl fmt::Display for Finding {
    /// `line:column: path: message`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}",
            self.line, self.column, self.path, self.message
        )
    }
}

/// The verdict on one payload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The kind it was checked as (given or detected), if any.
    pub kind: Option<&'static str>,
    /// Whether the kind was detected from the keys rather than given.
    pub detected: bool,
    /// What was found; empty for a valid payload.
    pub findings: Vec<Finding>,
}

impl Outcome {
    /// True when no finding is an error.
    pub fn is_valid(&self) -> bool {
        self.findings.iter().all(|f| f.severity != Severity::Error)
    }
}

/// A syntax finding at `line:column`.
pub(crate) fn syntax(line: usize, column: usize, message: String) -> Finding {
    Finding {
        severity: Severity::Error,
        category: Category::Syntax,
        line,
        column,
        path: "$".into(),
        message,
    }
}
/// An internal-error finding without a position.
pub(crate) fn internal(message: String) -> Finding {
    Finding {
        severity: Severity::Error,
        category: Category::Internal,
        line: 0,
        column: 0,
        path: "$".into(),
        message: format!("internal error: {message}"),
    }
}

/// serde_json's message without its trailing position, with a hint for the common cases.
pub(crate) fn json_error_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    let text = text.strip_suffix(&suffix).unwrap_or(&text).to_owned();
    if text.starts_with("EOF while parsing") {
        format!("{text}: the JSON is cut short")
    } else if text == "number out of range" {
        "number out of range: larger than a 64-bit float can hold".to_owned()
    } else if text == "expected value" {
        "expected a JSON value (NaN, Infinity, comments and single quotes are not JSON)".to_owned()
    } else if text == "recursion limit exceeded" {
        "nested 128 levels deep: refused (at most 127 levels of arrays and objects are read)"
            .to_owned()
    } else if text == "trailing characters" {
        "trailing characters after the JSON value (one payload per file, or per line in .ndjson)"
            .to_owned()
    } else {
        text
    }
}

/// The model's path (`a.b[3]`) as a JSON path (`$.a.b[3]`).
pub(crate) fn model_path(path: &str) -> String {
    if path.is_empty() {
        "$".to_owned()
    } else if path.starts_with('[') {
        format!("${path}")
    } else {
        format!("$.{path}")
    }
}

/// One error of the schema: where, what, and whether it only sums up errors inside the value
/// (`anyOf`, `oneOf`, `not`), so that a precise finding inside makes it redundant.
pub(crate) struct SchemaError {
    pub(crate) steps: Vec<Step>,
    pub(crate) message: String,
    pub(crate) umbrella: bool,
}

/// The schema's errors on `value`.
pub(crate) fn schema_errors(validator: &jsonschema::Validator, value: &Value) -> Vec<SchemaError> {
    validator
        .iter_errors(value)
        .map(|error| SchemaError {
            steps: pointer_steps(error.instance_path().as_str(), value),
            message: error.masked().to_string(),
            umbrella: is_umbrella(error.kind()),
        })
        .collect()
}

/// Whether an error only sums up errors inside the value (`anyOf`, `oneOf`, `not`).
pub(crate) fn is_umbrella(kind: &jsonschema::error::ValidationErrorKind) -> bool {
    use jsonschema::error::ValidationErrorKind as K;
    matches!(
        kind,
        K::AnyOf { .. } | K::OneOfNotValid { .. } | K::OneOfMultipleValid { .. } | K::Not { .. }
    )
}

/// Adds a schema error as a finding of `category`, unless it is [`redundant`].
pub(crate) fn push_new(
    findings: &mut Vec<Finding>,
    category: Category,
    error: SchemaError,
    at: &dyn Fn(&[Step]) -> (usize, usize),
) {
    let path = display_path(&error.steps);
    if redundant(findings, &path, error.umbrella) {
        return;
    }
    let (line, column) = at(&error.steps);
    findings.push(Finding {
        severity: Severity::Error,
        category,
        line,
        column,
        path,
        message: error.message,
    });
}

/// Whether `inner` is `outer` or inside it (`$.id` contains `$.id.fromMe`).
fn path_within(outer: &str, inner: &str) -> bool {
    inner == outer
        || inner
            .strip_prefix(outer)
            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

/// Whether a schema error at `path` adds nothing to `findings`: one is already there or around
/// it, or it only sums up (`umbrella`) a finding inside it.
fn redundant(findings: &[Finding], path: &str, umbrella: bool) -> bool {
    findings
        .iter()
        .any(|f| path_within(&f.path, path) || (umbrella && path_within(path, &f.path)))
}

pub(crate) fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
