//! [proptest](https://docs.rs/proptest) strategies for every public model type (feature
//! `proptest`), the request bodies and query structs of [`crate::request`] included, for
//! property-testing code that handles Periskope data with arbitrary values.
//!
//! Each function returns a strategy for one type: [`message`], [`chat`], [`webhook_event`], …,
//! and every type with a strategy implements [`Arbitrary`], so `any::<Message>()` works too.
//! The values are the ones the model can hold after reading a payload: every field absent,
//! `null` or set, open enums known or not, loose fields typed or kept raw, unknown fields in
//! `extra`. Every value is written so that it reads back equal (`parse(write(x)) == x`), which
//! makes round trips a fair test:
//! - an open enum is built through `From<String>`, so it is never an `Unknown` holding a known
//!   value (which reads back as the known variant);
//! - an unknown key never collides with a modelled field or one of its spellings (the names come
//!   from the types' own schemas, plus the read-only aliases);
//! - a `Nullable<Value>` is never `Value(Value::Null)`, which is written `null` and reads back
//!   as `Nullable::Null`, and a [`Loose::Raw`] never holds a value its typed view reads.
//!
//! ```
//! use periskope_model::Message;
//! use proptest::prelude::*;
//!
//! proptest!(|(message in any::<Message>())| {
//!     let written = serde_json::to_string(&message).unwrap();
//!     let read: Message = periskope_model::from_str(&written).unwrap();
//!     prop_assert_eq!(read, message);
//! });
//! ```

mod answers;
mod chat;
mod message;
mod message_request;
mod objects;
mod query;
mod request;
mod response;
mod sending;
mod ticket;
mod webhook;

pub use answers::*;
pub use chat::*;
pub use message::*;
pub use message_request::*;
pub use objects::*;
pub use query::*;
pub use request::*;
pub use response::*;
pub use sending::*;
pub use ticket::*;
pub use webhook::*;

use std::collections::BTreeSet;
use std::fmt::Debug;
use std::sync::LazyLock;

use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use proptest::sample::select;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::{
    Ack, Chat, ChatId, ChatList, ChatMember, ChatNotification, ChatType, Contact, ContactId,
    ContactList, CreateChatResponse, CreateNoteResponse, DeliveryInfo, DeviceType, Dimensions,
    DueDate, GroupParticipantsResponse, LabelId, Link, LinkItem, Links, Location, LocationOptions,
    Loose, Media, MemberAddMode, Message, MessageId, MessageKey, MessageList, MessageType, Note,
    NoteList, NotificationEntry, NotificationList, NotificationType, Nullable, OrgId, Page,
    Participant, ParticipantResult, Phone, PhoneId, PhoneList, PollChoice, PollInfo, PollOption,
    PollOptions, QueuedMessage, Reaction, ReactionList, SendMessageResponse, Ticket, TicketId,
    TicketInfo, TicketList, TicketMessage, TicketStatus, Timestamp, WaState, WebhookData,
    WebhookDataKind, WebhookEnvelope, WebhookEvent, WebhookEventName, Wid,
};

/// The keys that are read as modelled fields somewhere in the model: every property of every
/// schema, plus the aliases that are read but never written.
pub static MODELLED_KEYS: LazyLock<BTreeSet<String>> = LazyLock::new(|| {
    let mut keys: BTreeSet<String> = [
        "fromMe",
        "_serialized",
        "serialized",
        "recipientIds",
        "event_type",
        "notifictions",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    // The bodies the catalog does not name, then every one it does.
    for schema in [
        schemars::schema_for!(WebhookEvent),
        schemars::schema_for!(CreateChatResponse),
    ]
    .into_iter()
    .chain(catalog_schemas())
    {
        let root = schema.as_value();
        let mut objects = vec![root];
        if let Some(defs) = root.get("$defs").and_then(Value::as_object) {
            objects.extend(defs.values());
        }
        for object in objects {
            if let Some(properties) = object.get("properties").and_then(Value::as_object) {
                keys.extend(properties.keys().cloned());
            }
        }
    }
    keys
});

/// The schemas of every body and query struct of the endpoint catalog (the request bodies, the
/// queries and every answer), whose field names are modelled keys too.
fn catalog_schemas() -> Vec<schemars::Schema> {
    let mut types = crate::endpoint::body_types();
    types.extend(
        crate::endpoint::ENDPOINTS
            .iter()
            .filter_map(|endpoint| endpoint.query),
    );
    types
        .iter()
        .map(|body| body.root_schema(schemars::generate::SchemaSettings::draft2020_12()))
        .collect()
}

/// Any string, including control characters and non-ASCII text.
pub fn text() -> BoxedStrategy<String> {
    prop_oneof![
        3 => "[a-zA-Z0-9@._ -]{0,16}",
        1 => any::<String>(),
    ]
    .boxed()
}

/// Absent, `null`, or a value from `inner`.
pub fn nullable<T: Debug + Clone + 'static>(
    inner: impl Strategy<Value = T> + 'static,
) -> BoxedStrategy<Nullable<T>> {
    prop_oneof![
        1 => Just(Nullable::Absent),
        1 => Just(Nullable::Null),
        2 => inner.prop_map(Nullable::Value),
    ]
    .boxed()
}

