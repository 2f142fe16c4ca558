//! The validator of Periskope payloads and its command, `periskope-schema validate`: each payload
//! is parsed once, checked against its kind's input schema and read by the typed model, and the
//! two verdicts are compared.
//!
//! The kinds, their schemas and their readers come from [`periskope_contract`] (which has them
//! from [`periskope_model`]); this crate detects a payload's kind, explains every finding with its
//! place, and writes the reports (`--format human|json|github|junit|sarif`).
//!
//! A kind's schemas are compiled the first time a payload needs them, once per process and
//! shared by the checking threads: checking one chat compiles the chat schema, not every kind's,
//! and detection reads only the kinds' keys.
//!
//! A payload first gets the quick verdict ([`periskope_contract::tree`]): it is parsed into a tree
//! that borrows its strings, and both checks read that. Valid payloads end there. Payloads either
//! check refuses take the explaining path: they are parsed into a `serde_json::Value`, and each
//! finding gets its path, line and column, plus an internal error if the checks disagree.
//!
//! With the `mock` feature (on by default), [`mock`] is the API itself on a developer's machine:
//! `periskope-schema mock`, and `mock::MockServer` for tests that embed it.
//!
//! [`Validator`] is the library form of `periskope-schema validate`, for other crates' tests:
//!
//! ```
//! use periskope_validate::Validator;
//!
//! let validator = Validator::new(false).expect("the built-in schemas compile");
//! let outcome = validator.validate(br#"{"org_id": "o", "chat_id": "c", "member_count": "x"}"#, None);
//! assert_eq!(outcome.kind, Some("chat"));
//! assert_eq!(outcome.findings[0].to_string(), r#"1:49: $.member_count: expected an integer, found "x""#);
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    warn(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::panic,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

mod detect;
mod event;
mod exchange;
mod explain;
mod finding;
mod hints;
pub mod locate;
#[cfg(feature = "mock")]
pub mod mock;
pub mod receiver;
mod report;
pub mod run;
mod shape;
mod strict;
mod value;

use std::collections::BTreeSet;
use std::fmt;
use std::path::Path;
use std::sync::OnceLock;

use serde_json::Value;

use explain::Text;
pub use finding::{Category, Finding, Outcome, Severity};
pub(crate) use finding::{
    SchemaError, describe, internal, is_umbrella, json_error_message, model_path, push_new,
    schema_errors, syntax,
};
use locate::{Step, display_path};
use periskope_contract::tree;
use periskope_contract::{Contract, KINDS, Kind, ReadError};

/// The largest payload read, in bytes; a larger one is reported, not read.
pub const MAX_PAYLOAD_BYTES: usize = 256 << 20;

/// One kind and its schemas, compiled the first time a payload needs them.
struct Entry {
    kind: &'static Kind,
    /// Where its schemas come from: `None` for the built-in ones (generated from the model),
    /// else (input, canonical) as read from a schemas folder.
    schemas: Option<(Value, Value)>,
    /// The input schema reading a [`tree::Tree`] (the quick verdict).
    quick: OnceLock<Result<jsonschema::Validator<tree::Borrowed>, String>>,
    /// What the explaining path needs.
    full: OnceLock<Result<Compiled, String>>,
}

/// One kind's schemas compiled for the explaining path.
struct Compiled {
    input: jsonschema::Validator,
    /// The canonical schema with every modelled object closed (`additionalProperties: false`).
    closed_canonical: jsonschema::Validator,
    /// That schema, for the modelled names near an unknown field.
    closed_canonical_schema: Value,
    /// Every property name anywhere in the input schema, to tell a misspelled key from a field.
    names: BTreeSet<String>,
}

impl Entry {
    /// The schema of this kind in `contract`.
    fn schema(&self, contract: Contract) -> Value {
        match (&self.schemas, contract) {
            (Some((input, _)), Contract::Input) => input.clone(),
            (Some((_, canonical)), Contract::Canonical) => canonical.clone(),
            (None, contract) => self.kind.schema(contract),
        }
    }

    /// The input schema for the quick verdict, compiled on first use; `None` when it does not
    /// compile (the explaining path then reports it).
    fn quick(&self) -> Option<&jsonschema::Validator<tree::Borrowed>> {
        self.quick_compiled().as_ref().ok()
    }

    fn quick_compiled(&self) -> &Result<jsonschema::Validator<tree::Borrowed>, String> {
        self.quick.get_or_init(|| {
            compile(
                Contract::Input.schema_path(self.kind.name),
                &self.schema(Contract::Input),
            )
        })
    }

    /// The explaining path's schemas, compiled on first use; the error says which schema did
    /// not compile.
    fn full(&self) -> Result<&Compiled, &str> {
        self.full
            .get_or_init(|| {
                let input = self.schema(Contract::Input);
                let mut canonical = self.schema(Contract::Canonical);
                strict::close_objects(&mut canonical);
                let mut names = BTreeSet::new();
                hints::property_names(&input, &mut names);
                Ok(Compiled {
                    input: compile(Contract::Input.schema_path(self.kind.name), &input)?,
                    closed_canonical: compile(
                        Contract::Canonical.schema_path(self.kind.name),
                        &canonical,
                    )?,
                    closed_canonical_schema: canonical,
                    names,
                })
            })
            .as_ref()
            .map_err(String::as_str)
    }
}

/// Checks payloads against the input schemas and the typed model; built once, shared by threads.
pub struct Validator {
    kinds: Vec<Entry>,
    /// What detection needs to know of each key any kind has, found with one lookup per key;
    /// read when a payload's kind is first detected.
    keys: OnceLock<Result<detect::Keys, String>>,
    strict: bool,
    /// Valid payloads skip the explaining path (off only to compare the two paths in tests).
    quick: bool,
}

impl fmt::Debug for Validator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Validator")
            .field(
                "kinds",
                &self.kinds.iter().map(|k| k.kind.name).collect::<Vec<_>>(),
            )
            .field("strict", &self.strict)
            .finish()
    }
}

