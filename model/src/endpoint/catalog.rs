//! The table itself: every operation of Periskope's TypeScript SDK and of the newer docs.

use super::{Answer, Endpoint, Method, Payload, TypeRef};
use crate::request::*;
use crate::*;

/// A [`TypeRef`] to the model type named `$type`.
macro_rules! t {
    ($type:ident) => {
        TypeRef::of::<$type>(stringify!($type))
    };
}

/// `200` with a JSON body of `$type`.
macro_rules! ok {
    ($type:ident) => {
        &[Answer {
            status: 200,
            body: Payload::Json(t!($type)),
        }]
    };
}

const NO_CONTENT: &[Answer] = &[Answer {
    status: 204,
    body: Payload::Empty,
}];
const OK_EMPTY: &[Answer] = &[Answer {
    status: 200,
    body: Payload::Empty,
}];

const fn op(
    method: Method,
    path: &'static str,
    operation: &'static str,
    sdk_method: &'static str,
    summary: &'static str,
) -> Endpoint {
    Endpoint {
        method,
        path,
        operation,
        summary,
        tag: "",
        sdk_method,
        phone_header: false,
        query: None,
        request: None,
        request_optional: false,
        answers: NO_CONTENT,
        deprecated: false,
    }
}

use Method::{Delete, Get, Patch, Post};

impl Endpoint {
    const fn tag(mut self, tag: &'static str) -> Self {
        self.tag = tag;
        self
    }
    const fn phone(mut self) -> Self {
        self.phone_header = true;
        self
    }
    const fn query(mut self, query: TypeRef) -> Self {
        self.query = Some(query);
        self
    }
    const fn body(mut self, body: TypeRef) -> Self {
        self.request = Some(body);
        self
    }
    const fn optional_body(mut self, body: TypeRef) -> Self {
        self.request = Some(body);
        self.request_optional = true;
        self
    }
    const fn answers(mut self, answers: &'static [Answer]) -> Self {
        self.answers = answers;
        self
    }
    const fn deprecated(mut self) -> Self {
        self.deprecated = true;
        self
    }
}

/// What each path parameter of [`ENDPOINTS`] is.
pub const PATH_PARAMETERS: &[(&str, &str)] = &[
    (
        "contact_id",
        "The contact: country code and digits, such as `919537851844`.",
    ),
    ("ticket_id", "The ticket."),
    (
        "message_id",
        "The message's full serialized id, or the `queue_id` of a queued send.",
    ),
    (
        "chat_id",
        "The chat: a JID, with `@c.us` optional for a 1:1 chat.",
    ),
    ("note_id", "The note."),
    ("context_id", "The knowledge-base entry."),
    ("document_id", "The knowledge-base document."),
    ("id", "The webhook subscription or organisation member."),
    ("scheduled_id", "The scheduled message."),
    (
        "unique_id",
        "The send's `unique_id`, as the send answer gave it.",
    ),
    ("broadcast_id", "The broadcast."),
];

