//! `periskope-schema validate`: finds the payloads in files, folders and standard input, checks
//! them on every core, and reports the findings in order.
//!
//! A `.ndjson` or `.jsonl` file holds one payload per line and is read as a stream; any other
//! file holds one payload. Standard input is read as NDJSON when its first line is a whole JSON
//! value, and as one payload otherwise. Payloads are checked in batches by one thread per core;
//! the findings are printed in input order.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};

use super::report::{self, Placed, Reporter, Verdict};
use super::{Category, Finding, MAX_PAYLOAD_BYTES, Outcome, Severity, Validator};
use periskope_codegen::Kind;

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

/// Where payloads come from.
#[derive(Clone, Debug)]
enum Source {
    File(PathBuf),
    Stdin,
}

impl Source {
    fn name(&self) -> String {
        match self {
            Self::File(path) => path.display().to_string(),
            Self::Stdin => "<stdin>".to_owned(),
        }
    }
}

/// One payload to check, or a problem found while reading.
enum Item {
    Payload {
        source: usize,
        line: usize,
        text: Vec<u8>,
    },
    Problem {
        source: usize,
        line: usize,
        finding: Finding,
        unreadable: bool,
    },
}

/// A checked item.
struct Checked {
    source: usize,
    line: usize,
    outcome: Option<Outcome>,
    problem: Option<(Finding, bool)>,
}

/// Items are sent to the checking threads in batches of about this many bytes.
const BATCH_BYTES: usize = 256 << 10;
/// ... or this many payloads.
const BATCH_ITEMS: usize = 512;

/// The input paths: files as given, folders searched recursively for `*.json`, `*.ndjson` and
/// `*.jsonl` (in name order), `-` for standard input. What cannot be listed is returned as
/// problems.
fn expand(paths: &[String]) -> (Vec<Source>, Vec<(String, String)>) {
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        if path == "-" {
            sources.push(Source::Stdin);
            continue;
        }
        let path = PathBuf::from(path);
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => {
                let before = sources.len();
                walk(&path, &mut sources, &mut problems);
                if sources.len() == before {
                    problems.push((
                        path.display().to_string(),
                        format!(
                            "no payload files: looked for {} in the folder and its subfolders",
                            PAYLOAD_EXTENSIONS.map(|ext| format!("*.{ext}")).join(", ")
                        ),
                    ));
                }
            }
            Ok(_) => sources.push(Source::File(path)),
            Err(error) => {
                problems.push((path.display().to_string(), format!("cannot read: {error}")))
            }
        }
    }
    (sources, problems)
}

fn walk(dir: &Path, sources: &mut Vec<Source>, problems: &mut Vec<(String, String)>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            problems.push((
                dir.display().to_string(),
                format!("cannot read the folder: {error}"),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => paths.push(entry.path()),
            Err(error) => problems.push((
                dir.display().to_string(),
                format!("cannot list an entry: {error}"),
            )),
        }
    }
    paths.sort();
    for path in paths {
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, sources, problems),
            Ok(_) if is_payload_file(&path) => sources.push(Source::File(path)),
            Ok(_) => {}
            Err(error) => {
                problems.push((path.display().to_string(), format!("cannot read: {error}")))
            }
        }
    }
}

/// The extensions of the files a folder is searched for.
pub const PAYLOAD_EXTENSIONS: [&str; 3] = ["json", "ndjson", "jsonl"];

fn is_payload_file(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| PAYLOAD_EXTENSIONS.iter().any(|known| ext == *known))
}

fn is_ndjson(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext == "ndjson" || ext == "jsonl")
}

/// One line read by [`read_line`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct LineRead {
    /// The line was longer than the limit; only its start was kept.
    too_long: bool,
    /// The line ended with `\n` (rather than the end of the input).
    newline: bool,
}

/// Reads one line (without its `\n` or `\r\n`) into `line`, keeping at most `limit` bytes of
/// it; `None` at the end of input.
fn read_line(
    reader: &mut impl BufRead,
    line: &mut Vec<u8>,
    limit: usize,
) -> io::Result<Option<LineRead>> {
    line.clear();
    let mut read_any = false;
    let mut too_long = false;
    let mut newline = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        };
        if available.is_empty() {
            break;
        }
        read_any = true;
        let (chunk, used, done) = match memchr::memchr(b'\n', available) {
            Some(end) => (available.get(..end).unwrap_or_default(), end + 1, true),
            None => (available, available.len(), false),
        };
        if line.len() + chunk.len() <= limit {
            line.extend_from_slice(chunk);
        } else {
            too_long = true;
        }
        reader.consume(used);
        if done {
            newline = true;
            break;
        }
    }
    if !read_any {
        return Ok(None);
    }
    if newline && line.last() == Some(&b'\r') {
        line.pop();
    }
    Ok(Some(LineRead { too_long, newline }))
}

/// Sends batches of items to the checkers.
struct Batcher<'a> {
    sender: &'a SyncSender<(usize, Vec<Item>)>,
    items: Vec<Item>,
    bytes: usize,
    seq: usize,
}

