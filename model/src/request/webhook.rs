//! Request bodies of the webhook-subscription endpoints.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{IntegrationName, IntegrationType, Nullable};

use super::OneOrMany;

/// `POST /webhooks`: subscribes a URL to events.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CreateWebhookRequest {
    /// The http(s) URL Periskope posts the events to.
    #[serde(rename = "hookUrl")]
    pub hook_url: String,

    /// The event, or several, such as `message.created`.
    #[serde(rename = "integrationName")]
    pub integration_name: OneOrMany<IntegrationName>,

    /// Metadata to keep with the subscription.
    #[serde(
        rename = "integrationMetadata",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub integration_metadata: Nullable<Map<String, Value>>,

    /// Integration type, such as `webhook`.
    #[serde(
        rename = "integrationType",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub integration_type: Nullable<String>,

    /// Kind of integration, such as `api` or `webhook`.
    #[serde(rename = "type", default, skip_serializing_if = "Nullable::is_absent")]
    pub integration_kind: Nullable<IntegrationType>,

    /// Name of the subscription.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl CreateWebhookRequest {
    /// A `CreateWebhookRequest` with its required fields and every other field absent, so that
    /// struct update syntax fills in the rest. The events are one name or a `Vec` of them.
    pub fn new(
        hook_url: impl Into<String>,
        integration_name: impl Into<OneOrMany<IntegrationName>>,
    ) -> Self {
        Self {
            hook_url: hook_url.into(),
            integration_name: integration_name.into(),
            integration_metadata: Nullable::Absent,
            integration_type: Nullable::Absent,
            integration_kind: Nullable::Absent,
            name: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// `PATCH /webhooks/{id}`: changes a subscription. The API wants at least one field.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UpdateWebhookRequest {
    /// The http(s) URL Periskope posts the events to.
    #[serde(
        rename = "hookUrl",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub hook_url: Nullable<String>,

    /// The event (one only, unlike create).
    #[serde(
        rename = "integrationName",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub integration_name: Nullable<IntegrationName>,

    /// Metadata to keep with the subscription.
    #[serde(
        rename = "integrationMetadata",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub integration_metadata: Nullable<Map<String, Value>>,

    /// Integration type, such as `webhook`.
    #[serde(
        rename = "integrationType",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub integration_type: Nullable<String>,

    /// Kind of integration, such as `api` or `webhook`.
    #[serde(rename = "type", default, skip_serializing_if = "Nullable::is_absent")]
    pub integration_kind: Nullable<IntegrationType>,

    /// `false` pauses the subscription, `true` resumes it.
    #[serde(
        rename = "isSubscribed",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub is_subscribed: Nullable<bool>,

    /// Name of the subscription.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub name: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}
