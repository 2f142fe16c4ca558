//! A webhook event's data, typed by the event.

use serde::de::{self};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use super::{WebhookDataKind, WebhookEventName};
use crate::{Chat, ChatNotification, Message, Note, Phone, Reaction, TicketInfo};

/// A webhook event's data: the object of the event's type, or raw JSON for an event this crate
/// does not know.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum WebhookData {
    /// A phone (`org.phone.*`).
    Phone(Box<Phone>),
    /// A chat (`chat.created`, `chat.custom_properties.updated`).
    Chat(Box<Chat>),
    /// A message (`message.*`).
    Message(Box<Message>),
    /// A reaction (`reaction.*`).
    Reaction(Box<Reaction>),
    /// A ticket with its chat and messages (`ticket.*`).
    TicketInfo(Box<TicketInfo>),
    /// A private note (`note.created`).
    Note(Box<Note>),
    /// A chat notification (`chat.notification.created`).
    ChatNotification(Box<ChatNotification>),
    /// The data of an event this crate does not know, as received.
    Unknown(Value),
}

impl WebhookData {
    /// Reads `data` as the data of `event`: typed for a known event, kept raw for an unknown
    /// one. For a socket listener, which passes the event name and the bare object apart.
    ///
    /// ```
    /// use periskope_model::{WebhookData, WebhookEventName};
    ///
    /// let data = serde_json::json!({"chat_id": "120363393294700553@g.us", "org_id": "o"});
    /// let read = WebhookData::for_event(&WebhookEventName::ChatCreated, data)?;
    /// assert!(matches!(read, WebhookData::Chat(_)));
    /// # Ok::<(), periskope_model::Error>(())
    /// ```
    pub fn for_event(event: &WebhookEventName, data: Value) -> Result<Self, crate::Error> {
        match event.data_kind() {
            Some(kind) => Self::read(kind, data),
            None => Ok(Self::Unknown(data)),
        }
    }

    /// Reads `data` as a `kind` object; the error names the path within `data`.
    pub fn read(kind: WebhookDataKind, data: Value) -> Result<Self, crate::Error> {
        crate::error::from_value_seed(DataSeed(kind), &data)
    }

    /// Reads a `kind` object from any deserializer: JSON text, a `serde_json::Value`, or another
    /// representation of parsed JSON.
    pub fn deserialize_as<'de, D: Deserializer<'de>>(
        kind: WebhookDataKind,
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(match kind {
            WebhookDataKind::Phone => Self::Phone(Deserialize::deserialize(deserializer)?),
            WebhookDataKind::Chat => Self::Chat(Deserialize::deserialize(deserializer)?),
            WebhookDataKind::Message => Self::Message(Deserialize::deserialize(deserializer)?),
            WebhookDataKind::Reaction => Self::Reaction(Deserialize::deserialize(deserializer)?),
            WebhookDataKind::TicketInfo => {
                Self::TicketInfo(Deserialize::deserialize(deserializer)?)
            }
            WebhookDataKind::Note => Self::Note(Deserialize::deserialize(deserializer)?),
            WebhookDataKind::ChatNotification => {
                Self::ChatNotification(Deserialize::deserialize(deserializer)?)
            }
        })
    }

    /// The type of the data; `None` for [`WebhookData::Unknown`].
    pub fn kind(&self) -> Option<WebhookDataKind> {
        Some(match self {
            Self::Phone(_) => WebhookDataKind::Phone,
            Self::Chat(_) => WebhookDataKind::Chat,
            Self::Message(_) => WebhookDataKind::Message,
            Self::Reaction(_) => WebhookDataKind::Reaction,
            Self::TicketInfo(_) => WebhookDataKind::TicketInfo,
            Self::Note(_) => WebhookDataKind::Note,
            Self::ChatNotification(_) => WebhookDataKind::ChatNotification,
            Self::Unknown(_) => return None,
        })
    }
}

/// [`WebhookData::deserialize_as`] as a seed, for reading with the path tracked.
#[derive(Clone, Copy)]
struct DataSeed(WebhookDataKind);

impl<'de> de::DeserializeSeed<'de> for DataSeed {
    type Value = WebhookData;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<WebhookData, D::Error> {
        WebhookData::deserialize_as(self.0, deserializer)
    }
}

impl Serialize for WebhookData {
    /// Writes the object itself (no tag).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Phone(data) => data.serialize(serializer),
            Self::Chat(data) => data.serialize(serializer),
            Self::Message(data) => data.serialize(serializer),
            Self::Reaction(data) => data.serialize(serializer),
            Self::TicketInfo(data) => data.serialize(serializer),
            Self::Note(data) => data.serialize(serializer),
            Self::ChatNotification(data) => data.serialize(serializer),
            Self::Unknown(data) => data.serialize(serializer),
        }
    }
}
