//! `periskope-schema validate`: finds the payloads in files, folders and standard input, checks
//! them on every core, and reports the findings in order.
//!
//! A `.ndjson` or `.jsonl` file holds one payload per line and is read as a stream; any other
//! file holds one payload. Standard input is read as NDJSON when its first line is a whole JSON
//! value, and as one payload otherwise. Payloads are checked in batches by one thread per core;
//! the findings are printed in input order.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};

use super::report::{self, Placed, Reporter, Verdict};
use super::{Category, Finding, Outcome, Severity, Validator};
use input::{Batcher, Item, Source, expand, read_source};
use periskope_contract::Kind;

mod input;

pub use crate::report::{Format, Summary};
pub use input::PAYLOAD_EXTENSIONS;

/// What to check and how to report.
#[derive(Clone, Debug)]
pub struct Options {
    /// Check every payload as this kind; `None` detects each payload's kind from its keys.
    pub kind: Option<&'static Kind>,
    /// Without [`Self::kind`], check a file under a folder named after a kind (the nearest
    /// such folder, such as `recorded/send-message-request/`) as that kind; the others are
    /// detected.
    pub kind_from_folder: bool,
    /// How to write findings.
    pub format: Format,
    /// Threads checking payloads (at least 1).
    pub jobs: usize,
    /// With [`Format::Github`], the file the whole report is appended to as a Markdown table
    /// (the command passes `$GITHUB_STEP_SUMMARY`).
    pub step_summary: Option<PathBuf>,
    /// Every payload is an exchange recorded by `periskope-schema mock --record`: its request
    /// and answer bodies are checked as the kinds it names ([`Self::kind`] is not used).
    pub exchanges: bool,
}

/// A checked item.
struct Checked {
    source: usize,
    line: usize,
    outcome: Option<Outcome>,
    problem: Option<(Finding, bool)>,
}

/// Checks the payloads in `paths` and writes the findings and a summary to `out`.
pub fn run(
    validator: &Validator,
    paths: &[String],
    options: &Options,
    out: &mut (dyn Write + Send),
) -> io::Result<Summary> {
    let (sources, listing_problems) = expand(paths);
    let names: Vec<String> = sources.iter().map(Source::name).collect();
    let kinds: Vec<Option<&'static Kind>> = sources
        .iter()
        .map(|source| options.kind.or_else(|| source_kind(source, options)))
        .collect();
    let jobs = options.jobs.max(1);
    let mut reporter = report::reporter(options.format, options.step_summary.clone());
    let mut summary = std::thread::scope(|scope| {
        let (work_sender, work_receiver) = sync_channel::<(usize, Vec<Item>)>(jobs * 2);
        let work_receiver = Arc::new(Mutex::new(work_receiver));
        let (result_sender, result_receiver) = sync_channel::<(usize, Vec<Checked>)>(jobs * 4);
        for _ in 0..jobs {
            let receiver = Arc::clone(&work_receiver);
            let sender = result_sender.clone();
            let kinds = &kinds;
            let exchanges = options.exchanges;
            scope.spawn(move || check_batches(validator, kinds, exchanges, &receiver, &sender));
        }
        drop(result_sender);
        let names = &names;
        let printer = &mut *out;
        let reporter = &mut *reporter;
        let printer = scope.spawn(move || print_results(result_receiver, names, reporter, printer));
        let mut batcher = Batcher::new(&work_sender);
        for (index, source) in sources.iter().enumerate() {
            read_source(index, source, &mut batcher);
        }
        batcher.flush();
        drop(work_sender);
        printer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the printing thread failed")))
    })?;
    summary.files = sources.len();
    for (path, message) in listing_problems {
        summary.unreadable += 1;
        summary.findings += 1;
        let finding = Finding {
            severity: Severity::Error,
            category: Category::Unreadable,
            line: 0,
            column: 0,
            path: "$".into(),
            message,
        };
        let verdict = Verdict {
            file: &path,
            start: 0,
            kind: None,
            detected: false,
            unreadable: true,
            findings: vec![Placed {
                line: 0,
                column: 0,
                finding: &finding,
            }],
        };
        reporter.verdict(out, &verdict)?;
    }
    reporter.finish(out, &summary)?;
    Ok(summary)
}

