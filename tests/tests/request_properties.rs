//! Property tests of the request bodies, the query structs and the newer answers: for every one,
//! `parse(write(x)) == x` and writing is stable, over at least 1,000 generated values per test.
//! Their parts (media, polls, options, repeat configurations, members, subscriptions) are
//! generated inside them.

use std::fmt::Debug;

use periskope_model::strategies;
use proptest::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

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

proptest! {
    #![proptest_config(config())]

    #[test]
    fn requests_1(
        create_contact_request in strategies::create_contact_request(),
        update_contact_request in strategies::update_contact_request(),
        update_contact_labels_request in strategies::update_contact_labels_request(),
        create_ticket_request in strategies::create_ticket_request(),
        update_ticket_request in strategies::update_ticket_request(),
        update_phone_request in strategies::update_phone_request(),
    ) {
        round_trip(&create_contact_request)?;
        round_trip(&update_contact_request)?;
        round_trip(&update_contact_labels_request)?;
        round_trip(&create_ticket_request)?;
        round_trip(&update_ticket_request)?;
        round_trip(&update_phone_request)?;
    }

    #[test]
    fn requests_2(
        send_message_request in strategies::send_message_request(),
        broadcast_message_request in strategies::broadcast_message_request(),
        edit_message_request in strategies::edit_message_request(),
        forward_message_request in strategies::forward_message_request(),
        react_to_message_request in strategies::react_to_message_request(),
        pin_message_request in strategies::pin_message_request(),
    ) {
        round_trip(&send_message_request)?;
        round_trip(&broadcast_message_request)?;
        round_trip(&edit_message_request)?;
        round_trip(&forward_message_request)?;
        round_trip(&react_to_message_request)?;
        round_trip(&pin_message_request)?;
    }

    #[test]
    fn requests_3(
        purge_queue_request in strategies::purge_queue_request(),
        purge_message_queues_request in strategies::purge_message_queues_request(),
        create_group_request in strategies::create_group_request(),
        update_group_settings_request in strategies::update_group_settings_request(),
        accept_group_invite_request in strategies::accept_group_invite_request(),
        group_participants_request in strategies::group_participants_request(),
    ) {
        round_trip(&purge_queue_request)?;
        round_trip(&purge_message_queues_request)?;
        round_trip(&create_group_request)?;
        round_trip(&update_group_settings_request)?;
        round_trip(&accept_group_invite_request)?;
        round_trip(&group_participants_request)?;
    }

    #[test]
    fn requests_4(
        update_chat_request in strategies::update_chat_request(),
        update_chat_labels_request in strategies::update_chat_labels_request(),
        override_chat_access_request in strategies::override_chat_access_request(),
        create_note_request in strategies::create_note_request(),
        faq_request in strategies::faq_request(),
        create_document_request in strategies::create_document_request(),
    ) {
        round_trip(&update_chat_request)?;
        round_trip(&update_chat_labels_request)?;
        round_trip(&override_chat_access_request)?;
        round_trip(&create_note_request)?;
        round_trip(&faq_request)?;
        round_trip(&create_document_request)?;
    }

    #[test]
    fn requests_5(
        create_webhook_request in strategies::create_webhook_request(),
        update_webhook_request in strategies::update_webhook_request(),
        invite_members_request in strategies::invite_members_request(),
        update_member_access_request in strategies::update_member_access_request(),
        create_scheduled_message_request in strategies::create_scheduled_message_request(),
        update_scheduled_message_request in strategies::update_scheduled_message_request(),
    ) {
        round_trip(&create_webhook_request)?;
        round_trip(&update_webhook_request)?;
        round_trip(&invite_members_request)?;
        round_trip(&update_member_access_request)?;
        round_trip(&create_scheduled_message_request)?;
        round_trip(&update_scheduled_message_request)?;
    }

    #[test]
    fn queries_1(
        page_query in strategies::page_query(),
        time_range_query in strategies::time_range_query(),
        chats_query in strategies::chats_query(),
        reactions_query in strategies::reactions_query(),
        knowledge_base_query in strategies::knowledge_base_query(),
        webhooks_query in strategies::webhooks_query(),
    ) {
        round_trip(&page_query)?;
        round_trip(&time_range_query)?;
        round_trip(&chats_query)?;
        round_trip(&reactions_query)?;
        round_trip(&knowledge_base_query)?;
        round_trip(&webhooks_query)?;
    }

    #[test]
    fn queries_2(
        queue_jobs_query in strategies::queue_jobs_query(),
        broadcast_status_query in strategies::broadcast_status_query(),
    ) {
        round_trip(&queue_jobs_query)?;
        round_trip(&broadcast_status_query)?;
    }

    #[test]
    fn answers_1(
        api_error in strategies::api_error(),
        webhook_subscription_list in strategies::webhook_subscription_list(),
        create_webhook_response in strategies::create_webhook_response(),
        org_member_list in strategies::org_member_list(),
        invite_members_response in strategies::invite_members_response(),
        scheduled_message_list in strategies::scheduled_message_list(),
    ) {
        round_trip(&api_error)?;
        round_trip(&webhook_subscription_list)?;
        round_trip(&create_webhook_response)?;
        round_trip(&org_member_list)?;
        round_trip(&invite_members_response)?;
        round_trip(&scheduled_message_list)?;
    }

    #[test]
    fn answers_2(
        occurrence_list in strategies::occurrence_list(),
        delete_scheduled_message_response in strategies::delete_scheduled_message_response(),
        broadcast_response in strategies::broadcast_response(),
        broadcast_status in strategies::broadcast_status(),
        cancel_broadcast_response in strategies::cancel_broadcast_response(),
        message_status in strategies::message_status(),
    ) {
        round_trip(&occurrence_list)?;
        round_trip(&delete_scheduled_message_response)?;
        round_trip(&broadcast_response)?;
        round_trip(&broadcast_status)?;
        round_trip(&cancel_broadcast_response)?;
        round_trip(&message_status)?;
    }

    #[test]
    fn answers_3(
        send_message_sync_response in strategies::send_message_sync_response(),
        phone_queue_status in strategies::phone_queue_status(),
        queue_job_list in strategies::queue_job_list(),
        queue_health in strategies::queue_health(),
        purge_result in strategies::purge_result(),
        forward_response in strategies::forward_response(),
    ) {
        round_trip(&send_message_sync_response)?;
        round_trip(&phone_queue_status)?;
        round_trip(&queue_job_list)?;
        round_trip(&queue_health)?;
        round_trip(&purge_result)?;
        round_trip(&forward_response)?;
    }

    #[test]
    fn answers_4(
        group_response in strategies::group_response(),
        invite_link_response in strategies::invite_link_response(),
        ai_context_list in strategies::ai_context_list(),
        knowledge_base_list in strategies::knowledge_base_list(),
        document_result_list in strategies::document_result_list(),
        context_id_response in strategies::context_id_response(),
    ) {
        round_trip(&group_response)?;
        round_trip(&invite_link_response)?;
        round_trip(&ai_context_list)?;
        round_trip(&knowledge_base_list)?;
        round_trip(&document_result_list)?;
        round_trip(&context_id_response)?;
    }

    #[test]
    fn answers_5(
        document_id_response in strategies::document_id_response(),
    ) {
        round_trip(&document_id_response)?;
    }
}

/// Every body of the endpoint catalog has a strategy, so that its values can be generated.
#[test]
fn every_catalog_body_has_a_strategy() {
    for body in periskope_model::endpoint::body_types() {
        assert!(
            strategies::has_strategy(&body),
            "{} has no strategy: write one in model/src/strategies/ and add its line to the arbitrary! list of model/src/strategies/mod.rs",
            body.name
        );
    }
}
