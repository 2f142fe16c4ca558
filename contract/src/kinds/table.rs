//! The table of root kinds.

use periskope_model::request::*;
use periskope_model::*;

use super::{Detection, Kind, Shape, accepts, canonical_of, read_text};
use crate::schema;
use crate::tree;

/// The documented example payload of a kind: `documented/<kind>.json` in this crate (the
/// workspace's fixtures link to these files, so the tests read them too).
macro_rules! documented {
    ($kind:literal) => {
        Some(include_str!(concat!("../../documented/", $kind, ".json")))
    };
}

/// Every root kind: the objects in the order of `docs/fields.md`, then the webhook body and
/// the API responses.
pub const KINDS: &[Kind] = &[
    kind!("phone", Phone, documented!("phone")),
    kind!("chat", Chat, documented!("chat")),
    kind!("chat-member", ChatMember, documented!("chat-member")),
    kind!("message", Message, documented!("message")),
    kind!("reaction", Reaction, documented!("reaction")),
    kind!("contact", Contact, documented!("contact")),
    kind!("note", Note, documented!("note"), Some("is_private_note")).refining("message"),
    kind!("ticket", Ticket, documented!("ticket")),
    kind!("ticket-info", TicketInfo, documented!("ticket-info")),
    kind!(
        "chat-notification",
        ChatNotification,
        documented!("chat-notification")
    ),
    kind!("webhook", WebhookEvent, documented!("webhook"))
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
    kind!("chat-list", ChatList, documented!("chat-list")),
    kind!("message-list", MessageList, documented!("message-list")),
    kind!(
        "notification-list",
        NotificationList,
        documented!("notification-list")
    )
    .detected(Detection::Keys {
        required: &["messages"],
        properties: &["messages", "notifictions", "count", "from", "to"],
    }),
    kind!("contact-list", ContactList, documented!("contact-list")),
    kind!("ticket-list", TicketList, documented!("ticket-list")),
    kind!("note-list", NoteList, documented!("note-list")),
    kind!("reaction-list", ReactionList, documented!("reaction-list")),
    kind!(
        "create-note-response",
        CreateNoteResponse,
        documented!("create-note-response")
    ),
    kind!(
        "send-message-response",
        SendMessageResponse,
        documented!("send-message-response")
    )
    .detected(Detection::Keys {
        required: &["queue_id"],
        properties: &["queue_id", "queue_position", "unique_id", "hint"],
    })
    .shaped(Shape::ObjectOfStringsByWhatsAppId),
    kind!(
        "group-participants-response",
        GroupParticipantsResponse,
        documented!("group-participants-response")
    )
    .detected(Detection::Never)
    .shaped(Shape::ObjectOfObjectsWith("is_success")),
    kind!("phone-list", PhoneList, documented!("phone-list"))
        .detected(Detection::Never)
        .shaped(Shape::ArrayOfObjectsWith("phone_id")),
    kind!(
        "create-chat-response",
        CreateChatResponse,
        documented!("create-chat-response")
    )
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
    // What a client sends: the request bodies.
    kind!("accept-group-invite-request", AcceptGroupInviteRequest).detected(Detection::Never),
    kind!("broadcast-message-request", BroadcastMessageRequest).detected(Detection::Never),
    kind!("create-contact-request", CreateContactRequest).detected(Detection::Never),
    kind!("create-document-request", CreateDocumentRequest).detected(Detection::Never),
    kind!("create-group-request", CreateGroupRequest).detected(Detection::Never),
    kind!("create-note-request", CreateNoteRequest).detected(Detection::Never),
    kind!(
        "create-scheduled-message-request",
        CreateScheduledMessageRequest
    )
    .detected(Detection::Never),
    kind!("create-ticket-request", CreateTicketRequest).detected(Detection::Never),
    kind!("create-webhook-request", CreateWebhookRequest).detected(Detection::Never),
    kind!("edit-message-request", EditMessageRequest).detected(Detection::Never),
    kind!("faq-request", FaqRequest).detected(Detection::Never),
    kind!("forward-message-request", ForwardMessageRequest).detected(Detection::Never),
    kind!("group-participants-request", GroupParticipantsRequest).detected(Detection::Never),
    kind!("invite-members-request", InviteMembersRequest).detected(Detection::Never),
    kind!("override-chat-access-request", OverrideChatAccessRequest).detected(Detection::Never),
    kind!("pin-message-request", PinMessageRequest).detected(Detection::Never),
    kind!("purge-message-queues-request", PurgeMessageQueuesRequest).detected(Detection::Never),
    kind!("purge-queue-request", PurgeQueueRequest).detected(Detection::Never),
    kind!("react-to-message-request", ReactToMessageRequest).detected(Detection::Never),
    kind!("send-message-request", SendMessageRequest).detected(Detection::Never),
    kind!("send-message-sync-request", SendMessageSyncRequest).detected(Detection::Never),
    kind!("update-chat-labels-request", UpdateChatLabelsRequest).detected(Detection::Never),
    kind!("update-chat-request", UpdateChatRequest).detected(Detection::Never),
    kind!("update-contact-labels-request", UpdateContactLabelsRequest).detected(Detection::Never),
    kind!("update-contact-request", UpdateContactRequest).detected(Detection::Never),
    kind!("update-group-settings-request", UpdateGroupSettingsRequest).detected(Detection::Never),
    kind!("update-member-access-request", UpdateMemberAccessRequest).detected(Detection::Never),
    kind!("update-phone-request", UpdatePhoneRequest).detected(Detection::Never),
    kind!(
        "update-scheduled-message-request",
        UpdateScheduledMessageRequest
    )
    .detected(Detection::Never),
    kind!("update-ticket-request", UpdateTicketRequest).detected(Detection::Never),
    kind!("update-webhook-request", UpdateWebhookRequest).detected(Detection::Never),
];
