//! What the group and forward endpoints answer: a group (a full [`Chat`] or the older
//! `{chat_id}`), an invite link, and the chats a message was forwarded to.

use std::borrow::Cow;
use std::collections::BTreeMap;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::error::nested_message;
use crate::{Chat, ChatId, CreateChatResponse, Nullable};

/// Create a group, change its settings or accept an invite: the group as a full [`Chat`], or
/// `{chat_id}` as older revisions answered. An object with `org_id` is read as a chat.
#[derive(Clone, Debug, PartialEq)]
pub enum GroupResponse {
    /// The group as a full chat.
    Chat(Box<Chat>),
    /// `{chat_id}` (older revisions).
    Created(CreateChatResponse),
}

impl GroupResponse {
    /// The group's chat id, either way.
    pub fn chat_id(&self) -> &ChatId {
        match self {
            Self::Chat(chat) => &chat.chat_id,
            Self::Created(created) => &created.chat_id,
        }
    }
}

impl Serialize for GroupResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Chat(chat) => chat.serialize(serializer),
            Self::Created(created) => created.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for GroupResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let object = Map::<String, Value>::deserialize(deserializer)?;
        let chat = object.contains_key("org_id");
        let value = Value::Object(object);
        let read = if chat {
            crate::from_value(value).map(|chat| Self::Chat(Box::new(chat)))
        } else {
            crate::from_value(value).map(Self::Created)
        };
        read.map_err(|error| de::Error::custom(nested_message("", &error)))
    }
}

impl JsonSchema for GroupResponse {
    fn schema_name() -> Cow<'static, str> {
        "GroupResponse".into()
    }

    /// `oneOf` of the two named shapes, told apart by `org_id` (required by a chat, refused by
    /// `GroupCreated`), in both contracts: the reader's "`org_id` present" rule as a union that
    /// code generators type.
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let description = "A group: a full chat, or `{chat_id}` as older revisions answered.";
        json_schema!({
            "description": description,
            "oneOf": [
                generator.subschema_for::<Chat>(),
                generator.subschema_for::<GroupCreated>()
            ]
        })
    }
}

/// The schema of a group answer without `org_id` (`GroupCreated`): a [`CreateChatResponse`].
struct GroupCreated;

impl JsonSchema for GroupCreated {
    fn schema_name() -> Cow<'static, str> {
        "GroupCreated".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A group answered as `{chat_id}` (older revisions): a `CreateChatResponse` without `org_id`.",
            "type": "object",
            "allOf": [generator.subschema_for::<CreateChatResponse>()],
            "properties": {
                "org_id": {
                    "type": "null",
                    "description": "Absent: an answer with `org_id` is a chat."
                }
            },
            "not": { "required": ["org_id"] }
        })
    }
}

/// Generate an invite link: `{invite_link}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct InviteLinkResponse {
    /// The link, such as `https://chat.whatsapp.com/invite/…`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub invite_link: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// Forward a message: each chat it was forwarded to, mapped to `true` (the API documents 204 No
/// Content and shows this body).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct ForwardResponse(pub BTreeMap<ChatId, bool>);
