//! Payloads that do not fit are refused with the JSON path and what was expected.

use periskope_model::{Chat, ChatMember, Message, Phone};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

fn error<T: DeserializeOwned + std::fmt::Debug>(payload: Value) -> String {
    match periskope_model::from_value::<T>(payload.clone()) {
        Ok(typed) => {
            panic!("accepted a payload that should be refused:\n{payload:#}\nread as {typed:?}")
        }
        Err(error) => error.to_string(),
    }
}

fn documented(object: &str) -> Value {
    let fixture = periskope_tests::fixtures(object)
        .into_iter()
        .find(periskope_tests::Fixture::is_canonical)
        .unwrap_or_else(|| panic!("{object} has no documented fixture"));
    serde_json::from_str(&fixture.text)
        .unwrap_or_else(|e| panic!("{}: {e}", fixture.display_path()))
}

/// Sets the value at a `/`-separated pointer, adding the key when its parent object lacks it.
fn set(mut payload: Value, pointer: &str, value: Value) -> Value {
    let (parent, key) = pointer.rsplit_once('/').unwrap_or(("", pointer));
    match payload.pointer_mut(parent) {
        Some(Value::Object(object)) => {
            object.insert(key.to_owned(), value);
        }
        Some(Value::Array(items)) => {
            let index: usize = key.parse().unwrap_or_else(|e| panic!("{pointer}: {e}"));
            *items
                .get_mut(index)
                .unwrap_or_else(|| panic!("no item at {pointer}")) = value;
        }
        _ => panic!("no object or array at {parent}"),
    }
    payload
}

fn remove(mut payload: Value, pointer: &str) -> Value {
    let (parent, key) = pointer.rsplit_once('/').unwrap_or(("", pointer));
    let object = payload.pointer_mut(parent).and_then(Value::as_object_mut);
    assert!(
        object.and_then(|o| o.remove(key)).is_some(),
        "no key at {pointer}"
    );
    payload
}

#[test]
fn the_issue_example_names_the_nested_path() {
    let payload = set(
        documented("chat"),
        "/latest_message/delivery_info/read_count",
        json!("x"),
    );
    assert_eq!(
        error::<Chat>(payload),
        r#"latest_message.delivery_info.read_count: expected an integer, found "x""#
    );
}

#[test]
fn wrong_types_in_the_chat_are_refused_with_their_path() {
    let member = "/members/918527184400@c.us";
    for (pointer, value, expected) in [
        ("/chat_id", json!(5), "chat_id: expected a string, found 5"),
        (
            "/chat_id",
            json!(null),
            "chat_id: expected a string, found null",
        ),
        (
            "/is_muted",
            json!("no"),
            r#"is_muted: expected a boolean, found "no""#,
        ),
        (
            "/member_count",
            json!(-2),
            "member_count: expected a non-negative integer within 64 bits, found -2",
        ),
        (
            "/member_count",
            json!(2.5),
            "member_count: expected an integer, found 2.5",
        ),
        (
            "/chat_type",
            json!(7),
            "chat_type: expected a string, found 7",
        ),
        (
            "/created_at",
            json!("2025-04-31T10:00:00+00:00"),
            r#"created_at: expected a timestamp such as "2025-01-27T11:07:56+00:00" or "2024-05-13 11:19:34+00", found "2025-04-31T10:00:00+00:00" (the date does not exist)"#,
        ),
        (
            "/created_at",
            json!(true),
            "created_at: expected a timestamp string or an integer epoch time, found true",
        ),
        (
            "/label_ids/label-xbitdvipqshahdcu",
            json!("yes"),
            r#"label_ids.label-xbitdvipqshahdcu: expected a boolean, found "yes""#,
        ),
        (
            "/common_chats",
            json!("120363329861739657@g.us"),
            r#"common_chats: expected an array, found "120363329861739657@g.us""#,
        ),
        (
            "/common_chats/3",
            json!({}),
            "common_chats[3]: expected a string, found an object",
        ),
        (
            "/members",
            json!([]),
            "members: expected an object, found an array",
        ),
        (
            &format!("{member}/is_admin"),
            json!("no"),
            r#"members["918527184400@c.us"].is_admin: expected a boolean, found "no""#,
        ),
        (
            &format!("{member}/contact_id"),
            json!(null),
            r#"members["918527184400@c.us"].contact_id: expected a string, found null"#,
        ),
        (
            "/member_add_mode",
            json!(1),
            "member_add_mode: expected a string or a boolean, found 1",
        ),
        (
            "/group_description",
            json!(3),
            "group_description: expected a string or a boolean, found 3",
        ),
        (
            "/latest_message/ack",
            json!("read"),
            r#"latest_message.ack: expected an integer, found "read""#,
        ),
        (
            "/latest_message/ack",
            json!(true),
            "latest_message.ack: expected an integer, found true",
        ),
        (
            "/latest_message/id/from_me",
            json!("true"),
            r#"latest_message.id.from_me: expected a boolean, found "true""#,
        ),
        (
            "/latest_message/timestamp",
            json!("yesterday"),
            r#"latest_message.timestamp: expected a timestamp such as "2025-01-27T11:07:56+00:00" or "2024-05-13 11:19:34+00", found "yesterday" (a digit is expected where there is none)"#,
        ),
        (
            "/latest_message/delivery_info/read/919537851844@c.us",
            json!("soon"),
            r#"latest_message.delivery_info.read["919537851844@c.us"]: expected an integer, found "soon""#,
        ),
    ] {
        assert_eq!(
            error::<Chat>(set(documented("chat"), pointer, value)),
            expected,
            "{pointer}"
        );
    }
}