/// Any finite `f64` (JSON has no NaN or infinity).
pub fn finite_f64() -> BoxedStrategy<f64> {
    any::<f64>()
        .prop_filter("finite", |f| f.is_finite())
        .boxed()
}

/// Any JSON value, nested up to three levels.
pub fn json_value() -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        finite_f64().prop_map(Value::from),
        text().prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Value::Array),
            btree_map(text(), inner, 0..4).prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
    .boxed()
}

/// A loose field: its typed view from `typed`, or (one time in four) a raw JSON value other than
/// `null` that the typed view cannot read.
pub fn loose<T: DeserializeOwned + Debug + Clone + 'static>(
    typed: impl Strategy<Value = T> + 'static,
) -> BoxedStrategy<Loose<T>> {
    let raw = non_null_json()
        .prop_filter("not of the typed view's shape", |value| {
            T::deserialize(value).is_err()
        })
        .prop_map(Loose::Raw);
    prop_oneof![3 => typed.prop_map(Loose::Typed), 1 => raw].boxed()
}

/// Any JSON value but `null`.
pub fn non_null_json() -> BoxedStrategy<Value> {
    json_value()
        .prop_filter("not null", |v| !v.is_null())
        .boxed()
}

/// Unknown keys with any values, never colliding with a modelled field.
pub fn extra() -> BoxedStrategy<Map<String, Value>> {
    btree_map(
        text().prop_filter("not a modelled key", |key| !MODELLED_KEYS.contains(key)),
        json_value(),
        0..3,
    )
    .prop_map(|map| map.into_iter().collect())
    .boxed()
}

/// Any organisation id.
pub fn org_id() -> BoxedStrategy<OrgId> {
    text().prop_map(OrgId::new).boxed()
}

/// Any phone id.
pub fn phone_id() -> BoxedStrategy<PhoneId> {
    text().prop_map(PhoneId::new).boxed()
}

/// Any chat id.
pub fn chat_id() -> BoxedStrategy<ChatId> {
    text().prop_map(ChatId::new).boxed()
}

/// Any contact id.
pub fn contact_id() -> BoxedStrategy<ContactId> {
    text().prop_map(ContactId::new).boxed()
}

/// Any label id.
pub fn label_id() -> BoxedStrategy<LabelId> {
    text().prop_map(LabelId::new).boxed()
}

/// Any message id.
pub fn message_id() -> BoxedStrategy<MessageId> {
    text().prop_map(MessageId::new).boxed()
}

/// A label-id map such as `{"label-x": true}`.
pub fn label_map() -> BoxedStrategy<std::collections::BTreeMap<LabelId, bool>> {
    btree_map(label_id(), any::<bool>(), 0..3).boxed()
}

/// Any timestamp: RFC 3339 text with 0 to 9 fractional digits and any offset, or an epoch
/// integer.
pub fn timestamp() -> BoxedStrategy<Timestamp> {
    let text = (
        (0u32..=9999, 1u32..=12, 1u32..=31),
        (0u32..24, 0u32..60, 0u32..60, 0u32..1_000_000_000),
        (0u32..=9, -1439i32..=1439),
    )
        .prop_filter_map(
            "a date that exists",
            |((year, month, day), (hour, minute, second, nanos), (digits, offset))| {
                let fraction = if digits == 0 {
                    String::new()
                } else {
                    let value = nanos / 10u32.pow(9 - digits);
                    format!(".{value:0width$}", width = digits as usize)
                };
                let sign = if offset < 0 { '-' } else { '+' };
                let offset = offset.unsigned_abs();
                let text = format!(
                    "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}{fraction}{sign}{:02}:{:02}",
                    offset / 60,
                    offset % 60
                );
                Timestamp::parse(&text).ok()
            },
        );
    let epoch = (-62_167_219_200_000i64..=253_402_300_799_999)
        .prop_filter_map("in range", |value| Timestamp::from_epoch(value).ok());
    prop_oneof![3 => text, 1 => epoch].boxed()
}

