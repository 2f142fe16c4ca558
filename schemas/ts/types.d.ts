// Generated from the JSON Schemas in ../json by `cargo run -p periskope-codegen -- generate`.
// Do not edit: change the Rust model and regenerate.
// The types of what the Periskope model writes (the canonical schemas in ../json/canonical).

/**
 * An organisation phone on Periskope: a WhatsApp account connected through WhatsApp Web.
 *
 * Returned by get-phone and get-all-phones and carried by the `org.phone.*` webhooks. The
 * public object has the fields from `org_id` to `labels`; create-phone returns the full
 * database row, which adds the hosting fields at the end.
 */
export interface Phone {
  /**
   * When the phone was first created.
   */
  created_at: Timestamp;
  /**
   * When the phone first connected to WhatsApp.
   */
  first_connected_at?: Timestamp | null;
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
  org_id: OrgId;
  /**
   * WhatsApp id of the phone, `{phone_number}@c.us`, such as `918527184400@c.us`.
   */
  org_phone?: ContactId | null;
  /**
   * Unique identifier of this phone instance, such as `phone-bqzvyibhmwkaergr`; also accepted
   * in the `x-phone` request header.
   */
  phone_id: PhoneId;
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
  updated_at?: Timestamp | null;
  /**
   * Current connection state of the WhatsApp account, such as `CONNECTED`. It need not match
   * the webhook event that carries it.
   */
  wa_state?: WaState | null;
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
export interface Chat {
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
  chat_id: ChatId;
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
  chat_org_phones?: ContactId[] | null;
  /**
   * Kind of chat: `user`, `group` or `business` (ticket payloads send `chat`).
   */
  chat_type?: ChatType | null;
  /**
   * When the chat was closed, if it was. The docs say an ISO 8601 string and the types an
   * epoch number; both are read and kept in the form sent.
   */
  closed_at?: Timestamp | null;
  /**
   * Ids of the chats the organisation shares with the contact (groups, plus the 1:1 chat
   * itself). Left out by list-chats.
   */
  common_chats?: ChatId[] | null;
  /**
   * When the chat was created.
   */
  created_at?: Timestamp | null;
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
  flag_count?: number | null;
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
  group_description?: string | null;
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
  latest_mention_at?: Timestamp | null;
  /**
   * The latest message sent in the chat.
   */
  latest_message?: Message | null;
  /**
   * Time of the latest message (undocumented; an epoch number in the types).
   */
  latest_message_timestamp?: Timestamp | null;
  /**
   * Time of the latest message per organisation phone (undocumented).
   */
  latest_message_timestamp_map?: { [key: string]: Timestamp | null } | null;
  /**
   * Whether only admins can add new members, as list-chats sends it (the string `"false"`);
   * see `MemberAddMode`.
   */
  member_add_mode?: MemberAddMode | null;
  /**
   * When the chat was closed, per member (undocumented).
   */
  member_closed_at?: { [key: string]: Timestamp | null } | null;
  /**
   * Total number of participants in the chat.
   */
  member_count?: number | null;
  /**
   * Unread count per member (undocumented).
   */
  member_unread_count?: { [key: string]: number } | null;
  /**
   * Members of the chat keyed by WhatsApp id (`{phone_number}@c.us`). Left out by
   * list-chats.
   */
  members?: { [key: string]: ChatMember } | null;
  /**
   * Number of unread messages in the chat.
   */
  message_unread_count?: number | null;
  /**
   * Whether only admins can send messages in the group.
   */
  messages_admins_only?: boolean | null;
  /**
   * Raw chat row: when the mute ends (epoch number).
   */
  mute_expiration?: number | null;
  /**
   * Raw chat row: chat name.
   */
  name?: string | null;
  /**
   * Unique identifier of the organisation that owns the WhatsApp account.
   */
  org_id: OrgId;
  /**
   * WhatsApp id of the organisation's account the chat belongs to (`{phone_number}@c.us`).
   */
  org_phone?: ContactId | null;
  /**
   * Per-chat access overrides (undocumented JSON).
   */
  override_chat_access?: unknown;
  /**
   * Id of the parent community of the group.
   */
  parent_community_id?: ChatId | null;
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
  timestamp?: Timestamp | null;
  /**
   * Unread counts (undocumented): a map of phone to count in the object type, a number in the
   * raw chat row.
   */
  unread_count?: unknown;
  /**
   * When the chat was last updated.
   */
  updated_at?: Timestamp | null;
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
export interface ChatMember {
  /**
   * WhatsApp Business profile of the contact (JSON).
   */
  business_profile?: unknown;
  /**
   * Unique identifier of the chat.
   */
  chat_id: ChatId;
  /**
   * Hex colour assigned to the member in Periskope's UI, such as `#B4876E`.
   */
  contact_color?: string | null;
  /**
   * WhatsApp id of the member (`{phone_number}@c.us`).
   */
  contact_id: ContactId;
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
  org_id: OrgId;
  /**
   * WhatsApp id of the organisation's account (`{phone_number}@c.us`).
   */
  org_phone: ContactId;
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
  updated_at?: Timestamp | null;
  /**
   * WhatsApp Business verification level.
   */
  verified_level?: number | null;
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
export interface Message {
  /**
   * Delivery acknowledgement, such as `"4"` (read); see `Ack`.
   */
  ack?: Ack | null;
  /**
   * Author of a group message (the sender's WhatsApp id); `null` in 1:1 chats.
   */
  author?: ContactId | null;
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
  chat_id?: ChatId | null;
  /**
   * Per-recipient delivery and read state.
   */
  delivery_info?: DeliveryInfo | null;
  /**
   * Kind of device the sender used, such as `android`.
   */
  device_type?: DeviceType | null;
  /**
   * Duration of audio or video media. Documented both as a string and as an integer; a number
   * is read as its text.
   */
  duration?: string | null;
  /**
   * Details of the flag (undocumented; the types describe `{status, response_type?,
   * response_id?, response_timestamp?, response_email?, flagged_by?, flagged_at?,
   * response_phone?}`).
   */
  flag_metadata?: unknown;
  /**
   * Time taken to respond to the flagged message (undocumented number).
   */
  flag_response_time?: number | null;
  /**
   * Whether the message is flagged for follow-up.
   */
  flag_status?: boolean | null;
  /**
   * How many times the message was forwarded. Sent as a number or a numeric string.
   */
  forwarding_score?: number | null;
  /**
   * Sender of the message (a chat id); `null` on outgoing messages in newer payloads.
   */
  from?: ChatId | null;
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
  id?: MessageKey | null;
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
  message_id: MessageId;
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
  message_type?: MessageType | null;
  /**
   * Order id (business chats).
   */
  order_id?: string | null;
  /**
   * Unique identifier of the organisation.
   */
  org_id: OrgId;
  /**
   * WhatsApp id of the organisation phone that sent or received the message.
   */
  org_phone?: ContactId | null;
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
  timestamp?: Timestamp | null;
  /**
   * Recipient chat; `null` in newer payloads.
   */
  to?: ChatId | null;
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
  updated_at?: Timestamp | null;
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
export interface Reaction {
  /**
   * Delivery acknowledgement of the reaction, such as `"0"`.
   */
  ack?: Ack | null;
  /**
   * Chat or group where the reaction happened.
   */
  chat_id?: ChatId | null;
  /**
   * WhatsApp key of the reaction.
   */
  id?: MessageKey | null;
  /**
   * Serialized id of the message reacted to.
   */
  message_id: MessageId;
  /**
   * WhatsApp key of the message reacted to.
   */
  msg_id?: MessageKey | null;
  /**
   * Unique identifier of the organisation.
   */
  org_id: OrgId;
  /**
   * WhatsApp id of the organisation's phone.
   */
  org_phone: ContactId;
  /**
   * Non-zero when the message reacted to no longer exists. Documented as the string `"0"`,
   * a number in Periskope's types; written as an integer.
   */
  orphan?: number | null;
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
  reaction_id: MessageId;
  /**
   * Whether the recipient has seen the reaction.
   */
  read?: boolean | null;
  /**
   * WhatsApp id of the person who reacted.
   */
  sender_id: ContactId;
  /**
   * When the reaction was made.
   */
  timestamp?: Timestamp | null;
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
export interface Contact {
  /**
   * WhatsApp Business profile of the contact (JSON).
   */
  business_profile?: unknown;
  /**
   * Chats the contact is in (groups and 1:1 chats); left out by get-contacts.
   */
  chat_ids?: ChatId[] | null;
  /**
   * The contact's chats (Periskope's full contact type).
   */
  chats?: Chat[] | null;
  /**
   * Hex colour of the contact in Periskope's UI, such as `#FA6533`.
   */
  contact_color?: string | null;
  /**
   * WhatsApp id of the contact, such as `919537851844@c.us`.
   */
  contact_id: ContactId;
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
  org_id: OrgId;
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
  updated_at?: Timestamp | null;
  /**
   * WhatsApp Business verification level.
   */
  verified_level?: number | null;
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
export interface Note {
  /**
   * Delivery acknowledgement (undocumented for notes; `"3"` in the examples).
   */
  ack?: Ack | null;
  /**
   * Text of the note.
   */
  body?: string | null;
  /**
   * Chat the note was added to.
   */
  chat_id?: ChatId | null;
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
  message_id: MessageId;
  /**
   * Message type (undocumented for notes; `chat` even with audio media).
   */
  message_type?: MessageType | null;
  /**
   * Unique identifier of the organisation.
   */
  org_id: OrgId;
  /**
   * WhatsApp id of the organisation's phone.
   */
  org_phone: ContactId;
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
  timestamp?: Timestamp | null;
  /**
   * Unique id of the note (a UUID).
   */
  unique_id?: string | null;
  /**
   * When the note was last updated.
   */
  updated_at?: Timestamp | null;
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
export interface Ticket {
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
  chat?: Chat | null;
  /**
   * Chat the ticket belongs to (row shape).
   */
  chat_id?: ChatId | null;
  /**
   * How the ticket was closed (JSON; the types give `closed_by`, `closed_at`,
   * `closed_message`, `send_reply_message_id` or anything).
   */
  close_ticket_metadata?: unknown;
  /**
   * When the ticket was closed.
   */
  closed_at?: Timestamp | null;
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
  created_at?: Timestamp | null;
  /**
   * Custom properties: name to value (row shape).
   */
  custom_properties?: { [key: string]: unknown } | null;
  /**
   * Due date: a timestamp, or text kept verbatim when it is not one (`"2025-04-20"`).
   */
  due_date?: DueDate | null;
  /**
   * When the ticket was first assigned.
   */
  first_assigned_at?: Timestamp | null;
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
  last_updated_at?: Timestamp | null;
  /**
   * Who last updated the ticket.
   */
  last_updated_by?: string | null;
  /**
   * Unique identifier of the organisation.
   */
  org_id: OrgId;
  /**
   * Priority: 1 low, 2 medium, 3 high, 4 urgent; 0 is seen too. Read from an integer or a
   * numeric string (`"2"` in update requests), written as an integer.
   */
  priority?: number | null;
  /**
   * The message the ticket was raised from, when embedded (row shape).
   */
  quoted_message?: Message | null;
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
  response_time?: number | null;
  /**
   * Status, such as `open` or `inprogress`.
   */
  status?: TicketStatus | null;
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
  ticket_id: TicketId;
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
export interface TicketInfo {
  /**
   * Messages attached to the ticket.
   */
  attached_messages?: TicketMessage[] | null;
  /**
   * The ticket's chat; its members carry `contact_labels`.
   */
  chat: Chat;
  /**
   * The message the ticket was raised on.
   */
  message?: TicketMessage | null;
  /**
   * The ticket.
   */
  ticket?: Ticket | null;
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
export interface ChatNotification {
  /**
   * WhatsApp id of who performed the action.
   */
  author?: ContactId | null;
  /**
   * Text of the notification (always `null` in the examples).
   */
  body?: string | null;
  /**
   * The group the notification is about.
   */
  chat_id?: ChatId | null;
  /**
   * WhatsApp key of the notification.
   */
  id?: MessageKey | null;
  /**
   * Extra data (JSON); Periskope's types describe call notifications (`isVideo`,
   * `isOutgoing`, `call_result`).
   */
  metadata?: unknown;
  /**
   * Notification id: a serialized id with the type appended, such as
   * `true_1203…@g.us_fa3c…_918527184400@c.us_remove`.
   */
  notification_id: MessageId;
  /**
   * Unique identifier of the organisation.
   */
  org_id: OrgId;
  /**
   * WhatsApp id of the organisation's phone.
   */
  org_phone: ContactId;
  /**
   * The participants the action concerns. Also read as `recipientIds` (whatsapp-web.js).
   */
  recipientids?: ContactId[] | null;
  /**
   * When it happened.
   */
  timestamp?: Timestamp | null;
  /**
   * What happened, such as `add` or `remove`.
   */
  type?: NotificationType | null;
  /**
   * Id of the notification (32 lowercase hex digits, equal to `id.id`).
   */
  unique_id?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A webhook body: the documented envelope (`event` or `event_type`, `data`, `org_id`, `previous_attributes`, `timestamp`), or the bare data object, whose type is told by its keys.
 */
export type WebhookEvent =
  | WebhookEnvelope
  | UnknownWebhookEnvelope
  | Phone
  | Chat
  | Message
  | Reaction
  | TicketInfo
  | Note
  | ChatNotification;

/**
 * List all chats: `{chats, count, from, to}`.
 */
export interface ChatList {
  /**
   * The chats (list-all-chats omits `members` and adds `member_add_mode`).
   */
  chats: Chat[];
  /**
   * How many items match in all.
   */
  count?: number | null;
  /**
   * Offset of the first item returned.
   */
  from?: number | null;
  /**
   * Offset after the last item returned (absent from the message list examples).
   */
  to?: number | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * List messages (all, or of a chat): `{messages, count, from, to?}`.
 */
export interface MessageList {
  /**
   * How many items match in all.
   */
  count?: number | null;
  /**
   * Offset of the first item returned.
   */
  from?: number | null;
  /**
   * The messages.
   */
  messages: Message[];
  /**
   * Offset after the last item returned (absent from the message list examples).
   */
  to?: number | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * List notifications (all, or of a chat): `{messages, count, from, to?}`. The list is under
 * `messages` in the docs and `notifictions` (sic) in Periskope's types; both are read.
 */
export interface NotificationList {
  /**
   * How many items match in all.
   */
  count?: number | null;
  /**
   * Offset of the first item returned.
   */
  from?: number | null;
  /**
   * The notifications; an entry that is not an object (one OpenAPI example shows
   * `["<any>"]`) is kept as it is.
   */
  messages: NotificationEntry[];
  /**
   * Offset after the last item returned (absent from the message list examples).
   */
  to?: number | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Get contacts: `{contacts, count?, from?, to?}`.
 */
export interface ContactList {
  /**
   * The contacts (without `chat_ids`).
   */
  contacts: Contact[];
  /**
   * How many items match in all.
   */
  count?: number | null;
  /**
   * Offset of the first item returned.
   */
  from?: number | null;
  /**
   * Offset after the last item returned (absent from the message list examples).
   */
  to?: number | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Get tickets: `{tickets, count, from, to}`, the tickets in the row shape.
 */
export interface TicketList {
  /**
   * How many items match in all.
   */
  count?: number | null;
  /**
   * Offset of the first item returned.
   */
  from?: number | null;
  /**
   * The tickets.
   */
  tickets: Ticket[];
  /**
   * Offset after the last item returned (absent from the message list examples).
   */
  to?: number | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Get notes: `{notes, count, from, to, start_time, end_time}`.
 */
export interface NoteList {
  /**
   * How many items match in all.
   */
  count?: number | null;
  /**
   * End of the time window asked for.
   */
  end_time?: Timestamp | null;
  /**
   * Offset of the first item returned.
   */
  from?: number | null;
  /**
   * The notes.
   */
  notes: Note[];
  /**
   * Start of the time window asked for, such as `2025-08-15T00:00:00Z`.
   */
  start_time?: Timestamp | null;
  /**
   * Offset after the last item returned (absent from the message list examples).
   */
  to?: number | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Get reactions: `{reactions, count, from, to, start_time, end_time}`.
 */
export interface ReactionList {
  /**
   * How many items match in all.
   */
  count?: number | null;
  /**
   * End of the time window asked for.
   */
  end_time?: Timestamp | null;
  /**
   * Offset of the first item returned.
   */
  from?: number | null;
  /**
   * The reactions.
   */
  reactions: Reaction[];
  /**
   * Start of the time window asked for.
   */
  start_time?: Timestamp | null;
  /**
   * Offset after the last item returned (absent from the message list examples).
   */
  to?: number | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Create a note: `{success, message, data}`.
 */
export interface CreateNoteResponse {
  /**
   * The note created.
   */
  data?: Note | null;
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
export type SendMessageResponse = QueuedMessage | QueueIdsByChat;

/**
 * Add, remove, promote or demote group participants: each participant's id to its result.
 */
export type GroupParticipantsResponse = { [key: string]: ParticipantResult };

/**
 * Get all phones: an array of `Phone`.
 */
export type PhoneList = Phone[];

/**
 * Create a chat: `{chat_id}`.
 */
export interface CreateChatResponse {
  /**
   * The new chat's id.
   */
  chat_id: ChatId;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * An entry of the knowledge base: a question and answer, or a part of a document.
 */
export interface AiContext {
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
  created_at?: Timestamp | null;
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
  org_id?: OrgId | null;
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
export type AiContextList = AiContext[];

/**
 * An error answer: `{code, message, status}`, with `fields` on a validation error (422).
 */
export interface ApiError {
  /**
   * What went wrong, such as `VALIDATION_ERROR`.
   */
  code: ApiErrorCode;
  /**
   * The fields that failed validation, keyed as sent: `body.chat_id` (newer endpoints) or a bare
   * name (`limit`, `x-phone`).
   */
  fields?: { [key: string]: FieldError } | null;
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
  status?: number | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Broadcast a message: `{broadcast_id}`.
 */
export interface BroadcastResponse {
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
export interface BroadcastStatus {
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
  created_at?: Timestamp | null;
  /**
   * Share of recipients reached, in percent.
   */
  delivered_percentage?: number | null;
  /**
   * Chats that failed.
   */
  failed_chats?: number | null;
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
  org_id?: OrgId | null;
  /**
   * Chats still to send to.
   */
  pending_chats?: number | null;
  /**
   * When it was sent.
   */
  performed_at?: Timestamp | null;
  /**
   * Who sent the broadcast.
   */
  performed_by?: string | null;
  /**
   * Share of recipients who read it, in percent.
   */
  read_percentage?: number | null;
  /**
   * When it was scheduled for.
   */
  scheduled_at?: Timestamp | null;
  /**
   * Chats sent to.
   */
  sent_chats?: number | null;
  /**
   * Chats to send to.
   */
  total_chats?: number | null;
  /**
   * Recipients the message reached.
   */
  total_delivered_count?: number | null;
  /**
   * Recipients in all (group members counted).
   */
  total_member_count?: number | null;
  /**
   * Recipients who read it.
   */
  total_read_count?: number | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Cancel a broadcast: `{broadcast_id, status}`.
 */
export interface CancelBroadcastResponse {
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
export interface ContextIdResponse {
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
export type CreateWebhookResponse = WebhookSubscription[] | WebhookSubscription;

/**
 * Delete a scheduled message: `{success, message, scheduled_id}`.
 */
export interface DeleteScheduledMessageResponse {
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
export interface DocumentIdResponse {
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
export type DocumentResultList = DocumentResult[];

/**
 * Forward a message: each chat it was forwarded to, mapped to `true` (the API documents 204 No
 * Content and shows this body).
 */
export type ForwardResponse = { [key: string]: boolean };

/**
 * A group: a full chat, or `{chat_id}` as older revisions answered.
 */
export type GroupResponse = Chat | GroupCreated;

/**
 * Generate an invite link: `{invite_link}`.
 */
export interface InviteLinkResponse {
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
export interface InviteMembersResponse {
  /**
   * The members added.
   */
  addedMembers?: OrgMember[] | null;
  /**
   * The invitations that failed.
   */
  errors?: InviteError[] | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * List the knowledge base: `{data, count}`.
 */
export interface KnowledgeBaseList {
  /**
   * How many entries match in all.
   */
  count?: number | null;
  /**
   * The entries.
   */
  data: AiContext[];
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Get message status: a message from its queueing to its reading.
 */
export interface MessageStatus {
  /**
   * Its delivery state as a number (4: played).
   */
  ack?: Ack | null;
  /**
   * How many times sending was tried.
   */
  attempts?: number | null;
  /**
   * The chat.
   */
  chat_id?: ChatId | null;
  /**
   * Recipients it reached.
   */
  delivered_count?: number | null;
  /**
   * What was sent.
   */
  message?: MessageStatusContent | null;
  /**
   * The message, once sent.
   */
  message_id?: MessageId | null;
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
  read_count?: number | null;
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
  timeline?: MessageTimeline | null;
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
export interface OccurrenceList {
  /**
   * How many items match in all.
   */
  count?: number | null;
  /**
   * Offset of the first item returned.
   */
  from?: number | null;
  /**
   * The runs.
   */
  occurrences: ScheduledMessageOccurrence[];
  /**
   * Offset after the last item returned (absent from the message list examples).
   */
  to?: number | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A member of the organisation, as the member endpoints answer.
 */
export interface OrgMember {
  /**
   * When the member was added.
   */
  created_at?: Timestamp | null;
  /**
   * E-mail of the member.
   */
  email: string;
  /**
   * When the member was invited.
   */
  invited_at?: Timestamp | null;
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
  label_ids?: LabelId[] | null;
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
  org_id?: OrgId | null;
  /**
   * Organisation phones whose chats the member sees, with `@c.us`.
   */
  org_phones?: ChatId[] | null;
  /**
   * UI preferences (JSON), such as `left_sidebar_open`.
   */
  preferences?: unknown;
  /**
   * Role: `admin` or `member`.
   */
  role?: MemberRole | null;
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
export type OrgMemberList = OrgMember[];

/**
 * Get queue status (deprecated for `QueueHealth`): the phone's job counts.
 */
export interface PhoneQueueStatus {
  /**
   * Jobs being sent.
   */
  active?: number | null;
  /**
   * Jobs done.
   */
  completed?: number | null;
  /**
   * Jobs that failed.
   */
  failed?: number | null;
  /**
   * Whether the queue is running.
   */
  is_running?: boolean | null;
  /**
   * Jobs waiting.
   */
  pending?: number | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Purge queue jobs: what was removed.
 */
export interface PurgeResult {
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
export interface QueueHealth {
  /**
   * Jobs being sent.
   */
  active?: number | null;
  /**
   * Jobs done.
   */
  completed?: number | null;
  /**
   * Jobs delayed.
   */
  delayed?: number | null;
  /**
   * Jobs that failed.
   */
  failed?: number | null;
  /**
   * Jobs paused.
   */
  paused?: number | null;
  /**
   * Jobs waiting.
   */
  waiting?: number | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Get queue jobs: an array of `QueueJob`.
 */
export type QueueJobList = QueueJob[];

/**
 * A scheduled message, as the scheduled-message endpoints answer.
 */
export interface ScheduledMessage {
  /**
   * The chat it goes to.
   */
  chat_id?: ChatId | null;
  /**
   * When it was scheduled.
   */
  created_at?: Timestamp | null;
  /**
   * Whether it repeats.
   */
  is_repeat?: boolean | null;
  /**
   * What is sent.
   */
  message_payload?: ScheduledPayload | null;
  /**
   * The organisation.
   */
  org_id?: OrgId | null;
  /**
   * The phone that sends it (JID).
   */
  org_phone?: ChatId | null;
  /**
   * When it was paused.
   */
  paused_at?: Timestamp | null;
  /**
   * Who scheduled it, such as `api`.
   */
  performed_by?: string | null;
  /**
   * How it repeats.
   */
  repeat_config?: RepeatConfig | null;
  /**
   * The next run.
   */
  scheduled_at?: Timestamp | null;
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
  updated_at?: Timestamp | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * List scheduled messages: `{from, to, count, scheduled_messages}`.
 */
export interface ScheduledMessageList {
  /**
   * How many items match in all.
   */
  count?: number | null;
  /**
   * Offset of the first item returned.
   */
  from?: number | null;
  /**
   * The scheduled messages.
   */
  scheduled_messages: ScheduledMessage[];
  /**
   * Offset after the last item returned (absent from the message list examples).
   */
  to?: number | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Send a message and wait: `{status, unique_id, message}`, once it is sent.
 */
export interface SendMessageSyncResponse {
  /**
   * The message sent.
   */
  message: Message;
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
export interface WebhookSubscription {
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
  integration_name?: IntegrationName | null;
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
  org_id?: OrgId | null;
  /**
   * When the subscription was made, as sent (with three fractional digits; the offset is not
   * documented, so the text is not read as a `Timestamp`).
   */
  subscribed_at?: string | null;
  /**
   * Kind of integration, such as `api` or `webhook`.
   */
  type?: IntegrationType | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * List webhooks: an array of `WebhookSubscription`.
 */
export type WebhookSubscriptionList = WebhookSubscription[];

/**
 * `POST /chats/accept-invite`: joins a group by its invite code.
 */
export interface AcceptGroupInviteRequest {
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
export interface BroadcastMessageRequest {
  /**
   * The chats to send to. Written as an array; also read from one comma-separated string (older
   * revisions) or from the singular key `chat_id`, which the `--strict` check reports.
   */
  chat_ids: ChatId[];
  /**
   * Seconds to wait between two chats (1 by default).
   */
  delay?: number | null;
  /**
   * A label id whose chats receive the message (older revisions; ignored when `chat_ids` is
   * given).
   */
  label?: string | null;
  /**
   * A file to send.
   */
  media?: MediaAttachment | null;
  /**
   * Text, or the caption of the media; may use the `variables` placeholders.
   */
  message?: string | null;
  /**
   * A poll to send.
   */
  poll?: PollRequest | null;
  /**
   * The message to quote.
   */
  reply_to?: MessageId | null;
  /**
   * When to send, in UTC ISO 8601 (`2025-02-06T11:21:00Z`), passed on as sent.
   */
  scheduled_at?: string | null;
  /**
   * Template values for each recipient.
   */
  variables?: BroadcastVariables[] | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /contacts/create`: adds a contact to the organisation.
 */
export interface CreateContactRequest {
  /**
   * Phone number of the contact: country code and digits, without `@c.us` (`919537851844`).
   */
  contact_id: ContactId;
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
export interface CreateDocumentRequest {
  /**
   * Where the document comes from.
   */
  document: DocumentSource;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /chats/create`: creates a WhatsApp group.
 */
export interface CreateGroupRequest {
  /**
   * Name of the group.
   */
  group_name: string;
  /**
   * Settings of the new group.
   */
  options?: CreateGroupOptions | null;
  /**
   * Phone numbers to add: country code and digits. People who cannot be added get an invite.
   */
  participants: ContactId[];
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /note/create`: adds a private note to a chat.
 */
export interface CreateNoteRequest {
  /**
   * The chat.
   */
  chat_id: ChatId;
  /**
   * A file to attach.
   */
  media?: MediaAttachment | null;
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
export interface CreateScheduledMessageRequest {
  /**
   * The chat.
   */
  chat_id: ChatId;
  /**
   * Whether the message repeats.
   */
  is_repeat?: boolean | null;
  /**
   * A file to send.
   */
  media?: MediaAttachment | null;
  /**
   * Text, or the caption of the media.
   */
  message?: string | null;
  /**
   * How it repeats.
   */
  repeat_config?: RepeatConfig | null;
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
export interface CreateTicketRequest {
  /**
   * E-mail of the organisation user to assign it to.
   */
  assignee?: string | null;
  /**
   * The chat: a JID, with `@c.us` optional for a 1:1 chat.
   */
  chat_id: ChatId;
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
  priority?: number | null;
  /**
   * The message the ticket is about.
   */
  quoted_message_id?: MessageId | null;
  /**
   * Status; the API opens tickets as `open` unless told otherwise.
   */
  status?: TicketStatus | null;
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
export interface CreateWebhookRequest {
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
  integrationName: IntegrationName | IntegrationName[];
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
  type?: IntegrationType | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /message/{message_id}/edit`: changes the text (or caption) of a message sent less than 15
 * minutes ago.
 */
export interface EditMessageRequest {
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
export interface FaqRequest {
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
export interface ForwardMessageRequest {
  /**
   * The chats to forward to.
   */
  forward_chat_ids: ChatId[];
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /chats/{chat_id}/add`, `…/promote`, `…/demote` and `…/remove`: changes group members.
 */
export interface GroupParticipantsRequest {
  /**
   * On add only: adds people who are not contacts too (false by default).
   */
  force_add_participants?: boolean | null;
  /**
   * Phone numbers: country code and digits.
   */
  participants: ContactId[];
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /members/invite`: invites people to the organisation.
 */
export interface InviteMembersRequest {
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
  role?: MemberRole | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `PATCH /chats/access`: grants or removes members' access to chats.
 */
export interface OverrideChatAccessRequest {
  /**
   * Member e-mail to whether they may see the chats.
   */
  access: { [key: string]: boolean };
  /**
   * The chats.
   */
  chat_ids: ChatId[];
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
export interface PinMessageRequest {
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
export interface PurgeMessageQueuesRequest {
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
export interface PurgeQueueRequest {
  /**
   * Removes the jobs of this broadcast.
   */
  broadcast_id?: string | null;
  /**
   * One queue id or several. Also read under `queue_ids`.
   */
  queue_id?: string | string[] | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /message/{message_id}/react`: reacts to a message.
 */
export interface ReactToMessageRequest {
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
export interface SendMessageRequest {
  /**
   * The chat: `…@g.us` for a group, `…@c.us` (or bare digits) for a 1:1 chat.
   */
  chat_id: ChatId;
  /**
   * A file to send.
   */
  media?: MediaAttachment | null;
  /**
   * Text, or the caption of the media, with WhatsApp formatting.
   */
  message?: string | null;
  /**
   * Sending options.
   */
  options?: SendOptions | null;
  /**
   * A poll to send.
   */
  poll?: PollRequest | null;
  /**
   * The full serialized id of the message to quote.
   */
  reply_to?: MessageId | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `POST /message/send` (and `POST /message/send-sync`, `SendMessageSyncRequest`): sends a
 * message to a chat.
 */
export interface SendMessageSyncRequest {
  /**
   * The chat: `…@g.us` for a group, `…@c.us` (or bare digits) for a 1:1 chat.
   */
  chat_id: ChatId;
  /**
   * A file to send.
   */
  media?: MediaAttachment | null;
  /**
   * Text, or the caption of the media, with WhatsApp formatting.
   */
  message?: string | null;
  /**
   * Sending options.
   */
  options?: SendOptions | null;
  /**
   * A poll to send.
   */
  poll?: PollRequest | null;
  /**
   * The full serialized id of the message to quote.
   */
  reply_to?: MessageId | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * `PATCH /chats/labels`: sets the labels of several chats, replacing the labels they had.
 */
export interface UpdateChatLabelsRequest {
  /**
   * The chats to label.
   */
  chat_ids: ChatId[];
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
export interface UpdateChatRequest {
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
export interface UpdateContactLabelsRequest {
  /**
   * The contacts to label.
   */
  contact_ids: ContactId[];
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
export interface UpdateContactRequest {
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
export interface UpdateGroupSettingsRequest {
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
}

/**
 * `PATCH /members/access`: changes which chats members (role `member`) may see. Absent leaves an
 * access as it is, `null` clears it, a list sets it; the API wants at least one of the two.
 */
export interface UpdateMemberAccessRequest {
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
export interface UpdatePhoneRequest {
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
export interface UpdateScheduledMessageRequest {
  /**
   * Whether the message repeats.
   */
  is_repeat?: boolean | null;
  /**
   * A file to send.
   */
  media?: MediaAttachment | null;
  /**
   * Text, or the caption of the media.
   */
  message?: string | null;
  /**
   * How it repeats.
   */
  repeat_config?: RepeatConfig | null;
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
export interface UpdateTicketRequest {
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
  priority?: string | null;
  /**
   * New status. Examples send `""`, kept as an unknown status.
   */
  status?: TicketStatus | null;
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
export interface UpdateWebhookRequest {
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
  integrationName?: IntegrationName | null;
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
  type?: IntegrationType | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Delivery acknowledgement, written as the integer's decimal digits in a string (such as "4"): -1 failed, 0 pending, 1 sent to the server, 2 delivered, 3 delivered to all group participants (whatsapp-web.js: read), 4 read, 5 read by all group participants.
 */
export type Ack = string;

/**
 * The `code` of an error answer.
 */
export type ApiErrorCode =
  | "UNAUTHORIZED_ERROR"
  | "NOT_FOUND_ERROR"
  | "VALIDATION_ERROR"
  | "RATE_LIMIT_ERROR"
  | "UNKNOWN_ERROR"
  | (string & {});

/**
 * What an attached file is.
 */
export type AttachmentType = "document" | "image" | "video" | "audio" | (string & {});

/**
 * Template values for one broadcast recipient.
 */
export interface BroadcastVariables {
  /**
   * The recipient.
   */
  chat_id: ChatId;
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
export type ChatId = string;

/**
 * Kind of chat.
 *
 * Periskope documents `user`, `group` and `business`; ticket payloads send `chat`, the types add
 * `unknown`, the list filter takes `individual`, and whatsapp-web.js says `solo`. Any other value
 * is kept in `ChatType::Unknown`.
 */
export type ChatType =
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
export type ContactId = string;

/**
 * Settings of a group to create. Its keys are camelCase but for `force_add_participants`.
 */
export interface CreateGroupOptions {
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
export interface DeliveryInfo {
  /**
   * Recipients the message was delivered to: WhatsApp id to epoch milliseconds.
   */
  delivered?: { [key: string]: number } | null;
  /**
   * Number of participants who received the message (newer payloads).
   */
  delivered_count?: number | null;
  /**
   * Recipients the message has not been delivered to yet.
   */
  pending?: ContactId[] | null;
  /**
   * Recipients who read the message: WhatsApp id to epoch milliseconds.
   */
  read?: { [key: string]: number } | null;
  /**
   * Number of participants who read the message (newer payloads).
   */
  read_count?: number | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Kind of device a message was sent from.
 *
 * Periskope sends `android`; whatsapp-web.js also knows `ios` and `web`. Any other value is kept
 * in `DeviceType::Unknown`.
 */
export type DeviceType = "android" | "ios" | "web" | (string & {});

/**
 * Size of an image.
 */
export interface Dimensions {
  /**
   * Aspect ratio, width divided by height (sent as `1` for a square image).
   */
  ar?: number | null;
  /**
   * Height in pixels.
   */
  height?: number | null;
  /**
   * Width in pixels.
   */
  width?: number | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * What became of one file added to the knowledge base.
 */
export interface DocumentResult {
  /**
   * How many parts it was cut into.
   */
  chunks_count?: number | null;
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
export interface DocumentSource {
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
export type DueDate = Timestamp | string;

/**
 * An error as `{message}`.
 */
export interface ErrorMessage {
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
export interface FieldError {
  /**
   * What is wrong with the field.
   */
  message?: string | null;
  /**
   * The value received, as text (`"10000"`).
   */
  value?: string | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A group answered as `{chat_id}` (older revisions): a `CreateChatResponse` without `org_id`.
 */
export type GroupCreated = CreateChatResponse & {
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
export type IntegrationName =
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
export type IntegrationType =
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
export interface InviteError {
  /**
   * The e-mail invited, if known.
   */
  email?: string | null;
  /**
   * Why it failed.
   */
  error?: ErrorMessage | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Label id: `label-` and 16 lowercase letters, such as `label-xbitdvipqshahdcu`.
 */
export type LabelId = string;

/**
 * A link found in a message.
 */
export interface Link {
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
export type LinkItem = string | Link;

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
export type Links = LinkItem[] | string;

/**
 * A location shared in a message.
 *
 * The shape Periskope returns is undocumented, so both known shapes are read: whatsapp-web.js
 * puts `name`, `address` and `url` beside the coordinates, the send request nests them under
 * `options`. Coordinates may arrive as numbers or as decimal strings and are written as numbers.
 */
export interface Location {
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
  latitude?: number | null;
  /**
   * Longitude in degrees, such as `77.5946`.
   */
  longitude?: number | null;
  /**
   * Name of the place.
   */
  name?: string | null;
  /**
   * Name, address and URL as the send request nests them.
   */
  options?: LocationOptions | null;
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
export interface LocationOptions {
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
export interface Media {
  /**
   * Whether the file was compressed before sending (a send option).
   */
  compress?: boolean | null;
  /**
   * Size of an image.
   */
  dimensions?: Dimensions | null;
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
  size?: number | null;
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
export interface MediaAttachment {
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
  type: AttachmentType;
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
export type MemberAddMode = "true" | "false" | "admin_add" | "all_member_add" | (string & {});

/**
 * Role of an organisation member.
 */
export type MemberRole = "admin" | "member" | (string & {});

/**
 * Serialized WhatsApp message id, such as
 * `true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874`: `<from_me>_<chat>_<key>`,
 * with a participant, a notification type or an e-mail appended in some forms. Opaque: never
 * split it to derive other fields.
 */
export type MessageId = string;

/**
 * WhatsApp's key of a message (the message's `id` object; also a reaction's `id` and `msg_id`).
 *
 * Endpoints spell two keys differently: `from_me` or `fromMe`, and `serialized` or
 * `_serialized`, in any mix. Either spelling is read; `from_me` and `serialized` are written, as
 * in the documented Chat object.
 */
export interface MessageKey {
  /**
   * Whether the organisation phone sent the message. Also read from `fromMe`.
   */
  from_me: boolean;
  /**
   * WhatsApp message key, such as `3EB0297C336FD627EAF4447CFC1DEB49394D7874` (20 to 40
   * characters; notifications use 32 lowercase hex digits).
   */
  id: string;
  /**
   * Sender within a group, as a WhatsApp id string or a `{user, server, _serialized}` object;
   * usually absent.
   */
  participant?: Participant | null;
  /**
   * Id of the chat the message is in.
   */
  remote: ChatId;
  /**
   * The full serialized message id, such as
   * `true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874`. Also read from
   * `_serialized`.
   */
  serialized: MessageId;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * What a message whose status is asked for contains.
 */
export interface MessageStatusContent {
  /**
   * Its text.
   */
  body?: string | null;
  /**
   * The message it quotes.
   */
  quoted_message_id?: MessageId | null;
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
export interface MessageTimeline {
  /**
   * When it was queued.
   */
  queued_at?: Timestamp | null;
  /**
   * When it was sent.
   */
  sent_at?: Timestamp | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Kind of message.
 *
 * Periskope documents `chat`, `image`, `video`, `audio`, `document` and `ptt`; its types and
 * whatsapp-web.js add the rest. Any other value is kept in `MessageType::Unknown`.
 */
export type MessageType =
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
export type NotificationEntry = ChatNotification | string | number | boolean | null | unknown[];

/**
 * What a chat notification reports. Periskope's group-action list, then the whatsapp-web.js
 * names it lacks; any other value is kept in `NotificationType::Unknown`.
 */
export type NotificationType =
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
export type OrgId = string;

/**
 * Sender of a group message: a WhatsApp id string such as `919289665999@c.us`, or the same id
 * as an object.
 */
export type Participant = ContactId | Wid;

/**
 * The result of a group operation for one participant.
 */
export interface ParticipantResult {
  /**
   * WhatsApp's status code (from Periskope's types).
   */
  code?: number | null;
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
export type PhoneId = string;

/**
 * One option of a poll: its name, or an option object.
 */
export type PollChoice = string | PollOption;

/**
 * The definition of a poll (a message's `poll_info`; the send request uses the same shape).
 *
 * Its keys are camelCase inside the snake_case message, as Periskope sends them.
 */
export interface PollInfo {
  /**
   * Extra settings of the poll.
   */
  options?: PollOptions | null;
  /**
   * The poll question.
   */
  pollName?: string | null;
  /**
   * The options to vote for: names (the send request's shape) or whatsapp-web.js's
   * `{name, localId}` objects.
   */
  pollOptions?: PollChoice[] | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A poll option object, such as `{"name": "Yes", "localId": 0}`.
 */
export interface PollOption {
  /**
   * The option's index in the poll, such as `0`.
   */
  localId?: number | null;
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
export interface PollOptions {
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
export interface PollRequest {
  /**
   * Poll options.
   */
  options?: PollRequestOptions | null;
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
export interface PollRequestOptions {
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
export type QueueIdsByChat = { [key: string]: string };

/**
 * A job of a phone's send queue. Its keys are camelCase.
 */
export interface QueueJob {
  /**
   * When it was queued, in epoch milliseconds.
   */
  addedTimestamp?: number | null;
  /**
   * Attempts made.
   */
  attemptsMade?: number | null;
  /**
   * Attempts started.
   */
  attemptsStarted?: number | null;
  /**
   * What the job sends.
   */
  data?: QueueJobData | null;
  /**
   * When it finished, in epoch milliseconds.
   */
  finishedTimestamp?: number | null;
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
  processedTimestamp?: number | null;
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
export interface QueueJobData {
  /**
   * The text.
   */
  body?: string | null;
  /**
   * The chat.
   */
  chat_id?: ChatId | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * A message queued for sending.
 */
export interface QueuedMessage {
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
  queue_position?: number | null;
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
export interface RepeatConfig {
  /**
   * The days of the week it runs on.
   */
  repeat_days?: Weekday[] | null;
  /**
   * When it stops repeating.
   */
  repeat_ends?: string | null;
  /**
   * The unit: `day`, `week` or `month`.
   */
  repeat_interval?: RepeatInterval | null;
  /**
   * How many units between runs.
   */
  repeat_value?: number | null;
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
export type RepeatInterval = "day" | "week" | "month" | (string & {});

/**
 * One run of a scheduled message.
 */
export interface ScheduledMessageOccurrence {
  /**
   * The chat it went to.
   */
  chat_id?: ChatId | null;
  /**
   * When it ran.
   */
  created_at?: Timestamp | null;
  /**
   * When it was delivered.
   */
  delivered_at?: Timestamp | null;
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
export interface ScheduledPayload {
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
export interface SendOptions {
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
export type TicketId = string;

/**
 * A message as a ticket-info payload summarises it (`message` and `attached_messages`).
 */
export interface TicketMessage {
  /**
   * Text of the message.
   */
  body?: string | null;
  /**
   * Chat of the message; it need not match the enclosing chat's id in the examples.
   */
  chat_id?: ChatId | null;
  /**
   * Path of the message's media, such as `/path/to/media`.
   */
  media_path?: string | null;
  /**
   * Serialized id of the message.
   */
  message_id?: MessageId | null;
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
  timestamp?: Timestamp | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * Status of a ticket. Update requests may send `""`, kept in `TicketStatus::Unknown` like
 * any other value this crate does not know.
 */
export type TicketStatus = "open" | "inprogress" | "closed" | "archived" | (string & {});

/**
 * A timestamp: RFC 3339 text such as `2025-01-27T11:07:56+00:00`, or an integer epoch time where one was sent (seconds below 10^11, milliseconds otherwise).
 */
export type Timestamp = string | number;

/**
 * Connection state of a phone's WhatsApp account.
 *
 * Periskope documents `CONNECTED` and `DISCONNECTED`; the other values are whatsapp-web.js
 * states. Any other value is kept in `WaState::Unknown`.
 */
export type WaState =
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
export interface WebhookEventMap {
  "org.phone.connected": Phone;
  "org.phone.disconnected": Phone;
  "org.phone.updated": Phone;
  "org.phone.qr": Phone;
  "chat.created": Chat;
  "chat.custom_properties.updated": Chat;
  "message.created": Message;
  "message.updated": Message;
  "message.deleted": Message;
  "message.ack.updated": Message;
  "message.flagged": Message;
  "message.unflagged": Message;
  "message.ticket.attached": Message;
  "reaction.created": Reaction;
  "reaction.updated": Reaction;
  "ticket.created": TicketInfo;
  "ticket.updated": TicketInfo;
  "ticket.deleted": TicketInfo;
  "note.created": Note;
  "chat.notification.created": ChatNotification;
}

/**
 * The name of a webhook event this version knows: a key of `WebhookEventMap`. `isWebhookEventName(name)` tells one at run time.
 */
export type WebhookEventName = keyof WebhookEventMap;

/**
 * The fields of a webhook envelope besides its event name and data.
 */
export interface WebhookEnvelopeFields {
  /**
   * The event's id, the same on every redelivery: what a receiver deduplicates on.
   */
  id?: string | null;
  /**
   * The organisation the event belongs to.
   */
  org_id?: OrgId | null;
  /**
   * The attributes that changed, for update events (shape undocumented).
   */
  previous_attributes?: unknown;
  /**
   * When the event was created.
   */
  timestamp?: Timestamp | null;
  /** Fields this version does not model, kept as received. */
  [key: string]: unknown;
}

/**
 * The documented webhook envelope: the event name, its data (typed by the event; raw for an event this crate does not know) and the delivery's attributes.
 *
 * A union over the known events that narrows on `event`: after `case "message.created":` the `data` is a message. `WebhookEnvelope<E>` is the envelope of the events `E`. An event this version does not know is an `UnknownWebhookEnvelope`, outside this union.
 */
export type WebhookEnvelope<E extends WebhookEventName = WebhookEventName> = {
  [K in E]: WebhookEnvelopeFields & { event: K; data: WebhookEventMap[K] };
}[E];

/**
 * A webhook envelope whose event this version does not know, with its `data` as received. Take it apart from the known ones with `isWebhookEventName` on the event name, and keep or log it rather than refusing it: Periskope adds events.
 */
export type UnknownWebhookEnvelope = WebhookEnvelopeFields & { event: string; data: unknown };

/**
 * A day of the week.
 */
export type Weekday =
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
export interface Wid {
  /**
   * The whole id, such as `9190043XXXXX@c.us`. Also read from `serialized`.
   */
  _serialized?: ContactId | null;
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
}

/**
 * Every endpoint of the API, by `"METHOD /path"` (the path relative to
 * `https://api.periskope.app/v1`): its request body (`never` when it takes none), query
 * parameters, path parameters, the body of its first success answer (`void` when it has none)
 * and the error envelope.
 */
export interface Endpoints {
  /** List contacts */
  "GET /contacts": {
    method: "GET";
    path: "/contacts";
    operation: "getContacts";
    pathParameters: {};
    query: { limit?: number; offset?: number };
    request: never;
    response: ContactList;
    error: ApiError;
  };
  /** Create a contact */
  "POST /contacts/create": {
    method: "POST";
    path: "/contacts/create";
    operation: "createContact";
    pathParameters: {};
    query: {};
    request: CreateContactRequest;
    response: Contact;
    error: ApiError;
  };
  /** Get a contact */
  "GET /contacts/{contact_id}": {
    method: "GET";
    path: "/contacts/{contact_id}";
    operation: "getContactById";
    pathParameters: { contact_id: string };
    query: {};
    request: never;
    response: Contact;
    error: ApiError;
  };
  /** Update a contact */
  "PATCH /contacts/{contact_id}": {
    method: "PATCH";
    path: "/contacts/{contact_id}";
    operation: "updateContact";
    pathParameters: { contact_id: string };
    query: {};
    request: UpdateContactRequest;
    response: Contact;
    error: ApiError;
  };
  /** Set the labels of contacts */
  "PATCH /contacts/labels": {
    method: "PATCH";
    path: "/contacts/labels";
    operation: "updateContactLabels";
    pathParameters: {};
    query: {};
    request: UpdateContactLabelsRequest;
    response: void;
    error: ApiError;
  };
  /** List tickets */
  "GET /tickets": {
    method: "GET";
    path: "/tickets";
    operation: "getTickets";
    pathParameters: {};
    query: { limit?: number; offset?: number };
    request: never;
    response: TicketList;
    error: ApiError;
  };
  /** Create a ticket */
  "POST /tickets/create": {
    method: "POST";
    path: "/tickets/create";
    operation: "createTicket";
    pathParameters: {};
    query: {};
    request: CreateTicketRequest;
    response: TicketInfo;
    error: ApiError;
  };
  /** Get a ticket */
  "GET /tickets/{ticket_id}": {
    method: "GET";
    path: "/tickets/{ticket_id}";
    operation: "getTicketById";
    pathParameters: { ticket_id: string };
    query: {};
    request: never;
    response: TicketInfo;
    error: ApiError;
  };
  /** Update a ticket */
  "PATCH /tickets/{ticket_id}": {
    method: "PATCH";
    path: "/tickets/{ticket_id}";
    operation: "updateTicket";
    pathParameters: { ticket_id: string };
    query: {};
    request: UpdateTicketRequest;
    response: TicketInfo;
    error: ApiError;
  };
  /** List the organisation's phones */
  "GET /phones/all": {
    method: "GET";
    path: "/phones/all";
    operation: "getAllPhones";
    pathParameters: {};
    query: {};
    request: never;
    response: PhoneList;
    error: ApiError;
  };
  /** Get the phone */
  "GET /phones": {
    method: "GET";
    path: "/phones";
    operation: "getPhone";
    pathParameters: {};
    query: {};
    request: never;
    response: Phone;
    error: ApiError;
  };
  /** Get the phone's QR code */
  "GET /phones/qr": {
    method: "GET";
    path: "/phones/qr";
    operation: "getPhoneQr";
    pathParameters: {};
    query: {};
    request: never;
    response: ArrayBuffer;
    error: ApiError;
  };
  /** Update the phone */
  "PATCH /phones/update": {
    method: "PATCH";
    path: "/phones/update";
    operation: "updatePhone";
    pathParameters: {};
    query: {};
    request: UpdatePhoneRequest;
    response: Phone;
    error: ApiError;
  };
  /** Resync the phone */
  "POST /phones/resync": {
    method: "POST";
    path: "/phones/resync";
    operation: "resyncPhone";
    pathParameters: {};
    query: {};
    request: never;
    response: void;
    error: ApiError;
  };
  /** Restart the phone */
  "POST /phones/restart": {
    method: "POST";
    path: "/phones/restart";
    operation: "restartPhone";
    pathParameters: {};
    query: {};
    request: never;
    response: void;
    error: ApiError;
  };
  /** Reset the phone */
  "POST /phones/reset": {
    method: "POST";
    path: "/phones/reset";
    operation: "resetPhone";
    pathParameters: {};
    query: {};
    request: never;
    response: void;
    error: ApiError;
  };
  /** Add a phone */
  "POST /phones/create": {
    method: "POST";
    path: "/phones/create";
    operation: "createPhone";
    pathParameters: {};
    query: {};
    request: never;
    response: Phone;
    error: ApiError;
  };
  /** Delete the phone */
  "DELETE /phones/delete": {
    method: "DELETE";
    path: "/phones/delete";
    operation: "deletePhone";
    pathParameters: {};
    query: {};
    request: never;
    response: void;
    error: ApiError;
  };
  /** Send a message */
  "POST /message/send": {
    method: "POST";
    path: "/message/send";
    operation: "sendMessage";
    pathParameters: {};
    query: {};
    request: SendMessageRequest;
    response: SendMessageResponse;
    error: ApiError;
  };
  /** Broadcast a message */
  "POST /message/broadcast": {
    method: "POST";
    path: "/message/broadcast";
    operation: "broadcastMessage";
    pathParameters: {};
    query: {};
    request: BroadcastMessageRequest;
    response: BroadcastResponse;
    error: ApiError;
  };
  /** Get a message */
  "GET /message/{message_id}": {
    method: "GET";
    path: "/message/{message_id}";
    operation: "getMessageById";
    pathParameters: { message_id: string };
    query: {};
    request: never;
    response: Message;
    error: ApiError;
  };
  /** Edit a message */
  "POST /message/{message_id}/edit": {
    method: "POST";
    path: "/message/{message_id}/edit";
    operation: "editMessage";
    pathParameters: { message_id: string };
    query: {};
    request: EditMessageRequest;
    response: void;
    error: ApiError;
  };
  /** Forward a message */
  "POST /message/{message_id}/forward": {
    method: "POST";
    path: "/message/{message_id}/forward";
    operation: "forwardMessage";
    pathParameters: { message_id: string };
    query: {};
    request: ForwardMessageRequest;
    response: void;
    error: ApiError;
  };
  /** Delete a message */
  "POST /message/{message_id}/delete": {
    method: "POST";
    path: "/message/{message_id}/delete";
    operation: "deleteMessage";
    pathParameters: { message_id: string };
    query: {};
    request: never;
    response: void;
    error: ApiError;
  };
  /** React to a message */
  "POST /message/{message_id}/react": {
    method: "POST";
    path: "/message/{message_id}/react";
    operation: "reactToMessage";
    pathParameters: { message_id: string };
    query: {};
    request: ReactToMessageRequest;
    response: void;
    error: ApiError;
  };
  /** Pin or unpin a message */
  "POST /message/{message_id}/pin": {
    method: "POST";
    path: "/message/{message_id}/pin";
    operation: "pinMessage";
    pathParameters: { message_id: string };
    query: {};
    request: PinMessageRequest;
    response: void;
    error: ApiError;
  };
  /** Send a message and wait until it is sent */
  "POST /message/send-sync": {
    method: "POST";
    path: "/message/send-sync";
    operation: "sendMessageSync";
    pathParameters: {};
    query: {};
    request: SendMessageSyncRequest;
    response: SendMessageSyncResponse;
    error: ApiError;
  };
  /** Get a message's status */
  "GET /message/{unique_id}/status": {
    method: "GET";
    path: "/message/{unique_id}/status";
    operation: "getMessageStatus";
    pathParameters: { unique_id: string };
    query: {};
    request: never;
    response: MessageStatus;
    error: ApiError;
  };
  /** Get the queue's health */
  "GET /message/queues/health": {
    method: "GET";
    path: "/message/queues/health";
    operation: "getQueueHealth";
    pathParameters: {};
    query: {};
    request: never;
    response: QueueHealth;
    error: ApiError;
  };
  /** Purge queued jobs */
  "POST /message/queues/purge": {
    method: "POST";
    path: "/message/queues/purge";
    operation: "purgeQueueJobs";
    pathParameters: {};
    query: {};
    request: PurgeMessageQueuesRequest | undefined;
    response: PurgeResult;
    error: ApiError;
  };
  /** Cancel a broadcast */
  "DELETE /message/broadcast/{broadcast_id}": {
    method: "DELETE";
    path: "/message/broadcast/{broadcast_id}";
    operation: "cancelBroadcast";
    pathParameters: { broadcast_id: string };
    query: {};
    request: never;
    response: CancelBroadcastResponse;
    error: ApiError;
  };
  /** Schedule a message */
  "POST /message/scheduled": {
    method: "POST";
    path: "/message/scheduled";
    operation: "createScheduledMessage";
    pathParameters: {};
    query: {};
    request: CreateScheduledMessageRequest;
    response: ScheduledMessage;
    error: ApiError;
  };
  /** List scheduled messages */
  "GET /message/scheduled": {
    method: "GET";
    path: "/message/scheduled";
    operation: "listScheduledMessages";
    pathParameters: {};
    query: {};
    request: never;
    response: ScheduledMessageList;
    error: ApiError;
  };
  /** Get a scheduled message */
  "GET /message/scheduled/{scheduled_id}": {
    method: "GET";
    path: "/message/scheduled/{scheduled_id}";
    operation: "getScheduledMessageById";
    pathParameters: { scheduled_id: string };
    query: {};
    request: never;
    response: ScheduledMessage;
    error: ApiError;
  };
  /** Update a scheduled message */
  "PATCH /message/scheduled/{scheduled_id}": {
    method: "PATCH";
    path: "/message/scheduled/{scheduled_id}";
    operation: "updateScheduledMessage";
    pathParameters: { scheduled_id: string };
    query: {};
    request: UpdateScheduledMessageRequest;
    response: ScheduledMessage;
    error: ApiError;
  };
  /** Delete a scheduled message */
  "DELETE /message/scheduled/{scheduled_id}": {
    method: "DELETE";
    path: "/message/scheduled/{scheduled_id}";
    operation: "deleteScheduledMessage";
    pathParameters: { scheduled_id: string };
    query: {};
    request: never;
    response: DeleteScheduledMessageResponse;
    error: ApiError;
  };
  /** List the runs of a scheduled message */
  "GET /message/scheduled/{scheduled_id}/occurrences": {
    method: "GET";
    path: "/message/scheduled/{scheduled_id}/occurrences";
    operation: "listScheduledMessageOccurrences";
    pathParameters: { scheduled_id: string };
    query: {};
    request: never;
    response: OccurrenceList;
    error: ApiError;
  };
  /** Get the queue's status */
  "GET /queue": {
    method: "GET";
    path: "/queue";
    operation: "getQueueStatus";
    pathParameters: {};
    query: {};
    request: never;
    response: PhoneQueueStatus;
    error: ApiError;
  };
  /** List queued jobs */
  "GET /queue/jobs": {
    method: "GET";
    path: "/queue/jobs";
    operation: "fetchQueueJobs";
    pathParameters: {};
    query: { broadcast_id?: string; queue_id?: string };
    request: never;
    response: QueueJobList;
    error: ApiError;
  };
  /** Get a broadcast's status */
  "GET /queue/broadcast": {
    method: "GET";
    path: "/queue/broadcast";
    operation: "getBroadcastStatus";
    pathParameters: {};
    query: { broadcast_id: string };
    request: never;
    response: BroadcastStatus;
    error: ApiError;
  };
  /** Purge queued jobs */
  "DELETE /queue/purge": {
    method: "DELETE";
    path: "/queue/purge";
    operation: "purgeQueue";
    pathParameters: {};
    query: {};
    request: PurgeQueueRequest | undefined;
    response: void;
    error: ApiError;
  };
  /** Create a group */
  "POST /chats/create": {
    method: "POST";
    path: "/chats/create";
    operation: "createGroup";
    pathParameters: {};
    query: {};
    request: CreateGroupRequest;
    response: GroupResponse;
    error: ApiError;
  };
  /** Change a group's settings */
  "POST /chats/{chat_id}/settings": {
    method: "POST";
    path: "/chats/{chat_id}/settings";
    operation: "updateGroupSettings";
    pathParameters: { chat_id: string };
    query: {};
    request: UpdateGroupSettingsRequest;
    response: GroupResponse;
    error: ApiError;
  };
  /** Get a group's invite link */
  "POST /chats/{chat_id}/invite": {
    method: "POST";
    path: "/chats/{chat_id}/invite";
    operation: "generateInviteLink";
    pathParameters: { chat_id: string };
    query: {};
    request: never;
    response: InviteLinkResponse;
    error: ApiError;
  };
  /** Join a group by invite */
  "POST /chats/accept-invite": {
    method: "POST";
    path: "/chats/accept-invite";
    operation: "acceptGroupInvite";
    pathParameters: {};
    query: {};
    request: AcceptGroupInviteRequest;
    response: GroupResponse;
    error: ApiError;
  };
  /** Add group members */
  "POST /chats/{chat_id}/add": {
    method: "POST";
    path: "/chats/{chat_id}/add";
    operation: "addParticipants";
    pathParameters: { chat_id: string };
    query: {};
    request: GroupParticipantsRequest;
    response: GroupParticipantsResponse;
    error: ApiError;
  };
  /** Make group members admins */
  "POST /chats/{chat_id}/promote": {
    method: "POST";
    path: "/chats/{chat_id}/promote";
    operation: "promoteParticipants";
    pathParameters: { chat_id: string };
    query: {};
    request: GroupParticipantsRequest;
    response: GroupParticipantsResponse;
    error: ApiError;
  };
  /** Make group admins members */
  "POST /chats/{chat_id}/demote": {
    method: "POST";
    path: "/chats/{chat_id}/demote";
    operation: "demoteParticipants";
    pathParameters: { chat_id: string };
    query: {};
    request: GroupParticipantsRequest;
    response: GroupParticipantsResponse;
    error: ApiError;
  };
  /** Remove group members */
  "POST /chats/{chat_id}/remove": {
    method: "POST";
    path: "/chats/{chat_id}/remove";
    operation: "removeParticipants";
    pathParameters: { chat_id: string };
    query: {};
    request: GroupParticipantsRequest;
    response: GroupParticipantsResponse;
    error: ApiError;
  };
  /** Leave a group */
  "POST /chats/{chat_id}/leave": {
    method: "POST";
    path: "/chats/{chat_id}/leave";
    operation: "leaveGroup";
    pathParameters: { chat_id: string };
    query: {};
    request: never;
    response: void;
    error: ApiError;
  };
  /** List chats */
  "GET /chats": {
    method: "GET";
    path: "/chats";
    operation: "getChats";
    pathParameters: {};
    query: { chat_type?: string; end_time?: string; label?: string; limit?: number; offset?: number; start_time?: string };
    request: never;
    response: ChatList;
    error: ApiError;
  };
  /** List messages */
  "GET /chats/messages": {
    method: "GET";
    path: "/chats/messages";
    operation: "getMessages";
    pathParameters: {};
    query: { end_time?: string; limit?: number; offset?: number; start_time?: string };
    request: never;
    response: MessageList;
    error: ApiError;
  };
  /** List notifications */
  "GET /chats/notifications": {
    method: "GET";
    path: "/chats/notifications";
    operation: "getNotifications";
    pathParameters: {};
    query: { end_time?: string; limit?: number; offset?: number; start_time?: string };
    request: never;
    response: NotificationList;
    error: ApiError;
  };
  /** Get a chat */
  "GET /chats/{chat_id}": {
    method: "GET";
    path: "/chats/{chat_id}";
    operation: "getChatById";
    pathParameters: { chat_id: string };
    query: {};
    request: never;
    response: Chat;
    error: ApiError;
  };
  /** Update a chat */
  "PATCH /chats/{chat_id}": {
    method: "PATCH";
    path: "/chats/{chat_id}";
    operation: "updateChat";
    pathParameters: { chat_id: string };
    query: {};
    request: UpdateChatRequest;
    response: Chat;
    error: ApiError;
  };
  /** Mark a chat read */
  "POST /chats/{chat_id}/read": {
    method: "POST";
    path: "/chats/{chat_id}/read";
    operation: "markChatRead";
    pathParameters: { chat_id: string };
    query: {};
    request: never;
    response: void;
    error: ApiError;
  };
  /** List a chat's messages */
  "GET /chats/{chat_id}/messages": {
    method: "GET";
    path: "/chats/{chat_id}/messages";
    operation: "getChatMessages";
    pathParameters: { chat_id: string };
    query: { limit?: number; offset?: number };
    request: never;
    response: MessageList;
    error: ApiError;
  };
  /** List a chat's notifications */
  "GET /chats/{chat_id}/notifications": {
    method: "GET";
    path: "/chats/{chat_id}/notifications";
    operation: "getChatNotifications";
    pathParameters: { chat_id: string };
    query: { limit?: number; offset?: number };
    request: never;
    response: NotificationList;
    error: ApiError;
  };
  /** Set the labels of chats */
  "PATCH /chats/labels": {
    method: "PATCH";
    path: "/chats/labels";
    operation: "updateChatLabels";
    pathParameters: {};
    query: {};
    request: UpdateChatLabelsRequest;
    response: void;
    error: ApiError;
  };
  /** Override members' access to chats */
  "PATCH /chats/access": {
    method: "PATCH";
    path: "/chats/access";
    operation: "updateChatOverrideAccess";
    pathParameters: {};
    query: {};
    request: OverrideChatAccessRequest;
    response: void;
    error: ApiError;
  };
  /** List a chat's notes */
  "GET /chats/{chat_id}/notes": {
    method: "GET";
    path: "/chats/{chat_id}/notes";
    operation: "getNotesByChat";
    pathParameters: { chat_id: string };
    query: { end_time?: string; limit?: number; offset?: number; start_time?: string };
    request: never;
    response: NoteList;
    error: ApiError;
  };
  /** Create a private note */
  "POST /note/create": {
    method: "POST";
    path: "/note/create";
    operation: "createNote";
    pathParameters: {};
    query: {};
    request: CreateNoteRequest;
    response: CreateNoteResponse;
    error: ApiError;
  };
  /** List notes */
  "GET /note": {
    method: "GET";
    path: "/note";
    operation: "getNotes";
    pathParameters: {};
    query: { end_time?: string; limit?: number; offset?: number; start_time?: string };
    request: never;
    response: NoteList;
    error: ApiError;
  };
  /** Get a note */
  "GET /note/{note_id}": {
    method: "GET";
    path: "/note/{note_id}";
    operation: "getNoteById";
    pathParameters: { note_id: string };
    query: {};
    request: never;
    response: Note;
    error: ApiError;
  };
  /** List reactions */
  "GET /reactions": {
    method: "GET";
    path: "/reactions";
    operation: "getReactions";
    pathParameters: {};
    query: { chat_id?: string; end_time?: string; limit?: number; message_id?: string; offset?: number; start_time?: string };
    request: never;
    response: ReactionList;
    error: ApiError;
  };
  /** List the knowledge base */
  "GET /knowledge-base": {
    method: "GET";
    path: "/knowledge-base";
    operation: "getKnowledgeBase";
    pathParameters: {};
    query: { limit?: number; offset?: number; type?: string };
    request: never;
    response: KnowledgeBaseList;
    error: ApiError;
  };
  /** Get an FAQ */
  "GET /knowledge-base/faq/{context_id}": {
    method: "GET";
    path: "/knowledge-base/faq/{context_id}";
    operation: "getFaqById";
    pathParameters: { context_id: string };
    query: {};
    request: never;
    response: AiContext;
    error: ApiError;
  };
  /** Update an FAQ */
  "PATCH /knowledge-base/faq/{context_id}": {
    method: "PATCH";
    path: "/knowledge-base/faq/{context_id}";
    operation: "updateFaq";
    pathParameters: { context_id: string };
    query: {};
    request: FaqRequest;
    response: AiContext;
    error: ApiError;
  };
  /** Delete an FAQ */
  "DELETE /knowledge-base/faq/{context_id}": {
    method: "DELETE";
    path: "/knowledge-base/faq/{context_id}";
    operation: "deleteFaq";
    pathParameters: { context_id: string };
    query: {};
    request: never;
    response: ContextIdResponse;
    error: ApiError;
  };
  /** Get a document */
  "GET /knowledge-base/document/{document_id}": {
    method: "GET";
    path: "/knowledge-base/document/{document_id}";
    operation: "getDocumentById";
    pathParameters: { document_id: string };
    query: {};
    request: never;
    response: AiContextList;
    error: ApiError;
  };
  /** Delete a document */
  "DELETE /knowledge-base/document/{document_id}": {
    method: "DELETE";
    path: "/knowledge-base/document/{document_id}";
    operation: "deleteDocument";
    pathParameters: { document_id: string };
    query: {};
    request: never;
    response: DocumentIdResponse;
    error: ApiError;
  };
  /** Create an FAQ */
  "POST /knowledge-base/faq/create": {
    method: "POST";
    path: "/knowledge-base/faq/create";
    operation: "createFaq";
    pathParameters: {};
    query: {};
    request: FaqRequest;
    response: ContextIdResponse;
    error: ApiError;
  };
  /** Add a document */
  "POST /knowledge-base/document/create": {
    method: "POST";
    path: "/knowledge-base/document/create";
    operation: "createDocument";
    pathParameters: {};
    query: {};
    request: CreateDocumentRequest;
    response: DocumentResultList;
    error: ApiError;
  };
  /** List webhook subscriptions */
  "GET /webhooks": {
    method: "GET";
    path: "/webhooks";
    operation: "listWebhooks";
    pathParameters: {};
    query: { hook_url?: string; integration_id?: string; integration_name?: string; is_subscribed?: string; type?: string };
    request: never;
    response: WebhookSubscriptionList;
    error: ApiError;
  };
  /** Subscribe to events */
  "POST /webhooks": {
    method: "POST";
    path: "/webhooks";
    operation: "createWebhook";
    pathParameters: {};
    query: {};
    request: CreateWebhookRequest;
    response: CreateWebhookResponse;
    error: ApiError;
  };
  /** Get a webhook subscription */
  "GET /webhooks/{id}": {
    method: "GET";
    path: "/webhooks/{id}";
    operation: "getWebhookById";
    pathParameters: { id: string };
    query: {};
    request: never;
    response: WebhookSubscription;
    error: ApiError;
  };
  /** Update a webhook subscription */
  "PATCH /webhooks/{id}": {
    method: "PATCH";
    path: "/webhooks/{id}";
    operation: "updateWebhook";
    pathParameters: { id: string };
    query: {};
    request: UpdateWebhookRequest;
    response: WebhookSubscription;
    error: ApiError;
  };
  /** Delete a webhook subscription */
  "DELETE /webhooks/{id}": {
    method: "DELETE";
    path: "/webhooks/{id}";
    operation: "deleteWebhook";
    pathParameters: { id: string };
    query: {};
    request: never;
    response: void;
    error: ApiError;
  };
  /** Invite members */
  "POST /members/invite": {
    method: "POST";
    path: "/members/invite";
    operation: "inviteMembers";
    pathParameters: {};
    query: {};
    request: InviteMembersRequest;
    response: InviteMembersResponse;
    error: ApiError;
  };
  /** Change members' access */
  "PATCH /members/access": {
    method: "PATCH";
    path: "/members/access";
    operation: "updateMemberAccess";
    pathParameters: {};
    query: {};
    request: UpdateMemberAccessRequest;
    response: OrgMemberList;
    error: ApiError;
  };
  /** Remove a member */
  "DELETE /members/{id}": {
    method: "DELETE";
    path: "/members/{id}";
    operation: "deleteMember";
    pathParameters: { id: string };
    query: {};
    request: never;
    response: void;
    error: ApiError;
  };
}

/** The key of an endpoint in `Endpoints`, such as `"POST /message/send"`. */
export type EndpointKey = keyof Endpoints;
