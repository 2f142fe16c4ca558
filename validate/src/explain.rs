//! The explaining path: a parsed payload is checked by the input schema and read by the typed
//! model, and each refusal becomes a finding with its place. When the two checks disagree, the
//! finding says so (an internal error: a bug in this project, never the payload's fault alone).

use serde_json::Value;

use crate::locate::{self, Step, display_path, line_column, locate};
use crate::{
    Category, Compiled, Finding, Outcome, SchemaError, Severity, Validator, event, hints, internal,
    model_path, model_reads, push_new, schema_errors, strict,
};
use periskope_contract::Kind;

/// A payload's text as checked: `body` is where positions are found, `offset` how far the first
/// line moved right past a byte-order mark that was skipped.
pub(crate) struct Text<'a> {
    pub(crate) body: &'a [u8],
    pub(crate) offset: usize,
}

impl Text<'_> {
    /// A position in `body` as a position in the payload's text.
    pub(crate) fn shift(&self, (line, column): (usize, usize)) -> (usize, usize) {
        if line == 1 {
            (1, column + self.offset)
        } else {
            (line, column)
        }
    }

    /// Where the value at `steps` starts in the payload's text.
    pub(crate) fn at(&self, steps: &[Step]) -> (usize, usize) {
        self.shift(line_column(self.body, locate(self.body, steps)))
    }
}

impl Validator {
    /// Checks `value`, the parsed `text`, as `kind` and adds what both checks find to
    /// `findings`; with `has_duplicate_keys`, the model reads the text, which still has every
    /// value of a duplicated key.
    pub(crate) fn explain(
        &self,
        kind: &'static Kind,
        detected: bool,
        text: &Text<'_>,
        value: &Value,
        has_duplicate_keys: bool,
        mut findings: Vec<Finding>,
    ) -> Outcome {
        let outcome = |findings| Outcome {
            kind: Some(kind.name),
            detected,
            findings,
        };
        let compiled = match self.full(kind) {
            Ok(compiled) => compiled,
            Err(error) => {
                findings.push(internal(error));
                return outcome(findings);
            }
        };
        let duplicates_in = has_duplicate_keys.then_some(text.body);
        let schema_ok = compiled.input.is_valid(value);
        // One typed read: with --strict it also gives the canonical form to compare with.
        let mut canonical = None;
        let typed_ok = if self.strict && duplicates_in.is_none() {
            let read = kind.canonical(value);
            let ok = read.is_ok();
            canonical = Some(read);
            ok
        } else {
            model_reads(kind, value, duplicates_in)
        };
        let at = |steps: &[Step]| text.at(steps);
        match (schema_ok, typed_ok) {
            (true, true) => {
                if self.strict {
                    let canonical = canonical.unwrap_or_else(|| kind.canonical(value));
                    strict::findings(compiled, value, canonical, &at, &mut findings);
                }
            }
            (false, true) => {
                for SchemaError { steps, message, .. } in
                    schema_errors(&compiled.input, value).into_iter().take(1)
                {
                    let (line, column) = at(&steps);
                    findings.push(Finding {
                        severity: Severity::Error,
                        category: Category::Internal,
                        line,
                        column,
                        path: display_path(&steps),
                        message: format!(
                            "internal error: the input schema refuses this ({message}) but the typed model accepts it; please report it"
                        ),
                    });
                }
            }
            (schema_ok, false) => {
                let refusal = ModelRefusal {
                    kind,
                    compiled,
                    text,
                    value,
                    has_duplicate_keys,
                    schema_ok,
                };
                if !refusal.explain(&mut findings) {
                    return outcome(findings);
                }
            }
        }
        if event::is_webhook(kind)
            && let Value::Object(object) = value
        {
            self.check_event(object, &at, &mut findings);
        }
        if detected {
            self.check_as_parent(kind, value, &at, &mut findings);
        }
        findings.sort_by_key(|f| (f.line, f.column));
        outcome(findings)
    }