#[test]
fn missing_required_fields_are_named() {
    assert_eq!(
        error::<Chat>(remove(documented("chat"), "/chat_id")),
        r#"missing required field "chat_id""#
    );
    assert_eq!(
        error::<Phone>(remove(documented("phone"), "/phone_id")),
        r#"missing required field "phone_id""#
    );
    assert_eq!(
        error::<Message>(remove(documented("message"), "/message_id")),
        r#"missing required field "message_id""#
    );
    assert_eq!(
        error::<Message>(remove(documented("message"), "/id/remote")),
        r#"id: missing required field "remote""#
    );
    let member = documented("chat")
        .pointer("/members/918527184400@c.us")
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        error::<ChatMember>(remove(member, "/org_phone")),
        r#"missing required field "org_phone""#
    );
}

#[test]
fn wrong_types_in_phone_and_message_parts_are_refused() {
    for (pointer, value, expected) in [
        (
            "/wa_state",
            json!(false),
            "wa_state: expected a string, found false",
        ),
        (
            "/labels",
            json!("test1, test2"),
            r#"labels: expected an array, found "test1, test2""#,
        ),
        (
            "/is_browser_open",
            json!("true"),
            r#"is_browser_open: expected a boolean, found "true""#,
        ),
    ] {
        assert_eq!(
            error::<Phone>(set(documented("phone"), pointer, value)),
            expected,
            "{pointer}"
        );
    }
    for (field, value, expected) in [
        (
            "id",
            json!({"id": "k", "remote": "r", "from_me": true, "serialized": "s", "participant": 5}),
            "id.participant: expected a WhatsApp id string or a {user, server, _serialized} object, found 5",
        ),
        (
            "duration",
            json!([1]),
            "duration: expected a string or a number, found an array",
        ),
        (
            "forwarding_score",
            json!("99999999999999999999"),
            r#"forwarding_score: expected an integer within 64 bits, found "99999999999999999999""#,
        ),
        (
            "mentioned_ids",
            json!([1]),
            "mentioned_ids[0]: expected a string, found 1",
        ),
    ] {
        let mut payload = documented("message");
        payload[field] = value;
        assert_eq!(error::<Message>(payload), expected, "{field}");
    }
}

#[test]
fn broken_json_is_refused_with_its_position() {
    for (text, expected) in [
        ("", "EOF while parsing a value at line 1 column 1"),
        (
            r#"{"org_id": "o", "phone_id": "p""#,
            "EOF while parsing an object at line 1 column 31",
        ),
        (
            r#"{"org_id": "o", "phone_id": "p", "created_at": "2024-12-15T11:47:26+00:00"} x"#,
            "trailing characters at line 1 column 77",
        ),
        ("[1, 2]", "expected an object (Phone), found an array"),
    ] {
        let error = periskope_model::from_str::<Phone>(text).expect_err("must be refused");
        assert_eq!(error.to_string(), expected, "{text:?}");
    }
}

#[test]
fn invalid_utf8_is_refused_with_its_position() {
    let bytes = b"{\"org_id\": \"o\",\n \"chat_id\": \"c\xff\"}";
    let error = periskope_model::from_slice::<Chat>(bytes).expect_err("must be refused");
    assert_eq!(
        (error.to_string(), error.kind()),
        (
            "chat_id: invalid unicode code point at line 2 column 15".to_owned(),
            periskope_model::ErrorKind::Syntax
        )
    );
}
