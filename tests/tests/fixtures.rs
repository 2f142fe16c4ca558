//! Every fixture is read, written back and compared: documented canonical payloads exactly, the
//! others for idempotence; each gets a snapshot of its report.

use std::fmt::Debug;

use periskope_model::{
    Chat, ChatList, ChatMember, ChatNotification, Contact, ContactList, CreateChatResponse,
    CreateNoteResponse, GroupParticipantsResponse, Message, MessageList, Note, NoteList,
    NotificationList, Phone, PhoneList, Reaction, ReactionList, SendMessageResponse, Ticket,
    TicketInfo, TicketList, WebhookEvent,
};
use periskope_tests::extras::Extras;
use periskope_tests::{Fixture, assert_same_json, fixtures, report};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Whether a kind's documented payloads are already canonical (and written back exactly).
#[derive(Clone, Copy, PartialEq)]
enum Documented {
    /// The documented payload is canonical.
    Canonical,
    /// The documented payload uses other encodings (key spellings, Postgres times, strings for
    /// numbers); only idempotence is checked.
    OtherEncodings,
    /// No documented payload exists for the kind; the fixtures follow `docs/fields.md`.
    None,
}

fn check_fixture<T>(fixture: &Fixture, documented: Documented)
where
    T: DeserializeOwned + Serialize + PartialEq + Debug + Extras,
{
    let context = fixture.display_path();
    let input: Value =
        serde_json::from_str(&fixture.text).unwrap_or_else(|e| panic!("{context}: not JSON: {e}"));
    let typed: T = periskope_model::from_str(&fixture.text)
        .unwrap_or_else(|e| panic!("{context}:{}:{}: {e}", e.line(), e.column()));
    let written = serde_json::to_value(&typed).unwrap_or_else(|e| panic!("{context}: {e}"));

    if fixture.is_canonical() && documented == Documented::Canonical {
        // A payload in canonical form is written back exactly.
        assert_same_json(&format!("{context}: written back"), &input, &written);
    }

    // parse(write(parse(x))) == parse(x), and writing again changes nothing.
    let reparsed: T = periskope_model::from_value(written.clone())
        .unwrap_or_else(|e| panic!("{context}: the written form does not read back: {e}"));
    assert_eq!(
        reparsed, typed,
        "{context}: parse(write(parse(x))) != parse(x)"
    );
    let rewritten = serde_json::to_value(&reparsed).unwrap_or_else(|e| panic!("{context}: {e}"));
    assert_same_json(&format!("{context}: written twice"), &written, &rewritten);

    insta::with_settings!({ prepend_module_to_snapshot => false, description => context.clone(), omit_expression => true }, {
        insta::assert_snapshot!(fixture.snapshot_name(), report(&input, &written, &typed.all_extras()));
    });
}

fn check_all<T>(object: &str, expected_cases: usize, documented: Documented)
where
    T: DeserializeOwned + Serialize + PartialEq + Debug + Extras,
{
    let all = fixtures(object);
    assert_eq!(
        all.len(),
        expected_cases,
        "fixtures of {object}: {:?}",
        all.iter().map(|f| &f.case).collect::<Vec<_>>()
    );
    assert_eq!(
        all.iter().any(Fixture::is_canonical),
        documented != Documented::None,
        "{object}: a documented payload is expected exactly when the docs print one"
    );
    for fixture in &all {
        check_fixture::<T>(fixture, documented);
    }
}

#[test]
fn phone_fixtures() {
    check_all::<Phone>("phone", 6, Documented::Canonical);
}

#[test]
fn chat_fixtures() {
    check_all::<Chat>("chat", 6, Documented::Canonical);
}

#[test]
fn chat_member_fixtures() {
    check_all::<ChatMember>("chat-member", 3, Documented::Canonical);
}

#[test]
fn message_fixtures() {
    check_all::<Message>("message", 10, Documented::Canonical);
}

#[test]
fn contact_fixtures() {
    check_all::<Contact>("contact", 3, Documented::Canonical);
}

#[test]
fn note_fixtures() {
    check_all::<Note>("note", 2, Documented::Canonical);
}

#[test]
fn reaction_fixtures() {
    check_all::<Reaction>("reaction", 3, Documented::OtherEncodings);
}

#[test]
fn ticket_fixtures() {
    check_all::<Ticket>("ticket", 3, Documented::Canonical);
}

#[test]
fn ticket_info_fixtures() {
    check_all::<TicketInfo>("ticket-info", 1, Documented::None);
}

#[test]
fn chat_notification_fixtures() {
    check_all::<ChatNotification>("chat-notification", 3, Documented::OtherEncodings);
}

#[test]
fn webhook_fixtures() {
    check_all::<WebhookEvent>("webhook", 7, Documented::None);
}

#[test]
fn response_fixtures() {
    check_all::<ChatList>("chat-list", 1, Documented::None);
    check_all::<MessageList>("message-list", 1, Documented::None);
    check_all::<NotificationList>("notification-list", 2, Documented::None);
    check_all::<ContactList>("contact-list", 1, Documented::None);
    check_all::<TicketList>("ticket-list", 1, Documented::None);
    check_all::<NoteList>("note-list", 1, Documented::None);
    check_all::<ReactionList>("reaction-list", 1, Documented::None);
    check_all::<CreateNoteResponse>("create-note-response", 1, Documented::None);
    check_all::<SendMessageResponse>("send-message-response", 3, Documented::None);
    check_all::<GroupParticipantsResponse>("group-participants-response", 1, Documented::None);
    check_all::<PhoneList>("phone-list", 1, Documented::None);
    check_all::<CreateChatResponse>("create-chat-response", 1, Documented::None);
}

