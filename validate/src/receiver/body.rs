//! The bodies the receiver tools send: an example delivery or a file, edited by path, written
//! compact, pretty-printed or with `\u` escapes, and one byte changed after signing.

use serde_json::Value;

/// An edit of a body: `--set PATH=JSON` or `--unset PATH`.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Sets the value at the path, making the objects on the way.
    Set(Vec<String>, Value),
    /// Removes the value at the path.
    Unset(Vec<String>),
}

impl Edit {
    /// Reads `PATH=JSON` (`data.body="hi"`, `data.ack=3`, `/data/a.b/0=null`).
    pub fn parse_set(text: &str) -> Result<Self, String> {
        let (path, json) = text
            .split_once('=')
            .ok_or_else(|| format!("--set {text}: expected PATH=JSON, such as data.body=\"hi\""))?;
        let value = serde_json::from_str(json).map_err(|e| {
            format!(
                "--set {text}: the value is not JSON ({e}); a string is quoted: {path}='\"{json}\"'"
            )
        })?;
        Ok(Self::Set(parse_path(path)?, value))
    }

    /// Reads `PATH` of `--unset`.
    pub fn parse_unset(text: &str) -> Result<Self, String> {
        Ok(Self::Unset(parse_path(text)?))
    }

    /// Applies the edit to `body`.
    pub fn apply(&self, body: &mut Value) -> Result<(), String> {
        match self {
            Self::Set(path, value) => set(body, path, value.clone()),
            Self::Unset(path) => unset(body, path),
        }
    }
}

/// A path: a JSON pointer (`/data/body`) or dotted keys (`data.body`, `data.members.0`).
fn parse_path(text: &str) -> Result<Vec<String>, String> {
    let parts: Vec<String> = if let Some(pointer) = text.strip_prefix('/') {
        pointer
            .split('/')
            .map(|part| part.replace("~1", "/").replace("~0", "~"))
            .collect()
    } else {
        text.split('.').map(str::to_owned).collect()
    };
    if text.is_empty() || parts.iter().any(String::is_empty) {
        return Err(format!(
            "{text:?} is not a path: dotted keys (data.body) or a JSON pointer (/data/body)"
        ));
    }
    Ok(parts)
}

fn set(body: &mut Value, path: &[String], value: Value) -> Result<(), String> {
    let Some((last, parents)) = path.split_last() else {
        return Err("an empty path".into());
    };
    let mut at = body;
    for (depth, key) in parents.iter().enumerate() {
        at = match at {
            Value::Object(map) => map
                .entry(key.clone())
                .or_insert_with(|| Value::Object(Default::default())),
            Value::Array(items) => {
                index(items, key).ok_or_else(|| missing(prefix(path, depth + 1)))?
            }
            _ => return Err(not_a_container(prefix(path, depth))),
        };
    }
    match at {
        Value::Object(map) => {
            map.insert(last.clone(), value);
        }
        Value::Array(items) => *index(items, last).ok_or_else(|| missing(path))? = value,
        _ => return Err(not_a_container(parents)),
    }
    Ok(())
}

fn unset(body: &mut Value, path: &[String]) -> Result<(), String> {
    let Some((last, parents)) = path.split_last() else {
        return Err("an empty path".into());
    };
    let mut at = body;
    for (depth, key) in parents.iter().enumerate() {
        at = match at {
            Value::Object(map) => map.get_mut(key),
            Value::Array(items) => index(items, key),
            _ => None,
        }
        .ok_or_else(|| missing(prefix(path, depth + 1)))?;
    }
    let removed = match at {
        Value::Object(map) => map.remove(last).is_some(),
        Value::Array(items) => match last.parse::<usize>() {
            Ok(i) if i < items.len() => {
                items.remove(i);
                true
            }
            _ => false,
        },
        _ => false,
    };
    if removed { Ok(()) } else { Err(missing(path)) }
}

fn index<'a>(items: &'a mut [Value], key: &str) -> Option<&'a mut Value> {
    key.parse::<usize>().ok().and_then(|i| items.get_mut(i))
}

/// The first `n` steps of `path` (all of them when it is shorter).
fn prefix(path: &[String], n: usize) -> &[String] {
    path.get(..n).unwrap_or(path)
}

fn missing(path: &[String]) -> String {
    format!("the body has nothing at {}", path.join("."))
}

fn not_a_container(path: &[String]) -> String {
    format!(
        "{} is neither an object nor an array",
        if path.is_empty() {
            "the body".to_owned()
        } else {
            path.join(".")
        }
    )
}

/// How a body is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// One line, no spaces.
    Compact,
    /// Indented by two spaces.
    Pretty,
    /// Compact, with every non-ASCII character and every `@` in a string written as a `\u`
    /// escape: the same value in other bytes.
    Escaped,
}

