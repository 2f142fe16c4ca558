//! Strategies for the answers about sending: scheduled messages, broadcasts, message status and
//! queues.

use super::*;
use crate::*;

/// Any `ScheduledMessage`.
pub fn scheduled_message() -> BoxedStrategy<ScheduledMessage> {
    (
        (
            text(),
            nullable(org_id()),
            nullable(chat_id()),
            nullable(chat_id()),
            nullable(scheduled_payload()),
            nullable(timestamp()),
            nullable(any::<bool>()),
            nullable(repeat_config()),
            nullable(text()),
            nullable(any::<bool>()),
        ),
        (
            nullable(timestamp()),
            nullable(timestamp()),
            nullable(text()),
            nullable(timestamp()),
        ),
        extra(),
    )
        .prop_map(
            |(
                (
                    scheduled_id,
                    org_id,
                    org_phone,
                    chat_id,
                    message_payload,
                    scheduled_at,
                    is_repeat,
                    repeat_config,
                    status,
                    skip_next,
                ),
                (paused_at, updated_at, performed_by, created_at),
                extra,
            )| ScheduledMessage {
                scheduled_id,
                org_id,
                org_phone,
                chat_id,
                message_payload,
                scheduled_at,
                is_repeat,
                repeat_config,
                status,
                skip_next,
                paused_at,
                updated_at,
                performed_by,
                created_at,
                extra,
            },
        )
        .boxed()
}

/// Any `ScheduledPayload`.
pub fn scheduled_payload() -> BoxedStrategy<ScheduledPayload> {
    ((nullable(text()), nullable(non_null_json())), extra())
        .prop_map(|((message, media), extra)| ScheduledPayload {
            message,
            media,
            extra,
        })
        .boxed()
}

/// Any `RepeatConfig`.
pub fn repeat_config() -> BoxedStrategy<RepeatConfig> {
    (
        (
            nullable(repeat_interval()),
            nullable(any::<i64>()),
            nullable(vec(weekday(), 0..3)),
            nullable(text()),
            nullable(text()),
        ),
        extra(),
    )
        .prop_map(
            |((repeat_interval, repeat_value, repeat_days, repeat_ends, timezone), extra)| {
                RepeatConfig {
                    repeat_interval,
                    repeat_value,
                    repeat_days,
                    repeat_ends,
                    timezone,
                    extra,
                }
            },
        )
        .boxed()
}

/// Any `ScheduledMessageList`.
pub fn scheduled_message_list() -> BoxedStrategy<ScheduledMessageList> {
    (vec(scheduled_message(), 0..3), page(), extra())
        .prop_map(|(scheduled_messages, page, extra)| ScheduledMessageList {
            scheduled_messages,
            page,
            extra,
        })
        .boxed()
}

/// Any `ScheduledMessageOccurrence`.
pub fn scheduled_message_occurrence() -> BoxedStrategy<ScheduledMessageOccurrence> {
    (
        (
            text(),
            nullable(text()),
            nullable(chat_id()),
            nullable(text()),
            nullable(text()),
            nullable(any::<bool>()),
            nullable(text()),
            nullable(timestamp()),
            nullable(timestamp()),
        ),
        extra(),
    )
        .prop_map(
            |(
                (
                    id,
                    scheduled_id,
                    chat_id,
                    sent_message_id,
                    message_id,
                    is_success,
                    remarks,
                    delivered_at,
                    created_at,
                ),
                extra,
            )| ScheduledMessageOccurrence {
                id,
                scheduled_id,
                chat_id,
                sent_message_id,
                message_id,
                is_success,
                remarks,
                delivered_at,
                created_at,
                extra,
            },
        )
        .boxed()
}

/// Any `OccurrenceList`.
pub fn occurrence_list() -> BoxedStrategy<OccurrenceList> {
    (vec(scheduled_message_occurrence(), 0..3), page(), extra())
        .prop_map(|(occurrences, page, extra)| OccurrenceList {
            occurrences,
            page,
            extra,
        })
        .boxed()
}

