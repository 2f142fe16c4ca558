//! Loosely documented fields never refuse a payload: any JSON value there is accepted (by the
//! model and by both schemas), written back, and reads back equal; a value the typed view cannot
//! read is kept and written verbatim.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use jsonschema::Validator;
use periskope_contract::Contract;
use periskope_model::strategies::json_value;
use periskope_model::{
    Chat, ChatNotification, Location, Loose, Media, Message, Note, Nullable, PollChoice, PollInfo,
    PollOption, Ticket, WebhookEvent,
};
use periskope_tests::js;
use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

/// The smallest payload of each kind, the loose field set on it.
fn base(kind: &str) -> Value {
    match kind {
        "message" => json!({"message_id": "m", "org_id": "o"}),
        "chat" => json!({"org_id": "o", "chat_id": "1@g.us"}),
        "note" => {
            json!({"message_id": "n", "org_id": "o", "org_phone": "1@c.us", "is_private_note": true})
        }
        "chat-notification" => {
            json!({"notification_id": "x", "org_id": "o", "org_phone": "1@c.us"})
        }
        "ticket" => json!({"ticket_id": "t", "org_id": "o"}),
        "webhook" => json!({"event": "chat.created", "data": {"org_id": "o", "chat_id": "1@g.us"}}),
        other => panic!("no base payload for {other}"),
    }
}

fn schema(kind: &str, contract: Contract) -> &'static Validator {
    static VALIDATORS: OnceLock<BTreeMap<String, Validator>> = OnceLock::new();
    let path = contract.schema_path(kind);
    VALIDATORS
        .get_or_init(|| {
            let mut out = BTreeMap::new();
            for kind in [
                "message",
                "chat",
                "note",
                "chat-notification",
                "ticket",
                "webhook",
            ] {
                for contract in Contract::ALL {
                    let path = contract.schema_path(kind);
                    out.insert(path.clone(), js::compiled_schema(&path));
                }
            }
            out
        })
        .get(&path)
        .unwrap_or_else(|| panic!("no schema {path}"))
}

/// Sets `key` of `kind`'s payload to `value` and checks the promise: the input schema accepts
/// it, `T` reads it, what `T` writes is canonical and reads back equal, and (when the typed view
/// could not read it or the field is raw JSON) the value is written exactly as given. Returns
/// what was read and what was written at `key`.
fn accepted<T>(kind: &str, key: &str, value: &Value) -> Result<(T, Value), TestCaseError>
where
    T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug,
{
    let mut payload = base(kind);
    payload[key] = value.clone();
    let text = payload.to_string();
    if let Some(error) = schema(kind, Contract::Input).iter_errors(&payload).next() {
        return Err(TestCaseError::fail(format!(
            "the input schema refuses {text}: {}: {}",
            error.instance_path(),
            error.masked()
        )));
    }
    let read: T = periskope_model::from_str(&text)
        .map_err(|e| TestCaseError::fail(format!("{key}: {e}\npayload: {text}")))?;
    let written = serde_json::to_value(&read).map_err(|e| TestCaseError::fail(e.to_string()))?;
    if let Some(error) = schema(kind, Contract::Canonical)
        .iter_errors(&written)
        .next()
    {
        return Err(TestCaseError::fail(format!(
            "the canonical schema refuses what was written, {written}: {}: {}",
            error.instance_path(),
            error.masked()
        )));
    }
    let again: T = periskope_model::from_str(&written.to_string())
        .map_err(|e| TestCaseError::fail(format!("{key}: written {written}: {e}")))?;
    prop_assert_eq!(&again, &read, "{}: written {}", key, written);
    let at = written.get(key).cloned().unwrap_or(Value::Null);
    Ok((read, at))
}

/// A value shaped like an object with some of `keys`, each holding any JSON: what comes near a
/// typed view's shape, on either side of it.
fn near(keys: &'static [&'static str]) -> BoxedStrategy<Value> {
    btree_map(proptest::sample::select(keys), json_value(), 0..4)
        .prop_map(|map| {
            Value::Object(
                map.into_iter()
                    .map(|(key, value)| (key.to_owned(), value))
                    .collect::<Map<String, Value>>(),
            )
        })
        .boxed()
}