/// The request bodies and the newer response objects, by the kind's own reader (the same one
/// `validate --type` uses): read, written back, read again to the same canonical form; a
/// reference fixture in canonical form is written back exactly. Their reports name the unknown
/// keys kept at the top level (of the body, or of each item of an array body).
fn check_kind(name: &str, expected_cases: usize) {
    let kind = periskope_contract::kind(name).unwrap_or_else(|| panic!("no kind {name}"));
    let all = fixtures(name);
    assert_eq!(
        all.len(),
        expected_cases,
        "fixtures of {name}: {:?}",
        all.iter().map(|f| &f.case).collect::<Vec<_>>()
    );
    let schema = kind.schema(periskope_contract::Contract::Canonical);
    for fixture in &all {
        let context = fixture.display_path();
        let input: Value = serde_json::from_str(&fixture.text)
            .unwrap_or_else(|e| panic!("{context}: not JSON: {e}"));
        kind.read_text(fixture.text.as_bytes())
            .unwrap_or_else(|e| panic!("{context}:{}:{}: {e}", e.line(), e.column()));
        let written = kind
            .read(input.clone())
            .unwrap_or_else(|e| panic!("{context}: {e}"));
        if fixture.case == "reference" {
            assert_same_json(&format!("{context}: written back"), &input, &written);
        }
        let rewritten = kind
            .read(written.clone())
            .unwrap_or_else(|e| panic!("{context}: the written form does not read back: {e}"));
        assert_same_json(&format!("{context}: written twice"), &written, &rewritten);
        let unknown = unknown_top_level_keys(&schema, &written);
        insta::with_settings!({ prepend_module_to_snapshot => false, description => context.clone(), omit_expression => true }, {
            insta::assert_snapshot!(fixture.snapshot_name(), report(&input, &written, &unknown));
        });
    }
}

/// The keys of `written` (or of each item, for an array) that its canonical schema's root does
/// not name.
fn unknown_top_level_keys(schema: &Value, written: &Value) -> Vec<(String, Value)> {
    let (items, known): (Vec<(String, &Value)>, Vec<String>) = match written {
        Value::Array(items) => (
            items
                .iter()
                .enumerate()
                .map(|(index, item)| (format!("$[{index}]"), item))
                .collect(),
            schema
                .get("items")
                .map(|items| properties_in(schema, items))
                .unwrap_or_default(),
        ),
        _ => (
            vec![("$".to_owned(), written)],
            properties_in(schema, schema),
        ),
    };
    let mut out = Vec::new();
    for (path, item) in items {
        for (key, value) in item.as_object().into_iter().flatten() {
            if !known.contains(key) {
                out.push((format!("{path}.{key}"), value.clone()));
            }
        }
    }
    out
}

/// The property names of `schema`, following one `$ref` into `root`'s `$defs`.
fn properties_in(root: &Value, schema: &Value) -> Vec<String> {
    let resolved = match schema.get("$ref").and_then(Value::as_str) {
        Some(target) => target
            .strip_prefix("#/$defs/")
            .and_then(|name| root.get("$defs")?.get(name)),
        None => Some(schema),
    };
    resolved
        .and_then(|schema| schema.get("properties"))
        .and_then(Value::as_object)
        .map(|properties| properties.keys().cloned().collect())
        .unwrap_or_default()
}

#[test]
fn request_fixtures() {
    for (name, count) in [
        ("create-contact-request", 1),
        ("update-contact-request", 1),
        ("update-contact-labels-request", 1),
        ("create-ticket-request", 2),
        ("update-ticket-request", 2),
        ("update-phone-request", 1),
        ("send-message-request", 3),
        ("send-message-sync-request", 1),
        ("broadcast-message-request", 3),
        ("edit-message-request", 1),
        ("forward-message-request", 1),
        ("react-to-message-request", 1),
        ("pin-message-request", 1),
        ("purge-queue-request", 3),
        ("purge-message-queues-request", 2),
        ("create-group-request", 1),
        ("update-group-settings-request", 2),
        ("accept-group-invite-request", 1),
        ("group-participants-request", 1),
        ("update-chat-request", 1),
        ("update-chat-labels-request", 1),
        ("override-chat-access-request", 1),
        ("create-note-request", 1),
        ("faq-request", 1),
        ("create-document-request", 1),
        ("create-webhook-request", 2),
        ("update-webhook-request", 1),
        ("invite-members-request", 2),
        ("update-member-access-request", 2),
        ("create-scheduled-message-request", 1),
        ("update-scheduled-message-request", 1),
    ] {
        check_kind(name, count);
    }
}

#[test]
fn newer_response_fixtures() {
    for (name, count) in [
        ("api-error", 4),
        ("webhook-subscription", 1),
        ("webhook-subscription-list", 1),
        ("create-webhook-response", 2),
        ("org-member", 1),
        ("org-member-list", 1),
        ("invite-members-response", 1),
        ("scheduled-message", 1),
        ("scheduled-message-list", 2),
        ("occurrence-list", 1),
        ("delete-scheduled-message-response", 1),
        ("broadcast-response", 1),
        ("broadcast-status", 1),
        ("cancel-broadcast-response", 1),
        ("message-status", 2),
        ("send-message-sync-response", 1),
        ("phone-queue-status", 1),
        ("queue-job-list", 2),
        ("queue-health", 1),
        ("purge-result", 1),
        ("forward-response", 2),
        ("group-response", 2),
        ("invite-link-response", 1),
        ("ai-context", 1),
        ("ai-context-list", 1),
        ("knowledge-base-list", 1),
        ("document-result-list", 1),
        ("context-id-response", 1),
        ("document-id-response", 1),
    ] {
        check_kind(name, count);
    }
}