impl Layout {
    /// The name the reports use.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Compact => "compact",
            Self::Pretty => "pretty",
            Self::Escaped => "escaped",
        }
    }
}

/// `body` written in `layout`.
pub fn write(body: &Value, layout: Layout) -> Vec<u8> {
    match layout {
        Layout::Compact => body.to_string().into_bytes(),
        Layout::Pretty => serde_json::to_string_pretty(body)
            .unwrap_or_else(|_| body.to_string())
            .into_bytes(),
        Layout::Escaped => escape(&body.to_string()).into_bytes(),
    }
}

/// Compact JSON text with every non-ASCII character and every `@` inside strings escaped.
fn escape(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() + compact.len() / 4);
    let (mut in_string, mut escaped) = (false, false);
    for c in compact.chars() {
        if in_string && !escaped && (c == '@' || !c.is_ascii()) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
            continue;
        }
        out.push(c);
        if escaped {
            escaped = false;
        } else if in_string && c == '\\' {
            escaped = true;
        } else if c == '"' {
            in_string = !in_string;
        }
    }
    out
}

/// `body` with one byte changed inside a string value, so that it is still JSON of the same
/// shape but not what was signed; `None` when no string has a letter or digit to change.
pub fn tamper(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = body.to_vec();
    let (mut in_string, mut escaped, mut after_colon) = (false, false, false);
    let mut value_string = false;
    for byte in out.iter_mut() {
        if in_string {
            if escaped {
                escaped = false;
            } else if *byte == b'\\' {
                escaped = true;
            } else if *byte == b'"' {
                in_string = false;
            } else if value_string && byte.is_ascii_alphanumeric() {
                *byte = if *byte == b'x' { b'y' } else { b'x' };
                return Some(out);
            }
            continue;
        }
        match *byte {
            b'"' => {
                in_string = true;
                value_string = after_colon;
            }
            b':' => after_colon = true,
            b',' | b'{' | b'[' => after_colon = false,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn edits_set_and_unset_by_dotted_path_or_pointer() {
        let mut body = json!({"data": {"body": "a", "members": [1, 2]}, "id": "e"});
        Edit::parse_set(r#"data.body="b""#)
            .and_then(|e| e.apply(&mut body))
            .expect("sets");
        Edit::parse_set("/data/members/1=3")
            .and_then(|e| e.apply(&mut body))
            .expect("sets");
        Edit::parse_set("data.new.deep=true")
            .and_then(|e| e.apply(&mut body))
            .expect("sets");
        Edit::parse_unset("id")
            .and_then(|e| e.apply(&mut body))
            .expect("unsets");
        assert_eq!(
            body,
            json!({"data": {"body": "b", "members": [1, 3], "new": {"deep": true}}})
        );
        assert_eq!(
            Edit::parse_unset("data.nothing").and_then(|e| e.apply(&mut body)),
            Err("the body has nothing at data.nothing".into())
        );
        assert!(
            Edit::parse_set("data.body=hi")
                .unwrap_err()
                .contains("not JSON")
        );
        assert!(
            Edit::parse_set("data.body")
                .unwrap_err()
                .contains("PATH=JSON")
        );
        assert!(
            Edit::parse_unset("a..b")
                .unwrap_err()
                .contains("is not a path")
        );
        assert_eq!(
            Edit::parse_set("data.body.x=1").and_then(|e| e.apply(&mut body)),
            Err("data.body is neither an object nor an array".into())
        );
    }

    #[test]
    fn layouts_write_the_same_value_in_other_bytes() {
        let body = json!({"data": {"body": "héllo 👍", "chat_id": "1@c.us"}, "n": 1.5});
        let compact = write(&body, Layout::Compact);
        let pretty = write(&body, Layout::Pretty);
        let escaped = write(&body, Layout::Escaped);
        assert_eq!(
            String::from_utf8(escaped.clone()).expect("ASCII"),
            r#"{"data":{"body":"h\u00e9llo \ud83d\udc4d","chat_id":"1\u0040c.us"},"n":1.5}"#
        );
        for bytes in [&compact, &pretty, &escaped] {
            assert_eq!(serde_json::from_slice::<Value>(bytes).expect("JSON"), body);
        }
        assert!(compact != pretty && compact != escaped);
    }

    #[test]
    fn tampering_changes_one_byte_of_a_string_value() {
        let body = br#"{"event_type":"x.y","data":{"k":"abc"}}"#;
        let changed = tamper(body).expect("a string value");
        assert_eq!(
            changed,
            br#"{"event_type":"y.y","data":{"k":"abc"}}"#.to_vec()
        );
        let data_first =
            tamper(br#"{"data":{"k":"abc"},"event_type":"x"}"#).expect("a string value");
        assert_eq!(
            data_first,
            br#"{"data":{"k":"xbc"},"event_type":"x"}"#.to_vec()
        );
        assert_eq!(tamper(br#"{"a":1}"#), None);
    }
}