/// Compiles `schema` (draft 2020-12, formats checked) for the JSON representation `F`: a
/// `serde_json::Value` for the explaining path, a [`tree::Tree`] for the quick verdict.
fn compile<F: jsonschema::json::Json>(
    name: String,
    schema: &Value,
) -> Result<jsonschema::Validator<F>, String> {
    jsonschema::options_for::<F>()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(schema)
        .map_err(|e| format!("{name}: the schema does not compile: {e}"))
}

impl Validator {
    /// A validator using the schemas built into this program (the same as the committed
    /// `schemas/` folder, which CI keeps fresh). With `strict`, payloads must also be canonical.
    /// Each kind's schemas are compiled when a payload first needs them.
    pub fn new(strict: bool) -> Result<Self, String> {
        Self::build(strict, KINDS.iter().map(|kind| (kind, None)))
    }

    /// A validator using the schema files in `dir`: a `schemas/` folder (holding `json/`), or
    /// its `json/` folder itself. Every schema is read and compiled here, so that one that does
    /// not compile is reported before any payload is checked.
    pub fn with_schemas_dir(dir: &Path, strict: bool) -> Result<Self, String> {
        let probe = Contract::Input.schema_path("chat");
        let inner = |relative: &str| {
            relative
                .strip_prefix("json/")
                .unwrap_or(relative)
                .to_owned()
        };
        // Paths under the folder given: `json/…` in a schemas folder, `…` in its json folder.
        let in_json = if dir.join(&probe).is_file() {
            false
        } else if dir.join(inner(&probe)).is_file() {
            true
        } else {
            return Err(format!(
                "{}: no schemas here: expected {probe} in it (a schemas folder) or {} (its json folder)",
                dir.display(),
                inner(&probe)
            ));
        };
        let read = |kind: &Kind, contract: Contract| -> Result<Value, String> {
            let relative = contract.schema_path(kind.name);
            let path = dir.join(if in_json { inner(&relative) } else { relative });
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
        };
        let mut kinds = Vec::new();
        for kind in KINDS.iter() {
            let schemas = (
                read(kind, Contract::Input)?,
                read(kind, Contract::Canonical)?,
            );
            kinds.push((kind, Some(schemas)));
        }
        let validator = Self::build(strict, kinds)?;
        validator.keys().map_err(str::to_owned)?;
        for entry in &validator.kinds {
            entry.full().map_err(str::to_owned)?;
            entry.quick_compiled().as_ref().map_err(String::clone)?;
        }
        Ok(validator)
    }