/// Any ack integer.
pub fn ack() -> BoxedStrategy<Ack> {
    any::<i64>().prop_map(Ack::new).boxed()
}

fn open_enum<T: Clone + Debug + From<String> + 'static>(known: &'static [T]) -> BoxedStrategy<T> {
    prop_oneof![select(known.to_vec()), text().prop_map(T::from)].boxed()
}

/// Any chat type, known or not.
pub fn chat_type() -> BoxedStrategy<ChatType> {
    open_enum(ChatType::KNOWN)
}

/// Any message type, known or not.
pub fn message_type() -> BoxedStrategy<MessageType> {
    open_enum(MessageType::KNOWN)
}

/// Any WhatsApp state, known or not.
pub fn wa_state() -> BoxedStrategy<WaState> {
    open_enum(WaState::KNOWN)
}

/// Any device type, known or not.
pub fn device_type() -> BoxedStrategy<DeviceType> {
    open_enum(DeviceType::KNOWN)
}

/// Any member-add mode, known or not.
pub fn member_add_mode() -> BoxedStrategy<MemberAddMode> {
    open_enum(MemberAddMode::KNOWN)
}

/// Any ticket status, known or not.
pub fn ticket_status() -> BoxedStrategy<TicketStatus> {
    open_enum(TicketStatus::KNOWN)
}

/// Any webhook event name, known or not.
pub fn webhook_event_name() -> BoxedStrategy<WebhookEventName> {
    open_enum(WebhookEventName::KNOWN)
}

/// `Arbitrary` for each type with a strategy, so that `any::<T>()` works.
macro_rules! arbitrary {
    ($($type:ty => $strategy:ident),+ $(,)?) => {
        $(
            impl Arbitrary for $type {
                type Parameters = ();
                type Strategy = BoxedStrategy<Self>;

                fn arbitrary_with((): ()) -> Self::Strategy {
                    $strategy()
                }
            }
        )+

        /// Whether `model` has a strategy here (and so `Arbitrary`): every body of the endpoint
        /// catalog must, which a test checks.
        pub fn has_strategy(model: &crate::endpoint::TypeRef) -> bool {
            [$(std::any::TypeId::of::<$type>()),+].contains(&model.type_id())
        }
    };
}