    /// For a payload detected as `kind` that has fields only the kind it refines knows (a note
    /// with message fields): what checking it as that kind finds, each finding marked
    /// `as a message: …` and not repeated.
    fn check_as_parent(
        &self,
        kind: &'static Kind,
        value: &Value,
        at: &dyn Fn(&[Step]) -> (usize, usize),
        findings: &mut Vec<Finding>,
    ) {
        let Value::Object(object) = value else {
            return;
        };
        let Some(parent) = self.parent_check(kind, object.keys().map(String::as_str)) else {
            return;
        };
        let mut more = Vec::new();
        self.check_as(parent, value, &[], at, &mut more);
        for finding in more {
            let message = format!("as a {}: {}", parent.name, finding.message);
            if !findings
                .iter()
                .any(|f| f.path == finding.path && f.message == finding.message)
            {
                findings.push(Finding { message, ..finding });
            }
        }
    }
}

/// A payload the typed model refused, to be explained.
struct ModelRefusal<'a> {
    kind: &'static Kind,
    compiled: &'a Compiled,
    text: &'a Text<'a>,
    value: &'a Value,
    has_duplicate_keys: bool,
    /// The input schema's verdict on the same payload.
    schema_ok: bool,
}

impl ModelRefusal<'_> {
    /// Adds the model's error, then every other error the schema sees. False when the model
    /// accepts the text after all (an internal error, added), and nothing more is checked.
    fn explain(&self, findings: &mut Vec<Finding>) -> bool {
        let error = match self.kind.read_text(self.text.body) {
            Err(error) => error,
            Ok(()) => {
                findings.push(internal(
                    "the typed model refuses the parsed payload but accepts its text; please report it".into(),
                ));
                return false;
            }
        };
        let at = |steps: &[Step]| self.text.at(steps);
        let path = model_path(error.path());
        // The schema sees only the last of a duplicated key's values, so with duplicates the
        // model may refuse an earlier one that the schema never saw.
        let beyond = error.is_beyond_json_schema() || self.has_duplicate_keys;
        // A value of the wrong shape is shown where it starts; other errors (a duplicate field)
        // where serde noticed them, and so is any error in a payload with duplicates, whose path
        // may name more than one place.
        let (line, column) = if error.kind() == periskope_model::ErrorKind::Data
            && !error.path().is_empty()
            && !(self.has_duplicate_keys && error.line() > 0)
        {
            at(&locate::model_path_steps(error.path()))
        } else if error.line() > 0 {
            self.text.shift((error.line(), error.column()))
        } else {
            (1, 1)
        };
        let (category, message) = if self.schema_ok && !beyond {
            (
                Category::Internal,
                format!(
                    "internal error: the typed model refuses this ({}) but the input schema accepts it; please report it",
                    error.message()
                ),
            )
        } else {
            (
                Category::Invalid,
                self.with_hint(error.message(), error.path()),
            )
        };
        findings.push(Finding {
            severity: Severity::Error,
            category,
            line,
            column,
            path,
            message,
        });
        // Other problems the schema sees elsewhere, so that one run shows them all.
        for error in schema_errors(&self.compiled.input, self.value) {
            push_new(findings, Category::Invalid, error, &at);
        }
        true
    }

    /// The model's `message` about the value at `path`, with a hint when a missing field is
    /// there under another spelling (`found "chatid": did you mean "chat_id"?`).
    fn with_hint(&self, message: &str, path: &str) -> String {
        let object = locate::value_at(self.value, &locate::model_path_steps(path));
        if let (Some(field), Some(Value::Object(object))) = (hints::missing_field(message), object)
            && let Some(key) = hints::misspelled(field, object, &self.compiled.names)
        {
            return format!("{message} (found \"{key}\": did you mean \"{field}\"?)");
        }
        message.to_owned()
    }
}
