//! Request bodies of the contact endpoints.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{ContactId, Nullable};

/// `POST /contacts/create`: adds a contact to the organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CreateContactRequest {
    /// Name of the contact.
    pub contact_name: String,

    /// Phone number of the contact: country code and digits, without `@c.us` (`919537851844`).
    pub contact_id: ContactId,

    /// Whether the contact is an internal user of the organisation.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_internal: Nullable<bool>,

    /// Label names as one comma-separated string, such as `"Test, Demo"`; labels that do not exist
    /// are created.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub labels: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl CreateContactRequest {
    /// A `CreateContactRequest` with its required fields and every other field absent, so that
    /// struct update syntax fills in the rest.
    pub fn new(contact_name: impl Into<String>, contact_id: impl Into<ContactId>) -> Self {
        Self {
            contact_name: contact_name.into(),
            contact_id: contact_id.into(),
            is_internal: Nullable::Absent,
            labels: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// `PATCH /contacts/{contact_id}`: changes a contact in Periskope (not on the phone). The API wants
/// at least one field.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UpdateContactRequest {
    /// New name of the contact.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub contact_name: Nullable<String>,

    /// Whether the contact is internal (messages from internal contacts are never flagged).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_internal: Nullable<bool>,

    /// Label names as one comma-separated string, such as `"Test, Demo"`; labels that do not exist
    /// are created. Matched without regard to case.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub labels: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// `PATCH /contacts/labels`: sets the labels of several contacts, replacing the labels they had.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UpdateContactLabelsRequest {
    /// The new labels, as one comma-separated string.
    pub labels: String,

    /// The contacts to label.
    pub contact_ids: Vec<ContactId>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl UpdateContactLabelsRequest {
    /// A `UpdateContactLabelsRequest` with its required fields and every other field absent, so
    /// that struct update syntax fills in the rest.
    pub fn new(
        labels: impl Into<String>,
        contact_ids: impl IntoIterator<Item = impl Into<ContactId>>,
    ) -> Self {
        Self {
            labels: labels.into(),
            contact_ids: contact_ids.into_iter().map(Into::into).collect(),
            extra: Map::new(),
        }
    }
}
