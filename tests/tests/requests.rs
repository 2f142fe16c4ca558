//! The request side: bodies built in Rust are written exactly as the API's SDK sends them, every
//! documented variant reads to the same value, non-object bodies are refused by the model and by
//! `validate`, and the endpoint catalog lists each operation once.

use std::collections::BTreeSet;

use periskope_contract::kind;
use periskope_model::endpoint::{ENDPOINTS, Method};
use periskope_model::request::*;
use periskope_model::{
    ChatId, ContactId, CreateWebhookResponse, GroupResponse, Loose, Nullable, TicketStatus,
    WebhookEventName,
};
use periskope_validate::Validator;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

fn read<T: DeserializeOwned>(payload: Value) -> T {
    periskope_model::from_value(payload.clone())
        .unwrap_or_else(|e| panic!("refused {payload}: {e}"))
}

fn written<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("writes")
}

#[test]
fn a_message_built_in_rust_is_written_as_the_sdk_sends_it() {
    let request = SendMessageRequest {
        message: "Hello".to_owned().into(),
        poll: PollRequest {
            poll_name: "Lunch?".to_owned().into(),
            poll_options: vec!["Yes".to_owned(), "No".to_owned()].into(),
            options: PollRequestOptions {
                allow_multiple_answers: true.into(),
                ..PollRequestOptions::default()
            }
            .into(),
            ..PollRequest::default()
        }
        .into(),
        options: SendOptions {
            hide_url_preview: true.into(),
            ..SendOptions::default()
        }
        .into(),
        ..SendMessageRequest::new("919537851844")
    };
    assert_eq!(
        written(&request),
        json!({
            "chat_id": "919537851844",
            "message": "Hello",
            "poll": {"pollName": "Lunch?", "pollOptions": ["Yes", "No"], "options": {"allowMultipleAnswers": true}},
            "options": {"hide_url_preview": true}
        })
    );
}

#[test]
fn camel_case_and_snake_case_keys_sit_side_by_side_as_on_the_wire() {
    let group = CreateGroupRequest {
        options: CreateGroupOptions {
            add_members_admins_only: true.into(),
            force_add_participants: true.into(),
            ..CreateGroupOptions::default()
        }
        .into(),
        ..CreateGroupRequest::new("Support", ["919537851844"])
    };
    assert_eq!(
        written(&group),
        json!({
            "group_name": "Support",
            "participants": ["919537851844"],
            "options": {"addMembersAdminsOnly": true, "force_add_participants": true}
        })
    );
    let webhook = CreateWebhookRequest::new(
        "https://example.com/hook",
        OneOrMany::Many(vec![
            WebhookEventName::MessageCreated.into(),
            WebhookEventName::ChatCreated.into(),
        ]),
    );
    assert_eq!(
        written(&webhook),
        json!({"hookUrl": "https://example.com/hook", "integrationName": ["message.created", "chat.created"]})
    );
}

#[test]
fn broadcast_recipients_read_from_every_documented_form_and_are_written_as_an_array() {
    let expected = vec![
        ChatId::from("919537851844@c.us"),
        ChatId::from("918824248940@c.us"),
    ];
    for payload in [
        json!({"chat_ids": ["919537851844@c.us", "918824248940@c.us"]}),
        json!({"chat_ids": "919537851844@c.us, 918824248940@c.us"}),
        json!({"chat_id": "919537851844@c.us,918824248940@c.us"}),
    ] {
        let request: BroadcastMessageRequest = read(payload.clone());
        assert_eq!(request.chat_ids, expected, "{payload}");
        assert_eq!(
            written(&request),
            json!({"chat_ids": ["919537851844@c.us", "918824248940@c.us"]}),
            "{payload}"
        );
    }
}

#[test]
fn the_singular_broadcast_key_is_reported_by_the_strict_check() {
    let kind = kind("broadcast-message-request").expect("kind");
    let text = br#"{"chat_id": "919537851844@c.us", "message": "Hi"}"#;
    let lenient = Validator::new(false)
        .expect("validator")
        .validate(text, Some(kind));
    assert!(lenient.is_valid(), "{:?}", lenient.findings);
    let strict = Validator::new(true)
        .expect("validator")
        .validate(text, Some(kind));
    let findings: Vec<String> = strict.findings.iter().map(ToString::to_string).collect();
    assert!(!strict.is_valid(), "strict passed the singular chat_id");
    assert!(
        findings
            .iter()
            .any(|f| f.contains("$.chat_id") || f.contains("chat_id")),
        "{findings:?}"
    );
}

