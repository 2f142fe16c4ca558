//! The ChatMember object: one participant of a chat (a value of `Chat::members`).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::chat::split_labels;
use crate::lenient::IntegerInput;
use crate::{ChatId, ContactId, LabelId, Nullable, OrgId, Timestamp};

/// A participant of a chat, merged with what Periskope knows of the contact.
///
/// The first ten fields are documented on the chat object page; `contact_labels` appears in
/// ticket payloads; the fields after it come from the contact row that Periskope's types merge
/// into a member (see the Contact object). `org_id` and `chat_id` need not match the enclosing
/// chat's in the documented examples, and are not checked against it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ChatMember {
    /// Unique identifier of the organisation that owns the WhatsApp account.
    pub org_id: OrgId,

    /// Unique identifier of the chat.
    pub chat_id: ChatId,

    /// WhatsApp id of the member (`{phone_number}@c.us`).
    pub contact_id: ContactId,

    /// WhatsApp id of the organisation's account (`{phone_number}@c.us`).
    pub org_phone: ContactId,

    /// Whether the member has admin privileges in the chat.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_admin: Nullable<bool>,

    /// Whether the member has super admin privileges in the chat.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_super_admin: Nullable<bool>,

    /// Whether the member is an internal user of the organisation.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_internal: Nullable<bool>,

    /// Display name of the member.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub contact_name: Nullable<String>,

    /// Hex colour assigned to the member in Periskope's UI, such as `#B4876E`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub contact_color: Nullable<String>,

    /// URL of the member's profile image.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub contact_image: Nullable<String>,

    /// Comma-separated labels of the contact, such as `"label1, label2"` or `""` (ticket payloads
    /// only); see [`ChatMember::contact_label_names`].
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub contact_labels: Nullable<String>,

    /// whatsapp-web.js id object of the contact (JSON).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<Value>,

    /// Kind of contact, such as `user` or `business`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub contact_type: Nullable<String>,

    /// WhatsApp LID (linked id) of the contact.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub contact_lid: Nullable<String>,

    /// Labels on the contact: label id to `true`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub label_ids: Nullable<BTreeMap<LabelId, bool>>,

    /// Whether the contact was imported from an external source.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_imported: Nullable<bool>,

    /// Whether the contact is in the phone's address book.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_my_contact: Nullable<bool>,

    /// Whether the contact is a WhatsApp contact.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_wa_contact: Nullable<bool>,

    /// Whether the contact is blocked.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_blocked: Nullable<bool>,

    /// Whether the contact is a WhatsApp Business account.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_business: Nullable<bool>,

    /// Whether the contact is a WhatsApp enterprise account.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_enterprise: Nullable<bool>,

    /// Whether the contact is a group.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_group: Nullable<bool>,

    /// Whether the contact is the organisation's own account.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_me: Nullable<bool>,

    /// Whether the contact is a WhatsApp user.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_user: Nullable<bool>,

    /// WhatsApp Business profile of the contact (JSON).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub business_profile: Nullable<Value>,

    /// Name of the contact in the phone's address book.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name: Nullable<String>,

    /// Phone number of the contact.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub number: Nullable<String>,

    /// Name given to the contact in Periskope.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub periskope_name: Nullable<String>,

    /// Name the contact set for themselves on WhatsApp.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub pushname: Nullable<String>,

    /// Short name of the contact.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub short_name: Nullable<String>,

    /// WhatsApp Business verification level.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub verified_level: Nullable<i64>,

    /// WhatsApp Business verified name.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub verified_name: Nullable<String>,

    /// When the contact was last updated.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub updated_at: Nullable<Timestamp>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl ChatMember {
    /// A chat member with its required fields and every other field absent, so that struct update
    /// syntax fills in the rest.
    pub fn new(
        org_id: impl Into<OrgId>,
        chat_id: impl Into<ChatId>,
        contact_id: impl Into<ContactId>,
        org_phone: impl Into<ContactId>,
    ) -> Self {
        Self {
            org_id: org_id.into(),
            chat_id: chat_id.into(),
            contact_id: contact_id.into(),
            org_phone: org_phone.into(),
            is_admin: Nullable::Absent,
            is_super_admin: Nullable::Absent,
            is_internal: Nullable::Absent,
            contact_name: Nullable::Absent,
            contact_color: Nullable::Absent,
            contact_image: Nullable::Absent,
            contact_labels: Nullable::Absent,
            id: Nullable::Absent,
            contact_type: Nullable::Absent,
            contact_lid: Nullable::Absent,
            label_ids: Nullable::Absent,
            is_imported: Nullable::Absent,
            is_my_contact: Nullable::Absent,
            is_wa_contact: Nullable::Absent,
            is_blocked: Nullable::Absent,
            is_business: Nullable::Absent,
            is_enterprise: Nullable::Absent,
            is_group: Nullable::Absent,
            is_me: Nullable::Absent,
            is_user: Nullable::Absent,
            business_profile: Nullable::Absent,
            name: Nullable::Absent,
            number: Nullable::Absent,
            periskope_name: Nullable::Absent,
            pushname: Nullable::Absent,
            short_name: Nullable::Absent,
            verified_level: Nullable::Absent,
            verified_name: Nullable::Absent,
            updated_at: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

impl ChatMember {
    /// The names in [`ChatMember::contact_labels`], split on `,` and trimmed.
    pub fn contact_label_names(&self) -> impl Iterator<Item = &str> {
        split_labels(self.contact_labels.as_deref().unwrap_or_default())
    }
}
