//! Positions in JSON text: where the value at a JSON path starts, and paths written for people.
//!
//! Validation works on parsed values, which have no positions; when a finding needs one, the
//! payload's text is scanned again up to the value. The text has already been parsed, so it is
//! valid JSON no deeper than serde_json's nesting limit.

use serde_json::Value;

/// One step of a JSON path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// A member of an object.
    Key(String),
    /// An element of an array.
    Index(usize),
}

/// The steps of a JSON pointer such as `/latest_message/ack` (RFC 6901 escapes undone). A
/// segment of digits is taken as an array index when the value there is an array.
pub fn pointer_steps(pointer: &str, root: &Value) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut current = Some(root);
    for raw in pointer.split('/').skip(1) {
        let segment = raw.replace("~1", "/").replace("~0", "~");
        match current {
            Some(Value::Array(items)) => match segment.parse::<usize>() {
                Ok(index) => {
                    current = items.get(index);
                    steps.push(Step::Index(index));
                }
                Err(_) => {
                    current = None;
                    steps.push(Step::Key(segment));
                }
            },
            Some(Value::Object(object)) => {
                current = object.get(&segment);
                steps.push(Step::Key(segment));
            }
            _ => {
                current = None;
                steps.push(Step::Key(segment));
            }
        }
    }
    steps
}

/// The steps of a path as the model writes it: `latest_message.id`, `links[0]`,
/// `members["918527184400@c.us"].is_admin`.
pub fn model_path_steps(path: &str) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("[\"") {
            // A quoted key: up to the closing `"]`, with `\"` and `\\` undone.
            let mut key = String::new();
            let mut chars = after.char_indices();
            let mut end = after.len();
            while let Some((index, c)) = chars.next() {
                match c {
                    '\\' => {
                        if let Some((_, escaped)) = chars.next() {
                            key.push(escaped);
                        }
                    }
                    '"' => {
                        end = index;
                        break;
                    }
                    other => key.push(other),
                }
            }
            steps.push(Step::Key(key));
            rest = after.get(end..).unwrap_or_default();
            rest = rest.strip_prefix("\"]").unwrap_or(rest);
        } else if let Some(after) = rest.strip_prefix('[') {
            let (index, tail) = after.split_once(']').unwrap_or((after, ""));
            match index.parse() {
                Ok(index) => steps.push(Step::Index(index)),
                Err(_) => steps.push(Step::Key(index.to_owned())),
            }
            rest = tail;
        } else {
            let rest_trimmed = rest.strip_prefix('.').unwrap_or(rest);
            let end = rest_trimmed.find(['.', '[']).unwrap_or(rest_trimmed.len());
            let (key, tail) = rest_trimmed.split_at(end);
            steps.push(Step::Key(key.to_owned()));
            rest = tail;
        }
    }
    steps
}

/// A path for people: `$`, `$.latest_message.ack`, `$.members["918527184400@c.us"]`, `$.links[0]`.
pub fn display_path(steps: &[Step]) -> String {
    let mut out = String::from("$");
    for step in steps {
        match step {
            Step::Index(index) => out.push_str(&format!("[{index}]")),
            Step::Key(key) => {
                let plain = !key.is_empty()
                    && key
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
                if plain {
                    out.push('.');
                    out.push_str(key);
                } else {
                    out.push('[');
                    out.push_str(&Value::from(key.as_str()).to_string());
                    out.push(']');
                }
            }
        }
    }
    out
}

/// 1-based line and column (in bytes) of byte `offset` in `text`.
pub fn line_column(text: &[u8], offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |newline| newline + 1);
    (line, offset - line_start + 1)
}

/// The byte offset in `text` where the value at `steps` starts; where a step is missing, the
/// start of the deepest value that exists.
pub fn locate(text: &[u8], steps: &[Step]) -> usize {
    let mut scanner = Scanner { text, at: 0 };
    scanner.skip_bom_and_whitespace();
    for step in steps {
        let start = scanner.at;
        let found = match step {
            Step::Key(key) => scanner.enter_member(key),
            Step::Index(index) => scanner.enter_element(*index),
        };
        if !found {
            return start;
        }
    }
    scanner.at
}

