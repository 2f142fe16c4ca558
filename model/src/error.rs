//! Reading payloads with errors that say where (the JSON path) and what was expected.

use std::fmt;

use serde::de::DeserializeOwned;
use serde_path_to_error::Segment;

/// Why a payload could not be read into a model type.
///
/// Displays as `path: message`, for example
/// `latest_message.delivery_info.read_count: expected an integer, found "x"`.
/// Map keys that are not plain words are quoted: `members["918527184400@c.us"].is_admin`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    path: String,
    message: String,
    line: usize,
    column: usize,
    kind: ErrorKind,
}

/// What sort of problem an [`Error`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The text is not valid JSON.
    Syntax,
    /// The JSON ended before the value was complete.
    Eof,
    /// The JSON is valid but does not fit the type (a wrong type, a missing field, …).
    Data,
    /// The input could not be read.
    Io,
}

impl Error {
    /// The JSON path of the offending value, such as `latest_message.ack`; empty for the root.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What was wrong, without the path, such as `expected an integer, found "x"`.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// 1-based line of the input where the problem was found (0 when reading a `Value`).
    pub fn line(&self) -> usize {
        self.line
    }

    /// 1-based column of the input where the problem was found (0 when reading a `Value`).
    pub fn column(&self) -> usize {
        self.column
    }

    /// What sort of problem this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// True when the payload was refused for a reason a JSON Schema cannot state, so that the
    /// published input schema accepts it: an integer beyond 64 bits, a date that does not exist,
    /// a decimal string that overflows, a field given twice, or a whole number in float form too
    /// large to read exactly (`1e16`).
    pub fn is_beyond_json_schema(&self) -> bool {
        BEYOND_JSON_SCHEMA
            .iter()
            .any(|phrase| self.message.contains(phrase))
    }

    fn from_path_error(error: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let path = format_path(error.path());
        Self::from_json_error(path, error.into_inner())
    }

    fn from_json_error(path: String, inner: serde_json::Error) -> Self {
        let kind = match inner.classify() {
            serde_json::error::Category::Syntax => ErrorKind::Syntax,
            serde_json::error::Category::Eof => ErrorKind::Eof,
            serde_json::error::Category::Data => ErrorKind::Data,
            serde_json::error::Category::Io => ErrorKind::Io,
        };
        let (line, column) = (inner.line(), inner.column());
        let mut message = inner.to_string();
        let position = format!(" at line {line} column {column}");
        if let Some(stripped) = message.strip_suffix(&position) {
            message = stripped.to_owned();
        }
        // An error found by reading a nested value on its own carries its path in the message.
        let (path, message) = match message
            .strip_prefix("at ")
            .and_then(|rest| rest.split_once(": "))
        {
            Some((inner_path, rest)) => (join_path(&path, inner_path), rest.to_owned()),
            None => (path, message),
        };
        Self {
            path,
            message: humanize(&message),
            line,
            column,
            kind,
        }
    }
}

