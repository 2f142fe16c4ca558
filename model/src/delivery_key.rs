//! [`WebhookEvent::delivery_key`]: what a receiver deduplicates deliveries on.

use crate::{WebhookData, WebhookEvent, WebhookEventName};

impl WebhookEvent {
    /// The key a receiver deduplicates deliveries on. Periskope signs no timestamp, so a stored
    /// key is the only defence against a replayed delivery, and a redelivery after a timeout or
    /// an error carries the same key.
    ///
    /// The rule, the same in the npm package's `deliveryKey`:
    ///
    /// 1. The envelope's `id` when it is a non-empty string (real deliveries carry one; it is
    ///    the same on every redelivery).
    /// 2. Otherwise the event's name and its object's id ([`crate::WebhookDataKind::id_path`]),
    ///    `{event}:{id}`: `phone_id` for
    ///    `org.phone.*`, `chat_id` for `chat.created` and `chat.custom_properties.updated`,
    ///    `message_id` for `message.*` and `note.created`, `reaction_id` for `reaction.*`,
    ///    `ticket.ticket_id` for `ticket.*` and `notification_id` for
    ///    `chat.notification.created`; for `message.ack.updated` the ack is appended
    ///    (`{event}:{id}:{ack}`), since every step of a message's ack is a delivery of its own.
    ///    A bare data object (no envelope) uses the name of its type instead of the event's
    ///    (`Message:{id}`).
    /// 3. `None` when neither exists: an unknown event without an `id`.
    ///
    /// The key depends on values, never on the body's bytes, so compact, pretty-printed and
    /// reordered bodies of one delivery have one key. Without an envelope `id`, two updates of
    /// one object under one event name (other than acks) share a key.
    ///
    /// ```
    /// use periskope_model::WebhookEvent;
    ///
    /// let delivered: WebhookEvent = periskope_model::from_str(
    ///     r#"{"event_type": "chat.created", "id": "evt-1", "data": {"chat_id": "1@c.us", "org_id": "o"}}"#,
    /// )?;
    /// assert_eq!(delivered.delivery_key().as_deref(), Some("evt-1"));
    ///
    /// let documented: WebhookEvent = periskope_model::from_str(
    ///     r#"{"event": "chat.created", "data": {"chat_id": "1@c.us", "org_id": "o"}}"#,
    /// )?;
    /// assert_eq!(documented.delivery_key().as_deref(), Some("chat.created:1@c.us"));
    /// # Ok::<(), periskope_model::Error>(())
    /// ```
    pub fn delivery_key(&self) -> Option<String> {
        let (label, data) = match self {
            Self::Envelope(envelope) => {
                if let Some(id) = envelope.id.value().filter(|id| !id.is_empty()) {
                    return Some(id.clone());
                }
                (envelope.event.as_str(), &envelope.data)
            }
            Self::Bare(data) => (data.kind()?.type_name(), data),
        };
        let id = object_id(data)?;
        let ack = match (self.name(), data) {
            (Some(WebhookEventName::MessageAckUpdated), WebhookData::Message(message)) => {
                message.ack.value().map(|ack| ack.value())
            }
            _ => None,
        };
        Some(match ack {
            Some(ack) => format!("{label}:{id}:{ack}"),
            None => format!("{label}:{id}"),
        })
    }
}

/// The id of an event's object; `None` for raw data or a ticket without its ticket.
fn object_id(data: &WebhookData) -> Option<&str> {
    Some(match data {
        WebhookData::Phone(phone) => phone.phone_id.as_str(),
        WebhookData::Chat(chat) => chat.chat_id.as_str(),
        WebhookData::Message(message) => message.message_id.as_str(),
        WebhookData::Reaction(reaction) => reaction.reaction_id.as_str(),
        WebhookData::TicketInfo(info) => info.ticket.value()?.ticket_id.as_str(),
        WebhookData::Note(note) => note.message_id.as_str(),
        WebhookData::ChatNotification(notification) => notification.notification_id.as_str(),
        WebhookData::Unknown(_) => return None,
    })
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use crate::WebhookEvent;
    use crate::examples::DELIVERIES;

    fn key(body: &str) -> Option<String> {
        crate::from_str::<WebhookEvent>(body)
            .unwrap_or_else(|e| panic!("{e}: {body}"))
            .delivery_key()
    }

    #[test]
    fn the_id_is_the_key_in_every_layout_and_the_object_without_one() {
        for example in DELIVERIES {
            let value: Value = serde_json::from_str(example.body).expect("JSON");
            let id = value["id"].as_str().expect("an id").to_owned();
            let compact = value.to_string();
            let pretty = serde_json::to_string_pretty(&value).expect("writes");
            for body in [example.body, compact.as_str(), pretty.as_str()] {
                assert_eq!(key(body).as_deref(), Some(id.as_str()), "{}", example.event);
            }
            let mut without = value.clone();
            without["id"] = json!("");
            let kind = crate::WebhookEventName::from(example.event)
                .data_kind()
                .expect("a known event");
            let object = kind
                .id_path()
                .iter()
                .fold(&value["data"], |at, key| &at[*key]);
            let object = object.as_str().expect("an object id");
            let expected = if example.event == "message.ack.updated" {
                format!("{}:{object}:3", example.event)
            } else {
                format!("{}:{object}", example.event)
            };
            assert_eq!(
                key(&without.to_string()),
                Some(expected),
                "{}",
                example.event
            );
        }
    }

    #[test]
    fn bare_objects_and_unknown_events() {
        assert_eq!(
            key(r#"{"chat_id": "1@c.us", "org_id": "o"}"#).as_deref(),
            Some("Chat:1@c.us")
        );
        assert_eq!(
            key(r#"{"event": "org.member.created", "data": {"member_id": "m"}}"#),
            None
        );
        assert_eq!(
            key(r#"{"event": "org.member.created", "id": "e", "data": {}}"#).as_deref(),
            Some("e")
        );
        // An ack written as a number or as text is one ack.
        for ack in ["4", "\"4\""] {
            let body = format!(
                r#"{{"event": "message.ack.updated", "data": {{"message_id": "m1", "org_id": "o", "ack": {ack}}}}}"#
            );
            assert_eq!(key(&body).as_deref(), Some("message.ack.updated:m1:4"));
        }
    }
}
