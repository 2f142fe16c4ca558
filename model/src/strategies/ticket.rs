//! Strategies for a ticket and the ticket payload.

use super::*;

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
