// Generated from the JSON Schemas in ../json by `cargo run -p periskope-codegen -- generate`.
// Do not edit: change the Rust model and regenerate.

export type * from "./types.js";
export type * from "./input.js";
import type { Phone, Chat, ChatMember, Message, Reaction, Contact, Note, Ticket, TicketInfo, ChatNotification, WebhookEvent, ChatList, MessageList, NotificationList, ContactList, TicketList, NoteList, ReactionList, CreateNoteResponse, SendMessageResponse, GroupParticipantsResponse, PhoneList, CreateChatResponse, AiContext, AiContextList, ApiError, BroadcastResponse, BroadcastStatus, CancelBroadcastResponse, ContextIdResponse, CreateWebhookResponse, DeleteScheduledMessageResponse, DocumentIdResponse, DocumentResultList, ForwardResponse, GroupResponse, InviteLinkResponse, InviteMembersResponse, KnowledgeBaseList, MessageStatus, OccurrenceList, OrgMember, OrgMemberList, PhoneQueueStatus, PurgeResult, QueueHealth, QueueJobList, ScheduledMessage, ScheduledMessageList, SendMessageSyncResponse, WebhookSubscription, WebhookSubscriptionList, AcceptGroupInviteRequest, BroadcastMessageRequest, CreateContactRequest, CreateDocumentRequest, CreateGroupRequest, CreateNoteRequest, CreateScheduledMessageRequest, CreateTicketRequest, CreateWebhookRequest, EditMessageRequest, FaqRequest, ForwardMessageRequest, GroupParticipantsRequest, InviteMembersRequest, OverrideChatAccessRequest, PinMessageRequest, PurgeMessageQueuesRequest, PurgeQueueRequest, ReactToMessageRequest, SendMessageRequest, SendMessageSyncRequest, UpdateChatLabelsRequest, UpdateChatRequest, UpdateContactLabelsRequest, UpdateContactRequest, UpdateGroupSettingsRequest, UpdateMemberAccessRequest, UpdatePhoneRequest, UpdateScheduledMessageRequest, UpdateTicketRequest, UpdateWebhookRequest, WebhookEnvelope, WebhookEventName } from "./types.js";
import type { PhoneInput, ChatInput, ChatMemberInput, MessageInput, ReactionInput, ContactInput, NoteInput, TicketInput, TicketInfoInput, ChatNotificationInput, WebhookEventInput, ChatListInput, MessageListInput, NotificationListInput, ContactListInput, TicketListInput, NoteListInput, ReactionListInput, CreateNoteResponseInput, SendMessageResponseInput, GroupParticipantsResponseInput, PhoneListInput, CreateChatResponseInput, AiContextInput, AiContextListInput, ApiErrorInput, BroadcastResponseInput, BroadcastStatusInput, CancelBroadcastResponseInput, ContextIdResponseInput, CreateWebhookResponseInput, DeleteScheduledMessageResponseInput, DocumentIdResponseInput, DocumentResultListInput, ForwardResponseInput, GroupResponseInput, InviteLinkResponseInput, InviteMembersResponseInput, KnowledgeBaseListInput, MessageStatusInput, OccurrenceListInput, OrgMemberInput, OrgMemberListInput, PhoneQueueStatusInput, PurgeResultInput, QueueHealthInput, QueueJobListInput, ScheduledMessageInput, ScheduledMessageListInput, SendMessageSyncResponseInput, WebhookSubscriptionInput, WebhookSubscriptionListInput, AcceptGroupInviteRequestInput, BroadcastMessageRequestInput, CreateContactRequestInput, CreateDocumentRequestInput, CreateGroupRequestInput, CreateNoteRequestInput, CreateScheduledMessageRequestInput, CreateTicketRequestInput, CreateWebhookRequestInput, EditMessageRequestInput, FaqRequestInput, ForwardMessageRequestInput, GroupParticipantsRequestInput, InviteMembersRequestInput, OverrideChatAccessRequestInput, PinMessageRequestInput, PurgeMessageQueuesRequestInput, PurgeQueueRequestInput, ReactToMessageRequestInput, SendMessageRequestInput, SendMessageSyncRequestInput, UpdateChatLabelsRequestInput, UpdateChatRequestInput, UpdateContactLabelsRequestInput, UpdateContactRequestInput, UpdateGroupSettingsRequestInput, UpdateMemberAccessRequestInput, UpdatePhoneRequestInput, UpdateScheduledMessageRequestInput, UpdateTicketRequestInput, UpdateWebhookRequestInput, WebhookEnvelopeInput } from "./input.js";

