//! The Message object and its parts.

mod delivery;
mod key;
mod links;
mod location;
mod media;
mod poll;

pub use delivery::DeliveryInfo;
pub use key::{MessageKey, Participant, Wid};
pub use links::{Link, LinkItem, Links};
pub use location::{Location, LocationOptions};
pub use media::{Dimensions, Media};
pub use poll::{PollChoice, PollInfo, PollOption, PollOptions};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::lenient::{IntegerInput, TextOrNumberInput};
use crate::{Ack, ChatId, ContactId, Loose, MessageId, Nullable, OrgId, Timestamp};

/// A WhatsApp message as Periskope stores it.
///
/// Returned by get-message and list-messages, embedded as a chat's `latest_message`, and carried
/// by the `message.*` webhooks. Only `message_id` and `org_id` are required: older doc revisions
/// and some endpoints leave fields out, and every other field may be `null`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Message {
    /// Unique serialized message id, such as
    /// `true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874`.
    pub message_id: MessageId,

    /// Unique identifier of the organisation.
    pub org_id: OrgId,

    /// WhatsApp id of the organisation phone that sent or received the message.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub org_phone: Nullable<ContactId>,

    /// Id of the chat the message is in.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chat_id: Nullable<ChatId>,

    /// WhatsApp's key of the message.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<MessageKey>,

    /// Delivery acknowledgement, such as `"4"` (read); see [`Ack`].
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub ack: Nullable<Ack>,

    /// Author of a group message (the sender's WhatsApp id); `null` in 1:1 chats.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub author: Nullable<ContactId>,

    /// Text of the message, or the caption of its media.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub body: Nullable<String>,

    /// Whether the message is a broadcast.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub broadcast: Nullable<bool>,

    /// Id of the Periskope broadcast that sent the message.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub broadcast_id: Nullable<String>,

    /// Per-recipient delivery and read state.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub delivery_info: Nullable<DeliveryInfo>,

    /// Kind of device the sender used, such as `android`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub device_type: Nullable<DeviceType>,

    /// Duration of audio or video media. Documented both as a string and as an integer; a number
    /// is read as its text.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_text_or_number"
    )]
    #[schemars(with = "Nullable<TextOrNumberInput>")]
    pub duration: Nullable<String>,

    /// Whether the message is flagged for follow-up.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub flag_status: Nullable<bool>,

    /// Details of the flag (undocumented; the types describe `{status, response_type?,
    /// response_id?, response_timestamp?, response_email?, flagged_by?, flagged_at?,
    /// response_phone?}`).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub flag_metadata: Nullable<Value>,

    /// Time taken to respond to the flagged message (undocumented number).
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub flag_response_time: Nullable<i64>,

    /// How many times the message was forwarded. Sent as a number or a numeric string.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub forwarding_score: Nullable<i64>,

    /// Sender of the message (a chat id); `null` on outgoing messages in newer payloads.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub from: Nullable<ChatId>,

    /// Whether the organisation phone sent the message.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub from_me: Nullable<bool>,

    /// Full-text search vector of the body as Postgres text, such as `"'hello':1 'world':3"`
    /// (undocumented, opaque).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub fts: Nullable<String>,

    /// Whether the message has media.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub has_media: Nullable<bool>,

    /// Whether the message quotes (replies to) another message.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub has_quoted_msg: Nullable<bool>,

    /// Whether the message has a reaction.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub has_reaction: Nullable<bool>,

    /// Group invite carried by the message (documented both as an object and as a string;
    /// whatsapp-web.js: `{inviteCode, inviteCodeExp, groupId, groupName, fromId, toId}`).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub invite_v4: Nullable<Value>,

    /// Whether the message was deleted.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_deleted: Nullable<bool>,

    /// Whether the message is a disappearing message.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_ephemeral: Nullable<bool>,

    /// Whether the message was forwarded.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_forwarded: Nullable<bool>,

    /// Whether the media is a GIF.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_gif: Nullable<bool>,

    /// Whether the message is starred.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_starred: Nullable<bool>,

    /// Whether the message is a status (story).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_status: Nullable<bool>,

    /// Links in the message: an array of link objects or URLs, a string holding such an array
    /// as JSON (`"[]"`), or `null`; written as an array. Read as [`Links`] when it has one of
    /// those shapes, kept verbatim otherwise.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub links: Nullable<Loose<Links>>,

    /// Location shared in the message: read as a [`Location`] when it has that shape, kept
    /// verbatim otherwise (its shape is undocumented).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub location: Nullable<Loose<Location>>,

    /// Media attached to the message: read as [`Media`] when it has that shape, kept verbatim
    /// otherwise.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub media: Nullable<Loose<Media>>,

    /// WhatsApp media key.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub media_key: Nullable<String>,

    /// WhatsApp ids of the users mentioned in the message (in notes: `@<email>` mentions).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub mentioned_ids: Nullable<Vec<String>>,

    /// Id of the ticket the message is attached to.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message_ticket_id: Nullable<String>,

    /// Kind of message, such as `chat` (text) or `image`; it does not always match the content.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message_type: Nullable<MessageType>,

    /// Order id (business chats).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub order_id: Nullable<String>,

    /// Who sent the message through Periskope: a user's e-mail, `api`, or `null`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub performed_by: Nullable<String>,

    /// Definition of the poll the message carries: read as [`PollInfo`] when it has that shape,
    /// kept verbatim otherwise.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub poll_info: Nullable<Loose<PollInfo>>,

    /// Votes on the poll (undocumented JSON; the types describe a map of maps of strings).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub poll_results: Nullable<Value>,

    /// Body before the last edit; set after edit-message.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub prev_body: Nullable<String>,

    /// Id of the quoted message (format varies by endpoint; opaque).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub quoted_message_id: Nullable<String>,

    /// Raw data of the message (documented both as a string and as an object; the types describe
    /// an object with optional `translations`).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub raw_data: Nullable<Value>,

    /// Reactions on the message (get-message only): reaction objects as sent.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub reactions: Nullable<Vec<Value>>,

    /// WhatsApp id of the sender's phone, such as `918527184400@c.us`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub sender_phone: Nullable<String>,

    /// Periskope's id of the send request (a UUID); for notes it equals `unique_id`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub sent_message_id: Nullable<String>,

    /// When the message was sent.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub timestamp: Nullable<Timestamp>,

    /// Recipient chat; `null` in newer payloads.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub to: Nullable<ChatId>,

    /// Token (undocumented).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub token: Nullable<String>,

    /// WhatsApp message key (equals `id.id`); the key for the message-status endpoint.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub unique_id: Nullable<String>,

    /// When the message was last updated.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub updated_at: Nullable<Timestamp>,

    /// vCards shared in the message, such as `["BEGIN:VCARD\n…"]`: read as a list of strings
    /// when it is one, kept verbatim otherwise.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub vcards: Nullable<Loose<Vec<String>>>,

    /// Whether this is a private note (true on notes).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_private_note: Nullable<bool>,

    /// The original send request (undocumented; the types describe `{chat_id, message_type?,
    /// body?, media?, …}`).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message_payload: Nullable<Value>,

    /// Search highlight (undocumented number).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub highlight: Nullable<Value>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl Message {
    /// A message with its required fields and every other field absent, so that struct update
    /// syntax fills in the rest.
    ///
    /// ```
    /// use periskope_model::{Message, MessageType, Nullable};
    ///
    /// let message = Message {
    ///     body: Nullable::Value("hello".to_owned()),
    ///     message_type: Nullable::Value(MessageType::Chat),
    ///     from_me: Nullable::Value(true),
    ///     ..Message::new("true_919537851844@c.us_3EB0", "org-1")
    /// };
    /// assert_eq!(
    ///     serde_json::to_value(&message)?,
    ///     serde_json::json!({
    ///         "message_id": "true_919537851844@c.us_3EB0",
    ///         "org_id": "org-1",
    ///         "body": "hello",
    ///         "from_me": true,
    ///         "message_type": "chat"
    ///     })
    /// );
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn new(message_id: impl Into<MessageId>, org_id: impl Into<OrgId>) -> Self {
        Self {
            message_id: message_id.into(),
            org_id: org_id.into(),
            org_phone: Nullable::Absent,
            chat_id: Nullable::Absent,
            id: Nullable::Absent,
            ack: Nullable::Absent,
            author: Nullable::Absent,
            body: Nullable::Absent,
            broadcast: Nullable::Absent,
            broadcast_id: Nullable::Absent,
            delivery_info: Nullable::Absent,
            device_type: Nullable::Absent,
            duration: Nullable::Absent,
            flag_status: Nullable::Absent,
            flag_metadata: Nullable::Absent,
            flag_response_time: Nullable::Absent,
            forwarding_score: Nullable::Absent,
            from: Nullable::Absent,
            from_me: Nullable::Absent,
            fts: Nullable::Absent,
            has_media: Nullable::Absent,
            has_quoted_msg: Nullable::Absent,
            has_reaction: Nullable::Absent,
            invite_v4: Nullable::Absent,
            is_deleted: Nullable::Absent,
            is_ephemeral: Nullable::Absent,
            is_forwarded: Nullable::Absent,
            is_gif: Nullable::Absent,
            is_starred: Nullable::Absent,
            is_status: Nullable::Absent,
            links: Nullable::Absent,
            location: Nullable::Absent,
            media: Nullable::Absent,
            media_key: Nullable::Absent,
            mentioned_ids: Nullable::Absent,
            message_ticket_id: Nullable::Absent,
            message_type: Nullable::Absent,
            order_id: Nullable::Absent,
            performed_by: Nullable::Absent,
            poll_info: Nullable::Absent,
            poll_results: Nullable::Absent,
            prev_body: Nullable::Absent,
            quoted_message_id: Nullable::Absent,
            raw_data: Nullable::Absent,
            reactions: Nullable::Absent,
            sender_phone: Nullable::Absent,
            sent_message_id: Nullable::Absent,
            timestamp: Nullable::Absent,
            to: Nullable::Absent,
            token: Nullable::Absent,
            unique_id: Nullable::Absent,
            updated_at: Nullable::Absent,
            vcards: Nullable::Absent,
            is_private_note: Nullable::Absent,
            message_payload: Nullable::Absent,
            highlight: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// Kind of message.
///
/// Periskope documents `chat`, `image`, `video`, `audio`, `document` and `ptt`; its types and
/// whatsapp-web.js add the rest. Any other value is kept in [`MessageType::Unknown`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(from = "crate::open_enum::EnumText<Self>")]
#[non_exhaustive]
pub enum MessageType {
    /// `chat`: text.
    #[serde(rename = "chat")]
    Chat,
    /// `image`.
    #[serde(rename = "image")]
    Image,
    /// `video`.
    #[serde(rename = "video")]
    Video,
    /// `audio`.
    #[serde(rename = "audio")]
    Audio,
    /// `document`.
    #[serde(rename = "document")]
    Document,
    /// `ptt`: a voice note (push to talk).
    #[serde(rename = "ptt")]
    Ptt,
    /// `sticker`.
    #[serde(rename = "sticker")]
    Sticker,
    /// `vcard`: a contact card.
    #[serde(rename = "vcard")]
    Vcard,
    /// `multi_vcard`: several contact cards.
    #[serde(rename = "multi_vcard")]
    MultiVcard,
    /// `poll_creation`: a poll.
    #[serde(rename = "poll_creation")]
    PollCreation,
    /// `location`.
    #[serde(rename = "location")]
    Location,
    /// `ciphertext`: a message WhatsApp has not decrypted yet.
    #[serde(rename = "ciphertext")]
    Ciphertext,
    /// `album`: several media in one message.
    #[serde(rename = "album")]
    Album,
    /// `order`.
    #[serde(rename = "order")]
    Order,
    /// `revoked`: a deleted message.
    #[serde(rename = "revoked")]
    Revoked,
    /// `product`.
    #[serde(rename = "product")]
    Product,
    /// `unknown`: WhatsApp could not tell the kind.
    #[serde(rename = "unknown")]
    UnknownType,
    /// `groups_v4_invite`: a group invite.
    #[serde(rename = "groups_v4_invite")]
    GroupsV4Invite,
    /// `list`.
    #[serde(rename = "list")]
    List,
    /// `list_response`.
    #[serde(rename = "list_response")]
    ListResponse,
    /// `buttons_response`.
    #[serde(rename = "buttons_response")]
    ButtonsResponse,
    /// `payment`.
    #[serde(rename = "payment")]
    Payment,
    /// `broadcast_notification`.
    #[serde(rename = "broadcast_notification")]
    BroadcastNotification,
    /// `call_log`.
    #[serde(rename = "call_log")]
    CallLog,
    /// `debug`.
    #[serde(rename = "debug")]
    Debug,
    /// `e2e_notification`.
    #[serde(rename = "e2e_notification")]
    E2eNotification,
    /// `gp2`: a group notification.
    #[serde(rename = "gp2")]
    Gp2,
    /// `group_notification`.
    #[serde(rename = "group_notification")]
    GroupNotification,
    /// `hsm`: a template message.
    #[serde(rename = "hsm")]
    Hsm,
    /// `interactive`.
    #[serde(rename = "interactive")]
    Interactive,
    /// `native_flow`.
    #[serde(rename = "native_flow")]
    NativeFlow,
    /// `notification`.
    #[serde(rename = "notification")]
    Notification,
    /// `notification_template`.
    #[serde(rename = "notification_template")]
    NotificationTemplate,
    /// `oversized`.
    #[serde(rename = "oversized")]
    Oversized,
    /// `protocol`.
    #[serde(rename = "protocol")]
    Protocol,
    /// `reaction`.
    #[serde(rename = "reaction")]
    Reaction,
    /// `template_button_reply`.
    #[serde(rename = "template_button_reply")]
    TemplateButtonReply,
    /// `scheduled_event_creation`.
    #[serde(rename = "scheduled_event_creation")]
    ScheduledEventCreation,
    /// A kind this crate does not know, kept verbatim.
    #[serde(untagged)]
    Unknown(String),
}

open_enum_impls!(MessageType {
    Chat = "chat",
    Image = "image",
    Video = "video",
    Audio = "audio",
    Document = "document",
    Ptt = "ptt",
    Sticker = "sticker",
    Vcard = "vcard",
    MultiVcard = "multi_vcard",
    PollCreation = "poll_creation",
    Location = "location",
    Ciphertext = "ciphertext",
    Album = "album",
    Order = "order",
    Revoked = "revoked",
    Product = "product",
    UnknownType = "unknown",
    GroupsV4Invite = "groups_v4_invite",
    List = "list",
    ListResponse = "list_response",
    ButtonsResponse = "buttons_response",
    Payment = "payment",
    BroadcastNotification = "broadcast_notification",
    CallLog = "call_log",
    Debug = "debug",
    E2eNotification = "e2e_notification",
    Gp2 = "gp2",
    GroupNotification = "group_notification",
    Hsm = "hsm",
    Interactive = "interactive",
    NativeFlow = "native_flow",
    Notification = "notification",
    NotificationTemplate = "notification_template",
    Oversized = "oversized",
    Protocol = "protocol",
    Reaction = "reaction",
    TemplateButtonReply = "template_button_reply",
    ScheduledEventCreation = "scheduled_event_creation",
});

/// Kind of device a message was sent from.
///
/// Periskope sends `android`; whatsapp-web.js also knows `ios` and `web`. Any other value is kept
/// in [`DeviceType::Unknown`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(from = "crate::open_enum::EnumText<Self>")]
#[non_exhaustive]
pub enum DeviceType {
    /// `android`.
    #[serde(rename = "android")]
    Android,
    /// `ios`.
    #[serde(rename = "ios")]
    Ios,
    /// `web`.
    #[serde(rename = "web")]
    Web,
    /// A device this crate does not know, kept verbatim.
    #[serde(untagged)]
    Unknown(String),
}

open_enum_impls!(DeviceType {
    Android = "android",
    Ios = "ios",
    Web = "web",
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_enums_are_open() {
        crate::open_enum::check_open_enum(MessageType::KNOWN, MessageType::as_str);
        crate::open_enum::check_open_enum(DeviceType::KNOWN, DeviceType::as_str);
    }
}
