//! One method per operation of the endpoint catalog. Each row names the operation, its path
//! parameters, its query and body types (`()`: none) and how its answer is read; the path,
//! method and headers come from the catalog itself, and a test checks every row's types against
//! the catalog's and that no operation lacks a row.

use periskope_model::request::*;
use periskope_model::*;

use crate::request::{self, query_pairs};
use crate::{Call, Client, Error};

/// The type a decoder reads.
macro_rules! answer {
    (json($t:ty)) => { $t };
    (maybe($t:ty)) => { Option<$t> };
    (empty) => { () };
    (bytes) => { Vec<u8> };
}

/// The decoder that gives a row's answer back as JSON.
#[cfg(feature = "json-calls")]
macro_rules! as_json {
    (json($t:ty)) => {
        request::as_json::<$t>
    };
    (maybe($t:ty)) => {
        request::as_json_maybe::<$t>
    };
    (empty) => {
        request::as_json_empty
    };
    (bytes) => {
        request::as_json_bytes
    };
}

/// Encodes a query or a body, `()` meaning none.
trait Part {
    fn query(&self) -> Result<Vec<(String, String)>, Error>;
    fn body(&self) -> Result<Option<Vec<u8>>, Error>;
}

impl<T: serde::Serialize> Part for T {
    fn query(&self) -> Result<Vec<(String, String)>, Error> {
        query_pairs(self)
    }
    fn body(&self) -> Result<Option<Vec<u8>>, Error> {
        serde_json::to_vec(self)
            .map(Some)
            .map_err(|e| Error::Request(e.to_string()))
    }
}

/// What a row says, for the test that holds the rows to the catalog.
#[cfg(test)]
pub(crate) struct Signature {
    pub(crate) operation: &'static str,
    pub(crate) method: &'static str,
    pub(crate) params: &'static [&'static str],
    pub(crate) query: std::any::TypeId,
    pub(crate) body: std::any::TypeId,
    pub(crate) answer: (&'static str, std::any::TypeId),
}