#[test]
fn priority_is_a_number_on_create_and_text_on_update_whichever_was_sent() {
    let create: CreateTicketRequest =
        read(json!({"chat_id": "919537851844", "subject": "s", "priority": "2"}));
    assert_eq!(create.priority, Nullable::Value(2));
    assert_eq!(written(&create)["priority"], json!(2));
    let update: UpdateTicketRequest = read(json!({"priority": 3, "status": "", "due_date": null}));
    assert_eq!(update.priority, Nullable::Value("3".to_owned()));
    assert_eq!(update.status, Nullable::Value(TicketStatus::from("")));
    assert_eq!(update.due_date, Nullable::Null);
    assert_eq!(
        written(&update),
        json!({"priority": "3", "status": "", "due_date": null})
    );
}

#[test]
fn group_settings_read_the_create_spelling_and_keep_empty_strings() {
    let settings: UpdateGroupSettingsRequest =
        read(json!({"addMembersAdminsOnly": true, "infoAdminsOnly": "", "name": "Team"}));
    assert_eq!(
        settings.member_add_mode,
        Nullable::Value(Loose::Typed(true))
    );
    assert_eq!(
        settings.info_admins_only,
        Nullable::Value(Loose::Raw(json!("")))
    );
    assert_eq!(
        written(&settings),
        json!({"memberAddMode": true, "infoAdminsOnly": "", "name": "Team"})
    );
}

#[test]
fn a_queue_id_is_one_or_many_and_the_plural_spelling_is_read() {
    let one: PurgeQueueRequest = read(json!({"queue_id": "q1"}));
    assert_eq!(
        one.queue_id,
        Nullable::Value(OneOrMany::One("q1".to_owned()))
    );
    assert_eq!(written(&one), json!({"queue_id": "q1"}));
    let many: PurgeQueueRequest = read(json!({"queue_ids": ["q1", "q2"]}));
    assert_eq!(
        many.queue_id.value().map(OneOrMany::as_slice),
        Some(["q1".to_owned(), "q2".to_owned()].as_slice())
    );
    assert_eq!(written(&many), json!({"queue_id": ["q1", "q2"]}));
    let error = periskope_model::from_value::<PurgeQueueRequest>(json!({"queue_id": 7}))
        .expect_err("a number is no queue id");
    assert_eq!(
        error.to_string(),
        "queue_id: expected a string or an array of strings, found 7"
    );
}

#[test]
fn member_access_keeps_absent_null_and_a_list_apart() {
    let absent: UpdateMemberAccessRequest = read(json!({"emails": ["a@example.com"]}));
    let cleared: UpdateMemberAccessRequest =
        read(json!({"emails": ["a@example.com"], "labels": null}));
    let set: UpdateMemberAccessRequest =
        read(json!({"emails": ["a@example.com"], "labels": ["VIP"]}));
    assert_eq!(
        [&absent.labels, &cleared.labels, &set.labels],
        [
            &Nullable::Absent,
            &Nullable::Null,
            &Nullable::Value(vec!["VIP".to_owned()])
        ]
    );
    assert_eq!(
        written(&cleared),
        json!({"emails": ["a@example.com"], "labels": null})
    );
    assert_eq!(written(&absent), json!({"emails": ["a@example.com"]}));
}

#[test]
fn create_group_answers_a_chat_or_the_older_chat_id() {
    let older: GroupResponse = read(json!({"chat_id": "120363393294700553@g.us"}));
    assert!(matches!(older, GroupResponse::Created(_)));
    let chat: GroupResponse = read(json!({"chat_id": "120363393294700553@g.us", "org_id": "o"}));
    assert!(matches!(chat, GroupResponse::Chat(_)));
    assert_eq!(older.chat_id(), chat.chat_id());
    let error = periskope_model::from_value::<GroupResponse>(json!({"org_id": "o"}))
        .expect_err("a chat needs its id");
    assert_eq!(error.to_string(), "missing required field \"chat_id\"");
    let one: CreateWebhookResponse =
        read(json!({"id": "w1", "integration_name": "message.created"}));
    let many: CreateWebhookResponse = read(json!([{"id": "w1"}, {"id": "w2"}]));
    assert!(matches!(one, CreateWebhookResponse::One(_)));
    assert!(matches!(&many, CreateWebhookResponse::Many(list) if list.len() == 2));
}