impl fmt::Display for Error {
    /// `path: message`; syntax and end-of-input errors also give their line and column, since
    /// the text, not the shape, is what is wrong there.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)?;
        if matches!(self.kind, ErrorKind::Syntax | ErrorKind::Eof) && self.line > 0 {
            write!(f, " at line {} column {}", self.line, self.column)?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// Phrases of the messages of the checks a JSON Schema cannot state (see
/// [`Error::is_beyond_json_schema`]); the tests below keep them in step with the messages.
const BEYOND_JSON_SCHEMA: &[&str] = &[
    "within 64 bits",
    "the date does not exist",
    "a finite number",
    "appears more than once",
    "cannot be read exactly",
];

/// Reads a model type from JSON text; the error names the JSON path.
///
/// ```
/// use periskope_model::{from_str, Chat};
///
/// let error = from_str::<Chat>(r#"{"org_id": "o", "chat_id": "c", "member_count": "x"}"#)
///     .unwrap_err();
/// assert_eq!(error.to_string(), r#"member_count: expected an integer, found "x""#);
/// ```
pub fn from_str<T: DeserializeOwned>(json: &str) -> Result<T, Error> {
    from_slice(json.as_bytes())
}

/// Reads a model type from JSON bytes; the error names the JSON path.
///
/// Valid input is read at full speed: the UTF-8 check is made once for the whole input rather
/// than string by string, and the path is tracked only when reading fails, by reading the input a
/// second time.
pub fn from_slice<T: DeserializeOwned>(json: &[u8]) -> Result<T, Error> {
    match std::str::from_utf8(json) {
        Ok(text) => serde_json::from_str(text).or_else(|_| from_slice_tracking_path(json)),
        // Invalid UTF-8: serde_json's reader names the position.
        Err(_) => from_slice_tracking_path(json),
    }
}

/// Reads `json` while tracking the path, for the error.
fn from_slice_tracking_path<T: DeserializeOwned>(json: &[u8]) -> Result<T, Error> {
    let mut deserializer = serde_json::Deserializer::from_slice(json);
    let value = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| Error::from_path_error(error).at_a_column(json))?;
    deserializer
        .end()
        .map_err(|error| Error::from_json_error(String::new(), error).at_a_column(json))?;
    Ok(value)
}

impl Error {
    /// serde_json says column 0 after a line break: when the offending byte is the line break
    /// itself (a raw newline inside a string), or a value of the wrong type starts the text. The
    /// first is placed at the end of the line it ends, the second at column 1.
    fn at_a_column(mut self, json: &[u8]) -> Self {
        if self.line > 0 {
            (self.line, self.column) = text_position(json, self.line, self.column);
        }
        self
    }
}

/// serde_json's `line` and `column` of a problem in `json` as a position whose column counts
/// from 1. serde_json says column 0 after a line break: when the offending byte is the line break
/// itself (a raw newline inside a string), or when a value of the wrong type starts the text. The
/// first is placed at the end of the line it ends, the second at column 1; other positions are
/// returned as they are.
///
/// ```
/// let json = b"{\"a\": \"x\n\"}";
/// let error = serde_json::from_slice::<serde_json::Value>(json).unwrap_err();
/// assert_eq!((error.line(), error.column()), (2, 0));
/// assert_eq!(periskope_model::text_position(json, 2, 0), (1, 9));
/// ```
pub fn text_position(json: &[u8], line: usize, column: usize) -> (usize, usize) {
    if column > 0 {
        (line, column)
    } else if line <= 1 {
        (1, 1)
    } else {
        let ended = json
            .split(|&b| b == b'\n')
            .nth(line - 2)
            .map_or(0, <[u8]>::len);
        (line - 1, ended + 1)
    }
}

/// Reads a model type from a parsed JSON value; the error names the JSON path.
pub fn from_value<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, Error> {
    T::deserialize(&value)
        .or_else(|_| serde_path_to_error::deserialize(&value).map_err(Error::from_path_error))
}

/// The message of a custom serde error for `error`, found by reading the value at `prefix` on
/// its own (a webhook's `data`, read once the event is known): `at data.ack: expected …`.
/// [`Error`] puts the path back where it belongs, and the text reads well as it is.
pub(crate) fn nested_message(prefix: &str, error: &Error) -> String {
    let path = join_path(prefix, error.path());
    if path.is_empty() {
        error.message().to_owned()
    } else {
        format!("at {path}: {}", error.message())
    }
}

/// `outer` followed by `inner`: `data` and `ack` give `data.ack`, `data` and `[0]` give `data[0]`.
fn join_path(outer: &str, inner: &str) -> String {
    if outer.is_empty() {
        inner.to_owned()
    } else if inner.is_empty() || inner.starts_with('[') {
        format!("{outer}{inner}")
    } else {
        format!("{outer}.{inner}")
    }
}

/// Reads a parsed JSON value with `seed`; the error names the JSON path, tracked only when the
/// first read fails (as [`from_value`] does for a type).
pub(crate) fn from_value_seed<T, S>(seed: S, value: &serde_json::Value) -> Result<T, Error>
where
    S: Copy + for<'de> serde::de::DeserializeSeed<'de, Value = T>,
{
    seed.deserialize(value).or_else(|_| {
        let mut track = serde_path_to_error::Track::new();
        let read = seed.deserialize(serde_path_to_error::Deserializer::new(value, &mut track));
        read.map_err(|error| {
            Error::from_path_error(serde_path_to_error::Error::new(track.path(), error))
        })
    })
}

/// Formats a path as `a.b[3]["odd key"]`.
fn format_path(path: &serde_path_to_error::Path) -> String {
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => push_index(&mut out, *index),
            Segment::Map { key } | Segment::Enum { variant: key } => push_key(&mut out, key),
            // A position serde could not name (inside a syntax error) adds nothing readable.
            Segment::Unknown => {}
        }
    }
    out
}

