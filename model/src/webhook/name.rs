//! The names of the webhook events, and the type of each event's data.

use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{Chat, ChatNotification, Message, Note, Phone, Reaction, TicketInfo};

/// The name of a webhook event, such as `message.created`.
///
/// The 20 events of Periskope's client SDK are known; any other name (the integration list also
/// has `org.created`, `chat.updated`, `reaction.added`, …, whose payloads are undocumented) is
/// kept verbatim in [`WebhookEventName::Unknown`], and its data is kept as raw JSON.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(from = "crate::open_enum::EnumText<Self>")]
#[non_exhaustive]
pub enum WebhookEventName {
    /// `chat.created`: a [`Chat`].
    #[serde(rename = "chat.created")]
    ChatCreated,
    /// `chat.custom_properties.updated`: a [`Chat`].
    #[serde(rename = "chat.custom_properties.updated")]
    ChatCustomPropertiesUpdated,
    /// `chat.notification.created`: a [`ChatNotification`].
    #[serde(rename = "chat.notification.created")]
    ChatNotificationCreated,
    /// `message.created`: a [`Message`].
    #[serde(rename = "message.created")]
    MessageCreated,
    /// `message.updated` (edits, with `prev_body`): a [`Message`].
    #[serde(rename = "message.updated")]
    MessageUpdated,
    /// `message.deleted`: a [`Message`].
    #[serde(rename = "message.deleted")]
    MessageDeleted,
    /// `message.ack.updated`: a [`Message`].
    #[serde(rename = "message.ack.updated")]
    MessageAckUpdated,
    /// `message.flagged`: a [`Message`].
    #[serde(rename = "message.flagged")]
    MessageFlagged,
    /// `message.unflagged`: a [`Message`].
    #[serde(rename = "message.unflagged")]
    MessageUnflagged,
    /// `message.ticket.attached`: a [`Message`].
    #[serde(rename = "message.ticket.attached")]
    MessageTicketAttached,
    /// `reaction.created`: a [`Reaction`].
    #[serde(rename = "reaction.created")]
    ReactionCreated,
    /// `reaction.updated`: a [`Reaction`].
    #[serde(rename = "reaction.updated")]
    ReactionUpdated,
    /// `ticket.created`: a [`TicketInfo`].
    #[serde(rename = "ticket.created")]
    TicketCreated,
    /// `ticket.updated`: a [`TicketInfo`].
    #[serde(rename = "ticket.updated")]
    TicketUpdated,
    /// `ticket.deleted`: a [`TicketInfo`].
    #[serde(rename = "ticket.deleted")]
    TicketDeleted,
    /// `org.phone.connected`: a [`Phone`].
    #[serde(rename = "org.phone.connected")]
    OrgPhoneConnected,
    /// `org.phone.disconnected`: a [`Phone`] (its `wa_state` need not say so).
    #[serde(rename = "org.phone.disconnected")]
    OrgPhoneDisconnected,
    /// `org.phone.updated`: a [`Phone`].
    #[serde(rename = "org.phone.updated")]
    OrgPhoneUpdated,
    /// `org.phone.qr`: a [`Phone`] with `qr_code` set.
    #[serde(rename = "org.phone.qr")]
    OrgPhoneQr,
    /// `note.created`: a [`Note`].
    #[serde(rename = "note.created")]
    NoteCreated,
    /// An event this crate does not know, kept verbatim; its data is kept as raw JSON.
    #[serde(untagged)]
    Unknown(String),
}

open_enum_impls!(WebhookEventName {
    ChatCreated = "chat.created",
    ChatCustomPropertiesUpdated = "chat.custom_properties.updated",
    ChatNotificationCreated = "chat.notification.created",
    MessageCreated = "message.created",
    MessageUpdated = "message.updated",
    MessageDeleted = "message.deleted",
    MessageAckUpdated = "message.ack.updated",
    MessageFlagged = "message.flagged",
    MessageUnflagged = "message.unflagged",
    MessageTicketAttached = "message.ticket.attached",
    ReactionCreated = "reaction.created",
    ReactionUpdated = "reaction.updated",
    TicketCreated = "ticket.created",
    TicketUpdated = "ticket.updated",
    TicketDeleted = "ticket.deleted",
    OrgPhoneConnected = "org.phone.connected",
    OrgPhoneDisconnected = "org.phone.disconnected",
    OrgPhoneUpdated = "org.phone.updated",
    OrgPhoneQr = "org.phone.qr",
    NoteCreated = "note.created",
});

impl WebhookEventName {
    /// The type of this event's data; `None` for an unknown event, whose data is kept raw.
    pub fn data_kind(&self) -> Option<WebhookDataKind> {
        use WebhookDataKind as K;
        Some(match self {
            Self::ChatCreated | Self::ChatCustomPropertiesUpdated => K::Chat,
            Self::ChatNotificationCreated => K::ChatNotification,
            Self::MessageCreated
            | Self::MessageUpdated
            | Self::MessageDeleted
            | Self::MessageAckUpdated
            | Self::MessageFlagged
            | Self::MessageUnflagged
            | Self::MessageTicketAttached => K::Message,
            Self::ReactionCreated | Self::ReactionUpdated => K::Reaction,
            Self::TicketCreated | Self::TicketUpdated | Self::TicketDeleted => K::TicketInfo,
            Self::OrgPhoneConnected
            | Self::OrgPhoneDisconnected
            | Self::OrgPhoneUpdated
            | Self::OrgPhoneQr => K::Phone,
            Self::NoteCreated => K::Note,
            Self::Unknown(_) => return None,
        })
    }
}

