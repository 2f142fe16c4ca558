//! One test per rule of `docs/fields.md` (its variance rules) that concerns Phone, Chat, ChatMember
//! and Message: each rule's documented encodings are read and written canonically.

use periskope_model::{
    Ack, Chat, ChatId, ChatMember, ChatType, ContactId, DeviceType, Link, LinkItem, Links, Loose,
    MemberAddMode, Message, MessageId, MessageKey, MessageType, Nullable, Participant, Phone,
    Timestamp, WaState, Wid,
};
use periskope_tests::assert_same_json;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

fn read<T: DeserializeOwned>(payload: &Value) -> T {
    periskope_model::from_value(payload.clone()).unwrap_or_else(|e| panic!("{e}\n{payload:#}"))
}

fn write<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or_else(|e| panic!("{e}"))
}

/// Merges `fields` into `base`.
fn with(base: Value, fields: Value) -> Value {
    let (Value::Object(mut base), Value::Object(fields)) = (base, fields) else {
        panic!("objects expected");
    };
    base.extend(fields);
    Value::Object(base)
}

fn message(fields: Value) -> Value {
    with(
        json!({"message_id": "true_919537851844@c.us_3EB0C628", "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5"}),
        fields,
    )
}

fn chat(fields: Value) -> Value {
    with(
        json!({"org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5", "chat_id": "919537851844@c.us"}),
        fields,
    )
}

fn phone(fields: Value) -> Value {
    with(
        json!({"org_id": "o", "phone_id": "phone-bqzvyibhmwkaergr", "created_at": "2024-12-15T11:47:26.668505+00:00"}),
        fields,
    )
}

/// Reads `input` as `T`, checks the canonical output, and checks that it reads back the same.
fn canonical<T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug>(
    input: &Value,
    expected: &Value,
) -> T {
    let typed: T = read(input);
    let written = write(&typed);
    assert_same_json("canonical output", expected, &written);
    assert_eq!(
        read::<T>(&written),
        typed,
        "the canonical output reads back differently"
    );
    typed
}

fn key(id: &Value) -> MessageKey {
    read::<Message>(&message(json!({"id": id})))
        .id
        .into_value()
        .expect("an id")
}

#[test]
fn v01_message_key_spellings_in_any_mix() {
    let serialized = "true_919537851844@c.us_3EB0297C";
    let expected = MessageKey {
        id: "3EB0297C".into(),
        remote: ChatId::new("919537851844@c.us"),
        from_me: true,
        serialized: MessageId::new(serialized),
        participant: Nullable::Absent,
        extra: Map::new(),
    };
    for (from_key, serialized_key) in [
        ("from_me", "serialized"),
        ("fromMe", "_serialized"),
        ("fromMe", "serialized"),
        ("from_me", "_serialized"),
    ] {
        let id = json!({"id": "3EB0297C", "remote": "919537851844@c.us", from_key: true, serialized_key: serialized});
        assert_eq!(key(&id), expected, "{from_key} + {serialized_key}");
    }
    assert_same_json(
        "written spelling",
        &json!({"id": "3EB0297C", "remote": "919537851844@c.us", "from_me": true, "serialized": serialized}),
        &write(&expected),
    );
    let both = message(
        json!({"id": {"id": "x", "remote": "r", "fromMe": true, "from_me": true, "serialized": "s"}}),
    );
    let error = periskope_model::from_value::<Message>(both).expect_err("two spellings of one key");
    assert_eq!(
        error.to_string(),
        r#"id: the field "from_me" appears more than once (possibly under two spellings)"#
    );
}

#[test]
fn v02_participant_absent_string_or_object() {
    let base = json!({"id": "3EB01D17", "remote": "120363297269676566@g.us", "fromMe": true, "_serialized": "s"});
    assert_eq!(key(&base).participant, Nullable::Absent);
    let as_string = with(base.clone(), json!({"participant": "919289665999@c.us"}));
    let participant = key(&as_string).participant.into_value();
    assert_eq!(
        participant,
        Some(Participant::Jid(ContactId::new("919289665999@c.us")))
    );
    let as_object = with(
        base,
        json!({"participant": {"user": "9190043XXXXX", "server": "c.us", "_serialized": "9190043XXXXX@c.us"}}),
    );
    let participant = key(&as_object).participant.into_value();
    assert_eq!(
        participant,
        Some(Participant::Wid(Wid {
            user: Nullable::Value("9190043XXXXX".into()),
            server: Nullable::Value("c.us".into()),
            serialized: Nullable::Value(ContactId::new("9190043XXXXX@c.us")),
            extra: Map::new(),
        }))
    );
    assert_eq!(
        participant.as_ref().and_then(Participant::jid),
        Some("9190043XXXXX@c.us")
    );
}