/// Appends an object key to a path: `.key` for a plain word, `["key"]` otherwise.
pub(crate) fn push_key(out: &mut String, key: &str) {
    let plain = !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if plain {
        if !out.is_empty() {
            out.push('.');
        }
        out.push_str(key);
    } else {
        out.push_str(&format!("[{key:?}]"));
    }
}

/// Appends an array index to a path: `[3]`.
pub(crate) fn push_index(out: &mut String, index: usize) {
    out.push_str(&format!("[{index}]"));
}

/// Rewrites serde's messages into `expected X, found Y` form.
fn humanize(message: &str) -> String {
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = message.strip_prefix(prefix) {
            if let Some((found, expected)) = rest.rsplit_once(", expected ") {
                return format!(
                    "expected {}, found {}",
                    expected_words(expected),
                    found_words(found)
                );
            }
        }
    }
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return format!("missing required field \"{field}\"");
    }
    if let Some(field) = message
        .strip_prefix("duplicate field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return format!(
            "the field \"{field}\" appears more than once (possibly under two spellings)"
        );
    }
    message.to_owned()
}

fn expected_words(expected: &str) -> String {
    match expected {
        "u8" => "an integer from 0 to 255".to_owned(),
        "u16" | "u32" | "u64" => "a non-negative integer".to_owned(),
        "i32" | "i64" => "an integer".to_owned(),
        "f64" => "a number".to_owned(),
        "a sequence" => "an array".to_owned(),
        "a map" => "an object".to_owned(),
        _ => match expected.strip_prefix("struct ") {
            Some(name) => format!("an object ({name})"),
            None => expected.to_owned(),
        },
    }
}

fn found_words(found: &str) -> String {
    if let Some(text) = found.strip_prefix("string ") {
        return text.to_owned();
    }
    for prefix in ["integer ", "floating point ", "boolean ", "character "] {
        if let Some(value) = found.strip_prefix(prefix) {
            return value.trim_matches('`').to_owned();
        }
    }
    match found {
        "map" => "an object".to_owned(),
        "sequence" => "an array".to_owned(),
        "unit value" | "null" => "null".to_owned(),
        _ => found.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn positions_start_at_column_1() -> Result<(), String> {
        use crate::Chat;
        // A raw line break inside a string is shown where it is: line 2, after `  "c`.
        let error = crate::from_str::<Chat>("{\"org_id\": \"o\",\n  \"chat_id\": \"c\n\"}")
            .err()
            .ok_or("a raw line break is refused")?;
        assert_eq!((error.line(), error.column()), (2, 16), "{error}");
        // A value of the wrong type at the start of the text.
        let error = crate::from_str::<Chat>("[1]")
            .err()
            .ok_or("an array is not a chat")?;
        assert_eq!((error.line(), error.column()), (1, 1), "{error}");
        Ok(())
    }

    #[test]
    fn checks_beyond_json_schema_are_recognised() {
        use crate::Chat;
        let chat = |extra: &str| format!(r#"{{"org_id": "o", "chat_id": "c", {extra}}}"#);
        for (payload, beyond) in [
            (chat(r#""member_count": "99999999999999999999""#), true),
            (chat(r#""member_count": 1e16"#), true),
            (chat(r#""updated_at": "2024-02-30T10:00:00Z""#), true),
            (chat(r#""chat_id": "d""#), true),
            (chat(r#""member_count": "x""#), false),
            (chat(r#""updated_at": "yesterday""#), false),
        ] {
            let error = from_str::<Chat>(&payload).expect_err("refused");
            assert_eq!(error.is_beyond_json_schema(), beyond, "{payload}: {error}");
        }
    }

    use super::*;

    #[test]
    fn messages_read_expected_then_found() {
        assert_eq!(
            humanize(r#"invalid type: string "x", expected a boolean"#),
            r#"expected a boolean, found "x""#
        );
        assert_eq!(
            humanize("invalid type: integer `5`, expected a string"),
            "expected a string, found 5"
        );
        assert_eq!(
            humanize("invalid type: map, expected a sequence"),
            "expected an array, found an object"
        );
        assert_eq!(
            humanize("invalid type: null, expected struct Media"),
            "expected an object (Media), found null"
        );
        assert_eq!(
            humanize("missing field `chat_id`"),
            r#"missing required field "chat_id""#
        );
    }
}