/** Each type a guard checks, by name: the `type` argument of `is` and `findings`. */
export interface Checked {
  Phone: Phone;
  PhoneInput: PhoneInput;
  Chat: Chat;
  ChatInput: ChatInput;
  ChatMember: ChatMember;
  ChatMemberInput: ChatMemberInput;
  Message: Message;
  MessageInput: MessageInput;
  Reaction: Reaction;
  ReactionInput: ReactionInput;
  Contact: Contact;
  ContactInput: ContactInput;
  Note: Note;
  NoteInput: NoteInput;
  Ticket: Ticket;
  TicketInput: TicketInput;
  TicketInfo: TicketInfo;
  TicketInfoInput: TicketInfoInput;
  ChatNotification: ChatNotification;
  ChatNotificationInput: ChatNotificationInput;
  WebhookEvent: WebhookEvent;
  WebhookEventInput: WebhookEventInput;
  ChatList: ChatList;
  ChatListInput: ChatListInput;
  MessageList: MessageList;
  MessageListInput: MessageListInput;
  NotificationList: NotificationList;
  NotificationListInput: NotificationListInput;
  ContactList: ContactList;
  ContactListInput: ContactListInput;
  TicketList: TicketList;
  TicketListInput: TicketListInput;
  NoteList: NoteList;
  NoteListInput: NoteListInput;
  ReactionList: ReactionList;
  ReactionListInput: ReactionListInput;
  CreateNoteResponse: CreateNoteResponse;
  CreateNoteResponseInput: CreateNoteResponseInput;
  SendMessageResponse: SendMessageResponse;
  SendMessageResponseInput: SendMessageResponseInput;
  GroupParticipantsResponse: GroupParticipantsResponse;
  GroupParticipantsResponseInput: GroupParticipantsResponseInput;
  PhoneList: PhoneList;
  PhoneListInput: PhoneListInput;
  CreateChatResponse: CreateChatResponse;
  CreateChatResponseInput: CreateChatResponseInput;
  AiContext: AiContext;
  AiContextInput: AiContextInput;
  AiContextList: AiContextList;
  AiContextListInput: AiContextListInput;
  ApiError: ApiError;
  ApiErrorInput: ApiErrorInput;
  BroadcastResponse: BroadcastResponse;
  BroadcastResponseInput: BroadcastResponseInput;
  BroadcastStatus: BroadcastStatus;
  BroadcastStatusInput: BroadcastStatusInput;
  CancelBroadcastResponse: CancelBroadcastResponse;
  CancelBroadcastResponseInput: CancelBroadcastResponseInput;
  ContextIdResponse: ContextIdResponse;
  ContextIdResponseInput: ContextIdResponseInput;
  CreateWebhookResponse: CreateWebhookResponse;
  CreateWebhookResponseInput: CreateWebhookResponseInput;
  DeleteScheduledMessageResponse: DeleteScheduledMessageResponse;
  DeleteScheduledMessageResponseInput: DeleteScheduledMessageResponseInput;
  DocumentIdResponse: DocumentIdResponse;
  DocumentIdResponseInput: DocumentIdResponseInput;
  DocumentResultList: DocumentResultList;
  DocumentResultListInput: DocumentResultListInput;
  ForwardResponse: ForwardResponse;
  ForwardResponseInput: ForwardResponseInput;
  GroupResponse: GroupResponse;
  GroupResponseInput: GroupResponseInput;
  InviteLinkResponse: InviteLinkResponse;
  InviteLinkResponseInput: InviteLinkResponseInput;
  InviteMembersResponse: InviteMembersResponse;
  InviteMembersResponseInput: InviteMembersResponseInput;
  KnowledgeBaseList: KnowledgeBaseList;
  KnowledgeBaseListInput: KnowledgeBaseListInput;
  MessageStatus: MessageStatus;
  MessageStatusInput: MessageStatusInput;
  OccurrenceList: OccurrenceList;
  OccurrenceListInput: OccurrenceListInput;
  OrgMember: OrgMember;
  OrgMemberInput: OrgMemberInput;
  OrgMemberList: OrgMemberList;
  OrgMemberListInput: OrgMemberListInput;
  PhoneQueueStatus: PhoneQueueStatus;
  PhoneQueueStatusInput: PhoneQueueStatusInput;
  PurgeResult: PurgeResult;
  PurgeResultInput: PurgeResultInput;
  QueueHealth: QueueHealth;
  QueueHealthInput: QueueHealthInput;
  QueueJobList: QueueJobList;
  QueueJobListInput: QueueJobListInput;
  ScheduledMessage: ScheduledMessage;
  ScheduledMessageInput: ScheduledMessageInput;
  ScheduledMessageList: ScheduledMessageList;
  ScheduledMessageListInput: ScheduledMessageListInput;
  SendMessageSyncResponse: SendMessageSyncResponse;
  SendMessageSyncResponseInput: SendMessageSyncResponseInput;
  WebhookSubscription: WebhookSubscription;
  WebhookSubscriptionInput: WebhookSubscriptionInput;
  WebhookSubscriptionList: WebhookSubscriptionList;
  WebhookSubscriptionListInput: WebhookSubscriptionListInput;
  AcceptGroupInviteRequest: AcceptGroupInviteRequest;
  AcceptGroupInviteRequestInput: AcceptGroupInviteRequestInput;
  BroadcastMessageRequest: BroadcastMessageRequest;
  BroadcastMessageRequestInput: BroadcastMessageRequestInput;
  CreateContactRequest: CreateContactRequest;
  CreateContactRequestInput: CreateContactRequestInput;
  CreateDocumentRequest: CreateDocumentRequest;
  CreateDocumentRequestInput: CreateDocumentRequestInput;
  CreateGroupRequest: CreateGroupRequest;
  CreateGroupRequestInput: CreateGroupRequestInput;
  CreateNoteRequest: CreateNoteRequest;
  CreateNoteRequestInput: CreateNoteRequestInput;
  CreateScheduledMessageRequest: CreateScheduledMessageRequest;
  CreateScheduledMessageRequestInput: CreateScheduledMessageRequestInput;
  CreateTicketRequest: CreateTicketRequest;
  CreateTicketRequestInput: CreateTicketRequestInput;
  CreateWebhookRequest: CreateWebhookRequest;
  CreateWebhookRequestInput: CreateWebhookRequestInput;
  EditMessageRequest: EditMessageRequest;
  EditMessageRequestInput: EditMessageRequestInput;
  FaqRequest: FaqRequest;
  FaqRequestInput: FaqRequestInput;
  ForwardMessageRequest: ForwardMessageRequest;
  ForwardMessageRequestInput: ForwardMessageRequestInput;
  GroupParticipantsRequest: GroupParticipantsRequest;
  GroupParticipantsRequestInput: GroupParticipantsRequestInput;
  InviteMembersRequest: InviteMembersRequest;
  InviteMembersRequestInput: InviteMembersRequestInput;
  OverrideChatAccessRequest: OverrideChatAccessRequest;
  OverrideChatAccessRequestInput: OverrideChatAccessRequestInput;
  PinMessageRequest: PinMessageRequest;
  PinMessageRequestInput: PinMessageRequestInput;
  PurgeMessageQueuesRequest: PurgeMessageQueuesRequest;
  PurgeMessageQueuesRequestInput: PurgeMessageQueuesRequestInput;
  PurgeQueueRequest: PurgeQueueRequest;
  PurgeQueueRequestInput: PurgeQueueRequestInput;
  ReactToMessageRequest: ReactToMessageRequest;
  ReactToMessageRequestInput: ReactToMessageRequestInput;
  SendMessageRequest: SendMessageRequest;
  SendMessageRequestInput: SendMessageRequestInput;
  SendMessageSyncRequest: SendMessageSyncRequest;
  SendMessageSyncRequestInput: SendMessageSyncRequestInput;
  UpdateChatLabelsRequest: UpdateChatLabelsRequest;
  UpdateChatLabelsRequestInput: UpdateChatLabelsRequestInput;
  UpdateChatRequest: UpdateChatRequest;
  UpdateChatRequestInput: UpdateChatRequestInput;
  UpdateContactLabelsRequest: UpdateContactLabelsRequest;
  UpdateContactLabelsRequestInput: UpdateContactLabelsRequestInput;
  UpdateContactRequest: UpdateContactRequest;
  UpdateContactRequestInput: UpdateContactRequestInput;
  UpdateGroupSettingsRequest: UpdateGroupSettingsRequest;
  UpdateGroupSettingsRequestInput: UpdateGroupSettingsRequestInput;
  UpdateMemberAccessRequest: UpdateMemberAccessRequest;
  UpdateMemberAccessRequestInput: UpdateMemberAccessRequestInput;
  UpdatePhoneRequest: UpdatePhoneRequest;
  UpdatePhoneRequestInput: UpdatePhoneRequestInput;
  UpdateScheduledMessageRequest: UpdateScheduledMessageRequest;
  UpdateScheduledMessageRequestInput: UpdateScheduledMessageRequestInput;
  UpdateTicketRequest: UpdateTicketRequest;
  UpdateTicketRequestInput: UpdateTicketRequestInput;
  UpdateWebhookRequest: UpdateWebhookRequest;
  UpdateWebhookRequestInput: UpdateWebhookRequestInput;
  WebhookEnvelope: WebhookEnvelope;
  WebhookEnvelopeInput: WebhookEnvelopeInput;
}

