//! proptest strategies for every public model type.
//!
//! Two rules keep generated values representable, so that `parse(write(x)) == x` is a fair test:
//! - an open enum is built through `From<String>`, so it is never an `Unknown` holding a known
//!   value (which reads back as the known variant);
//! - an unknown key never collides with a modelled field or one of its spellings (the names come
//!   from the types' own schemas, plus the read-only aliases).
//!
//! A `Nullable<Value>` is also never `Value(Value::Null)`: that is written `null` and reads back
//! as `Nullable::Null`.

use std::collections::BTreeSet;
use std::fmt::Debug;
use std::sync::LazyLock;

use periskope_model::{
    Ack, Chat, ChatId, ChatList, ChatMember, ChatNotification, ChatType, Contact, ContactId,
    ContactList, CreateChatResponse, CreateNoteResponse, DeliveryInfo, DeviceType, Dimensions,
    DueDate, GroupParticipantsResponse, LabelId, Link, Links, Location, LocationOptions, Media,
    MemberAddMode, Message, MessageId, MessageKey, MessageList, MessageType, Note, NoteList,
    NotificationEntry, NotificationList, NotificationType, Nullable, OrgId, Page, Participant,
    ParticipantResult, Phone, PhoneId, PhoneList, PollInfo, PollOptions, QueuedMessage, Reaction,
    ReactionList, SendMessageResponse, Ticket, TicketId, TicketInfo, TicketList, TicketMessage,
    TicketStatus, Timestamp, WaState, WebhookData, WebhookDataKind, WebhookEnvelope, WebhookEvent,
    WebhookEventName, Wid,
};
use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{Map, Value};

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
    for schema in [
        schemars::schema_for!(Chat),
        schemars::schema_for!(Phone),
        schemars::schema_for!(WebhookEvent),
        schemars::schema_for!(Contact),
        schemars::schema_for!(ChatList),
        schemars::schema_for!(MessageList),
        schemars::schema_for!(NotificationList),
        schemars::schema_for!(ContactList),
        schemars::schema_for!(TicketList),
        schemars::schema_for!(NoteList),
        schemars::schema_for!(ReactionList),
        schemars::schema_for!(CreateNoteResponse),
        schemars::schema_for!(SendMessageResponse),
        schemars::schema_for!(GroupParticipantsResponse),
        schemars::schema_for!(CreateChatResponse),
    ] {
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

/// Any `{user, server, _serialized}` object.
pub fn wid() -> BoxedStrategy<Wid> {
    (
        nullable(text()),
        nullable(text()),
        nullable(contact_id()),
        extra(),
    )
        .prop_map(|(user, server, serialized, extra)| Wid {
            user,
            server,
            serialized,
            extra,
        })
        .boxed()
}

/// A participant as a string or an object.
pub fn participant() -> BoxedStrategy<Participant> {
    prop_oneof![
        contact_id().prop_map(Participant::Jid),
        wid().prop_map(Participant::Wid),
    ]
    .boxed()
}

/// Any message key.
pub fn message_key() -> BoxedStrategy<MessageKey> {
    (
        text(),
        chat_id(),
        any::<bool>(),
        message_id(),
        nullable(participant()),
        extra(),
    )
        .prop_map(
            |(id, remote, from_me, serialized, participant, extra)| MessageKey {
                id,
                remote,
                from_me,
                serialized,
                participant,
                extra,
            },
        )
        .boxed()
}

/// Any delivery info.
pub fn delivery_info() -> BoxedStrategy<DeliveryInfo> {
    (
        nullable(btree_map(contact_id(), any::<i64>(), 0..3)),
        nullable(btree_map(contact_id(), any::<i64>(), 0..3)),
        nullable(vec(contact_id(), 0..3)),
        nullable(any::<u64>()),
        nullable(any::<u64>()),
        extra(),
    )
        .prop_map(
            |(delivered, read, pending, delivered_count, read_count, extra)| DeliveryInfo {
                delivered,
                read,
                pending,
                delivered_count,
                read_count,
                extra,
            },
        )
        .boxed()
}

/// Any image dimensions.
pub fn dimensions() -> BoxedStrategy<Dimensions> {
    (
        nullable(any::<u64>()),
        nullable(any::<u64>()),
        nullable(finite_f64()),
        extra(),
    )
        .prop_map(|(width, height, ar, extra)| Dimensions {
            width,
            height,
            ar,
            extra,
        })
        .boxed()
}

/// Any media object.
pub fn media() -> BoxedStrategy<Media> {
    (
        nullable(text()),
        nullable(text()),
        nullable(text()),
        nullable(dimensions()),
        nullable(any::<u64>()),
        nullable(text()),
        nullable(text()),
        nullable(any::<bool>()),
        extra(),
    )
        .prop_map(
            |(path, mimetype, filename, dimensions, size, thumbnail, filedata, compress, extra)| {
                Media {
                    path,
                    mimetype,
                    filename,
                    dimensions,
                    size,
                    thumbnail,
                    filedata,
                    compress,
                    extra,
                }
            },
        )
        .boxed()
}

/// Any nested location options.
pub fn location_options() -> BoxedStrategy<LocationOptions> {
    (
        nullable(text()),
        nullable(text()),
        nullable(text()),
        extra(),
    )
        .prop_map(|(name, address, url, extra)| LocationOptions {
            name,
            address,
            url,
            extra,
        })
        .boxed()
}

/// Any location.
pub fn location() -> BoxedStrategy<Location> {
    (
        nullable(finite_f64()),
        nullable(finite_f64()),
        nullable(text()),
        nullable(text()),
        nullable(text()),
        nullable(text()),
        nullable(location_options()),
        extra(),
    )
        .prop_map(
            |(latitude, longitude, name, address, url, description, options, extra)| Location {
                latitude,
                longitude,
                name,
                address,
                url,
                description,
                options,
                extra,
            },
        )
        .boxed()
}

/// Any poll options.
pub fn poll_options() -> BoxedStrategy<PollOptions> {
    (
        nullable(any::<bool>()),
        nullable(text()),
        nullable(vec(any::<u8>(), 0..8)),
        extra(),
    )
        .prop_map(
            |(allow_multiple_answers, poll_id, message_secret, extra)| PollOptions {
                allow_multiple_answers,
                poll_id,
                message_secret,
                extra,
            },
        )
        .boxed()
}

/// Any poll definition.
pub fn poll_info() -> BoxedStrategy<PollInfo> {
    (
        nullable(text()),
        nullable(vec(text(), 0..3)),
        nullable(poll_options()),
        extra(),
    )
        .prop_map(|(poll_name, poll_options, options, extra)| PollInfo {
            poll_name,
            poll_options,
            options,
            extra,
        })
        .boxed()
}

/// Any link.
pub fn link() -> BoxedStrategy<Link> {
    (nullable(text()), nullable(any::<bool>()), extra())
        .prop_map(|(link, is_suspicious, extra)| Link {
            link,
            is_suspicious,
            extra,
        })
        .boxed()
}

/// Links as a list, or as text that does not hold a JSON array of links.
pub fn links() -> BoxedStrategy<Links> {
    prop_oneof![
        3 => vec(link(), 0..3).prop_map(Links::List),
        1 => text()
            .prop_filter("not a JSON array of links", |text| {
                serde_json::from_str::<Vec<Link>>(text).is_err()
            })
            .prop_map(Links::Text),
    ]
    .boxed()
}

/// Any message.
pub fn message() -> BoxedStrategy<Message> {
    let first = (
        message_id(),
        org_id(),
        nullable(contact_id()),
        nullable(chat_id()),
        nullable(message_key()),
        nullable(ack()),
        nullable(contact_id()),
        nullable(text()),
        nullable(any::<bool>()),
        nullable(text()),
        nullable(delivery_info()),
        nullable(device_type()),
    );
    let second = (
        nullable(text()),
        nullable(any::<bool>()),
        nullable(non_null_json()),
        nullable(any::<i64>()),
        nullable(any::<i64>()),
        nullable(chat_id()),
        nullable(any::<bool>()),
        nullable(text()),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(non_null_json()),
    );
    let third = (
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(links()),
        nullable(location()),
        nullable(media()),
        nullable(text()),
        nullable(vec(text(), 0..3)),
        nullable(text()),
    );
    let fourth = (
        nullable(message_type()),
        nullable(text()),
        nullable(text()),
        nullable(poll_info()),
        nullable(non_null_json()),
        nullable(text()),
        nullable(text()),
        nullable(non_null_json()),
        nullable(vec(json_value(), 0..2)),
        nullable(text()),
        nullable(text()),
        nullable(timestamp()),
    );
    let fifth = (
        nullable(chat_id()),
        nullable(text()),
        nullable(text()),
        nullable(timestamp()),
        nullable(vec(text(), 0..2)),
        nullable(any::<bool>()),
        nullable(non_null_json()),
        nullable(non_null_json()),
        extra(),
    );
    (first, second, third, fourth, fifth)
        .prop_map(
            |(
                (
                    message_id,
                    org_id,
                    org_phone,
                    chat_id,
                    id,
                    ack,
                    author,
                    body,
                    broadcast,
                    broadcast_id,
                    delivery_info,
                    device_type,
                ),
                (
                    duration,
                    flag_status,
                    flag_metadata,
                    flag_response_time,
                    forwarding_score,
                    from,
                    from_me,
                    fts,
                    has_media,
                    has_quoted_msg,
                    has_reaction,
                    invite_v4,
                ),
                (
                    is_deleted,
                    is_ephemeral,
                    is_forwarded,
                    is_gif,
                    is_starred,
                    is_status,
                    links,
                    location,
                    media,
                    media_key,
                    mentioned_ids,
                    message_ticket_id,
                ),
                (
                    message_type,
                    order_id,
                    performed_by,
                    poll_info,
                    poll_results,
                    prev_body,
                    quoted_message_id,
                    raw_data,
                    reactions,
                    sender_phone,
                    sent_message_id,
                    timestamp,
                ),
                (
                    to,
                    token,
                    unique_id,
                    updated_at,
                    vcards,
                    is_private_note,
                    message_payload,
                    highlight,
                    extra,
                ),
            )| Message {
                message_id,
                org_id,
                org_phone,
                chat_id,
                id,
                ack,
                author,
                body,
                broadcast,
                broadcast_id,
                delivery_info,
                device_type,
                duration,
                flag_status,
                flag_metadata,
                flag_response_time,
                forwarding_score,
                from,
                from_me,
                fts,
                has_media,
                has_quoted_msg,
                has_reaction,
                invite_v4,
                is_deleted,
                is_ephemeral,
                is_forwarded,
                is_gif,
                is_starred,
                is_status,
                links,
                location,
                media,
                media_key,
                mentioned_ids,
                message_ticket_id,
                message_type,
                order_id,
                performed_by,
                poll_info,
                poll_results,
                prev_body,
                quoted_message_id,
                raw_data,
                reactions,
                sender_phone,
                sent_message_id,
                timestamp,
                to,
                token,
                unique_id,
                updated_at,
                vcards,
                is_private_note,
                message_payload,
                highlight,
                extra,
            },
        )
        .boxed()
}

/// Any chat member.
pub fn chat_member() -> BoxedStrategy<ChatMember> {
    let first = (
        org_id(),
        chat_id(),
        contact_id(),
        contact_id(),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(text()),
        nullable(text()),
        nullable(text()),
        nullable(text()),
        nullable(non_null_json()),
    );
    let second = (
        nullable(text()),
        nullable(text()),
        nullable(label_map()),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
    );
    let third = (
        nullable(non_null_json()),
        nullable(text()),
        nullable(text()),
        nullable(text()),
        nullable(text()),
        nullable(text()),
        nullable(any::<i64>()),
        nullable(text()),
        nullable(timestamp()),
        extra(),
    );
    (first, second, third)
        .prop_map(
            |(
                (
                    org_id,
                    chat_id,
                    contact_id,
                    org_phone,
                    is_admin,
                    is_super_admin,
                    is_internal,
                    contact_name,
                    contact_color,
                    contact_image,
                    contact_labels,
                    id,
                ),
                (
                    contact_type,
                    contact_lid,
                    label_ids,
                    is_imported,
                    is_my_contact,
                    is_wa_contact,
                    is_blocked,
                    is_business,
                    is_enterprise,
                    is_group,
                    is_me,
                    is_user,
                ),
                (
                    business_profile,
                    name,
                    number,
                    periskope_name,
                    pushname,
                    short_name,
                    verified_level,
                    verified_name,
                    updated_at,
                    extra,
                ),
            )| ChatMember {
                org_id,
                chat_id,
                contact_id,
                org_phone,
                is_admin,
                is_super_admin,
                is_internal,
                contact_name,
                contact_color,
                contact_image,
                contact_labels,
                id,
                contact_type,
                contact_lid,
                label_ids,
                is_imported,
                is_my_contact,
                is_wa_contact,
                is_blocked,
                is_business,
                is_enterprise,
                is_group,
                is_me,
                is_user,
                business_profile,
                name,
                number,
                periskope_name,
                pushname,
                short_name,
                verified_level,
                verified_name,
                updated_at,
                extra,
            },
        )
        .boxed()
}

/// Any chat, with up to two members and possibly a latest message.
pub fn chat() -> BoxedStrategy<Chat> {
    let first = (
        org_id(),
        chat_id(),
        nullable(text()),
        nullable(chat_type()),
        nullable(text()),
        nullable(contact_id()),
        nullable(vec(contact_id(), 0..3)),
        nullable(timestamp()),
        nullable(timestamp()),
        nullable(btree_map(contact_id(), chat_member(), 0..3)),
        nullable(any::<u64>()),
        nullable(message().prop_map(Box::new)),
    );
    let second = (
        nullable(text()),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(timestamp()),
        nullable(text()),
        nullable(btree_map(text(), any::<bool>(), 0..3)),
        nullable(label_map()),
        nullable(vec(text(), 0..3)),
        nullable(text()),
        nullable(btree_map(text(), json_value(), 0..3)),
        nullable(text()),
    );
    let third = (
        nullable(vec(chat_id(), 0..3)),
        nullable(btree_map(text(), any::<i64>(), 0..3)),
        nullable(any::<u64>()),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(member_add_mode()),
        nullable(non_null_json()),
        nullable(chat_id()),
        nullable(non_null_json()),
        nullable(text()),
        nullable(timestamp()),
    );
    let fourth = (
        nullable(btree_map(text(), proptest::option::of(timestamp()), 0..3)),
        nullable(non_null_json()),
        nullable(btree_map(text(), any::<i64>(), 0..3)),
        nullable(btree_map(text(), proptest::option::of(timestamp()), 0..3)),
        nullable(any::<bool>()),
        nullable(non_null_json()),
        nullable(non_null_json()),
        nullable(non_null_json()),
        nullable(non_null_json()),
        nullable(non_null_json()),
        nullable(non_null_json()),
        nullable(non_null_json()),
    );
    let fifth = (
        nullable(any::<i64>()),
        nullable(text()),
        nullable(timestamp()),
        nullable(any::<bool>()),
        nullable(text()),
        nullable(non_null_json()),
        nullable(any::<bool>()),
        nullable(any::<bool>()),
        nullable(any::<i64>()),
        nullable(text()),
        nullable(any::<bool>()),
        nullable(timestamp()),
    );
    (first, second, third, fourth, (fifth, extra()))
        .prop_map(
            |(
                (
                    org_id,
                    chat_id,
                    chat_name,
                    chat_type,
                    chat_image,
                    org_phone,
                    chat_org_phones,
                    created_at,
                    updated_at,
                    members,
                    member_count,
                    latest_message,
                ),
                (
                    invite_link,
                    is_muted,
                    is_archived,
                    is_exited,
                    closed_at,
                    assigned_to,
                    chat_access,
                    label_ids,
                    labels,
                    chat_labels,
                    custom_properties,
                    group_description,
                ),
                (
                    common_chats,
                    flag_count_map,
                    message_unread_count,
                    info_admins_only,
                    messages_admins_only,
                    add_members_admins_only,
                    member_add_mode,
                    hubspot_metadata,
                    parent_community_id,
                    ai_metadata,
                    active_phone,
                    latest_message_timestamp,
                ),
                (
                    latest_message_timestamp_map,
                    unread_count,
                    member_unread_count,
                    member_closed_at,
                    is_pinned,
                    pinned_messages,
                    snooze_metadata,
                    group_metadata,
                    override_chat_access,
                    freshdesk_metadata,
                    zohodesk_metadata,
                    zohocrm_metadata,
                ),
                (
                    (
                        flag_count,
                        initiated_by,
                        latest_mention_at,
                        archived,
                        created_by,
                        id,
                        is_group,
                        is_read_only,
                        mute_expiration,
                        name,
                        pinned,
                        timestamp,
                    ),
                    extra,
                ),
            )| Chat {
                org_id,
                chat_id,
                chat_name,
                chat_type,
                chat_image,
                org_phone,
                chat_org_phones,
                created_at,
                updated_at,
                members,
                member_count,
                latest_message,
                invite_link,
                is_muted,
                is_archived,
                is_exited,
                closed_at,
                assigned_to,
                chat_access,
                label_ids,
                labels,
                chat_labels,
                custom_properties,
                group_description,
                common_chats,
                flag_count_map,
                message_unread_count,
                info_admins_only,
                messages_admins_only,
                add_members_admins_only,
                member_add_mode,
                hubspot_metadata,
                parent_community_id,
                ai_metadata,
                active_phone,
                latest_message_timestamp,
                latest_message_timestamp_map,
                unread_count,
                member_unread_count,
                member_closed_at,
                is_pinned,
                pinned_messages,
                snooze_metadata,
                group_metadata,
                override_chat_access,
                freshdesk_metadata,
                zohodesk_metadata,
                zohocrm_metadata,
                flag_count,
                initiated_by,
                latest_mention_at,
                archived,
                created_by,
                id,
                is_group,
                is_read_only,
                mute_expiration,
                name,
                pinned,
                timestamp,
                extra,
            },
        )
        .boxed()
}

/// Any phone.
pub fn phone() -> BoxedStrategy<Phone> {
    let first = (
        org_id(),
        nullable(contact_id()),
        timestamp(),
        nullable(timestamp()),
        nullable(wa_state()),
        phone_id(),
        nullable(text()),
        nullable(text()),
        nullable(text()),
        nullable(timestamp()),
        nullable(any::<bool>()),
        nullable(label_map()),
    );
    let second = (
        nullable(vec(text(), 0..3)),
        nullable(any::<bool>()),
        nullable(text()),
        nullable(any::<bool>()),
        nullable(non_null_json()),
        nullable(non_null_json()),
        nullable(non_null_json()),
        nullable(text()),
        nullable(text()),
        nullable(text()),
        nullable(text()),
        nullable(text()),
    );
    (first, second, extra())
        .prop_map(
            |(
                (
                    org_id,
                    org_phone,
                    created_at,
                    updated_at,
                    wa_state,
                    phone_id,
                    qr_code,
                    phone_image,
                    phone_name,
                    first_connected_at,
                    is_ready,
                    label_ids,
                ),
                (
                    labels,
                    is_browser_open,
                    wa_version,
                    legacy_version,
                    phone_state,
                    queue_status,
                    last_disconnect,
                    library,
                    server_image,
                    server_ip,
                    server_name,
                    server_zone,
                ),
                extra,
            )| Phone {
                org_id,
                org_phone,
                created_at,
                updated_at,
                wa_state,
                phone_id,
                qr_code,
                phone_image,
                phone_name,
                first_connected_at,
                is_ready,
                label_ids,
                labels,
                is_browser_open,
                wa_version,
                legacy_version,
                phone_state,
                queue_status,
                last_disconnect,
                library,
                server_image,
                server_ip,
                server_name,
                server_zone,
                extra,
            },
        )
        .boxed()
}

/// Any contact.
pub fn contact() -> BoxedStrategy<Contact> {
    (
        (
            contact_id(),
            org_id(),
            nullable(text()),
            nullable(text()),
            nullable(text()),
            nullable(text()),
            nullable(vec(chat_id(), 0..3)),
            nullable(any::<bool>()),
            nullable(any::<bool>()),
            nullable(any::<bool>()),
        ),
        (
            nullable(any::<bool>()),
            nullable(vec(text(), 0..3)),
            nullable(label_map()),
            nullable(timestamp()),
            nullable(non_null_json()),
            nullable(non_null_json()),
            nullable(text()),
            nullable(any::<bool>()),
            nullable(any::<bool>()),
            nullable(any::<bool>()),
        ),
        (
            nullable(any::<bool>()),
            nullable(any::<bool>()),
            nullable(any::<bool>()),
            nullable(text()),
            nullable(text()),
            nullable(text()),
            nullable(text()),
            nullable(text()),
            nullable(any::<i64>()),
            nullable(text()),
        ),
        (nullable(vec(chat(), 0..2)), extra()),
    )
        .prop_map(
            |(
                (
                    contact_id,
                    org_id,
                    contact_name,
                    contact_type,
                    contact_color,
                    contact_image,
                    chat_ids,
                    is_imported,
                    is_internal,
                    is_my_contact,
                ),
                (
                    is_wa_contact,
                    labels,
                    label_ids,
                    updated_at,
                    id,
                    business_profile,
                    contact_lid,
                    is_blocked,
                    is_business,
                    is_enterprise,
                ),
                (
                    is_group,
                    is_me,
                    is_user,
                    name,
                    number,
                    periskope_name,
                    pushname,
                    short_name,
                    verified_level,
                    verified_name,
                ),
                (chats, extra),
            )| Contact {
                contact_id,
                org_id,
                contact_name,
                contact_type,
                contact_color,
                contact_image,
                chat_ids,
                is_imported,
                is_internal,
                is_my_contact,
                is_wa_contact,
                labels,
                label_ids,
                updated_at,
                id,
                business_profile,
                contact_lid,
                is_blocked,
                is_business,
                is_enterprise,
                is_group,
                is_me,
                is_user,
                name,
                number,
                periskope_name,
                pushname,
                short_name,
                verified_level,
                verified_name,
                chats,
                extra,
            },
        )
        .boxed()
}

/// Any note.
pub fn note() -> BoxedStrategy<Note> {
    (
        (
            message_id(),
            org_id(),
            contact_id(),
            any::<bool>(),
            nullable(chat_id()),
            nullable(text()),
            nullable(any::<bool>()),
            nullable(any::<bool>()),
            nullable(text()),
            nullable(text()),
        ),
        (
            nullable(text()),
            nullable(text()),
            nullable(text()),
            nullable(timestamp()),
            nullable(timestamp()),
            nullable(text()),
            nullable(vec(text(), 0..3)),
            nullable(media()),
            nullable(ack()),
            nullable(message_type()),
        ),
        (extra(),),
    )
        .prop_map(
            |(
                (
                    message_id,
                    org_id,
                    org_phone,
                    is_private_note,
                    chat_id,
                    body,
                    from_me,
                    is_deleted,
                    prev_body,
                    quoted_message_id,
                ),
                (
                    sender_phone,
                    sent_message_id,
                    performed_by,
                    timestamp,
                    updated_at,
                    unique_id,
                    mentioned_ids,
                    media,
                    ack,
                    message_type,
                ),
                (extra,),
            )| Note {
                message_id,
                org_id,
                org_phone,
                is_private_note,
                chat_id,
                body,
                from_me,
                is_deleted,
                prev_body,
                quoted_message_id,
                sender_phone,
                sent_message_id,
                performed_by,
                timestamp,
                updated_at,
                unique_id,
                mentioned_ids,
                media,
                ack,
                message_type,
                extra,
            },
        )
        .boxed()
}

/// Any reaction.
pub fn reaction() -> BoxedStrategy<Reaction> {
    (
        (
            org_id(),
            nullable(chat_id()),
            message_id(),
            message_id(),
            nullable(message_key()),
            nullable(message_key()),
            nullable(ack()),
            nullable(any::<i64>()),
            nullable(text()),
            nullable(text()),
        ),
        (
            nullable(any::<bool>()),
            contact_id(),
            contact_id(),
            nullable(timestamp()),
            nullable(text()),
            extra(),
        ),
    )
        .prop_map(
            |(
                (
                    org_id,
                    chat_id,
                    message_id,
                    reaction_id,
                    id,
                    msg_id,
                    ack,
                    orphan,
                    orphan_reason,
                    reaction,
                ),
                (read, sender_id, org_phone, timestamp, unique_id, extra),
            )| Reaction {
                org_id,
                chat_id,
                message_id,
                reaction_id,
                id,
                msg_id,
                ack,
                orphan,
                orphan_reason,
                reaction,
                read,
                sender_id,
                org_phone,
                timestamp,
                unique_id,
                extra,
            },
        )
        .boxed()
}

/// Any ticket, in either shape or a mix.
pub fn ticket() -> BoxedStrategy<Ticket> {
    (
        (
            ticket_id(),
            org_id(),
            nullable(chat_id()),
            nullable(open_enum(TicketStatus::KNOWN)),
            nullable(text()),
            nullable(text()),
            nullable(text()),
            nullable(text()),
            nullable(any::<i64>()),
            nullable(due_date()),
        ),
        (
            nullable(timestamp()),
            nullable(timestamp()),
            nullable(timestamp()),
            nullable(text()),
            nullable(vec(text(), 0..3)),
            nullable(label_map()),
            nullable(text()),
            nullable(btree_map(text(), json_value(), 0..3)),
            nullable(btree_map(text(), json_value(), 0..3)),
            nullable(any::<bool>()),
        ),
        (
            nullable(finite_f64()),
            nullable(non_null_json()),
            nullable(non_null_json()),
            nullable(non_null_json()),
            nullable(non_null_json()),
            nullable(timestamp()),
            nullable(text()),
            nullable(text()),
            nullable(text()),
            nullable(chat().prop_map(Box::new)),
        ),
        (nullable(message().prop_map(Box::new)), extra()),
    )
        .prop_map(
            |(
                (
                    ticket_id,
                    org_id,
                    chat_id,
                    status,
                    subject,
                    assignee,
                    assigned_by,
                    raised_by,
                    priority,
                    due_date,
                ),
                (
                    created_at,
                    last_updated_at,
                    closed_at,
                    quoted_message_id,
                    labels,
                    label_ids,
                    ticket_labels,
                    custom_properties,
                    ticket_custom_properties,
                    is_deleted,
                ),
                (
                    response_time,
                    close_ticket_metadata,
                    freshdesk_metadata,
                    hubspot_metadata,
                    zohodesk_metadata,
                    first_assigned_at,
                    last_updated_by,
                    closed_by,
                    closed_message,
                    chat,
                ),
                (quoted_message, extra),
            )| Ticket {
                ticket_id,
                org_id,
                chat_id,
                status,
                subject,
                assignee,
                assigned_by,
                raised_by,
                priority,
                due_date,
                created_at,
                last_updated_at,
                closed_at,
                quoted_message_id,
                labels,
                label_ids,
                ticket_labels,
                custom_properties,
                ticket_custom_properties,
                is_deleted,
                response_time,
                close_ticket_metadata,
                freshdesk_metadata,
                hubspot_metadata,
                zohodesk_metadata,
                first_assigned_at,
                last_updated_by,
                closed_by,
                closed_message,
                chat,
                quoted_message,
                extra,
            },
        )
        .boxed()
}

/// Any ticket message summary.
pub fn ticket_message() -> BoxedStrategy<TicketMessage> {
    (
        nullable(text()),
        nullable(chat_id()),
        nullable(text()),
        nullable(timestamp()),
        nullable(text()),
        nullable(message_id()),
        nullable(text()),
        nullable(text()),
        nullable(text()),
        extra(),
    )
        .prop_map(
            |(
                body,
                chat_id,
                org_phone,
                timestamp,
                media_path,
                message_id,
                sender_name,
                performed_by,
                sender_phone,
                extra,
            )| TicketMessage {
                body,
                chat_id,
                org_phone,
                timestamp,
                media_path,
                message_id,
                sender_name,
                performed_by,
                sender_phone,
                extra,
            },
        )
        .boxed()
}

/// Any ticket-info payload.
pub fn ticket_info() -> BoxedStrategy<TicketInfo> {
    (
        chat().prop_map(Box::new).boxed(),
        nullable(ticket_message()),
        nullable(ticket()),
        nullable(vec(ticket_message(), 0..2)),
        extra(),
    )
        .prop_map(
            |(chat, message, ticket, attached_messages, extra)| TicketInfo {
                chat,
                message,
                ticket,
                attached_messages,
                extra,
            },
        )
        .boxed()
}

/// Any chat notification.
pub fn chat_notification() -> BoxedStrategy<ChatNotification> {
    (
        (
            message_id(),
            org_id(),
            contact_id(),
            nullable(chat_id()),
            nullable(contact_id()),
            nullable(text()),
            nullable(message_key()),
            nullable(vec(contact_id(), 0..3)),
            nullable(open_enum(NotificationType::KNOWN)),
            nullable(timestamp()),
        ),
        (nullable(text()), nullable(non_null_json()), extra()),
    )
        .prop_map(
            |(
                (
                    notification_id,
                    org_id,
                    org_phone,
                    chat_id,
                    author,
                    body,
                    id,
                    recipientids,
                    notification_type,
                    timestamp,
                ),
                (unique_id, metadata, extra),
            )| ChatNotification {
                notification_id,
                org_id,
                org_phone,
                chat_id,
                author,
                body,
                id,
                recipientids,
                notification_type,
                timestamp,
                unique_id,
                metadata,
                extra,
            },
        )
        .boxed()
}

/// Any pagination fields.
pub fn page() -> BoxedStrategy<Page> {
    (
        nullable(any::<i64>()),
        nullable(any::<i64>()),
        nullable(any::<i64>()),
    )
        .prop_map(|(count, from, to)| Page { count, from, to })
        .boxed()
}

/// A strategy for each list response that is `{<items>, page, extra}`.
macro_rules! list_strategies {
    ($($name:ident: $type:ident { $field:ident: $item:expr }),+ $(,)?) => {
        $(
            #[doc = concat!("Any `", stringify!($type), "`.")]
            pub fn $name() -> BoxedStrategy<$type> {
                (vec($item, 0..2), page(), extra())
                    .prop_map(|($field, page, extra)| $type { $field, page, extra })
                    .boxed()
            }
        )+
    };
}

list_strategies!(
    chat_list: ChatList { chats: chat() },
    message_list: MessageList { messages: message() },
    notification_list: NotificationList { messages: notification_entry() },
    contact_list: ContactList { contacts: contact() },
    ticket_list: TicketList { tickets: ticket() },
);

/// Any note list.
pub fn note_list() -> BoxedStrategy<NoteList> {
    (
        vec(note(), 0..2),
        page(),
        nullable(timestamp()),
        nullable(timestamp()),
        extra(),
    )
        .prop_map(|(notes, page, start_time, end_time, extra)| NoteList {
            notes,
            page,
            start_time,
            end_time,
            extra,
        })
        .boxed()
}

/// Any reaction list.
pub fn reaction_list() -> BoxedStrategy<ReactionList> {
    (
        vec(reaction(), 0..2),
        page(),
        nullable(timestamp()),
        nullable(timestamp()),
        extra(),
    )
        .prop_map(
            |(reactions, page, start_time, end_time, extra)| ReactionList {
                reactions,
                page,
                start_time,
                end_time,
                extra,
            },
        )
        .boxed()
}

/// Any create-note response.
pub fn create_note_response() -> BoxedStrategy<CreateNoteResponse> {
    (any::<bool>(), nullable(text()), nullable(note()), extra())
        .prop_map(|(success, message, data, extra)| CreateNoteResponse {
            success,
            message,
            data,
            extra,
        })
        .boxed()
}

/// Any queued-message response.
pub fn queued_message() -> BoxedStrategy<QueuedMessage> {
    (
        text(),
        nullable(any::<i64>()),
        nullable(text()),
        nullable(text()),
        extra(),
    )
        .prop_map(
            |(queue_id, queue_position, unique_id, hint, extra)| QueuedMessage {
                queue_id,
                queue_position,
                unique_id,
                hint,
                extra,
            },
        )
        .boxed()
}

/// Any group-participant result.
pub fn participant_result() -> BoxedStrategy<ParticipantResult> {
    (
        any::<bool>(),
        nullable(text()),
        nullable(any::<i64>()),
        nullable(any::<bool>()),
        extra(),
    )
        .prop_map(
            |(is_success, message, code, is_invite_v4_sent, extra)| ParticipantResult {
                is_success,
                message,
                code,
                is_invite_v4_sent,
                extra,
            },
        )
        .boxed()
}

/// Any create-chat response.
pub fn create_chat_response() -> BoxedStrategy<CreateChatResponse> {
    (chat_id(), extra())
        .prop_map(|(chat_id, extra)| CreateChatResponse { chat_id, extra })
        .boxed()
}

/// Any ticket id.
pub fn ticket_id() -> BoxedStrategy<TicketId> {
    text().prop_map(TicketId::new).boxed()
}

/// Any due date: a timestamp, or text that is not one.
pub fn due_date() -> BoxedStrategy<DueDate> {
    prop_oneof![
        timestamp().prop_map(DueDate::Time),
        text()
            .prop_filter("not a timestamp", |text| Timestamp::parse(text).is_err())
            .prop_map(DueDate::Text),
    ]
    .boxed()
}

/// Any notification-list entry: a notification, or a value that is not an object.
pub fn notification_entry() -> BoxedStrategy<NotificationEntry> {
    prop_oneof![
        3 => chat_notification().prop_map(|n| NotificationEntry::Notification(Box::new(n))),
        1 => json_value()
            .prop_filter("not an object", |value| !value.is_object())
            .prop_map(NotificationEntry::Other),
    ]
    .boxed()
}

/// Any send-message response, in any of its shapes.
pub fn send_message_response() -> BoxedStrategy<SendMessageResponse> {
    prop_oneof![
        queued_message().prop_map(SendMessageResponse::Queued),
        btree_map(chat_id(), text(), 0..3)
            .prop_filter("not queued", |map| !map
                .keys()
                .any(|key| key.as_str() == "queue_id"))
            .prop_map(SendMessageResponse::ByChat),
    ]
    .boxed()
}

/// Any group-participants response.
pub fn group_participants_response() -> BoxedStrategy<GroupParticipantsResponse> {
    btree_map(contact_id(), participant_result(), 0..3)
        .prop_map(GroupParticipantsResponse)
        .boxed()
}

/// Any phone list.
pub fn phone_list() -> BoxedStrategy<PhoneList> {
    vec(phone(), 0..3).prop_map(PhoneList).boxed()
}

/// Any webhook data of `kind`; a message is never flagged a note and a note always is, as a
/// bare body tells them apart by that flag.
fn webhook_data(kind: WebhookDataKind) -> BoxedStrategy<WebhookData> {
    match kind {
        WebhookDataKind::Phone => phone()
            .prop_map(|d| WebhookData::Phone(Box::new(d)))
            .boxed(),
        WebhookDataKind::Chat => chat().prop_map(|d| WebhookData::Chat(Box::new(d))).boxed(),
        WebhookDataKind::Message => message()
            .prop_map(|mut d| {
                if d.is_private_note.value() == Some(&true) {
                    d.is_private_note = Nullable::Value(false);
                }
                WebhookData::Message(Box::new(d))
            })
            .boxed(),
        WebhookDataKind::Reaction => reaction()
            .prop_map(|d| WebhookData::Reaction(Box::new(d)))
            .boxed(),
        WebhookDataKind::TicketInfo => ticket_info()
            .prop_map(|d| WebhookData::TicketInfo(Box::new(d)))
            .boxed(),
        WebhookDataKind::Note => note()
            .prop_map(|mut d| {
                d.is_private_note = true;
                WebhookData::Note(Box::new(d))
            })
            .boxed(),
        WebhookDataKind::ChatNotification => chat_notification()
            .prop_map(|d| WebhookData::ChatNotification(Box::new(d)))
            .boxed(),
        _ => Just(WebhookData::Unknown(Value::Null)).boxed(),
    }
}

/// Any webhook body: an envelope of a known event with its data, of an unknown event with raw
/// data, or a bare data object.
pub fn webhook_event() -> BoxedStrategy<WebhookEvent> {
    let known = select(WebhookEventName::KNOWN.to_vec()).prop_flat_map(|event| {
        let kind = event.data_kind().unwrap_or(WebhookDataKind::Chat);
        (Just(event), webhook_data(kind))
    });
    let unknown = (
        text()
            .prop_map(WebhookEventName::from)
            .prop_filter("unknown", |e| !e.is_known()),
        json_value().prop_map(WebhookData::Unknown),
    );
    let named = prop_oneof![3 => known, 1 => unknown];
    let envelope = (
        named,
        nullable(text()),
        nullable(org_id()),
        nullable(non_null_json()),
        nullable(timestamp()),
        extra(),
    )
        .prop_map(
            |((event, data), id, org_id, previous_attributes, timestamp, extra)| {
                WebhookEvent::Envelope(WebhookEnvelope {
                    event,
                    data,
                    id,
                    org_id,
                    previous_attributes,
                    timestamp,
                    extra,
                })
            },
        );
    let bare = select(WebhookDataKind::ALL.to_vec())
        .prop_flat_map(webhook_data)
        .prop_map(WebhookEvent::Bare);
    prop_oneof![2 => envelope, 1 => bare].boxed()
}

/// The proptest settings of every property test: at least 1,000 cases per test;
/// `PROPTEST_CASES` may raise it, never lower it.
pub fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(1000u32)
        .max(1000);
    ProptestConfig {
        cases,
        max_shrink_iters: 2000,
        ..ProptestConfig::default()
    }
}