#[test]
fn v03_to_v05_ids_are_opaque_and_kept_verbatim() {
    let ids = json!({
        "message_id": "true_2634e275-ac58-4c85-892d-83882810fc1c_api",
        "org_id": "2997xx64-89bf-48d3-9a22-b314fxx017e5",
        "chat_id": "919X836X025X090@Xc.us",
        "author": "[email protected]",
        "unique_id": "3EB01F4653XX9XX05E9859",
        "id": {"id": "fa3c48a78cc64e139e5737f7057235ea", "remote": "12036329726967XXXX@g.us", "from_me": false,
               "serialized": "true_120363371308389685@g.us_fa3c48a78cc64e139e5737f7057235ea_918527184400@c.us_remove"}
    });
    let typed: Message = canonical(&ids, &ids);
    let chat_id = typed.chat_id.value().expect("a chat id");
    assert!(
        !chat_id.is_group() && !chat_id.is_user(),
        "odd suffixes are neither"
    );
}

#[test]
fn v06_bare_numbers_and_jids_are_stored_as_received() {
    let payload = message(
        json!({"author": "919537851844", "sender_phone": "91900438XXXX", "from": "8824248940@c.us"}),
    );
    let typed: Message = canonical(&payload, &payload);
    assert_eq!(typed.author.value().map(ContactId::is_jid), Some(false));
    assert_eq!(
        typed.author.value().map(ContactId::user),
        Some("919537851844")
    );
}

#[test]
fn v07_related_ids_need_not_agree() {
    let member = json!({"org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5", "chat_id": "X919836025090@c.us",
                        "contact_id": "919537851844@c.us", "org_phone": "918527184400@c.us"});
    let payload = chat(
        json!({"org_id": "2997xx64-89bf-48d3-9a22-b314fxx017e5", "members": {"919537851844@c.us": member}}),
    );
    let typed: Chat = canonical(&payload, &payload);
    let members = typed.members.value().expect("members");
    assert_ne!(
        members.values().next().map(|m| &m.org_id),
        Some(&typed.org_id)
    );
}

#[test]
fn v13_and_v42_ack_keeps_the_integer_from_a_string_or_an_integer() {
    for (input, ack) in [
        (json!("4"), Ack::READ),
        (json!(4), Ack::READ),
        (json!("-1"), Ack::FAILED),
        (json!(5), Ack::READ_BY_ALL),
    ] {
        let typed: Message = canonical(
            &message(json!({"ack": input})),
            &message(json!({"ack": ack.value().to_string()})),
        );
        assert_eq!(typed.ack, Nullable::Value(ack));
    }
    let null: Message = canonical(
        &message(json!({"ack": null})),
        &message(json!({"ack": null})),
    );
    assert_eq!(null.ack, Nullable::Null);
    assert_eq!(
        Ack::DELIVERED_TO_ALL.periskope_meaning(),
        Some("delivered to all group participants")
    );
    assert_eq!(Ack::new(9).periskope_meaning(), None);
}

#[test]
fn v14_forwarding_score_from_a_numeric_string() {
    for input in [json!("0"), json!(0), json!(0.0)] {
        let typed: Message = canonical(
            &message(json!({"forwarding_score": input})),
            &message(json!({"forwarding_score": 0})),
        );
        assert_eq!(typed.forwarding_score, Nullable::Value(0));
    }
    canonical::<Message>(
        &message(json!({"forwarding_score": null})),
        &message(json!({"forwarding_score": null})),
    );
}

#[test]
fn v17_counts_from_numeric_strings() {
    let typed: Chat = canonical(
        &chat(json!({"member_count": "2", "message_unread_count": "+7"})),
        &chat(json!({"member_count": 2, "message_unread_count": 7})),
    );
    assert_eq!(
        (typed.member_count, typed.message_unread_count),
        (Nullable::Value(2), Nullable::Value(7))
    );
    canonical::<Message>(
        &message(json!({"delivery_info": {"read_count": "1", "delivered_count": 2}})),
        &message(json!({"delivery_info": {"read_count": 1, "delivered_count": 2}})),
    );
}

