//! Organisation members (`tbl_org_members`): the people who use Periskope.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{ChatId, LabelId, Nullable, OrgId, Timestamp};

/// A member of the organisation, as the member endpoints answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OrgMember {
    /// E-mail of the member.
    pub email: String,

    /// The organisation.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub org_id: Nullable<OrgId>,

    /// Role: `admin` or `member`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub role: Nullable<MemberRole>,

    /// Whether the member has joined.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_active: Nullable<bool>,

    /// The member's colour in Periskope's UI, such as `blue`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub member_color: Nullable<String>,

    /// UI preferences (JSON), such as `left_sidebar_open`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub preferences: Nullable<Value>,

    /// When the member was added.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub created_at: Nullable<Timestamp>,

    /// When the member was invited.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub invited_at: Nullable<Timestamp>,

    /// Who invited the member.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub invited_by: Nullable<String>,

    /// The member's user id.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub user_id: Nullable<String>,

    /// URL of the member's image.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub member_image: Nullable<String>,

    /// Name of the member.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub member_name: Nullable<String>,

    /// Whether the member owns the organisation.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_owner: Nullable<bool>,

    /// Whether the member is online.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_online: Nullable<bool>,

    /// Ids of the labels whose chats the member sees (an array here, unlike the `{id: true}` maps
    /// elsewhere).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub label_ids: Nullable<Vec<LabelId>>,

    /// Organisation phones whose chats the member sees, with `@c.us`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub org_phones: Nullable<Vec<ChatId>>,

    /// Member metadata (JSON), such as `shift_times`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub member_metadata: Nullable<Value>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl OrgMember {
    /// A `OrgMember` with its required fields and every other field absent, so that struct update
    /// syntax fills in the rest.
    pub fn new(email: impl Into<String>) -> Self {
        Self {
            email: email.into(),
            org_id: Nullable::Absent,
            role: Nullable::Absent,
            is_active: Nullable::Absent,
            member_color: Nullable::Absent,
            preferences: Nullable::Absent,
            created_at: Nullable::Absent,
            invited_at: Nullable::Absent,
            invited_by: Nullable::Absent,
            user_id: Nullable::Absent,
            member_image: Nullable::Absent,
            member_name: Nullable::Absent,
            is_owner: Nullable::Absent,
            is_online: Nullable::Absent,
            label_ids: Nullable::Absent,
            org_phones: Nullable::Absent,
            member_metadata: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// Update member access: an array of [`OrgMember`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct OrgMemberList(pub Vec<OrgMember>);

/// Invite members: who was added and who was not.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct InviteMembersResponse {
    /// The members added.
    #[serde(
        rename = "addedMembers",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub added_members: Nullable<Vec<OrgMember>>,

    /// The invitations that failed.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub errors: Nullable<Vec<InviteError>>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// An invitation that failed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct InviteError {
    /// The e-mail invited, if known.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub email: Nullable<String>,

    /// Why it failed.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub error: Nullable<ErrorMessage>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// An error as `{message}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ErrorMessage {
    /// What went wrong.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// Role of an organisation member.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(from = "crate::open_enum::EnumText<Self>")]
#[non_exhaustive]
pub enum MemberRole {
    /// `admin`.
    #[serde(rename = "admin")]
    Admin,
    /// `member`.
    #[serde(rename = "member")]
    Member,
    /// A value this crate does not know, kept verbatim.
    #[serde(untagged)]
    Unknown(String),
}

open_enum_impls!(MemberRole {
    Admin = "admin",
    Member = "member",
});
