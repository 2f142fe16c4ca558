// Generated from the JSON Schemas in ../json by `cargo run -p periskope-codegen -- generate`.
// Do not edit: change the Rust model and regenerate.

export type * from "./types.js";
export type * from "./input.js";
import type { Phone, Chat, ChatMember, Message, Reaction, Contact, Note, Ticket, TicketInfo, ChatNotification, WebhookEvent, ChatList, MessageList, NotificationList, ContactList, TicketList, NoteList, ReactionList, CreateNoteResponse, SendMessageResponse, GroupParticipantsResponse, PhoneList, CreateChatResponse, WebhookEnvelope, WebhookEventName } from "./types.js";
import type { PhoneInput, ChatInput, ChatMemberInput, MessageInput, ReactionInput, ContactInput, NoteInput, TicketInput, TicketInfoInput, ChatNotificationInput, WebhookEventInput, ChatListInput, MessageListInput, NotificationListInput, ContactListInput, TicketListInput, NoteListInput, ReactionListInput, CreateNoteResponseInput, SendMessageResponseInput, GroupParticipantsResponseInput, PhoneListInput, CreateChatResponseInput, WebhookEnvelopeInput } from "./input.js";

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

/** Whether `value` is a webhook envelope of a known event as the Periskope model writes it. */
export declare function isWebhookEnvelope(value: unknown): value is WebhookEnvelope;

/** Whether `value` is a webhook envelope of a known event in any encoding Periskope sends. */
export declare function isWebhookEnvelopeInput(value: unknown): value is WebhookEnvelopeInput;

/** The names of the webhook events this version knows. */
export declare const WEBHOOK_EVENT_NAMES: readonly ["org.phone.connected", "org.phone.disconnected", "org.phone.updated", "org.phone.qr", "chat.created", "chat.custom_properties.updated", "message.created", "message.updated", "message.deleted", "message.ack.updated", "message.flagged", "message.unflagged", "message.ticket.attached", "reaction.created", "reaction.updated", "ticket.created", "ticket.updated", "ticket.deleted", "note.created", "chat.notification.created"];

/** Whether `name` is a webhook event this version knows (else its envelope is an `UnknownWebhookEnvelope`). */
export declare function isWebhookEventName(name: unknown): name is WebhookEventName;

/** The known values of `ChatType` (Periskope may send others, which the type admits). */
export declare const CHAT_TYPES: readonly ["user", "group", "business", "chat", "individual", "solo", "unknown"];

/** The known values of `DeviceType` (Periskope may send others, which the type admits). */
export declare const DEVICE_TYPES: readonly ["android", "ios", "web"];

/** The known values of `MemberAddMode` (Periskope may send others, which the type admits). */
export declare const MEMBER_ADD_MODES: readonly ["true", "false", "admin_add", "all_member_add"];

/** The known values of `MessageType` (Periskope may send others, which the type admits). */
export declare const MESSAGE_TYPES: readonly ["chat", "image", "video", "audio", "document", "ptt", "sticker", "vcard", "multi_vcard", "poll_creation", "location", "ciphertext", "album", "order", "revoked", "product", "unknown", "groups_v4_invite", "list", "list_response", "buttons_response", "payment", "broadcast_notification", "call_log", "debug", "e2e_notification", "gp2", "group_notification", "hsm", "interactive", "native_flow", "notification", "notification_template", "oversized", "protocol", "reaction", "template_button_reply", "scheduled_event_creation"];

/** The known values of `NotificationType` (Periskope may send others, which the type admits). */
export declare const NOTIFICATION_TYPES: readonly ["add", "remove", "promote", "demote", "invite", "leave", "announce_true", "announce_false", "restrict_true", "restrict_false", "memberaddmode_true", "memberaddmode_false", "subject", "desc", "call", "description", "picture", "announce", "restrict"];

/** The known values of `TicketStatus` (Periskope may send others, which the type admits). */
export declare const TICKET_STATUSES: readonly ["open", "inprogress", "closed", "archived"];

/** The known values of `WaState` (Periskope may send others, which the type admits). */
export declare const WA_STATES: readonly ["CONNECTED", "DISCONNECTED", "CONFLICT", "DEPRECATED_VERSION", "OPENING", "PAIRING", "PROXYBLOCK", "SMB_TOS_BLOCK", "TIMEOUT", "TOS_BLOCK", "UNLAUNCHED", "UNPAIRED", "UNPAIRED_IDLE"];