#[test]
fn v18_member_add_mode_as_text_boolean_or_whatsapp_web_value() {
    for (input, mode, written) in [
        (json!("false"), MemberAddMode::False, "false"),
        (json!(true), MemberAddMode::True, "true"),
        (json!("admin_add"), MemberAddMode::AdminAdd, "admin_add"),
        (
            json!("all_member_add"),
            MemberAddMode::AllMemberAdd,
            "all_member_add",
        ),
        (
            json!("owners_only"),
            MemberAddMode::Unknown("owners_only".into()),
            "owners_only",
        ),
    ] {
        let typed: Chat = canonical(
            &chat(json!({"member_add_mode": input})),
            &chat(json!({"member_add_mode": written})),
        );
        assert_eq!(typed.member_add_mode, Nullable::Value(mode));
    }
    canonical::<Chat>(
        &chat(json!({"member_add_mode": null})),
        &chat(json!({"member_add_mode": null})),
    );
}

#[test]
fn v19_duration_as_string_or_number() {
    for (input, text) in [
        (json!("12"), "12"),
        (json!(12), "12"),
        (json!(12.5), "12.5"),
    ] {
        let typed: Message = canonical(
            &message(json!({"duration": input})),
            &message(json!({"duration": text})),
        );
        assert_eq!(typed.duration.as_deref(), Some(text));
    }
}

#[test]
fn v20_aspect_ratio_integer_or_fraction() {
    for (input, ar) in [(json!(1), 1.0), (json!(1.7777), 1.7777)] {
        let payload =
            message(json!({"media": {"dimensions": {"ar": input, "width": 1080, "height": 1080}}}));
        let typed: Message = canonical(&payload, &payload);
        let dimensions = typed
            .media
            .value()
            .and_then(Loose::typed)
            .and_then(|m| m.dimensions.value())
            .expect("dimensions");
        assert_eq!(dimensions.ar, Nullable::Value(ar));
    }
}

#[test]
fn v21_booleans_that_arrive_as_null() {
    let fields = json!({"has_media": null, "has_quoted_msg": null, "has_reaction": null, "is_forwarded": null,
                        "is_gif": null, "is_starred": null, "is_status": null, "flag_status": null,
                        "broadcast": null, "is_ephemeral": null, "is_deleted": null});
    let typed: Message = canonical(&message(fields.clone()), &message(fields));
    assert_eq!(typed.has_media, Nullable::Null);
    let chat_fields = json!({"info_admins_only": null, "messages_admins_only": null, "add_members_admins_only": null});
    canonical::<Chat>(&chat(chat_fields.clone()), &chat(chat_fields));
}

#[test]
fn v22_group_description_text_or_boolean() {
    canonical::<Chat>(
        &chat(json!({"group_description": "Team chat"})),
        &chat(json!({"group_description": "Team chat"})),
    );
    let typed: Chat = canonical(
        &chat(json!({"group_description": false})),
        &chat(json!({"group_description": "false"})),
    );
    assert_eq!(typed.group_description.as_deref(), Some("false"));
}

#[test]
fn v23_strings_that_arrive_as_null() {
    let fields =
        json!({"author": null, "from": null, "to": null, "performed_by": null, "prev_body": null});
    canonical::<Message>(&message(fields.clone()), &message(fields));
    let fields = json!({"chat_image": null, "invite_link": null, "assigned_to": null});
    canonical::<Chat>(&chat(fields.clone()), &chat(fields));
    canonical::<Phone>(
        &phone(json!({"qr_code": null})),
        &phone(json!({"qr_code": null})),
    );
}