    fn build(
        strict: bool,
        of: impl IntoIterator<Item = (&'static Kind, Option<(Value, Value)>)>,
    ) -> Result<Self, String> {
        let kinds: Vec<Entry> = of
            .into_iter()
            .map(|(kind, schemas)| Entry {
                kind,
                schemas,
                quick: OnceLock::new(),
                full: OnceLock::new(),
            })
            .collect();
        if kinds.len() > detect::MAX_KINDS {
            return Err(format!(
                "{} kinds: detection tells at most {} apart",
                kinds.len(),
                detect::MAX_KINDS
            ));
        }
        Ok(Self {
            kinds,
            keys: OnceLock::new(),
            strict,
            quick: true,
        })
    }

    /// What detection knows of the kinds' keys, read on first use.
    fn keys(&self) -> Result<&detect::Keys, &str> {
        self.keys
            .get_or_init(|| detect::read_keys(&self.kinds))
            .as_ref()
            .map_err(String::as_str)
    }

    /// The same validator, judging every payload by the path that explains findings, never by
    /// the quick verdict that valid payloads otherwise get. The outcomes are the same, only
    /// slower; the tests use this to show it.
    #[doc(hidden)]
    pub fn explaining_every_payload(mut self) -> Self {
        self.quick = false;
        self
    }

    /// The kinds whose schemas have been compiled so far, by name: the ones payloads needed.
    #[doc(hidden)]
    pub fn compiled_kinds(&self) -> Vec<&'static str> {
        let mut names: Vec<&str> = self
            .kinds
            .iter()
            .filter(|entry| entry.quick.get().is_some() || entry.full.get().is_some())
            .map(|entry| entry.kind.name)
            .collect();
        names.sort_unstable();
        names
    }

    /// Whether detection has read the kinds' keys (a payload's kind was detected).
    #[doc(hidden)]
    pub fn has_read_keys(&self) -> bool {
        self.keys.get().is_some()
    }

    /// Whether payloads must also be in canonical form.
    pub fn is_strict(&self) -> bool {
        self.strict
    }

    /// The explaining path's schemas of `kind`, compiled on first use, or why there are none (an
    /// internal error: a built-in schema that does not compile, or a kind this validator lacks).
    fn full(&self, kind: &Kind) -> Result<&Compiled, String> {
        self.entry(kind)
            .ok_or_else(|| format!("no schema for {}", kind.name))?
            .full()
            .map_err(str::to_owned)
    }

    fn entry(&self, kind: &Kind) -> Option<&Entry> {
        self.kinds
            .iter()
            .find(|c| std::ptr::eq(c.kind, kind))
            .or_else(|| self.kinds.iter().find(|c| c.kind.name == kind.name))
    }

    /// The kind of a payload that is valid, found with one cheap parse ([`tree`]); `None` when
    /// the payload may be invalid, for the full path to explain.
    ///
    /// A webhook that names an unknown event gets its warning here; a misspelled event (an
    /// error, whose data is checked as the event it is near) is left to the explaining path.
    fn quick_verdict(
        &self,
        body: &[u8],
        kind: Option<&'static Kind>,
        at: &dyn Fn(&[Step]) -> (usize, usize),
    ) -> Option<(&'static Kind, bool, Option<Finding>)> {
        let tree = tree::parse(std::str::from_utf8(body).ok()?)?;
        let (kind, detected) = self.quick_kind(&tree, kind)?;
        let unknown = event::is_webhook(kind)
            .then(|| event::unknown_event_in(&tree))
            .flatten();
        let Some((key, name)) = unknown else {
            return Some((kind, detected, None));
        };
        match self.event_finding(key, name, at) {
            (warning, None) => Some((kind, detected, Some(warning))),
            (_misspelled, Some(_)) => None,
        }
    }

