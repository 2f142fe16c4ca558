//! `periskope-schema send`: one delivery, signed over exactly the bytes sent, posted to an
//! endpoint.

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use periskope_model::WebhookEventName;
use periskope_model::verify::sign;
use serde_json::Value;

use super::body::{self, Edit, Layout};
use super::http::{self, Target};
use super::key::SigningKey;

/// What a delivery's body is made from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The example delivery of this event (`periskope_model::examples`).
    Event(String),
    /// A file (`-`: standard input), sent as read unless edited or pretty-printed; with an
    /// event name that its envelope does not already have, the name is set (an edit).
    File(PathBuf, Option<String>),
}

/// How the delivery is signed.
#[derive(Clone, Debug)]
pub enum Signing {
    /// The HMAC-SHA256 of the bytes sent under this key.
    Key(SigningKey),
    /// No signature header.
    Unsigned,
    /// A signature of the bytes under another key: a receiver must refuse it.
    Bad,
}

/// Everything `send` does.
#[derive(Clone, Debug)]
pub struct SendOptions {
    /// Where to post.
    pub target: Target,
    /// The body's source.
    pub source: Source,
    /// `--set` and `--unset`, in order.
    pub edits: Vec<Edit>,
    /// Pretty-print the body (otherwise an example or an edited body is sent compact).
    pub pretty: bool,
    /// The signature.
    pub signing: Signing,
    /// How many times to post the same bytes.
    pub repeat: u32,
    /// Bounds connecting and each read and write.
    pub timeout: Duration,
    /// An answer slower than this gets a warning.
    pub slow_after: Duration,
    /// Send a body the model does not read, instead of refusing to.
    pub allow_invalid: bool,
}

/// The body's bytes: the source, edited and laid out.
pub fn prepare(source: &Source, edits: &[Edit], pretty: bool) -> Result<Vec<u8>, String> {
    let raw = match source {
        Source::Event(name) => {
            let event = WebhookEventName::from(name.as_str());
            periskope_model::examples::delivery(&event)
                .ok_or_else(|| unknown_event(name))?
                .as_bytes()
                .to_vec()
        }
        Source::File(path, _) if path.as_os_str() == "-" => {
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)
                .map_err(|e| format!("standard input: {e}"))?;
            bytes
        }
        Source::File(path, _) => {
            std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?
        }
    };
    // A file is sent as read unless something changes it, and parsed only to see whether
    // something does.
    let as_read = matches!(source, Source::File(..)) && edits.is_empty() && !pretty;
    let event = match source {
        Source::File(_, event) => event.as_deref(),
        Source::Event(_) => None,
    };
    if as_read && event.is_none() {
        return Ok(raw);
    }
    let mut value: Value = match serde_json::from_slice(&raw) {
        Ok(value) => value,
        Err(_) if as_read => return Ok(raw),
        Err(e) => {
            return Err(match source {
                Source::File(path, _) => format!("{}: not JSON: {e}", path.display()),
                Source::Event(name) => format!("the example of {name}: {e}"),
            });
        }
    };
    let renamed = event.and_then(|event| rename(&value, event));
    if as_read && renamed.is_none() {
        return Ok(raw);
    }
    for edit in renamed.iter().chain(edits) {
        edit.apply(&mut value)?;
    }
    Ok(body::write(
        &value,
        if pretty {
            Layout::Pretty
        } else {
            Layout::Compact
        },
    ))
}

/// The edit that names `event` in the envelope `body`, under the key it already uses (`event` or
/// `event_type`, else `event_type`); `None` when it already names it or is not an envelope.
fn rename(body: &Value, event: &str) -> Option<Edit> {
    let Value::Object(envelope) = body else {
        return None;
    };
    let key = if envelope.contains_key("event") {
        "event"
    } else {
        "event_type"
    };
    (envelope.get(key).and_then(Value::as_str) != Some(event))
        .then(|| Edit::Set(vec![key.to_owned()], Value::from(event)))
}

fn unknown_event(name: &str) -> String {
    let known: Vec<&str> = WebhookEventName::KNOWN.iter().map(|n| n.as_str()).collect();
    format!(
        "no example of the event {name:?}; the examples are {}; send another body with --file",
        known.join(", ")
    )
}

/// The model's findings on `body` as a webhook delivery; empty when it reads.
pub fn check(body: &[u8]) -> Result<Vec<String>, String> {
    let kind =
        periskope_contract::kind_of::<periskope_model::WebhookEvent>().ok_or("no webhook kind")?;
    let outcome = crate::Validator::new(false)?.validate(body, Some(kind));
    Ok(if outcome.is_valid() {
        Vec::new()
    } else {
        outcome.findings.iter().map(ToString::to_string).collect()
    })
}

