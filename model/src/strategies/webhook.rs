//! Strategies for webhook bodies.

use super::*;

/// Any webhook data of `kind`; a message is never flagged a note and a note always is, as a
/// bare body tells them apart by that flag.
fn webhook_data(kind: WebhookDataKind) -> BoxedStrategy<WebhookData> {
    match kind {
        WebhookDataKind::Phone => phone()
            .prop_map(|d| WebhookData::Phone(Box::new(d)))
            .boxed(),
        WebhookDataKind::Chat => chat().prop_map(|d| WebhookData::Chat(Box::new(d))).boxed(),
        WebhookDataKind::Message => message()
            .prop_map(|mut d| {
                if d.is_private_note.value() == Some(&true) {
                    d.is_private_note = Nullable::Value(false);
                }
                WebhookData::Message(Box::new(d))
            })
            .boxed(),
        WebhookDataKind::Reaction => reaction()
            .prop_map(|d| WebhookData::Reaction(Box::new(d)))
            .boxed(),
        WebhookDataKind::TicketInfo => ticket_info()
            .prop_map(|d| WebhookData::TicketInfo(Box::new(d)))
            .boxed(),
        WebhookDataKind::Note => note()
            .prop_map(|mut d| {
                d.is_private_note = true;
                WebhookData::Note(Box::new(d))
            })
            .boxed(),
        WebhookDataKind::ChatNotification => chat_notification()
            .prop_map(|d| WebhookData::ChatNotification(Box::new(d)))
            .boxed(),
    }
}

/// Any webhook body: an envelope of a known event with its data, of an unknown event with raw
/// data, or a bare data object.
pub fn webhook_event() -> BoxedStrategy<WebhookEvent> {
    let known = select(WebhookEventName::KNOWN.to_vec()).prop_flat_map(|event| {
        let kind = event.data_kind().unwrap_or(WebhookDataKind::Chat);
        (Just(event), webhook_data(kind))
    });
    let unknown = (
        text()
            .prop_map(WebhookEventName::from)
            .prop_filter("unknown", |e| !e.is_known()),
        json_value().prop_map(WebhookData::Unknown),
    );
    let named = prop_oneof![3 => known, 1 => unknown];
    let envelope = (
        named,
        nullable(text()),
        nullable(org_id()),
        nullable(non_null_json()),
        nullable(timestamp()),
        extra(),
    )
        .prop_map(
            |((event, data), id, org_id, previous_attributes, timestamp, extra)| {
                WebhookEvent::Envelope(WebhookEnvelope {
                    event,
                    data,
                    id,
                    org_id,
                    previous_attributes,
                    timestamp,
                    extra,
                })
            },
        );
    let bare = select(WebhookDataKind::ALL.to_vec())
        .prop_flat_map(webhook_data)
        .prop_map(WebhookEvent::Bare);
    prop_oneof![2 => envelope, 1 => bare].boxed()
}
