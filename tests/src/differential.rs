//! The differential harness: payloads judged by the typed parser, by the `jsonschema` crate on the
//! input schema, by ajv on the same schema, by the npm package's input guard (`is<Type>Input`,
//! ajv's code generated ahead of time) and by the `validate` command's validator, which must all
//! give the same verdict.
//!
//! A fifth judge is detection: the same validator without `--type`. It must never pass a payload
//! that the parser of the payload's own kind refuses ([`Report::detection_passes`]); a payload
//! that kind accepts but detection refuses (told as another kind, or not told) is counted too.
//!
//! The payloads are every fixture, every single mutation of it ([`crate::mutations`]) and, for
//! scale, compound mutations: several mutations made one after another on a fixture, picked at
//! random from a seed. The test `tests/tests/differential.rs` runs it at small scale; the command
//! `cargo run --release -p periskope-tests --bin differential -- --cases 100000` at large scale.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Write as _};
use std::path::Path;
use std::process::{Child, ChildStdin, ChildStdout, Stdio};

use periskope_contract::{Contract, KINDS, Kind};
use proptest::prelude::RngCore;
use proptest::test_runner::{RngAlgorithm, TestRng};
use serde_json::{Value, json};

use crate::js;
use crate::mutations::{compound, mutations};

/// One payload to judge, as a payload of `kind`.
#[derive(Clone, Debug)]
pub struct Case {
    /// The kind whose input schema and typed reader judge it.
    pub kind: &'static Kind,
    /// Where it comes from: the fixture and what was done to it.
    pub description: String,
    /// The payload.
    pub value: Value,
}

/// Every fixture of `kind`, parsed, with its path.
pub fn fixtures_of(kind: &Kind) -> Vec<(String, Value)> {
    crate::fixtures(kind.name)
        .into_iter()
        .map(|fixture| {
            let value = serde_json::from_str(&fixture.text)
                .unwrap_or_else(|e| panic!("{}: {e}", fixture.display_path()));
            (fixture.display_path(), value)
        })
        .collect()
}

/// Every fixture of every kind, parsed, with its path.
pub fn fixtures() -> Vec<(&'static Kind, String, Value)> {
    KINDS
        .iter()
        .flat_map(|kind| {
            fixtures_of(kind)
                .into_iter()
                .map(move |(path, value)| (kind, path, value))
        })
        .collect()
}

/// Every fixture and every single mutation of it.
pub fn single_cases() -> Vec<Case> {
    let mut out = Vec::new();
    for (kind, path, payload) in fixtures() {
        for mutation in mutations(&payload) {
            out.push(Case {
                kind,
                description: format!("{path} {}", mutation.description),
                value: mutation.value,
            });
        }
        out.push(Case {
            kind,
            description: path,
            value: payload,
        });
    }
    out
}

/// At least `count` compound mutations from `seed`: every fixture in turn, as many whole turns as
/// that takes, each case with 2 to 4 mutations made one after another, picked at random. The same
/// seed gives the same cases, and a fixture's cases depend only on the seed, its path and its
/// turn: a fixture or kind added to the repository adds cases and changes no other's.
pub fn compound_cases(seed: u64, count: usize) -> impl Iterator<Item = Case> {
    let fixtures = fixtures();
    let total = count.div_ceil(fixtures.len().max(1)) * fixtures.len();
    (0..total).filter_map(move |index| {
        let (kind, path, payload) = fixtures.get(index % fixtures.len())?;
        let turn = (index / fixtures.len()) as u64;
        let mut key = [0u8; 32];
        key[..8].copy_from_slice(&seed.to_le_bytes());
        key[8..16].copy_from_slice(&fnv(path.as_bytes()).to_le_bytes());
        key[16..24].copy_from_slice(&turn.to_le_bytes());
        let mut rng = TestRng::from_seed(RngAlgorithm::ChaCha, &key);
        let edits = 2 + (rng.next_u64() % 3) as usize;
        let mutation = compound(payload, edits, |n| (rng.next_u64() % n as u64) as usize);
        Some(Case {
            kind,
            description: format!("{path} (compound #{index}) {}", mutation.description),
            value: mutation.value,
        })
    })
}