/// The signature header of `body`, if any.
pub fn signature(body: &[u8], signing: &Signing) -> Option<String> {
    match signing {
        Signing::Key(key) => Some(sign(body, key.as_bytes())),
        Signing::Unsigned => None,
        Signing::Bad => Some(sign(body, b"not-the-signing-key")),
    }
}

/// Posts the delivery `repeat` times, writing a line per answer to `out`. `Ok(true)` when every
/// answer was 2xx.
pub fn send(options: &SendOptions, out: &mut impl Write) -> Result<bool, String> {
    let body = prepare(&options.source, &options.edits, options.pretty)?;
    if !options.allow_invalid {
        let findings = check(&body)?;
        if !findings.is_empty() {
            return Err(format!(
                "the body is not a webhook delivery the model reads (send it anyway with --allow-invalid):\n  {}",
                findings.join("\n  ")
            ));
        }
    }
    let signature = signature(&body, &options.signing);
    let what = match &options.signing {
        Signing::Key(_) => "signed",
        Signing::Unsigned => "unsigned",
        Signing::Bad => "with a wrong signature",
    };
    let mut all_ok = true;
    for _ in 0..options.repeat {
        let answer = http::post(
            &options.target,
            signature.as_deref(),
            &body,
            options.timeout,
        )?;
        let ok = (200..300).contains(&answer.status);
        all_ok &= ok;
        let line = format!(
            "POST {} ({} bytes, {what}): {} {} in {} ms",
            options.target,
            body.len(),
            answer.status,
            answer.reason,
            answer.elapsed.as_millis()
        );
        writeln!(out, "{line}").map_err(|e| e.to_string())?;
        if answer.elapsed > options.slow_after {
            writeln!(
                out,
                "warning: the answer took {:.1} s; answer a delivery within {} s and do slow work after answering",
                answer.elapsed.as_secs_f64(),
                options.slow_after.as_secs_f64()
            )
            .map_err(|e| e.to_string())?;
        }
        if !ok && !answer.body.is_empty() {
            writeln!(out, "  {}", answer.body.trim()).map_err(|e| e.to_string())?;
        }
    }
    Ok(all_ok)
}

#[cfg(test)]
mod tests {
    use crate::Validator;

    /// Checking a delivery compiles the webhook kind's schemas and, for a broken one, those of
    /// the data it holds (which report each fault in the data), not every kind's.
    #[test]
    fn a_delivery_compiles_only_the_kinds_it_needs() {
        let message = periskope_model::examples::DELIVERIES
            .get(3)
            .map(|example| example.body.to_owned())
            .expect("message.created");
        assert_eq!(super::check(message.as_bytes()), Ok(Vec::new()));
        let kind = periskope_contract::kind("webhook").expect("the webhook kind");
        let validator = Validator::new(false).expect("the built-in kinds");
        assert_eq!(validator.compiled_kinds(), Vec::<&str>::new());
        assert!(
            validator
                .validate(message.as_bytes(), Some(kind))
                .is_valid()
        );
        assert_eq!(validator.compiled_kinds(), ["webhook"]);
        let broken = message.replace("\"from_me\": true", "\"from_me\": \"perhaps\"");
        // `from_me` is also a key of the message's `id`, which the replacement breaks too.
        assert_eq!(
            super::check(broken.as_bytes()),
            Ok(vec![
                "3:11: $.data.id: value is not valid under any of the schemas listed in the 'anyOf' keyword".to_owned(),
                "22:16: $.data.from_me: expected a boolean, found \"perhaps\"".to_owned(),
            ])
        );
        assert!(!validator.validate(broken.as_bytes(), Some(kind)).is_valid());
        assert_eq!(validator.compiled_kinds(), ["message", "webhook"]);
        let misspelled = broken.replace("\"message.created\"", "\"message.craeted\"");
        assert!(
            !validator
                .validate(misspelled.as_bytes(), Some(kind))
                .is_valid()
        );
        assert_eq!(validator.compiled_kinds(), ["message", "webhook"]);
        // Told the kind, the validator never read the kinds' keys; detecting it reads them.
        assert!(!validator.has_read_keys());
        let outcome = validator.validate(message.as_bytes(), None);
        assert_eq!(outcome.kind, Some("webhook"));
        assert!(validator.has_read_keys());
        assert_eq!(validator.compiled_kinds(), ["message", "webhook"]);
    }
}
