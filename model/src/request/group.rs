//! Request bodies of the group endpoints.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{ContactId, Loose, Nullable};

/// `POST /chats/create`: creates a WhatsApp group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CreateGroupRequest {
    /// Name of the group.
    pub group_name: String,

    /// Phone numbers to add: country code and digits. People who cannot be added get an invite.
    pub participants: Vec<ContactId>,

    /// Settings of the new group.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub options: Nullable<CreateGroupOptions>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl CreateGroupRequest {
    /// A `CreateGroupRequest` with its required fields and every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(
        group_name: impl Into<String>,
        participants: impl IntoIterator<Item = impl Into<ContactId>>,
    ) -> Self {
        Self {
            group_name: group_name.into(),
            participants: participants.into_iter().map(Into::into).collect(),
            options: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// Settings of a group to create. Its keys are camelCase but for `force_add_participants`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CreateGroupOptions {
    /// Only admins add members (false by default).
    #[serde(
        rename = "addMembersAdminsOnly",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub add_members_admins_only: Nullable<bool>,

    /// Only admins edit the group's info (false by default).
    #[serde(
        rename = "infoAdminsOnly",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub info_admins_only: Nullable<bool>,

    /// Only admins send messages (false by default).
    #[serde(
        rename = "messagesAdminsOnly",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub messages_admins_only: Nullable<bool>,

    /// Description of the group.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,

    /// Public URL of the group's image.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub image: Nullable<String>,

    /// Adds people who are not contacts too (false by default).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub force_add_participants: Nullable<bool>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// `POST /chats/{chat_id}/settings`: changes a group's settings. A setting sent as `""` (as a
/// documented example does) is kept verbatim.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UpdateGroupSettingsRequest {
    /// Only admins add members. Also read under `addMembersAdminsOnly`, the create-group spelling a
    /// documented example uses.
    #[serde(
        rename = "memberAddMode",
        alias = "addMembersAdminsOnly",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    #[schemars(extend("x-aliases" = ["addMembersAdminsOnly"]))]
    pub member_add_mode: Nullable<Loose<bool>>,

    /// Description of the group.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub description: Nullable<String>,

    /// Public URL of the group's image.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub image: Nullable<String>,

    /// Only admins edit the group's info.
    #[serde(
        rename = "infoAdminsOnly",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub info_admins_only: Nullable<Loose<bool>>,

    /// Only admins send messages.
    #[serde(
        rename = "messagesAdminsOnly",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub messages_admins_only: Nullable<Loose<bool>>,

    /// Name of the group.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// `POST /chats/accept-invite`: joins a group by its invite code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AcceptGroupInviteRequest {
    /// The code of the invite link (`F941tB47B8H07z6hDWdkjO`), not the link.
    pub invite_code: String,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl AcceptGroupInviteRequest {
    /// A `AcceptGroupInviteRequest` with its required fields and every other field absent, so that
    /// struct update syntax fills in the rest.
    pub fn new(invite_code: impl Into<String>) -> Self {
        Self {
            invite_code: invite_code.into(),
            extra: Map::new(),
        }
    }
}

/// `POST /chats/{chat_id}/add`, `…/promote`, `…/demote` and `…/remove`: changes group members.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct GroupParticipantsRequest {
    /// Phone numbers: country code and digits.
    pub participants: Vec<ContactId>,

    /// On add only: adds people who are not contacts too (false by default).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub force_add_participants: Nullable<bool>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl GroupParticipantsRequest {
    /// A `GroupParticipantsRequest` with its required fields and every other field absent, so that
    /// struct update syntax fills in the rest.
    pub fn new(participants: impl IntoIterator<Item = impl Into<ContactId>>) -> Self {
        Self {
            participants: participants.into_iter().map(Into::into).collect(),
            force_add_participants: Nullable::Absent,
            extra: Map::new(),
        }
    }
}
