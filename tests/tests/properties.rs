//! Property tests: for every public type, `parse(write(x)) == x` and writing is stable, over at
//! least 1,000 generated values per type.

use std::fmt::Debug;

use periskope_model::Nullable;
use periskope_model::strategies::{self, nullable, text};
use proptest::prelude::*;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

fn config() -> ProptestConfig {
    periskope_tests::config()
}

fn round_trip<T>(value: &T) -> Result<(), TestCaseError>
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    let written = serde_json::to_string(value).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let read: T = periskope_model::from_str(&written)
        .map_err(|e| TestCaseError::fail(format!("{e}\nwritten: {written}")))?;
    prop_assert_eq!(&read, value, "written: {}", written);
    let again = serde_json::to_string(&read).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(again, written);
    Ok(())
}

/// `Nullable` only means something as a field, so it is tested inside one.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Holder {
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    field: Nullable<String>,
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn phone(value in strategies::phone()) { round_trip(&value)?; }

    #[test]
    fn chat(value in strategies::chat()) { round_trip(&value)?; }

    #[test]
    fn chat_member(value in strategies::chat_member()) { round_trip(&value)?; }

    #[test]
    fn message(value in strategies::message()) { round_trip(&value)?; }

    #[test]
    fn contact(value in strategies::contact()) { round_trip(&value)?; }

    #[test]
    fn note(value in strategies::note()) { round_trip(&value)?; }

    #[test]
    fn reaction(value in strategies::reaction()) { round_trip(&value)?; }

    #[test]
    fn ticket(value in strategies::ticket()) { round_trip(&value)?; }

    #[test]
    fn ticket_info(value in strategies::ticket_info()) { round_trip(&value)?; }

    #[test]
    fn chat_notification(value in strategies::chat_notification()) { round_trip(&value)?; }

    #[test]
    fn webhook_event(value in strategies::webhook_event()) { round_trip(&value)?; }

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
        round_trip(&chats)?;
        round_trip(&messages)?;
        round_trip(&notifications)?;
        round_trip(&contacts)?;
        round_trip(&tickets)?;
        round_trip(&notes)?;
        round_trip(&reactions)?;
    }

    #[test]
    fn other_responses(
        note in strategies::create_note_response(),
        sent in strategies::send_message_response(),
        participants in strategies::group_participants_response(),
        phones in strategies::phone_list(),
        chat in strategies::create_chat_response(),
    ) {
        round_trip(&note)?;
        round_trip(&sent)?;
        round_trip(&participants)?;
        round_trip(&phones)?;
        round_trip(&chat)?;
    }

    #[test]
    fn message_key(value in strategies::message_key()) { round_trip(&value)?; }

    #[test]
    fn participant(value in strategies::participant()) { round_trip(&value)?; }

    #[test]
    fn wid(value in strategies::wid()) { round_trip(&value)?; }

    #[test]
    fn delivery_info(value in strategies::delivery_info()) { round_trip(&value)?; }

    #[test]
    fn media(value in strategies::media()) { round_trip(&value)?; }

    #[test]
    fn dimensions(value in strategies::dimensions()) { round_trip(&value)?; }

    #[test]
    fn location(value in strategies::location()) { round_trip(&value)?; }

    #[test]
    fn location_options(value in strategies::location_options()) { round_trip(&value)?; }

    #[test]
    fn poll_info(value in strategies::poll_info()) { round_trip(&value)?; }

    #[test]
    fn poll_options(value in strategies::poll_options()) { round_trip(&value)?; }

    #[test]
    fn links(value in strategies::links()) { round_trip(&value)?; }

    #[test]
    fn link(value in strategies::link()) { round_trip(&value)?; }

    #[test]
    fn timestamp(value in strategies::timestamp()) { round_trip(&value)?; }

    #[test]
    fn ack(value in strategies::ack()) { round_trip(&value)?; }

    #[test]
    fn ids(
        org in strategies::org_id(),
        phone in strategies::phone_id(),
        chat in strategies::chat_id(),
        contact in strategies::contact_id(),
        label in strategies::label_id(),
        message in strategies::message_id(),
    ) {
        round_trip(&org)?;
        round_trip(&phone)?;
        round_trip(&chat)?;
        round_trip(&contact)?;
        round_trip(&label)?;
        round_trip(&message)?;
    }

    #[test]
    fn open_enums(
        chat_type in strategies::chat_type(),
        message_type in strategies::message_type(),
        wa_state in strategies::wa_state(),
        device_type in strategies::device_type(),
        member_add_mode in strategies::member_add_mode(),
    ) {
        round_trip(&chat_type)?;
        round_trip(&message_type)?;
        round_trip(&wa_state)?;
        round_trip(&device_type)?;
        round_trip(&member_add_mode)?;
    }

    #[test]
    fn nullable_field(field in nullable(text())) {
        round_trip(&Holder { field })?;
    }

    /// Text timestamps are written with the digits and offset they were read with.
    #[test]
    fn timestamp_text_is_written_back_byte_for_byte(
        value in strategies::timestamp().prop_filter("text form", |t| t.epoch().is_none())
    ) {
        let text = value.to_string();
        prop_assert_eq!(periskope_model::Timestamp::parse(&text).map(|t| t.to_string()).ok(), Some(text.clone()));
    }
}