/** Why a value is not of a type: where, and what was expected there. */
export interface Finding {
  /** The JSON path of the offending value, as the `periskope-schema` command prints it: `$`, `$.data.ack`, `$.members["9@c.us"]`, `$.links[0]`. */
  path: string;
  /** What was expected, such as `expected an integer or a string, found true`. */
  message: string;
  /** The JSON Schema keyword that failed: `type`, `required`, `pattern`, `anyOf`, … */
  keyword: string;
}

/**
 * Whether `value` is of the type named `type`, such as `is("MessageInput", body)`.
 * @throws TypeError when `type` names no checked type.
 */
export declare function is<T extends keyof Checked>(type: T, value: unknown): value is Checked[T];

/**
 * Why `value` is not of the type named `type`: empty when it is.
 * @throws TypeError when `type` names no checked type.
 */
export declare function findings(type: keyof Checked, value: unknown): Finding[];

/**
 * What a receiver deduplicates deliveries on (the same rule as the Rust model's
 * `WebhookEvent::delivery_key`): the envelope's `id` when it is a non-empty string; otherwise
 * `{event}:{object id}` (`phone_id`, `chat_id`, `message_id`, `reaction_id`, `ticket.ticket_id`
 * or `notification_id`, by the event's type; `message.ack.updated` adds `:{ack}`); for a bare
 * data object `{type}:{object id}` (`Message:…`); `undefined` when there is neither. It depends on
 * values, not bytes: compact, pretty and reordered bodies of one delivery have one key.
 */
export declare function deliveryKey(body: unknown): string | undefined;

/** Whether `value` is a `Phone` as the Periskope model writes it: the schema `canonical/phone.schema.json`. */
export declare function isPhone(value: unknown): value is Phone;

/** Whether `value` is a `Phone` in any encoding Periskope sends: the schema `phone.schema.json`. */
export declare function isPhoneInput(value: unknown): value is PhoneInput;

/** Whether `value` is a `Chat` as the Periskope model writes it: the schema `canonical/chat.schema.json`. */
export declare function isChat(value: unknown): value is Chat;

/** Whether `value` is a `Chat` in any encoding Periskope sends: the schema `chat.schema.json`. */
export declare function isChatInput(value: unknown): value is ChatInput;

/** Whether `value` is a `ChatMember` as the Periskope model writes it: the schema `canonical/chat-member.schema.json`. */
export declare function isChatMember(value: unknown): value is ChatMember;

/** Whether `value` is a `ChatMember` in any encoding Periskope sends: the schema `chat-member.schema.json`. */
export declare function isChatMemberInput(value: unknown): value is ChatMemberInput;

/** Whether `value` is a `Message` as the Periskope model writes it: the schema `canonical/message.schema.json`. */
export declare function isMessage(value: unknown): value is Message;

/** Whether `value` is a `Message` in any encoding Periskope sends: the schema `message.schema.json`. */
export declare function isMessageInput(value: unknown): value is MessageInput;

/** Whether `value` is a `Reaction` as the Periskope model writes it: the schema `canonical/reaction.schema.json`. */
export declare function isReaction(value: unknown): value is Reaction;

/** Whether `value` is a `Reaction` in any encoding Periskope sends: the schema `reaction.schema.json`. */
export declare function isReactionInput(value: unknown): value is ReactionInput;

/** Whether `value` is a `Contact` as the Periskope model writes it: the schema `canonical/contact.schema.json`. */
export declare function isContact(value: unknown): value is Contact;

/** Whether `value` is a `Contact` in any encoding Periskope sends: the schema `contact.schema.json`. */
export declare function isContactInput(value: unknown): value is ContactInput;

/** Whether `value` is a `Note` as the Periskope model writes it: the schema `canonical/note.schema.json`. */
export declare function isNote(value: unknown): value is Note;

/** Whether `value` is a `Note` in any encoding Periskope sends: the schema `note.schema.json`. */
export declare function isNoteInput(value: unknown): value is NoteInput;

/** Whether `value` is a `Ticket` as the Periskope model writes it: the schema `canonical/ticket.schema.json`. */
export declare function isTicket(value: unknown): value is Ticket;

/** Whether `value` is a `Ticket` in any encoding Periskope sends: the schema `ticket.schema.json`. */
export declare function isTicketInput(value: unknown): value is TicketInput;

/** Whether `value` is a `TicketInfo` as the Periskope model writes it: the schema `canonical/ticket-info.schema.json`. */
export declare function isTicketInfo(value: unknown): value is TicketInfo;

/** Whether `value` is a `TicketInfo` in any encoding Periskope sends: the schema `ticket-info.schema.json`. */
export declare function isTicketInfoInput(value: unknown): value is TicketInfoInput;

/** Whether `value` is a `ChatNotification` as the Periskope model writes it: the schema `canonical/chat-notification.schema.json`. */
export declare function isChatNotification(value: unknown): value is ChatNotification;

/** Whether `value` is a `ChatNotification` in any encoding Periskope sends: the schema `chat-notification.schema.json`. */
export declare function isChatNotificationInput(value: unknown): value is ChatNotificationInput;

/** Whether `value` is a `WebhookEvent` as the Periskope model writes it: the schema `canonical/webhook.schema.json`. */
export declare function isWebhookEvent(value: unknown): value is WebhookEvent;

/** Whether `value` is a `WebhookEvent` in any encoding Periskope sends: the schema `webhook.schema.json`. */
export declare function isWebhookEventInput(value: unknown): value is WebhookEventInput;

/** Whether `value` is a `ChatList` as the Periskope model writes it: the schema `canonical/chat-list.schema.json`. */
export declare function isChatList(value: unknown): value is ChatList;

/** Whether `value` is a `ChatList` in any encoding Periskope sends: the schema `chat-list.schema.json`. */
export declare function isChatListInput(value: unknown): value is ChatListInput;

/** Whether `value` is a `MessageList` as the Periskope model writes it: the schema `canonical/message-list.schema.json`. */
export declare function isMessageList(value: unknown): value is MessageList;

/** Whether `value` is a `MessageList` in any encoding Periskope sends: the schema `message-list.schema.json`. */
export declare function isMessageListInput(value: unknown): value is MessageListInput;

/** Whether `value` is a `NotificationList` as the Periskope model writes it: the schema `canonical/notification-list.schema.json`. */
export declare function isNotificationList(value: unknown): value is NotificationList;

/** Whether `value` is a `NotificationList` in any encoding Periskope sends: the schema `notification-list.schema.json`. */
export declare function isNotificationListInput(value: unknown): value is NotificationListInput;

/** Whether `value` is a `ContactList` as the Periskope model writes it: the schema `canonical/contact-list.schema.json`. */
export declare function isContactList(value: unknown): value is ContactList;

/** Whether `value` is a `ContactList` in any encoding Periskope sends: the schema `contact-list.schema.json`. */
export declare function isContactListInput(value: unknown): value is ContactListInput;

/** Whether `value` is a `TicketList` as the Periskope model writes it: the schema `canonical/ticket-list.schema.json`. */
export declare function isTicketList(value: unknown): value is TicketList;