/// FNV-1a of `bytes`: a fixture's path as part of its cases' seed.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// What each judge said of one case: `true` for accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdicts {
    /// The typed model reading the payload's text.
    pub parser: bool,
    /// The `jsonschema` crate on the kind's input schema (formats checked).
    pub schema: bool,
    /// ajv (draft 2020-12, strict mode, ajv-formats) on the same schema.
    pub ajv: bool,
    /// The npm package's guard `is<Type>Input`, compiled from the same schema ahead of time.
    pub guard: bool,
    /// `periskope-schema validate --type KIND` (the library's `Validator`).
    pub validator: bool,
    /// `periskope-schema validate` without `--type`: the kind detected, not given. Not part of
    /// [`Self::agree`]: it may rightly refuse a payload its kind accepts (told as another kind),
    /// but must never accept one its kind refuses.
    pub detected: bool,
}

impl Verdicts {
    /// True when every judge said the same.
    pub fn agree(&self) -> bool {
        self.parser == self.schema
            && self.schema == self.ajv
            && self.ajv == self.guard
            && self.guard == self.validator
    }
}

/// A case the judges disagree on, with what each said.
#[derive(Clone, Debug)]
pub struct Disagreement {
    /// The case.
    pub case: Case,
    /// The verdicts.
    pub verdicts: Verdicts,
    /// The parser's error, the schema's first error and ajv's first error, where they refused.
    pub reasons: String,
}

impl Disagreement {
    /// The case as a fixture to keep: `{"kind", "description", "payload"}`.
    pub fn fixture(&self) -> Value {
        json!({
            "kind": self.case.kind.name,
            "description": self.case.description,
            "payload": self.case.value,
        })
    }
}

/// Totals of a run, overall and by kind.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Cases judged.
    pub cases: usize,
    /// Cases every judge accepted.
    pub accepted: usize,
    /// Cases every judge refused.
    pub refused: usize,
    /// Cases judged, accepted by all and refused by all, by kind name.
    pub by_kind: BTreeMap<&'static str, (usize, usize, usize)>,
    /// The cases the judges disagree on.
    pub disagreements: Vec<Disagreement>,
    /// Cases the parser of their own kind refuses but `validate` without `--type` passes, with
    /// the kind detection chose: the worst failure a CI validator can have.
    pub detection_passes: Vec<(Case, Option<&'static str>)>,
    /// Cases the parser of their own kind refuses that the mutations made into a valid payload of
    /// another kind, as which `validate` without `--type` passes them, and that nothing in their
    /// keys tells from one: every top-level key their own kind recognises, the detected kind
    /// recognises too (a note whose `is_private_note` was dropped is a message; a map of
    /// participant results whose values became strings is a map of queue ids). No detection can
    /// refuse these without `--type`; they are counted apart from [`Self::detection_passes`].
    pub became_another_kind: Vec<(Case, &'static str)>,
    /// Cases their own kind accepts but `validate` without `--type` refuses (told as another
    /// kind, or not told), by kind name.
    pub detection_refusals: BTreeMap<&'static str, usize>,
}

impl Report {
    /// A table of the totals by kind and a summary line.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<28} {:>8} {:>9} {:>8} {:>13} {:>16} {:>18}",
            "kind",
            "cases",
            "accepted",
            "refused",
            "disagreements",
            "detection passes",
            "detection refusals"
        );
        for (kind, (cases, accepted, refused)) in &self.by_kind {
            let disagreements = self
                .disagreements
                .iter()
                .filter(|d| d.case.kind.name == *kind)
                .count();
            let passes = self
                .detection_passes
                .iter()
                .filter(|(case, _)| case.kind.name == *kind)
                .count();
            let refusals = self.detection_refusals.get(kind).copied().unwrap_or(0);
            let _ = writeln!(
                out,
                "{kind:<28} {cases:>8} {accepted:>9} {refused:>8} {disagreements:>13} {passes:>16} {refusals:>18}"
            );
        }
        let _ = writeln!(
            out,
            "{:<28} {:>8} {:>9} {:>8} {:>13} {:>16} {:>18}",
            "all",
            self.cases,
            self.accepted,
            self.refused,
            self.disagreements.len(),
            self.detection_passes.len(),
            self.detection_refusals.values().sum::<usize>()
        );
        let _ = writeln!(
            out,
            "without --type, also: {} refused payloads became valid payloads of another kind that their keys cannot tell apart",
            self.became_another_kind.len()
        );
        out
    }
}

/// The five judges: the `jsonschema` validators of every input schema, the library's
/// `Validator`, and ajv and the package's guards in a Node.js process that lives as long as
/// this.
pub struct Judges {
    schemas: BTreeMap<&'static str, jsonschema::Validator>,
    validator: periskope_validate::Validator,
    ajv: Ajv,
}

