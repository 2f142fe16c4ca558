//! Strategies for the request bodies of the contact, ticket, phone, group, chat, knowledge-base,
//! webhook and member endpoints.

use super::*;
use crate::request::*;

/// Any `CreateContactRequest`.
pub fn create_contact_request() -> BoxedStrategy<CreateContactRequest> {
    (
        (
            text(),
            contact_id(),
            nullable(any::<bool>()),
            nullable(text()),
        ),
        extra(),
    )
        .prop_map(
            |((contact_name, contact_id, is_internal, labels), extra)| CreateContactRequest {
                contact_name,
                contact_id,
                is_internal,
                labels,
                extra,
            },
        )
        .boxed()
}

/// Any `UpdateContactRequest`.
pub fn update_contact_request() -> BoxedStrategy<UpdateContactRequest> {
    (
        (nullable(text()), nullable(any::<bool>()), nullable(text())),
        extra(),
    )
        .prop_map(
            |((contact_name, is_internal, labels), extra)| UpdateContactRequest {
                contact_name,
                is_internal,
                labels,
                extra,
            },
        )
        .boxed()
}

/// Any `UpdateContactLabelsRequest`.
pub fn update_contact_labels_request() -> BoxedStrategy<UpdateContactLabelsRequest> {
    ((text(), vec(contact_id(), 0..3)), extra())
        .prop_map(
            |((labels, contact_ids), extra)| UpdateContactLabelsRequest {
                labels,
                contact_ids,
                extra,
            },
        )
        .boxed()
}

/// Any `CreateTicketRequest`.
pub fn create_ticket_request() -> BoxedStrategy<CreateTicketRequest> {
    (
        (
            chat_id(),
            text(),
            nullable(text()),
            nullable(message_id()),
            nullable(text()),
            // The documented priorities, 0 (none) to 4 (urgent): the reader refuses others.
            nullable(0i64..=4),
            nullable(ticket_status()),
            nullable(text()),
        ),
        extra(),
    )
        .prop_map(
            |(
                (chat_id, subject, assignee, quoted_message_id, due_date, priority, status, labels),
                extra,
            )| CreateTicketRequest {
                chat_id,
                subject,
                assignee,
                quoted_message_id,
                due_date,
                priority,
                status,
                labels,
                extra,
            },
        )
        .boxed()
}

/// Any `UpdateTicketRequest`.
pub fn update_ticket_request() -> BoxedStrategy<UpdateTicketRequest> {
    (
        (
            nullable(text()),
            nullable(text()),
            nullable(text()),
            nullable((0i64..=4).prop_map(|priority| priority.to_string())),
            nullable(ticket_status()),
            nullable(text()),
        ),
        extra(),
    )
        .prop_map(
            |((assignee, due_date, labels, priority, status, subject), extra)| {
                UpdateTicketRequest {
                    assignee,
                    due_date,
                    labels,
                    priority,
                    status,
                    subject,
                    extra,
                }
            },
        )
        .boxed()
}

/// Any `UpdatePhoneRequest`.
pub fn update_phone_request() -> BoxedStrategy<UpdatePhoneRequest> {
    (
        (nullable(text()), nullable(text()), nullable(text())),
        extra(),
    )
        .prop_map(
            |((phone_name, phone_image, labels), extra)| UpdatePhoneRequest {
                phone_name,
                phone_image,
                labels,
                extra,
            },
        )
        .boxed()
}

/// Any `CreateGroupRequest`.
pub fn create_group_request() -> BoxedStrategy<CreateGroupRequest> {
    (
        (
            text(),
            vec(contact_id(), 0..3),
            nullable(create_group_options()),
        ),
        extra(),
    )
        .prop_map(
            |((group_name, participants, options), extra)| CreateGroupRequest {
                group_name,
                participants,
                options,
                extra,
            },
        )
        .boxed()
}

/// Any `CreateGroupOptions`.
pub fn create_group_options() -> BoxedStrategy<CreateGroupOptions> {
    (
        (
            nullable(any::<bool>()),
            nullable(any::<bool>()),
            nullable(any::<bool>()),
            nullable(text()),
            nullable(text()),
            nullable(any::<bool>()),
        ),
        extra(),
    )
        .prop_map(
            |(
                (
                    add_members_admins_only,
                    info_admins_only,
                    messages_admins_only,
                    description,
                    image,
                    force_add_participants,
                ),
                extra,
            )| CreateGroupOptions {
                add_members_admins_only,
                info_admins_only,
                messages_admins_only,
                description,
                image,
                force_add_participants,
                extra,
            },
        )
        .boxed()
}

/// Any `UpdateGroupSettingsRequest`.
pub fn update_group_settings_request() -> BoxedStrategy<UpdateGroupSettingsRequest> {
    (
        (
            nullable(loose(any::<bool>())),
            nullable(text()),
            nullable(text()),
            nullable(loose(any::<bool>())),
            nullable(loose(any::<bool>())),
            nullable(text()),
        ),
        extra(),
    )
        .prop_map(
            |(
                (member_add_mode, description, image, info_admins_only, messages_admins_only, name),
                extra,
            )| UpdateGroupSettingsRequest {
                member_add_mode,
                description,
                image,
                info_admins_only,
                messages_admins_only,
                name,
                extra,
            },
        )
        .boxed()
}

/// Any `AcceptGroupInviteRequest`.
pub fn accept_group_invite_request() -> BoxedStrategy<AcceptGroupInviteRequest> {
    (text(), extra())
        .prop_map(|(invite_code, extra)| AcceptGroupInviteRequest { invite_code, extra })
        .boxed()
}

