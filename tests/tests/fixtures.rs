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
