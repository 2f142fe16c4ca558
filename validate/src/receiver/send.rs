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
    let kind = periskope_codegen::kind("webhook").ok_or("no webhook kind")?;
    let outcome = crate::Validator::of_kind(kind, false)?.validate(body, Some(kind));
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

    /// The webhook validator `send` builds finds, on every example and on broken deliveries,
    /// what the validator of every kind finds when told the payload is a webhook.
    #[test]
    fn the_webhook_validator_finds_what_the_full_one_finds() {
        let kind = periskope_codegen::kind("webhook").expect("the webhook kind");
        let mut bodies: Vec<String> = periskope_model::examples::DELIVERIES
            .iter()
            .map(|example| example.body.to_owned())
            .collect();
        let message = bodies.get(3).cloned().expect("message.created");
        bodies.extend([
            message.replace("\"from_me\": true", "\"from_me\": \"perhaps\""),
            message.replace("\"message.created\"", "\"message.craeted\""),
            message
                .replace("\"message.created\"", "\"message.craeted\"")
                .replace("\"from_me\": true", "\"from_me\": 3"),
            message.replace("\"message.created\"", "\"org.member.created\""),
            message.replace("\"data\"", "\"date\""),
            "\u{feff}{\"event\": \"chat.created\", \"data\": {\"chat_id\": 3}}".to_owned(),
            "{\"event\": ".to_owned(),
            String::new(),
        ]);
        for strict in [false, true] {
            let full = Validator::new(strict).expect("every kind");
            let webhook = Validator::of_kind(kind, strict).expect("the webhook kinds");
            for body in &bodies {
                let expected = full.validate(body.as_bytes(), Some(kind));
                assert_eq!(
                    webhook.validate(body.as_bytes(), Some(kind)),
                    expected,
                    "strict {strict}: {body}"
                );
            }
            // The broken ones are refused, so the comparison covers findings too.
            let refused = bodies
                .iter()
                .filter(|body| !full.validate(body.as_bytes(), Some(kind)).is_valid())
                .count();
            assert!(refused >= 7, "{refused} refused");
        }
    }
}