/** Whether `value` is a `TicketList` in any encoding Periskope sends: the schema `ticket-list.schema.json`. */
export declare function isTicketListInput(value: unknown): value is TicketListInput;

/** Whether `value` is a `NoteList` as the Periskope model writes it: the schema `canonical/note-list.schema.json`. */
export declare function isNoteList(value: unknown): value is NoteList;

/** Whether `value` is a `NoteList` in any encoding Periskope sends: the schema `note-list.schema.json`. */
export declare function isNoteListInput(value: unknown): value is NoteListInput;

/** Whether `value` is a `ReactionList` as the Periskope model writes it: the schema `canonical/reaction-list.schema.json`. */
export declare function isReactionList(value: unknown): value is ReactionList;

/** Whether `value` is a `ReactionList` in any encoding Periskope sends: the schema `reaction-list.schema.json`. */
export declare function isReactionListInput(value: unknown): value is ReactionListInput;

/** Whether `value` is a `CreateNoteResponse` as the Periskope model writes it: the schema `canonical/create-note-response.schema.json`. */
export declare function isCreateNoteResponse(value: unknown): value is CreateNoteResponse;

/** Whether `value` is a `CreateNoteResponse` in any encoding Periskope sends: the schema `create-note-response.schema.json`. */
export declare function isCreateNoteResponseInput(value: unknown): value is CreateNoteResponseInput;

/** Whether `value` is a `SendMessageResponse` as the Periskope model writes it: the schema `canonical/send-message-response.schema.json`. */
export declare function isSendMessageResponse(value: unknown): value is SendMessageResponse;

/** Whether `value` is a `SendMessageResponse` in any encoding Periskope sends: the schema `send-message-response.schema.json`. */
export declare function isSendMessageResponseInput(value: unknown): value is SendMessageResponseInput;

/** Whether `value` is a `GroupParticipantsResponse` as the Periskope model writes it: the schema `canonical/group-participants-response.schema.json`. */
export declare function isGroupParticipantsResponse(value: unknown): value is GroupParticipantsResponse;

/** Whether `value` is a `GroupParticipantsResponse` in any encoding Periskope sends: the schema `group-participants-response.schema.json`. */
export declare function isGroupParticipantsResponseInput(value: unknown): value is GroupParticipantsResponseInput;

/** Whether `value` is a `PhoneList` as the Periskope model writes it: the schema `canonical/phone-list.schema.json`. */
export declare function isPhoneList(value: unknown): value is PhoneList;

/** Whether `value` is a `PhoneList` in any encoding Periskope sends: the schema `phone-list.schema.json`. */
export declare function isPhoneListInput(value: unknown): value is PhoneListInput;

/** Whether `value` is a `CreateChatResponse` as the Periskope model writes it: the schema `canonical/create-chat-response.schema.json`. */
export declare function isCreateChatResponse(value: unknown): value is CreateChatResponse;

/** Whether `value` is a `CreateChatResponse` in any encoding Periskope sends: the schema `create-chat-response.schema.json`. */
export declare function isCreateChatResponseInput(value: unknown): value is CreateChatResponseInput;

/** Whether `value` is a `AiContext` as the Periskope model writes it: the schema `canonical/ai-context.schema.json`. */
export declare function isAiContext(value: unknown): value is AiContext;

/** Whether `value` is a `AiContext` in any encoding Periskope sends: the schema `ai-context.schema.json`. */
export declare function isAiContextInput(value: unknown): value is AiContextInput;

/** Whether `value` is a `AiContextList` as the Periskope model writes it: the schema `canonical/ai-context-list.schema.json`. */
export declare function isAiContextList(value: unknown): value is AiContextList;

/** Whether `value` is a `AiContextList` in any encoding Periskope sends: the schema `ai-context-list.schema.json`. */
export declare function isAiContextListInput(value: unknown): value is AiContextListInput;

/** Whether `value` is a `ApiError` as the Periskope model writes it: the schema `canonical/api-error.schema.json`. */
export declare function isApiError(value: unknown): value is ApiError;

/** Whether `value` is a `ApiError` in any encoding Periskope sends: the schema `api-error.schema.json`. */
export declare function isApiErrorInput(value: unknown): value is ApiErrorInput;

/** Whether `value` is a `BroadcastResponse` as the Periskope model writes it: the schema `canonical/broadcast-response.schema.json`. */
export declare function isBroadcastResponse(value: unknown): value is BroadcastResponse;

/** Whether `value` is a `BroadcastResponse` in any encoding Periskope sends: the schema `broadcast-response.schema.json`. */
export declare function isBroadcastResponseInput(value: unknown): value is BroadcastResponseInput;

/** Whether `value` is a `BroadcastStatus` as the Periskope model writes it: the schema `canonical/broadcast-status.schema.json`. */
export declare function isBroadcastStatus(value: unknown): value is BroadcastStatus;

/** Whether `value` is a `BroadcastStatus` in any encoding Periskope sends: the schema `broadcast-status.schema.json`. */
export declare function isBroadcastStatusInput(value: unknown): value is BroadcastStatusInput;

/** Whether `value` is a `CancelBroadcastResponse` as the Periskope model writes it: the schema `canonical/cancel-broadcast-response.schema.json`. */
export declare function isCancelBroadcastResponse(value: unknown): value is CancelBroadcastResponse;

/** Whether `value` is a `CancelBroadcastResponse` in any encoding Periskope sends: the schema `cancel-broadcast-response.schema.json`. */
export declare function isCancelBroadcastResponseInput(value: unknown): value is CancelBroadcastResponseInput;

/** Whether `value` is a `ContextIdResponse` as the Periskope model writes it: the schema `canonical/context-id-response.schema.json`. */
export declare function isContextIdResponse(value: unknown): value is ContextIdResponse;

/** Whether `value` is a `ContextIdResponse` in any encoding Periskope sends: the schema `context-id-response.schema.json`. */
export declare function isContextIdResponseInput(value: unknown): value is ContextIdResponseInput;

/** Whether `value` is a `CreateWebhookResponse` as the Periskope model writes it: the schema `canonical/create-webhook-response.schema.json`. */
export declare function isCreateWebhookResponse(value: unknown): value is CreateWebhookResponse;

/** Whether `value` is a `CreateWebhookResponse` in any encoding Periskope sends: the schema `create-webhook-response.schema.json`. */
export declare function isCreateWebhookResponseInput(value: unknown): value is CreateWebhookResponseInput;

/** Whether `value` is a `DeleteScheduledMessageResponse` as the Periskope model writes it: the schema `canonical/delete-scheduled-message-response.schema.json`. */
export declare function isDeleteScheduledMessageResponse(value: unknown): value is DeleteScheduledMessageResponse;

/** Whether `value` is a `DeleteScheduledMessageResponse` in any encoding Periskope sends: the schema `delete-scheduled-message-response.schema.json`. */
export declare function isDeleteScheduledMessageResponseInput(value: unknown): value is DeleteScheduledMessageResponseInput;

