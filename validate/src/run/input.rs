//! Finding payloads: files as given, folders searched for payload files, standard input; an
//! NDJSON file read line by line as a stream, any other file as one payload; each payload (or
//! the problem met reading it) handed to the checkers in batches.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc::SyncSender;

use crate::{Category, Finding, MAX_PAYLOAD_BYTES, Severity};

/// Where payloads come from.
#[derive(Clone, Debug)]
pub(super) enum Source {
    File(PathBuf),
    Stdin,
}

impl Source {
    pub(super) fn name(&self) -> String {
        match self {
            Self::File(path) => path.display().to_string(),
            Self::Stdin => "<stdin>".to_owned(),
        }
    }
}

/// One payload to check, or a problem found while reading.
pub(super) enum Item {
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

/// Items are sent to the checking threads in batches of about this many bytes.
const BATCH_BYTES: usize = 256 << 10;
/// ... or this many payloads.
const BATCH_ITEMS: usize = 512;

/// The input paths: files as given, folders searched recursively for `*.json`, `*.ndjson` and
/// `*.jsonl` (in name order), `-` for standard input. What cannot be listed is returned as
/// problems.
pub(super) fn expand(paths: &[String]) -> (Vec<Source>, Vec<(String, String)>) {
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
pub(super) struct Batcher<'a> {
    sender: &'a SyncSender<(usize, Vec<Item>)>,
    items: Vec<Item>,
    bytes: usize,
    seq: usize,
}

impl<'a> Batcher<'a> {
    /// A batcher sending to `sender`, numbering its batches from 0.
    pub(super) fn new(sender: &'a SyncSender<(usize, Vec<Item>)>) -> Self {
        Self {
            sender,
            items: Vec::new(),
            bytes: 0,
            seq: 0,
        }
    }

    fn push(&mut self, item: Item) {
        if let Item::Payload { text, .. } = &item {
            self.bytes += text.len();
        }
        self.items.push(item);
        if self.bytes >= BATCH_BYTES || self.items.len() >= BATCH_ITEMS {
            self.flush();
        }
    }

    /// Sends what is left.
    pub(super) fn flush(&mut self) {
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
pub(super) fn read_source(index: usize, source: &Source, batcher: &mut Batcher<'_>) {
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