#[test]
fn v24_links_as_json_text_an_array_or_null() {
    let link = json!({"link": "https://chat.whatsapp.com/invite/CuZ", "isSuspicious": false});
    let list = Links::List(vec![LinkItem::Link(Link {
        link: Nullable::Value("https://chat.whatsapp.com/invite/CuZ".into()),
        is_suspicious: Nullable::Value(false),
        extra: Map::new(),
    })]);
    for input in [json!([link]), Value::from(json!([link]).to_string())] {
        let typed: Message = canonical(
            &message(json!({"links": input})),
            &message(json!({"links": [link]})),
        );
        assert_eq!(typed.links, Nullable::Value(Loose::Typed(list.clone())));
    }
    // Plain URL strings (whatsapp-web.js 1.12 and 1.13), also mixed with objects and as text.
    let urls = json!(["https://a.example", link]);
    let both = Links::List(vec![
        LinkItem::Url("https://a.example".into()),
        LinkItem::Link(Link {
            link: Nullable::Value("https://chat.whatsapp.com/invite/CuZ".into()),
            is_suspicious: Nullable::Value(false),
            extra: Map::new(),
        }),
    ]);
    for input in [urls.clone(), Value::from(urls.to_string())] {
        let typed: Message = canonical(
            &message(json!({"links": input})),
            &message(json!({"links": urls})),
        );
        assert_eq!(typed.links, Nullable::Value(Loose::Typed(both.clone())));
        let found: Vec<&str> = typed
            .links
            .value()
            .and_then(Loose::typed)
            .map(Links::as_slice)
            .unwrap_or_default()
            .iter()
            .filter_map(LinkItem::url)
            .collect();
        assert_eq!(
            found,
            ["https://a.example", "https://chat.whatsapp.com/invite/CuZ"]
        );
    }
    let empty: Message = canonical(
        &message(json!({"links": "[]"})),
        &message(json!({"links": []})),
    );
    assert_eq!(
        empty.links,
        Nullable::Value(Loose::Typed(Links::List(vec![])))
    );
    let text: Message = canonical(
        &message(json!({"links": "not json"})),
        &message(json!({"links": "not json"})),
    );
    assert_eq!(
        text.links,
        Nullable::Value(Loose::Typed(Links::Text("not json".into())))
    );
    // Any other value is kept verbatim.
    for other in [
        json!(7),
        json!({"link": "https://a.example"}),
        json!([1, true]),
    ] {
        let kept: Message = canonical(
            &message(json!({"links": other})),
            &message(json!({"links": other})),
        );
        assert_eq!(kept.links, Nullable::Value(Loose::Raw(other)));
    }
    canonical::<Message>(
        &message(json!({"links": null})),
        &message(json!({"links": null})),
    );
}

#[test]
fn v25_conflicting_shapes_are_kept_as_json() {
    for shape in [
        json!("{\"translations\":{}}"),
        json!({"translations": {"en": "hello"}}),
    ] {
        let fields = json!({"raw_data": shape, "invite_v4": shape});
        canonical::<Message>(&message(fields.clone()), &message(fields));
    }
}

#[test]
fn v26_arrays_that_may_be_null() {
    for vcards in [json!([]), json!(null), json!(["BEGIN:VCARD\nEND:VCARD"])] {
        let fields = json!({"vcards": vcards, "mentioned_ids": vcards});
        canonical::<Message>(&message(fields.clone()), &message(fields));
    }
}

#[test]
fn v27_labels_in_three_shapes() {
    let payload = chat(
        json!({"chat_labels": "label1, label2", "labels": ["label1", "label2"],
                              "label_ids": {"label-xbitdvipqshahdcu": true}}),
    );
    let typed: Chat = canonical(&payload, &payload);
    assert_eq!(
        typed.chat_label_names().collect::<Vec<_>>(),
        ["label1", "label2"]
    );
    let member = json!({"org_id": "o", "chat_id": "c", "contact_id": "x", "org_phone": "p", "contact_labels": ""});
    let typed: ChatMember = canonical(&member, &member);
    assert_eq!(typed.contact_label_names().count(), 0);
}

#[test]
fn v28_maps_that_may_be_null_or_empty() {
    for map in [json!(null), json!({}), json!({"bharat@hashlabs.dev": true})] {
        let fields = json!({"chat_access": map, "hubspot_metadata": map, "label_ids": if map.is_null() { json!({}) } else { map.clone() }});
        canonical::<Chat>(&chat(fields.clone()), &chat(fields));
    }
    canonical::<Chat>(
        &chat(json!({"custom_properties": null})),
        &chat(json!({"custom_properties": null})),
    );
    let properties =
        json!({"Custom Property 1": "hello", "property-tlkudzxmhjkgoktm": "2025-01-01"});
    canonical::<Chat>(
        &chat(json!({"custom_properties": properties})),
        &chat(json!({"custom_properties": properties})),
    );
}

#[test]
fn v29_and_v30_media_shapes_and_paths() {
    for media in [
        json!({"path": "/storage/v1/object/public/message-media/a.jpeg", "size": 19940, "filename": "a.jpeg", "mimetype": "image/jpeg",
               "dimensions": {"ar": 1, "width": 10, "height": 10}}),
        json!({"path": "https://storage.googleapis.com/periskope/x.wav", "filename": "beep.wav", "mimetype": "audio/wav"}),
        json!({"mimetype": "audio/wav", "filename": "beep.wav", "filedata": "data:audio/wav;base64,UklGRkKA"}),
    ] {
        canonical::<Message>(
            &message(json!({"media": media})),
            &message(json!({"media": media})),
        );
    }
    let sizes: Message = canonical(
        &message(json!({"media": {"size": "19940"}})),
        &message(json!({"media": {"size": 19940}})),
    );
    assert_eq!(
        sizes.media.value().and_then(Loose::typed).map(|m| m.size),
        Some(Nullable::Value(19940))
    );
}

