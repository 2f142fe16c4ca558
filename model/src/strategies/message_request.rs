//! Strategies for the request bodies of the message, queue, note and scheduled-message endpoints.

use super::*;
use crate::request::*;

/// Any `SendMessageRequest`.
pub fn send_message_request() -> BoxedStrategy<SendMessageRequest> {
    (
        (
            chat_id(),
            nullable(text()),
            nullable(media_attachment()),
            nullable(message_id()),
            nullable(poll_request()),
            nullable(send_options()),
        ),
        extra(),
    )
        .prop_map(
            |((chat_id, message, media, reply_to, poll, options), extra)| SendMessageRequest {
                chat_id,
                message,
                media,
                reply_to,
                poll,
                options,
                extra,
            },
        )
        .boxed()
}

/// Any `MediaAttachment`.
pub fn media_attachment() -> BoxedStrategy<MediaAttachment> {
    (
        (
            attachment_type(),
            nullable(text()),
            nullable(text()),
            nullable(text()),
            nullable(text()),
        ),
        extra(),
    )
        .prop_map(
            |((attachment_type, url, filedata, filename, mimetype), extra)| MediaAttachment {
                attachment_type,
                url,
                filedata,
                filename,
                mimetype,
                extra,
            },
        )
        .boxed()
}

/// Any `PollRequest`.
pub fn poll_request() -> BoxedStrategy<PollRequest> {
    (
        (
            nullable(text()),
            nullable(vec(text(), 0..3)),
            nullable(poll_request_options()),
        ),
        extra(),
    )
        .prop_map(|((poll_name, poll_options, options), extra)| PollRequest {
            poll_name,
            poll_options,
            options,
            extra,
        })
        .boxed()
}

/// Any `PollRequestOptions`.
pub fn poll_request_options() -> BoxedStrategy<PollRequestOptions> {
    ((nullable(any::<bool>()), nullable(text())), extra())
        .prop_map(
            |((allow_multiple_answers, poll_id), extra)| PollRequestOptions {
                allow_multiple_answers,
                poll_id,
                extra,
            },
        )
        .boxed()
}

/// Any `SendOptions`.
pub fn send_options() -> BoxedStrategy<SendOptions> {
    (nullable(any::<bool>()), extra())
        .prop_map(|(hide_url_preview, extra)| SendOptions {
            hide_url_preview,
            extra,
        })
        .boxed()
}

/// Any `BroadcastMessageRequest`.
pub fn broadcast_message_request() -> BoxedStrategy<BroadcastMessageRequest> {
    (
        (
            vec(chat_id(), 0..3),
            nullable(text()),
            nullable(text()),
            nullable(any::<i64>()),
            nullable(media_attachment()),
            nullable(poll_request()),
            nullable(message_id()),
            nullable(vec(broadcast_variables(), 0..3)),
            nullable(text()),
        ),
        extra(),
    )
        .prop_map(
            |(
                (chat_ids, message, scheduled_at, delay, media, poll, reply_to, variables, label),
                extra,
            )| BroadcastMessageRequest {
                chat_ids,
                message,
                scheduled_at,
                delay,
                media,
                poll,
                reply_to,
                variables,
                label,
                extra,
            },
        )
        .boxed()
}

/// Any `BroadcastVariables`.
pub fn broadcast_variables() -> BoxedStrategy<BroadcastVariables> {
    ((chat_id(), btree_map(text(), text(), 0..3)), extra())
        .prop_map(|((chat_id, values), extra)| BroadcastVariables {
            chat_id,
            values,
            extra,
        })
        .boxed()
}

/// Any `EditMessageRequest`.
pub fn edit_message_request() -> BoxedStrategy<EditMessageRequest> {
    (text(), extra())
        .prop_map(|(edited_body, extra)| EditMessageRequest { edited_body, extra })
        .boxed()
}

