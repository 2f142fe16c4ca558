//! The message key object (a message's `id`), whose key spellings vary between endpoints.

use std::fmt;

use schemars::JsonSchema;
use serde::de::value::MapAccessDeserializer;
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

use crate::{ChatId, ContactId, MessageId, Nullable};

/// WhatsApp's key of a message (the message's `id` object; also a reaction's `id` and `msg_id`).
///
/// Endpoints spell two keys differently: `from_me` or `fromMe`, and `serialized` or
/// `_serialized`, in any mix. Either spelling is read; `from_me` and `serialized` are written, as
/// in the documented Chat object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MessageKey {
    /// WhatsApp message key, such as `3EB0297C336FD627EAF4447CFC1DEB49394D7874` (20 to 40
    /// characters; notifications use 32 lowercase hex digits).
    pub id: String,

    /// Id of the chat the message is in.
    pub remote: ChatId,

    /// Whether the organisation phone sent the message. Also read from `fromMe`.
    #[serde(alias = "fromMe")]
    #[schemars(extend("x-aliases" = ["fromMe"]))]
    pub from_me: bool,

    /// The full serialized message id, such as
    /// `true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874`. Also read from
    /// `_serialized`.
    #[serde(alias = "_serialized")]
    #[schemars(extend("x-aliases" = ["_serialized"]))]
    pub serialized: MessageId,

    /// Sender within a group, as a WhatsApp id string or a `{user, server, _serialized}` object;
    /// usually absent.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub participant: Nullable<Participant>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl MessageKey {
    /// The key of a message in the chat `remote`, with WhatsApp's message key `id`; the
    /// serialized id is `<from_me>_<remote>_<id>`, as WhatsApp builds it, and the participant is
    /// absent.
    ///
    /// ```
    /// use periskope_model::MessageKey;
    ///
    /// let key = MessageKey::new(true, "919537851844@c.us", "3EB0297C336FD627EAF4");
    /// assert_eq!(key.serialized, "true_919537851844@c.us_3EB0297C336FD627EAF4");
    /// ```
    pub fn new(from_me: bool, remote: impl Into<ChatId>, id: impl Into<String>) -> Self {
        let remote = remote.into();
        let id = id.into();
        let serialized = MessageId::new(format!("{from_me}_{remote}_{id}"));
        Self {
            id,
            remote,
            from_me,
            serialized,
            participant: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// Sender of a group message: a WhatsApp id string such as `919289665999@c.us`, or the same id
/// as an object.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Participant {
    /// A WhatsApp id string, such as `919289665999@c.us`.
    Jid(ContactId),
    /// A WhatsApp id object, such as
    /// `{"user": "9190043XXXXX", "server": "c.us", "_serialized": "9190043XXXXX@c.us"}`.
    Wid(Wid),
}

impl Participant {
    /// The serialized WhatsApp id, whichever form it came in.
    pub fn jid(&self) -> Option<&str> {
        match self {
            Self::Jid(jid) => Some(jid.as_str()),
            Self::Wid(wid) => wid.serialized.value().map(ContactId::as_str),
        }
    }
}

impl<'de> Deserialize<'de> for Participant {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ParticipantVisitor;

        impl<'de> Visitor<'de> for ParticipantVisitor {
            type Value = Participant;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a WhatsApp id string or a {user, server, _serialized} object")
            }

            fn visit_str<E: serde::de::Error>(self, jid: &str) -> Result<Participant, E> {
                Ok(Participant::Jid(ContactId::from(jid)))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Participant, A::Error> {
                Wid::deserialize(MapAccessDeserializer::new(map)).map(Participant::Wid)
            }
        }

        deserializer.deserialize_any(ParticipantVisitor)
    }
}

/// A WhatsApp id as an object, as whatsapp-web.js sends it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Wid {
    /// The user part, such as `9190043XXXXX`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub user: Nullable<String>,

    /// The server part, such as `c.us`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub server: Nullable<String>,

    /// The whole id, such as `9190043XXXXX@c.us`. Also read from `serialized`.
    #[serde(
        rename = "_serialized",
        alias = "serialized",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    #[schemars(extend("x-aliases" = ["serialized"]))]
    pub serialized: Nullable<ContactId>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}
