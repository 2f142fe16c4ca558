//! What a client sends: the request body of every endpoint that takes one, and the query
//! parameters of the list endpoints.
//!
//! Each body is named after its operation (`SendMessageRequest` for `POST /message/send`) and
//! written exactly as the API's SDK sends it: field names as on the wire, camelCase and
//! snake_case side by side (`hookUrl` next to `force_add_participants`), absent fields left out.
//! Bodies are read as leniently as responses: every documented variant is accepted (a
//! comma-separated string of broadcast recipients, a priority sent as a number or as text, the
//! create-group spelling of a group setting), unknown fields are kept in `extra`, and a body that
//! is not a JSON object is refused.
//!
//! ```
//! use periskope_model::request::{MediaAttachment, AttachmentType, SendMessageRequest};
//! use periskope_model::Nullable;
//!
//! let request = SendMessageRequest {
//!     message: Nullable::Value("Your order has shipped".to_owned()),
//!     media: Nullable::Value(MediaAttachment {
//!         url: Nullable::Value("https://example.com/invoice.pdf".to_owned()),
//!         filename: Nullable::Value("invoice.pdf".to_owned()),
//!         ..MediaAttachment::new(AttachmentType::Document)
//!     }),
//!     ..SendMessageRequest::new("919537851844@c.us")
//! };
//! assert_eq!(
//!     serde_json::to_string(&request)?,
//!     r#"{"chat_id":"919537851844@c.us","message":"Your order has shipped","media":{"type":"document","url":"https://example.com/invoice.pdf","filename":"invoice.pdf"}}"#
//! );
//!
//! // Not an object: refused, with what was expected.
//! let error = periskope_model::from_str::<SendMessageRequest>(r#""""#).unwrap_err();
//! assert_eq!(error.to_string(), r#"expected an object (SendMessageRequest), found """#);
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! The endpoints themselves (method, path, headers, query, body and answers) are listed in
//! [`crate::endpoint::ENDPOINTS`].

mod chat;
mod contact;
mod group;
mod knowledge_base;
mod member;
mod message;
mod note;
mod phone;
mod priority;
mod query;
mod queue;
mod scheduled;
mod ticket;
mod webhook;

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::value::{SeqAccessDeserializer, StrDeserializer};
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::ChatId;

pub use chat::{OverrideChatAccessRequest, UpdateChatLabelsRequest, UpdateChatRequest};
pub use contact::{CreateContactRequest, UpdateContactLabelsRequest, UpdateContactRequest};
pub use group::{
    AcceptGroupInviteRequest, CreateGroupOptions, CreateGroupRequest, GroupParticipantsRequest,
    UpdateGroupSettingsRequest,
};
pub use knowledge_base::{CreateDocumentRequest, DocumentSource, FaqRequest};
pub use member::{InviteMembersRequest, UpdateMemberAccessRequest};
pub use message::{
    AttachmentType, BroadcastMessageRequest, BroadcastVariables, EditMessageRequest,
    ForwardMessageRequest, MediaAttachment, PinMessageRequest, PollRequest, PollRequestOptions,
    ReactToMessageRequest, SendMessageRequest, SendMessageSyncRequest, SendOptions,
};
pub use note::CreateNoteRequest;
pub use phone::UpdatePhoneRequest;
pub use query::{
    BroadcastStatusQuery, ChatsQuery, KnowledgeBaseQuery, PageQuery, QueueJobsQuery,
    ReactionsQuery, TimeRangeQuery, WebhooksQuery,
};
pub use queue::{PurgeMessageQueuesRequest, PurgeQueueRequest};
pub use scheduled::{CreateScheduledMessageRequest, UpdateScheduledMessageRequest};
pub use ticket::{CreateTicketRequest, UpdateTicketRequest};
pub use webhook::{CreateWebhookRequest, UpdateWebhookRequest};

/// A field that takes one value or an array of them, written the way it was built: the purge
/// queue id and the events of a new webhook subscription.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OneOrMany<T> {
    /// One value.
    One(T),
    /// An array of values.
    Many(Vec<T>),
}

impl<T> OneOrMany<T> {
    /// The values, one or many, as a slice.
    pub fn as_slice(&self) -> &[T] {
        match self {
            Self::One(value) => std::slice::from_ref(value),
            Self::Many(values) => values,
        }
    }
}

impl<T> From<T> for OneOrMany<T> {
    fn from(value: T) -> Self {
        Self::One(value)
    }
}

impl<T> From<Vec<T>> for OneOrMany<T> {
    fn from(values: Vec<T>) -> Self {
        Self::Many(values)
    }
}

impl<T: Serialize> Serialize for OneOrMany<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::One(value) => value.serialize(serializer),
            Self::Many(values) => values.serialize(serializer),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OneOrMany<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OneOrManyVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for OneOrManyVisitor<T> {
            type Value = OneOrMany<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or an array of strings")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
                T::deserialize(StrDeserializer::<E>::new(text)).map(OneOrMany::One)
            }

            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                Vec::<T>::deserialize(SeqAccessDeserializer::new(seq)).map(OneOrMany::Many)
            }
        }

        deserializer.deserialize_any(OneOrManyVisitor(PhantomData))
    }
}

impl<T: JsonSchema> JsonSchema for OneOrMany<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        format!("OneOrMany_{}", T::schema_name()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let one = generator.subschema_for::<T>();
        let many = generator.subschema_for::<Vec<T>>();
        json_schema!({ "anyOf": [one, many] })
    }
}

/// Reads chat ids from an array, or from one comma-separated string (older revisions of the
/// broadcast endpoint; the spaces around each id are left out).
pub(crate) fn chat_id_list<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<ChatId>, D::Error> {
    struct ChatIdsVisitor;

    impl<'de> Visitor<'de> for ChatIdsVisitor {
        type Value = Vec<ChatId>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an array of chat ids or one comma-separated string of them")
        }

        fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
            Ok(text
                .split(',')
                .map(str::trim)
                .filter(|id| !id.is_empty())
                .map(ChatId::from)
                .collect())
        }

        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            Vec::<ChatId>::deserialize(SeqAccessDeserializer::new(seq))
        }
    }

    deserializer.deserialize_any(ChatIdsVisitor)
}

/// Schema marker: reads an array of chat ids or a comma-separated string, writes an array.
pub(crate) struct ChatIdListInput;

impl JsonSchema for ChatIdListInput {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "ChatIdListInput".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let list = generator.subschema_for::<Vec<ChatId>>();
        if generator.contract().is_serialize() {
            list
        } else {
            json_schema!({ "anyOf": [list, { "type": "string" }] })
        }
    }
}