/// Any `ForwardMessageRequest`.
pub fn forward_message_request() -> BoxedStrategy<ForwardMessageRequest> {
    (vec(chat_id(), 0..3), extra())
        .prop_map(|(forward_chat_ids, extra)| ForwardMessageRequest {
            forward_chat_ids,
            extra,
        })
        .boxed()
}

/// Any `ReactToMessageRequest`.
pub fn react_to_message_request() -> BoxedStrategy<ReactToMessageRequest> {
    (text(), extra())
        .prop_map(|(reaction, extra)| ReactToMessageRequest { reaction, extra })
        .boxed()
}

/// Any `PinMessageRequest`.
pub fn pin_message_request() -> BoxedStrategy<PinMessageRequest> {
    (any::<bool>(), extra())
        .prop_map(|(pin, extra)| PinMessageRequest { pin, extra })
        .boxed()
}

/// Any `PurgeQueueRequest`.
pub fn purge_queue_request() -> BoxedStrategy<PurgeQueueRequest> {
    (
        (
            nullable(prop_oneof![
                text().prop_map(OneOrMany::One),
                vec(text(), 0..3).prop_map(OneOrMany::Many)
            ]),
            nullable(text()),
        ),
        extra(),
    )
        .prop_map(|((queue_id, broadcast_id), extra)| PurgeQueueRequest {
            queue_id,
            broadcast_id,
            extra,
        })
        .boxed()
}

/// Any `PurgeMessageQueuesRequest`.
pub fn purge_message_queues_request() -> BoxedStrategy<PurgeMessageQueuesRequest> {
    ((nullable(vec(text(), 0..3)), nullable(text())), extra())
        .prop_map(
            |((queue_ids, broadcast_id), extra)| PurgeMessageQueuesRequest {
                queue_ids,
                broadcast_id,
                extra,
            },
        )
        .boxed()
}

/// Any `CreateNoteRequest`.
pub fn create_note_request() -> BoxedStrategy<CreateNoteRequest> {
    (
        (
            chat_id(),
            nullable(text()),
            nullable(media_attachment()),
            nullable(text()),
        ),
        extra(),
    )
        .prop_map(
            |((chat_id, message, media, reply_to), extra)| CreateNoteRequest {
                chat_id,
                message,
                media,
                reply_to,
                extra,
            },
        )
        .boxed()
}

/// Any `CreateScheduledMessageRequest`.
pub fn create_scheduled_message_request() -> BoxedStrategy<CreateScheduledMessageRequest> {
    (
        (
            chat_id(),
            nullable(text()),
            nullable(text()),
            nullable(media_attachment()),
            nullable(any::<bool>()),
            nullable(repeat_config()),
        ),
        extra(),
    )
        .prop_map(
            |((chat_id, scheduled_at, message, media, is_repeat, repeat_config), extra)| {
                CreateScheduledMessageRequest {
                    chat_id,
                    scheduled_at,
                    message,
                    media,
                    is_repeat,
                    repeat_config,
                    extra,
                }
            },
        )
        .boxed()
}

/// Any `UpdateScheduledMessageRequest`.
pub fn update_scheduled_message_request() -> BoxedStrategy<UpdateScheduledMessageRequest> {
    (
        (
            nullable(text()),
            nullable(text()),
            nullable(media_attachment()),
            nullable(any::<bool>()),
            nullable(repeat_config()),
            nullable(any::<bool>()),
        ),
        extra(),
    )
        .prop_map(
            |((scheduled_at, message, media, is_repeat, repeat_config, skip_next), extra)| {
                UpdateScheduledMessageRequest {
                    scheduled_at,
                    message,
                    media,
                    is_repeat,
                    repeat_config,
                    skip_next,
                    extra,
                }
            },
        )
        .boxed()
}

/// Any `AttachmentType`, known or not.
pub fn attachment_type() -> BoxedStrategy<AttachmentType> {
    open_enum(AttachmentType::KNOWN)
}