arbitrary!(
    Ack => ack,
    ChatType => chat_type,
    MessageType => message_type,
    WaState => wa_state,
    DeviceType => device_type,
    MemberAddMode => member_add_mode,
    Timestamp => timestamp,
    OrgId => org_id,
    PhoneId => phone_id,
    ChatId => chat_id,
    ContactId => contact_id,
    LabelId => label_id,
    MessageId => message_id,
    TicketId => ticket_id,
    Wid => wid,
    Participant => participant,
    MessageKey => message_key,
    DeliveryInfo => delivery_info,
    Dimensions => dimensions,
    Media => media,
    LocationOptions => location_options,
    Location => location,
    PollOptions => poll_options,
    PollOption => poll_option,
    PollChoice => poll_choice,
    PollInfo => poll_info,
    Link => link,
    LinkItem => link_item,
    Links => links,
    Message => message,
    ChatMember => chat_member,
    Chat => chat,
    Phone => phone,
    Contact => contact,
    Note => note,
    Reaction => reaction,
    Ticket => ticket,
    TicketMessage => ticket_message,
    TicketInfo => ticket_info,
    ChatNotification => chat_notification,
    DueDate => due_date,
    Page => page,
    ChatList => chat_list,
    MessageList => message_list,
    NotificationList => notification_list,
    ContactList => contact_list,
    TicketList => ticket_list,
    NoteList => note_list,
    ReactionList => reaction_list,
    PhoneList => phone_list,
    NotificationEntry => notification_entry,
    CreateNoteResponse => create_note_response,
    QueuedMessage => queued_message,
    SendMessageResponse => send_message_response,
    ParticipantResult => participant_result,
    GroupParticipantsResponse => group_participants_response,
    CreateChatResponse => create_chat_response,
    WebhookEvent => webhook_event,
    crate::request::CreateContactRequest => create_contact_request,
    crate::request::UpdateContactRequest => update_contact_request,
    crate::request::UpdateContactLabelsRequest => update_contact_labels_request,
    crate::request::CreateTicketRequest => create_ticket_request,
    crate::request::UpdateTicketRequest => update_ticket_request,
    crate::request::UpdatePhoneRequest => update_phone_request,
    crate::request::SendMessageRequest => send_message_request,
    crate::request::MediaAttachment => media_attachment,
    crate::request::PollRequest => poll_request,
    crate::request::PollRequestOptions => poll_request_options,
    crate::request::SendOptions => send_options,
    crate::request::BroadcastMessageRequest => broadcast_message_request,
    crate::request::BroadcastVariables => broadcast_variables,
    crate::request::EditMessageRequest => edit_message_request,
    crate::request::ForwardMessageRequest => forward_message_request,
    crate::request::ReactToMessageRequest => react_to_message_request,
    crate::request::PinMessageRequest => pin_message_request,
    crate::request::PurgeQueueRequest => purge_queue_request,
    crate::request::PurgeMessageQueuesRequest => purge_message_queues_request,
    crate::request::CreateGroupRequest => create_group_request,
    crate::request::CreateGroupOptions => create_group_options,
    crate::request::UpdateGroupSettingsRequest => update_group_settings_request,
    crate::request::AcceptGroupInviteRequest => accept_group_invite_request,
    crate::request::GroupParticipantsRequest => group_participants_request,
    crate::request::UpdateChatRequest => update_chat_request,
    crate::request::UpdateChatLabelsRequest => update_chat_labels_request,
    crate::request::OverrideChatAccessRequest => override_chat_access_request,
    crate::request::CreateNoteRequest => create_note_request,
    crate::request::FaqRequest => faq_request,
    crate::request::CreateDocumentRequest => create_document_request,
    crate::request::DocumentSource => document_source,
    crate::request::CreateWebhookRequest => create_webhook_request,
    crate::request::UpdateWebhookRequest => update_webhook_request,
    crate::request::InviteMembersRequest => invite_members_request,
    crate::request::UpdateMemberAccessRequest => update_member_access_request,
    crate::request::CreateScheduledMessageRequest => create_scheduled_message_request,
    crate::request::UpdateScheduledMessageRequest => update_scheduled_message_request,
    crate::request::PageQuery => page_query,
    crate::request::TimeRangeQuery => time_range_query,
    crate::request::ChatsQuery => chats_query,
    crate::request::ReactionsQuery => reactions_query,
    crate::request::KnowledgeBaseQuery => knowledge_base_query,
    crate::request::WebhooksQuery => webhooks_query,
    crate::request::QueueJobsQuery => queue_jobs_query,
    crate::request::BroadcastStatusQuery => broadcast_status_query,
    crate::request::AttachmentType => attachment_type,
    crate::ApiError => api_error,
    crate::FieldError => field_error,
    crate::WebhookSubscription => webhook_subscription,
    crate::OrgMember => org_member,
    crate::InviteMembersResponse => invite_members_response,
    crate::InviteError => invite_error,
    crate::ErrorMessage => error_message,
    crate::ScheduledMessage => scheduled_message,
    crate::ScheduledPayload => scheduled_payload,
    crate::RepeatConfig => repeat_config,
    crate::ScheduledMessageList => scheduled_message_list,
    crate::ScheduledMessageOccurrence => scheduled_message_occurrence,
    crate::OccurrenceList => occurrence_list,
    crate::DeleteScheduledMessageResponse => delete_scheduled_message_response,
    crate::BroadcastResponse => broadcast_response,
    crate::BroadcastStatus => broadcast_status,
    crate::CancelBroadcastResponse => cancel_broadcast_response,
    crate::MessageStatus => message_status,
    crate::MessageStatusContent => message_status_content,
    crate::MessageTimeline => message_timeline,
    crate::SendMessageSyncResponse => send_message_sync_response,
    crate::PhoneQueueStatus => phone_queue_status,
    crate::QueueJob => queue_job,
    crate::QueueJobData => queue_job_data,
    crate::QueueHealth => queue_health,
    crate::PurgeResult => purge_result,
    crate::AiContext => ai_context,
    crate::KnowledgeBaseList => knowledge_base_list,
    crate::DocumentResult => document_result,
    crate::ContextIdResponse => context_id_response,
    crate::DocumentIdResponse => document_id_response,
    crate::ApiErrorCode => api_error_code,
    crate::IntegrationType => integration_type,
    crate::MemberRole => member_role,
    crate::RepeatInterval => repeat_interval,
    crate::Weekday => weekday,
    crate::IntegrationName => integration_name,
    crate::WebhookSubscriptionList => webhook_subscription_list,
    crate::CreateWebhookResponse => create_webhook_response,
    crate::OrgMemberList => org_member_list,
    crate::QueueJobList => queue_job_list,
    crate::AiContextList => ai_context_list,
    crate::DocumentResultList => document_result_list,
    crate::GroupResponse => group_response,
    crate::InviteLinkResponse => invite_link_response,
    crate::ForwardResponse => forward_response,
    crate::TicketStatus => ticket_status,
    crate::WebhookEventName => webhook_event_name,
);