macro_rules! operations {
    ($(
        $(#[$doc:meta])*
        $name:ident = $operation:literal ($($param:ident),*) $(query $query:ty,)? $(body $body:ty,)?
            -> $decode:ident $(($answer:ty))?;
    )*) => {
        impl Client {
            $(
                $(#[$doc])*
                pub fn $name(&self, $($param: &str,)* $(query: &$query,)? $(body: &$body,)?) -> Call<answer!($decode $(($answer))?)> {
                    #[allow(unused_mut, unused_assignments)]
                    let mut encoded_query = Ok(Vec::new());
                    $(encoded_query = <$query as Part>::query(query);)?
                    #[allow(unused_mut, unused_assignments)]
                    let mut encoded_body = Ok(None);
                    $(encoded_body = <$body as Part>::body(body);)?
                    self.call(
                        $operation,
                        vec![$($param.to_owned()),*],
                        encoded_query,
                        encoded_body,
                        request::$decode,
                    )
                }
            )*
        }

        #[cfg(feature = "json-calls")]
        impl Client {
            /// `operation`'s typed method, called with JSON for its path parameters, query and
            /// body (read by the model's types), as a call whose answer is given back as JSON;
            /// `None` for an operation the catalog does not have. For tests that call every
            /// operation from a table, with either transport.
            #[doc(hidden)]
            pub fn call_json(
                &self,
                operation: &str,
                params: &[&str],
                query: &serde_json::Value,
                body: &serde_json::Value,
            ) -> Option<Result<Call<serde_json::Value>, Error>> {
                let read = |what: &str, e: serde_json::Error| Error::Request(format!("{operation}: the {what} does not read: {e}"));
                let _ = (&read, query, body, params);
                match operation {
                    $($operation => {
                        #[allow(unused_mut, unused_variables)]
                        let mut given = params.iter().copied();
                        $(let $param = given.next().unwrap_or_default();)*
                        $(let query: $query = match serde_json::from_value(query.clone()) {
                            Ok(query) => query,
                            Err(e) => return Some(Err(read("query", e))),
                        };)?
                        $(let body: $body = match serde_json::from_value(body.clone()) {
                            Ok(body) => body,
                            Err(e) => return Some(Err(read("body", e))),
                        };)?
                        let call = self.$name($($param,)* $({ let _ = std::marker::PhantomData::<$query>; &query },)? $({ let _ = std::marker::PhantomData::<$body>; &body },)?);
                        Some(Ok(call.with_decoder(as_json!($decode $(($answer))?))))
                    })*
                    _ => None,
                }
            }
        }

        /// Every row.
        #[cfg(test)]
        #[allow(unused_parens)]
        pub(crate) fn signatures() -> Vec<Signature> {
            vec![$(Signature {
                operation: $operation,
                method: stringify!($name),
                params: &[$(stringify!($param)),*],
                query: std::any::TypeId::of::<($($query)?)>(),
                body: std::any::TypeId::of::<($($body)?)>(),
                answer: (stringify!($decode), std::any::TypeId::of::<($($answer)?)>()),
            }),*]
        }
    };
}

operations! {
    /// `GET /contacts` (`getContacts`).
    get_contacts = "getContacts" () query PageQuery, -> json(ContactList);
    /// `POST /contacts/create` (`createContact`).
    create_contact = "createContact" () body CreateContactRequest, -> json(Contact);
    /// `GET /contacts/{contact_id}` (`getContactById`).
    get_contact_by_id = "getContactById" (contact_id) -> json(Contact);
    /// `PATCH /contacts/{contact_id}` (`updateContact`).
    update_contact = "updateContact" (contact_id) body UpdateContactRequest, -> json(Contact);
    /// `PATCH /contacts/labels` (`updateContactLabels`).
    update_contact_labels = "updateContactLabels" () body UpdateContactLabelsRequest, -> empty;
    /// `GET /tickets` (`getTickets`).
    get_tickets = "getTickets" () query PageQuery, -> json(TicketList);
    /// `POST /tickets/create` (`createTicket`).
    create_ticket = "createTicket" () body CreateTicketRequest, -> json(TicketInfo);
    /// `GET /tickets/{ticket_id}` (`getTicketById`).
    get_ticket_by_id = "getTicketById" (ticket_id) -> json(TicketInfo);
    /// `PATCH /tickets/{ticket_id}` (`updateTicket`).
    update_ticket = "updateTicket" (ticket_id) body UpdateTicketRequest, -> json(TicketInfo);
    /// `GET /phones/all` (`getAllPhones`).
    get_all_phones = "getAllPhones" () -> json(PhoneList);
    /// `GET /phones` (`getPhone`).
    get_phone = "getPhone" () -> json(Phone);
    /// `GET /phones/qr` (`getPhoneQr`).
    get_phone_qr = "getPhoneQr" () -> bytes;
    /// `PATCH /phones/update` (`updatePhone`).
    update_phone = "updatePhone" () body UpdatePhoneRequest, -> json(Phone);
    /// `POST /phones/resync` (`resyncPhone`).
    resync_phone = "resyncPhone" () -> empty;
    /// `POST /phones/restart` (`restartPhone`).
    restart_phone = "restartPhone" () -> empty;
    /// `POST /phones/reset` (`resetPhone`).
    reset_phone = "resetPhone" () -> empty;
    /// `POST /phones/create` (`createPhone`).
    create_phone = "createPhone" () -> json(Phone);
    /// `DELETE /phones/delete` (`deletePhone`).
    delete_phone = "deletePhone" () -> empty;
    /// `POST /message/send` (`sendMessage`).
    send_message = "sendMessage" () body SendMessageRequest, -> json(SendMessageResponse);
    /// `POST /message/broadcast` (`broadcastMessage`).
    broadcast_message = "broadcastMessage" () body BroadcastMessageRequest, -> json(BroadcastResponse);
    /// `GET /message/{message_id}` (`getMessageById`).
    get_message_by_id = "getMessageById" (message_id) -> json(Message);
    /// `POST /message/{message_id}/edit` (`editMessage`).
    edit_message = "editMessage" (message_id) body EditMessageRequest, -> empty;
    /// `POST /message/{message_id}/forward` (`forwardMessage`).
    forward_message = "forwardMessage" (message_id) body ForwardMessageRequest, -> maybe(ForwardResponse);
    /// `POST /message/{message_id}/delete` (`deleteMessage`).
    delete_message = "deleteMessage" (message_id) -> empty;
    /// `POST /message/{message_id}/react` (`reactToMessage`).
    react_to_message = "reactToMessage" (message_id) body ReactToMessageRequest, -> empty;
    /// `POST /message/{message_id}/pin` (`pinMessage`).
    pin_message = "pinMessage" (message_id) body PinMessageRequest, -> empty;
    /// `POST /message/send-sync` (`sendMessageSync`).
    send_message_sync = "sendMessageSync" () body SendMessageSyncRequest, -> json(SendMessageSyncResponse);
    /// `GET /message/{unique_id}/status` (`getMessageStatus`).
    get_message_status = "getMessageStatus" (unique_id) -> json(MessageStatus);
    /// `GET /message/queues/health` (`getQueueHealth`).
    get_queue_health = "getQueueHealth" () -> json(QueueHealth);
    /// `POST /message/queues/purge` (`purgeQueueJobs`).
    purge_queue_jobs = "purgeQueueJobs" () body PurgeMessageQueuesRequest, -> json(PurgeResult);
    /// `DELETE /message/broadcast/{broadcast_id}` (`cancelBroadcast`).
    cancel_broadcast = "cancelBroadcast" (broadcast_id) -> json(CancelBroadcastResponse);
    /// `POST /message/scheduled` (`createScheduledMessage`).
    create_scheduled_message = "createScheduledMessage" () body CreateScheduledMessageRequest, -> json(ScheduledMessage);
    /// `GET /message/scheduled` (`listScheduledMessages`).
    list_scheduled_messages = "listScheduledMessages" () -> json(ScheduledMessageList);
    /// `GET /message/scheduled/{scheduled_id}` (`getScheduledMessageById`).
    get_scheduled_message_by_id = "getScheduledMessageById" (scheduled_id) -> json(ScheduledMessage);
    /// `PATCH /message/scheduled/{scheduled_id}` (`updateScheduledMessage`).
    update_scheduled_message = "updateScheduledMessage" (scheduled_id) body UpdateScheduledMessageRequest, -> json(ScheduledMessage);
    /// `DELETE /message/scheduled/{scheduled_id}` (`deleteScheduledMessage`).
    delete_scheduled_message = "deleteScheduledMessage" (scheduled_id) -> json(DeleteScheduledMessageResponse);
    /// `GET /message/scheduled/{scheduled_id}/occurrences` (`listScheduledMessageOccurrences`).
    list_scheduled_message_occurrences = "listScheduledMessageOccurrences" (scheduled_id) -> json(OccurrenceList);
    /// `GET /queue` (`getQueueStatus`).
    get_queue_status = "getQueueStatus" () -> json(PhoneQueueStatus);
    /// `GET /queue/jobs` (`fetchQueueJobs`).
    fetch_queue_jobs = "fetchQueueJobs" () query QueueJobsQuery, -> json(QueueJobList);
    /// `GET /queue/broadcast` (`getBroadcastStatus`).
    get_broadcast_status = "getBroadcastStatus" () query BroadcastStatusQuery, -> json(BroadcastStatus);
    /// `DELETE /queue/purge` (`purgeQueue`).
    purge_queue = "purgeQueue" () body PurgeQueueRequest, -> empty;
    /// `POST /chats/create` (`createGroup`).
    create_group = "createGroup" () body CreateGroupRequest, -> json(GroupResponse);
    /// `POST /chats/{chat_id}/settings` (`updateGroupSettings`).
    update_group_settings = "updateGroupSettings" (chat_id) body UpdateGroupSettingsRequest, -> json(GroupResponse);
    /// `POST /chats/{chat_id}/invite` (`generateInviteLink`).
    generate_invite_link = "generateInviteLink" (chat_id) -> json(InviteLinkResponse);
    /// `POST /chats/accept-invite` (`acceptGroupInvite`).
    accept_group_invite = "acceptGroupInvite" () body AcceptGroupInviteRequest, -> json(GroupResponse);
    /// `POST /chats/{chat_id}/add` (`addParticipants`).
    add_participants = "addParticipants" (chat_id) body GroupParticipantsRequest, -> json(GroupParticipantsResponse);
    /// `POST /chats/{chat_id}/promote` (`promoteParticipants`).
    promote_participants = "promoteParticipants" (chat_id) body GroupParticipantsRequest, -> json(GroupParticipantsResponse);
    /// `POST /chats/{chat_id}/demote` (`demoteParticipants`).
    demote_participants = "demoteParticipants" (chat_id) body GroupParticipantsRequest, -> json(GroupParticipantsResponse);
    /// `POST /chats/{chat_id}/remove` (`removeParticipants`).
    remove_participants = "removeParticipants" (chat_id) body GroupParticipantsRequest, -> json(GroupParticipantsResponse);
    /// `POST /chats/{chat_id}/leave` (`leaveGroup`).
    leave_group = "leaveGroup" (chat_id) -> empty;
    /// `GET /chats` (`getChats`).
    get_chats = "getChats" () query ChatsQuery, -> json(ChatList);
    /// `GET /chats/messages` (`getMessages`).
    get_messages = "getMessages" () query TimeRangeQuery, -> json(MessageList);
    /// `GET /chats/notifications` (`getNotifications`).
    get_notifications = "getNotifications" () query TimeRangeQuery, -> json(NotificationList);
    /// `GET /chats/{chat_id}` (`getChatById`).
    get_chat_by_id = "getChatById" (chat_id) -> json(Chat);
    /// `PATCH /chats/{chat_id}` (`updateChat`).
    update_chat = "updateChat" (chat_id) body UpdateChatRequest, -> json(Chat);
    /// `POST /chats/{chat_id}/read` (`markChatRead`).
    mark_chat_read = "markChatRead" (chat_id) -> empty;
    /// `GET /chats/{chat_id}/messages` (`getChatMessages`).
    get_chat_messages = "getChatMessages" (chat_id) query PageQuery, -> json(MessageList);
    /// `GET /chats/{chat_id}/notifications` (`getChatNotifications`).
    get_chat_notifications = "getChatNotifications" (chat_id) query PageQuery, -> json(NotificationList);
    /// `PATCH /chats/labels` (`updateChatLabels`).
    update_chat_labels = "updateChatLabels" () body UpdateChatLabelsRequest, -> empty;
    /// `PATCH /chats/access` (`updateChatOverrideAccess`).
    update_chat_override_access = "updateChatOverrideAccess" () body OverrideChatAccessRequest, -> empty;
    /// `GET /chats/{chat_id}/notes` (`getNotesByChat`).
    get_notes_by_chat = "getNotesByChat" (chat_id) query TimeRangeQuery, -> json(NoteList);
    /// `POST /note/create` (`createNote`).
    create_note = "createNote" () body CreateNoteRequest, -> json(CreateNoteResponse);
    /// `GET /note` (`getNotes`).
    get_notes = "getNotes" () query TimeRangeQuery, -> json(NoteList);
    /// `GET /note/{note_id}` (`getNoteById`).
    get_note_by_id = "getNoteById" (note_id) -> json(Note);
    /// `GET /reactions` (`getReactions`).
    get_reactions = "getReactions" () query ReactionsQuery, -> json(ReactionList);
    /// `GET /knowledge-base` (`getKnowledgeBase`).
    get_knowledge_base = "getKnowledgeBase" () query KnowledgeBaseQuery, -> json(KnowledgeBaseList);
    /// `GET /knowledge-base/faq/{context_id}` (`getFaqById`).
    get_faq_by_id = "getFaqById" (context_id) -> json(AiContext);
    /// `PATCH /knowledge-base/faq/{context_id}` (`updateFaq`).
    update_faq = "updateFaq" (context_id) body FaqRequest, -> json(AiContext);
    /// `DELETE /knowledge-base/faq/{context_id}` (`deleteFaq`).
    delete_faq = "deleteFaq" (context_id) -> json(ContextIdResponse);
    /// `GET /knowledge-base/document/{document_id}` (`getDocumentById`).
    get_document_by_id = "getDocumentById" (document_id) -> json(AiContextList);
    /// `DELETE /knowledge-base/document/{document_id}` (`deleteDocument`).
    delete_document = "deleteDocument" (document_id) -> json(DocumentIdResponse);
    /// `POST /knowledge-base/faq/create` (`createFaq`).
    create_faq = "createFaq" () body FaqRequest, -> json(ContextIdResponse);
    /// `POST /knowledge-base/document/create` (`createDocument`).
    create_document = "createDocument" () body CreateDocumentRequest, -> json(DocumentResultList);
    /// `GET /webhooks` (`listWebhooks`).
    list_webhooks = "listWebhooks" () query WebhooksQuery, -> json(WebhookSubscriptionList);
    /// `POST /webhooks` (`createWebhook`).
    create_webhook = "createWebhook" () body CreateWebhookRequest, -> json(CreateWebhookResponse);
    /// `GET /webhooks/{id}` (`getWebhookById`).
    get_webhook_by_id = "getWebhookById" (id) -> json(WebhookSubscription);
    /// `PATCH /webhooks/{id}` (`updateWebhook`).
    update_webhook = "updateWebhook" (id) body UpdateWebhookRequest, -> json(WebhookSubscription);
    /// `DELETE /webhooks/{id}` (`deleteWebhook`).
    delete_webhook = "deleteWebhook" (id) -> empty;
    /// `POST /members/invite` (`inviteMembers`).
    invite_members = "inviteMembers" () body InviteMembersRequest, -> json(InviteMembersResponse);
    /// `PATCH /members/access` (`updateMemberAccess`).
    update_member_access = "updateMemberAccess" () body UpdateMemberAccessRequest, -> json(OrgMemberList);
    /// `DELETE /members/{id}` (`deleteMember`).
    delete_member = "deleteMember" (id) -> empty;
}

#[cfg(test)]
mod tests {
    use std::any::TypeId;

    use periskope_model::endpoint::{ENDPOINTS, Payload};

    use super::signatures;

    /// Every operation of the catalog has exactly one method, whose path parameters, query,
    /// body and answer are the catalog's.
    #[test]
    fn every_operation_has_a_method_with_the_catalog_s_types() {
        let rows = signatures();
        let mut problems = Vec::new();
        for endpoint in ENDPOINTS {
            let found: Vec<_> = rows
                .iter()
                .filter(|row| row.operation == endpoint.operation)
                .collect();
            let [row] = found.as_slice() else {
                problems.push(format!("{}: {} methods", endpoint.operation, found.len()));
                continue;
            };
            let params: Vec<&str> = endpoint.path_parameters().collect();
            if params != row.params {
                problems.push(format!(
                    "{}: parameters {:?}, not {params:?}",
                    row.method, row.params
                ));
            }
            let none = TypeId::of::<()>();
            let query = endpoint.query.map_or(none, |q| q.type_id());
            let body = endpoint.request.map_or(none, |b| b.type_id());
            if query != row.query {
                problems.push(format!(
                    "{}: query type differs from the catalog's",
                    row.method
                ));
            }
            if body != row.body {
                problems.push(format!(
                    "{}: body type differs from the catalog's",
                    row.method
                ));
            }
            let answer = match (endpoint.success().map(|a| a.body), row.answer.0) {
                (Some(Payload::Json(t)), "json") => t.type_id() == row.answer.1,
                (Some(Payload::Empty), "empty") => true,
                (Some(Payload::Binary), "bytes") => true,
                // An empty first answer, and a JSON one beside it.
                (Some(Payload::Empty), "maybe") => endpoint
                    .answers
                    .iter()
                    .any(|a| matches!(a.body, Payload::Json(t) if t.type_id() == row.answer.1)),
                _ => false,
            };
            if !answer {
                problems.push(format!(
                    "{}: the answer is not read as the catalog's",
                    row.method
                ));
            }
        }
        assert_eq!(rows.len(), ENDPOINTS.len(), "a row for no operation");
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}
