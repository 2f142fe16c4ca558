//! Strategies for the newer answers: the error envelope, webhook subscriptions, members, groups
//! and the knowledge base.

use super::*;
use crate::*;

/// Any `ApiError`.
pub fn api_error() -> BoxedStrategy<ApiError> {
    (
        (
            api_error_code(),
            text(),
            nullable(any::<i64>()),
            nullable(btree_map(text(), field_error(), 0..3)),
            nullable(text()),
        ),
        extra(),
    )
        .prop_map(|((code, message, status, fields, name), extra)| ApiError {
            code,
            message,
            status,
            fields,
            name,
            extra,
        })
        .boxed()
}

/// Any `FieldError`.
pub fn field_error() -> BoxedStrategy<FieldError> {
    ((nullable(text()), nullable(text())), extra())
        .prop_map(|((message, value), extra)| FieldError {
            message,
            value,
            extra,
        })
        .boxed()
}

/// Any `WebhookSubscription`.
pub fn webhook_subscription() -> BoxedStrategy<WebhookSubscription> {
    (
        (
            text(),
            nullable(text()),
            nullable(text()),
            nullable(non_null_json()),
            nullable(integration_name()),
            nullable(text()),
            nullable(any::<bool>()),
            nullable(org_id()),
            nullable(text()),
            nullable(integration_type()),
        ),
        extra(),
    )
        .prop_map(
            |(
                (
                    id,
                    hook_url,
                    integration_id,
                    integration_metadata,
                    integration_name,
                    integration_type,
                    is_subscribed,
                    org_id,
                    subscribed_at,
                    integration_kind,
                ),
                extra,
            )| WebhookSubscription {
                id,
                hook_url,
                integration_id,
                integration_metadata,
                integration_name,
                integration_type,
                is_subscribed,
                org_id,
                subscribed_at,
                integration_kind,
                extra,
            },
        )
        .boxed()
}

/// Any `OrgMember`.
pub fn org_member() -> BoxedStrategy<OrgMember> {
    (
        (
            text(),
            nullable(org_id()),
            nullable(member_role()),
            nullable(any::<bool>()),
            nullable(text()),
            nullable(non_null_json()),
            nullable(timestamp()),
            nullable(timestamp()),
            nullable(text()),
            nullable(text()),
        ),
        (
            nullable(text()),
            nullable(text()),
            nullable(any::<bool>()),
            nullable(any::<bool>()),
            nullable(vec(label_id(), 0..3)),
            nullable(vec(chat_id(), 0..3)),
            nullable(non_null_json()),
        ),
        extra(),
    )
        .prop_map(
            |(
                (
                    email,
                    org_id,
                    role,
                    is_active,
                    member_color,
                    preferences,
                    created_at,
                    invited_at,
                    invited_by,
                    user_id,
                ),
                (
                    member_image,
                    member_name,
                    is_owner,
                    is_online,
                    label_ids,
                    org_phones,
                    member_metadata,
                ),
                extra,
            )| OrgMember {
                email,
                org_id,
                role,
                is_active,
                member_color,
                preferences,
                created_at,
                invited_at,
                invited_by,
                user_id,
                member_image,
                member_name,
                is_owner,
                is_online,
                label_ids,
                org_phones,
                member_metadata,
                extra,
            },
        )
        .boxed()
}

/// Any `InviteMembersResponse`.
pub fn invite_members_response() -> BoxedStrategy<InviteMembersResponse> {
    (
        (
            nullable(vec(org_member(), 0..3)),
            nullable(vec(invite_error(), 0..3)),
        ),
        extra(),
    )
        .prop_map(|((added_members, errors), extra)| InviteMembersResponse {
            added_members,
            errors,
            extra,
        })
        .boxed()
}

/// Any `InviteError`.
pub fn invite_error() -> BoxedStrategy<InviteError> {
    ((nullable(text()), nullable(error_message())), extra())
        .prop_map(|((email, error), extra)| InviteError {
            email,
            error,
            extra,
        })
        .boxed()
}

/// Any `ErrorMessage`.
pub fn error_message() -> BoxedStrategy<ErrorMessage> {
    (nullable(text()), extra())
        .prop_map(|(message, extra)| ErrorMessage { message, extra })
        .boxed()
}

/// Any `AiContext`.
pub fn ai_context() -> BoxedStrategy<AiContext> {
    (
        (
            text(),
            nullable(org_id()),
            nullable(text()),
            nullable(text()),
            nullable(text()),
            nullable(text()),
            nullable(non_null_json()),
            nullable(text()),
            nullable(non_null_json()),
            nullable(timestamp()),
        ),
        extra(),
    )
        .prop_map(
            |(
                (
                    context_id,
                    org_id,
                    question,
                    answer,
                    embedding,
                    entry_type,
                    attachments,
                    document_id,
                    metadata,
                    created_at,
                ),
                extra,
            )| AiContext {
                context_id,
                org_id,
                question,
                answer,
                embedding,
                entry_type,
                attachments,
                document_id,
                metadata,
                created_at,
                extra,
            },
        )
        .boxed()
}

