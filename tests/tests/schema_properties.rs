//! Property tests across the model and its schemas: the serialization of every generated root
//! value validates against its kind's canonical schema and is accepted by its input schema
//! (at least 1,000 values per kind; `PROPTEST_CASES` may raise it).

use std::sync::OnceLock;

use jsonschema::Validator;
use periskope_contract::{Contract, KINDS};
use periskope_model::strategies;
use proptest::prelude::*;
use serde::Serialize;

fn config() -> ProptestConfig {
    periskope_tests::config()
}

/// The input and canonical validators of `kind`, built from the committed schemas.
fn validators(kind: &str) -> &'static (Validator, Validator) {
    static ALL: OnceLock<Vec<(String, (Validator, Validator))>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        KINDS
            .iter()
            .map(|kind| {
                let build = |contract: Contract| {
                    let path = contract.schema_path(kind.name);
                    let schema = periskope_tests::js::committed_schema(&path);
                    jsonschema::options()
                        .should_validate_formats(true)
                        .build(&schema)
                        .unwrap_or_else(|e| panic!("{path}: {e}"))
                };
                (
                    kind.name.to_owned(),
                    (build(Contract::Input), build(Contract::Canonical)),
                )
            })
            .collect()
    });
    all.iter()
        .find(|(name, _)| name == kind)
        .map(|(_, validators)| validators)
        .unwrap_or_else(|| panic!("no kind {kind}"))
}

fn fits_both_schemas<T: Serialize>(kind: &str, value: &T) -> Result<(), TestCaseError> {
    let written = serde_json::to_value(value).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let (input, canonical) = validators(kind);
    for (contract, validator) in [("canonical", canonical), ("input", input)] {
        if let Some(error) = validator.iter_errors(&written).next() {
            return Err(TestCaseError::fail(format!(
                "{kind}: the {contract} schema refuses what the model wrote: {}: {}\nwritten: {written}",
                error.instance_path(),
                error.masked()
            )));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn phone(value in strategies::phone()) { fits_both_schemas("phone", &value)?; }

    #[test]
    fn chat(value in strategies::chat()) { fits_both_schemas("chat", &value)?; }

    #[test]
    fn chat_member(value in strategies::chat_member()) { fits_both_schemas("chat-member", &value)?; }

    #[test]
    fn message(value in strategies::message()) { fits_both_schemas("message", &value)?; }

    #[test]
    fn contact(value in strategies::contact()) { fits_both_schemas("contact", &value)?; }

    #[test]
    fn note(value in strategies::note()) { fits_both_schemas("note", &value)?; }

    #[test]
    fn reaction(value in strategies::reaction()) { fits_both_schemas("reaction", &value)?; }

    #[test]
    fn ticket(value in strategies::ticket()) { fits_both_schemas("ticket", &value)?; }

    #[test]
    fn ticket_info(value in strategies::ticket_info()) { fits_both_schemas("ticket-info", &value)?; }

    #[test]
    fn chat_notification(value in strategies::chat_notification()) {
        fits_both_schemas("chat-notification", &value)?;
    }

    #[test]
    fn webhook(value in strategies::webhook_event()) { fits_both_schemas("webhook", &value)?; }

    #[test]
    fn list_responses(
        chats in strategies::chat_list(),
        messages in strategies::message_list(),
        notifications in strategies::notification_list(),
        contacts in strategies::contact_list(),
        tickets in strategies::ticket_list(),
        notes in strategies::note_list(),
        reactions in strategies::reaction_list(),
    ) {
        fits_both_schemas("chat-list", &chats)?;
        fits_both_schemas("message-list", &messages)?;
        fits_both_schemas("notification-list", &notifications)?;
        fits_both_schemas("contact-list", &contacts)?;
        fits_both_schemas("ticket-list", &tickets)?;
        fits_both_schemas("note-list", &notes)?;
        fits_both_schemas("reaction-list", &reactions)?;
    }

    #[test]
    fn other_responses(
        note in strategies::create_note_response(),
        sent in strategies::send_message_response(),
        participants in strategies::group_participants_response(),
        phones in strategies::phone_list(),
        chat in strategies::create_chat_response(),
    ) {
        fits_both_schemas("create-note-response", &note)?;
        fits_both_schemas("send-message-response", &sent)?;
        fits_both_schemas("group-participants-response", &participants)?;
        fits_both_schemas("phone-list", &phones)?;
        fits_both_schemas("create-chat-response", &chat)?;
    }
}
