//! The table of the kinds told apart by detection or listed for their place in `docs/fields.md`;
//! every other body of the endpoint catalog is a kind without a row ([`KINDS`](super::KINDS)).

use periskope_model::endpoint::TypeRef;
use periskope_model::*;

use super::{Detection, Kind, Shape};
use crate::tree;

/// The objects in the order of `docs/fields.md`, then the webhook body and the API's answers.
pub(super) const TABLE: &[Kind] = &[
    kind!("phone", Phone),
    kind!("chat", Chat),
    kind!("chat-member", ChatMember),
    kind!("message", Message),
    kind!("reaction", Reaction),
    kind!("contact", Contact),
    kind!("note", Note)
        .flagged("is_private_note")
        .refining::<Message>(),
    kind!("ticket", Ticket),
    kind!("ticket-info", TicketInfo),
    kind!("chat-notification", ChatNotification),
    kind!("webhook", WebhookEvent)
        .detected(Detection::Keys {
            required: &["event", "data"],
            properties: &[
                "event",
                "event_type",
                "data",
                "id",
                "org_id",
                "previous_attributes",
                "timestamp",
            ],
        })
        .checking_tree(tree::accepts_webhook),
    kind!("chat-list", ChatList),
    kind!("message-list", MessageList),
    kind!("notification-list", NotificationList).detected(Detection::Keys {
        required: &["messages"],
        properties: &["messages", "notifictions", "count", "from", "to"],
    }),
    kind!("contact-list", ContactList),
    kind!("ticket-list", TicketList),
    kind!("note-list", NoteList),
    kind!("reaction-list", ReactionList),
    kind!("create-note-response", CreateNoteResponse),
    kind!("send-message-response", SendMessageResponse)
        .detected(Detection::Keys {
            required: &["queue_id"],
            properties: &["queue_id", "queue_position", "unique_id", "hint"],
        })
        .shaped(Shape::ObjectOfStringsByWhatsAppId),
    kind!("group-participants-response", GroupParticipantsResponse)
        .detected(Detection::Never)
        .shaped(Shape::ObjectOfObjectsWith("is_success")),
    kind!("phone-list", PhoneList)
        .detected(Detection::Never)
        .shaped(Shape::ArrayOfObjectsWith("phone_id")),
    kind!("create-chat-response", CreateChatResponse)
        .detected(Detection::Never)
        .shaped(Shape::OnlyKeys(&["chat_id"])),
    // The newer response objects.
    kind!("ai-context", AiContext),
    kind!("ai-context-list", AiContextList).detected(Detection::Never),
    kind!("api-error", ApiError),
    kind!("broadcast-response", BroadcastResponse),
    kind!("broadcast-status", BroadcastStatus),
    kind!("cancel-broadcast-response", CancelBroadcastResponse),
    kind!("context-id-response", ContextIdResponse),
    kind!("create-webhook-response", CreateWebhookResponse).detected(Detection::Never),
    kind!(
        "delete-scheduled-message-response",
        DeleteScheduledMessageResponse
    ),
    kind!("document-id-response", DocumentIdResponse),
    kind!("document-result-list", DocumentResultList).detected(Detection::Never),
    kind!("forward-response", ForwardResponse).detected(Detection::Never),
    kind!("group-response", GroupResponse),
    kind!("invite-link-response", InviteLinkResponse).detected(Detection::Never),
    kind!("invite-members-response", InviteMembersResponse).detected(Detection::Never),
    kind!("knowledge-base-list", KnowledgeBaseList),
    kind!("message-status", MessageStatus),
    kind!("occurrence-list", OccurrenceList),
    kind!("org-member", OrgMember),
    kind!("org-member-list", OrgMemberList).detected(Detection::Never),
    kind!("phone-queue-status", PhoneQueueStatus).detected(Detection::Never),
    kind!("purge-result", PurgeResult).detected(Detection::Never),
    kind!("queue-health", QueueHealth).detected(Detection::Never),
    kind!("queue-job-list", QueueJobList).detected(Detection::Never),
    kind!("scheduled-message", ScheduledMessage),
    kind!("scheduled-message-list", ScheduledMessageList),
    kind!("send-message-sync-response", SendMessageSyncResponse),
    kind!("webhook-subscription", WebhookSubscription),
    kind!("webhook-subscription-list", WebhookSubscriptionList).detected(Detection::Never),
];