/** Whether `value` is a `DocumentIdResponse` as the Periskope model writes it: the schema `canonical/document-id-response.schema.json`. */
export declare function isDocumentIdResponse(value: unknown): value is DocumentIdResponse;

/** Whether `value` is a `DocumentIdResponse` in any encoding Periskope sends: the schema `document-id-response.schema.json`. */
export declare function isDocumentIdResponseInput(value: unknown): value is DocumentIdResponseInput;

/** Whether `value` is a `DocumentResultList` as the Periskope model writes it: the schema `canonical/document-result-list.schema.json`. */
export declare function isDocumentResultList(value: unknown): value is DocumentResultList;

/** Whether `value` is a `DocumentResultList` in any encoding Periskope sends: the schema `document-result-list.schema.json`. */
export declare function isDocumentResultListInput(value: unknown): value is DocumentResultListInput;

/** Whether `value` is a `ForwardResponse` as the Periskope model writes it: the schema `canonical/forward-response.schema.json`. */
export declare function isForwardResponse(value: unknown): value is ForwardResponse;

/** Whether `value` is a `ForwardResponse` in any encoding Periskope sends: the schema `forward-response.schema.json`. */
export declare function isForwardResponseInput(value: unknown): value is ForwardResponseInput;

/** Whether `value` is a `GroupResponse` as the Periskope model writes it: the schema `canonical/group-response.schema.json`. */
export declare function isGroupResponse(value: unknown): value is GroupResponse;

/** Whether `value` is a `GroupResponse` in any encoding Periskope sends: the schema `group-response.schema.json`. */
export declare function isGroupResponseInput(value: unknown): value is GroupResponseInput;

/** Whether `value` is a `InviteLinkResponse` as the Periskope model writes it: the schema `canonical/invite-link-response.schema.json`. */
export declare function isInviteLinkResponse(value: unknown): value is InviteLinkResponse;

/** Whether `value` is a `InviteLinkResponse` in any encoding Periskope sends: the schema `invite-link-response.schema.json`. */
export declare function isInviteLinkResponseInput(value: unknown): value is InviteLinkResponseInput;

/** Whether `value` is a `InviteMembersResponse` as the Periskope model writes it: the schema `canonical/invite-members-response.schema.json`. */
export declare function isInviteMembersResponse(value: unknown): value is InviteMembersResponse;

/** Whether `value` is a `InviteMembersResponse` in any encoding Periskope sends: the schema `invite-members-response.schema.json`. */
export declare function isInviteMembersResponseInput(value: unknown): value is InviteMembersResponseInput;

/** Whether `value` is a `KnowledgeBaseList` as the Periskope model writes it: the schema `canonical/knowledge-base-list.schema.json`. */
export declare function isKnowledgeBaseList(value: unknown): value is KnowledgeBaseList;

/** Whether `value` is a `KnowledgeBaseList` in any encoding Periskope sends: the schema `knowledge-base-list.schema.json`. */
export declare function isKnowledgeBaseListInput(value: unknown): value is KnowledgeBaseListInput;

/** Whether `value` is a `MessageStatus` as the Periskope model writes it: the schema `canonical/message-status.schema.json`. */
export declare function isMessageStatus(value: unknown): value is MessageStatus;

/** Whether `value` is a `MessageStatus` in any encoding Periskope sends: the schema `message-status.schema.json`. */
export declare function isMessageStatusInput(value: unknown): value is MessageStatusInput;

/** Whether `value` is a `OccurrenceList` as the Periskope model writes it: the schema `canonical/occurrence-list.schema.json`. */
export declare function isOccurrenceList(value: unknown): value is OccurrenceList;

/** Whether `value` is a `OccurrenceList` in any encoding Periskope sends: the schema `occurrence-list.schema.json`. */
export declare function isOccurrenceListInput(value: unknown): value is OccurrenceListInput;

/** Whether `value` is a `OrgMember` as the Periskope model writes it: the schema `canonical/org-member.schema.json`. */
export declare function isOrgMember(value: unknown): value is OrgMember;

/** Whether `value` is a `OrgMember` in any encoding Periskope sends: the schema `org-member.schema.json`. */
export declare function isOrgMemberInput(value: unknown): value is OrgMemberInput;

/** Whether `value` is a `OrgMemberList` as the Periskope model writes it: the schema `canonical/org-member-list.schema.json`. */
export declare function isOrgMemberList(value: unknown): value is OrgMemberList;

/** Whether `value` is a `OrgMemberList` in any encoding Periskope sends: the schema `org-member-list.schema.json`. */
export declare function isOrgMemberListInput(value: unknown): value is OrgMemberListInput;

/** Whether `value` is a `PhoneQueueStatus` as the Periskope model writes it: the schema `canonical/phone-queue-status.schema.json`. */
export declare function isPhoneQueueStatus(value: unknown): value is PhoneQueueStatus;

/** Whether `value` is a `PhoneQueueStatus` in any encoding Periskope sends: the schema `phone-queue-status.schema.json`. */
export declare function isPhoneQueueStatusInput(value: unknown): value is PhoneQueueStatusInput;

/** Whether `value` is a `PurgeResult` as the Periskope model writes it: the schema `canonical/purge-result.schema.json`. */
export declare function isPurgeResult(value: unknown): value is PurgeResult;

/** Whether `value` is a `PurgeResult` in any encoding Periskope sends: the schema `purge-result.schema.json`. */
export declare function isPurgeResultInput(value: unknown): value is PurgeResultInput;

/** Whether `value` is a `QueueHealth` as the Periskope model writes it: the schema `canonical/queue-health.schema.json`. */
export declare function isQueueHealth(value: unknown): value is QueueHealth;

/** Whether `value` is a `QueueHealth` in any encoding Periskope sends: the schema `queue-health.schema.json`. */
export declare function isQueueHealthInput(value: unknown): value is QueueHealthInput;

/** Whether `value` is a `QueueJobList` as the Periskope model writes it: the schema `canonical/queue-job-list.schema.json`. */
export declare function isQueueJobList(value: unknown): value is QueueJobList;

/** Whether `value` is a `QueueJobList` in any encoding Periskope sends: the schema `queue-job-list.schema.json`. */
export declare function isQueueJobListInput(value: unknown): value is QueueJobListInput;

/** Whether `value` is a `ScheduledMessage` as the Periskope model writes it: the schema `canonical/scheduled-message.schema.json`. */
export declare function isScheduledMessage(value: unknown): value is ScheduledMessage;

/** Whether `value` is a `ScheduledMessage` in any encoding Periskope sends: the schema `scheduled-message.schema.json`. */
export declare function isScheduledMessageInput(value: unknown): value is ScheduledMessageInput;

/** Whether `value` is a `ScheduledMessageList` as the Periskope model writes it: the schema `canonical/scheduled-message-list.schema.json`. */
export declare function isScheduledMessageList(value: unknown): value is ScheduledMessageList;

/** Whether `value` is a `ScheduledMessageList` in any encoding Periskope sends: the schema `scheduled-message-list.schema.json`. */
export declare function isScheduledMessageListInput(value: unknown): value is ScheduledMessageListInput;