/// The type of a webhook event's data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WebhookDataKind {
    /// A [`Phone`] (`org.phone.*`).
    Phone,
    /// A [`Chat`] (`chat.created`, `chat.custom_properties.updated`).
    Chat,
    /// A [`Message`] (`message.*`).
    Message,
    /// A [`Reaction`] (`reaction.*`).
    Reaction,
    /// A [`TicketInfo`] (`ticket.*`).
    TicketInfo,
    /// A [`Note`] (`note.created`).
    Note,
    /// A [`ChatNotification`] (`chat.notification.created`).
    ChatNotification,
}

impl WebhookDataKind {
    /// How a bare data object's type is told, first match wins: the key, whether its value must
    /// be `true`, and the type. A body with none of these keys is not a webhook body.
    pub const BARE_RULES: &'static [(&'static str, bool, WebhookDataKind)] = &[
        ("chat", false, Self::TicketInfo),
        ("reaction_id", false, Self::Reaction),
        ("notification_id", false, Self::ChatNotification),
        ("phone_id", false, Self::Phone),
        ("is_private_note", true, Self::Note),
        ("message_id", false, Self::Message),
        ("chat_id", false, Self::Chat),
    ];

    /// Every kind, in the order of `docs/fields.md`.
    pub const ALL: [WebhookDataKind; 7] = [
        Self::Phone,
        Self::Chat,
        Self::Message,
        Self::Reaction,
        Self::TicketInfo,
        Self::Note,
        Self::ChatNotification,
    ];

    /// The model type, as the endpoint catalog names types.
    pub fn type_ref(self) -> crate::endpoint::TypeRef {
        use crate::endpoint::TypeRef;
        match self {
            Self::Phone => TypeRef::of::<Phone>("Phone"),
            Self::Chat => TypeRef::of::<Chat>("Chat"),
            Self::Message => TypeRef::of::<Message>("Message"),
            Self::Reaction => TypeRef::of::<Reaction>("Reaction"),
            Self::TicketInfo => TypeRef::of::<TicketInfo>("TicketInfo"),
            Self::Note => TypeRef::of::<Note>("Note"),
            Self::ChatNotification => TypeRef::of::<ChatNotification>("ChatNotification"),
        }
    }

    /// The model type's name, such as `TicketInfo`.
    pub fn type_name(self) -> &'static str {
        self.type_ref().name
    }

    /// The type of a bare data object (a body without the envelope), told by its keys, first
    /// match wins: `chat` → ticket info; `reaction_id` → reaction; `notification_id` → chat
    /// notification; `phone_id` → phone; `is_private_note: true` → note; `message_id` →
    /// message; `chat_id` → chat. `None` when it has none of them.
    pub fn of_bare(object: &Map<String, Value>) -> Option<Self> {
        Self::of_bare_keys(
            |key| object.contains_key(key),
            |key| object.get(key) == Some(&Value::Bool(true)),
        )
    }

    /// [`WebhookDataKind::of_bare`] for any representation of an object: `has` tells whether a
    /// key is present, `is_true` whether its value is `true`.
    pub fn of_bare_keys(
        has: impl Fn(&str) -> bool,
        is_true: impl Fn(&str) -> bool,
    ) -> Option<Self> {
        Self::BARE_RULES
            .iter()
            .find_map(|(key, must_be_true, kind)| {
                let matches = if *must_be_true {
                    is_true(key)
                } else {
                    has(key)
                };
                matches.then_some(*kind)
            })
    }

    /// Where an object of this kind keeps its id, as keys from the object down: `phone_id`,
    /// `chat_id`, `message_id` (messages and notes), `reaction_id`, `ticket` then `ticket_id`,
    /// `notification_id`.
    /// [`WebhookEvent::delivery_key`](crate::WebhookEvent::delivery_key) uses it.
    pub fn id_path(self) -> &'static [&'static str] {
        match self {
            Self::Phone => &["phone_id"],
            Self::Chat => &["chat_id"],
            Self::Message | Self::Note => &["message_id"],
            Self::Reaction => &["reaction_id"],
            Self::TicketInfo => &["ticket", "ticket_id"],
            Self::ChatNotification => &["notification_id"],
        }
    }

    /// The events whose data is of this kind.
    pub fn events(self) -> impl Iterator<Item = &'static WebhookEventName> {
        WebhookEventName::KNOWN
            .iter()
            .filter(move |name| name.data_kind() == Some(self))
    }

    pub(super) fn schema(self, generator: &mut SchemaGenerator) -> Schema {
        match self {
            Self::Phone => generator.subschema_for::<Phone>(),
            Self::Chat => generator.subschema_for::<Chat>(),
            Self::Message => generator.subschema_for::<Message>(),
            Self::Reaction => generator.subschema_for::<Reaction>(),
            Self::TicketInfo => generator.subschema_for::<TicketInfo>(),
            Self::Note => generator.subschema_for::<Note>(),
            Self::ChatNotification => generator.subschema_for::<ChatNotification>(),
        }
    }
}

impl fmt::Display for WebhookDataKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.type_name())
    }
}
