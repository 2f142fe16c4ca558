// Generated from the JSON Schemas in ../json by `cargo run -p periskope-codegen -- generate`.
// Do not edit: change the Rust model and regenerate.
// The types of what Periskope sends, in every encoding the input schemas in ../json accept.

import type { WebhookEventName } from "./types.js";

/**
 * An organisation phone on Periskope: a WhatsApp account connected through WhatsApp Web.
 *
 * Returned by get-phone and get-all-phones and carried by the `org.phone.*` webhooks. The
 * public object has the fields from `org_id` to `labels`; create-phone returns the full
 * database row, which adds the hosting fields at the end.
 */
export interface PhoneInput {
  /**
   * When the phone was first created.
   */
  created_at: TimestampInput;
  /**
   * When the phone first connected to WhatsApp.
   */
  first_connected_at?: TimestampInput | null;
  /**
   * Whether the phone's session on the server is open; if false, restart the phone with the
   * restart-phone API. Documented on the newest object page; absent from the examples.
   */
  is_browser_open?: boolean | null;
  /**
   * Whether the phone is fully set up and able to send and receive messages.
   */
  is_ready?: boolean | null;
  /**
   * Labels assigned to this phone: label id to `true`, such as
   * `{"label-bflirzqiodgianfh": true}`.
   */
  label_ids?: { [key: string]: boolean } | null;
  /**
   * Names of the labels assigned to this phone, such as `["test1", "test2"]`.
   */
  labels?: string[] | null;
  /**
   * Details of the last disconnection (undocumented JSON; full row only).
   */
  last_disconnect?: unknown;
  /**
   * Whether the phone uses a legacy WhatsApp version (get-phone only).
   */
  legacy_version?: boolean | null;
  /**
   * WhatsApp library the phone's session runs on (undocumented; full row only).
   */
  library?: string | null;
  /**
   * Unique identifier of the organisation that owns this WhatsApp phone (a UUID).
   */
  org_id: OrgIdInput;
  /**
   * WhatsApp id of the phone, `{phone_number}@c.us`, such as `918527184400@c.us`.
   */
  org_phone?: ContactIdInput | null;
  /**
   * Unique identifier of this phone instance, such as `phone-bqzvyibhmwkaergr`; also accepted
   * in the `x-phone` request header.
   */
  phone_id: PhoneIdInput;
  /**
   * URL of the WhatsApp profile image of this phone.
   */
  phone_image?: string | null;
  /**
   * Display name configured for this WhatsApp account.
   */
  phone_name?: string | null;
  /**
   * State of the phone on WhatsApp (undocumented JSON; the types describe
   * `{loading, state, sync, percent, message?, error?}`).
   */
  phone_state?: unknown;
  /**
   * QR code string for WhatsApp Web authentication; `null` once the phone is connected.
   */
  qr_code?: string | null;
  /**
   * Send-queue status per queue (undocumented JSON; the types describe
   * `{active, failed, completed, pending, is_running}` per key).
   */
  queue_status?: unknown;
  /**
   * Server image the phone's session runs on (undocumented; full row only).
   */
  server_image?: string | null;
  /**
   * IP address of the server hosting the session (undocumented; full row only).
   */
  server_ip?: string | null;
  /**
   * Name of the server hosting the session (undocumented; full row only).
   */
  server_name?: string | null;
  /**
   * Zone of the server hosting the session (undocumented; full row only).
   */
  server_zone?: string | null;
  /**
   * When the phone was last updated.
   */
  updated_at?: TimestampInput | null;
  /**
   * Current connection state of the WhatsApp account, such as `CONNECTED`. It need not match
   * the webhook event that carries it.
   */
  wa_state?: WaStateInput | null;
  /**
   * WhatsApp version of the phone (get-phone and older object pages only).
   */
  wa_version?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A WhatsApp chat: a 1:1 chat with a contact or a group.
 *
 * Returned by get-chat and list-chats and carried by the `chat.*` webhooks. Only `org_id` and
 * `chat_id` are required: list-chats leaves out `members`, `common_chats` and
 * `add_members_admins_only`, and ticket payloads embed a reduced "chat info" object that carries
 * only `org_id`, `org_phone`, `chat_id`, `chat_name`, `chat_type`, `chat_image`, `chat_labels`,
 * `created_at`, `custom_properties`, `group_description`, `invite_link`, `is_muted` and
 * `members`. The fields after `parent_community_id` are in Periskope's types but not in its docs.
 */
export interface ChatInput {
  /**
   * The organisation phone currently active in the chat (undocumented).
   */
  active_phone?: string | null;
  /**
   * Whether only admins can add new members to the group. Left out by list-chats, which
   * sends `member_add_mode` instead.
   */
  add_members_admins_only?: boolean | null;
  /**
   * AI agent state (undocumented; the types describe `{is_active, snooze_until,
   * activation_state, is_agent_allowed, is_flagging_allowed}`).
   */
  ai_metadata?: unknown;
  /**
   * Raw chat row: whether the chat is archived (whatsapp-web.js style; `chat.created` may
   * carry this row).
   */
  archived?: boolean | null;
  /**
   * E-mail address of the user the chat is assigned to.
   */
  assigned_to?: string | null;
  /**
   * User access permissions: e-mail address to `true`, such as
   * `{"bharat@hashlabs.dev": true}`.
   */
  chat_access?: { [key: string]: boolean } | null;
  /**
   * Unique identifier of the chat: `{phone_number}@c.us` for a 1:1 chat, `{group_id}@g.us`
   * for a group.
   */
  chat_id: ChatIdInput;
  /**
   * URL of the chat's profile image, relative (`/storage/image.jpeg`) or absolute; often
   * `null` for groups.
   */
  chat_image?: string | null;
  /**
   * Comma-separated labels on the chat, such as `"label1, label2"` (ticket payloads); see
   * `Chat::chat_label_names`.
   */
  chat_labels?: string | null;
  /**
   * Display name of the chat: the group name, or the contact's name for a 1:1 chat.
   */
  chat_name?: string | null;
  /**
   * WhatsApp ids of the organisation phones attached to this chat.
   */
  chat_org_phones?: ContactIdInput[] | null;
  /**
   * Kind of chat: `user`, `group` or `business` (ticket payloads send `chat`).
   */
  chat_type?: ChatTypeInput | null;
  /**
   * When the chat was closed, if it was. The docs say an ISO 8601 string and the types an
   * epoch number; both are read and kept in the form sent.
   */
  closed_at?: TimestampInput | null;
  /**
   * Ids of the chats the organisation shares with the contact (groups, plus the 1:1 chat
   * itself). Left out by list-chats.
   */
  common_chats?: ChatIdInput[] | null;
  /**
   * When the chat was created.
   */
  created_at?: TimestampInput | null;
  /**
   * Raw chat row: who created the chat.
   */
  created_by?: string | null;
  /**
   * Custom property values keyed by property name or id (`"Custom Property 1"`,
   * `"property-tlkudzxmhjkgoktm"`). Values depend on the property type: the selected option
   * (dropdown), text, or a date.
   */
  custom_properties?: { [key: string]: unknown } | null;
  /**
   * Number of flagged messages (undocumented).
   */
  flag_count?: number | string | null;
  /**
   * Number of flagged messages per organisation phone.
   */
  flag_count_map?: { [key: string]: number } | null;
  /**
   * Freshdesk integration metadata (undocumented JSON).
   */
  freshdesk_metadata?: unknown;
  /**
   * Description text of a group. One doc page calls it a boolean; a boolean is read as
   * `"true"` or `"false"`.
   */
  group_description?: string | boolean | null;
  /**
   * WhatsApp group metadata (undocumented JSON).
   */
  group_metadata?: unknown;
  /**
   * HubSpot integration metadata (`{}` when unused; the types describe
   * `{id, type, hubId, object_data}`).
   */
  hubspot_metadata?: unknown;
  /**
   * Raw chat row: whatsapp-web.js chat id object (JSON).
   */
  id?: unknown;
  /**
   * Whether only admins can edit the group's info.
   */
  info_admins_only?: boolean | null;
  /**
   * Who started the chat (undocumented).
   */
  initiated_by?: string | null;
  /**
   * Invite link of the group, such as `https://chat.whatsapp.com/invite/…`.
   */
  invite_link?: string | null;
  /**
   * Whether the chat has been archived (documented; absent from the examples).
   */
  is_archived?: boolean | null;
  /**
   * Whether the organisation has left this chat.
   */
  is_exited?: boolean | null;
  /**
   * Raw chat row: whether the chat is a group.
   */
  is_group?: boolean | null;
  /**
   * Whether notifications for this chat are muted.
   */
  is_muted?: boolean | null;
  /**
   * Whether the chat is pinned (undocumented).
   */
  is_pinned?: boolean | null;
  /**
   * Raw chat row: whether the chat is read-only.
   */
  is_read_only?: boolean | null;
  /**
   * Labels on the chat: label id to `true`, such as `{"label-xbitdvipqshahdcu": true}`.
   */
  label_ids?: { [key: string]: boolean } | null;
  /**
   * Names of the labels on the chat (one doc revision only).
   */
  labels?: string[] | null;
  /**
   * When the organisation was last mentioned in the chat (undocumented).
   */
  latest_mention_at?: TimestampInput | null;
  /**
   * The latest message sent in the chat.
   */
  latest_message?: MessageInput | null;
  /**
   * Time of the latest message (undocumented; an epoch number in the types).
   */
  latest_message_timestamp?: TimestampInput | null;
  /**
   * Time of the latest message per organisation phone (undocumented).
   */
  latest_message_timestamp_map?: { [key: string]: TimestampInput | null } | null;
  /**
   * Whether only admins can add new members, as list-chats sends it (the string `"false"`);
   * see `MemberAddMode`.
   */
  member_add_mode?: MemberAddModeInput | null;
  /**
   * When the chat was closed, per member (undocumented).
   */
  member_closed_at?: { [key: string]: TimestampInput | null } | null;
  /**
   * Total number of participants in the chat.
   */
  member_count?: number | string | null;
  /**
   * Unread count per member (undocumented).
   */
  member_unread_count?: { [key: string]: number } | null;
  /**
   * Members of the chat keyed by WhatsApp id (`{phone_number}@c.us`). Left out by
   * list-chats.
   */
  members?: { [key: string]: ChatMemberInput } | null;
  /**
   * Number of unread messages in the chat.
   */
  message_unread_count?: number | string | null;
  /**
   * Whether only admins can send messages in the group.
   */
  messages_admins_only?: boolean | null;
  /**
   * Raw chat row: when the mute ends (epoch number).
   */
  mute_expiration?: number | string | null;
  /**
   * Raw chat row: chat name.
   */
  name?: string | null;
  /**
   * Unique identifier of the organisation that owns the WhatsApp account.
   */
  org_id: OrgIdInput;
  /**
   * WhatsApp id of the organisation's account the chat belongs to (`{phone_number}@c.us`).
   */
  org_phone?: ContactIdInput | null;
  /**
   * Per-chat access overrides (undocumented JSON).
   */
  override_chat_access?: unknown;
  /**
   * Id of the parent community of the group.
   */
  parent_community_id?: ChatIdInput | null;
  /**
   * Raw chat row: whether the chat is pinned.
   */
  pinned?: boolean | null;
  /**
   * Pinned messages (undocumented; the types describe
   * `[{message_id, pinned_at, expires_at}]` with epoch numbers).
   */
  pinned_messages?: unknown;
  /**
   * Snooze state (undocumented; the types describe `{snooze_until, snooze_message?,
   * snooze_by?}`).
   */
  snooze_metadata?: unknown;
  /**
   * Raw chat row: time of the last activity.
   */
  timestamp?: TimestampInput | null;
  /**
   * Unread counts (undocumented): a map of phone to count in the object type, a number in the
   * raw chat row.
   */
  unread_count?: unknown;
  /**
   * When the chat was last updated.
   */
  updated_at?: TimestampInput | null;
  /**
   * Zoho CRM integration metadata (undocumented JSON).
   */
  zohocrm_metadata?: unknown;
  /**
   * Zoho Desk integration metadata (undocumented JSON).
   */
  zohodesk_metadata?: unknown;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A participant of a chat, merged with what Periskope knows of the contact.
 *
 * The first ten fields are documented on the chat object page; `contact_labels` appears in
 * ticket payloads; the fields after it come from the contact row that Periskope's types merge
 * into a member (see the Contact object). `org_id` and `chat_id` need not match the enclosing
 * chat's in the documented examples, and are not checked against it.
 */
export interface ChatMemberInput {
  /**
   * WhatsApp Business profile of the contact (JSON).
   */
  business_profile?: unknown;
  /**
   * Unique identifier of the chat.
   */
  chat_id: ChatIdInput;
  /**
   * Hex colour assigned to the member in Periskope's UI, such as `#B4876E`.
   */
  contact_color?: string | null;
  /**
   * WhatsApp id of the member (`{phone_number}@c.us`).
   */
  contact_id: ContactIdInput;
  /**
   * URL of the member's profile image.
   */
  contact_image?: string | null;
  /**
   * Comma-separated labels of the contact, such as `"label1, label2"` or `""` (ticket payloads
   * only); see `ChatMember::contact_label_names`.
   */
  contact_labels?: string | null;
  /**
   * WhatsApp LID (linked id) of the contact.
   */
  contact_lid?: string | null;
  /**
   * Display name of the member.
   */
  contact_name?: string | null;
  /**
   * Kind of contact, such as `user` or `business`.
   */
  contact_type?: string | null;
  /**
   * whatsapp-web.js id object of the contact (JSON).
   */
  id?: unknown;
  /**
   * Whether the member has admin privileges in the chat.
   */
  is_admin?: boolean | null;
  /**
   * Whether the contact is blocked.
   */
  is_blocked?: boolean | null;
  /**
   * Whether the contact is a WhatsApp Business account.
   */
  is_business?: boolean | null;
  /**
   * Whether the contact is a WhatsApp enterprise account.
   */
  is_enterprise?: boolean | null;
  /**
   * Whether the contact is a group.
   */
  is_group?: boolean | null;
  /**
   * Whether the contact was imported from an external source.
   */
  is_imported?: boolean | null;
  /**
   * Whether the member is an internal user of the organisation.
   */
  is_internal?: boolean | null;
  /**
   * Whether the contact is the organisation's own account.
   */
  is_me?: boolean | null;
  /**
   * Whether the contact is in the phone's address book.
   */
  is_my_contact?: boolean | null;
  /**
   * Whether the member has super admin privileges in the chat.
   */
  is_super_admin?: boolean | null;
  /**
   * Whether the contact is a WhatsApp user.
   */
  is_user?: boolean | null;
  /**
   * Whether the contact is a WhatsApp contact.
   */
  is_wa_contact?: boolean | null;
  /**
   * Labels on the contact: label id to `true`.
   */
  label_ids?: { [key: string]: boolean } | null;
  /**
   * Name of the contact in the phone's address book.
   */
  name?: string | null;
  /**
   * Phone number of the contact.
   */
  number?: string | null;
  /**
   * Unique identifier of the organisation that owns the WhatsApp account.
   */
  org_id: OrgIdInput;
  /**
   * WhatsApp id of the organisation's account (`{phone_number}@c.us`).
   */
  org_phone: ContactIdInput;
  /**
   * Name given to the contact in Periskope.
   */
  periskope_name?: string | null;
  /**
   * Name the contact set for themselves on WhatsApp.
   */
  pushname?: string | null;
  /**
   * Short name of the contact.
   */
  short_name?: string | null;
  /**
   * When the contact was last updated.
   */
  updated_at?: TimestampInput | null;
  /**
   * WhatsApp Business verification level.
   */
  verified_level?: number | string | null;
  /**
   * WhatsApp Business verified name.
   */
  verified_name?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A WhatsApp message as Periskope stores it.
 *
 * Returned by get-message and list-messages, embedded as a chat's `latest_message`, and carried
 * by the `message.*` webhooks. Only `message_id` and `org_id` are required: older doc revisions
 * and some endpoints leave fields out, and every other field may be `null`.
 */
export interface MessageInput {
  /**
   * Delivery acknowledgement, such as `"4"` (read); see `Ack`.
   */
  ack?: AckInput | null;
  /**
   * Author of a group message (the sender's WhatsApp id); `null` in 1:1 chats.
   */
  author?: ContactIdInput | null;
  /**
   * Text of the message, or the caption of its media.
   */
  body?: string | null;
  /**
   * Whether the message is a broadcast.
   */
  broadcast?: boolean | null;
  /**
   * Id of the Periskope broadcast that sent the message.
   */
  broadcast_id?: string | null;
  /**
   * Id of the chat the message is in.
   */
  chat_id?: ChatIdInput | null;
  /**
   * Per-recipient delivery and read state.
   */
  delivery_info?: DeliveryInfoInput | null;
  /**
   * Kind of device the sender used, such as `android`.
   */
  device_type?: DeviceTypeInput | null;
  /**
   * Duration of audio or video media. Documented both as a string and as an integer; a number
   * is read as its text.
   */
  duration?: string | number | null;
  /**
   * Details of the flag (undocumented; the types describe `{status, response_type?,
   * response_id?, response_timestamp?, response_email?, flagged_by?, flagged_at?,
   * response_phone?}`).
   */
  flag_metadata?: unknown;
  /**
   * Time taken to respond to the flagged message (undocumented number).
   */
  flag_response_time?: number | string | null;
  /**
   * Whether the message is flagged for follow-up.
   */
  flag_status?: boolean | null;
  /**
   * How many times the message was forwarded. Sent as a number or a numeric string.
   */
  forwarding_score?: number | string | null;
  /**
   * Sender of the message (a chat id); `null` on outgoing messages in newer payloads.
   */
  from?: ChatIdInput | null;
  /**
   * Whether the organisation phone sent the message.
   */
  from_me?: boolean | null;
  /**
   * Full-text search vector of the body as Postgres text, such as `"'hello':1 'world':3"`
   * (undocumented, opaque).
   */
  fts?: string | null;
  /**
   * Whether the message has media.
   */
  has_media?: boolean | null;
  /**
   * Whether the message quotes (replies to) another message.
   */
  has_quoted_msg?: boolean | null;
  /**
   * Whether the message has a reaction.
   */
  has_reaction?: boolean | null;
  /**
   * Search highlight (undocumented number).
   */
  highlight?: unknown;
  /**
   * WhatsApp's key of the message.
   */
  id?: MessageKeyInput | null;
  /**
   * Group invite carried by the message (documented both as an object and as a string;
   * whatsapp-web.js: `{inviteCode, inviteCodeExp, groupId, groupName, fromId, toId}`).
   */
  invite_v4?: unknown;
  /**
   * Whether the message was deleted.
   */
  is_deleted?: boolean | null;
  /**
   * Whether the message is a disappearing message.
   */
  is_ephemeral?: boolean | null;
  /**
   * Whether the message was forwarded.
   */
  is_forwarded?: boolean | null;
  /**
   * Whether the media is a GIF.
   */
  is_gif?: boolean | null;
  /**
   * Whether this is a private note (true on notes).
   */
  is_private_note?: boolean | null;
  /**
   * Whether the message is starred.
   */
  is_starred?: boolean | null;
  /**
   * Whether the message is a status (story).
   */
  is_status?: boolean | null;
  /**
   * Links in the message: an array of link objects or URLs, a string holding such an array
   * as JSON (`"[]"`), or `null`; written as an array. Read as `Links` when it has one of
   * those shapes, kept verbatim otherwise.
   */
  links?: unknown;
  /**
   * Location shared in the message: read as a `Location` when it has that shape, kept
   * verbatim otherwise (its shape is undocumented).
   */
  location?: unknown;
  /**
   * Media attached to the message: read as `Media` when it has that shape, kept verbatim
   * otherwise.
   */
  media?: unknown;
  /**
   * WhatsApp media key.
   */
  media_key?: string | null;
  /**
   * WhatsApp ids of the users mentioned in the message (in notes: `@<email>` mentions).
   */
  mentioned_ids?: string[] | null;
  /**
   * Unique serialized message id, such as
   * `true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874`.
   */
  message_id: MessageIdInput;
  /**
   * The original send request (undocumented; the types describe `{chat_id, message_type?,
   * body?, media?, …}`).
   */
  message_payload?: unknown;
  /**
   * Id of the ticket the message is attached to.
   */
  message_ticket_id?: string | null;
  /**
   * Kind of message, such as `chat` (text) or `image`; it does not always match the content.
   */
  message_type?: MessageTypeInput | null;
  /**
   * Order id (business chats).
   */
  order_id?: string | null;
  /**
   * Unique identifier of the organisation.
   */
  org_id: OrgIdInput;
  /**
   * WhatsApp id of the organisation phone that sent or received the message.
   */
  org_phone?: ContactIdInput | null;
  /**
   * Who sent the message through Periskope: a user's e-mail, `api`, or `null`.
   */
  performed_by?: string | null;
  /**
   * Definition of the poll the message carries: read as `PollInfo` when it has that shape,
   * kept verbatim otherwise.
   */
  poll_info?: unknown;
  /**
   * Votes on the poll (undocumented JSON; the types describe a map of maps of strings).
   */
  poll_results?: unknown;
  /**
   * Body before the last edit; set after edit-message.
   */
  prev_body?: string | null;
  /**
   * Id of the quoted message (format varies by endpoint; opaque).
   */
  quoted_message_id?: string | null;
  /**
   * Raw data of the message (documented both as a string and as an object; the types describe
   * an object with optional `translations`).
   */
  raw_data?: unknown;
  /**
   * Reactions on the message (get-message only): reaction objects as sent.
   */
  reactions?: unknown[] | null;
  /**
   * WhatsApp id of the sender's phone, such as `918527184400@c.us`.
   */
  sender_phone?: string | null;
  /**
   * Periskope's id of the send request (a UUID); for notes it equals `unique_id`.
   */
  sent_message_id?: string | null;
  /**
   * When the message was sent.
   */
  timestamp?: TimestampInput | null;
  /**
   * Recipient chat; `null` in newer payloads.
   */
  to?: ChatIdInput | null;
  /**
   * Token (undocumented).
   */
  token?: string | null;
  /**
   * WhatsApp message key (equals `id.id`); the key for the message-status endpoint.
   */
  unique_id?: string | null;
  /**
   * When the message was last updated.
   */
  updated_at?: TimestampInput | null;
  /**
   * vCards shared in the message, such as `["BEGIN:VCARD\n…"]`: read as a list of strings
   * when it is one, kept verbatim otherwise.
   */
  vcards?: unknown;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * An emoji reaction to a message (`tbl_chat_reactions`), as the reaction object page,
 * get-reactions, `reaction.*` webhooks and get-message's `reactions` send it.
 *
 * Required: `org_id`, `message_id`, `reaction_id`, `sender_id` and `org_phone` (never null in
 * Periskope's types). `unique_id` is the id of the message reacted to, not of the reaction.
 */
export interface ReactionInput {
  /**
   * Delivery acknowledgement of the reaction, such as `"0"`.
   */
  ack?: AckInput | null;
  /**
   * Chat or group where the reaction happened.
   */
  chat_id?: ChatIdInput | null;
  /**
   * WhatsApp key of the reaction.
   */
  id?: MessageKeyInput | null;
  /**
   * Serialized id of the message reacted to.
   */
  message_id: MessageIdInput;
  /**
   * WhatsApp key of the message reacted to.
   */
  msg_id?: MessageKeyInput | null;
  /**
   * Unique identifier of the organisation.
   */
  org_id: OrgIdInput;
  /**
   * WhatsApp id of the organisation's phone.
   */
  org_phone: ContactIdInput;
  /**
   * Non-zero when the message reacted to no longer exists. Documented as the string `"0"`,
   * a number in Periskope's types; written as an integer.
   */
  orphan?: number | string | null;
  /**
   * Why the reaction is orphaned.
   */
  orphan_reason?: string | null;
  /**
   * The emoji, such as `"👍"`; empty when a reaction is removed.
   */
  reaction?: string | null;
  /**
   * Serialized id of the reaction itself.
   */
  reaction_id: MessageIdInput;
  /**
   * Whether the recipient has seen the reaction.
   */
  read?: boolean | null;
  /**
   * WhatsApp id of the person who reacted.
   */
  sender_id: ContactIdInput;
  /**
   * When the reaction was made.
   */
  timestamp?: TimestampInput | null;
  /**
   * WhatsApp id of the message reacted to (its `id.id`).
   */
  unique_id?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A contact (`tbl_contacts`), as the contact object page, get-contacts and get-contact-by-id
 * send it.
 *
 * Required: `contact_id` and `org_id`. Get-contacts leaves `chat_ids` out; the fields after
 * `updated_at` come from Periskope's types (the contact row mirrors whatsapp-web.js).
 */
export interface ContactInput {
  /**
   * WhatsApp Business profile of the contact (JSON).
   */
  business_profile?: unknown;
  /**
   * Chats the contact is in (groups and 1:1 chats); left out by get-contacts.
   */
  chat_ids?: ChatIdInput[] | null;
  /**
   * The contact's chats (Periskope's full contact type).
   */
  chats?: ChatInput[] | null;
  /**
   * Hex colour of the contact in Periskope's UI, such as `#FA6533`.
   */
  contact_color?: string | null;
  /**
   * WhatsApp id of the contact, such as `919537851844@c.us`.
   */
  contact_id: ContactIdInput;
  /**
   * URL of the contact's profile image.
   */
  contact_image?: string | null;
  /**
   * WhatsApp LID (linked id) of the contact.
   */
  contact_lid?: string | null;
  /**
   * Display name of the contact.
   */
  contact_name?: string | null;
  /**
   * Kind of contact, such as `user` or `business` (no documented list).
   */
  contact_type?: string | null;
  /**
   * whatsapp-web.js id object of the contact (JSON).
   */
  id?: unknown;
  /**
   * Whether the contact is blocked.
   */
  is_blocked?: boolean | null;
  /**
   * Whether the contact is a WhatsApp Business account.
   */
  is_business?: boolean | null;
  /**
   * Whether the contact is a WhatsApp enterprise account.
   */
  is_enterprise?: boolean | null;
  /**
   * Whether the contact is a group.
   */
  is_group?: boolean | null;
  /**
   * Whether the contact was imported from an external source.
   */
  is_imported?: boolean | null;
  /**
   * Whether the contact is an internal user of the organisation (their messages are not
   * flagged).
   */
  is_internal?: boolean | null;
  /**
   * Whether the contact is the organisation's own account.
   */
  is_me?: boolean | null;
  /**
   * Whether the contact is in the phone's address book.
   */
  is_my_contact?: boolean | null;
  /**
   * Whether the contact is a WhatsApp user.
   */
  is_user?: boolean | null;
  /**
   * Whether the contact is a WhatsApp contact.
   */
  is_wa_contact?: boolean | null;
  /**
   * Labels on the contact: label id to `true` (get endpoints only).
   */
  label_ids?: { [key: string]: boolean } | null;
  /**
   * Label names on the contact. Update requests send them as one comma-separated string.
   */
  labels?: string[] | null;
  /**
   * Name of the contact in the phone's address book.
   */
  name?: string | null;
  /**
   * Phone number of the contact.
   */
  number?: string | null;
  /**
   * Unique identifier of the organisation.
   */
  org_id: OrgIdInput;
  /**
   * Name given to the contact in Periskope.
   */
  periskope_name?: string | null;
  /**
   * Name the contact set for themselves on WhatsApp.
   */
  pushname?: string | null;
  /**
   * Short name of the contact.
   */
  short_name?: string | null;
  /**
   * When the contact was last updated.
   */
  updated_at?: TimestampInput | null;
  /**
   * WhatsApp Business verification level.
   */
  verified_level?: number | string | null;
  /**
   * WhatsApp Business verified name.
   */
  verified_name?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A private note (`tbl_chat_notes`), as the note object page, create-note and `note.created`
 * send it.
 *
 * Required: `message_id`, `org_id`, `org_phone` and `is_private_note` (never null in
 * Periskope's types). The note endpoints return message objects, so message fields this type
 * does not have are kept in `Note::extra`; `crate::Message` reads a note too.
 */
export interface NoteInput {
  /**
   * Delivery acknowledgement (undocumented for notes; `"3"` in the examples).
   */
  ack?: AckInput | null;
  /**
   * Text of the note.
   */
  body?: string | null;
  /**
   * Chat the note was added to.
   */
  chat_id?: ChatIdInput | null;
  /**
   * Whether a user of the organisation created the note.
   */
  from_me?: boolean | null;
  /**
   * `true` when the note was deleted, otherwise `null`.
   */
  is_deleted?: boolean | null;
  /**
   * Always `true` for a note.
   */
  is_private_note: boolean;
  /**
   * Attached media: `{path, filename, mimetype}`, or the `{filename, mimetype, filedata}` echo
   * of a create request; read as `Media` when it has that shape, kept verbatim otherwise.
   */
  media?: unknown;
  /**
   * Users mentioned in the note, as `@<email>` (not WhatsApp ids).
   */
  mentioned_ids?: string[] | null;
  /**
   * Unique id of the note, such as `true_2634e275-ac58-4c85-892d-83882810fc1c_api`.
   */
  message_id: MessageIdInput;
  /**
   * Message type (undocumented for notes; `chat` even with audio media).
   */
  message_type?: MessageTypeInput | null;
  /**
   * Unique identifier of the organisation.
   */
  org_id: OrgIdInput;
  /**
   * WhatsApp id of the organisation's phone.
   */
  org_phone: ContactIdInput;
  /**
   * E-mail of the user who created the note, or `api`.
   */
  performed_by?: string | null;
  /**
   * Text before the last edit.
   */
  prev_body?: string | null;
  /**
   * Id of the message or note this note replies to: a UUID (a `unique_id`), not a serialized
   * message id.
   */
  quoted_message_id?: string | null;
  /**
   * Organisation phone that added the note.
   */
  sender_phone?: string | null;
  /**
   * Id of the created note (the same as `unique_id`).
   */
  sent_message_id?: string | null;
  /**
   * When the note was created.
   */
  timestamp?: TimestampInput | null;
  /**
   * Unique id of the note (a UUID).
   */
  unique_id?: string | null;
  /**
   * When the note was last updated.
   */
  updated_at?: TimestampInput | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A support ticket (`tbl_chat_tickets`).
 *
 * It has two documented shapes, both read by this type. The row shape (get-tickets) has
 * `chat_id`, `last_updated_at`, `labels`, `label_ids`, `custom_properties` and the
 * `*_metadata` maps. The info shape (inside `TicketInfo`) has `ticket_labels` and
 * `ticket_custom_properties` instead. Required: `ticket_id` and `org_id`.
 */
export interface TicketInput {
  /**
   * Who assigned the ticket.
   */
  assigned_by?: string | null;
  /**
   * E-mail of the organisation user the ticket is assigned to.
   */
  assignee?: string | null;
  /**
   * The ticket's chat, when embedded (row shape).
   */
  chat?: ChatInput | null;
  /**
   * Chat the ticket belongs to (row shape).
   */
  chat_id?: ChatIdInput | null;
  /**
   * How the ticket was closed (JSON; the types give `closed_by`, `closed_at`,
   * `closed_message`, `send_reply_message_id` or anything).
   */
  close_ticket_metadata?: unknown;
  /**
   * When the ticket was closed.
   */
  closed_at?: TimestampInput | null;
  /**
   * Who closed the ticket (info shape).
   */
  closed_by?: string | null;
  /**
   * Message sent when the ticket was closed (info shape).
   */
  closed_message?: string | null;
  /**
   * When the ticket was created.
   */
  created_at?: TimestampInput | null;
  /**
   * Custom properties: name to value (row shape).
   */
  custom_properties?: { [key: string]: unknown } | null;
  /**
   * Due date: a timestamp, or text kept verbatim when it is not one (`"2025-04-20"`).
   */
  due_date?: DueDateInput | null;
  /**
   * When the ticket was first assigned.
   */
  first_assigned_at?: TimestampInput | null;
  /**
   * Link to a Freshdesk ticket (JSON).
   */
  freshdesk_metadata?: unknown;
  /**
   * Link to a HubSpot ticket (JSON).
   */
  hubspot_metadata?: unknown;
  /**
   * Whether the ticket was deleted.
   */
  is_deleted?: boolean | null;
  /**
   * Labels: label id to `true` (row shape).
   */
  label_ids?: { [key: string]: boolean } | null;
  /**
   * Label names (row shape).
   */
  labels?: string[] | null;
  /**
   * When the ticket was last updated (row shape).
   */
  last_updated_at?: TimestampInput | null;
  /**
   * Who last updated the ticket.
   */
  last_updated_by?: string | null;
  /**
   * Unique identifier of the organisation.
   */
  org_id: OrgIdInput;
  /**
   * Priority: 1 low, 2 medium, 3 high, 4 urgent; 0 is seen too. Read from an integer or a
   * numeric string (`"2"` in update requests), written as an integer.
   */
  priority?: number | string | null;
  /**
   * The message the ticket was raised from, when embedded (row shape).
   */
  quoted_message?: MessageInput | null;
  /**
   * WhatsApp id of the message the ticket was raised from: a bare key such as
   * `3EB0DAB631F7E580EAAE0C`, not a serialized message id.
   */
  quoted_message_id?: string | null;
  /**
   * Who raised the ticket.
   */
  raised_by?: string | null;
  /**
   * Response time (undocumented; a number in Periskope's types).
   */
  response_time?: number | string | null;
  /**
   * Status, such as `open` or `inprogress`.
   */
  status?: TicketStatusInput | null;
  /**
   * Subject of the ticket.
   */
  subject?: string | null;
  /**
   * Custom properties: name to value (info shape).
   */
  ticket_custom_properties?: { [key: string]: unknown } | null;
  /**
   * Ticket id, such as `BKT-001`.
   */
  ticket_id: TicketIdInput;
  /**
   * Comma-separated labels, such as `"label1, label2"` (info shape); see
   * `Ticket::ticket_label_names`.
   */
  ticket_labels?: string | null;
  /**
   * Link to a Zoho Desk ticket (JSON).
   */
  zohodesk_metadata?: unknown;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * What `ticket.created`, `ticket.updated` and `ticket.deleted` webhooks, get-ticket-by-id and
 * update-ticket send: the chat, the ticket (info shape) and the messages it concerns.
 *
 * Required: `chat`.
 */
export interface TicketInfoInput {
  /**
   * Messages attached to the ticket.
   */
  attached_messages?: TicketMessageInput[] | null;
  /**
   * The ticket's chat; its members carry `contact_labels`.
   */
  chat: ChatInput;
  /**
   * The message the ticket was raised on.
   */
  message?: TicketMessageInput | null;
  /**
   * The ticket.
   */
  ticket?: TicketInput | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A chat notification (`tbl_chat_notifications`), as `chat.notification.created`,
 * get-notifications-in-chat and list-all-notifications send it.
 *
 * Required: `notification_id`, `org_id` and `org_phone` (never null in Periskope's types). The
 * `id` object arrives with mixed key spellings (`fromMe` with `serialized`), which
 * `MessageKey` reads.
 */
export type ChatNotificationInput = {
  /**
   * WhatsApp id of who performed the action.
   */
  author?: ContactIdInput | null;
  /**
   * Text of the notification (always `null` in the examples).
   */
  body?: string | null;
  /**
   * The group the notification is about.
   */
  chat_id?: ChatIdInput | null;
  /**
   * WhatsApp key of the notification.
   */
  id?: MessageKeyInput | null;
  /**
   * Extra data (JSON); Periskope's types describe call notifications (`isVideo`,
   * `isOutgoing`, `call_result`).
   */
  metadata?: unknown;
  /**
   * Notification id: a serialized id with the type appended, such as
   * `true_1203…@g.us_fa3c…_918527184400@c.us_remove`.
   */
  notification_id: MessageIdInput;
  /**
   * Unique identifier of the organisation.
   */
  org_id: OrgIdInput;
  /**
   * WhatsApp id of the organisation's phone.
   */
  org_phone: ContactIdInput;
  /**
   * Another spelling of `recipientids`, read the same way.
   */
  recipientIds?: ContactIdInput[] | null;
  /**
   * The participants the action concerns. Also read as `recipientIds` (whatsapp-web.js).
   */
  recipientids?: ContactIdInput[] | null;
  /**
   * When it happened.
   */
  timestamp?: TimestampInput | null;
  /**
   * What happened, such as `add` or `remove`.
   */
  type?: NotificationTypeInput | null;
  /**
   * Id of the notification (32 lowercase hex digits, equal to `id.id`).
   */
  unique_id?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
};

/**
 * A webhook body: the documented envelope (`event` or `event_type`, `data`, `org_id`, `previous_attributes`, `timestamp`), or the bare data object, whose type is told by its keys.
 */
export type WebhookEventInput =
  | WebhookEnvelopeInput
  | UnknownWebhookEnvelopeInput
  | BareTicketInfoInput
  | BareReactionInput
  | BareChatNotificationInput
  | BarePhoneInput
  | BareNoteInput
  | BareMessageInput
  | BareChatInput;

/**
 * List all chats: `{chats, count, from, to}`.
 */
export interface ChatListInput {
  /**
   * The chats (list-all-chats omits `members` and adds `member_add_mode`).
   */
  chats: ChatInput[];
  /**
   * How many items match in all.
   */
  count?: number | string | null;
  /**
   * Offset of the first item returned.
   */
  from?: number | string | null;
  /**
   * Offset after the last item returned (absent from the message list examples).
   */
  to?: number | string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * List messages (all, or of a chat): `{messages, count, from, to?}`.
 */
export interface MessageListInput {
  /**
   * How many items match in all.
   */
  count?: number | string | null;
  /**
   * Offset of the first item returned.
   */
  from?: number | string | null;
  /**
   * The messages.
   */
  messages: MessageInput[];
  /**
   * Offset after the last item returned (absent from the message list examples).
   */
  to?: number | string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * List notifications (all, or of a chat): `{messages, count, from, to?}`. The list is under
 * `messages` in the docs and `notifictions` (sic) in Periskope's types; both are read.
 */
export type NotificationListInput = ({ messages: unknown } | { notifictions: unknown }) & {
  /**
   * How many items match in all.
   */
  count?: number | string | null;
  /**
   * Offset of the first item returned.
   */
  from?: number | string | null;
  /**
   * The notifications; an entry that is not an object (one OpenAPI example shows
   * `["<any>"]`) is kept as it is.
   */
  messages?: NotificationEntryInput[];
  /**
   * Another spelling of `messages`, read the same way.
   */
  notifictions?: NotificationEntryInput[];
  /**
   * Offset after the last item returned (absent from the message list examples).
   */
  to?: number | string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
};

/**
 * Get contacts: `{contacts, count?, from?, to?}`.
 */
export interface ContactListInput {
  /**
   * The contacts (without `chat_ids`).
   */
  contacts: ContactInput[];
  /**
   * How many items match in all.
   */
  count?: number | string | null;
  /**
   * Offset of the first item returned.
   */
  from?: number | string | null;
  /**
   * Offset after the last item returned (absent from the message list examples).
   */
  to?: number | string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Get tickets: `{tickets, count, from, to}`, the tickets in the row shape.
 */
export interface TicketListInput {
  /**
   * How many items match in all.
   */
  count?: number | string | null;
  /**
   * Offset of the first item returned.
   */
  from?: number | string | null;
  /**
   * The tickets.
   */
  tickets: TicketInput[];
  /**
   * Offset after the last item returned (absent from the message list examples).
   */
  to?: number | string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Get notes: `{notes, count, from, to, start_time, end_time}`.
 */
export interface NoteListInput {
  /**
   * How many items match in all.
   */
  count?: number | string | null;
  /**
   * End of the time window asked for.
   */
  end_time?: TimestampInput | null;
  /**
   * Offset of the first item returned.
   */
  from?: number | string | null;
  /**
   * The notes.
   */
  notes: NoteInput[];
  /**
   * Start of the time window asked for, such as `2025-08-15T00:00:00Z`.
   */
  start_time?: TimestampInput | null;
  /**
   * Offset after the last item returned (absent from the message list examples).
   */
  to?: number | string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Get reactions: `{reactions, count, from, to, start_time, end_time}`.
 */
export interface ReactionListInput {
  /**
   * How many items match in all.
   */
  count?: number | string | null;
  /**
   * End of the time window asked for.
   */
  end_time?: TimestampInput | null;
  /**
   * Offset of the first item returned.
   */
  from?: number | string | null;
  /**
   * The reactions.
   */
  reactions: ReactionInput[];
  /**
   * Start of the time window asked for.
   */
  start_time?: TimestampInput | null;
  /**
   * Offset after the last item returned (absent from the message list examples).
   */
  to?: number | string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Create a note: `{success, message, data}`.
 */
export interface CreateNoteResponseInput {
  /**
   * The note created.
   */
  data?: NoteInput | null;
  /**
   * What happened, in words.
   */
  message?: string | null;
  /**
   * Whether the note was created.
   */
  success: boolean;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * What sending a message returns: `{queue_id, queue_position, unique_id?, hint?}`, or (oldest) chat id to queue id.
 */
export type SendMessageResponseInput = QueuedMessageInput | QueueIdsByChatInput;

/**
 * Add, remove, promote or demote group participants: each participant's id to its result.
 */
export type GroupParticipantsResponseInput = { [key: string]: ParticipantResultInput };

/**
 * Get all phones: an array of `Phone`.
 */
export type PhoneListInput = PhoneInput[];

/**
 * Create a chat: `{chat_id}`.
 */
export interface CreateChatResponseInput {
  /**
   * The new chat's id.
   */
  chat_id: ChatIdInput;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * An entry of the knowledge base: a question and answer, or a part of a document.
 */
export interface AiContextInput {
  /**
   * The answer, or the document's text.
   */
  answer?: string | null;
  /**
   * Files that go with the answer (JSON).
   */
  attachments?: unknown;
  /**
   * Id of the entry.
   */
  context_id: string;
  /**
   * When the entry was made.
   */
  created_at?: TimestampInput | null;
  /**
   * The document the entry is part of.
   */
  document_id?: string | null;
  /**
   * The entry's embedding, as text.
   */
  embedding?: string | null;
  /**
   * Metadata (JSON).
   */
  metadata?: unknown;
  /**
   * The organisation.
   */
  org_id?: OrgIdInput | null;
  /**
   * The question (FAQ entries).
   */
  question?: string | null;
  /**
   * `faq` or `document`.
   */
  type?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Get a document: an array of `AiContext`, one per part.
 */
export type AiContextListInput = AiContextInput[];

/**
 * An error answer: `{code, message, status}`, with `fields` on a validation error (422).
 */
export interface ApiErrorInput {
  /**
   * What went wrong, such as `VALIDATION_ERROR`.
   */
  code: ApiErrorCodeInput;
  /**
   * The fields that failed validation, keyed as sent: `body.chat_id` (newer endpoints) or a bare
   * name (`limit`, `x-phone`).
   */
  fields?: { [key: string]: FieldErrorInput } | null;
  /**
   * What went wrong, in words (some keep template text such as `${MAX_LIMIT}`).
   */
  message: string;
  /**
   * Name of the error class, such as `Validation Error`.
   */
  name?: string | null;
  /**
   * The HTTP status again.
   */
  status?: number | string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Broadcast a message: `{broadcast_id}`.
 */
export interface BroadcastResponseInput {
  /**
   * Id of the broadcast, for its status and to cancel it.
   */
  broadcast_id: string;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Get broadcast status: how many chats got the message.
 */
export interface BroadcastStatusInput {
  /**
   * The broadcast.
   */
  broadcast_id: string;
  /**
   * Its state, such as `inprogress`, `completed`, `stopped` or `expired`.
   */
  broadcast_status?: string | null;
  /**
   * When the broadcast was made.
   */
  created_at?: TimestampInput | null;
  /**
   * Share of recipients reached, in percent.
   */
  delivered_percentage?: number | string | null;
  /**
   * Chats that failed.
   */
  failed_chats?: number | string | null;
  /**
   * What happened, line by line.
   */
  logs?: string[] | null;
  /**
   * What is sent (JSON), such as `{body, message_type, performed_by}`.
   */
  message_payload?: unknown;
  /**
   * The organisation.
   */
  org_id?: OrgIdInput | null;
  /**
   * Chats still to send to.
   */
  pending_chats?: number | string | null;
  /**
   * When it was sent.
   */
  performed_at?: TimestampInput | null;
  /**
   * Who sent the broadcast.
   */
  performed_by?: string | null;
  /**
   * Share of recipients who read it, in percent.
   */
  read_percentage?: number | string | null;
  /**
   * When it was scheduled for.
   */
  scheduled_at?: TimestampInput | null;
  /**
   * Chats sent to.
   */
  sent_chats?: number | string | null;
  /**
   * Chats to send to.
   */
  total_chats?: number | string | null;
  /**
   * Recipients the message reached.
   */
  total_delivered_count?: number | string | null;
  /**
   * Recipients in all (group members counted).
   */
  total_member_count?: number | string | null;
  /**
   * Recipients who read it.
   */
  total_read_count?: number | string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Cancel a broadcast: `{broadcast_id, status}`.
 */
export interface CancelBroadcastResponseInput {
  /**
   * The broadcast.
   */
  broadcast_id: string;
  /**
   * What became of it: `deleted` (not started) or `stopped`.
   */
  status?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Create or delete an FAQ: `{context_id}`.
 */
export interface ContextIdResponseInput {
  /**
   * The entry.
   */
  context_id: string;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Create a webhook subscription: an array of `WebhookSubscription` (one per event), or one
 * object as the docs show it.
 */
export type CreateWebhookResponseInput = WebhookSubscriptionInput[] | WebhookSubscriptionInput;

/**
 * Delete a scheduled message: `{success, message, scheduled_id}`.
 */
export interface DeleteScheduledMessageResponseInput {
  /**
   * What happened, in words.
   */
  message?: string | null;
  /**
   * The deleted scheduled message.
   */
  scheduled_id: string;
  /**
   * Whether it was deleted.
   */
  success?: boolean | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Delete a document: `{document_id}`.
 */
export interface DocumentIdResponseInput {
  /**
   * The document.
   */
  document_id: string;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Create a document: an array of `DocumentResult`, one per file.
 */
export type DocumentResultListInput = DocumentResultInput[];

/**
 * Forward a message: each chat it was forwarded to, mapped to `true` (the API documents 204 No
 * Content and shows this body).
 */
export type ForwardResponseInput = { [key: string]: boolean };

/**
 * A group: a full chat, or `{chat_id}` as older revisions answered.
 */
export type GroupResponseInput = ChatInput | GroupCreatedInput;

/**
 * Generate an invite link: `{invite_link}`.
 */
export interface InviteLinkResponseInput {
  /**
   * The link, such as `https://chat.whatsapp.com/invite/…`.
   */
  invite_link?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Invite members: who was added and who was not.
 */
export interface InviteMembersResponseInput {
  /**
   * The members added.
   */
  addedMembers?: OrgMemberInput[] | null;
  /**
   * The invitations that failed.
   */
  errors?: InviteErrorInput[] | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * List the knowledge base: `{data, count}`.
 */
export interface KnowledgeBaseListInput {
  /**
   * How many entries match in all.
   */
  count?: number | string | null;
  /**
   * The entries.
   */
  data: AiContextInput[];
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Get message status: a message from its queueing to its reading.
 */
export interface MessageStatusInput {
  /**
   * Its delivery state as a number (4: played).
   */
  ack?: AckInput | null;
  /**
   * How many times sending was tried.
   */
  attempts?: number | string | null;
  /**
   * The chat.
   */
  chat_id?: ChatIdInput | null;
  /**
   * Recipients it reached.
   */
  delivered_count?: number | string | null;
  /**
   * What was sent.
   */
  message?: MessageStatusContentInput | null;
  /**
   * The message, once sent.
   */
  message_id?: MessageIdInput | null;
  /**
   * Who sent it.
   */
  performed_by?: string | null;
  /**
   * The queued send.
   */
  queue_id?: string | null;
  /**
   * Recipients who read it.
   */
  read_count?: number | string | null;
  /**
   * Its state in words, such as `read`.
   */
  status?: string | null;
  /**
   * Its state, explained.
   */
  status_description?: string | null;
  /**
   * When each step happened.
   */
  timeline?: MessageTimelineInput | null;
  /**
   * The send's unique id, as the send answer gave it.
   */
  unique_id: string;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * List the runs of a scheduled message: `{from, to, count, occurrences}`.
 */
export interface OccurrenceListInput {
  /**
   * How many items match in all.
   */
  count?: number | string | null;
  /**
   * Offset of the first item returned.
   */
  from?: number | string | null;
  /**
   * The runs.
   */
  occurrences: ScheduledMessageOccurrenceInput[];
  /**
   * Offset after the last item returned (absent from the message list examples).
   */
  to?: number | string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A member of the organisation, as the member endpoints answer.
 */
export interface OrgMemberInput {
  /**
   * When the member was added.
   */
  created_at?: TimestampInput | null;
  /**
   * E-mail of the member.
   */
  email: string;
  /**
   * When the member was invited.
   */
  invited_at?: TimestampInput | null;
  /**
   * Who invited the member.
   */
  invited_by?: string | null;
  /**
   * Whether the member has joined.
   */
  is_active?: boolean | null;
  /**
   * Whether the member is online.
   */
  is_online?: boolean | null;
  /**
   * Whether the member owns the organisation.
   */
  is_owner?: boolean | null;
  /**
   * Ids of the labels whose chats the member sees (an array here, unlike the `{id: true}` maps
   * elsewhere).
   */
  label_ids?: LabelIdInput[] | null;
  /**
   * The member's colour in Periskope's UI, such as `blue`.
   */
  member_color?: string | null;
  /**
   * URL of the member's image.
   */
  member_image?: string | null;
  /**
   * Member metadata (JSON), such as `shift_times`.
   */
  member_metadata?: unknown;
  /**
   * Name of the member.
   */
  member_name?: string | null;
  /**
   * The organisation.
   */
  org_id?: OrgIdInput | null;
  /**
   * Organisation phones whose chats the member sees, with `@c.us`.
   */
  org_phones?: ChatIdInput[] | null;
  /**
   * UI preferences (JSON), such as `left_sidebar_open`.
   */
  preferences?: unknown;
  /**
   * Role: `admin` or `member`.
   */
  role?: MemberRoleInput | null;
  /**
   * The member's user id.
   */
  user_id?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Update member access: an array of `OrgMember`.
 */
export type OrgMemberListInput = OrgMemberInput[];

/**
 * Get queue status (deprecated for `QueueHealth`): the phone's job counts.
 */
export interface PhoneQueueStatusInput {
  /**
   * Jobs being sent.
   */
  active?: number | string | null;
  /**
   * Jobs done.
   */
  completed?: number | string | null;
  /**
   * Jobs that failed.
   */
  failed?: number | string | null;
  /**
   * Whether the queue is running.
   */
  is_running?: boolean | null;
  /**
   * Jobs waiting.
   */
  pending?: number | string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Purge queue jobs: what was removed.
 */
export interface PurgeResultInput {
  /**
   * What was purged: `all`, `queue_ids` or `broadcast`.
   */
  mode?: string | null;
  /**
   * Whether jobs were removed.
   */
  purged?: boolean | null;
  /**
   * The queues purged.
   */
  queue_ids?: string[] | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Get queue health: the phone's job counts by state.
 */
export interface QueueHealthInput {
  /**
   * Jobs being sent.
   */
  active?: number | string | null;
  /**
   * Jobs done.
   */
  completed?: number | string | null;
  /**
   * Jobs delayed.
   */
  delayed?: number | string | null;
  /**
   * Jobs that failed.
   */
  failed?: number | string | null;
  /**
   * Jobs paused.
   */
  paused?: number | string | null;
  /**
   * Jobs waiting.
   */
  waiting?: number | string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Get queue jobs: an array of `QueueJob`.
 */
export type QueueJobListInput = QueueJobInput[];

/**
 * A scheduled message, as the scheduled-message endpoints answer.
 */
export interface ScheduledMessageInput {
  /**
   * The chat it goes to.
   */
  chat_id?: ChatIdInput | null;
  /**
   * When it was scheduled.
   */
  created_at?: TimestampInput | null;
  /**
   * Whether it repeats.
   */
  is_repeat?: boolean | null;
  /**
   * What is sent.
   */
  message_payload?: ScheduledPayloadInput | null;
  /**
   * The organisation.
   */
  org_id?: OrgIdInput | null;
  /**
   * The phone that sends it (JID).
   */
  org_phone?: ChatIdInput | null;
  /**
   * When it was paused.
   */
  paused_at?: TimestampInput | null;
  /**
   * Who scheduled it, such as `api`.
   */
  performed_by?: string | null;
  /**
   * How it repeats.
   */
  repeat_config?: RepeatConfigInput | null;
  /**
   * The next run.
   */
  scheduled_at?: TimestampInput | null;
  /**
   * Id of the scheduled message.
   */
  scheduled_id: string;
  /**
   * Whether the next run is skipped.
   */
  skip_next?: boolean | null;
  /**
   * Its state, such as `scheduled`.
   */
  status?: string | null;
  /**
   * When it was last changed.
   */
  updated_at?: TimestampInput | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * List scheduled messages: `{from, to, count, scheduled_messages}`.
 */
export interface ScheduledMessageListInput {
  /**
   * How many items match in all.
   */
  count?: number | string | null;
  /**
   * Offset of the first item returned.
   */
  from?: number | string | null;
  /**
   * The scheduled messages.
   */
  scheduled_messages: ScheduledMessageInput[];
  /**
   * Offset after the last item returned (absent from the message list examples).
   */
  to?: number | string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Send a message and wait: `{status, unique_id, message}`, once it is sent.
 */
export interface SendMessageSyncResponseInput {
  /**
   * The message sent.
   */
  message: MessageInput;
  /**
   * Its state, `sent`.
   */
  status?: string | null;
  /**
   * The send's unique id.
   */
  unique_id?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A webhook subscription, as the webhook endpoints answer.
 */
export interface WebhookSubscriptionInput {
  /**
   * The URL events are posted to.
   */
  hook_url?: string | null;
  /**
   * Id of the subscription, a UUID.
   */
  id: string;
  /**
   * Id of the integration the subscription belongs to.
   */
  integration_id?: string | null;
  /**
   * Metadata kept with the subscription (JSON), such as `{id, name}`.
   */
  integration_metadata?: unknown;
  /**
   * The event, such as `message.created`.
   */
  integration_name?: IntegrationNameInput | null;
  /**
   * Integration type, such as `webhook`.
   */
  integration_type?: string | null;
  /**
   * Whether events are posted (false when paused).
   */
  is_subscribed?: boolean | null;
  /**
   * The organisation.
   */
  org_id?: OrgIdInput | null;
  /**
   * When the subscription was made, as sent (with three fractional digits; the offset is not
   * documented, so the text is not read as a `Timestamp`).
   */
  subscribed_at?: string | null;
  /**
   * Kind of integration, such as `api` or `webhook`.
   */
  type?: IntegrationTypeInput | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * List webhooks: an array of `WebhookSubscription`.
 */
export type WebhookSubscriptionListInput = WebhookSubscriptionInput[];

/**
 * `POST /chats/accept-invite`: joins a group by its invite code.
 */
export interface AcceptGroupInviteRequestInput {
  /**
   * The code of the invite link (`F941tB47B8H07z6hDWdkjO`), not the link.
   */
  invite_code: string;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /message/broadcast`: sends one message to many chats.
 */
export type BroadcastMessageRequestInput = ({ chat_ids: unknown } | { chat_id: unknown }) & {
  /**
   * Another spelling of `chat_ids`, read the same way.
   */
  chat_id?: ChatIdInput[] | string;
  /**
   * The chats to send to. Written as an array; also read from one comma-separated string (older
   * revisions) or from the singular key `chat_id`, which the `--strict` check reports.
   */
  chat_ids?: ChatIdInput[] | string;
  /**
   * Seconds to wait between two chats (1 by default).
   */
  delay?: number | string | null;
  /**
   * A label id whose chats receive the message (older revisions; ignored when `chat_ids` is
   * given).
   */
  label?: string | null;
  /**
   * A file to send.
   */
  media?: MediaAttachmentInput | null;
  /**
   * Text, or the caption of the media; may use the `variables` placeholders.
   */
  message?: string | null;
  /**
   * A poll to send.
   */
  poll?: PollRequestInput | null;
  /**
   * The message to quote.
   */
  reply_to?: MessageIdInput | null;
  /**
   * When to send, in UTC ISO 8601 (`2025-02-06T11:21:00Z`), passed on as sent.
   */
  scheduled_at?: string | null;
  /**
   * Template values for each recipient.
   */
  variables?: BroadcastVariablesInput[] | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
};

/**
 * `POST /contacts/create`: adds a contact to the organisation.
 */
export interface CreateContactRequestInput {
  /**
   * Phone number of the contact: country code and digits, without `@c.us` (`919537851844`).
   */
  contact_id: ContactIdInput;
  /**
   * Name of the contact.
   */
  contact_name: string;
  /**
   * Whether the contact is an internal user of the organisation.
   */
  is_internal?: boolean | null;
  /**
   * Label names as one comma-separated string, such as `"Test, Demo"`; labels that do not exist
   * are created.
   */
  labels?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /knowledge-base/document/create`: adds a document to the knowledge base.
 */
export interface CreateDocumentRequestInput {
  /**
   * Where the document comes from.
   */
  document: DocumentSourceInput;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /chats/create`: creates a WhatsApp group.
 */
export interface CreateGroupRequestInput {
  /**
   * Name of the group.
   */
  group_name: string;
  /**
   * Settings of the new group.
   */
  options?: CreateGroupOptionsInput | null;
  /**
   * Phone numbers to add: country code and digits. People who cannot be added get an invite.
   */
  participants: ContactIdInput[];
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /note/create`: adds a private note to a chat.
 */
export interface CreateNoteRequestInput {
  /**
   * The chat.
   */
  chat_id: ChatIdInput;
  /**
   * A file to attach.
   */
  media?: MediaAttachmentInput | null;
  /**
   * Text of the note.
   */
  message?: string | null;
  /**
   * The note (or message) the note answers.
   */
  reply_to?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /message/scheduled`: schedules a message, once or repeating.
 */
export interface CreateScheduledMessageRequestInput {
  /**
   * The chat.
   */
  chat_id: ChatIdInput;
  /**
   * Whether the message repeats.
   */
  is_repeat?: boolean | null;
  /**
   * A file to send.
   */
  media?: MediaAttachmentInput | null;
  /**
   * Text, or the caption of the media.
   */
  message?: string | null;
  /**
   * How it repeats.
   */
  repeat_config?: RepeatConfigInput | null;
  /**
   * When to send it first, in ISO 8601 (`2026-02-01T09:00:00Z`).
   */
  scheduled_at?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /tickets/create`: opens a ticket on a chat.
 */
export interface CreateTicketRequestInput {
  /**
   * E-mail of the organisation user to assign it to.
   */
  assignee?: string | null;
  /**
   * The chat: a JID, with `@c.us` optional for a 1:1 chat.
   */
  chat_id: ChatIdInput;
  /**
   * Due date, passed on as sent: `2025-04-09 18:29:59+00` or `2025-04-20`.
   */
  due_date?: string | null;
  /**
   * Ticket labels as one comma-separated string.
   */
  labels?: string | null;
  /**
   * Priority: 1 low, 2 medium, 3 high, 4 urgent (0 for none); another value is refused.
   * Written as a number; also read from a numeric string.
   */
  priority?: number | string | null;
  /**
   * The message the ticket is about.
   */
  quoted_message_id?: MessageIdInput | null;
  /**
   * Status; the API opens tickets as `open` unless told otherwise.
   */
  status?: TicketStatusInput | null;
  /**
   * Subject of the ticket.
   */
  subject: string;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /webhooks`: subscribes a URL to events.
 */
export interface CreateWebhookRequestInput {
  /**
   * The http(s) URL Periskope posts the events to.
   */
  hookUrl: string;
  /**
   * Metadata to keep with the subscription.
   */
  integrationMetadata?: { [key: string]: unknown } | null;
  /**
   * The event, or several, such as `message.created`.
   */
  integrationName: IntegrationNameInput | IntegrationNameInput[];
  /**
   * Integration type, such as `webhook`.
   */
  integrationType?: string | null;
  /**
   * Name of the subscription.
   */
  name?: string | null;
  /**
   * Kind of integration, such as `api` or `webhook`.
   */
  type?: IntegrationTypeInput | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /message/{message_id}/edit`: changes the text (or caption) of a message sent less than 15
 * minutes ago.
 */
export interface EditMessageRequestInput {
  /**
   * The new text.
   */
  edited_body: string;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /knowledge-base/faq/create` and `PATCH /knowledge-base/faq/{context_id}`: a question and
 * its answer.
 */
export interface FaqRequestInput {
  /**
   * The answer.
   */
  answer: string;
  /**
   * URLs of files that go with the answer.
   */
  attachments?: string[] | null;
  /**
   * The question.
   */
  question: string;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /message/{message_id}/forward`: forwards a message to other chats.
 */
export interface ForwardMessageRequestInput {
  /**
   * The chats to forward to.
   */
  forward_chat_ids: ChatIdInput[];
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /chats/{chat_id}/add`, `…/promote`, `…/demote` and `…/remove`: changes group members.
 */
export interface GroupParticipantsRequestInput {
  /**
   * On add only: adds people who are not contacts too (false by default).
   */
  force_add_participants?: boolean | null;
  /**
   * Phone numbers: country code and digits.
   */
  participants: ContactIdInput[];
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /members/invite`: invites people to the organisation.
 */
export interface InviteMembersRequestInput {
  /**
   * E-mails of the people to invite.
   */
  emails: string[];
  /**
   * Label names (not ids) whose chats they may see; `null` for none.
   */
  labels?: string[] | null;
  /**
   * Organisation phones whose chats they may see: digits without `@c.us`; `null` for none.
   */
  orgPhones?: string[] | null;
  /**
   * Their role (`member` by default).
   */
  role?: MemberRoleInput | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `PATCH /chats/access`: grants or removes members' access to chats.
 */
export interface OverrideChatAccessRequestInput {
  /**
   * Member e-mail to whether they may see the chats.
   */
  access: { [key: string]: boolean };
  /**
   * The chats.
   */
  chat_ids: ChatIdInput[];
  /**
   * `true` replaces the chats' whole access map, `false` merges into it.
   */
  replace?: boolean | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /message/{message_id}/pin`: pins or unpins a message.
 */
export interface PinMessageRequestInput {
  /**
   * `true` pins the message, `false` unpins it.
   */
  pin: boolean;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /message/queues/purge`: removes queued jobs; with neither field, every job of every queue.
 */
export interface PurgeMessageQueuesRequestInput {
  /**
   * Removes the jobs of this broadcast.
   */
  broadcast_id?: string | null;
  /**
   * The queues to purge.
   */
  queue_ids?: string[] | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `DELETE /queue/purge` (deprecated for `PurgeMessageQueuesRequest`): removes queued jobs; with
 * neither field, every queued job.
 */
export type PurgeQueueRequestInput = {
  /**
   * Removes the jobs of this broadcast.
   */
  broadcast_id?: string | null;
  /**
   * One queue id or several. Also read under `queue_ids`.
   */
  queue_id?: string | string[] | null;
  /**
   * Another spelling of `queue_id`, read the same way.
   */
  queue_ids?: string | string[] | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
};

/**
 * `POST /message/{message_id}/react`: reacts to a message.
 */
export interface ReactToMessageRequestInput {
  /**
   * One emoji, such as `😄`.
   */
  reaction: string;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /message/send` (and `POST /message/send-sync`, `SendMessageSyncRequest`): sends a
 * message to a chat.
 */
export interface SendMessageRequestInput {
  /**
   * The chat: `…@g.us` for a group, `…@c.us` (or bare digits) for a 1:1 chat.
   */
  chat_id: ChatIdInput;
  /**
   * A file to send.
   */
  media?: MediaAttachmentInput | null;
  /**
   * Text, or the caption of the media, with WhatsApp formatting.
   */
  message?: string | null;
  /**
   * Sending options.
   */
  options?: SendOptionsInput | null;
  /**
   * A poll to send.
   */
  poll?: PollRequestInput | null;
  /**
   * The full serialized id of the message to quote.
   */
  reply_to?: MessageIdInput | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /message/send` (and `POST /message/send-sync`, `SendMessageSyncRequest`): sends a
 * message to a chat.
 */
export interface SendMessageSyncRequestInput {
  /**
   * The chat: `…@g.us` for a group, `…@c.us` (or bare digits) for a 1:1 chat.
   */
  chat_id: ChatIdInput;
  /**
   * A file to send.
   */
  media?: MediaAttachmentInput | null;
  /**
   * Text, or the caption of the media, with WhatsApp formatting.
   */
  message?: string | null;
  /**
   * Sending options.
   */
  options?: SendOptionsInput | null;
  /**
   * A poll to send.
   */
  poll?: PollRequestInput | null;
  /**
   * The full serialized id of the message to quote.
   */
  reply_to?: MessageIdInput | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `PATCH /chats/labels`: sets the labels of several chats, replacing the labels they had.
 */
export interface UpdateChatLabelsRequestInput {
  /**
   * The chats to label.
   */
  chat_ids: ChatIdInput[];
  /**
   * The new labels, as one comma-separated string.
   */
  labels: string;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `PATCH /chats/{chat_id}`: changes a chat in Periskope. The API wants at least one field.
 */
export interface UpdateChatRequestInput {
  /**
   * E-mail of the organisation user to assign it to.
   */
  assigned_to?: string | null;
  /**
   * Custom property name or `property-…` id to its new value.
   */
  custom_properties?: { [key: string]: string } | null;
  /**
   * Chat labels as one comma-separated string.
   */
  labels?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `PATCH /contacts/labels`: sets the labels of several contacts, replacing the labels they had.
 */
export interface UpdateContactLabelsRequestInput {
  /**
   * The contacts to label.
   */
  contact_ids: ContactIdInput[];
  /**
   * The new labels, as one comma-separated string.
   */
  labels: string;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `PATCH /contacts/{contact_id}`: changes a contact in Periskope (not on the phone). The API wants
 * at least one field.
 */
export interface UpdateContactRequestInput {
  /**
   * New name of the contact.
   */
  contact_name?: string | null;
  /**
   * Whether the contact is internal (messages from internal contacts are never flagged).
   */
  is_internal?: boolean | null;
  /**
   * Label names as one comma-separated string, such as `"Test, Demo"`; labels that do not exist
   * are created. Matched without regard to case.
   */
  labels?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /chats/{chat_id}/settings`: changes a group's settings. A setting sent as `""` (as a
 * documented example does) is kept verbatim.
 */
export type UpdateGroupSettingsRequestInput = {
  /**
   * Another spelling of `memberAddMode`, read the same way.
   */
  addMembersAdminsOnly?: unknown;
  /**
   * Description of the group.
   */
  description?: string | null;
  /**
   * Public URL of the group's image.
   */
  image?: string | null;
  /**
   * Only admins edit the group's info.
   */
  infoAdminsOnly?: unknown;
  /**
   * Only admins add members. Also read under `addMembersAdminsOnly`, the create-group spelling a
   * documented example uses.
   */
  memberAddMode?: unknown;
  /**
   * Only admins send messages.
   */
  messagesAdminsOnly?: unknown;
  /**
   * Name of the group.
   */
  name?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
};

/**
 * `PATCH /members/access`: changes which chats members (role `member`) may see. Absent leaves an
 * access as it is, `null` clears it, a list sets it; the API wants at least one of the two.
 */
export interface UpdateMemberAccessRequestInput {
  /**
   * E-mails of the members.
   */
  emails: string[];
  /**
   * Label names whose chats they may see.
   */
  labels?: string[] | null;
  /**
   * Organisation phones whose chats they may see: digits without `@c.us`.
   */
  orgPhones?: string[] | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `PATCH /phones/update`: changes the phone chosen by `x-phone`. The API wants at least one field.
 */
export interface UpdatePhoneRequestInput {
  /**
   * Phone labels as one comma-separated string.
   */
  labels?: string | null;
  /**
   * URL of a new profile image.
   */
  phone_image?: string | null;
  /**
   * New name (cannot be changed for phones on the WhatsApp Business app).
   */
  phone_name?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `PATCH /message/scheduled/{scheduled_id}`: changes a scheduled message that has not completed.
 * Fields the docs name but do not spell (pausing) are kept in `extra`.
 */
export interface UpdateScheduledMessageRequestInput {
  /**
   * Whether the message repeats.
   */
  is_repeat?: boolean | null;
  /**
   * A file to send.
   */
  media?: MediaAttachmentInput | null;
  /**
   * Text, or the caption of the media.
   */
  message?: string | null;
  /**
   * How it repeats.
   */
  repeat_config?: RepeatConfigInput | null;
  /**
   * The next run, in ISO 8601.
   */
  scheduled_at?: string | null;
  /**
   * Skips the next run.
   */
  skip_next?: boolean | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `PATCH /tickets/{ticket_id}`: changes a ticket.
 */
export interface UpdateTicketRequestInput {
  /**
   * E-mail of the organisation user to assign it to.
   */
  assignee?: string | null;
  /**
   * Due date: text the API can read as a date; `null` clears it.
   */
  due_date?: string | null;
  /**
   * Ticket labels as one comma-separated string.
   */
  labels?: string | null;
  /**
   * Priority as a numeric string, `"1"` to `"4"` (`"0"` for none); another value is refused.
   * Also read from a number.
   */
  priority?: number | string | null;
  /**
   * New status. Examples send `""`, kept as an unknown status.
   */
  status?: TicketStatusInput | null;
  /**
   * New subject.
   */
  subject?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `PATCH /webhooks/{id}`: changes a subscription. The API wants at least one field.
 */
export interface UpdateWebhookRequestInput {
  /**
   * The http(s) URL Periskope posts the events to.
   */
  hookUrl?: string | null;
  /**
   * Metadata to keep with the subscription.
   */
  integrationMetadata?: { [key: string]: unknown } | null;
  /**
   * The event (one only, unlike create).
   */
  integrationName?: IntegrationNameInput | null;
  /**
   * Integration type, such as `webhook`.
   */
  integrationType?: string | null;
  /**
   * `false` pauses the subscription, `true` resumes it.
   */
  isSubscribed?: boolean | null;
  /**
   * Name of the subscription.
   */
  name?: string | null;
  /**
   * Kind of integration, such as `api` or `webhook`.
   */
  type?: IntegrationTypeInput | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Delivery acknowledgement, an integer or its decimal digits in a string (`4` or `"4"`): -1 failed, 0 pending, 1 sent to the server, 2 delivered, 3 delivered to all group participants (whatsapp-web.js: read), 4 read, 5 read by all group participants.
 */
export type AckInput = number | string;

/**
 * The `code` of an error answer.
 */
export type ApiErrorCodeInput =
  | "UNAUTHORIZED_ERROR"
  | "NOT_FOUND_ERROR"
  | "VALIDATION_ERROR"
  | "RATE_LIMIT_ERROR"
  | "UNKNOWN_ERROR"
  | (string & {});

/**
 * What an attached file is.
 */
export type AttachmentTypeInput = "document" | "image" | "video" | "audio" | (string & {});

/**
 * A bare `Chat`: a body with `chat_id`, without an event name beside `data` and without the keys of the types before it.
 */
export type BareChatInput = ChatInput & {
  /**
   * Absent: a body with this key is another type.
   */
  chat?: null;
  /**
   * Absent: a body with this key is another type.
   */
  message_id?: null;
  /**
   * Absent: a body with this key is another type.
   */
  notification_id?: null;
  /**
   * Absent: a body with this key is another type.
   */
  phone_id?: null;
  /**
   * Absent: a body with this key is another type.
   */
  reaction_id?: null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
};

/**
 * A bare `ChatNotification`: a body with `notification_id`, without an event name beside `data` and without the keys of the types before it.
 */
export type BareChatNotificationInput = ChatNotificationInput & {
  /**
   * Absent: a body with this key is another type.
   */
  chat?: null;
  /**
   * Absent: a body with this key is another type.
   */
  reaction_id?: null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
};

/**
 * A bare `Message`: a body with `message_id`, without an event name beside `data` and without the keys of the types before it.
 */
export type BareMessageInput = MessageInput & {
  /**
   * Absent: a body with this key is another type.
   */
  chat?: null;
  /**
   * Absent: a body with this key is another type.
   */
  notification_id?: null;
  /**
   * Absent: a body with this key is another type.
   */
  phone_id?: null;
  /**
   * Absent: a body with this key is another type.
   */
  reaction_id?: null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
};

/**
 * A bare `Note`: a body with `is_private_note` set to `true`, without an event name beside `data` and without the keys of the types before it.
 */
export type BareNoteInput = NoteInput & {
  /**
   * Absent: a body with this key is another type.
   */
  chat?: null;
  is_private_note: true;
  /**
   * Absent: a body with this key is another type.
   */
  notification_id?: null;
  /**
   * Absent: a body with this key is another type.
   */
  phone_id?: null;
  /**
   * Absent: a body with this key is another type.
   */
  reaction_id?: null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
};

/**
 * A bare `Phone`: a body with `phone_id`, without an event name beside `data` and without the keys of the types before it.
 */
export type BarePhoneInput = PhoneInput & {
  /**
   * Absent: a body with this key is another type.
   */
  chat?: null;
  /**
   * Absent: a body with this key is another type.
   */
  notification_id?: null;
  /**
   * Absent: a body with this key is another type.
   */
  reaction_id?: null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
};

/**
 * A bare `Reaction`: a body with `reaction_id`, without an event name beside `data` and without the keys of the types before it.
 */
export type BareReactionInput = ReactionInput & {
  /**
   * Absent: a body with this key is another type.
   */
  chat?: null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
};

/**
 * A bare `TicketInfo`: a body with `chat`, without an event name beside `data` and without the keys of the types before it.
 */
export type BareTicketInfoInput = TicketInfoInput;

/**
 * Template values for one broadcast recipient.
 */
export interface BroadcastVariablesInput {
  /**
   * The recipient.
   */
  chat_id: ChatIdInput;
  /**
   * Placeholder name to value, such as `name` to `Asha`.
   */
  values: { [key: string]: string };
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Chat id (WhatsApp JID): `{phone}@c.us` for a 1:1 chat, `{group}@g.us` for a group, such as
 * `120363393294700553@g.us`.
 */
export type ChatIdInput = string;

/**
 * Kind of chat.
 *
 * Periskope documents `user`, `group` and `business`; ticket payloads send `chat`, the types add
 * `unknown`, the list filter takes `individual`, and whatsapp-web.js says `solo`. Any other value
 * is kept in `ChatType::Unknown`.
 */
export type ChatTypeInput =
  | "user"
  | "group"
  | "business"
  | "chat"
  | "individual"
  | "solo"
  | "unknown"
  | (string & {});

/**
 * WhatsApp user id (JID) of a person or of an organisation phone, such as
 * `918527184400@c.us`. Some endpoints send bare digits (`919537851844`); both are kept as sent.
 */
export type ContactIdInput = string;

/**
 * Settings of a group to create. Its keys are camelCase but for `force_add_participants`.
 */
export interface CreateGroupOptionsInput {
  /**
   * Only admins add members (false by default).
   */
  addMembersAdminsOnly?: boolean | null;
  /**
   * Description of the group.
   */
  description?: string | null;
  /**
   * Adds people who are not contacts too (false by default).
   */
  force_add_participants?: boolean | null;
  /**
   * Public URL of the group's image.
   */
  image?: string | null;
  /**
   * Only admins edit the group's info (false by default).
   */
  infoAdminsOnly?: boolean | null;
  /**
   * Only admins send messages (false by default).
   */
  messagesAdminsOnly?: boolean | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Who a message was delivered to and read by, and when.
 *
 * Times are epoch **milliseconds** (integers), such as `1737976082277`. They need not be
 * ordered: a read time can be earlier than the delivery time for the same recipient. For groups
 * the counts say more than the message's `ack`, which only summarises.
 */
export interface DeliveryInfoInput {
  /**
   * Recipients the message was delivered to: WhatsApp id to epoch milliseconds.
   */
  delivered?: { [key: string]: number } | null;
  /**
   * Number of participants who received the message (newer payloads).
   */
  delivered_count?: number | string | null;
  /**
   * Recipients the message has not been delivered to yet.
   */
  pending?: ContactIdInput[] | null;
  /**
   * Recipients who read the message: WhatsApp id to epoch milliseconds.
   */
  read?: { [key: string]: number } | null;
  /**
   * Number of participants who read the message (newer payloads).
   */
  read_count?: number | string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Kind of device a message was sent from.
 *
 * Periskope sends `android`; whatsapp-web.js also knows `ios` and `web`. Any other value is kept
 * in `DeviceType::Unknown`.
 */
export type DeviceTypeInput = "android" | "ios" | "web" | (string & {});

/**
 * Size of an image.
 */
export interface DimensionsInput {
  /**
   * Aspect ratio, width divided by height (sent as `1` for a square image).
   */
  ar?: number | string | null;
  /**
   * Height in pixels.
   */
  height?: number | string | null;
  /**
   * Width in pixels.
   */
  width?: number | string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * What became of one file added to the knowledge base.
 */
export interface DocumentResultInput {
  /**
   * How many parts it was cut into.
   */
  chunks_count?: number | string | null;
  /**
   * Id of the new document.
   */
  document_id?: string | null;
  /**
   * The file.
   */
  file_name?: string | null;
  /**
   * Where the file is stored.
   */
  file_path?: string | null;
  /**
   * Why not, in words.
   */
  reason?: string | null;
  /**
   * Whether it was added.
   */
  status?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A document to add: a URL, base64 data or a file.
 */
export interface DocumentSourceInput {
  /**
   * The document's bytes in base64.
   */
  base64?: string | null;
  /**
   * The document's bytes as a Node.js `Buffer` serialised to JSON.
   */
  file?: unknown;
  /**
   * File name of the document.
   */
  filename?: string | null;
  /**
   * Public URL of the document.
   */
  url?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A due date: a timestamp, or any other text (such as the date `2025-04-20`), kept verbatim.
 */
export type DueDateInput = TimestampInput | string;

/**
 * An error as `{message}`.
 */
export interface ErrorMessageInput {
  /**
   * What went wrong.
   */
  message?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Why one field failed validation.
 */
export interface FieldErrorInput {
  /**
   * What is wrong with the field.
   */
  message?: string | null;
  /**
   * The value received, as text (`"10000"`).
   */
  value?: string | number | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A group answered as `{chat_id}` (older revisions): a `CreateChatResponse` without `org_id`.
 */
export type GroupCreatedInput = CreateChatResponseInput & {
  /**
   * Absent: an answer with `org_id` is a chat.
   */
  org_id?: null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
};

/**
 * The name of a webhook event, such as `message.created`.
 *
 * The 20 events of Periskope's client SDK are known; any other name (the integration list also
 * has `org.created`, `chat.updated`, `reaction.added`, …, whose payloads are undocumented) is
 * kept verbatim in `WebhookEventName::Unknown`, and its data is kept as raw JSON.
 */
export type IntegrationNameInput =
  | "chat.created"
  | "chat.custom_properties.updated"
  | "chat.notification.created"
  | "message.created"
  | "message.updated"
  | "message.deleted"
  | "message.ack.updated"
  | "message.flagged"
  | "message.unflagged"
  | "message.ticket.attached"
  | "reaction.created"
  | "reaction.updated"
  | "ticket.created"
  | "ticket.updated"
  | "ticket.deleted"
  | "org.phone.connected"
  | "org.phone.disconnected"
  | "org.phone.updated"
  | "org.phone.qr"
  | "note.created"
  | (string & {});

/**
 * Kind of integration a webhook subscription belongs to.
 */
export type IntegrationTypeInput =
  | "zapier"
  | "pabbly"
  | "api"
  | "webhook"
  | "hubspot"
  | "freshdesk"
  | "slack"
  | "jira"
  | "salesforce"
  | "zohodesk"
  | "zohocrm"
  | "gsheets"
  | (string & {});

/**
 * An invitation that failed.
 */
export interface InviteErrorInput {
  /**
   * The e-mail invited, if known.
   */
  email?: string | null;
  /**
   * Why it failed.
   */
  error?: ErrorMessageInput | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Label id: `label-` and 16 lowercase letters, such as `label-xbitdvipqshahdcu`.
 */
export type LabelIdInput = string;

/**
 * A link found in a message.
 */
export interface LinkInput {
  /**
   * Whether WhatsApp marks the link as suspicious.
   */
  isSuspicious?: boolean | null;
  /**
   * The URL, such as `https://chat.whatsapp.com/invite/CuZAuEnSB6e8sk7R3dopD3`.
   */
  link?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * One link in a message: a link object or a plain URL.
 */
export type LinkItemInput = string | LinkInput;

/**
 * The links in a message.
 *
 * Periskope documents `links` as a string holding JSON (`"[]"`), the database stores JSON,
 * whatsapp-web.js sends an array of `{link, isSuspicious}` objects, and its 1.12 and 1.13
 * releases sent an array of URL strings. A string is parsed as JSON and read as the array it
 * holds; the array is what is written. A string that does not hold such an array is kept
 * verbatim in `Links::Text`. (Any other value is kept by the `crate::Loose` around the
 * message's field.)
 *
 * ```
 * use periskope_model::{LinkItem, Links};
 *
 * let links: Links = serde_json::from_str(r#""[\"https://a.example\", {\"link\": \"https://b.example\", \"isSuspicious\": false}]""#)?;
 * let urls: Vec<&str> = links.as_slice().iter().filter_map(LinkItem::url).collect();
 * assert_eq!(urls, ["https://a.example", "https://b.example"]);
 * # Ok::<(), serde_json::Error>(())
 * ```
 */
export type LinksInput = LinkItemInput[] | string;

/**
 * A location shared in a message.
 *
 * The shape Periskope returns is undocumented, so both known shapes are read: whatsapp-web.js
 * puts `name`, `address` and `url` beside the coordinates, the send request nests them under
 * `options`. Coordinates may arrive as numbers or as decimal strings and are written as numbers.
 */
export interface LocationInput {
  /**
   * Address of the place.
   */
  address?: string | null;
  /**
   * Description of the place (whatsapp-web.js).
   */
  description?: string | null;
  /**
   * Latitude in degrees, such as `12.9716`.
   */
  latitude?: number | string | null;
  /**
   * Longitude in degrees, such as `77.5946`.
   */
  longitude?: number | string | null;
  /**
   * Name of the place.
   */
  name?: string | null;
  /**
   * Name, address and URL as the send request nests them.
   */
  options?: LocationOptionsInput | null;
  /**
   * URL of the place.
   */
  url?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Name, address and URL of a location, as the send request nests them.
 */
export interface LocationOptionsInput {
  /**
   * Address of the place.
   */
  address?: string | null;
  /**
   * Name of the place.
   */
  name?: string | null;
  /**
   * URL of the place.
   */
  url?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A file attached to a message or note.
 *
 * Every field is optional: messages carry `{path, size, filename, mimetype, dimensions}`, notes
 * `{path, filename, mimetype}`, and the create-note echo `{mimetype, filename, filedata}`.
 */
export interface MediaInput {
  /**
   * Whether the file was compressed before sending (a send option).
   */
  compress?: boolean | null;
  /**
   * Size of an image.
   */
  dimensions?: DimensionsInput | null;
  /**
   * File content as a data URL, such as `data:audio/wav;base64,…` (the create-note echo).
   */
  filedata?: string | null;
  /**
   * File name, such as `beep.wav`.
   */
  filename?: string | null;
  /**
   * MIME type, such as `image/jpeg` or `audio/wav`.
   */
  mimetype?: string | null;
  /**
   * Storage path or URL: relative (`/storage/v1/object/public/message-media/…`) or absolute
   * (`https://storage.googleapis.com/…`).
   */
  path?: string | null;
  /**
   * Size in bytes, such as `19940`.
   */
  size?: number | string | null;
  /**
   * Thumbnail of the file (base64).
   */
  thumbnail?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A file sent with a message or a note.
 */
export interface MediaAttachmentInput {
  /**
   * The file's bytes in base64 (a `data:` URL is passed on as sent).
   */
  filedata?: string | null;
  /**
   * File name shown to the recipient.
   */
  filename?: string | null;
  /**
   * MIME type, such as `image/png`.
   */
  mimetype?: string | null;
  /**
   * What the file is: `document`, `image`, `video` or `audio`.
   */
  type: AttachmentTypeInput;
  /**
   * Public URL of the file; give this or `filedata`.
   */
  url?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Who may add members to a group, as list-chats sends it.
 *
 * Periskope sends the string `"false"` (a boolean stored as text: `true` means only admins);
 * whatsapp-web.js uses `admin_add` and `all_member_add`. A JSON boolean is read as `"true"` or
 * `"false"`. Any other value is kept in `MemberAddMode::Unknown`.
 */
export type MemberAddModeInput = string | boolean;

/**
 * Role of an organisation member.
 */
export type MemberRoleInput = "admin" | "member" | (string & {});

/**
 * Serialized WhatsApp message id, such as
 * `true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874`: `<from_me>_<chat>_<key>`,
 * with a participant, a notification type or an e-mail appended in some forms. Opaque: never
 * split it to derive other fields.
 */
export type MessageIdInput = string;

/**
 * WhatsApp's key of a message (the message's `id` object; also a reaction's `id` and `msg_id`).
 *
 * Endpoints spell two keys differently: `from_me` or `fromMe`, and `serialized` or
 * `_serialized`, in any mix. Either spelling is read; `from_me` and `serialized` are written, as
 * in the documented Chat object.
 */
export type MessageKeyInput = ({ from_me: unknown } | { fromMe: unknown }) & ({ serialized: unknown } | { _serialized: unknown }) & {
  /**
   * Another spelling of `serialized`, read the same way.
   */
  _serialized?: MessageIdInput;
  /**
   * Another spelling of `from_me`, read the same way.
   */
  fromMe?: boolean;
  /**
   * Whether the organisation phone sent the message. Also read from `fromMe`.
   */
  from_me?: boolean;
  /**
   * WhatsApp message key, such as `3EB0297C336FD627EAF4447CFC1DEB49394D7874` (20 to 40
   * characters; notifications use 32 lowercase hex digits).
   */
  id: string;
  /**
   * Sender within a group, as a WhatsApp id string or a `{user, server, _serialized}` object;
   * usually absent.
   */
  participant?: ParticipantInput | null;
  /**
   * Id of the chat the message is in.
   */
  remote: ChatIdInput;
  /**
   * The full serialized message id, such as
   * `true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874`. Also read from
   * `_serialized`.
   */
  serialized?: MessageIdInput;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
};

/**
 * What a message whose status is asked for contains.
 */
export interface MessageStatusContentInput {
  /**
   * Its text.
   */
  body?: string | null;
  /**
   * The message it quotes.
   */
  quoted_message_id?: MessageIdInput | null;
  /**
   * Its type, such as `chat`.
   */
  type?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * When each step of a send happened.
 */
export interface MessageTimelineInput {
  /**
   * When it was queued.
   */
  queued_at?: TimestampInput | null;
  /**
   * When it was sent.
   */
  sent_at?: TimestampInput | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Kind of message.
 *
 * Periskope documents `chat`, `image`, `video`, `audio`, `document` and `ptt`; its types and
 * whatsapp-web.js add the rest. Any other value is kept in `MessageType::Unknown`.
 */
export type MessageTypeInput =
  | "chat"
  | "image"
  | "video"
  | "audio"
  | "document"
  | "ptt"
  | "sticker"
  | "vcard"
  | "multi_vcard"
  | "poll_creation"
  | "location"
  | "ciphertext"
  | "album"
  | "order"
  | "revoked"
  | "product"
  | "unknown"
  | "groups_v4_invite"
  | "list"
  | "list_response"
  | "buttons_response"
  | "payment"
  | "broadcast_notification"
  | "call_log"
  | "debug"
  | "e2e_notification"
  | "gp2"
  | "group_notification"
  | "hsm"
  | "interactive"
  | "native_flow"
  | "notification"
  | "notification_template"
  | "oversized"
  | "protocol"
  | "reaction"
  | "template_button_reply"
  | "scheduled_event_creation"
  | (string & {});

/**
 * A notification, or an entry that is not an object, kept verbatim.
 */
export type NotificationEntryInput = ChatNotificationInput | string | number | boolean | null | unknown[];

/**
 * What a chat notification reports. Periskope's group-action list, then the whatsapp-web.js
 * names it lacks; any other value is kept in `NotificationType::Unknown`.
 */
export type NotificationTypeInput =
  | "add"
  | "remove"
  | "promote"
  | "demote"
  | "invite"
  | "leave"
  | "announce_true"
  | "announce_false"
  | "restrict_true"
  | "restrict_false"
  | "memberaddmode_true"
  | "memberaddmode_false"
  | "subject"
  | "desc"
  | "call"
  | "description"
  | "picture"
  | "announce"
  | "restrict"
  | (string & {});

/**
 * Organisation id: a UUID in real data, such as `2997dd64-89bf-48d3-9a22-b314fca017e5`.
 */
export type OrgIdInput = string;

/**
 * Sender of a group message: a WhatsApp id string such as `919289665999@c.us`, or the same id
 * as an object.
 */
export type ParticipantInput = ContactIdInput | WidInput;

/**
 * The result of a group operation for one participant.
 */
export interface ParticipantResultInput {
  /**
   * WhatsApp's status code (from Periskope's types).
   */
  code?: number | string | null;
  /**
   * Whether an invitation was sent instead (from Periskope's types).
   */
  isInviteV4Sent?: boolean | null;
  /**
   * Whether the operation succeeded for this participant.
   */
  is_success: boolean;
  /**
   * Why it failed, in words.
   */
  message?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Periskope phone id: `phone-` and 16 lowercase letters, such as `phone-bqzvyibhmwkaergr`.
 * Also accepted in the `x-phone` request header.
 */
export type PhoneIdInput = string;

/**
 * One option of a poll: its name, or an option object.
 */
export type PollChoiceInput = string | PollOptionInput;

/**
 * The definition of a poll (a message's `poll_info`; the send request uses the same shape).
 *
 * Its keys are camelCase inside the snake_case message, as Periskope sends them.
 */
export interface PollInfoInput {
  /**
   * Extra settings of the poll.
   */
  options?: PollOptionsInput | null;
  /**
   * The poll question.
   */
  pollName?: string | null;
  /**
   * The options to vote for: names (the send request's shape) or whatsapp-web.js's
   * `{name, localId}` objects.
   */
  pollOptions?: PollChoiceInput[] | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A poll option object, such as `{"name": "Yes", "localId": 0}`.
 */
export interface PollOptionInput {
  /**
   * The option's index in the poll, such as `0`.
   */
  localId?: number | string | null;
  /**
   * The option's name, such as `Yes`.
   */
  name?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Extra settings of a poll.
 */
export interface PollOptionsInput {
  /**
   * Whether a voter may choose more than one option.
   */
  allowMultipleAnswers?: boolean | null;
  /**
   * WhatsApp's poll secret as bytes.
   */
  messageSecret?: number[] | null;
  /**
   * Caller-chosen poll id, reusable across chats, such as `random-id-12345`.
   */
  pollId?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A poll to send.
 */
export interface PollRequestInput {
  /**
   * Poll options.
   */
  options?: PollRequestOptionsInput | null;
  /**
   * The question.
   */
  pollName?: string | null;
  /**
   * The answers to choose from.
   */
  pollOptions?: string[] | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Options of a poll to send.
 */
export interface PollRequestOptionsInput {
  /**
   * Whether more than one answer may be chosen.
   */
  allowMultipleAnswers?: boolean | null;
  /**
   * An id of your choice, to send one poll to several chats and count the votes together.
   */
  pollId?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * The oldest answer to a send: each chat id mapped to its queue id (any key but `queue_id`).
 */
export type QueueIdsByChatInput = { [key: string]: string };

/**
 * A job of a phone's send queue. Its keys are camelCase.
 */
export interface QueueJobInput {
  /**
   * When it was queued, in epoch milliseconds.
   */
  addedTimestamp?: number | string | null;
  /**
   * Attempts made.
   */
  attemptsMade?: number | string | null;
  /**
   * Attempts started.
   */
  attemptsStarted?: number | string | null;
  /**
   * What the job sends.
   */
  data?: QueueJobDataInput | null;
  /**
   * When it finished, in epoch milliseconds.
   */
  finishedTimestamp?: number | string | null;
  /**
   * Id of the job.
   */
  id: string;
  /**
   * WhatsApp id of the message (40 hex digits).
   */
  message_id?: string | null;
  /**
   * When it was started, in epoch milliseconds.
   */
  processedTimestamp?: number | string | null;
  /**
   * The errors of failed attempts.
   */
  stacktrace?: string[] | null;
  /**
   * Its state, such as `completed`.
   */
  status?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * What a queued job sends.
 */
export interface QueueJobDataInput {
  /**
   * The text.
   */
  body?: string | null;
  /**
   * The chat.
   */
  chat_id?: ChatIdInput | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A message queued for sending.
 */
export interface QueuedMessageInput {
  /**
   * A hint about the send, in words (newest shape).
   */
  hint?: string | null;
  /**
   * Id of the queued send, a UUID.
   */
  queue_id: string;
  /**
   * Position in the queue: an integer in the docs, a string in the types; written as an
   * integer.
   */
  queue_position?: number | string | null;
  /**
   * Id of the message once sent (newest shape).
   */
  unique_id?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * How a scheduled message repeats.
 */
export interface RepeatConfigInput {
  /**
   * The days of the week it runs on.
   */
  repeat_days?: WeekdayInput[] | null;
  /**
   * When it stops repeating.
   */
  repeat_ends?: string | null;
  /**
   * The unit: `day`, `week` or `month`.
   */
  repeat_interval?: RepeatIntervalInput | null;
  /**
   * How many units between runs.
   */
  repeat_value?: number | string | null;
  /**
   * The time zone of the schedule, such as `Asia/Kolkata`.
   */
  timezone?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * The unit a scheduled message repeats in.
 */
export type RepeatIntervalInput = "day" | "week" | "month" | (string & {});

/**
 * One run of a scheduled message.
 */
export interface ScheduledMessageOccurrenceInput {
  /**
   * The chat it went to.
   */
  chat_id?: ChatIdInput | null;
  /**
   * When it ran.
   */
  created_at?: TimestampInput | null;
  /**
   * When it was delivered.
   */
  delivered_at?: TimestampInput | null;
  /**
   * Id of the run.
   */
  id: string;
  /**
   * Whether it was sent.
   */
  is_success?: boolean | null;
  /**
   * WhatsApp id of the message sent.
   */
  message_id?: string | null;
  /**
   * Why it failed, in words.
   */
  remarks?: string | null;
  /**
   * The scheduled message.
   */
  scheduled_id?: string | null;
  /**
   * Id of the message sent.
   */
  sent_message_id?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * What a scheduled message sends.
 */
export interface ScheduledPayloadInput {
  /**
   * The file to send (JSON; `{}` for none).
   */
  media?: unknown;
  /**
   * Text, or the caption of the media.
   */
  message?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Options of a message to send.
 */
export interface SendOptionsInput {
  /**
   * Turns off the preview of links in the text.
   */
  hide_url_preview?: boolean | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Ticket id: the organisation's prefix and a number, such as `BKT-001` or `TICKET-12345`.
 */
export type TicketIdInput = string;

/**
 * A message as a ticket-info payload summarises it (`message` and `attached_messages`).
 */
export interface TicketMessageInput {
  /**
   * Text of the message.
   */
  body?: string | null;
  /**
   * Chat of the message; it need not match the enclosing chat's id in the examples.
   */
  chat_id?: ChatIdInput | null;
  /**
   * Path of the message's media, such as `/path/to/media`.
   */
  media_path?: string | null;
  /**
   * Serialized id of the message.
   */
  message_id?: MessageIdInput | null;
  /**
   * WhatsApp id of the organisation's phone.
   */
  org_phone?: string | null;
  /**
   * E-mail of the user who sent it.
   */
  performed_by?: string | null;
  /**
   * Name of the sender.
   */
  sender_name?: string | null;
  /**
   * Phone of the sender, as bare digits such as `91900438XXXX`.
   */
  sender_phone?: string | null;
  /**
   * When the message was sent.
   */
  timestamp?: TimestampInput | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Status of a ticket. Update requests may send `""`, kept in `TicketStatus::Unknown` like
 * any other value this crate does not know.
 */
export type TicketStatusInput = "open" | "inprogress" | "closed" | "archived" | (string & {});

/**
 * A timestamp: RFC 3339 with 0 to 9 fractional digits and any offset (`2025-01-27T11:07:56+00:00`), the Postgres form `2024-05-13 11:19:34+00`, or an integer epoch time (seconds below 10^11, milliseconds otherwise).
 */
export type TimestampInput = string | number;

/**
 * Connection state of a phone's WhatsApp account.
 *
 * Periskope documents `CONNECTED` and `DISCONNECTED`; the other values are whatsapp-web.js
 * states. Any other value is kept in `WaState::Unknown`.
 */
export type WaStateInput =
  | "CONNECTED"
  | "DISCONNECTED"
  | "CONFLICT"
  | "DEPRECATED_VERSION"
  | "OPENING"
  | "PAIRING"
  | "PROXYBLOCK"
  | "SMB_TOS_BLOCK"
  | "TIMEOUT"
  | "TOS_BLOCK"
  | "UNLAUNCHED"
  | "UNPAIRED"
  | "UNPAIRED_IDLE"
  | (string & {});

/**
 * Each known webhook event name and the type of its `data`.
 */
export interface WebhookEventMapInput {
  "org.phone.connected": PhoneInput;
  "org.phone.disconnected": PhoneInput;
  "org.phone.updated": PhoneInput;
  "org.phone.qr": PhoneInput;
  "chat.created": ChatInput;
  "chat.custom_properties.updated": ChatInput;
  "message.created": MessageInput;
  "message.updated": MessageInput;
  "message.deleted": MessageInput;
  "message.ack.updated": MessageInput;
  "message.flagged": MessageInput;
  "message.unflagged": MessageInput;
  "message.ticket.attached": MessageInput;
  "reaction.created": ReactionInput;
  "reaction.updated": ReactionInput;
  "ticket.created": TicketInfoInput;
  "ticket.updated": TicketInfoInput;
  "ticket.deleted": TicketInfoInput;
  "note.created": NoteInput;
  "chat.notification.created": ChatNotificationInput;
}

/**
 * The fields of a webhook envelope besides its event name and data.
 */
export interface WebhookEnvelopeFieldsInput {
  /**
   * The event's id, the same on every redelivery: what a receiver deduplicates on.
   */
  id?: string | null;
  /**
   * The organisation the event belongs to.
   */
  org_id?: OrgIdInput | null;
  /**
   * The attributes that changed, for update events (shape undocumented).
   */
  previous_attributes?: unknown;
  /**
   * When the event was created.
   */
  timestamp?: TimestampInput | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * The documented webhook envelope: the event name, its data (typed by the event; raw for an event this crate does not know) and the delivery's attributes.
 *
 * A union over the known events that narrows on `event`: after `case "message.created":` the `data` is a message. `WebhookEnvelopeInput<E>` is the envelope of the events `E`. An event this version does not know is an `UnknownWebhookEnvelopeInput`, outside this union.
 */
export type WebhookEnvelopeInput<E extends WebhookEventName = WebhookEventName> = {
  [K in E]: WebhookEnvelopeFieldsInput & ({ event: K; event_type?: never; data: WebhookEventMapInput[K] } | { event_type: K; event?: never; data: WebhookEventMapInput[K] });
}[E];

/**
 * A webhook envelope whose event this version does not know, with its `data` as received. Take it apart from the known ones with `isWebhookEventName` on the event name, and keep or log it rather than refusing it: Periskope adds events.
 */
export type UnknownWebhookEnvelopeInput = WebhookEnvelopeFieldsInput & ({ event: string; event_type?: never; data: unknown } | { event_type: string; event?: never; data: unknown });

/**
 * A day of the week.
 */
export type WeekdayInput =
  | "monday"
  | "tuesday"
  | "wednesday"
  | "thursday"
  | "friday"
  | "saturday"
  | "sunday"
  | (string & {});

/**
 * A WhatsApp id as an object, as whatsapp-web.js sends it.
 */
export type WidInput = {
  /**
   * The whole id, such as `9190043XXXXX@c.us`. Also read from `serialized`.
   */
  _serialized?: ContactIdInput | null;
  /**
   * Another spelling of `_serialized`, read the same way.
   */
  serialized?: ContactIdInput | null;
  /**
   * The server part, such as `c.us`.
   */
  server?: string | null;
  /**
   * The user part, such as `9190043XXXXX`.
   */
  user?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
};