/** Whether `value` is a `SendMessageSyncResponse` as the Periskope model writes it: the schema `canonical/send-message-sync-response.schema.json`. */
export declare function isSendMessageSyncResponse(value: unknown): value is SendMessageSyncResponse;

/** Whether `value` is a `SendMessageSyncResponse` in any encoding Periskope sends: the schema `send-message-sync-response.schema.json`. */
export declare function isSendMessageSyncResponseInput(value: unknown): value is SendMessageSyncResponseInput;

/** Whether `value` is a `WebhookSubscription` as the Periskope model writes it: the schema `canonical/webhook-subscription.schema.json`. */
export declare function isWebhookSubscription(value: unknown): value is WebhookSubscription;

/** Whether `value` is a `WebhookSubscription` in any encoding Periskope sends: the schema `webhook-subscription.schema.json`. */
export declare function isWebhookSubscriptionInput(value: unknown): value is WebhookSubscriptionInput;

/** Whether `value` is a `WebhookSubscriptionList` as the Periskope model writes it: the schema `canonical/webhook-subscription-list.schema.json`. */
export declare function isWebhookSubscriptionList(value: unknown): value is WebhookSubscriptionList;

/** Whether `value` is a `WebhookSubscriptionList` in any encoding Periskope sends: the schema `webhook-subscription-list.schema.json`. */
export declare function isWebhookSubscriptionListInput(value: unknown): value is WebhookSubscriptionListInput;

/** Whether `value` is a `AcceptGroupInviteRequest` as the Periskope model writes it: the schema `canonical/accept-group-invite-request.schema.json`. */
export declare function isAcceptGroupInviteRequest(value: unknown): value is AcceptGroupInviteRequest;

/** Whether `value` is a `AcceptGroupInviteRequest` in any encoding Periskope sends: the schema `accept-group-invite-request.schema.json`. */
export declare function isAcceptGroupInviteRequestInput(value: unknown): value is AcceptGroupInviteRequestInput;

/** Whether `value` is a `BroadcastMessageRequest` as the Periskope model writes it: the schema `canonical/broadcast-message-request.schema.json`. */
export declare function isBroadcastMessageRequest(value: unknown): value is BroadcastMessageRequest;

/** Whether `value` is a `BroadcastMessageRequest` in any encoding Periskope sends: the schema `broadcast-message-request.schema.json`. */
export declare function isBroadcastMessageRequestInput(value: unknown): value is BroadcastMessageRequestInput;

/** Whether `value` is a `CreateContactRequest` as the Periskope model writes it: the schema `canonical/create-contact-request.schema.json`. */
export declare function isCreateContactRequest(value: unknown): value is CreateContactRequest;

/** Whether `value` is a `CreateContactRequest` in any encoding Periskope sends: the schema `create-contact-request.schema.json`. */
export declare function isCreateContactRequestInput(value: unknown): value is CreateContactRequestInput;

/** Whether `value` is a `CreateDocumentRequest` as the Periskope model writes it: the schema `canonical/create-document-request.schema.json`. */
export declare function isCreateDocumentRequest(value: unknown): value is CreateDocumentRequest;

/** Whether `value` is a `CreateDocumentRequest` in any encoding Periskope sends: the schema `create-document-request.schema.json`. */
export declare function isCreateDocumentRequestInput(value: unknown): value is CreateDocumentRequestInput;

/** Whether `value` is a `CreateGroupRequest` as the Periskope model writes it: the schema `canonical/create-group-request.schema.json`. */
export declare function isCreateGroupRequest(value: unknown): value is CreateGroupRequest;

/** Whether `value` is a `CreateGroupRequest` in any encoding Periskope sends: the schema `create-group-request.schema.json`. */
export declare function isCreateGroupRequestInput(value: unknown): value is CreateGroupRequestInput;

/** Whether `value` is a `CreateNoteRequest` as the Periskope model writes it: the schema `canonical/create-note-request.schema.json`. */
export declare function isCreateNoteRequest(value: unknown): value is CreateNoteRequest;

/** Whether `value` is a `CreateNoteRequest` in any encoding Periskope sends: the schema `create-note-request.schema.json`. */
export declare function isCreateNoteRequestInput(value: unknown): value is CreateNoteRequestInput;

/** Whether `value` is a `CreateScheduledMessageRequest` as the Periskope model writes it: the schema `canonical/create-scheduled-message-request.schema.json`. */
export declare function isCreateScheduledMessageRequest(value: unknown): value is CreateScheduledMessageRequest;

/** Whether `value` is a `CreateScheduledMessageRequest` in any encoding Periskope sends: the schema `create-scheduled-message-request.schema.json`. */
export declare function isCreateScheduledMessageRequestInput(value: unknown): value is CreateScheduledMessageRequestInput;

/** Whether `value` is a `CreateTicketRequest` as the Periskope model writes it: the schema `canonical/create-ticket-request.schema.json`. */
export declare function isCreateTicketRequest(value: unknown): value is CreateTicketRequest;

/** Whether `value` is a `CreateTicketRequest` in any encoding Periskope sends: the schema `create-ticket-request.schema.json`. */
export declare function isCreateTicketRequestInput(value: unknown): value is CreateTicketRequestInput;

/** Whether `value` is a `CreateWebhookRequest` as the Periskope model writes it: the schema `canonical/create-webhook-request.schema.json`. */
export declare function isCreateWebhookRequest(value: unknown): value is CreateWebhookRequest;

/** Whether `value` is a `CreateWebhookRequest` in any encoding Periskope sends: the schema `create-webhook-request.schema.json`. */
export declare function isCreateWebhookRequestInput(value: unknown): value is CreateWebhookRequestInput;

/** Whether `value` is a `EditMessageRequest` as the Periskope model writes it: the schema `canonical/edit-message-request.schema.json`. */
export declare function isEditMessageRequest(value: unknown): value is EditMessageRequest;

/** Whether `value` is a `EditMessageRequest` in any encoding Periskope sends: the schema `edit-message-request.schema.json`. */
export declare function isEditMessageRequestInput(value: unknown): value is EditMessageRequestInput;

/** Whether `value` is a `FaqRequest` as the Periskope model writes it: the schema `canonical/faq-request.schema.json`. */
export declare function isFaqRequest(value: unknown): value is FaqRequest;

/** Whether `value` is a `FaqRequest` in any encoding Periskope sends: the schema `faq-request.schema.json`. */
export declare function isFaqRequestInput(value: unknown): value is FaqRequestInput;

/** Whether `value` is a `ForwardMessageRequest` as the Periskope model writes it: the schema `canonical/forward-message-request.schema.json`. */
export declare function isForwardMessageRequest(value: unknown): value is ForwardMessageRequest;

/** Whether `value` is a `ForwardMessageRequest` in any encoding Periskope sends: the schema `forward-message-request.schema.json`. */
export declare function isForwardMessageRequestInput(value: unknown): value is ForwardMessageRequestInput;