struct Scanner<'a> {
    text: &'a [u8],
    at: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn skip_bom_and_whitespace(&mut self) {
        if self.text.get(self.at..self.at + 3) == Some(b"\xEF\xBB\xBF".as_slice()) {
            self.at += 3;
        }
        self.skip_whitespace();
    }

    /// At a string's opening quote: moves past the closing quote; returns the raw contents.
    fn string(&mut self) -> &[u8] {
        let start = self.at + 1;
        self.at = start;
        while let Some(byte) = self.peek() {
            match byte {
                b'\\' => self.at += 2,
                b'"' => {
                    let contents = self.text.get(start..self.at).unwrap_or_default();
                    self.at += 1;
                    return contents;
                }
                _ => self.at += 1,
            }
        }
        self.text.get(start..).unwrap_or_default()
    }

    /// Moves past the value that starts here.
    fn skip_value(&mut self) {
        let mut depth = 0usize;
        loop {
            self.skip_whitespace();
            match self.peek() {
                None => return,
                Some(b'"') => {
                    self.string();
                }
                Some(b'{' | b'[') => {
                    depth += 1;
                    self.at += 1;
                    continue;
                }
                Some(b'}' | b']') => {
                    depth = depth.saturating_sub(1);
                    self.at += 1;
                }
                Some(b',' | b':') => {
                    self.at += 1;
                    continue;
                }
                Some(_) => {
                    while !matches!(
                        self.peek(),
                        None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                    ) {
                        self.at += 1;
                    }
                }
            }
            if depth == 0 {
                return;
            }
        }
    }

    /// At an object: moves to the value of member `key` (the last one, as parsing keeps the
    /// last of duplicate keys).
    fn enter_member(&mut self, key: &str) -> bool {
        if self.peek() != Some(b'{') {
            return false;
        }
        self.at += 1;
        let mut found = None;
        loop {
            self.skip_whitespace();
            match self.peek() {
                Some(b'"') => {
                    let raw = self.string();
                    let matches = if raw.contains(&b'\\') {
                        let mut quoted = Vec::with_capacity(raw.len() + 2);
                        quoted.push(b'"');
                        quoted.extend_from_slice(raw);
                        quoted.push(b'"');
                        serde_json::from_slice::<String>(&quoted).is_ok_and(|k| k == key)
                    } else {
                        raw == key.as_bytes()
                    };
                    self.skip_whitespace();
                    if self.peek() == Some(b':') {
                        self.at += 1;
                    }
                    self.skip_whitespace();
                    if matches {
                        found = Some(self.at);
                    }
                    self.skip_value();
                    self.skip_whitespace();
                    if self.peek() == Some(b',') {
                        self.at += 1;
                    }
                }
                _ => break,
            }
        }
        match found {
            Some(at) => {
                self.at = at;
                true
            }
            None => false,
        }
    }

    /// At an array: moves to element `index`.
    fn enter_element(&mut self, index: usize) -> bool {
        if self.peek() != Some(b'[') {
            return false;
        }
        self.at += 1;
        for _ in 0..index {
            self.skip_whitespace();
            if matches!(self.peek(), Some(b']') | None) {
                return false;
            }
            self.skip_value();
            self.skip_whitespace();
            if self.peek() == Some(b',') {
                self.at += 1;
            }
        }
        self.skip_whitespace();
        !matches!(self.peek(), Some(b']') | None)
    }
}

/// The value at `steps` in `root`, if there is one.
pub fn value_at<'v>(root: &'v Value, steps: &[Step]) -> Option<&'v Value> {
    steps
        .iter()
        .try_fold(root, |value, step| match (step, value) {
            (Step::Key(key), Value::Object(object)) => object.get(key),
            (Step::Index(index), Value::Array(items)) => items.get(*index),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_nested_members_and_elements() {
        let text =
            b"{\n  \"a\": {\"b\": [1, {\"c\": \"x\"}]},\n  \"d\\u0065\": true,\n  \"e\": 1\n}";
        let steps = |pointer: &str| {
            let root: Value = serde_json::from_slice(text).expect("valid");
            pointer_steps(pointer, &root)
        };
        assert_eq!(line_column(text, locate(text, &steps("/a/b/1/c"))), (2, 24));
        assert_eq!(line_column(text, locate(text, &steps("/de"))), (3, 14));
        assert_eq!(line_column(text, locate(text, &steps("/e"))), (4, 8));
        // A missing member gives its object.
        assert_eq!(line_column(text, locate(text, &steps("/a/zz"))), (2, 8));
        assert_eq!(line_column(text, locate(text, &[])), (1, 1));
    }

    #[test]
    fn model_paths_are_read_back() {
        assert_eq!(
            model_path_steps(r#"members["9@c.us"].is_admin"#),
            vec![
                Step::Key("members".into()),
                Step::Key("9@c.us".into()),
                Step::Key("is_admin".into())
            ]
        );
        assert_eq!(
            model_path_steps("latest_message.links[2].link"),
            vec![
                Step::Key("latest_message".into()),
                Step::Key("links".into()),
                Step::Index(2),
                Step::Key("link".into())
            ]
        );
        assert_eq!(model_path_steps(""), vec![]);
    }

    #[test]
    fn paths_for_people() {
        let root = json!({"members": {"9@c.us": {"is_admin": 1}}, "links": [{}]});
        assert_eq!(
            display_path(&pointer_steps("/members/9@c.us/is_admin", &root)),
            r#"$.members["9@c.us"].is_admin"#
        );
        assert_eq!(
            display_path(&pointer_steps("/links/0", &root)),
            "$.links[0]"
        );
        assert_eq!(display_path(&[]), "$");
    }
}