impl Batcher<'_> {
    fn push(&mut self, item: Item) {
        if let Item::Payload { text, .. } = &item {
            self.bytes += text.len();
        }
        self.items.push(item);
        if self.bytes >= BATCH_BYTES || self.items.len() >= BATCH_ITEMS {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if self.items.is_empty() {
            return;
        }
        let items = std::mem::take(&mut self.items);
        self.bytes = 0;
        // The receivers outlive the sender; a send fails only if every checker has stopped.
        let _ = self.sender.send((self.seq, items));
        self.seq += 1;
    }

    fn problem(&mut self, source: usize, line: usize, message: String, unreadable: bool) {
        let finding = Finding {
            severity: Severity::Error,
            category: if unreadable {
                Category::Unreadable
            } else {
                Category::Syntax
            },
            line,
            column: usize::from(line > 0),
            path: "$".into(),
            message,
        };
        self.push(Item::Problem {
            source,
            line,
            finding,
            unreadable,
        });
    }
}

/// Reads at most [`MAX_PAYLOAD_BYTES`] more of `reader` after `text`; reports a larger payload.
fn read_rest(
    index: usize,
    start: usize,
    mut text: Vec<u8>,
    reader: &mut impl Read,
    batcher: &mut Batcher<'_>,
) {
    let limit = MAX_PAYLOAD_BYTES.saturating_sub(text.len()) as u64 + 1;
    if let Err(error) = reader.take(limit).read_to_end(&mut text) {
        batcher.problem(index, start, format!("cannot read: {error}"), true);
        return;
    }
    if text.len() > MAX_PAYLOAD_BYTES {
        batcher.problem(
            index,
            start,
            format!("payload larger than the limit of {MAX_PAYLOAD_BYTES} bytes; not read"),
            false,
        );
    } else {
        batcher.push(Item::Payload {
            source: index,
            line: start,
            text,
        });
    }
}

/// Reads a source's payloads into the batcher.
fn read_source(index: usize, source: &Source, batcher: &mut Batcher<'_>) {
    let (reader, ndjson): (Box<dyn Read>, Option<bool>) = match source {
        Source::Stdin => (Box::new(io::stdin().lock()), None),
        Source::File(path) => match File::open(path) {
            Ok(file) if is_ndjson(path) => (Box::new(file), Some(true)),
            Ok(mut file) => {
                // One payload: the whole file.
                read_rest(index, 1, Vec::new(), &mut file, batcher);
                return;
            }
            Err(error) => {
                batcher.problem(index, 0, format!("cannot read: {error}"), true);
                return;
            }
        },
    };
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let mut line = Vec::new();
    let mut number = 0;
    let mut payloads = 0;
    let mut ndjson = ndjson;
    loop {
        let read = match read_line(&mut reader, &mut line, MAX_PAYLOAD_BYTES) {
            Ok(read) => read,
            Err(error) => {
                batcher.problem(index, number + 1, format!("cannot read: {error}"), true);
                return;
            }
        };
        let Some(LineRead { too_long, newline }) = read else {
            break;
        };
        number += 1;
        let blank = !too_long && line.iter().all(u8::is_ascii_whitespace);
        if blank && ndjson == Some(true) {
            continue;
        }
        if ndjson.is_none() && !blank {
            // Standard input: NDJSON when the first line is a whole JSON value.
            let whole = serde_json::from_slice::<serde::de::IgnoredAny>(
                line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&line),
            )
            .is_ok();
            ndjson = Some(whole);
        }
        if ndjson == Some(true) {
            if too_long {
                batcher.problem(
                    index,
                    number,
                    format!("line longer than the limit of {MAX_PAYLOAD_BYTES} bytes; not read"),
                    false,
                );
            } else {
                batcher.push(Item::Payload {
                    source: index,
                    line: number,
                    text: line.clone(),
                });
            }
            payloads += 1;
        } else if ndjson == Some(false) {
            // One payload: this line and the rest of the input.
            if too_long {
                batcher.problem(
                    index,
                    number,
                    format!("payload larger than the limit of {MAX_PAYLOAD_BYTES} bytes; not read"),
                    false,
                );
                return;
            }
            let mut text = std::mem::take(&mut line);
            if newline {
                text.push(b'\n');
            }
            // The payload starts on this line: blank lines before it were skipped.
            read_rest(index, number, text, &mut reader, batcher);
            return;
        }
    }
    if payloads == 0 {
        // An empty file, or one of blank lines.
        batcher.push(Item::Payload {
            source: index,
            line: 1,
            text: Vec::new(),
        });
    }
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
            scope.spawn(move || check_batches(validator, kinds, &receiver, &sender));
        }
        drop(result_sender);
        let names = &names;
        let printer = &mut *out;
        let reporter = &mut *reporter;
        let printer = scope.spawn(move || print_results(result_receiver, names, reporter, printer));
        let mut batcher = Batcher {
            sender: &work_sender,
            items: Vec::new(),
            bytes: 0,
            seq: 0,
        };
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
        .find_map(periskope_codegen::kind)
}

fn check_batches(
    validator: &Validator,
    kinds: &[Option<&'static Kind>],
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
                    outcome: Some(validator.validate(&text, kinds.get(source).copied().flatten())),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_read_within_the_limit() {
        let mut reader = BufReader::with_capacity(4, &b"ab\r\n\nlong line here\nlast"[..]);
        let mut line = Vec::new();
        let mut lines = Vec::new();
        while let Some(read) = read_line(&mut reader, &mut line, 8).expect("reads") {
            lines.push((
                String::from_utf8_lossy(&line).into_owned(),
                read.too_long,
                read.newline,
            ));
        }
        assert_eq!(
            lines,
            vec![
                ("ab".to_owned(), false, true),
                (String::new(), false, true),
                ("long li".to_owned(), true, true),
                ("last".to_owned(), false, false)
            ]
        );
    }
}