/// Any `DeleteScheduledMessageResponse`.
pub fn delete_scheduled_message_response() -> BoxedStrategy<DeleteScheduledMessageResponse> {
    ((text(), nullable(any::<bool>()), nullable(text())), extra())
        .prop_map(
            |((scheduled_id, success, message), extra)| DeleteScheduledMessageResponse {
                scheduled_id,
                success,
                message,
                extra,
            },
        )
        .boxed()
}

/// Any `BroadcastResponse`.
pub fn broadcast_response() -> BoxedStrategy<BroadcastResponse> {
    (text(), extra())
        .prop_map(|(broadcast_id, extra)| BroadcastResponse {
            broadcast_id,
            extra,
        })
        .boxed()
}

/// Any `BroadcastStatus`.
pub fn broadcast_status() -> BoxedStrategy<BroadcastStatus> {
    (
        (
            text(),
            nullable(org_id()),
            nullable(non_null_json()),
            nullable(timestamp()),
            nullable(any::<i64>()),
            nullable(any::<i64>()),
            nullable(any::<i64>()),
            nullable(any::<i64>()),
            nullable(any::<i64>()),
            nullable(any::<i64>()),
        ),
        (
            nullable(any::<i64>()),
            nullable(text()),
            nullable(timestamp()),
            nullable(timestamp()),
            nullable(text()),
            nullable(finite_f64()),
            nullable(finite_f64()),
            nullable(vec(text(), 0..3)),
        ),
        extra(),
    )
        .prop_map(
            |(
                (
                    broadcast_id,
                    org_id,
                    message_payload,
                    created_at,
                    total_chats,
                    sent_chats,
                    failed_chats,
                    pending_chats,
                    total_member_count,
                    total_delivered_count,
                ),
                (
                    total_read_count,
                    performed_by,
                    performed_at,
                    scheduled_at,
                    broadcast_status,
                    delivered_percentage,
                    read_percentage,
                    logs,
                ),
                extra,
            )| BroadcastStatus {
                broadcast_id,
                org_id,
                message_payload,
                created_at,
                total_chats,
                sent_chats,
                failed_chats,
                pending_chats,
                total_member_count,
                total_delivered_count,
                total_read_count,
                performed_by,
                performed_at,
                scheduled_at,
                broadcast_status,
                delivered_percentage,
                read_percentage,
                logs,
                extra,
            },
        )
        .boxed()
}

/// Any `CancelBroadcastResponse`.
pub fn cancel_broadcast_response() -> BoxedStrategy<CancelBroadcastResponse> {
    ((text(), nullable(text())), extra())
        .prop_map(|((broadcast_id, status), extra)| CancelBroadcastResponse {
            broadcast_id,
            status,
            extra,
        })
        .boxed()
}

/// Any `MessageStatus`.
pub fn message_status() -> BoxedStrategy<MessageStatus> {
    (
        (
            text(),
            nullable(text()),
            nullable(message_id()),
            nullable(chat_id()),
            nullable(text()),
            nullable(text()),
            nullable(text()),
            nullable(ack()),
            nullable(message_status_content()),
            nullable(message_timeline()),
        ),
        (
            nullable(any::<i64>()),
            nullable(any::<i64>()),
            nullable(any::<i64>()),
        ),
        extra(),
    )
        .prop_map(
            |(
                (
                    unique_id,
                    queue_id,
                    message_id,
                    chat_id,
                    performed_by,
                    status,
                    status_description,
                    ack,
                    message,
                    timeline,
                ),
                (attempts, delivered_count, read_count),
                extra,
            )| MessageStatus {
                unique_id,
                queue_id,
                message_id,
                chat_id,
                performed_by,
                status,
                status_description,
                ack,
                message,
                timeline,
                attempts,
                delivered_count,
                read_count,
                extra,
            },
        )
        .boxed()
}

/// Any `MessageStatusContent`.
pub fn message_status_content() -> BoxedStrategy<MessageStatusContent> {
    (
        (nullable(text()), nullable(text()), nullable(message_id())),
        extra(),
    )
        .prop_map(
            |((body, message_type, quoted_message_id), extra)| MessageStatusContent {
                body,
                message_type,
                quoted_message_id,
                extra,
            },
        )
        .boxed()
}

