//! Strategies for a message and its parts.

use super::*;

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

/// Any poll option object.
pub fn poll_option() -> BoxedStrategy<PollOption> {
    (nullable(text()), nullable(any::<i64>()), extra())
        .prop_map(|(name, local_id, extra)| PollOption {
            name,
            local_id,
            extra,
        })
        .boxed()
}

/// Any poll option: a name or an option object.
pub fn poll_choice() -> BoxedStrategy<PollChoice> {
    prop_oneof![
        text().prop_map(PollChoice::Name),
        poll_option().prop_map(PollChoice::Option),
    ]
    .boxed()
}

/// Any poll definition.
pub fn poll_info() -> BoxedStrategy<PollInfo> {
    (
        nullable(text()),
        nullable(vec(poll_choice(), 0..3)),
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

/// Any link: a URL or a link object.
pub fn link_item() -> BoxedStrategy<LinkItem> {
    prop_oneof![
        text().prop_map(LinkItem::Url),
        link().prop_map(LinkItem::Link),
    ]
    .boxed()
}

/// Links as a list, or as text that does not hold a JSON array of links.
pub fn links() -> BoxedStrategy<Links> {
    prop_oneof![
        3 => vec(link_item(), 0..3).prop_map(Links::List),
        1 => text()
            .prop_filter("not a JSON array of links", |text| {
                serde_json::from_str::<Vec<LinkItem>>(text).is_err()
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
        nullable(loose(links())),
        nullable(loose(location())),
        nullable(loose(media())),
        nullable(text()),
        nullable(vec(text(), 0..3)),
        nullable(text()),
    );
    let fourth = (
        nullable(message_type()),
        nullable(text()),
        nullable(text()),
        nullable(loose(poll_info())),
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
        nullable(loose(vec(text(), 0..2))),
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