/// Every operation: Periskope's TypeScript SDK (1.1.3) and the endpoints documented since, in
/// the order of the API reference.
pub const ENDPOINTS: &[Endpoint] = &[
    // Contacts
    op(
        Get,
        "/contacts",
        "getContacts",
        "contact.getAll",
        "List contacts",
    )
    .tag("Contacts")
    .query(t!(PageQuery))
    .answers(ok!(ContactList)),
    op(
        Post,
        "/contacts/create",
        "createContact",
        "contact.create",
        "Create a contact",
    )
    .tag("Contacts")
    .phone()
    .body(t!(CreateContactRequest))
    .answers(ok!(Contact)),
    op(
        Get,
        "/contacts/{contact_id}",
        "getContactById",
        "contact.getById",
        "Get a contact",
    )
    .tag("Contacts")
    .answers(ok!(Contact)),
    op(
        Patch,
        "/contacts/{contact_id}",
        "updateContact",
        "contact.update",
        "Update a contact",
    )
    .tag("Contacts")
    .body(t!(UpdateContactRequest))
    .answers(ok!(Contact)),
    op(
        Patch,
        "/contacts/labels",
        "updateContactLabels",
        "contact.updateLabels",
        "Set the labels of contacts",
    )
    .tag("Contacts")
    .body(t!(UpdateContactLabelsRequest)),
    // Tickets
    op(
        Get,
        "/tickets",
        "getTickets",
        "ticket.getAll",
        "List tickets",
    )
    .tag("Tickets")
    .query(t!(PageQuery))
    .answers(ok!(TicketList)),
    op(
        Post,
        "/tickets/create",
        "createTicket",
        "ticket.create",
        "Create a ticket",
    )
    .tag("Tickets")
    .phone()
    .body(t!(CreateTicketRequest))
    .answers(ok!(TicketInfo)),
    op(
        Get,
        "/tickets/{ticket_id}",
        "getTicketById",
        "ticket.getById",
        "Get a ticket",
    )
    .tag("Tickets")
    .answers(ok!(TicketInfo)),
    op(
        Patch,
        "/tickets/{ticket_id}",
        "updateTicket",
        "ticket.update",
        "Update a ticket",
    )
    .tag("Tickets")
    .body(t!(UpdateTicketRequest))
    .answers(ok!(TicketInfo)),
    // Phones
    op(
        Get,
        "/phones/all",
        "getAllPhones",
        "phone.getAll",
        "List the organisation's phones",
    )
    .tag("Phones")
    .answers(ok!(PhoneList)),
    op(Get, "/phones", "getPhone", "phone.info", "Get the phone")
        .tag("Phones")
        .phone()
        .answers(ok!(Phone)),
    op(
        Get,
        "/phones/qr",
        "getPhoneQr",
        "phone.getQR",
        "Get the phone's QR code",
    )
    .tag("Phones")
    .phone()
    .answers(&[Answer {
        status: 200,
        body: Payload::Binary,
    }]),
    op(
        Patch,
        "/phones/update",
        "updatePhone",
        "phone.update",
        "Update the phone",
    )
    .tag("Phones")
    .phone()
    .body(t!(UpdatePhoneRequest))
    .answers(ok!(Phone)),
    op(
        Post,
        "/phones/resync",
        "resyncPhone",
        "phone.resync",
        "Resync the phone",
    )
    .tag("Phones")
    .phone(),
    op(
        Post,
        "/phones/restart",
        "restartPhone",
        "phone.restart",
        "Restart the phone",
    )
    .tag("Phones")
    .phone(),
    op(
        Post,
        "/phones/reset",
        "resetPhone",
        "phone.reset",
        "Reset the phone",
    )
    .tag("Phones")
    .phone(),
    op(
        Post,
        "/phones/create",
        "createPhone",
        "phone.create",
        "Add a phone",
    )
    .tag("Phones")
    .answers(ok!(Phone)),
    op(
        Delete,
        "/phones/delete",
        "deletePhone",
        "phone.delete",
        "Delete the phone",
    )
    .tag("Phones")
    .phone(),
    // Messages
    op(
        Post,
        "/message/send",
        "sendMessage",
        "message.send",
        "Send a message",
    )
    .tag("Messages")
    .phone()
    .body(t!(SendMessageRequest))
    .answers(ok!(SendMessageResponse)),
    op(
        Post,
        "/message/broadcast",
        "broadcastMessage",
        "message.broadcast",
        "Broadcast a message",
    )
    .tag("Messages")
    .phone()
    .body(t!(BroadcastMessageRequest))
    .answers(ok!(BroadcastResponse)),
    op(
        Get,
        "/message/{message_id}",
        "getMessageById",
        "message.getById",
        "Get a message",
    )
    .tag("Messages")
    .phone()
    .answers(ok!(Message)),
    op(
        Post,
        "/message/{message_id}/edit",
        "editMessage",
        "message.edit",
        "Edit a message",
    )
    .tag("Messages")
    .phone()
    .body(t!(EditMessageRequest)),
    op(
        Post,
        "/message/{message_id}/forward",
        "forwardMessage",
        "message.forward",
        "Forward a message",
    )
    .tag("Messages")
    .phone()
    .body(t!(ForwardMessageRequest))
    .answers(&[
        Answer {
            status: 204,
            body: Payload::Empty,
        },
        Answer {
            status: 200,
            body: Payload::Json(t!(ForwardResponse)),
        },
    ]),
    op(
        Post,
        "/message/{message_id}/delete",
        "deleteMessage",
        "message.delete",
        "Delete a message",
    )
    .tag("Messages")
    .phone(),
    op(
        Post,
        "/message/{message_id}/react",
        "reactToMessage",
        "message.react",
        "React to a message",
    )
    .tag("Messages")
    .phone()
    .body(t!(ReactToMessageRequest)),
    op(
        Post,
        "/message/{message_id}/pin",
        "pinMessage",
        "message.pin",
        "Pin or unpin a message",
    )
    .tag("Messages")
    .phone()
    .body(t!(PinMessageRequest)),
    op(
        Post,
        "/message/send-sync",
        "sendMessageSync",
        "messages.sendMessageSync",
        "Send a message and wait until it is sent",
    )
    .tag("Messages")
    .phone()
    .body(t!(SendMessageSyncRequest))
    .answers(ok!(SendMessageSyncResponse)),
    op(
        Get,
        "/message/{unique_id}/status",
        "getMessageStatus",
        "message.getMesssageStatus",
        "Get a message's status",
    )
    .tag("Messages")
    .phone()
    .answers(ok!(MessageStatus)),
    op(
        Get,
        "/message/queues/health",
        "getQueueHealth",
        "message.getQueueHealth",
        "Get the queue's health",
    )
    .tag("Messages")
    .phone()
    .answers(ok!(QueueHealth)),
    op(
        Post,
        "/message/queues/purge",
        "purgeQueueJobs",
        "message.purgeQueueJobs",
        "Purge queued jobs",
    )
    .tag("Messages")
    .phone()
    .optional_body(t!(PurgeMessageQueuesRequest))
    .answers(ok!(PurgeResult)),
    op(
        Delete,
        "/message/broadcast/{broadcast_id}",
        "cancelBroadcast",
        "message.cancelBroadcast",
        "Cancel a broadcast",
    )
    .tag("Messages")
    .answers(ok!(CancelBroadcastResponse)),
    // Scheduled messages
    op(
        Post,
        "/message/scheduled",
        "createScheduledMessage",
        "scheduledMessages.createScheduledMessage",
        "Schedule a message",
    )
    .tag("Scheduled messages")
    .phone()
    .body(t!(CreateScheduledMessageRequest))
    .answers(ok!(ScheduledMessage)),
    op(
        Get,
        "/message/scheduled",
        "listScheduledMessages",
        "scheduledMessages.listScheduledMessages",
        "List scheduled messages",
    )
    .tag("Scheduled messages")
    .phone()
    .answers(ok!(ScheduledMessageList)),
    op(
        Get,
        "/message/scheduled/{scheduled_id}",
        "getScheduledMessageById",
        "scheduledMessages.getScheduledMessageById",
        "Get a scheduled message",
    )
    .tag("Scheduled messages")
    .answers(ok!(ScheduledMessage)),
    op(
        Patch,
        "/message/scheduled/{scheduled_id}",
        "updateScheduledMessage",
        "scheduledMessages.updateScheduledMessage",
        "Update a scheduled message",
    )
    .tag("Scheduled messages")
    .body(t!(UpdateScheduledMessageRequest))
    .answers(ok!(ScheduledMessage)),
    op(
        Delete,
        "/message/scheduled/{scheduled_id}",
        "deleteScheduledMessage",
        "scheduledMessages.deleteScheduledMessage",
        "Delete a scheduled message",
    )
    .tag("Scheduled messages")
    .answers(ok!(DeleteScheduledMessageResponse)),
    op(
        Get,
        "/message/scheduled/{scheduled_id}/occurrences",
        "listScheduledMessageOccurrences",
        "scheduledMessages.listScheduledMessageOccurrences",
        "List the runs of a scheduled message",
    )
    .tag("Scheduled messages")
    .answers(ok!(OccurrenceList)),
    // Queues
    op(
        Get,
        "/queue",
        "getQueueStatus",
        "queue.getStatus",
        "Get the queue's status",
    )
    .tag("Queues")
    .phone()
    .answers(ok!(PhoneQueueStatus))
    .deprecated(),
    op(
        Get,
        "/queue/jobs",
        "fetchQueueJobs",
        "queue.getJobs",
        "List queued jobs",
    )
    .tag("Queues")
    .phone()
    .query(t!(QueueJobsQuery))
    .answers(ok!(QueueJobList)),
    op(
        Get,
        "/queue/broadcast",
        "getBroadcastStatus",
        "queue.getBroadcastStatus",
        "Get a broadcast's status",
    )
    .tag("Queues")
    .phone()
    .query(t!(BroadcastStatusQuery))
    .answers(ok!(BroadcastStatus)),
    op(
        Delete,
        "/queue/purge",
        "purgeQueue",
        "queue.purge",
        "Purge queued jobs",
    )
    .tag("Queues")
    .phone()
    .optional_body(t!(PurgeQueueRequest))
    .deprecated(),
    // Groups
    op(
        Post,
        "/chats/create",
        "createGroup",
        "group.create",
        "Create a group",
    )
    .tag("Groups")
    .phone()
    .body(t!(CreateGroupRequest))
    .answers(ok!(GroupResponse)),
    op(
        Post,
        "/chats/{chat_id}/settings",
        "updateGroupSettings",
        "group.updateSettings",
        "Change a group's settings",
    )
    .tag("Groups")
    .phone()
    .body(t!(UpdateGroupSettingsRequest))
    .answers(ok!(GroupResponse)),
    op(
        Post,
        "/chats/{chat_id}/invite",
        "generateInviteLink",
        "group.generateInviteLink",
        "Get a group's invite link",
    )
    .tag("Groups")
    .phone()
    .answers(ok!(InviteLinkResponse)),
    op(
        Post,
        "/chats/accept-invite",
        "acceptGroupInvite",
        "group.acceptGroupInvite",
        "Join a group by invite",
    )
    .tag("Groups")
    .phone()
    .body(t!(AcceptGroupInviteRequest))
    .answers(ok!(GroupResponse)),
    op(
        Post,
        "/chats/{chat_id}/add",
        "addParticipants",
        "group.addParticipant",
        "Add group members",
    )
    .tag("Groups")
    .phone()
    .body(t!(GroupParticipantsRequest))
    .answers(ok!(GroupParticipantsResponse)),
    op(
        Post,
        "/chats/{chat_id}/promote",
        "promoteParticipants",
        "group.promoteParticipant",
        "Make group members admins",
    )
    .tag("Groups")
    .phone()
    .body(t!(GroupParticipantsRequest))
    .answers(ok!(GroupParticipantsResponse)),
    op(
        Post,
        "/chats/{chat_id}/demote",
        "demoteParticipants",
        "group.demoteParticipant",
        "Make group admins members",
    )
    .tag("Groups")
    .phone()
    .body(t!(GroupParticipantsRequest))
    .answers(ok!(GroupParticipantsResponse)),
    op(
        Post,
        "/chats/{chat_id}/remove",
        "removeParticipants",
        "group.removeParticipant",
        "Remove group members",
    )
    .tag("Groups")
    .phone()
    .body(t!(GroupParticipantsRequest))
    .answers(ok!(GroupParticipantsResponse)),
    op(
        Post,
        "/chats/{chat_id}/leave",
        "leaveGroup",
        "group.leaveGroup",
        "Leave a group",
    )
    .tag("Groups")
    .phone()
    .answers(OK_EMPTY),
    // Chats
    op(Get, "/chats", "getChats", "chat.getChats", "List chats")
        .tag("Chats")
        .phone()
        .query(t!(ChatsQuery))
        .answers(ok!(ChatList)),
    op(
        Get,
        "/chats/messages",
        "getMessages",
        "chat.getMessages",
        "List messages",
    )
    .tag("Chats")
    .phone()
    .query(t!(TimeRangeQuery))
    .answers(ok!(MessageList)),
    op(
        Get,
        "/chats/notifications",
        "getNotifications",
        "chat.getNotifications",
        "List notifications",
    )
    .tag("Chats")
    .phone()
    .query(t!(TimeRangeQuery))
    .answers(ok!(NotificationList)),
    op(
        Get,
        "/chats/{chat_id}",
        "getChatById",
        "chat.getChatById",
        "Get a chat",
    )
    .tag("Chats")
    .phone()
    .answers(ok!(Chat)),
    op(
        Patch,
        "/chats/{chat_id}",
        "updateChat",
        "chat.updateChatById",
        "Update a chat",
    )
    .tag("Chats")
    .phone()
    .body(t!(UpdateChatRequest))
    .answers(ok!(Chat)),
    op(
        Post,
        "/chats/{chat_id}/read",
        "markChatRead",
        "chat.read",
        "Mark a chat read",
    )
    .tag("Chats")
    .phone()
    .answers(OK_EMPTY),
    op(
        Get,
        "/chats/{chat_id}/messages",
        "getChatMessages",
        "chat.getChatMessages",
        "List a chat's messages",
    )
    .tag("Chats")
    .phone()
    .query(t!(PageQuery))
    .answers(ok!(MessageList)),
    op(
        Get,
        "/chats/{chat_id}/notifications",
        "getChatNotifications",
        "chat.getChatNotifications",
        "List a chat's notifications",
    )
    .tag("Chats")
    .phone()
    .query(t!(PageQuery))
    .answers(ok!(NotificationList)),
    op(
        Patch,
        "/chats/labels",
        "updateChatLabels",
        "chat.updateLabels",
        "Set the labels of chats",
    )
    .tag("Chats")
    .phone()
    .body(t!(UpdateChatLabelsRequest)),
    op(
        Patch,
        "/chats/access",
        "updateChatOverrideAccess",
        "chat.updateChatOverrideAccess",
        "Override members' access to chats",
    )
    .tag("Chats")
    .phone()
    .body(t!(OverrideChatAccessRequest)),
    op(
        Get,
        "/chats/{chat_id}/notes",
        "getNotesByChat",
        "chat.getNotesByChat",
        "List a chat's notes",
    )
    .tag("Chats")
    .phone()
    .query(t!(TimeRangeQuery))
    .answers(ok!(NoteList)),
    // Notes
    op(
        Post,
        "/note/create",
        "createNote",
        "note.createInternalNote",
        "Create a private note",
    )
    .tag("Notes")
    .phone()
    .body(t!(CreateNoteRequest))
    .answers(ok!(CreateNoteResponse)),
    op(Get, "/note", "getNotes", "note.getNotes", "List notes")
        .tag("Notes")
        .phone()
        .query(t!(TimeRangeQuery))
        .answers(ok!(NoteList)),
    op(
        Get,
        "/note/{note_id}",
        "getNoteById",
        "note.getNoteById",
        "Get a note",
    )
    .tag("Notes")
    .phone()
    .answers(ok!(Note)),
    // Reactions
    op(
        Get,
        "/reactions",
        "getReactions",
        "reaction.getReactions",
        "List reactions",
    )
    .tag("Reactions")
    .phone()
    .query(t!(ReactionsQuery))
    .answers(ok!(ReactionList)),
    // Knowledge base
    op(
        Get,
        "/knowledge-base",
        "getKnowledgeBase",
        "knowledgeBase.getAll",
        "List the knowledge base",
    )
    .tag("Knowledge base")
    .query(t!(KnowledgeBaseQuery))
    .answers(ok!(KnowledgeBaseList)),
    op(
        Get,
        "/knowledge-base/faq/{context_id}",
        "getFaqById",
        "knowledgeBase.getFaqById",
        "Get an FAQ",
    )
    .tag("Knowledge base")
    .answers(ok!(AiContext)),
    op(
        Patch,
        "/knowledge-base/faq/{context_id}",
        "updateFaq",
        "knowledgeBase.updateFaq",
        "Update an FAQ",
    )
    .tag("Knowledge base")
    .body(t!(FaqRequest))
    .answers(ok!(AiContext)),
    op(
        Delete,
        "/knowledge-base/faq/{context_id}",
        "deleteFaq",
        "knowledgeBase.deleteFaq",
        "Delete an FAQ",
    )
    .tag("Knowledge base")
    .answers(ok!(ContextIdResponse)),
    op(
        Get,
        "/knowledge-base/document/{document_id}",
        "getDocumentById",
        "knowledgeBase.getDocumentById",
        "Get a document",
    )
    .tag("Knowledge base")
    .answers(ok!(AiContextList)),
    op(
        Delete,
        "/knowledge-base/document/{document_id}",
        "deleteDocument",
        "knowledgeBase.deleteDocument",
        "Delete a document",
    )
    .tag("Knowledge base")
    .answers(ok!(DocumentIdResponse)),
    op(
        Post,
        "/knowledge-base/faq/create",
        "createFaq",
        "knowledgeBase.createFaq",
        "Create an FAQ",
    )
    .tag("Knowledge base")
    .body(t!(FaqRequest))
    .answers(ok!(ContextIdResponse)),
    op(
        Post,
        "/knowledge-base/document/create",
        "createDocument",
        "knowledgeBase.createDocument",
        "Add a document",
    )
    .tag("Knowledge base")
    .body(t!(CreateDocumentRequest))
    .answers(ok!(DocumentResultList)),
    // Webhooks
    op(
        Get,
        "/webhooks",
        "listWebhooks",
        "webhook.list",
        "List webhook subscriptions",
    )
    .tag("Webhooks")
    .query(t!(WebhooksQuery))
    .answers(ok!(WebhookSubscriptionList)),
    op(
        Post,
        "/webhooks",
        "createWebhook",
        "webhook.create",
        "Subscribe to events",
    )
    .tag("Webhooks")
    .body(t!(CreateWebhookRequest))
    .answers(&[Answer {
        status: 201,
        body: Payload::Json(t!(CreateWebhookResponse)),
    }]),
    op(
        Get,
        "/webhooks/{id}",
        "getWebhookById",
        "webhook.getById",
        "Get a webhook subscription",
    )
    .tag("Webhooks")
    .answers(ok!(WebhookSubscription)),
    op(
        Patch,
        "/webhooks/{id}",
        "updateWebhook",
        "webhook.update",
        "Update a webhook subscription",
    )
    .tag("Webhooks")
    .body(t!(UpdateWebhookRequest))
    .answers(ok!(WebhookSubscription)),
    op(
        Delete,
        "/webhooks/{id}",
        "deleteWebhook",
        "webhook.delete",
        "Delete a webhook subscription",
    )
    .tag("Webhooks"),
    // Members
    op(
        Post,
        "/members/invite",
        "inviteMembers",
        "member.invite",
        "Invite members",
    )
    .tag("Members")
    .body(t!(InviteMembersRequest))
    .answers(ok!(InviteMembersResponse)),
    op(
        Patch,
        "/members/access",
        "updateMemberAccess",
        "member.updateAccess",
        "Change members' access",
    )
    .tag("Members")
    .body(t!(UpdateMemberAccessRequest))
    .answers(ok!(OrgMemberList)),
    op(
        Delete,
        "/members/{id}",
        "deleteMember",
        "member.delete",
        "Remove a member",
    )
    .tag("Members"),
];
