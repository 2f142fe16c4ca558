//! The Chat object: a WhatsApp 1:1 chat or group as Periskope sees it.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::lenient::{IntegerInput, TextOrBoolInput};
use crate::{ChatId, ChatMember, ContactId, LabelId, Message, Nullable, OrgId, Timestamp};

/// A WhatsApp chat: a 1:1 chat with a contact or a group.
///
/// Returned by get-chat and list-chats and carried by the `chat.*` webhooks. Only `org_id` and
/// `chat_id` are required: list-chats leaves out `members`, `common_chats` and
/// `add_members_admins_only`, and ticket payloads embed a reduced "chat info" object that carries
/// only `org_id`, `org_phone`, `chat_id`, `chat_name`, `chat_type`, `chat_image`, `chat_labels`,
/// `created_at`, `custom_properties`, `group_description`, `invite_link`, `is_muted` and
/// `members`. The fields after `parent_community_id` are in Periskope's types but not in its docs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Chat {
    /// Unique identifier of the organisation that owns the WhatsApp account.
    pub org_id: OrgId,

    /// Unique identifier of the chat: `{phone_number}@c.us` for a 1:1 chat, `{group_id}@g.us`
    /// for a group.
    pub chat_id: ChatId,

    /// Display name of the chat: the group name, or the contact's name for a 1:1 chat.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chat_name: Nullable<String>,

    /// Kind of chat: `user`, `group` or `business` (ticket payloads send `chat`).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chat_type: Nullable<ChatType>,

    /// URL of the chat's profile image, relative (`/storage/image.jpeg`) or absolute; often
    /// `null` for groups.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chat_image: Nullable<String>,

    /// WhatsApp id of the organisation's account the chat belongs to (`{phone_number}@c.us`).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub org_phone: Nullable<ContactId>,

    /// WhatsApp ids of the organisation phones attached to this chat.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chat_org_phones: Nullable<Vec<ContactId>>,

    /// When the chat was created.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub created_at: Nullable<Timestamp>,

    /// When the chat was last updated.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub updated_at: Nullable<Timestamp>,

    /// Members of the chat keyed by WhatsApp id (`{phone_number}@c.us`). Left out by
    /// list-chats.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub members: Nullable<BTreeMap<ContactId, ChatMember>>,

    /// Total number of participants in the chat.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<u64>>")]
    pub member_count: Nullable<u64>,

    /// The latest message sent in the chat.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub latest_message: Nullable<Box<Message>>,

    /// Invite link of the group, such as `https://chat.whatsapp.com/invite/…`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub invite_link: Nullable<String>,

    /// Whether notifications for this chat are muted.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_muted: Nullable<bool>,

    /// Whether the chat has been archived (documented; absent from the examples).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_archived: Nullable<bool>,

    /// Whether the organisation has left this chat.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_exited: Nullable<bool>,

    /// When the chat was closed, if it was. The docs say an ISO 8601 string and the types an
    /// epoch number; both are read and kept in the form sent.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub closed_at: Nullable<Timestamp>,

    /// E-mail address of the user the chat is assigned to.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub assigned_to: Nullable<String>,

    /// User access permissions: e-mail address to `true`, such as
    /// `{"bharat@hashlabs.dev": true}`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chat_access: Nullable<BTreeMap<String, bool>>,

    /// Labels on the chat: label id to `true`, such as `{"label-xbitdvipqshahdcu": true}`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub label_ids: Nullable<BTreeMap<LabelId, bool>>,

    /// Names of the labels on the chat (one doc revision only).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub labels: Nullable<Vec<String>>,

    /// Comma-separated labels on the chat, such as `"label1, label2"` (ticket payloads); see
    /// [`Chat::chat_label_names`].
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chat_labels: Nullable<String>,

    /// Custom property values keyed by property name or id (`"Custom Property 1"`,
    /// `"property-tlkudzxmhjkgoktm"`). Values depend on the property type: the selected option
    /// (dropdown), text, or a date.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub custom_properties: Nullable<BTreeMap<String, Value>>,

    /// Description text of a group. One doc page calls it a boolean; a boolean is read as
    /// `"true"` or `"false"`.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_text_or_bool"
    )]
    #[schemars(with = "Nullable<TextOrBoolInput>")]
    pub group_description: Nullable<String>,

    /// Ids of the chats the organisation shares with the contact (groups, plus the 1:1 chat
    /// itself). Left out by list-chats.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub common_chats: Nullable<Vec<ChatId>>,

    /// Number of flagged messages per organisation phone.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub flag_count_map: Nullable<BTreeMap<String, i64>>,

    /// Number of unread messages in the chat.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<u64>>")]
    pub message_unread_count: Nullable<u64>,

    /// Whether only admins can edit the group's info.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub info_admins_only: Nullable<bool>,

    /// Whether only admins can send messages in the group.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub messages_admins_only: Nullable<bool>,

    /// Whether only admins can add new members to the group. Left out by list-chats, which
    /// sends `member_add_mode` instead.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub add_members_admins_only: Nullable<bool>,

    /// Whether only admins can add new members, as list-chats sends it (the string `"false"`);
    /// see [`MemberAddMode`].
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub member_add_mode: Nullable<MemberAddMode>,

    /// HubSpot integration metadata (`{}` when unused; the types describe
    /// `{id, type, hubId, object_data}`).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub hubspot_metadata: Nullable<Value>,

    /// Id of the parent community of the group.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub parent_community_id: Nullable<ChatId>,

    /// AI agent state (undocumented; the types describe `{is_active, snooze_until,
    /// activation_state, is_agent_allowed, is_flagging_allowed}`).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub ai_metadata: Nullable<Value>,

    /// The organisation phone currently active in the chat (undocumented).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub active_phone: Nullable<String>,

    /// Time of the latest message (undocumented; an epoch number in the types).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub latest_message_timestamp: Nullable<Timestamp>,

    /// Time of the latest message per organisation phone (undocumented).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub latest_message_timestamp_map: Nullable<BTreeMap<String, Option<Timestamp>>>,

    /// Unread counts (undocumented): a map of phone to count in the object type, a number in the
    /// raw chat row.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub unread_count: Nullable<Value>,

    /// Unread count per member (undocumented).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub member_unread_count: Nullable<BTreeMap<String, i64>>,

    /// When the chat was closed, per member (undocumented).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub member_closed_at: Nullable<BTreeMap<String, Option<Timestamp>>>,

    /// Whether the chat is pinned (undocumented).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_pinned: Nullable<bool>,

    /// Pinned messages (undocumented; the types describe
    /// `[{message_id, pinned_at, expires_at}]` with epoch numbers).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub pinned_messages: Nullable<Value>,

    /// Snooze state (undocumented; the types describe `{snooze_until, snooze_message?,
    /// snooze_by?}`).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub snooze_metadata: Nullable<Value>,

    /// WhatsApp group metadata (undocumented JSON).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub group_metadata: Nullable<Value>,

    /// Per-chat access overrides (undocumented JSON).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub override_chat_access: Nullable<Value>,

    /// Freshdesk integration metadata (undocumented JSON).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub freshdesk_metadata: Nullable<Value>,

    /// Zoho Desk integration metadata (undocumented JSON).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub zohodesk_metadata: Nullable<Value>,

    /// Zoho CRM integration metadata (undocumented JSON).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub zohocrm_metadata: Nullable<Value>,

    /// Number of flagged messages (undocumented).
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub flag_count: Nullable<i64>,

    /// Who started the chat (undocumented).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub initiated_by: Nullable<String>,

    /// When the organisation was last mentioned in the chat (undocumented).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub latest_mention_at: Nullable<Timestamp>,

    /// Raw chat row: whether the chat is archived (whatsapp-web.js style; `chat.created` may
    /// carry this row).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub archived: Nullable<bool>,

    /// Raw chat row: who created the chat.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub created_by: Nullable<String>,

    /// Raw chat row: whatsapp-web.js chat id object (JSON).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<Value>,

    /// Raw chat row: whether the chat is a group.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_group: Nullable<bool>,

    /// Raw chat row: whether the chat is read-only.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_read_only: Nullable<bool>,

    /// Raw chat row: when the mute ends (epoch number).
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub mute_expiration: Nullable<i64>,

    /// Raw chat row: chat name.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name: Nullable<String>,

    /// Raw chat row: whether the chat is pinned.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub pinned: Nullable<bool>,

    /// Raw chat row: time of the last activity.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub timestamp: Nullable<Timestamp>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl Chat {
    /// A chat with its required fields and every other field absent, so that struct update syntax
    /// fills in the rest.
    ///
    /// ```
    /// use periskope_model::{Chat, ChatType, Nullable};
    ///
    /// let chat = Chat {
    ///     chat_name: Nullable::Value("Support group".to_owned()),
    ///     chat_type: Nullable::Value(ChatType::Group),
    ///     ..Chat::new("org-1", "120363393294700553@g.us")
    /// };
    /// assert_eq!(
    ///     serde_json::to_value(&chat)?,
    ///     serde_json::json!({
    ///         "org_id": "org-1",
    ///         "chat_id": "120363393294700553@g.us",
    ///         "chat_name": "Support group",
    ///         "chat_type": "group"
    ///     })
    /// );
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn new(org_id: impl Into<OrgId>, chat_id: impl Into<ChatId>) -> Self {
        Self {
            org_id: org_id.into(),
            chat_id: chat_id.into(),
            chat_name: Nullable::Absent,
            chat_type: Nullable::Absent,
            chat_image: Nullable::Absent,
            org_phone: Nullable::Absent,
            chat_org_phones: Nullable::Absent,
            created_at: Nullable::Absent,
            updated_at: Nullable::Absent,
            members: Nullable::Absent,
            member_count: Nullable::Absent,
            latest_message: Nullable::Absent,
            invite_link: Nullable::Absent,
            is_muted: Nullable::Absent,
            is_archived: Nullable::Absent,
            is_exited: Nullable::Absent,
            closed_at: Nullable::Absent,
            assigned_to: Nullable::Absent,
            chat_access: Nullable::Absent,
            label_ids: Nullable::Absent,
            labels: Nullable::Absent,
            chat_labels: Nullable::Absent,
            custom_properties: Nullable::Absent,
            group_description: Nullable::Absent,
            common_chats: Nullable::Absent,
            flag_count_map: Nullable::Absent,
            message_unread_count: Nullable::Absent,
            info_admins_only: Nullable::Absent,
            messages_admins_only: Nullable::Absent,
            add_members_admins_only: Nullable::Absent,
            member_add_mode: Nullable::Absent,
            hubspot_metadata: Nullable::Absent,
            parent_community_id: Nullable::Absent,
            ai_metadata: Nullable::Absent,
            active_phone: Nullable::Absent,
            latest_message_timestamp: Nullable::Absent,
            latest_message_timestamp_map: Nullable::Absent,
            unread_count: Nullable::Absent,
            member_unread_count: Nullable::Absent,
            member_closed_at: Nullable::Absent,
            is_pinned: Nullable::Absent,
            pinned_messages: Nullable::Absent,
            snooze_metadata: Nullable::Absent,
            group_metadata: Nullable::Absent,
            override_chat_access: Nullable::Absent,
            freshdesk_metadata: Nullable::Absent,
            zohodesk_metadata: Nullable::Absent,
            zohocrm_metadata: Nullable::Absent,
            flag_count: Nullable::Absent,
            initiated_by: Nullable::Absent,
            latest_mention_at: Nullable::Absent,
            archived: Nullable::Absent,
            created_by: Nullable::Absent,
            id: Nullable::Absent,
            is_group: Nullable::Absent,
            is_read_only: Nullable::Absent,
            mute_expiration: Nullable::Absent,
            name: Nullable::Absent,
            pinned: Nullable::Absent,
            timestamp: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

impl Chat {
    /// The names in [`Chat::chat_labels`], split on `,` and trimmed; empty names are skipped.
    pub fn chat_label_names(&self) -> impl Iterator<Item = &str> {
        split_labels(self.chat_labels.as_deref().unwrap_or_default())
    }

    /// True when the chat is a group (by `chat_type`, or else by the `@g.us` suffix of its id).
    pub fn is_group_chat(&self) -> bool {
        match self.chat_type.value() {
            Some(ChatType::Group) => true,
            Some(ChatType::Unknown(_)) | None => self.chat_id.is_group(),
            Some(_) => false,
        }
    }
}

/// Splits a comma-separated label string such as `"label1, label2"`.
pub(crate) fn split_labels(labels: &str) -> impl Iterator<Item = &str> {
    labels
        .split(',')
        .map(str::trim)
        .filter(|label| !label.is_empty())
}

/// Kind of chat.
///
/// Periskope documents `user`, `group` and `business`; ticket payloads send `chat`, the types add
/// `unknown`, the list filter takes `individual`, and whatsapp-web.js says `solo`. Any other value
/// is kept in [`ChatType::Unknown`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(from = "crate::open_enum::EnumText<Self>")]
#[non_exhaustive]
pub enum ChatType {
    /// `user`: a 1:1 chat with a WhatsApp user.
    #[serde(rename = "user")]
    User,
    /// `group`: a WhatsApp group.
    #[serde(rename = "group")]
    Group,
    /// `business`: a 1:1 chat with a WhatsApp Business account.
    #[serde(rename = "business")]
    Business,
    /// `chat`: the kind ticket payloads send.
    #[serde(rename = "chat")]
    Chat,
    /// `individual`: a 1:1 chat, as the list filter names it.
    #[serde(rename = "individual")]
    Individual,
    /// `solo`: a 1:1 chat, as whatsapp-web.js names it.
    #[serde(rename = "solo")]
    Solo,
    /// `unknown`: Periskope could not tell the kind.
    #[serde(rename = "unknown")]
    UnknownType,
    /// A kind this crate does not know, kept verbatim.
    #[serde(untagged)]
    Unknown(String),
}

open_enum_impls!(ChatType {
    User = "user",
    Group = "group",
    Business = "business",
    Chat = "chat",
    Individual = "individual",
    Solo = "solo",
    UnknownType = "unknown",
});

/// Who may add members to a group, as list-chats sends it.
///
/// Periskope sends the string `"false"` (a boolean stored as text: `true` means only admins);
/// whatsapp-web.js uses `admin_add` and `all_member_add`. A JSON boolean is read as `"true"` or
/// `"false"`. Any other value is kept in [`MemberAddMode::Unknown`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(from = "MemberAddModeInput")]
#[non_exhaustive]
pub enum MemberAddMode {
    /// `"true"`: only admins may add members.
    #[serde(rename = "true")]
    True,
    /// `"false"`: every member may add members.
    #[serde(rename = "false")]
    False,
    /// `admin_add`: only admins may add members (whatsapp-web.js).
    #[serde(rename = "admin_add")]
    AdminAdd,
    /// `all_member_add`: every member may add members (whatsapp-web.js).
    #[serde(rename = "all_member_add")]
    AllMemberAdd,
    /// A value this crate does not know, kept verbatim.
    #[serde(untagged)]
    Unknown(String),
}

open_enum_impls!(MemberAddMode {
    True = "true",
    False = "false",
    AdminAdd = "admin_add",
    AllMemberAdd = "all_member_add",
});

impl MemberAddMode {
    /// Whether only admins may add members, when the value says so.
    pub fn admins_only(&self) -> Option<bool> {
        match self {
            Self::True | Self::AdminAdd => Some(true),
            Self::False | Self::AllMemberAdd => Some(false),
            Self::Unknown(_) => None,
        }
    }
}

/// What `member_add_mode` is read from: a string or a boolean.
struct MemberAddModeInput(MemberAddMode);

impl<'de> Deserialize<'de> for MemberAddModeInput {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct InputVisitor;

        impl serde::de::Visitor<'_> for InputVisitor {
            type Value = MemberAddModeInput;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string or a boolean")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Self::Value, E> {
                Ok(MemberAddModeInput(MemberAddMode::from(text)))
            }

            fn visit_bool<E: serde::de::Error>(self, flag: bool) -> Result<Self::Value, E> {
                Ok(MemberAddModeInput(if flag {
                    MemberAddMode::True
                } else {
                    MemberAddMode::False
                }))
            }
        }

        deserializer.deserialize_any(InputVisitor)
    }
}

