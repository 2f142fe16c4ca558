//! Event names of webhook envelopes. The model keeps an event it does not know with its data as
//! raw JSON (Periskope adds events), so the schema and the model accept any name. The validator
//! says more:
//!
//! - a name near a known one (`message.craeted`) is an error that names the known event, and
//!   the data is checked as that event's data, so one run shows what else is wrong;
//! - a refused delivery of a known event has its data checked by its type's schema too, so each
//!   fault in the data is reported, not only the model's first;
//! - any other unknown name is a warning (the data is not checked), an error with `--strict`.

use std::cell::RefCell;
use std::sync::LazyLock;

use periskope_model::{WebhookDataKind, WebhookEvent, WebhookEventName};
use serde_json::{Map, Value};

use super::locate::{Step, display_path};
use super::{Category, Finding, Severity, Validator, hints};
use periskope_contract::Kind;
use periskope_contract::tree::{self, Tree};

/// The envelope keys that may hold the event name.
const EVENT_KEYS: [&str; 2] = ["event", "event_type"];

/// Whether `kind` is the webhook body.
pub(super) fn is_webhook(kind: &Kind) -> bool {
    kind.is::<WebhookEvent>()
}

/// The event name of a webhook envelope (as a tree) that the model does not know, with the key
/// it is under; `None` for a known event or no envelope.
pub(super) fn unknown_event_in<'t>(tree: &'t Tree<'_>) -> Option<(&'static str, &'t str)> {
    let Tree::Object(members) = tree else {
        return None;
    };
    tree::member(members, "data")?;
    EVENT_KEYS
        .iter()
        .find_map(|key| match tree::member(members, key) {
            Some(Tree::String(name)) => Some((*key, &**name)),
            _ => None,
        })
        .filter(|(_, name)| !WebhookEventName::from(*name).is_known())
}

/// The known event nearest to `name`, if one is near.
fn suggestion(name: &str) -> Option<&'static WebhookEventName> {
    static KNOWN: LazyLock<Vec<hints::Prepared>> = LazyLock::new(|| {
        WebhookEventName::KNOWN
            .iter()
            .map(|event| hints::Prepared::new(event.as_str()))
            .collect()
    });
    // The same few unknown names recur in a recording: the last ones are remembered, per
    // thread, so the distances are computed once per name.
    thread_local! {
        static RECENT: RefCell<Vec<(String, Option<&'static WebhookEventName>)>> =
            const { RefCell::new(Vec::new()) };
    }
    const REMEMBERED: usize = 16;
    if let Some(found) = RECENT.with_borrow(|recent| {
        recent
            .iter()
            .find(|(seen, _)| seen == name)
            .map(|(_, found)| *found)
    }) {
        return found;
    }
    let found = hints::nearest_prepared(name, &KNOWN).and_then(|nearest| {
        WebhookEventName::KNOWN
            .iter()
            .find(|event| event.as_str() == nearest)
    });
    RECENT.with_borrow_mut(|recent| {
        if recent.len() == REMEMBERED {
            recent.remove(0);
        }
        recent.push((name.to_owned(), found));
    });
    found
}

/// The root kind of an event's data (`message` for `message.created`).
fn data_kind(event: &WebhookEventName) -> Option<&'static Kind> {
    kind_of(event.data_kind()?)
}

/// The root kind of the data type `data`.
fn kind_of(data: WebhookDataKind) -> Option<&'static Kind> {
    periskope_contract::kind_for(&data.type_ref())
}

impl Validator {
    /// Adds the findings on the event name of a webhook envelope `object`, and, when the name is
    /// near a known event, the findings on its data checked as that event's data. `at` places
    /// steps in the payload's text.
    pub(super) fn check_event(
        &self,
        object: &Map<String, Value>,
        at: &dyn Fn(&[Step]) -> (usize, usize),
        findings: &mut Vec<Finding>,
    ) {
        let Some(data) = object.get("data") else {
            return;
        };
        let Some((key, name)) = EVENT_KEYS
            .iter()
            .find_map(|key| object.get(*key).and_then(Value::as_str).map(|n| (*key, n)))
        else {
            return;
        };
        let event = WebhookEventName::from(name);
        if event.is_known() {
            // The envelope's schema is a union of the events: it says only that the body fits
            // none of them. A refused delivery's data, checked as its event's data type, shows
            // each fault in it (the model names the first).
            let refused = findings.iter().any(|f| f.severity == Severity::Error);
            if let Some(kind) = data_kind(&event).filter(|_| refused) {
                self.schema_findings_as(kind, data, &[Step::Key("data".into())], at, findings);
            }
            return;
        }
        let (finding, data_kind) = self.event_finding(key, name, at);
        findings.push(finding);
        if let Some(kind) = data_kind {
            self.check_as(kind, data, &[Step::Key("data".into())], at, findings);
        }
    }

    /// The finding on the unknown event `name` under `key`, and the kind its data is to be
    /// checked as when the name is near a known event (every known event has one), so `None`
    /// means a name near none, whose finding is a warning.
    pub(super) fn event_finding(
        &self,
        key: &str,
        name: &str,
        at: &dyn Fn(&[Step]) -> (usize, usize),
    ) -> (Finding, Option<&'static Kind>) {
        let steps = [Step::Key(key.to_owned())];
        let (line, column) = at(&steps);
        let path = display_path(&steps);
        let Some(known) = suggestion(name) else {
            let finding = Finding {
                severity: if self.strict {
                    Severity::Error
                } else {
                    Severity::Warning
                },
                category: Category::UnknownEvent,
                line,
                column,
                path,
                message: format!(
                    "unknown event \"{name}\": its data is not checked (an event this version does not know, which Periskope may have added; an error with --strict)"
                ),
            };
            return (finding, None);
        };
        let kind = data_kind(known);
        let finding = Finding {
            severity: Severity::Error,
            category: Category::Invalid,
            line,
            column,
            path,
            message: format!(
                "unknown event \"{name}\": did you mean \"{}\"?{}",
                known.as_str(),
                kind.map_or_else(String::new, |kind| format!(
                    " (the data is checked as its data: a {})",
                    kind.name
                ))
            ),
        };
        (finding, kind)
    }
}
