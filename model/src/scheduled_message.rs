//! Scheduled messages: sent once or repeatedly from a given time, and the record of each run.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::lenient::IntegerInput;
use crate::{ChatId, Nullable, OrgId, Page, Timestamp};

/// A scheduled message, as the scheduled-message endpoints answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScheduledMessage {
    /// Id of the scheduled message.
    pub scheduled_id: String,

    /// The organisation.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub org_id: Nullable<OrgId>,

    /// The phone that sends it (JID).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub org_phone: Nullable<ChatId>,

    /// The chat it goes to.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chat_id: Nullable<ChatId>,

    /// What is sent.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message_payload: Nullable<ScheduledPayload>,

    /// The next run.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub scheduled_at: Nullable<Timestamp>,

    /// Whether it repeats.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_repeat: Nullable<bool>,

    /// How it repeats.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub repeat_config: Nullable<RepeatConfig>,

    /// Its state, such as `scheduled`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub status: Nullable<String>,

    /// Whether the next run is skipped.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub skip_next: Nullable<bool>,

    /// When it was paused.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub paused_at: Nullable<Timestamp>,

    /// When it was last changed.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub updated_at: Nullable<Timestamp>,

    /// Who scheduled it, such as `api`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub performed_by: Nullable<String>,

    /// When it was scheduled.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub created_at: Nullable<Timestamp>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl ScheduledMessage {
    /// A `ScheduledMessage` with its required fields and every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(scheduled_id: impl Into<String>) -> Self {
        Self {
            scheduled_id: scheduled_id.into(),
            org_id: Nullable::Absent,
            org_phone: Nullable::Absent,
            chat_id: Nullable::Absent,
            message_payload: Nullable::Absent,
            scheduled_at: Nullable::Absent,
            is_repeat: Nullable::Absent,
            repeat_config: Nullable::Absent,
            status: Nullable::Absent,
            skip_next: Nullable::Absent,
            paused_at: Nullable::Absent,
            updated_at: Nullable::Absent,
            performed_by: Nullable::Absent,
            created_at: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// What a scheduled message sends.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScheduledPayload {
    /// Text, or the caption of the media.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message: Nullable<String>,

    /// The file to send (JSON; `{}` for none).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub media: Nullable<Value>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// How a scheduled message repeats.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RepeatConfig {
    /// The unit: `day`, `week` or `month`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub repeat_interval: Nullable<RepeatInterval>,

    /// How many units between runs.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub repeat_value: Nullable<i64>,

    /// The days of the week it runs on.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub repeat_days: Nullable<Vec<Weekday>>,

    /// When it stops repeating.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub repeat_ends: Nullable<String>,

    /// The time zone of the schedule, such as `Asia/Kolkata`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub timezone: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// The unit a scheduled message repeats in.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(from = "crate::open_enum::EnumText<Self>")]
#[non_exhaustive]
pub enum RepeatInterval {
    /// `day`.
    #[serde(rename = "day")]
    Day,
    /// `week`.
    #[serde(rename = "week")]
    Week,
    /// `month`.
    #[serde(rename = "month")]
    Month,
    /// A value this crate does not know, kept verbatim.
    #[serde(untagged)]
    Unknown(String),
}

open_enum_impls!(RepeatInterval {
    Day = "day",
    Week = "week",
    Month = "month",
});

/// A day of the week.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(from = "crate::open_enum::EnumText<Self>")]
#[non_exhaustive]
pub enum Weekday {
    /// `monday`.
    #[serde(rename = "monday")]
    Monday,
    /// `tuesday`.
    #[serde(rename = "tuesday")]
    Tuesday,
    /// `wednesday`.
    #[serde(rename = "wednesday")]
    Wednesday,
    /// `thursday`.
    #[serde(rename = "thursday")]
    Thursday,
    /// `friday`.
    #[serde(rename = "friday")]
    Friday,
    /// `saturday`.
    #[serde(rename = "saturday")]
    Saturday,
    /// `sunday`.
    #[serde(rename = "sunday")]
    Sunday,
    /// A value this crate does not know, kept verbatim.
    #[serde(untagged)]
    Unknown(String),
}

open_enum_impls!(Weekday {
    Monday = "monday",
    Tuesday = "tuesday",
    Wednesday = "wednesday",
    Thursday = "thursday",
    Friday = "friday",
    Saturday = "saturday",
    Sunday = "sunday",
});

/// List scheduled messages: `{from, to, count, scheduled_messages}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScheduledMessageList {
    /// The scheduled messages.
    pub scheduled_messages: Vec<ScheduledMessage>,

    /// Pagination.
    #[serde(flatten)]
    pub page: Page,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl ScheduledMessageList {
    /// A `ScheduledMessageList` with its required fields and every other field absent, so that
    /// struct update syntax fills in the rest.
    pub fn new(scheduled_messages: impl IntoIterator<Item = impl Into<ScheduledMessage>>) -> Self {
        Self {
            scheduled_messages: scheduled_messages.into_iter().map(Into::into).collect(),
            page: Page::default(),
            extra: Map::new(),
        }
    }
}

/// One run of a scheduled message.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScheduledMessageOccurrence {
    /// Id of the run.
    pub id: String,

    /// The scheduled message.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub scheduled_id: Nullable<String>,

    /// The chat it went to.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub chat_id: Nullable<ChatId>,

    /// Id of the message sent.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub sent_message_id: Nullable<String>,

    /// WhatsApp id of the message sent.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message_id: Nullable<String>,

    /// Whether it was sent.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub is_success: Nullable<bool>,

    /// Why it failed, in words.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub remarks: Nullable<String>,

    /// When it was delivered.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub delivered_at: Nullable<Timestamp>,

    /// When it ran.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub created_at: Nullable<Timestamp>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl ScheduledMessageOccurrence {
    /// A `ScheduledMessageOccurrence` with its required fields and every other field absent, so
    /// that struct update syntax fills in the rest.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            scheduled_id: Nullable::Absent,
            chat_id: Nullable::Absent,
            sent_message_id: Nullable::Absent,
            message_id: Nullable::Absent,
            is_success: Nullable::Absent,
            remarks: Nullable::Absent,
            delivered_at: Nullable::Absent,
            created_at: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// List the runs of a scheduled message: `{from, to, count, occurrences}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OccurrenceList {
    /// The runs.
    pub occurrences: Vec<ScheduledMessageOccurrence>,

    /// Pagination.
    #[serde(flatten)]
    pub page: Page,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl OccurrenceList {
    /// A `OccurrenceList` with its required fields and every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(
        occurrences: impl IntoIterator<Item = impl Into<ScheduledMessageOccurrence>>,
    ) -> Self {
        Self {
            occurrences: occurrences.into_iter().map(Into::into).collect(),
            page: Page::default(),
            extra: Map::new(),
        }
    }
}

/// Delete a scheduled message: `{success, message, scheduled_id}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DeleteScheduledMessageResponse {
    /// The deleted scheduled message.
    pub scheduled_id: String,

    /// Whether it was deleted.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub success: Nullable<bool>,

    /// What happened, in words.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub message: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl DeleteScheduledMessageResponse {
    /// A `DeleteScheduledMessageResponse` with its required fields and every other field absent, so
    /// that struct update syntax fills in the rest.
    pub fn new(scheduled_id: impl Into<String>) -> Self {
        Self {
            scheduled_id: scheduled_id.into(),
            success: Nullable::Absent,
            message: Nullable::Absent,
            extra: Map::new(),
        }
    }
}