#[test]
fn v31_and_v37_closed_at_as_text_or_epoch_number() {
    let text: Chat = canonical(
        &chat(json!({"closed_at": "2025-01-27 11:08:10+00"})),
        &chat(json!({"closed_at": "2025-01-27T11:08:10+00:00"})),
    );
    let number: Chat = canonical(
        &chat(json!({"closed_at": 1737976090690_i64})),
        &chat(json!({"closed_at": 1737976090690_i64})),
    );
    let seconds: Chat = canonical(
        &chat(json!({"closed_at": 1737976090})),
        &chat(json!({"closed_at": 1737976090})),
    );
    let instant = |c: &Chat| {
        c.closed_at
            .value()
            .map(Timestamp::to_utc)
            .map(|t| t.timestamp())
    };
    assert_eq!(instant(&text), Some(1737976090));
    assert_eq!(instant(&number), Some(1737976090));
    assert_eq!(instant(&seconds), Some(1737976090));
}

#[test]
fn v35_rfc3339_with_any_fraction_and_offset() {
    for (input, written) in [
        ("2025-01-18T14:51:03+00:00", "2025-01-18T14:51:03+00:00"),
        (
            "2025-01-20T07:51:48.209+00:00",
            "2025-01-20T07:51:48.209+00:00",
        ),
        (
            "2024-12-15T11:47:26.668505+00:00",
            "2024-12-15T11:47:26.668505+00:00",
        ),
        ("2025-01-20T07:51:48.2+05:30", "2025-01-20T07:51:48.2+05:30"),
        (
            "2025-01-20T07:51:48.20950+05:30",
            "2025-01-20T07:51:48.20950+05:30",
        ),
        ("2025-08-15T00:00:00Z", "2025-08-15T00:00:00+00:00"),
    ] {
        canonical::<Message>(
            &message(json!({"timestamp": input})),
            &message(json!({"timestamp": written})),
        );
    }
}

#[test]
fn v36_postgres_text_form() {
    for (input, written) in [
        ("2024-05-13 11:19:34+00", "2024-05-13T11:19:34+00:00"),
        ("2024-05-13 11:19:34+0000", "2024-05-13T11:19:34+00:00"),
        ("2024-05-13 11:19:34.5-03:30", "2024-05-13T11:19:34.5-03:30"),
        ("2024-05-13 11:19:34Z", "2024-05-13T11:19:34+00:00"),
    ] {
        let typed: Message = canonical(
            &message(json!({"timestamp": input})),
            &message(json!({"timestamp": written})),
        );
        let instant = typed.timestamp.value().map(|t| t.to_datetime());
        assert_eq!(
            instant,
            Timestamp::parse(written).ok().map(|t| t.to_datetime()),
            "{input}"
        );
    }
}

#[test]
fn v37_and_v39_epoch_millisecond_maps_stay_integers_in_any_order() {
    let info = json!({"read": {"919537851844@c.us": 1737967704763_i64}, "delivered": {"919537851844@c.us": 1737967705196_i64}, "pending": []});
    let typed: Message = canonical(
        &message(json!({"delivery_info": info})),
        &message(json!({"delivery_info": info})),
    );
    let info = typed.delivery_info.into_value().expect("delivery info");
    let jid = ContactId::new("919537851844@c.us");
    let read = info.read.value().and_then(|m| m.get(&jid)).copied();
    let delivered = info.delivered.value().and_then(|m| m.get(&jid)).copied();
    assert!(read < delivered, "read before delivered is kept");
}

#[test]
fn v40_chat_type_outside_the_documented_set() {
    for (value, expected) in [
        ("chat", ChatType::Chat),
        ("unknown", ChatType::UnknownType),
        ("individual", ChatType::Individual),
        ("solo", ChatType::Solo),
        ("community", ChatType::Unknown("community".into())),
    ] {
        let typed: Chat = canonical(
            &chat(json!({"chat_type": value})),
            &chat(json!({"chat_type": value})),
        );
        assert_eq!(typed.chat_type, Nullable::Value(expected));
    }
}