/** Whether `value` is a `GroupParticipantsRequest` as the Periskope model writes it: the schema `canonical/group-participants-request.schema.json`. */
export declare function isGroupParticipantsRequest(value: unknown): value is GroupParticipantsRequest;

/** Whether `value` is a `GroupParticipantsRequest` in any encoding Periskope sends: the schema `group-participants-request.schema.json`. */
export declare function isGroupParticipantsRequestInput(value: unknown): value is GroupParticipantsRequestInput;

/** Whether `value` is a `InviteMembersRequest` as the Periskope model writes it: the schema `canonical/invite-members-request.schema.json`. */
export declare function isInviteMembersRequest(value: unknown): value is InviteMembersRequest;

/** Whether `value` is a `InviteMembersRequest` in any encoding Periskope sends: the schema `invite-members-request.schema.json`. */
export declare function isInviteMembersRequestInput(value: unknown): value is InviteMembersRequestInput;

/** Whether `value` is a `OverrideChatAccessRequest` as the Periskope model writes it: the schema `canonical/override-chat-access-request.schema.json`. */
export declare function isOverrideChatAccessRequest(value: unknown): value is OverrideChatAccessRequest;

/** Whether `value` is a `OverrideChatAccessRequest` in any encoding Periskope sends: the schema `override-chat-access-request.schema.json`. */
export declare function isOverrideChatAccessRequestInput(value: unknown): value is OverrideChatAccessRequestInput;

/** Whether `value` is a `PinMessageRequest` as the Periskope model writes it: the schema `canonical/pin-message-request.schema.json`. */
export declare function isPinMessageRequest(value: unknown): value is PinMessageRequest;

/** Whether `value` is a `PinMessageRequest` in any encoding Periskope sends: the schema `pin-message-request.schema.json`. */
export declare function isPinMessageRequestInput(value: unknown): value is PinMessageRequestInput;

/** Whether `value` is a `PurgeMessageQueuesRequest` as the Periskope model writes it: the schema `canonical/purge-message-queues-request.schema.json`. */
export declare function isPurgeMessageQueuesRequest(value: unknown): value is PurgeMessageQueuesRequest;

/** Whether `value` is a `PurgeMessageQueuesRequest` in any encoding Periskope sends: the schema `purge-message-queues-request.schema.json`. */
export declare function isPurgeMessageQueuesRequestInput(value: unknown): value is PurgeMessageQueuesRequestInput;

/** Whether `value` is a `PurgeQueueRequest` as the Periskope model writes it: the schema `canonical/purge-queue-request.schema.json`. */
export declare function isPurgeQueueRequest(value: unknown): value is PurgeQueueRequest;

/** Whether `value` is a `PurgeQueueRequest` in any encoding Periskope sends: the schema `purge-queue-request.schema.json`. */
export declare function isPurgeQueueRequestInput(value: unknown): value is PurgeQueueRequestInput;

/** Whether `value` is a `ReactToMessageRequest` as the Periskope model writes it: the schema `canonical/react-to-message-request.schema.json`. */
export declare function isReactToMessageRequest(value: unknown): value is ReactToMessageRequest;

/** Whether `value` is a `ReactToMessageRequest` in any encoding Periskope sends: the schema `react-to-message-request.schema.json`. */
export declare function isReactToMessageRequestInput(value: unknown): value is ReactToMessageRequestInput;

/** Whether `value` is a `SendMessageRequest` as the Periskope model writes it: the schema `canonical/send-message-request.schema.json`. */
export declare function isSendMessageRequest(value: unknown): value is SendMessageRequest;

/** Whether `value` is a `SendMessageRequest` in any encoding Periskope sends: the schema `send-message-request.schema.json`. */
export declare function isSendMessageRequestInput(value: unknown): value is SendMessageRequestInput;

/** Whether `value` is a `SendMessageSyncRequest` as the Periskope model writes it: the schema `canonical/send-message-sync-request.schema.json`. */
export declare function isSendMessageSyncRequest(value: unknown): value is SendMessageSyncRequest;

/** Whether `value` is a `SendMessageSyncRequest` in any encoding Periskope sends: the schema `send-message-sync-request.schema.json`. */
export declare function isSendMessageSyncRequestInput(value: unknown): value is SendMessageSyncRequestInput;

/** Whether `value` is a `UpdateChatLabelsRequest` as the Periskope model writes it: the schema `canonical/update-chat-labels-request.schema.json`. */
export declare function isUpdateChatLabelsRequest(value: unknown): value is UpdateChatLabelsRequest;

/** Whether `value` is a `UpdateChatLabelsRequest` in any encoding Periskope sends: the schema `update-chat-labels-request.schema.json`. */
export declare function isUpdateChatLabelsRequestInput(value: unknown): value is UpdateChatLabelsRequestInput;

/** Whether `value` is a `UpdateChatRequest` as the Periskope model writes it: the schema `canonical/update-chat-request.schema.json`. */
export declare function isUpdateChatRequest(value: unknown): value is UpdateChatRequest;

/** Whether `value` is a `UpdateChatRequest` in any encoding Periskope sends: the schema `update-chat-request.schema.json`. */
export declare function isUpdateChatRequestInput(value: unknown): value is UpdateChatRequestInput;

/** Whether `value` is a `UpdateContactLabelsRequest` as the Periskope model writes it: the schema `canonical/update-contact-labels-request.schema.json`. */
export declare function isUpdateContactLabelsRequest(value: unknown): value is UpdateContactLabelsRequest;

/** Whether `value` is a `UpdateContactLabelsRequest` in any encoding Periskope sends: the schema `update-contact-labels-request.schema.json`. */
export declare function isUpdateContactLabelsRequestInput(value: unknown): value is UpdateContactLabelsRequestInput;

/** Whether `value` is a `UpdateContactRequest` as the Periskope model writes it: the schema `canonical/update-contact-request.schema.json`. */
export declare function isUpdateContactRequest(value: unknown): value is UpdateContactRequest;

/** Whether `value` is a `UpdateContactRequest` in any encoding Periskope sends: the schema `update-contact-request.schema.json`. */
export declare function isUpdateContactRequestInput(value: unknown): value is UpdateContactRequestInput;

/** Whether `value` is a `UpdateGroupSettingsRequest` as the Periskope model writes it: the schema `canonical/update-group-settings-request.schema.json`. */
export declare function isUpdateGroupSettingsRequest(value: unknown): value is UpdateGroupSettingsRequest;

/** Whether `value` is a `UpdateGroupSettingsRequest` in any encoding Periskope sends: the schema `update-group-settings-request.schema.json`. */
export declare function isUpdateGroupSettingsRequestInput(value: unknown): value is UpdateGroupSettingsRequestInput;

/** Whether `value` is a `UpdateMemberAccessRequest` as the Periskope model writes it: the schema `canonical/update-member-access-request.schema.json`. */
export declare function isUpdateMemberAccessRequest(value: unknown): value is UpdateMemberAccessRequest;

/** Whether `value` is a `UpdateMemberAccessRequest` in any encoding Periskope sends: the schema `update-member-access-request.schema.json`. */
export declare function isUpdateMemberAccessRequestInput(value: unknown): value is UpdateMemberAccessRequestInput;