/// Any `KnowledgeBaseList`.
pub fn knowledge_base_list() -> BoxedStrategy<KnowledgeBaseList> {
    ((vec(ai_context(), 0..3), nullable(any::<i64>())), extra())
        .prop_map(|((data, count), extra)| KnowledgeBaseList { data, count, extra })
        .boxed()
}

/// Any `DocumentResult`.
pub fn document_result() -> BoxedStrategy<DocumentResult> {
    (
        (
            nullable(text()),
            nullable(text()),
            nullable(text()),
            nullable(text()),
            nullable(text()),
            nullable(any::<i64>()),
        ),
        extra(),
    )
        .prop_map(
            |((file_name, status, reason, document_id, file_path, chunks_count), extra)| {
                DocumentResult {
                    file_name,
                    status,
                    reason,
                    document_id,
                    file_path,
                    chunks_count,
                    extra,
                }
            },
        )
        .boxed()
}

/// Any `ContextIdResponse`.
pub fn context_id_response() -> BoxedStrategy<ContextIdResponse> {
    (text(), extra())
        .prop_map(|(context_id, extra)| ContextIdResponse { context_id, extra })
        .boxed()
}

/// Any `DocumentIdResponse`.
pub fn document_id_response() -> BoxedStrategy<DocumentIdResponse> {
    (text(), extra())
        .prop_map(|(document_id, extra)| DocumentIdResponse { document_id, extra })
        .boxed()
}

/// Any `ApiErrorCode`, known or not.
pub fn api_error_code() -> BoxedStrategy<ApiErrorCode> {
    open_enum(ApiErrorCode::KNOWN)
}

/// Any `IntegrationType`, known or not.
pub fn integration_type() -> BoxedStrategy<IntegrationType> {
    open_enum(IntegrationType::KNOWN)
}

/// Any `MemberRole`, known or not.
pub fn member_role() -> BoxedStrategy<MemberRole> {
    open_enum(MemberRole::KNOWN)
}

/// A JSON object with any keys and values.
pub fn json_object() -> BoxedStrategy<Map<String, Value>> {
    btree_map(text(), json_value(), 0..3)
        .prop_map(|map| map.into_iter().collect())
        .boxed()
}

/// Any `IntegrationName`, known event or not.
pub fn integration_name() -> BoxedStrategy<IntegrationName> {
    webhook_event_name().prop_map(IntegrationName).boxed()
}

/// Any `WebhookSubscriptionList`.
pub fn webhook_subscription_list() -> BoxedStrategy<WebhookSubscriptionList> {
    vec(webhook_subscription(), 0..3)
        .prop_map(WebhookSubscriptionList)
        .boxed()
}

/// Any `CreateWebhookResponse`: an array or one object.
pub fn create_webhook_response() -> BoxedStrategy<CreateWebhookResponse> {
    prop_oneof![
        vec(webhook_subscription(), 0..3).prop_map(CreateWebhookResponse::Many),
        webhook_subscription().prop_map(|one| CreateWebhookResponse::One(Box::new(one))),
    ]
    .boxed()
}

/// Any `OrgMemberList`.
pub fn org_member_list() -> BoxedStrategy<OrgMemberList> {
    vec(org_member(), 0..3).prop_map(OrgMemberList).boxed()
}

/// Any `AiContextList`.
pub fn ai_context_list() -> BoxedStrategy<AiContextList> {
    vec(ai_context(), 0..3).prop_map(AiContextList).boxed()
}

/// Any `DocumentResultList`.
pub fn document_result_list() -> BoxedStrategy<DocumentResultList> {
    vec(document_result(), 0..3)
        .prop_map(DocumentResultList)
        .boxed()
}

/// Any `GroupResponse`: a full chat or the older `{chat_id}`.
pub fn group_response() -> BoxedStrategy<GroupResponse> {
    prop_oneof![
        chat().prop_map(|chat| GroupResponse::Chat(Box::new(chat))),
        create_chat_response().prop_map(GroupResponse::Created),
    ]
    .boxed()
}

/// Any `InviteLinkResponse`.
pub fn invite_link_response() -> BoxedStrategy<InviteLinkResponse> {
    (nullable(text()), extra())
        .prop_map(|(invite_link, extra)| InviteLinkResponse { invite_link, extra })
        .boxed()
}

/// Any `ForwardResponse`.
pub fn forward_response() -> BoxedStrategy<ForwardResponse> {
    btree_map(chat_id(), any::<bool>(), 0..3)
        .prop_map(ForwardResponse)
        .boxed()
}