impl JsonSchema for MemberAddModeInput {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "MemberAddModeInput".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": ["string", "boolean"] })
    }
}

impl From<MemberAddModeInput> for MemberAddMode {
    fn from(input: MemberAddModeInput) -> Self {
        input.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chat_enums_are_open() {
        crate::open_enum::check_open_enum(ChatType::KNOWN, ChatType::as_str);
        crate::open_enum::check_open_enum(MemberAddMode::KNOWN, MemberAddMode::as_str);
    }

    #[test]
    fn member_add_mode_reads_booleans_as_text() -> Result<(), serde_json::Error> {
        assert_eq!(
            serde_json::from_str::<MemberAddMode>("true")?,
            MemberAddMode::True
        );
        assert_eq!(
            serde_json::from_str::<MemberAddMode>(r#""false""#)?,
            MemberAddMode::False
        );
        assert_eq!(serde_json::to_string(&MemberAddMode::True)?, r#""true""#);
        assert_eq!(MemberAddMode::AdminAdd.admins_only(), Some(true));
        Ok(())
    }

    #[test]
    fn labels_split_on_commas() {
        assert_eq!(
            split_labels("label1, label2,,").collect::<Vec<_>>(),
            ["label1", "label2"]
        );
        assert_eq!(split_labels("").count(), 0);
    }
}
