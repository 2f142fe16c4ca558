//! Strategies for the API responses.

use super::*;

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