    /// [`Self::quick_verdict`] on the parsed tree.
    fn quick_kind(
        &self,
        tree: &tree::Tree<'_>,
        kind: Option<&'static Kind>,
    ) -> Option<(&'static Kind, bool)> {
        let accepts = |kind: &'static Kind| {
            self.entry(kind)
                .and_then(Entry::quick)
                .is_some_and(|quick| quick.is_valid(tree) && kind.accepts_tree(tree))
        };
        if let Some(kind) = kind {
            return accepts(kind).then_some((kind, false));
        }
        // Detection as `detect` does it (module `detect`); any case it leaves open is left to the
        // explaining path.
        let undecided = match tree {
            tree::Tree::Object(members) => {
                let has = |key: &str| tree::member(members, key).is_some();
                let is_true =
                    |key: &str| tree::member(members, key) == Some(&tree::Tree::Bool(true));
                let keys = members.iter().map(|(name, _)| &**name);
                match self.detect_by_keys(&has, &is_true, keys) {
                    Ok(by_keys) => {
                        let (kind, accepted) =
                            self.settle(by_keys, accepts, |shape| shape::in_tree(shape, tree));
                        let keys = members.iter().map(|(name, _)| &**name);
                        let valid = (accepted || accepts(kind))
                            && self.parent_check(kind, keys).is_none_or(accepts);
                        return valid.then_some((kind, true));
                    }
                    Err(undecided) => undecided,
                }
            }
            _ => detect::Undecided::none(),
        };
        let (kind, accepted) =
            self.decide_undecided(&undecided, accepts, |shape| shape::in_tree(shape, tree))?;
        (accepted || accepts(kind)).then_some((kind, true))
    }

    /// Adds the findings on `value`, found at `prefix` in the payload, checked as `kind`: the
    /// model's error first, then what the schema sees elsewhere.
    pub(crate) fn check_as(
        &self,
        kind: &'static Kind,
        value: &Value,
        prefix: &[Step],
        at: &dyn Fn(&[Step]) -> (usize, usize),
        findings: &mut Vec<Finding>,
    ) {
        if let Err(ReadError::Invalid(error)) = kind.canonical(value) {
            let steps: Vec<Step> = prefix
                .iter()
                .cloned()
                .chain(locate::model_path_steps(error.path()))
                .collect();
            let (line, column) = at(&steps);
            findings.push(Finding {
                severity: Severity::Error,
                category: Category::Invalid,
                line,
                column,
                path: display_path(&steps),
                message: error.message().to_owned(),
            });
        }
        self.schema_findings_as(kind, value, prefix, at, findings);
    }

    /// Adds what `kind`'s input schema finds in `value` (found at `prefix`) that `findings` does
    /// not already say.
    pub(crate) fn schema_findings_as(
        &self,
        kind: &'static Kind,
        value: &Value,
        prefix: &[Step],
        at: &dyn Fn(&[Step]) -> (usize, usize),
        findings: &mut Vec<Finding>,
    ) {
        match self.full(kind) {
            Ok(compiled) => {
                for mut error in schema_errors(&compiled.input, value) {
                    error.steps = prefix.iter().cloned().chain(error.steps).collect();
                    push_new(findings, Category::Invalid, error, at);
                }
            }
            Err(error) => findings.push(internal(error)),
        }
    }

    /// For a payload detected as `kind` with the keys `keys`: the kind it is also checked as,
    /// when `kind` [refines](Kind::refines) one that recognises some of those keys `kind` does
    /// not (a note with message fields, which the note keeps as unknown ones).
    fn parent_check<'k>(
        &self,
        kind: &'static Kind,
        keys: impl Iterator<Item = &'k str>,
    ) -> Option<&'static Kind> {
        let parent = kind.refines()?;
        self.knows_more(parent, kind, keys).then_some(parent)
    }

    /// Validates one payload's text (one JSON value). With `kind`, the payload is checked as that
    /// kind; without, the kind is detected. Positions in the findings are relative to `text`.
    ///
    /// A payload detected as a kind that [refines](Kind::refines) another (a note, which is a
    /// message) and that has fields only that other kind knows is checked as that kind too, and
    /// what it finds is added (`as a message: …`).
    pub fn validate(&self, text: &[u8], kind: Option<&'static Kind>) -> Outcome {
        let mut findings = Vec::new();
        let mut body = text;
        let mut offset = 0;
        if let Some(rest) = text.strip_prefix(b"\xEF\xBB\xBF") {
            findings.push(Finding {
                severity: if self.strict { Severity::Error } else { Severity::Warning },
                category: Category::Syntax,
                line: 1,
                column: 1,
                path: "$".into(),
                message: "byte-order mark at the start: JSON text must not begin with one (RFC 8259, section 8.1); it was skipped".into(),
            });
            body = rest;
            offset = 3;
        }
        let located = Text { body, offset };
        // The verdict on a payload that could not be checked as a kind.
        let unchecked = |findings| Outcome {
            kind: kind.map(|k| k.name),
            detected: false,
            findings,
        };
        if body.iter().all(u8::is_ascii_whitespace) {
            findings.push(syntax(
                1,
                1,
                "empty: expected a JSON payload, found nothing".into(),
            ));
            return unchecked(findings);
        }
        if body.len() > MAX_PAYLOAD_BYTES {
            findings.push(syntax(
                1,
                1,
                format!(
                    "payload of {} bytes is larger than the limit of {MAX_PAYLOAD_BYTES} bytes; not read",
                    body.len()
                ),
            ));
            return unchecked(findings);
        }
        if self.quick && !self.strict {
            let at = |steps: &[Step]| located.at(steps);
            if let Some((kind, detected, warning)) = self.quick_verdict(body, kind, &at) {
                findings.extend(warning);
                return Outcome {
                    kind: Some(kind.name),
                    detected,
                    findings,
                };
            }
        }
        let parsed = match value::parse(body) {
            Ok(parsed) => parsed,
            Err(error) => {
                let (line, column) = located.shift(periskope_model::text_position(
                    body,
                    error.line(),
                    error.column(),
                ));
                findings.push(syntax(line, column, json_error_message(&error)));
                return unchecked(findings);
            }
        };
        let value = parsed.value;
        let duplicates_in = parsed.has_duplicate_keys.then_some(body);
        let (kind, detected) = match kind {
            Some(kind) => (kind, false),
            None => match self.detect_in(&value, duplicates_in) {
                Ok(kind) => (kind, true),
                Err(message) => {
                    findings.push(Finding {
                        severity: Severity::Error,
                        category: Category::Detection,
                        line: 1,
                        column: 1,
                        path: "$".into(),
                        message,
                    });
                    return Outcome {
                        kind: None,
                        detected: false,
                        findings,
                    };
                }
            },
        };
        self.explain(
            kind,
            detected,
            &located,
            &value,
            parsed.has_duplicate_keys,
            findings,
        )
    }
}

/// Whether the typed model reads a payload: its parsed `value`, or, when the payload has a key
/// twice (which `value` has lost), its text `duplicates_in`.
pub(crate) fn model_reads(kind: &Kind, value: &Value, duplicates_in: Option<&[u8]>) -> bool {
    match duplicates_in {
        Some(text) => kind.read_text(text).is_ok(),
        None => kind.accepts(value),
    }
}
