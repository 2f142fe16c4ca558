//! The Contact object: a WhatsApp contact of the organisation.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::lenient::IntegerInput;
use crate::{Chat, ChatId, ContactId, LabelId, Nullable, OrgId, Timestamp};

/// A contact (`tbl_contacts`), as the contact object page, get-contacts and get-contact-by-id
/// send it.
///
/// Required: `contact_id` and `org_id`. Get-contacts leaves `chat_ids` out; the fields after
/// `updated_at` come from Periskope's types (the contact row mirrors whatsapp-web.js).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Contact {
    /// WhatsApp id of the contact, such as `919537851844@c.us`.
    pub contact_id: ContactId,

    /// Unique identifier of the organisation.
    pub org_id: OrgId,

    /// Display name of the contact.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub contact_name: Nullable<String>,

    /// Kind of contact, such as `user` or `business` (no documented list).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub contact_type: Nullable<String>,

    /// Hex colour of the contact in Periskope's UI, such as `#FA6533`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub contact_color: Nullable<String>,

    /// URL of the contact's profile image.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub contact_image: Nullable<String>,

    /// Chats the contact is in (groups and 1:1 chats); left out by get-contacts.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chat_ids: Nullable<Vec<ChatId>>,

    /// Whether the contact was imported from an external source.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_imported: Nullable<bool>,

    /// Whether the contact is an internal user of the organisation (their messages are not
    /// flagged).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_internal: Nullable<bool>,

    /// Whether the contact is in the phone's address book.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_my_contact: Nullable<bool>,

    /// Whether the contact is a WhatsApp contact.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_wa_contact: Nullable<bool>,

    /// Label names on the contact. Update requests send them as one comma-separated string.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub labels: Nullable<Vec<String>>,

    /// Labels on the contact: label id to `true` (get endpoints only).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub label_ids: Nullable<BTreeMap<LabelId, bool>>,

    /// When the contact was last updated.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub updated_at: Nullable<Timestamp>,

    /// whatsapp-web.js id object of the contact (JSON).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub id: Nullable<Value>,

    /// WhatsApp Business profile of the contact (JSON).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub business_profile: Nullable<Value>,

    /// WhatsApp LID (linked id) of the contact.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub contact_lid: Nullable<String>,

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

    /// The contact's chats (Periskope's full contact type).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chats: Nullable<Vec<Chat>>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl Contact {
    /// A contact with its required fields and every other field absent, so that struct update
    /// syntax fills in the rest.
    pub fn new(contact_id: impl Into<ContactId>, org_id: impl Into<OrgId>) -> Self {
        Self {
            contact_id: contact_id.into(),
            org_id: org_id.into(),
            contact_name: Nullable::Absent,
            contact_type: Nullable::Absent,
            contact_color: Nullable::Absent,
            contact_image: Nullable::Absent,
            chat_ids: Nullable::Absent,
            is_imported: Nullable::Absent,
            is_internal: Nullable::Absent,
            is_my_contact: Nullable::Absent,
            is_wa_contact: Nullable::Absent,
            labels: Nullable::Absent,
            label_ids: Nullable::Absent,
            updated_at: Nullable::Absent,
            id: Nullable::Absent,
            business_profile: Nullable::Absent,
            contact_lid: Nullable::Absent,
            is_blocked: Nullable::Absent,
            is_business: Nullable::Absent,
            is_enterprise: Nullable::Absent,
            is_group: Nullable::Absent,
            is_me: Nullable::Absent,
            is_user: Nullable::Absent,
            name: Nullable::Absent,
            number: Nullable::Absent,
            periskope_name: Nullable::Absent,
            pushname: Nullable::Absent,
            short_name: Nullable::Absent,
            verified_level: Nullable::Absent,
            verified_name: Nullable::Absent,
            chats: Nullable::Absent,
            extra: Map::new(),
        }
    }
}