impl Judges {
    /// Compiles every committed input schema and starts ajv (installing the pinned npm packages
    /// when needed). Panics when something is missing: a judge must not be skipped.
    pub fn new() -> Self {
        let schemas = KINDS
            .iter()
            .map(|kind| {
                let path = Contract::Input.schema_path(kind.name);
                (kind.name, js::compiled_schema(&path))
            })
            .collect();
        let validator =
            periskope_validate::Validator::new(false).expect("the built-in schemas compile");
        Self {
            schemas,
            validator,
            ajv: Ajv::start(&js::schemas_dir()),
        }
    }

    fn schema(&self, kind: &Kind) -> &jsonschema::Validator {
        schema(&self.schemas, kind)
    }

    /// Judges `cases` (ajv judging the batch while the others run), adding to `report`.
    pub fn judge(&mut self, cases: Vec<Case>, report: &mut Report) {
        let requests: Vec<Value> = cases
            .iter()
            .map(|case| {
                json!({
                    "schema": Contract::Input.schema_path(case.kind.name),
                    "instance": case.value,
                    "guard": format!("{}Input", case.kind.type_name()),
                })
            })
            .collect();
        let ajv = self.ajv.verdicts(requests);
        let (schemas, validator) = (&self.schemas, &self.validator);
        let local: Vec<_> = cases
            .iter()
            .map(|case| {
                let text = serde_json::to_vec(&case.value).expect("a value writes");
                let detected = validator.validate(&text, None);
                (
                    case.kind.read_text(&text).is_ok(),
                    schema(schemas, case.kind).is_valid(&case.value),
                    validator.validate(&text, Some(case.kind)).is_valid(),
                    (detected.is_valid(), detected.kind),
                )
            })
            .collect();
        let ajv = ajv.join();
        for ((case, (parser, schema, validator, detected)), ajv) in
            cases.into_iter().zip(local).zip(ajv)
        {
            let verdicts = Verdicts {
                parser,
                schema,
                ajv: ajv.error.is_none(),
                guard: ajv.guard.as_ref().is_some_and(Option::is_none),
                validator,
                detected: detected.0,
            };
            let entry = report.by_kind.entry(case.kind.name).or_default();
            entry.0 += 1;
            report.cases += 1;
            if parser && !verdicts.detected {
                *report.detection_refusals.entry(case.kind.name).or_default() += 1;
            }
            if !parser && verdicts.detected {
                match detected.1.and_then(periskope_contract::kind) {
                    Some(other) if self.keys_tell_nothing(&case, other) => {
                        report.became_another_kind.push((case.clone(), other.name));
                    }
                    _ => report.detection_passes.push((case.clone(), detected.1)),
                }
            }
            if verdicts.agree() {
                if parser {
                    entry.1 += 1;
                    report.accepted += 1;
                } else {
                    entry.2 += 1;
                    report.refused += 1;
                }
            } else {
                let reasons = self.reasons(&case, ajv);
                report.disagreements.push(Disagreement {
                    case,
                    verdicts,
                    reasons,
                });
            }
        }
    }

    /// Whether nothing in `case`'s top-level keys tells its own kind from `other`: `other` is
    /// another kind and recognises every key that the case's kind recognises.
    fn keys_tell_nothing(&self, case: &Case, other: &'static Kind) -> bool {
        if other.name == case.kind.name {
            return false;
        }
        let (own, theirs) = (keys_of(case.kind), keys_of(other));
        case.value.as_object().is_none_or(|object| {
            object
                .keys()
                .all(|key| !own.contains(key) || theirs.contains(key))
        })
    }

    fn reasons(&self, case: &Case, js: JsVerdict) -> String {
        let text = serde_json::to_vec(&case.value).expect("a value writes");
        let parser = case
            .kind
            .read_text(&text)
            .err()
            .map_or_else(|| "accepts".to_owned(), |e| format!("refuses: {e}"));
        let schema = self
            .schema(case.kind)
            .iter_errors(&case.value)
            .next()
            .map_or_else(
                || "accepts".to_owned(),
                |e| format!("refuses: {}: {}", e.instance_path(), e.masked()),
            );
        let ajv = js
            .error
            .map_or_else(|| "accepts".to_owned(), |e| format!("refuses: {e}"));
        let guard = match js.guard {
            None => "not asked".to_owned(),
            Some(None) => "accepts".to_owned(),
            Some(Some(e)) => format!("refuses: {e}"),
        };
        let validator = self
            .validator
            .validate(&text, Some(case.kind))
            .findings
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; ");
        format!(
            "parser {parser}; jsonschema {schema}; ajv {ajv}; guard {guard}; validator [{validator}]"
        )
    }
}