/// Any value, or a near miss of the field's typed shape.
fn any_or(near: BoxedStrategy<Value>) -> BoxedStrategy<Value> {
    prop_oneof![json_value(), near].boxed()
}

fn location_like() -> BoxedStrategy<Value> {
    near(&[
        "latitude",
        "longitude",
        "name",
        "address",
        "url",
        "description",
        "options",
    ])
}

fn media_like() -> BoxedStrategy<Value> {
    near(&[
        "path",
        "mimetype",
        "filename",
        "dimensions",
        "size",
        "thumbnail",
        "compress",
    ])
}

/// Poll definitions whose options are any JSON values or option objects with any fields.
fn poll_like() -> BoxedStrategy<Value> {
    let option = prop_oneof![json_value(), near(&["name", "localId"])];
    (json_value(), vec(option, 0..3), json_value())
        .prop_map(|(name, options, settings)| {
            json!({"pollName": name, "pollOptions": options, "options": settings})
        })
        .boxed()
}

/// Link lists whose elements are any JSON values or link objects with any fields, as an array
/// or as JSON text.
fn links_like() -> BoxedStrategy<Value> {
    let element = prop_oneof![json_value(), near(&["link", "isSuspicious"])];
    (vec(element, 0..3), any::<bool>())
        .prop_map(|(links, as_text)| {
            let links = Value::Array(links);
            if as_text {
                Value::from(links.to_string())
            } else {
                links
            }
        })
        .boxed()
}

/// [`accepted`], and when the typed view could not read the value (`raw` gives what the model
/// kept raw), it is kept and written exactly as given.
fn loose<T>(
    kind: &str,
    key: &str,
    value: &Value,
    raw: impl Fn(&T) -> Option<&Value>,
) -> Result<(), TestCaseError>
where
    T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug,
{
    let (read, written) = accepted::<T>(kind, key, value)?;
    if let Some(kept) = raw(&read) {
        prop_assert_eq!(kept, value, "{}: kept raw", key);
        prop_assert_eq!(&written, value, "{}: written as given", key);
    }
    Ok(())
}

fn config() -> ProptestConfig {
    periskope_tests::config()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn message_location_any_value(value in any_or(location_like())) {
        loose::<Message>("message", "location", &value, |m| m.location.value().and_then(Loose::raw))?;
    }

    #[test]
    fn message_media_any_value(value in any_or(media_like())) {
        loose::<Message>("message", "media", &value, |m| m.media.value().and_then(Loose::raw))?;
    }

    #[test]
    fn message_poll_info_any_value(value in any_or(poll_like())) {
        loose::<Message>("message", "poll_info", &value, |m| m.poll_info.value().and_then(Loose::raw))?;
    }

    #[test]
    fn message_links_any_value(value in any_or(links_like())) {
        loose::<Message>("message", "links", &value, |m| m.links.value().and_then(Loose::raw))?;
    }

    #[test]
    fn message_vcards_any_value(value in any_or(vec(json_value(), 0..3).prop_map(Value::Array).boxed())) {
        loose::<Message>("message", "vcards", &value, |m| m.vcards.value().and_then(Loose::raw))?;
    }

    #[test]
    fn note_media_any_value(value in any_or(media_like())) {
        loose::<Note>("note", "media", &value, |n| n.media.value().and_then(Loose::raw))?;
    }

    #[test]
    fn raw_json_fields_any_value_written_exactly(value in json_value()) {
        for key in ["invite_v4", "raw_data", "poll_results", "flag_metadata", "message_payload", "highlight"] {
            prop_assert_eq!(accepted::<Message>("message", key, &value)?.1, value.clone(), "message.{}", key);
        }
        for key in [
            "hubspot_metadata", "ai_metadata", "snooze_metadata", "group_metadata",
            "freshdesk_metadata", "zohodesk_metadata", "zohocrm_metadata",
        ] {
            prop_assert_eq!(accepted::<Chat>("chat", key, &value)?.1, value.clone(), "chat.{}", key);
        }
        for key in ["close_ticket_metadata", "freshdesk_metadata", "hubspot_metadata", "zohodesk_metadata"] {
            prop_assert_eq!(accepted::<Ticket>("ticket", key, &value)?.1, value.clone(), "ticket.{}", key);
        }
        prop_assert_eq!(
            accepted::<ChatNotification>("chat-notification", "metadata", &value)?.1,
            value.clone(),
            "chat notification metadata"
        );
        prop_assert_eq!(
            accepted::<WebhookEvent>("webhook", "previous_attributes", &value)?.1,
            value.clone(),
            "previous_attributes"
        );
    }
}

