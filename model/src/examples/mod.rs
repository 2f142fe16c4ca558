//! One example delivery of each of the 20 webhook events, as a receiver gets it: the envelope of
//! real traffic (`data`, `event_type`, `id`, `org_id`, `previous_attributes`) around the
//! documented example of the event's object. For tests and mocks of a receiver: each reads as a
//! [`WebhookEvent`] of its event, and `periskope-schema validate` accepts it.
//!
//! ```
//! use periskope_model::{WebhookData, WebhookEventName, examples};
//!
//! let body = examples::delivery(&WebhookEventName::MessageCreated).expect("every known event");
//! let event = examples::event(&WebhookEventName::MessageCreated).expect("every known event")?;
//! assert_eq!(event.name(), Some(&WebhookEventName::MessageCreated));
//! assert!(matches!(event.data(), WebhookData::Message(_)));
//! assert!(body.contains("\"event_type\": \"message.created\""));
//! assert_eq!(examples::DELIVERIES.len(), 20);
//! # Ok::<(), periskope_model::Error>(())
//! ```

use crate::{WebhookEvent, WebhookEventName};

/// An example delivery: the event's name and the body, pretty-printed JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Example {
    /// The event, such as `message.created`.
    pub event: &'static str,
    /// The delivery's body, as Periskope posts it.
    pub body: &'static str,
}

macro_rules! deliveries {
    ($($event:literal),+ $(,)?) => {
        /// Every example, one per known event, in the order of [`WebhookEventName::KNOWN`].
        pub const DELIVERIES: [Example; 20] = [$(Example {
            event: $event,
            body: include_str!(concat!($event, ".json")),
        }),+];
    };
}

deliveries!(
    "chat.created",
    "chat.custom_properties.updated",
    "chat.notification.created",
    "message.created",
    "message.updated",
    "message.deleted",
    "message.ack.updated",
    "message.flagged",
    "message.unflagged",
    "message.ticket.attached",
    "reaction.created",
    "reaction.updated",
    "ticket.created",
    "ticket.updated",
    "ticket.deleted",
    "org.phone.connected",
    "org.phone.disconnected",
    "org.phone.updated",
    "org.phone.qr",
    "note.created",
);

/// The example body of `event`; `None` for an event this crate does not know.
pub fn delivery(event: &WebhookEventName) -> Option<&'static str> {
    DELIVERIES
        .iter()
        .find(|example| example.event == event.as_str())
        .map(|example| example.body)
}

/// The example of `event`, read; `None` for an event this crate does not know.
pub fn event(event: &WebhookEventName) -> Option<Result<WebhookEvent, crate::Error>> {
    delivery(event).map(crate::from_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_event_has_one_example_of_its_own_event() {
        let names: Vec<&str> = WebhookEventName::KNOWN.iter().map(|n| n.as_str()).collect();
        let examples: Vec<&str> = DELIVERIES.iter().map(|example| example.event).collect();
        assert_eq!(examples, names);
        for name in WebhookEventName::KNOWN {
            let read = event(name)
                .unwrap_or_else(|| panic!("{name}: no example"))
                .unwrap_or_else(|error| panic!("{name}: {error}"));
            assert_eq!(read.name(), Some(name), "{name}");
            assert_eq!(read.data().kind(), name.data_kind(), "{name}");
        }
        assert_eq!(delivery(&WebhookEventName::from("org.created")), None);
    }
}
