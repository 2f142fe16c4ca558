//! Strategies for the query parameters.

use super::*;
use crate::request::*;

/// Any `PageQuery`.
pub fn page_query() -> BoxedStrategy<PageQuery> {
    (nullable(any::<i64>()), nullable(any::<i64>()))
        .prop_map(|(offset, limit)| PageQuery { offset, limit })
        .boxed()
}

/// Any `TimeRangeQuery`.
pub fn time_range_query() -> BoxedStrategy<TimeRangeQuery> {
    (
        nullable(any::<i64>()),
        nullable(any::<i64>()),
        nullable(text()),
        nullable(text()),
    )
        .prop_map(|(offset, limit, start_time, end_time)| TimeRangeQuery {
            offset,
            limit,
            start_time,
            end_time,
        })
        .boxed()
}

/// Any `ChatsQuery`.
pub fn chats_query() -> BoxedStrategy<ChatsQuery> {
    (
        nullable(any::<i64>()),
        nullable(any::<i64>()),
        nullable(text()),
        nullable(text()),
        nullable(text()),
        nullable(text()),
    )
        .prop_map(
            |(offset, limit, start_time, end_time, chat_type, label)| ChatsQuery {
                offset,
                limit,
                start_time,
                end_time,
                chat_type,
                label,
            },
        )
        .boxed()
}

/// Any `ReactionsQuery`.
pub fn reactions_query() -> BoxedStrategy<ReactionsQuery> {
    (
        nullable(text()),
        nullable(text()),
        nullable(any::<i64>()),
        nullable(any::<i64>()),
        nullable(text()),
        nullable(text()),
    )
        .prop_map(
            |(chat_id, message_id, offset, limit, start_time, end_time)| ReactionsQuery {
                chat_id,
                message_id,
                offset,
                limit,
                start_time,
                end_time,
            },
        )
        .boxed()
}

/// Any `KnowledgeBaseQuery`.
pub fn knowledge_base_query() -> BoxedStrategy<KnowledgeBaseQuery> {
    (
        nullable(any::<i64>()),
        nullable(any::<i64>()),
        nullable(text()),
    )
        .prop_map(|(offset, limit, entry_type)| KnowledgeBaseQuery {
            offset,
            limit,
            entry_type,
        })
        .boxed()
}

/// Any `WebhooksQuery`.
pub fn webhooks_query() -> BoxedStrategy<WebhooksQuery> {
    (
        nullable(text()),
        nullable(text()),
        nullable(text()),
        nullable(text()),
        nullable(text()),
    )
        .prop_map(
            |(integration_name, integration_kind, is_subscribed, integration_id, hook_url)| {
                WebhooksQuery {
                    integration_name,
                    integration_kind,
                    is_subscribed,
                    integration_id,
                    hook_url,
                }
            },
        )
        .boxed()
}

/// Any `QueueJobsQuery`.
pub fn queue_jobs_query() -> BoxedStrategy<QueueJobsQuery> {
    (nullable(text()), nullable(text()))
        .prop_map(|(queue_id, broadcast_id)| QueueJobsQuery {
            queue_id,
            broadcast_id,
        })
        .boxed()
}

/// Any `BroadcastStatusQuery`.
pub fn broadcast_status_query() -> BoxedStrategy<BroadcastStatusQuery> {
    text()
        .prop_map(|broadcast_id| BroadcastStatusQuery { broadcast_id })
        .boxed()
}