/// What the typed views refused before they became loose: each is kept verbatim now.
#[test]
fn values_the_typed_view_cannot_read_are_kept_verbatim() {
    let cases = [
        ("media", json!("photo.jpg")),
        ("media", json!({"size": "big"})),
        ("media", json!({"dimensions": {"ar": "wide"}})),
        ("location", json!({"latitude": "NaN"})),
        ("location", json!({"latitude": "1e999"})),
        ("location", json!("12.9716,77.5946")),
        ("poll_info", json!({"pollOptions": "Yes,No"})),
        ("poll_info", json!({"options": {"messageSecret": [256]}})),
        ("links", json!(5)),
        ("links", json!([1, 2])),
        ("vcards", json!("BEGIN:VCARD")),
    ];
    for (key, value) in cases {
        let mut payload = base("message");
        payload[key] = value.clone();
        let message: Message = periskope_model::from_value(payload.clone())
            .unwrap_or_else(|e| panic!("{key}: {value}: {e}"));
        let raw = match key {
            "media" => message.media.value().and_then(Loose::raw),
            "location" => message.location.value().and_then(Loose::raw),
            "poll_info" => message.poll_info.value().and_then(Loose::raw),
            "links" => message.links.value().and_then(Loose::raw),
            _ => message.vcards.value().and_then(Loose::raw),
        };
        assert_eq!(raw, Some(&value), "{key}: kept raw");
        assert_eq!(
            serde_json::to_value(&message).expect("writes"),
            payload,
            "{key}: written as received"
        );
    }
}

#[test]
fn documented_shapes_are_read_as_the_typed_view() {
    let message: Message = periskope_model::from_value(json!({
        "message_id": "m",
        "org_id": "o",
        "location": {"latitude": "12.9716", "longitude": 77.5946, "options": {"name": "Office"}},
        "media": {"path": "/storage/x.jpg", "size": "19940", "dimensions": {"width": 1, "height": 1, "ar": 1}},
        "poll_info": {"pollName": "Lunch?", "pollOptions": ["Yes", {"name": "No", "localId": 1}]},
        "vcards": ["BEGIN:VCARD\nEND:VCARD"]
    }))
    .expect("reads");
    let location: Option<&Location> = message.location.value().and_then(Loose::typed);
    assert_eq!(
        location.map(|l| (l.latitude, l.longitude)),
        Some((Nullable::Value(12.9716), Nullable::Value(77.5946)))
    );
    let media: Option<&Media> = message.media.value().and_then(Loose::typed);
    assert_eq!(media.map(|m| m.size), Some(Nullable::Value(19940)));
    let poll: Option<&PollInfo> = message.poll_info.value().and_then(Loose::typed);
    assert_eq!(
        poll.and_then(|p| p.poll_options.value()).cloned(),
        Some(vec![
            PollChoice::Name("Yes".into()),
            PollChoice::Option(PollOption {
                name: Nullable::Value("No".into()),
                local_id: Nullable::Value(1),
                extra: Map::new(),
            }),
        ])
    );
    let names: Vec<&str> = poll
        .and_then(|p| p.poll_options.value())
        .into_iter()
        .flatten()
        .filter_map(PollChoice::name)
        .collect();
    assert_eq!(names, ["Yes", "No"]);
    assert_eq!(
        message.vcards,
        Nullable::Value(Loose::Typed(vec!["BEGIN:VCARD\nEND:VCARD".to_owned()]))
    );
}