/// The kind named by the nearest folder of `source` that is named after one, when
/// [`Options::kind_from_folder`] asks for it.
fn source_kind(source: &Source, options: &Options) -> Option<&'static Kind> {
    let Source::File(path) = source else {
        return None;
    };
    if !options.kind_from_folder {
        return None;
    }
    path.ancestors()
        .skip(1)
        .filter_map(|folder| folder.file_name()?.to_str())
        .find_map(periskope_contract::kind)
}

fn check_batches(
    validator: &Validator,
    kinds: &[Option<&'static Kind>],
    exchanges: bool,
    receiver: &Mutex<Receiver<(usize, Vec<Item>)>>,
    sender: &SyncSender<(usize, Vec<Checked>)>,
) {
    loop {
        let batch = {
            let guard = receiver
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            guard.recv()
        };
        let Ok((seq, items)) = batch else { return };
        let checked = items
            .into_iter()
            .map(|item| match item {
                Item::Payload { source, line, text } => Checked {
                    source,
                    line,
                    outcome: Some(if exchanges {
                        crate::exchange::validate(validator, &text)
                    } else {
                        validator.validate(&text, kinds.get(source).copied().flatten())
                    }),
                    problem: None,
                },
                Item::Problem {
                    source,
                    line,
                    finding,
                    unreadable,
                } => Checked {
                    source,
                    line,
                    outcome: None,
                    problem: Some((finding, unreadable)),
                },
            })
            .collect();
        if sender.send((seq, checked)).is_err() {
            return;
        }
    }
}

/// Reports results in input order as they arrive, and totals them.
fn print_results(
    receiver: Receiver<(usize, Vec<Checked>)>,
    names: &[String],
    reporter: &mut (dyn Reporter + Send),
    out: &mut (dyn Write + Send),
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    let mut waiting: BTreeMap<usize, Vec<Checked>> = BTreeMap::new();
    let mut next = 0;
    for (seq, batch) in receiver {
        waiting.insert(seq, batch);
        while let Some(batch) = waiting.remove(&next) {
            for checked in batch {
                let file = names.get(checked.source).map_or("?", String::as_str);
                let placed = |finding| {
                    let (line, column) = file_position(checked.line, finding);
                    Placed {
                        line,
                        column,
                        finding,
                    }
                };
                if let Some((finding, unreadable)) = &checked.problem {
                    summary.findings += 1;
                    if *unreadable {
                        summary.unreadable += 1;
                    } else {
                        summary.payloads += 1;
                        summary.invalid += 1;
                    }
                    let verdict = Verdict {
                        file,
                        start: checked.line,
                        kind: None,
                        detected: false,
                        unreadable: *unreadable,
                        findings: vec![placed(finding)],
                    };
                    reporter.verdict(out, &verdict)?;
                    continue;
                }
                let Some(outcome) = &checked.outcome else {
                    continue;
                };
                summary.payloads += 1;
                if let Some(kind) = outcome.kind {
                    *summary.kinds.entry(kind).or_insert(0) += 1;
                }
                if outcome.is_valid() {
                    summary.valid += 1;
                } else {
                    summary.invalid += 1;
                }
                summary.findings += outcome.findings.len();
                let verdict = Verdict {
                    file,
                    start: checked.line,
                    kind: outcome.kind,
                    detected: outcome.detected,
                    unreadable: false,
                    findings: outcome.findings.iter().map(placed).collect(),
                };
                reporter.verdict(out, &verdict)?;
            }
            next += 1;
        }
    }
    Ok(summary)
}

/// The finding's position in its file: its payload starts at line `start`.
fn file_position(start: usize, finding: &Finding) -> (usize, usize) {
    if finding.line == 0 || start == 0 {
        (start, finding.column)
    } else {
        (start + finding.line - 1, finding.column)
    }
}