/// The top-level keys `kind` recognises (its input schema's properties with their other
/// spellings, or the keys its detection lists), also for a kind never detected by keys.
fn keys_of(kind: &Kind) -> std::collections::BTreeSet<String> {
    kind.keys(&kind.schema(Contract::Input)).properties
}

fn schema<'a>(
    schemas: &'a BTreeMap<&'static str, jsonschema::Validator>,
    kind: &Kind,
) -> &'a jsonschema::Validator {
    schemas
        .get(kind.name)
        .unwrap_or_else(|| panic!("no input schema for {}", kind.name))
}

impl Default for Judges {
    fn default() -> Self {
        Self::new()
    }
}

/// ajv's verdict on each request (`{"schema": "json/chat.schema.json", "instance": …}`, the
/// schema a path under `schemas/`), in order: `None` for valid, else ajv's first error. Starts and
/// stops its own Node.js process.
pub fn ajv_verdicts(requests: Vec<Value>) -> Vec<Option<String>> {
    let mut ajv = Ajv::start(&js::schemas_dir());
    ajv.verdicts(requests)
        .join()
        .into_iter()
        .map(|verdict| verdict.error)
        .collect()
}

/// What the Node.js process said of one request.
struct JsVerdict {
    /// `None` for valid, else ajv's first error.
    error: Option<String>,
    /// The guard's verdict when one was named: `None` for valid, else its first finding.
    guard: Option<Option<String>>,
}

/// ajv in a Node.js process (`tests/js/ajv-verdicts.mjs`), judging JSON lines.
struct Ajv {
    child: Child,
    stdin: Option<ChildStdin>,
    stdout: BufReader<ChildStdout>,
}

/// ajv's verdicts on a batch, being written and read.
struct Pending<'a> {
    writer: std::thread::JoinHandle<std::io::Result<ChildStdin>>,
    ajv: &'a mut Ajv,
    count: usize,
}

impl Pending<'_> {
    /// One verdict per request, in order.
    fn join(self) -> Vec<JsVerdict> {
        let mut out = Vec::with_capacity(self.count);
        let mut line = String::new();
        for _ in 0..self.count {
            line.clear();
            let read = self.ajv.stdout.read_line(&mut line).expect("reads ajv");
            assert!(read > 0, "ajv stopped early: {}", self.ajv.stderr());
            let verdict: Value = serde_json::from_str(&line).expect("ajv writes JSON lines");
            let error_of = |verdict: &Value| {
                (verdict.get("valid") != Some(&json!(true))).then(|| {
                    verdict
                        .get("error")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned()
                })
            };
            out.push(JsVerdict {
                error: error_of(&verdict),
                guard: verdict.get("guard").map(error_of),
            });
        }
        let stdin = self
            .writer
            .join()
            .expect("the writer thread")
            .expect("writes to ajv");
        self.ajv.stdin = Some(stdin);
        out
    }
}

impl Ajv {
    fn start(schemas: &Path) -> Self {
        let mut child = js::node(&["ajv-verdicts.mjs", &schemas.to_string_lossy()])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("node runs");
        let stdin = child.stdin.take();
        let stdout = BufReader::new(child.stdout.take().expect("stdout"));
        Self {
            child,
            stdin,
            stdout,
        }
    }

    /// Sends `requests` (`{"schema", "instance"}`) from a thread; read the verdicts with
    /// [`Pending::join`].
    fn verdicts(&mut self, requests: Vec<Value>) -> Pending<'_> {
        let mut stdin = self.stdin.take().expect("ajv's input is open");
        let count = requests.len();
        let writer = std::thread::spawn(move || {
            let mut buffer = Vec::new();
            for request in &requests {
                serde_json::to_writer(&mut buffer, request)?;
                buffer.push(b'\n');
            }
            stdin.write_all(&buffer)?;
            stdin.flush()?;
            Ok(stdin)
        });
        Pending {
            writer,
            ajv: self,
            count,
        }
    }

    fn stderr(&mut self) -> String {
        let _ = self.child.kill();
        let mut text = String::new();
        if let Some(mut stderr) = self.child.stderr.take() {
            let _ = std::io::Read::read_to_string(&mut stderr, &mut text);
        }
        text
    }
}

impl Drop for Ajv {
    fn drop(&mut self) {
        drop(self.stdin.take());
        let _ = self.child.wait();
    }
}
