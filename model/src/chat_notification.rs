//! The ChatNotification object: a group event such as a member added or removed.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{ChatId, ContactId, MessageId, MessageKey, Nullable, OrgId, Timestamp};

/// A chat notification (`tbl_chat_notifications`), as `chat.notification.created`,
/// get-notifications-in-chat and list-all-notifications send it.
///
/// Required: `notification_id`, `org_id` and `org_phone` (never null in Periskope's types). The
/// `id` object arrives with mixed key spellings (`fromMe` with `serialized`), which
/// [`MessageKey`] reads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ChatNotification {
    /// Notification id: a serialized id with the type appended, such as
    /// `true_1203…@g.us_fa3c…_918527184400@c.us_remove`.
    pub notification_id: MessageId,

    /// Unique identifier of the organisation.
    pub org_id: OrgId,

    /// WhatsApp id of the organisation's phone.
    pub org_phone: ContactId,

    /// The group the notification is about.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chat_id: Nullable<ChatId>,

    /// WhatsApp id of who performed the action.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub author: Nullable<ContactId>,

    /// Text of the notification (always `null` in the examples).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub body: Nullable<String>,

    /// WhatsApp key of the notification.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<MessageKey>,

    /// The participants the action concerns. Also read as `recipientIds` (whatsapp-web.js).
    #[serde(
        default,
        alias = "recipientIds",
        skip_serializing_if = "Nullable::is_absent"
    )]
    #[schemars(extend("x-aliases" = ["recipientIds"]))]
    pub recipientids: Nullable<Vec<ContactId>>,

    /// What happened, such as `add` or `remove`.
    #[serde(rename = "type", default, skip_serializing_if = "Nullable::is_absent")]
    pub notification_type: Nullable<NotificationType>,

    /// When it happened.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub timestamp: Nullable<Timestamp>,

    /// Id of the notification (32 lowercase hex digits, equal to `id.id`).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub unique_id: Nullable<String>,

    /// Extra data (JSON); Periskope's types describe call notifications (`isVideo`,
    /// `isOutgoing`, `call_result`).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub metadata: Nullable<Value>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl ChatNotification {
    /// A chat notification with its required fields and every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(
        notification_id: impl Into<MessageId>,
        org_id: impl Into<OrgId>,
        org_phone: impl Into<ContactId>,
    ) -> Self {
        Self {
            notification_id: notification_id.into(),
            org_id: org_id.into(),
            org_phone: org_phone.into(),
            chat_id: Nullable::Absent,
            author: Nullable::Absent,
            body: Nullable::Absent,
            id: Nullable::Absent,
            recipientids: Nullable::Absent,
            notification_type: Nullable::Absent,
            timestamp: Nullable::Absent,
            unique_id: Nullable::Absent,
            metadata: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// What a chat notification reports. Periskope's group-action list, then the whatsapp-web.js
/// names it lacks; any other value is kept in [`NotificationType::Unknown`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(from = "crate::open_enum::EnumText<Self>")]
#[non_exhaustive]
pub enum NotificationType {
    /// `add`: members were added.
    #[serde(rename = "add")]
    Add,
    /// `remove`: members were removed.
    #[serde(rename = "remove")]
    Remove,
    /// `promote`: members were made admins.
    #[serde(rename = "promote")]
    Promote,
    /// `demote`: members stopped being admins.
    #[serde(rename = "demote")]
    Demote,
    /// `invite`: members joined by invite link.
    #[serde(rename = "invite")]
    Invite,
    /// `leave`: members left.
    #[serde(rename = "leave")]
    Leave,
    /// `announce_true`: only admins may send messages.
    #[serde(rename = "announce_true")]
    AnnounceTrue,
    /// `announce_false`: every member may send messages.
    #[serde(rename = "announce_false")]
    AnnounceFalse,
    /// `restrict_true`: only admins may edit the group's info.
    #[serde(rename = "restrict_true")]
    RestrictTrue,
    /// `restrict_false`: every member may edit the group's info.
    #[serde(rename = "restrict_false")]
    RestrictFalse,
    /// `memberaddmode_true`: only admins may add members.
    #[serde(rename = "memberaddmode_true")]
    MemberAddModeTrue,
    /// `memberaddmode_false`: every member may add members.
    #[serde(rename = "memberaddmode_false")]
    MemberAddModeFalse,
    /// `subject`: the group's name changed.
    #[serde(rename = "subject")]
    Subject,
    /// `desc`: the group's description changed.
    #[serde(rename = "desc")]
    Desc,
    /// `call`: a call.
    #[serde(rename = "call")]
    Call,
    /// `description`: the group's description changed (whatsapp-web.js).
    #[serde(rename = "description")]
    Description,
    /// `picture`: the group's picture changed (whatsapp-web.js).
    #[serde(rename = "picture")]
    Picture,
    /// `announce`: who may send messages changed (whatsapp-web.js).
    #[serde(rename = "announce")]
    Announce,
    /// `restrict`: who may edit the group's info changed (whatsapp-web.js).
    #[serde(rename = "restrict")]
    Restrict,
    /// A type this crate does not know, kept verbatim.
    #[serde(untagged)]
    Unknown(String),
}

open_enum_impls!(NotificationType {
    Add = "add",
    Remove = "remove",
    Promote = "promote",
    Demote = "demote",
    Invite = "invite",
    Leave = "leave",
    AnnounceTrue = "announce_true",
    AnnounceFalse = "announce_false",
    RestrictTrue = "restrict_true",
    RestrictFalse = "restrict_false",
    MemberAddModeTrue = "memberaddmode_true",
    MemberAddModeFalse = "memberaddmode_false",
    Subject = "subject",
    Desc = "desc",
    Call = "call",
    Description = "description",
    Picture = "picture",
    Announce = "announce",
    Restrict = "restrict",
});
