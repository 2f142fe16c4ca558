//! Webhook subscriptions (`tbl_integration_hooks`): which events are posted to which URL.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{Nullable, OrgId, WebhookEventName};

/// A webhook subscription, as the webhook endpoints answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct WebhookSubscription {
    /// Id of the subscription, a UUID.
    pub id: String,

    /// The URL events are posted to.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub hook_url: Nullable<String>,

    /// Id of the integration the subscription belongs to.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub integration_id: Nullable<String>,

    /// Metadata kept with the subscription (JSON), such as `{id, name}`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub integration_metadata: Nullable<Value>,

    /// The event, such as `message.created`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub integration_name: Nullable<IntegrationName>,

    /// Integration type, such as `webhook`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub integration_type: Nullable<String>,

    /// Whether events are posted (false when paused).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_subscribed: Nullable<bool>,

    /// The organisation.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub org_id: Nullable<OrgId>,

    /// When the subscription was made, as sent (with three fractional digits; the offset is not
    /// documented, so the text is not read as a [`Timestamp`](crate::Timestamp)).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub subscribed_at: Nullable<String>,

    /// Kind of integration, such as `api` or `webhook`.
    #[serde(rename = "type", default, skip_serializing_if = "Nullable::is_absent")]
    pub integration_kind: Nullable<IntegrationType>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl WebhookSubscription {
    /// A `WebhookSubscription` with its required fields and every other field absent, so that
    /// struct update syntax fills in the rest.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            hook_url: Nullable::Absent,
            integration_id: Nullable::Absent,
            integration_metadata: Nullable::Absent,
            integration_name: Nullable::Absent,
            integration_type: Nullable::Absent,
            is_subscribed: Nullable::Absent,
            org_id: Nullable::Absent,
            subscribed_at: Nullable::Absent,
            integration_kind: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// List webhooks: an array of [`WebhookSubscription`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct WebhookSubscriptionList(pub Vec<WebhookSubscription>);

/// Kind of integration a webhook subscription belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(from = "crate::open_enum::EnumText<Self>")]
#[non_exhaustive]
pub enum IntegrationType {
    /// `zapier`.
    #[serde(rename = "zapier")]
    Zapier,
    /// `pabbly`.
    #[serde(rename = "pabbly")]
    Pabbly,
    /// `api`.
    #[serde(rename = "api")]
    Api,
    /// `webhook`.
    #[serde(rename = "webhook")]
    Webhook,
    /// `hubspot`.
    #[serde(rename = "hubspot")]
    HubSpot,
    /// `freshdesk`.
    #[serde(rename = "freshdesk")]
    Freshdesk,
    /// `slack`.
    #[serde(rename = "slack")]
    Slack,
    /// `jira`.
    #[serde(rename = "jira")]
    Jira,
    /// `salesforce`.
    #[serde(rename = "salesforce")]
    Salesforce,
    /// `zohodesk`.
    #[serde(rename = "zohodesk")]
    ZohoDesk,
    /// `zohocrm`.
    #[serde(rename = "zohocrm")]
    ZohoCrm,
    /// `gsheets`.
    #[serde(rename = "gsheets")]
    GSheets,
    /// A value this crate does not know, kept verbatim.
    #[serde(untagged)]
    Unknown(String),
}

open_enum_impls!(IntegrationType {
    Zapier = "zapier",
    Pabbly = "pabbly",
    Api = "api",
    Webhook = "webhook",
    HubSpot = "hubspot",
    Freshdesk = "freshdesk",
    Slack = "slack",
    Jira = "jira",
    Salesforce = "salesforce",
    ZohoDesk = "zohodesk",
    ZohoCrm = "zohocrm",
    GSheets = "gsheets",
});

/// Create a webhook subscription: an array of [`WebhookSubscription`] (one per event), or one
/// object as the docs show it.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum CreateWebhookResponse {
    /// One subscription per event.
    Many(Vec<WebhookSubscription>),
    /// One subscription.
    One(Box<WebhookSubscription>),
}

impl<'de> Deserialize<'de> for CreateWebhookResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        let read = if value.is_array() {
            crate::from_value(value).map(Self::Many)
        } else {
            crate::from_value(value).map(Self::One)
        };
        read.map_err(|error| serde::de::Error::custom(crate::error::nested_message("", &error)))
    }
}

/// The event a webhook subscription is for: one of Periskope's integration names, which are the
/// webhook events ([`WebhookEventName`]) and others, such as `org.created`. Open like the event
/// name it wraps.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct IntegrationName(pub WebhookEventName);

impl IntegrationName {
    /// The name as sent on the wire.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl From<WebhookEventName> for IntegrationName {
    fn from(event: WebhookEventName) -> Self {
        Self(event)
    }
}

impl From<&str> for IntegrationName {
    fn from(name: &str) -> Self {
        Self(WebhookEventName::from(name))
    }
}

impl JsonSchema for IntegrationName {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "IntegrationName".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        WebhookEventName::json_schema(generator)
    }
}