/** Whether `value` is a `UpdatePhoneRequest` as the Periskope model writes it: the schema `canonical/update-phone-request.schema.json`. */
export declare function isUpdatePhoneRequest(value: unknown): value is UpdatePhoneRequest;

/** Whether `value` is a `UpdatePhoneRequest` in any encoding Periskope sends: the schema `update-phone-request.schema.json`. */
export declare function isUpdatePhoneRequestInput(value: unknown): value is UpdatePhoneRequestInput;

/** Whether `value` is a `UpdateScheduledMessageRequest` as the Periskope model writes it: the schema `canonical/update-scheduled-message-request.schema.json`. */
export declare function isUpdateScheduledMessageRequest(value: unknown): value is UpdateScheduledMessageRequest;

/** Whether `value` is a `UpdateScheduledMessageRequest` in any encoding Periskope sends: the schema `update-scheduled-message-request.schema.json`. */
export declare function isUpdateScheduledMessageRequestInput(value: unknown): value is UpdateScheduledMessageRequestInput;

/** Whether `value` is a `UpdateTicketRequest` as the Periskope model writes it: the schema `canonical/update-ticket-request.schema.json`. */
export declare function isUpdateTicketRequest(value: unknown): value is UpdateTicketRequest;

/** Whether `value` is a `UpdateTicketRequest` in any encoding Periskope sends: the schema `update-ticket-request.schema.json`. */
export declare function isUpdateTicketRequestInput(value: unknown): value is UpdateTicketRequestInput;

/** Whether `value` is a `UpdateWebhookRequest` as the Periskope model writes it: the schema `canonical/update-webhook-request.schema.json`. */
export declare function isUpdateWebhookRequest(value: unknown): value is UpdateWebhookRequest;

/** Whether `value` is a `UpdateWebhookRequest` in any encoding Periskope sends: the schema `update-webhook-request.schema.json`. */
export declare function isUpdateWebhookRequestInput(value: unknown): value is UpdateWebhookRequestInput;

/** Whether `value` is a webhook envelope of a known event as the Periskope model writes it. */
export declare function isWebhookEnvelope(value: unknown): value is WebhookEnvelope;

/** Whether `value` is a webhook envelope of a known event in any encoding Periskope sends. */
export declare function isWebhookEnvelopeInput(value: unknown): value is WebhookEnvelopeInput;

/** The names of the webhook events this version knows. */
export declare const WEBHOOK_EVENT_NAMES: readonly ["org.phone.connected", "org.phone.disconnected", "org.phone.updated", "org.phone.qr", "chat.created", "chat.custom_properties.updated", "message.created", "message.updated", "message.deleted", "message.ack.updated", "message.flagged", "message.unflagged", "message.ticket.attached", "reaction.created", "reaction.updated", "ticket.created", "ticket.updated", "ticket.deleted", "note.created", "chat.notification.created"];

/** Whether `name` is a webhook event this version knows (else its envelope is an `UnknownWebhookEnvelope`). */
export declare function isWebhookEventName(name: unknown): name is WebhookEventName;

/** The known values of `ApiErrorCode` (Periskope may send others, which the type admits). */
export declare const API_ERROR_CODES: readonly ["UNAUTHORIZED_ERROR", "NOT_FOUND_ERROR", "VALIDATION_ERROR", "RATE_LIMIT_ERROR", "UNKNOWN_ERROR"];

/** The known values of `AttachmentType` (Periskope may send others, which the type admits). */
export declare const ATTACHMENT_TYPES: readonly ["document", "image", "video", "audio"];

/** The known values of `ChatType` (Periskope may send others, which the type admits). */
export declare const CHAT_TYPES: readonly ["user", "group", "business", "chat", "individual", "solo", "unknown"];

/** The known values of `DeviceType` (Periskope may send others, which the type admits). */
export declare const DEVICE_TYPES: readonly ["android", "ios", "web"];

/** The known values of `IntegrationName` (Periskope may send others, which the type admits). */
export declare const INTEGRATION_NAMES: readonly ["chat.created", "chat.custom_properties.updated", "chat.notification.created", "message.created", "message.updated", "message.deleted", "message.ack.updated", "message.flagged", "message.unflagged", "message.ticket.attached", "reaction.created", "reaction.updated", "ticket.created", "ticket.updated", "ticket.deleted", "org.phone.connected", "org.phone.disconnected", "org.phone.updated", "org.phone.qr", "note.created"];

/** The known values of `IntegrationType` (Periskope may send others, which the type admits). */
export declare const INTEGRATION_TYPES: readonly ["zapier", "pabbly", "api", "webhook", "hubspot", "freshdesk", "slack", "jira", "salesforce", "zohodesk", "zohocrm", "gsheets"];

/** The known values of `MemberAddMode` (Periskope may send others, which the type admits). */
export declare const MEMBER_ADD_MODES: readonly ["true", "false", "admin_add", "all_member_add"];

/** The known values of `MemberRole` (Periskope may send others, which the type admits). */
export declare const MEMBER_ROLES: readonly ["admin", "member"];

/** The known values of `MessageType` (Periskope may send others, which the type admits). */
export declare const MESSAGE_TYPES: readonly ["chat", "image", "video", "audio", "document", "ptt", "sticker", "vcard", "multi_vcard", "poll_creation", "location", "ciphertext", "album", "order", "revoked", "product", "unknown", "groups_v4_invite", "list", "list_response", "buttons_response", "payment", "broadcast_notification", "call_log", "debug", "e2e_notification", "gp2", "group_notification", "hsm", "interactive", "native_flow", "notification", "notification_template", "oversized", "protocol", "reaction", "template_button_reply", "scheduled_event_creation"];

/** The known values of `NotificationType` (Periskope may send others, which the type admits). */
export declare const NOTIFICATION_TYPES: readonly ["add", "remove", "promote", "demote", "invite", "leave", "announce_true", "announce_false", "restrict_true", "restrict_false", "memberaddmode_true", "memberaddmode_false", "subject", "desc", "call", "description", "picture", "announce", "restrict"];

/** The known values of `RepeatInterval` (Periskope may send others, which the type admits). */
export declare const REPEAT_INTERVALS: readonly ["day", "week", "month"];

/** The known values of `TicketStatus` (Periskope may send others, which the type admits). */
export declare const TICKET_STATUSES: readonly ["open", "inprogress", "closed", "archived"];

/** The known values of `WaState` (Periskope may send others, which the type admits). */
export declare const WA_STATES: readonly ["CONNECTED", "DISCONNECTED", "CONFLICT", "DEPRECATED_VERSION", "OPENING", "PAIRING", "PROXYBLOCK", "SMB_TOS_BLOCK", "TIMEOUT", "TOS_BLOCK", "UNLAUNCHED", "UNPAIRED", "UNPAIRED_IDLE"];

/** The known values of `Weekday` (Periskope may send others, which the type admits). */
export declare const WEEKDAYS: readonly ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
