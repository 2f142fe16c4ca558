//! Typed, lossless models of the Periskope WhatsApp API objects.
//!
//! [`Phone`], [`Chat`], [`ChatMember`] and [`Message`] with their parts, and [`Contact`],
//! [`Note`], [`Reaction`], [`Ticket`] (with the [`TicketInfo`] payload) and [`ChatNotification`],
//! read from every encoding Periskope is documented to send and written back in one canonical
//! encoding. Webhook bodies are read as a [`WebhookEvent`] (the envelope or the bare object, the
//! data typed by the event) and API responses as their wrappers ([`ChatList`],
//! [`SendMessageResponse`], …), each in one call.
//!
//! # Reading a payload
//!
//! ```
//! use periskope_model::{Chat, ChatType};
//!
//! let json = r#"{
//!     "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
//!     "chat_id": "120363393294700553@g.us",
//!     "chat_name": "Support group",
//!     "chat_type": "group",
//!     "member_count": "2",
//!     "created_at": "2025-01-18 14:51:03+00",
//!     "latest_message": {
//!         "message_id": "false_120363393294700553@g.us_3A6A3C183F00093184DB",
//!         "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
//!         "id": {
//!             "id": "3A6A3C183F00093184DB",
//!             "remote": "120363393294700553@g.us",
//!             "fromMe": false,
//!             "_serialized": "false_120363393294700553@g.us_3A6A3C183F00093184DB"
//!         },
//!         "ack": 3,
//!         "body": "hello",
//!         "links": "[]"
//!     },
//!     "some_future_field": {"kept": true}
//! }"#;
//!
//! let chat: Chat = periskope_model::from_str(json)?;
//! assert!(chat.chat_id.is_group());
//! assert_eq!(chat.chat_type.value(), Some(&ChatType::Group));
//! assert_eq!(chat.member_count.value(), Some(&2));
//! assert_eq!(chat.created_at.value().map(|t| t.to_string()).as_deref(), Some("2025-01-18T14:51:03+00:00"));
//!
//! let message = chat.latest_message.value().expect("the payload has a latest message");
//! assert_eq!(message.body.as_deref(), Some("hello"));
//! assert_eq!(message.ack.value().map(|ack| ack.value()), Some(3));
//! assert!(chat.extra.contains_key("some_future_field"));
//!
//! // Written back canonically: `"2"` becomes 2, `fromMe` becomes `from_me`, the ack a string.
//! let written = serde_json::to_value(&chat)?;
//! assert_eq!(written["member_count"], 2);
//! assert_eq!(written["latest_message"]["id"]["from_me"], false);
//! assert_eq!(written["latest_message"]["ack"], "3");
//! assert_eq!(written["some_future_field"]["kept"], true);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The round-trip promise
//!
//! - **Every documented encoding is read**: key spellings (`fromMe`/`from_me`,
//!   `_serialized`/`serialized`), numbers as numeric strings, `links` as JSON text, timestamps
//!   with any fractional digits and offset or in the `2024-05-13 11:19:34+00` form, placeholder
//!   ids, and missing fields.
//! - **Nothing is dropped**: an enum value the crate does not know is kept verbatim in an
//!   `Unknown(String)` variant, a field it does not model is kept in the `extra` map of its
//!   object, and a loosely documented field its typed view cannot read is kept verbatim in
//!   [`Loose::Raw`].
//! - **One canonical encoding is written**: the encoding of the documented Phone and Chat
//!   objects. A payload already in canonical form is written back exactly (equal as JSON values);
//!   any other payload `x` is written so that `parse(write(parse(x))) == parse(x)`.
//! - **Absent and `null` stay apart**: [`Nullable`] fields remember which they were.
//!
//! # Building values
//!
//! Every object with required fields has a `new` that takes them and leaves every other field
//! absent, so struct update syntax fills in the rest; objects without required fields implement
//! `Default`:
//!
//! ```
//! use periskope_model::{Chat, Nullable};
//!
//! let chat = Chat {
//!     chat_name: Nullable::Value("Support".to_owned()),
//!     ..Chat::new("org-1", "919537851844@c.us")
//! };
//! assert_eq!(
//!     serde_json::to_string(&chat)?,
//!     r#"{"org_id":"org-1","chat_id":"919537851844@c.us","chat_name":"Support"}"#
//! );
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # Features
//!
//! - `verify`: the `verify` module (webhook signatures: `sign`, `verify_signature`) and
//!   `WebhookEvent::from_signed_body`.
//!
//! Without a feature: [`examples`] (one example delivery of each webhook event, for tests and
//! mocks of a receiver) and [`WebhookEvent::delivery_key`] (what a receiver deduplicates on).
//! - `proptest`: the `strategies` module, proptest strategies and `Arbitrary` for every public
//!   type, request bodies and query structs included.
//!
//! Bad input gets an [`Error`] that names the JSON path and what was expected, such as
//! `latest_message.delivery_info.read_count: expected an integer, found "x"`.
//!
//! # Conventions
//!
//! - Ids are newtypes ([`ChatId`], [`ContactId`], …) that never reject a format.
//! - Times are one [`Timestamp`] type; epoch-millisecond maps ([`DeliveryInfo`]) stay integers.
//! - Enums are open (`#[non_exhaustive]`, with `Unknown(String)`).
//! - Each type implements `JsonSchema`, honouring schemars' contract: the deserialize contract
//!   describes every accepted encoding and the serialize contract the canonical one. A field
//!   also read under another spelling (a serde `alias`, which schemars does not describe) carries
//!   the extension keyword `"x-aliases": [...]`; `periskope-contract` turns it into standard
//!   keywords in the published schemas.
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    warn(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::panic,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

#[macro_use]
mod open_enum;

mod ack;
mod api_error;
mod broadcast;
mod chat;
mod chat_member;
mod chat_notification;
mod contact;
mod delivery_key;
pub mod endpoint;
mod error;
pub mod examples;
mod extra;
mod group;
mod id;
mod knowledge_base;
mod lenient;
mod loose;
mod message;
mod message_status;
mod note;
mod nullable;
mod org_member;
mod phone;
mod queue;
mod reaction;
pub mod request;
mod response;
mod scheduled_message;
#[cfg(feature = "proptest")]
pub mod strategies;
mod ticket;
mod time;
#[cfg(feature = "verify")]
pub mod verify;
mod webhook;
mod webhook_subscription;

pub use ack::Ack;
pub use api_error::{ApiError, ApiErrorCode, FieldError};
pub use broadcast::{BroadcastResponse, BroadcastStatus, CancelBroadcastResponse};
pub use chat::{Chat, ChatType, MemberAddMode};
pub use chat_member::ChatMember;
pub use chat_notification::{ChatNotification, NotificationType};
pub use contact::Contact;
pub use error::{Error, ErrorKind, from_slice, from_str, from_value, text_position};
pub use group::{ForwardResponse, GroupResponse, InviteLinkResponse};
pub use id::{ChatId, ContactId, LabelId, MessageId, OrgId, PhoneId, TicketId};
pub use knowledge_base::{
    AiContext, AiContextList, ContextIdResponse, DocumentIdResponse, DocumentResult,
    DocumentResultList, KnowledgeBaseList,
};
pub use loose::Loose;
pub use message::{
    DeliveryInfo, DeviceType, Dimensions, Link, LinkItem, Links, Location, LocationOptions, Media,
    Message, MessageKey, MessageType, Participant, PollChoice, PollInfo, PollOption, PollOptions,
    Wid,
};
pub use message_status::{
    MessageStatus, MessageStatusContent, MessageTimeline, SendMessageSyncResponse,
};
pub use note::Note;
pub use nullable::Nullable;
pub use org_member::{
    ErrorMessage, InviteError, InviteMembersResponse, MemberRole, OrgMember, OrgMemberList,
};
pub use phone::{Phone, WaState};
pub use queue::{PhoneQueueStatus, PurgeResult, QueueHealth, QueueJob, QueueJobData, QueueJobList};
pub use reaction::Reaction;
pub use response::{
    ChatList, ContactList, CreateChatResponse, CreateNoteResponse, GroupParticipantsResponse,
    MessageList, NoteList, NotificationEntry, NotificationList, Page, ParticipantResult, PhoneList,
    QueuedMessage, ReactionList, SendMessageResponse, TicketList,
};
pub use scheduled_message::{
    DeleteScheduledMessageResponse, OccurrenceList, RepeatConfig, RepeatInterval, ScheduledMessage,
    ScheduledMessageList, ScheduledMessageOccurrence, ScheduledPayload, Weekday,
};
pub use ticket::{DueDate, Ticket, TicketInfo, TicketMessage, TicketStatus};
pub use time::{Timestamp, TimestampError};
pub use webhook::{WebhookData, WebhookDataKind, WebhookEnvelope, WebhookEvent, WebhookEventName};
pub use webhook_subscription::{
    CreateWebhookResponse, IntegrationName, IntegrationType, WebhookSubscription,
    WebhookSubscriptionList,
};