/// Any `GroupParticipantsRequest`.
pub fn group_participants_request() -> BoxedStrategy<GroupParticipantsRequest> {
    ((vec(contact_id(), 0..3), nullable(any::<bool>())), extra())
        .prop_map(
            |((participants, force_add_participants), extra)| GroupParticipantsRequest {
                participants,
                force_add_participants,
                extra,
            },
        )
        .boxed()
}

/// Any `UpdateChatRequest`.
pub fn update_chat_request() -> BoxedStrategy<UpdateChatRequest> {
    (
        (
            nullable(text()),
            nullable(btree_map(text(), text(), 0..3)),
            nullable(text()),
        ),
        extra(),
    )
        .prop_map(
            |((assigned_to, custom_properties, labels), extra)| UpdateChatRequest {
                assigned_to,
                custom_properties,
                labels,
                extra,
            },
        )
        .boxed()
}

/// Any `UpdateChatLabelsRequest`.
pub fn update_chat_labels_request() -> BoxedStrategy<UpdateChatLabelsRequest> {
    ((text(), vec(chat_id(), 0..3)), extra())
        .prop_map(|((labels, chat_ids), extra)| UpdateChatLabelsRequest {
            labels,
            chat_ids,
            extra,
        })
        .boxed()
}

/// Any `OverrideChatAccessRequest`.
pub fn override_chat_access_request() -> BoxedStrategy<OverrideChatAccessRequest> {
    (
        (
            btree_map(text(), any::<bool>(), 0..3),
            vec(chat_id(), 0..3),
            nullable(any::<bool>()),
        ),
        extra(),
    )
        .prop_map(
            |((access, chat_ids, replace), extra)| OverrideChatAccessRequest {
                access,
                chat_ids,
                replace,
                extra,
            },
        )
        .boxed()
}

/// Any `FaqRequest`.
pub fn faq_request() -> BoxedStrategy<FaqRequest> {
    ((text(), text(), nullable(vec(text(), 0..3))), extra())
        .prop_map(|((question, answer, attachments), extra)| FaqRequest {
            question,
            answer,
            attachments,
            extra,
        })
        .boxed()
}

/// Any `CreateDocumentRequest`.
pub fn create_document_request() -> BoxedStrategy<CreateDocumentRequest> {
    (document_source(), extra())
        .prop_map(|(document, extra)| CreateDocumentRequest { document, extra })
        .boxed()
}

/// Any `DocumentSource`.
pub fn document_source() -> BoxedStrategy<DocumentSource> {
    (
        (
            nullable(text()),
            nullable(text()),
            nullable(non_null_json()),
            nullable(text()),
        ),
        extra(),
    )
        .prop_map(|((url, base64, file, filename), extra)| DocumentSource {
            url,
            base64,
            file,
            filename,
            extra,
        })
        .boxed()
}

/// Any `CreateWebhookRequest`.
pub fn create_webhook_request() -> BoxedStrategy<CreateWebhookRequest> {
    (
        (
            text(),
            prop_oneof![
                integration_name().prop_map(OneOrMany::One),
                vec(integration_name(), 0..3).prop_map(OneOrMany::Many)
            ],
            nullable(json_object()),
            nullable(text()),
            nullable(integration_type()),
            nullable(text()),
        ),
        extra(),
    )
        .prop_map(
            |(
                (
                    hook_url,
                    integration_name,
                    integration_metadata,
                    integration_type,
                    integration_kind,
                    name,
                ),
                extra,
            )| CreateWebhookRequest {
                hook_url,
                integration_name,
                integration_metadata,
                integration_type,
                integration_kind,
                name,
                extra,
            },
        )
        .boxed()
}

/// Any `UpdateWebhookRequest`.
pub fn update_webhook_request() -> BoxedStrategy<UpdateWebhookRequest> {
    (
        (
            nullable(text()),
            nullable(integration_name()),
            nullable(json_object()),
            nullable(text()),
            nullable(integration_type()),
            nullable(any::<bool>()),
            nullable(text()),
        ),
        extra(),
    )
        .prop_map(
            |(
                (
                    hook_url,
                    integration_name,
                    integration_metadata,
                    integration_type,
                    integration_kind,
                    is_subscribed,
                    name,
                ),
                extra,
            )| UpdateWebhookRequest {
                hook_url,
                integration_name,
                integration_metadata,
                integration_type,
                integration_kind,
                is_subscribed,
                name,
                extra,
            },
        )
        .boxed()
}

/// Any `InviteMembersRequest`.
pub fn invite_members_request() -> BoxedStrategy<InviteMembersRequest> {
    (
        (
            vec(text(), 0..3),
            nullable(member_role()),
            nullable(vec(text(), 0..3)),
            nullable(vec(text(), 0..3)),
        ),
        extra(),
    )
        .prop_map(
            |((emails, role, labels, org_phones), extra)| InviteMembersRequest {
                emails,
                role,
                labels,
                org_phones,
                extra,
            },
        )
        .boxed()
}

/// Any `UpdateMemberAccessRequest`.
pub fn update_member_access_request() -> BoxedStrategy<UpdateMemberAccessRequest> {
    (
        (
            vec(text(), 0..3),
            nullable(vec(text(), 0..3)),
            nullable(vec(text(), 0..3)),
        ),
        extra(),
    )
        .prop_map(
            |((emails, labels, org_phones), extra)| UpdateMemberAccessRequest {
                emails,
                labels,
                org_phones,
                extra,
            },
        )
        .boxed()
}