/// Any `MessageTimeline`.
pub fn message_timeline() -> BoxedStrategy<MessageTimeline> {
    ((nullable(timestamp()), nullable(timestamp())), extra())
        .prop_map(|((queued_at, sent_at), extra)| MessageTimeline {
            queued_at,
            sent_at,
            extra,
        })
        .boxed()
}

/// Any `SendMessageSyncResponse`.
pub fn send_message_sync_response() -> BoxedStrategy<SendMessageSyncResponse> {
    ((message(), nullable(text()), nullable(text())), extra())
        .prop_map(
            |((message, status, unique_id), extra)| SendMessageSyncResponse {
                message,
                status,
                unique_id,
                extra,
            },
        )
        .boxed()
}

/// Any `PhoneQueueStatus`.
pub fn phone_queue_status() -> BoxedStrategy<PhoneQueueStatus> {
    (
        (
            nullable(any::<i64>()),
            nullable(any::<i64>()),
            nullable(any::<i64>()),
            nullable(any::<i64>()),
            nullable(any::<bool>()),
        ),
        extra(),
    )
        .prop_map(
            |((active, failed, completed, pending, is_running), extra)| PhoneQueueStatus {
                active,
                failed,
                completed,
                pending,
                is_running,
                extra,
            },
        )
        .boxed()
}

/// Any `QueueJob`.
pub fn queue_job() -> BoxedStrategy<QueueJob> {
    (
        (
            text(),
            nullable(text()),
            nullable(text()),
            nullable(queue_job_data()),
            nullable(vec(text(), 0..3)),
            nullable(any::<i64>()),
            nullable(any::<i64>()),
            nullable(any::<i64>()),
            nullable(any::<i64>()),
            nullable(any::<i64>()),
        ),
        extra(),
    )
        .prop_map(
            |(
                (
                    id,
                    message_id,
                    status,
                    data,
                    stacktrace,
                    added_timestamp,
                    processed_timestamp,
                    finished_timestamp,
                    attempts_made,
                    attempts_started,
                ),
                extra,
            )| QueueJob {
                id,
                message_id,
                status,
                data,
                stacktrace,
                added_timestamp,
                processed_timestamp,
                finished_timestamp,
                attempts_made,
                attempts_started,
                extra,
            },
        )
        .boxed()
}

/// Any `QueueJobData`.
pub fn queue_job_data() -> BoxedStrategy<QueueJobData> {
    ((nullable(text()), nullable(chat_id())), extra())
        .prop_map(|((body, chat_id), extra)| QueueJobData {
            body,
            chat_id,
            extra,
        })
        .boxed()
}

/// Any `QueueHealth`.
pub fn queue_health() -> BoxedStrategy<QueueHealth> {
    (
        (
            nullable(any::<i64>()),
            nullable(any::<i64>()),
            nullable(any::<i64>()),
            nullable(any::<i64>()),
            nullable(any::<i64>()),
            nullable(any::<i64>()),
        ),
        extra(),
    )
        .prop_map(
            |((waiting, active, completed, failed, delayed, paused), extra)| QueueHealth {
                waiting,
                active,
                completed,
                failed,
                delayed,
                paused,
                extra,
            },
        )
        .boxed()
}

/// Any `PurgeResult`.
pub fn purge_result() -> BoxedStrategy<PurgeResult> {
    (
        (
            nullable(any::<bool>()),
            nullable(text()),
            nullable(vec(text(), 0..3)),
        ),
        extra(),
    )
        .prop_map(|((purged, mode, queue_ids), extra)| PurgeResult {
            purged,
            mode,
            queue_ids,
            extra,
        })
        .boxed()
}

/// Any `RepeatInterval`, known or not.
pub fn repeat_interval() -> BoxedStrategy<RepeatInterval> {
    open_enum(RepeatInterval::KNOWN)
}

/// Any `Weekday`, known or not.
pub fn weekday() -> BoxedStrategy<Weekday> {
    open_enum(Weekday::KNOWN)
}

/// Any `QueueJobList`.
pub fn queue_job_list() -> BoxedStrategy<QueueJobList> {
    vec(queue_job(), 0..3).prop_map(QueueJobList).boxed()
}
