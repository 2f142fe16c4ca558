//! Request bodies of the organisation-member endpoints.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{MemberRole, Nullable};

/// `POST /members/invite`: invites people to the organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct InviteMembersRequest {
    /// E-mails of the people to invite.
    pub emails: Vec<String>,

    /// Their role (`member` by default).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub role: Nullable<MemberRole>,

    /// Label names (not ids) whose chats they may see; `null` for none.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub labels: Nullable<Vec<String>>,

    /// Organisation phones whose chats they may see: digits without `@c.us`; `null` for none.
    #[serde(
        rename = "orgPhones",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub org_phones: Nullable<Vec<String>>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl InviteMembersRequest {
    /// A `InviteMembersRequest` with its required fields and every other field absent, so that
    /// struct update syntax fills in the rest.
    pub fn new(emails: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            emails: emails.into_iter().map(Into::into).collect(),
            role: Nullable::Absent,
            labels: Nullable::Absent,
            org_phones: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// `PATCH /members/access`: changes which chats members (role `member`) may see. Absent leaves an
/// access as it is, `null` clears it, a list sets it; the API wants at least one of the two.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UpdateMemberAccessRequest {
    /// E-mails of the members.
    pub emails: Vec<String>,

    /// Label names whose chats they may see.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub labels: Nullable<Vec<String>>,

    /// Organisation phones whose chats they may see: digits without `@c.us`.
    #[serde(
        rename = "orgPhones",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub org_phones: Nullable<Vec<String>>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl UpdateMemberAccessRequest {
    /// A `UpdateMemberAccessRequest` with its required fields and every other field absent, so that
    /// struct update syntax fills in the rest.
    pub fn new(emails: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            emails: emails.into_iter().map(Into::into).collect(),
            labels: Nullable::Absent,
            org_phones: Nullable::Absent,
            extra: Map::new(),
        }
    }
}