#[test]
fn every_request_kind_refuses_a_body_that_is_not_an_object() {
    let validator = Validator::new(false).expect("validator");
    let mut checked = BTreeSet::new();
    for endpoint in ENDPOINTS {
        let Some(request) = &endpoint.request else {
            continue;
        };
        if !checked.insert(request.name) {
            continue;
        }
        let kind = periskope_contract::KINDS
            .iter()
            .find(|kind| kind.type_name() == request.name)
            .unwrap_or_else(|| panic!("{}: no kind {}", endpoint.key(), request.name));
        // Send-sync's body is the send body (a type alias), which names itself.
        let struct_name = match request.name {
            "SendMessageSyncRequest" => "SendMessageRequest",
            name => name,
        };
        for (body, found) in [
            ("\"\"", "\"\""),
            ("[]", "an array"),
            ("null", "null"),
            ("1", "1"),
        ] {
            let error = kind
                .read_text(body.as_bytes())
                .expect_err("a non-object body is refused");
            assert_eq!(
                error.to_string(),
                format!("expected an object ({struct_name}), found {found}"),
                "{}: {body}",
                kind.name
            );
            let outcome = validator.validate(body.as_bytes(), Some(kind));
            assert!(!outcome.is_valid(), "{}: validate passed {body}", kind.name);
        }
    }
    // The 31 request bodies of the SDK's and the newer endpoints, and any the catalog gains.
    assert!(checked.len() >= 31, "{checked:?}");
}

#[test]
fn a_documented_example_without_its_required_fields_is_refused() {
    // The docs' curl examples send `{}` to the label endpoints.
    for (name, missing) in [
        ("update-contact-labels-request", "labels"),
        ("update-chat-labels-request", "labels"),
    ] {
        let kind = kind(name).expect("kind");
        let error = kind.read_text(b"{}").expect_err("refused");
        assert_eq!(
            error.to_string(),
            format!("missing required field \"{missing}\""),
            "{name}"
        );
        let outcome = Validator::new(false)
            .expect("validator")
            .validate(b"{}", Some(kind));
        assert!(!outcome.is_valid(), "{name}: validate passed {{}}");
    }
}

#[test]
fn the_catalog_lists_each_operation_once_with_the_types_it_names() {
    let mut keys = BTreeSet::new();
    let mut operations = BTreeSet::new();
    for endpoint in ENDPOINTS {
        assert!(keys.insert(endpoint.key()), "{} twice", endpoint.key());
        assert!(
            operations.insert(endpoint.operation),
            "{} twice",
            endpoint.operation
        );
        assert!(
            endpoint.path.starts_with('/') && !endpoint.path.starts_with("/v1/"),
            "{}",
            endpoint.key()
        );
        assert!(
            endpoint.method != Method::Get || endpoint.request.is_none(),
            "{}: a GET sends no body",
            endpoint.key()
        );
        for parameter in endpoint.path_parameters() {
            assert!(
                periskope_model::endpoint::path_parameter(parameter).is_some(),
                "{}: {parameter} is not described",
                endpoint.key()
            );
        }
    }
    // The SDK's 70 operations and 11 newer ones, and any the catalog gains.
    assert!(ENDPOINTS.len() >= 81, "{} operations", ENDPOINTS.len());
    let send = periskope_model::endpoint::find(Method::Post, "/message/send").expect("send");
    assert_eq!(
        (
            send.operation,
            send.request.map(|r| r.name),
            send.phone_header
        ),
        ("sendMessage", Some("SendMessageRequest"), true)
    );
}

#[test]
fn query_structs_write_only_the_parameters_set() {
    let query = ChatsQuery {
        limit: Nullable::Value(100),
        chat_type: Nullable::Value("group".to_owned()),
        ..ChatsQuery::default()
    };
    assert_eq!(written(&query), json!({"limit": 100, "chat_type": "group"}));
    let participants = GroupParticipantsRequest::new([ContactId::from("919537851844")]);
    assert_eq!(
        written(&participants),
        json!({"participants": ["919537851844"]})
    );
}