#[test]
fn v41_message_type_and_device_type_are_open() {
    for (value, expected) in [
        ("chat", MessageType::Chat),
        ("poll_creation", MessageType::PollCreation),
        (
            "scheduled_call",
            MessageType::Unknown("scheduled_call".into()),
        ),
    ] {
        let typed: Message = canonical(
            &message(json!({"message_type": value})),
            &message(json!({"message_type": value})),
        );
        assert_eq!(typed.message_type, Nullable::Value(expected));
    }
    let typed: Message = canonical(
        &message(json!({"device_type": "kaios"})),
        &message(json!({"device_type": "kaios"})),
    );
    assert_eq!(
        typed.device_type,
        Nullable::Value(DeviceType::Unknown("kaios".into()))
    );
}

#[test]
fn v43_wa_state_is_open() {
    for (value, expected) in [
        ("CONNECTED", WaState::Connected),
        ("UNPAIRED", WaState::Unpaired),
        ("RECONNECTING", WaState::Unknown("RECONNECTING".into())),
    ] {
        let typed: Phone = canonical(
            &phone(json!({"wa_state": value})),
            &phone(json!({"wa_state": value})),
        );
        assert_eq!(typed.wa_state, Nullable::Value(expected));
    }
}

#[test]
fn v47_and_v48_fields_that_depend_on_the_endpoint_may_be_absent() {
    let minimal = chat(json!({}));
    let typed: Chat = canonical(&minimal, &minimal);
    assert!(
        typed.members.is_absent()
            && typed.latest_message.is_absent()
            && typed.common_chats.is_absent()
    );
    let minimal = message(json!({}));
    let typed: Message = canonical(&minimal, &minimal);
    assert!(typed.id.is_absent() && typed.ack.is_absent());
}

#[test]
fn v49_unknown_fields_are_kept_at_every_level() {
    let payload = chat(json!({
        "snooze_until_v2": 1737976090,
        "members": {"918527184400@c.us": {"org_id": "o", "chat_id": "c", "contact_id": "918527184400@c.us",
                                          "org_phone": "p", "contact_pronouns": "they"}},
        "latest_message": message(json!({
            "reply_count": 3,
            "id": {"id": "k", "remote": "r", "from_me": true, "serialized": "s", "device": 2},
            "delivery_info": {"played": {"918527184400@c.us": 1}},
            "media": {"blurhash": "LKO2?U%2Tw=w", "dimensions": {"rotation": 90}}
        }))
    }));
    let typed: Chat = canonical(&payload, &payload);
    assert_eq!(typed.extra.get("snooze_until_v2"), Some(&json!(1737976090)));
}

#[test]
fn v50_key_order_does_not_matter() {
    let a: Message = read(&json!({"org_id": "o", "message_id": "m", "body": "x"}));
    let b: Message = read(&json!({"body": "x", "message_id": "m", "org_id": "o"}));
    assert_eq!(a, b);
}

#[test]
fn v51_invalid_json_in_documented_examples_is_refused_with_its_position() {
    let error = periskope_model::from_str::<Message>("{\n  \"message_id\": \"m\",\n  \"is_ephemeral\": null, //disappearing\n  \"org_id\": \"o\"\n}")
        .expect_err("comments are not JSON");
    assert_eq!(
        (error.line(), error.column(), error.kind()),
        (3, 25, periskope_model::ErrorKind::Syntax)
    );
    assert_eq!(
        error.to_string(),
        "key must be a string at line 3 column 25"
    );
}

#[test]
fn v52_duplicate_map_keys_keep_the_last_value() {
    let text = r#"{"message_id": "m", "org_id": "o", "delivery_info": {"read": {"91882424xxxx@c.us": 1, "91882424xxxx@c.us": 2}}}"#;
    let typed: Message = periskope_model::from_str(text).unwrap_or_else(|e| panic!("{e}"));
    let read = typed
        .delivery_info
        .value()
        .and_then(|i| i.read.value())
        .cloned();
    assert_eq!(
        read,
        Some(
            [(ContactId::new("91882424xxxx@c.us"), 2)]
                .into_iter()
                .collect()
        )
    );
}

#[test]
fn absent_and_null_stay_apart_everywhere() {
    let absent: Phone = canonical(&phone(json!({})), &phone(json!({})));
    let null: Phone = canonical(
        &phone(json!({"labels": null, "is_browser_open": null})),
        &phone(json!({"labels": null, "is_browser_open": null})),
    );
    assert_eq!(
        (absent.labels.is_absent(), null.labels.is_null()),
        (true, true)
    );
    assert_ne!(absent, null);
}
