//! `validate --exchanges`: a recorded exchange (a line of `periskope-schema mock --record`) is
//! checked by its bodies: the request body as the operation's request kind, the answer as the
//! kind the catalog gives its status (the error envelope for 4xx and 5xx). A test suite that ran
//! against the mock thus checks every call it made.

use serde_json::Value;

use crate::finding::{Category, Finding, Outcome, Severity};
use crate::{Validator, json_error_message, syntax};

/// The sides of an exchange whose bodies are checked.
const SIDES: [&str; 2] = ["request", "response"];

/// Checks one exchange: each body that names a kind (`{"request": {"kind", "body"}, …}`) as
/// that kind. A finding's path starts at the exchange (`$.request.body.chat_id`); its line is
/// the exchange's (the body is checked as written back, so it has no column of its own).
pub(crate) fn validate(validator: &Validator, text: &[u8]) -> Outcome {
    let exchange: Value = match serde_json::from_slice(text) {
        Ok(value) => value,
        Err(error) => {
            return Outcome {
                kind: None,
                detected: false,
                findings: vec![syntax(
                    error.line(),
                    error.column(),
                    json_error_message(&error),
                )],
            };
        }
    };
    let mut outcome = Outcome {
        kind: None,
        detected: false,
        findings: Vec::new(),
    };
    let mut checked = 0;
    for side in SIDES {
        let part = exchange.get(side);
        let Some(name) = part.and_then(|p| p.get("kind")).and_then(Value::as_str) else {
            continue;
        };
        let Some(kind) = periskope_contract::kind(name) else {
            outcome.findings.push(invalid(
                format!("$.{side}.kind"),
                format!("{name:?} is not a kind this program knows"),
            ));
            continue;
        };
        checked += 1;
        outcome.kind = outcome.kind.or(Some(kind.name));
        let body = serde_json::to_vec(part.and_then(|p| p.get("body")).unwrap_or(&Value::Null))
            .unwrap_or_default();
        for finding in validator.validate(&body, Some(kind)).findings {
            let inner = finding.path.strip_prefix('$').unwrap_or(&finding.path);
            outcome.findings.push(Finding {
                line: 1,
                column: 0,
                path: format!("$.{side}.body{inner}"),
                message: format!("{} ({name})", finding.message),
                ..finding
            });
        }
    }
    if checked == 0
        && !SIDES
            .iter()
            .any(|side| exchange.get(*side).is_some_and(Value::is_object))
    {
        outcome.findings.push(invalid(
            "$".into(),
            "not a recorded exchange: expected {method, path, status, request: {kind, body}, response: {kind, body}}".into(),
        ));
    }
    outcome
}

fn invalid(path: String, message: String) -> Finding {
    Finding {
        severity: Severity::Error,
        category: Category::Invalid,
        line: 1,
        column: 0,
        path,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_body_is_checked_as_its_kind() {
        let validator = Validator::new(false).expect("compiles");
        let line = br#"{"method": "POST", "status": 422,
            "request": {"kind": "send-message-request", "body": {"message": 5}},
            "response": {"kind": "api-error", "body": {"code": "VALIDATION_ERROR", "message": "m"}}}"#;
        let outcome = validate(&validator, line);
        assert_eq!(outcome.kind, Some("send-message-request"));
        let found: Vec<String> = outcome
            .findings
            .iter()
            .map(|f| format!("{}: {}", f.path, f.message))
            .collect();
        assert_eq!(
            found,
            [
                "$.request.body: \"chat_id\" is a required property (send-message-request)",
                "$.request.body.message: expected a string, found 5 (send-message-request)",
            ]
        );
        let fine = br#"{"request": {"kind": null, "body": null}, "response": {"kind": "chat-list", "body": {"chats": []}}}"#;
        assert!(validate(&validator, fine).is_valid());
        assert!(
            !validate(&validator, br#"{"chat_id": "1"}"#).is_valid(),
            "a payload, not an exchange"
        );
        assert!(!validate(&validator, br#"{"request": {"kind": "nope", "body": {}}}"#).is_valid());
        assert_eq!(
            validate(&validator, b"{").findings[0].category,
            Category::Syntax
        );
    }
}
