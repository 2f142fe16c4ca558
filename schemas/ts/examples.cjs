// Generated from periskope_model::examples by `cargo run -p periskope-codegen -- generate`.
// Do not edit: change the Rust model's examples and regenerate.
// One example delivery of each webhook event, in the envelope of real traffic.

function freeze(value) {
  if (value !== null && typeof value === "object") {
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  }
  return value;
}

module.exports.examples = freeze({
  "chat.created": {
    "data": {
      "add_members_admins_only": null,
      "assigned_to": "bharat@hashlabs.dev",
      "chat_access": {
        "bharat@hashlabs.dev": true
      },
      "chat_id": "919537851844@c.us",
      "chat_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F919537851844%40c.us.jpg?timestamp=1737689973340",
      "chat_name": "BK Local1",
      "chat_org_phones": [
        "918527184400@c.us"
      ],
      "chat_type": "user",
      "closed_at": null,
      "common_chats": [
        "120363329861739657@g.us",
        "120363331984403446@g.us",
        "120363352652386702@g.us",
        "120363371655584481@g.us",
        "120363372525172897@g.us",
        "120363373761356282@g.us",
        "120363378751945209@g.us",
        "120363387379991154@g.us",
        "120363387670530253@g.us",
        "120363388696354849@g.us",
        "120363389171465741@g.us",
        "120363391093262494@g.us",
        "120363392071406466@g.us",
        "120363392706769636@g.us",
        "919537851844@c.us"
      ],
      "created_at": "2025-01-18T14:51:03+00:00",
      "custom_properties": {
        "property-tlkudzxmhjkgoktm": "hello"
      },
      "flag_count_map": null,
      "group_description": null,
      "hubspot_metadata": {},
      "info_admins_only": null,
      "invite_link": null,
      "is_exited": false,
      "is_muted": false,
      "label_ids": {
        "label-xbitdvipqshahdcu": true,
        "label-xgargwpbzidjpapt": true
      },
      "latest_message": {
        "ack": "4",
        "author": null,
        "body": "You have been invited to join Test New 1040\n\nhttps://chat.whatsapp.com/invite/CuZAuEnSB6e8sk7R3dopD3\n\nIf you cannot click the link, please respond to this message, and the link will become active",
        "broadcast": null,
        "broadcast_id": null,
        "chat_id": "919537851844@c.us",
        "delivery_info": {
          "delivered": {
            "919537851844@c.us": 1737976082277
          },
          "delivered_count": 1,
          "pending": [],
          "read": {
            "919537851844@c.us": 1737976090690
          },
          "read_count": 1
        },
        "device_type": null,
        "duration": null,
        "flag_metadata": null,
        "flag_response_time": null,
        "flag_status": null,
        "forwarding_score": null,
        "from": null,
        "from_me": true,
        "fts": "'/invite/cuzauensb6e8sk7r3dopd3':12 '1040':9 'activ':29 'becom':28 'cannot':15 'chat.whatsapp.com':11 'chat.whatsapp.com/invite/cuzauensb6e8sk7r3dopd3':10 'click':16 'invit':4 'join':6 'link':18,26 'messag':23 'new':8 'pleas':19 'respond':20 'test':7",
        "has_media": null,
        "has_quoted_msg": null,
        "has_reaction": null,
        "id": {
          "from_me": true,
          "id": "3EB0297C336FD627EAF4447CFC1DEB49394D7874",
          "remote": "919537851844@c.us",
          "serialized": "true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874"
        },
        "invite_v4": null,
        "is_deleted": null,
        "is_ephemeral": null,
        "is_forwarded": null,
        "is_gif": null,
        "is_starred": null,
        "is_status": null,
        "links": null,
        "location": null,
        "media": null,
        "media_key": null,
        "mentioned_ids": [],
        "message_id": "true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874",
        "message_ticket_id": null,
        "message_type": "chat",
        "order_id": null,
        "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
        "org_phone": "918527184400@c.us",
        "performed_by": null,
        "poll_info": null,
        "poll_results": null,
        "prev_body": null,
        "quoted_message_id": null,
        "raw_data": null,
        "sender_phone": "918527184400@c.us",
        "sent_message_id": "f97ac2f7-2a2d-43b3-8f6c-dfb17973b1b9",
        "timestamp": "2025-01-27T11:07:56+00:00",
        "to": null,
        "token": null,
        "unique_id": "3EB0297C336FD627EAF4447CFC1DEB49394D7874",
        "updated_at": "2025-01-27T11:08:10.693+00:00",
        "vcards": null
      },
      "member_count": 2,
      "members": {
        "918527184400@c.us": {
          "chat_id": "919537851844@c.us",
          "contact_color": "#B4876E",
          "contact_id": "918527184400@c.us",
          "contact_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F918527184400%40c.us.jpg?timestamp=1737690126280",
          "contact_name": "Support",
          "is_admin": true,
          "is_internal": true,
          "is_super_admin": true,
          "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
          "org_phone": "918527184400@c.us"
        },
        "919537851844@c.us": {
          "chat_id": "919537851844@c.us",
          "contact_color": "#B4876E",
          "contact_id": "919537851844@c.us",
          "contact_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F919537851844%40c.us.jpg?timestamp=1737689973340",
          "contact_name": "BK Local1",
          "is_admin": true,
          "is_internal": false,
          "is_super_admin": true,
          "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
          "org_phone": "918527184400@c.us"
        }
      },
      "message_unread_count": null,
      "messages_admins_only": null,
      "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
      "org_phone": "918527184400@c.us",
      "updated_at": "2025-01-27T11:08:10.696758+00:00"
    },
    "event_type": "chat.created",
    "id": "b5c1e0a2-7d3f-4e8a-9c61-1a2b3c4d5e00",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "previous_attributes": null
  },
  "chat.custom_properties.updated": {
    "data": {
      "add_members_admins_only": null,
      "assigned_to": "bharat@hashlabs.dev",
      "chat_access": {
        "bharat@hashlabs.dev": true
      },
      "chat_id": "919537851844@c.us",
      "chat_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F919537851844%40c.us.jpg?timestamp=1737689973340",
      "chat_name": "BK Local1",
      "chat_org_phones": [
        "918527184400@c.us"
      ],
      "chat_type": "user",
      "closed_at": null,
      "common_chats": [
        "120363329861739657@g.us",
        "120363331984403446@g.us",
        "120363352652386702@g.us",
        "120363371655584481@g.us",
        "120363372525172897@g.us",
        "120363373761356282@g.us",
        "120363378751945209@g.us",
        "120363387379991154@g.us",
        "120363387670530253@g.us",
        "120363388696354849@g.us",
        "120363389171465741@g.us",
        "120363391093262494@g.us",
        "120363392071406466@g.us",
        "120363392706769636@g.us",
        "919537851844@c.us"
      ],
      "created_at": "2025-01-18T14:51:03+00:00",
      "custom_properties": {
        "priority": "high"
      },
      "flag_count_map": null,
      "group_description": null,
      "hubspot_metadata": {},
      "info_admins_only": null,
      "invite_link": null,
      "is_exited": false,
      "is_muted": false,
      "label_ids": {
        "label-xbitdvipqshahdcu": true,
        "label-xgargwpbzidjpapt": true
      },
      "latest_message": {
        "ack": "4",
        "author": null,
        "body": "You have been invited to join Test New 1040\n\nhttps://chat.whatsapp.com/invite/CuZAuEnSB6e8sk7R3dopD3\n\nIf you cannot click the link, please respond to this message, and the link will become active",
        "broadcast": null,
        "broadcast_id": null,
        "chat_id": "919537851844@c.us",
        "delivery_info": {
          "delivered": {
            "919537851844@c.us": 1737976082277
          },
          "delivered_count": 1,
          "pending": [],
          "read": {
            "919537851844@c.us": 1737976090690
          },
          "read_count": 1
        },
        "device_type": null,
        "duration": null,
        "flag_metadata": null,
        "flag_response_time": null,
        "flag_status": null,
        "forwarding_score": null,
        "from": null,
        "from_me": true,
        "fts": "'/invite/cuzauensb6e8sk7r3dopd3':12 '1040':9 'activ':29 'becom':28 'cannot':15 'chat.whatsapp.com':11 'chat.whatsapp.com/invite/cuzauensb6e8sk7r3dopd3':10 'click':16 'invit':4 'join':6 'link':18,26 'messag':23 'new':8 'pleas':19 'respond':20 'test':7",
        "has_media": null,
        "has_quoted_msg": null,
        "has_reaction": null,
        "id": {
          "from_me": true,
          "id": "3EB0297C336FD627EAF4447CFC1DEB49394D7874",
          "remote": "919537851844@c.us",
          "serialized": "true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874"
        },
        "invite_v4": null,
        "is_deleted": null,
        "is_ephemeral": null,
        "is_forwarded": null,
        "is_gif": null,
        "is_starred": null,
        "is_status": null,
        "links": null,
        "location": null,
        "media": null,
        "media_key": null,
        "mentioned_ids": [],
        "message_id": "true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874",
        "message_ticket_id": null,
        "message_type": "chat",
        "order_id": null,
        "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
        "org_phone": "918527184400@c.us",
        "performed_by": null,
        "poll_info": null,
        "poll_results": null,
        "prev_body": null,
        "quoted_message_id": null,
        "raw_data": null,
        "sender_phone": "918527184400@c.us",
        "sent_message_id": "f97ac2f7-2a2d-43b3-8f6c-dfb17973b1b9",
        "timestamp": "2025-01-27T11:07:56+00:00",
        "to": null,
        "token": null,
        "unique_id": "3EB0297C336FD627EAF4447CFC1DEB49394D7874",
        "updated_at": "2025-01-27T11:08:10.693+00:00",
        "vcards": null
      },
      "member_count": 2,
      "members": {
        "918527184400@c.us": {
          "chat_id": "919537851844@c.us",
          "contact_color": "#B4876E",
          "contact_id": "918527184400@c.us",
          "contact_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F918527184400%40c.us.jpg?timestamp=1737690126280",
          "contact_name": "Support",
          "is_admin": true,
          "is_internal": true,
          "is_super_admin": true,
          "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
          "org_phone": "918527184400@c.us"
        },
        "919537851844@c.us": {
          "chat_id": "919537851844@c.us",
          "contact_color": "#B4876E",
          "contact_id": "919537851844@c.us",
          "contact_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F919537851844%40c.us.jpg?timestamp=1737689973340",
          "contact_name": "BK Local1",
          "is_admin": true,
          "is_internal": false,
          "is_super_admin": true,
          "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
          "org_phone": "918527184400@c.us"
        }
      },
      "message_unread_count": null,
      "messages_admins_only": null,
      "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
      "org_phone": "918527184400@c.us",
      "updated_at": "2025-01-27T11:08:10.696758+00:00"
    },
    "event_type": "chat.custom_properties.updated",
    "id": "b5c1e0a2-7d3f-4e8a-9c61-1a2b3c4d5e01",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "previous_attributes": {
      "custom_properties": {}
    }
  },
  "chat.notification.created": {
    "data": {
      "author": "918527184400@c.us",
      "body": null,
      "chat_id": "120363371308389685@g.us",
      "id": {
        "fromMe": true,
        "id": "fa3c48a78cc64e139e5737f7057235ea",
        "remote": "120363371308389685@g.us",
        "serialized": "true_120363371308389685@g.us_fa3c48a78cc64e139e5737f7057235ea_918527184400@c.us_remove"
      },
      "notification_id": "true_120363371308389685@g.us_fa3c48a78cc64e139e5737f7057235ea_918527184400@c.us_remove",
      "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
      "org_phone": "918527184400@c.us",
      "recipientids": [
        "919537851844@c.us"
      ],
      "timestamp": "2025-01-11T11:52:27.231+00:00",
      "type": "remove",
      "unique_id": "fa3c48a78cc64e139e5737f7057235ea"
    },
    "event_type": "chat.notification.created",
    "id": "b5c1e0a2-7d3f-4e8a-9c61-1a2b3c4d5e02",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "previous_attributes": null
  },
  "message.ack.updated": {
    "data": {
      "ack": "3",
      "author": null,
      "body": "You have been invited to join Test New 1040\n\nhttps://chat.whatsapp.com/invite/CuZAuEnSB6e8sk7R3dopD3\n\nIf you cannot click the link, please respond to this message, and the link will become active",
      "broadcast": null,
      "broadcast_id": null,
      "chat_id": "919537851844@c.us",
      "delivery_info": {
        "delivered": {
          "919537851844@c.us": 1737976082277
        },
        "delivered_count": 1,
        "pending": [],
        "read": {
          "919537851844@c.us": 1737976090690
        },
        "read_count": 1
      },
      "device_type": null,
      "duration": null,
      "flag_metadata": null,
      "flag_response_time": null,
      "flag_status": null,
      "forwarding_score": null,
      "from": null,
      "from_me": true,
      "fts": "'/invite/cuzauensb6e8sk7r3dopd3':12 '1040':9 'activ':29 'becom':28 'cannot':15 'chat.whatsapp.com':11 'chat.whatsapp.com/invite/cuzauensb6e8sk7r3dopd3':10 'click':16 'invit':4 'join':6 'link':18,26 'messag':23 'new':8 'pleas':19 'respond':20 'test':7",
      "has_media": null,
      "has_quoted_msg": null,
      "has_reaction": null,
      "id": {
        "from_me": true,
        "id": "3EB0297C336FD627EAF4447CFC1DEB49394D7874",
        "remote": "919537851844@c.us",
        "serialized": "true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874"
      },
      "invite_v4": null,
      "is_deleted": null,
      "is_ephemeral": null,
      "is_forwarded": null,
      "is_gif": null,
      "is_starred": null,
      "is_status": null,
      "links": null,
      "location": null,
      "media": null,
      "media_key": null,
      "mentioned_ids": [],
      "message_id": "true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874",
      "message_ticket_id": null,
      "message_type": "chat",
      "order_id": null,
      "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
      "org_phone": "918527184400@c.us",
      "performed_by": null,
      "poll_info": null,
      "poll_results": null,
      "prev_body": null,
      "quoted_message_id": null,
      "raw_data": null,
      "sender_phone": "918527184400@c.us",
      "sent_message_id": "f97ac2f7-2a2d-43b3-8f6c-dfb17973b1b9",
      "timestamp": "2025-01-27T11:07:56+00:00",
      "to": null,
      "token": null,
      "unique_id": "3EB0297C336FD627EAF4447CFC1DEB49394D7874",
      "updated_at": "2025-01-27T11:08:10.693+00:00",
      "vcards": null
    },
    "event_type": "message.ack.updated",
    "id": "b5c1e0a2-7d3f-4e8a-9c61-1a2b3c4d5e06",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "previous_attributes": {
      "ack": "2"
    }
  },
  "message.created": {
    "data": {
      "ack": "4",
      "author": null,
      "body": "You have been invited to join Test New 1040\n\nhttps://chat.whatsapp.com/invite/CuZAuEnSB6e8sk7R3dopD3\n\nIf you cannot click the link, please respond to this message, and the link will become active",
      "broadcast": null,
      "broadcast_id": null,
      "chat_id": "919537851844@c.us",
      "delivery_info": {
        "delivered": {
          "919537851844@c.us": 1737976082277
        },
        "delivered_count": 1,
        "pending": [],
        "read": {
          "919537851844@c.us": 1737976090690
        },
        "read_count": 1
      },
      "device_type": null,
      "duration": null,
      "flag_metadata": null,
      "flag_response_time": null,
      "flag_status": null,
      "forwarding_score": null,
      "from": null,
      "from_me": true,
      "fts": "'/invite/cuzauensb6e8sk7r3dopd3':12 '1040':9 'activ':29 'becom':28 'cannot':15 'chat.whatsapp.com':11 'chat.whatsapp.com/invite/cuzauensb6e8sk7r3dopd3':10 'click':16 'invit':4 'join':6 'link':18,26 'messag':23 'new':8 'pleas':19 'respond':20 'test':7",
      "has_media": null,
      "has_quoted_msg": null,
      "has_reaction": null,
      "id": {
        "from_me": true,
        "id": "3EB0297C336FD627EAF4447CFC1DEB49394D7874",
        "remote": "919537851844@c.us",
        "serialized": "true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874"
      },
      "invite_v4": null,
      "is_deleted": null,
      "is_ephemeral": null,
      "is_forwarded": null,
      "is_gif": null,
      "is_starred": null,
      "is_status": null,
      "links": null,
      "location": null,
      "media": null,
      "media_key": null,
      "mentioned_ids": [],
      "message_id": "true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874",
      "message_ticket_id": null,
      "message_type": "chat",
      "order_id": null,
      "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
      "org_phone": "918527184400@c.us",
      "performed_by": null,
      "poll_info": null,
      "poll_results": null,
      "prev_body": null,
      "quoted_message_id": null,
      "raw_data": null,
      "sender_phone": "918527184400@c.us",
      "sent_message_id": "f97ac2f7-2a2d-43b3-8f6c-dfb17973b1b9",
      "timestamp": "2025-01-27T11:07:56+00:00",
      "to": null,
      "token": null,
      "unique_id": "3EB0297C336FD627EAF4447CFC1DEB49394D7874",
      "updated_at": "2025-01-27T11:08:10.693+00:00",
      "vcards": null
    },
    "event_type": "message.created",
    "id": "b5c1e0a2-7d3f-4e8a-9c61-1a2b3c4d5e03",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "previous_attributes": null
  },
  "message.deleted": {
    "data": {
      "ack": "4",
      "author": null,
      "body": "You have been invited to join Test New 1040\n\nhttps://chat.whatsapp.com/invite/CuZAuEnSB6e8sk7R3dopD3\n\nIf you cannot click the link, please respond to this message, and the link will become active",
      "broadcast": null,
      "broadcast_id": null,
      "chat_id": "919537851844@c.us",
      "delivery_info": {
        "delivered": {
          "919537851844@c.us": 1737976082277
        },
        "delivered_count": 1,
        "pending": [],
        "read": {
          "919537851844@c.us": 1737976090690
        },
        "read_count": 1
      },
      "device_type": null,
      "duration": null,
      "flag_metadata": null,
      "flag_response_time": null,
      "flag_status": null,
      "forwarding_score": null,
      "from": null,
      "from_me": true,
      "fts": "'/invite/cuzauensb6e8sk7r3dopd3':12 '1040':9 'activ':29 'becom':28 'cannot':15 'chat.whatsapp.com':11 'chat.whatsapp.com/invite/cuzauensb6e8sk7r3dopd3':10 'click':16 'invit':4 'join':6 'link':18,26 'messag':23 'new':8 'pleas':19 'respond':20 'test':7",
      "has_media": null,
      "has_quoted_msg": null,
      "has_reaction": null,
      "id": {
        "from_me": true,
        "id": "3EB0297C336FD627EAF4447CFC1DEB49394D7874",
        "remote": "919537851844@c.us",
        "serialized": "true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874"
      },
      "invite_v4": null,
      "is_deleted": true,
      "is_ephemeral": null,
      "is_forwarded": null,
      "is_gif": null,
      "is_starred": null,
      "is_status": null,
      "links": null,
      "location": null,
      "media": null,
      "media_key": null,
      "mentioned_ids": [],
      "message_id": "true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874",
      "message_ticket_id": null,
      "message_type": "chat",
      "order_id": null,
      "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
      "org_phone": "918527184400@c.us",
      "performed_by": null,
      "poll_info": null,
      "poll_results": null,
      "prev_body": null,
      "quoted_message_id": null,
      "raw_data": null,
      "sender_phone": "918527184400@c.us",
      "sent_message_id": "f97ac2f7-2a2d-43b3-8f6c-dfb17973b1b9",
      "timestamp": "2025-01-27T11:07:56+00:00",
      "to": null,
      "token": null,
      "unique_id": "3EB0297C336FD627EAF4447CFC1DEB49394D7874",
      "updated_at": "2025-01-27T11:08:10.693+00:00",
      "vcards": null
    },
    "event_type": "message.deleted",
    "id": "b5c1e0a2-7d3f-4e8a-9c61-1a2b3c4d5e05",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "previous_attributes": {
      "is_deleted": false
    }
  },
  "message.flagged": {
    "data": {
      "ack": "4",
      "author": null,
      "body": "You have been invited to join Test New 1040\n\nhttps://chat.whatsapp.com/invite/CuZAuEnSB6e8sk7R3dopD3\n\nIf you cannot click the link, please respond to this message, and the link will become active",
      "broadcast": null,
      "broadcast_id": null,
      "chat_id": "919537851844@c.us",
      "delivery_info": {
        "delivered": {
          "919537851844@c.us": 1737976082277
        },
        "delivered_count": 1,
        "pending": [],
        "read": {
          "919537851844@c.us": 1737976090690
        },
        "read_count": 1
      },
      "device_type": null,
      "duration": null,
      "flag_metadata": null,
      "flag_response_time": null,
      "flag_status": true,
      "forwarding_score": null,
      "from": null,
      "from_me": true,
      "fts": "'/invite/cuzauensb6e8sk7r3dopd3':12 '1040':9 'activ':29 'becom':28 'cannot':15 'chat.whatsapp.com':11 'chat.whatsapp.com/invite/cuzauensb6e8sk7r3dopd3':10 'click':16 'invit':4 'join':6 'link':18,26 'messag':23 'new':8 'pleas':19 'respond':20 'test':7",
      "has_media": null,
      "has_quoted_msg": null,
      "has_reaction": null,
      "id": {
        "from_me": true,
        "id": "3EB0297C336FD627EAF4447CFC1DEB49394D7874",
        "remote": "919537851844@c.us",
        "serialized": "true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874"
      },
      "invite_v4": null,
      "is_deleted": null,
      "is_ephemeral": null,
      "is_forwarded": null,
      "is_gif": null,
      "is_starred": null,
      "is_status": null,
      "links": null,
      "location": null,
      "media": null,
      "media_key": null,
      "mentioned_ids": [],
      "message_id": "true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874",
      "message_ticket_id": null,
      "message_type": "chat",
      "order_id": null,
      "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
      "org_phone": "918527184400@c.us",
      "performed_by": null,
      "poll_info": null,
      "poll_results": null,
      "prev_body": null,
      "quoted_message_id": null,
      "raw_data": null,
      "sender_phone": "918527184400@c.us",
      "sent_message_id": "f97ac2f7-2a2d-43b3-8f6c-dfb17973b1b9",
      "timestamp": "2025-01-27T11:07:56+00:00",
      "to": null,
      "token": null,
      "unique_id": "3EB0297C336FD627EAF4447CFC1DEB49394D7874",
      "updated_at": "2025-01-27T11:08:10.693+00:00",
      "vcards": null
    },
    "event_type": "message.flagged",
    "id": "b5c1e0a2-7d3f-4e8a-9c61-1a2b3c4d5e07",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "previous_attributes": {
      "flag_status": false
    }
  },
  "message.ticket.attached": {
    "data": {
      "ack": "4",
      "author": null,
      "body": "You have been invited to join Test New 1040\n\nhttps://chat.whatsapp.com/invite/CuZAuEnSB6e8sk7R3dopD3\n\nIf you cannot click the link, please respond to this message, and the link will become active",
      "broadcast": null,
      "broadcast_id": null,
      "chat_id": "919537851844@c.us",
      "delivery_info": {
        "delivered": {
          "919537851844@c.us": 1737976082277
        },
        "delivered_count": 1,
        "pending": [],
        "read": {
          "919537851844@c.us": 1737976090690
        },
        "read_count": 1
      },
      "device_type": null,
      "duration": null,
      "flag_metadata": null,
      "flag_response_time": null,
      "flag_status": null,
      "forwarding_score": null,
      "from": null,
      "from_me": true,
      "fts": "'/invite/cuzauensb6e8sk7r3dopd3':12 '1040':9 'activ':29 'becom':28 'cannot':15 'chat.whatsapp.com':11 'chat.whatsapp.com/invite/cuzauensb6e8sk7r3dopd3':10 'click':16 'invit':4 'join':6 'link':18,26 'messag':23 'new':8 'pleas':19 'respond':20 'test':7",
      "has_media": null,
      "has_quoted_msg": null,
      "has_reaction": null,
      "id": {
        "from_me": true,
        "id": "3EB0297C336FD627EAF4447CFC1DEB49394D7874",
        "remote": "919537851844@c.us",
        "serialized": "true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874"
      },
      "invite_v4": null,
      "is_deleted": null,
      "is_ephemeral": null,
      "is_forwarded": null,
      "is_gif": null,
      "is_starred": null,
      "is_status": null,
      "links": null,
      "location": null,
      "media": null,
      "media_key": null,
      "mentioned_ids": [],
      "message_id": "true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874",
      "message_ticket_id": "BKT-001",
      "message_type": "chat",
      "order_id": null,
      "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
      "org_phone": "918527184400@c.us",
      "performed_by": null,
      "poll_info": null,
      "poll_results": null,
      "prev_body": null,
      "quoted_message_id": null,
      "raw_data": null,
      "sender_phone": "918527184400@c.us",
      "sent_message_id": "f97ac2f7-2a2d-43b3-8f6c-dfb17973b1b9",
      "timestamp": "2025-01-27T11:07:56+00:00",
      "to": null,
      "token": null,
      "unique_id": "3EB0297C336FD627EAF4447CFC1DEB49394D7874",
      "updated_at": "2025-01-27T11:08:10.693+00:00",
      "vcards": null
    },
    "event_type": "message.ticket.attached",
    "id": "b5c1e0a2-7d3f-4e8a-9c61-1a2b3c4d5e09",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "previous_attributes": {
      "message_ticket_id": null
    }
  },
  "message.unflagged": {
    "data": {
      "ack": "4",
      "author": null,
      "body": "You have been invited to join Test New 1040\n\nhttps://chat.whatsapp.com/invite/CuZAuEnSB6e8sk7R3dopD3\n\nIf you cannot click the link, please respond to this message, and the link will become active",
      "broadcast": null,
      "broadcast_id": null,
      "chat_id": "919537851844@c.us",
      "delivery_info": {
        "delivered": {
          "919537851844@c.us": 1737976082277
        },
        "delivered_count": 1,
        "pending": [],
        "read": {
          "919537851844@c.us": 1737976090690
        },
        "read_count": 1
      },
      "device_type": null,
      "duration": null,
      "flag_metadata": null,
      "flag_response_time": null,
      "flag_status": false,
      "forwarding_score": null,
      "from": null,
      "from_me": true,
      "fts": "'/invite/cuzauensb6e8sk7r3dopd3':12 '1040':9 'activ':29 'becom':28 'cannot':15 'chat.whatsapp.com':11 'chat.whatsapp.com/invite/cuzauensb6e8sk7r3dopd3':10 'click':16 'invit':4 'join':6 'link':18,26 'messag':23 'new':8 'pleas':19 'respond':20 'test':7",
      "has_media": null,
      "has_quoted_msg": null,
      "has_reaction": null,
      "id": {
        "from_me": true,
        "id": "3EB0297C336FD627EAF4447CFC1DEB49394D7874",
        "remote": "919537851844@c.us",
        "serialized": "true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874"
      },
      "invite_v4": null,
      "is_deleted": null,
      "is_ephemeral": null,
      "is_forwarded": null,
      "is_gif": null,
      "is_starred": null,
      "is_status": null,
      "links": null,
      "location": null,
      "media": null,
      "media_key": null,
      "mentioned_ids": [],
      "message_id": "true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874",
      "message_ticket_id": null,
      "message_type": "chat",
      "order_id": null,
      "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
      "org_phone": "918527184400@c.us",
      "performed_by": null,
      "poll_info": null,
      "poll_results": null,
      "prev_body": null,
      "quoted_message_id": null,
      "raw_data": null,
      "sender_phone": "918527184400@c.us",
      "sent_message_id": "f97ac2f7-2a2d-43b3-8f6c-dfb17973b1b9",
      "timestamp": "2025-01-27T11:07:56+00:00",
      "to": null,
      "token": null,
      "unique_id": "3EB0297C336FD627EAF4447CFC1DEB49394D7874",
      "updated_at": "2025-01-27T11:08:10.693+00:00",
      "vcards": null
    },
    "event_type": "message.unflagged",
    "id": "b5c1e0a2-7d3f-4e8a-9c61-1a2b3c4d5e08",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "previous_attributes": {
      "flag_status": true
    }
  },
  "message.updated": {
    "data": {
      "ack": "4",
      "author": null,
      "body": "Hello, edited",
      "broadcast": null,
      "broadcast_id": null,
      "chat_id": "919537851844@c.us",
      "delivery_info": {
        "delivered": {
          "919537851844@c.us": 1737976082277
        },
        "delivered_count": 1,
        "pending": [],
        "read": {
          "919537851844@c.us": 1737976090690
        },
        "read_count": 1
      },
      "device_type": null,
      "duration": null,
      "flag_metadata": null,
      "flag_response_time": null,
      "flag_status": null,
      "forwarding_score": null,
      "from": null,
      "from_me": true,
      "fts": "'/invite/cuzauensb6e8sk7r3dopd3':12 '1040':9 'activ':29 'becom':28 'cannot':15 'chat.whatsapp.com':11 'chat.whatsapp.com/invite/cuzauensb6e8sk7r3dopd3':10 'click':16 'invit':4 'join':6 'link':18,26 'messag':23 'new':8 'pleas':19 'respond':20 'test':7",
      "has_media": null,
      "has_quoted_msg": null,
      "has_reaction": null,
      "id": {
        "from_me": true,
        "id": "3EB0297C336FD627EAF4447CFC1DEB49394D7874",
        "remote": "919537851844@c.us",
        "serialized": "true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874"
      },
      "invite_v4": null,
      "is_deleted": null,
      "is_ephemeral": null,
      "is_forwarded": null,
      "is_gif": null,
      "is_starred": null,
      "is_status": null,
      "links": null,
      "location": null,
      "media": null,
      "media_key": null,
      "mentioned_ids": [],
      "message_id": "true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874",
      "message_ticket_id": null,
      "message_type": "chat",
      "order_id": null,
      "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
      "org_phone": "918527184400@c.us",
      "performed_by": null,
      "poll_info": null,
      "poll_results": null,
      "prev_body": "Hello",
      "quoted_message_id": null,
      "raw_data": null,
      "sender_phone": "918527184400@c.us",
      "sent_message_id": "f97ac2f7-2a2d-43b3-8f6c-dfb17973b1b9",
      "timestamp": "2025-01-27T11:07:56+00:00",
      "to": null,
      "token": null,
      "unique_id": "3EB0297C336FD627EAF4447CFC1DEB49394D7874",
      "updated_at": "2025-01-27T11:08:10.693+00:00",
      "vcards": null
    },
    "event_type": "message.updated",
    "id": "b5c1e0a2-7d3f-4e8a-9c61-1a2b3c4d5e04",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "previous_attributes": {
      "body": "Hello"
    }
  },
  "note.created": {
    "data": {
      "ack": "3",
      "body": "Hello World",
      "chat_id": "918824248940@c.us",
      "from_me": true,
      "is_deleted": null,
      "is_private_note": true,
      "media": {
        "filedata": "data:audio/wav;base64,UklGRkKAAABXQVZFZm10IBAAAAABAAEAQB8A...",
        "filename": "beep.wav",
        "mimetype": "audio/wav"
      },
      "mentioned_ids": [],
      "message_id": "true_2634e275-ac58-4c85-892d-83882810fc1c_api",
      "message_type": "chat",
      "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
      "org_phone": "918824248940@c.us",
      "performed_by": "api",
      "prev_body": null,
      "quoted_message_id": "52643136-1573-4011-ad22-b95ca6ea8e0c",
      "sender_phone": "918824248940@c.us",
      "sent_message_id": "2634e275-ac58-4c85-892d-83882810fc1c",
      "timestamp": "2025-08-18T13:38:37.203+00:00",
      "unique_id": "2634e275-ac58-4c85-892d-83882810fc1c",
      "updated_at": "2025-08-18T13:38:37.203+00:00"
    },
    "event_type": "note.created",
    "id": "b5c1e0a2-7d3f-4e8a-9c61-1a2b3c4d5e13",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "previous_attributes": null
  },
  "org.phone.connected": {
    "data": {
      "created_at": "2024-12-15T11:47:26.668505+00:00",
      "first_connected_at": "2024-12-15T11:47:49.649+00:00",
      "is_ready": true,
      "label_ids": {
        "label-bflirzqiodgianfh": true,
        "label-rbdshklasmlbfczf": true
      },
      "labels": [
        "test1",
        "test2"
      ],
      "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
      "org_phone": "918527184400@c.us",
      "phone_id": "phone-bqzvyibhmwkaergr",
      "phone_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F918527184400%40c.us.jpg?timestamp=1737141384215",
      "phone_name": "Support",
      "qr_code": null,
      "updated_at": "2025-01-20T07:51:48.209+00:00",
      "wa_state": "CONNECTED"
    },
    "event_type": "org.phone.connected",
    "id": "b5c1e0a2-7d3f-4e8a-9c61-1a2b3c4d5e0f",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "previous_attributes": null
  },
  "org.phone.disconnected": {
    "data": {
      "created_at": "2024-12-15T11:47:26.668505+00:00",
      "first_connected_at": "2024-12-15T11:47:49.649+00:00",
      "is_ready": true,
      "label_ids": {
        "label-bflirzqiodgianfh": true,
        "label-rbdshklasmlbfczf": true
      },
      "labels": [
        "test1",
        "test2"
      ],
      "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
      "org_phone": "918527184400@c.us",
      "phone_id": "phone-bqzvyibhmwkaergr",
      "phone_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F918527184400%40c.us.jpg?timestamp=1737141384215",
      "phone_name": "Support",
      "qr_code": null,
      "updated_at": "2025-01-20T07:51:48.209+00:00",
      "wa_state": "UNPAIRED"
    },
    "event_type": "org.phone.disconnected",
    "id": "b5c1e0a2-7d3f-4e8a-9c61-1a2b3c4d5e10",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "previous_attributes": {
      "wa_state": "CONNECTED"
    }
  },
  "org.phone.qr": {
    "data": {
      "created_at": "2024-12-15T11:47:26.668505+00:00",
      "first_connected_at": "2024-12-15T11:47:49.649+00:00",
      "is_ready": true,
      "label_ids": {
        "label-bflirzqiodgianfh": true,
        "label-rbdshklasmlbfczf": true
      },
      "labels": [
        "test1",
        "test2"
      ],
      "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
      "org_phone": "918527184400@c.us",
      "phone_id": "phone-bqzvyibhmwkaergr",
      "phone_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F918527184400%40c.us.jpg?timestamp=1737141384215",
      "phone_name": "Support",
      "qr_code": "2@pX1sZq8b3T0m9vKc,Yl3rR6Xo2n8WQ0aHk5sT1fVdU4gJcE=,b9o5kLz7wQ2eR1tY6uI3oP8aS4dF0gH=,N2mX5cV8bB1nM4lK7jH0gF3dS6aQ9wE=",
      "updated_at": "2025-01-20T07:51:48.209+00:00",
      "wa_state": "UNPAIRED"
    },
    "event_type": "org.phone.qr",
    "id": "b5c1e0a2-7d3f-4e8a-9c61-1a2b3c4d5e12",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "previous_attributes": null
  },
  "org.phone.updated": {
    "data": {
      "created_at": "2024-12-15T11:47:26.668505+00:00",
      "first_connected_at": "2024-12-15T11:47:49.649+00:00",
      "is_ready": true,
      "label_ids": {
        "label-bflirzqiodgianfh": true,
        "label-rbdshklasmlbfczf": true
      },
      "labels": [
        "test1",
        "test2"
      ],
      "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
      "org_phone": "918527184400@c.us",
      "phone_id": "phone-bqzvyibhmwkaergr",
      "phone_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F918527184400%40c.us.jpg?timestamp=1737141384215",
      "phone_name": "Support desk",
      "qr_code": null,
      "updated_at": "2025-01-20T07:51:48.209+00:00",
      "wa_state": "CONNECTED"
    },
    "event_type": "org.phone.updated",
    "id": "b5c1e0a2-7d3f-4e8a-9c61-1a2b3c4d5e11",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "previous_attributes": {
      "phone_name": "Support"
    }
  },
  "reaction.created": {
    "data": {
      "ack": "0",
      "chat_id": "120363297269676566@g.us",
      "id": {
        "_serialized": "true_120363297269676566@g.us_3EB01D1702AD13661CDAEA_919289665999@c.us",
        "fromMe": true,
        "id": "3EB01D1702AD13661CDAEA",
        "remote": "120363297269676566@g.us"
      },
      "message_id": "false_120363297269676566@g.us_3EB01F4653BB9DD05E9859_919004389372@c.us",
      "msg_id": {
        "_serialized": "false_120363297269676566@g.us_3EB01F4653BB9DD05E9859_919004389372@c.us",
        "fromMe": false,
        "id": "3EB01F4653BB9DD05E9859",
        "remote": "120363297269676566@g.us"
      },
      "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
      "org_phone": "919289665999@c.us",
      "orphan": "0",
      "orphan_reason": null,
      "reaction": "😀",
      "reaction_id": "true_120363297269676566@g.us_3EB01D1702AD13661CDAEA_919289665999@c.us",
      "read": true,
      "sender_id": "919289665999@c.us",
      "timestamp": "2024-05-13 11:22:14+00",
      "unique_id": "3EB01F4653BB9DD05E9859"
    },
    "event_type": "reaction.created",
    "id": "b5c1e0a2-7d3f-4e8a-9c61-1a2b3c4d5e0a",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "previous_attributes": null
  },
  "reaction.updated": {
    "data": {
      "ack": "0",
      "chat_id": "120363297269676566@g.us",
      "id": {
        "_serialized": "true_120363297269676566@g.us_3EB01D1702AD13661CDAEA_919289665999@c.us",
        "fromMe": true,
        "id": "3EB01D1702AD13661CDAEA",
        "remote": "120363297269676566@g.us"
      },
      "message_id": "false_120363297269676566@g.us_3EB01F4653BB9DD05E9859_919004389372@c.us",
      "msg_id": {
        "_serialized": "false_120363297269676566@g.us_3EB01F4653BB9DD05E9859_919004389372@c.us",
        "fromMe": false,
        "id": "3EB01F4653BB9DD05E9859",
        "remote": "120363297269676566@g.us"
      },
      "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
      "org_phone": "919289665999@c.us",
      "orphan": "0",
      "orphan_reason": null,
      "reaction": "❤️",
      "reaction_id": "true_120363297269676566@g.us_3EB01D1702AD13661CDAEA_919289665999@c.us",
      "read": true,
      "sender_id": "919289665999@c.us",
      "timestamp": "2024-05-13 11:22:14+00",
      "unique_id": "3EB01F4653BB9DD05E9859"
    },
    "event_type": "reaction.updated",
    "id": "b5c1e0a2-7d3f-4e8a-9c61-1a2b3c4d5e0b",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "previous_attributes": {
      "reaction": "👍"
    }
  },
  "ticket.created": {
    "data": {
      "attached_messages": [],
      "chat": {
        "chat_id": "919X836X025X090@Xc.us",
        "chat_image": "/storage/image.jpeg",
        "chat_labels": "label1, label2",
        "chat_name": "BK Local1",
        "chat_type": "chat",
        "created_at": "2025-01-18T14:51:03+00:00",
        "custom_properties": {
          "Custom Property 1": "value-1"
        },
        "group_description": null,
        "invite_link": null,
        "is_muted": false,
        "members": {
          "919X836X025X090@Xc.us": {
            "chat_id": "919X836X025X090@Xc.us",
            "contact_color": "#FA6533",
            "contact_id": "919X836X025X090@Xc.us",
            "contact_image": "/storage/image.jpeg",
            "contact_labels": "",
            "contact_name": "BK Local1",
            "is_admin": false,
            "is_internal": false,
            "is_super_admin": false,
            "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
            "org_phone": "918527184400@c.us"
          }
        },
        "org_id": "2997xx64-89bf-48d3-9a22-b314fxx017e5",
        "org_phone": "918527184400@c.us"
      },
      "message": {
        "body": "My order has not arrived",
        "chat_id": "X919836025090@c.us",
        "media_path": "/path/to/media",
        "message_id": "false_X919836025090@c.us_3EB0DAB631F7E580EAAE0C",
        "org_phone": "918527184400@c.us",
        "performed_by": "harsh.gour@hashlabs.dev",
        "sender_name": "BK Local1",
        "sender_phone": "91900438XXXX",
        "timestamp": "2024-05-13T17:27:15+00:00"
      },
      "ticket": {
        "assigned_by": null,
        "assignee": "harsh.gour@hashlabs.dev",
        "created_at": "2024-05-13T17:27:15+00:00",
        "due_date": "2024-06-15T12:00:00+00:00",
        "org_id": "2997xx64-89bf-48d3-9a22-b314fxx017e5",
        "priority": 2,
        "quoted_message_id": "3EB0DAB631F7E580EAAE0C",
        "raised_by": null,
        "status": "open",
        "subject": "Order not delivered",
        "ticket_custom_properties": {
          "property-1": "value-1"
        },
        "ticket_id": "TICKET-12345",
        "ticket_labels": "label1, label2"
      }
    },
    "event_type": "ticket.created",
    "id": "b5c1e0a2-7d3f-4e8a-9c61-1a2b3c4d5e0c",
    "org_id": "2997xx64-89bf-48d3-9a22-b314fxx017e5",
    "previous_attributes": null
  },
  "ticket.deleted": {
    "data": {
      "attached_messages": [],
      "chat": {
        "chat_id": "919X836X025X090@Xc.us",
        "chat_image": "/storage/image.jpeg",
        "chat_labels": "label1, label2",
        "chat_name": "BK Local1",
        "chat_type": "chat",
        "created_at": "2025-01-18T14:51:03+00:00",
        "custom_properties": {
          "Custom Property 1": "value-1"
        },
        "group_description": null,
        "invite_link": null,
        "is_muted": false,
        "members": {
          "919X836X025X090@Xc.us": {
            "chat_id": "919X836X025X090@Xc.us",
            "contact_color": "#FA6533",
            "contact_id": "919X836X025X090@Xc.us",
            "contact_image": "/storage/image.jpeg",
            "contact_labels": "",
            "contact_name": "BK Local1",
            "is_admin": false,
            "is_internal": false,
            "is_super_admin": false,
            "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
            "org_phone": "918527184400@c.us"
          }
        },
        "org_id": "2997xx64-89bf-48d3-9a22-b314fxx017e5",
        "org_phone": "918527184400@c.us"
      },
      "message": {
        "body": "My order has not arrived",
        "chat_id": "X919836025090@c.us",
        "media_path": "/path/to/media",
        "message_id": "false_X919836025090@c.us_3EB0DAB631F7E580EAAE0C",
        "org_phone": "918527184400@c.us",
        "performed_by": "harsh.gour@hashlabs.dev",
        "sender_name": "BK Local1",
        "sender_phone": "91900438XXXX",
        "timestamp": "2024-05-13T17:27:15+00:00"
      },
      "ticket": {
        "assigned_by": null,
        "assignee": "harsh.gour@hashlabs.dev",
        "created_at": "2024-05-13T17:27:15+00:00",
        "due_date": "2024-06-15T12:00:00+00:00",
        "org_id": "2997xx64-89bf-48d3-9a22-b314fxx017e5",
        "priority": 2,
        "quoted_message_id": "3EB0DAB631F7E580EAAE0C",
        "raised_by": null,
        "status": "open",
        "subject": "Order not delivered",
        "ticket_custom_properties": {
          "property-1": "value-1"
        },
        "ticket_id": "TICKET-12345",
        "ticket_labels": "label1, label2"
      }
    },
    "event_type": "ticket.deleted",
    "id": "b5c1e0a2-7d3f-4e8a-9c61-1a2b3c4d5e0e",
    "org_id": "2997xx64-89bf-48d3-9a22-b314fxx017e5",
    "previous_attributes": null
  },
  "ticket.updated": {
    "data": {
      "attached_messages": [],
      "chat": {
        "chat_id": "919X836X025X090@Xc.us",
        "chat_image": "/storage/image.jpeg",
        "chat_labels": "label1, label2",
        "chat_name": "BK Local1",
        "chat_type": "chat",
        "created_at": "2025-01-18T14:51:03+00:00",
        "custom_properties": {
          "Custom Property 1": "value-1"
        },
        "group_description": null,
        "invite_link": null,
        "is_muted": false,
        "members": {
          "919X836X025X090@Xc.us": {
            "chat_id": "919X836X025X090@Xc.us",
            "contact_color": "#FA6533",
            "contact_id": "919X836X025X090@Xc.us",
            "contact_image": "/storage/image.jpeg",
            "contact_labels": "",
            "contact_name": "BK Local1",
            "is_admin": false,
            "is_internal": false,
            "is_super_admin": false,
            "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
            "org_phone": "918527184400@c.us"
          }
        },
        "org_id": "2997xx64-89bf-48d3-9a22-b314fxx017e5",
        "org_phone": "918527184400@c.us"
      },
      "message": {
        "body": "My order has not arrived",
        "chat_id": "X919836025090@c.us",
        "media_path": "/path/to/media",
        "message_id": "false_X919836025090@c.us_3EB0DAB631F7E580EAAE0C",
        "org_phone": "918527184400@c.us",
        "performed_by": "harsh.gour@hashlabs.dev",
        "sender_name": "BK Local1",
        "sender_phone": "91900438XXXX",
        "timestamp": "2024-05-13T17:27:15+00:00"
      },
      "ticket": {
        "assigned_by": null,
        "assignee": "harsh.gour@hashlabs.dev",
        "created_at": "2024-05-13T17:27:15+00:00",
        "due_date": "2024-06-15T12:00:00+00:00",
        "org_id": "2997xx64-89bf-48d3-9a22-b314fxx017e5",
        "priority": 2,
        "quoted_message_id": "3EB0DAB631F7E580EAAE0C",
        "raised_by": null,
        "status": "closed",
        "subject": "Order not delivered",
        "ticket_custom_properties": {
          "property-1": "value-1"
        },
        "ticket_id": "TICKET-12345",
        "ticket_labels": "label1, label2"
      }
    },
    "event_type": "ticket.updated",
    "id": "b5c1e0a2-7d3f-4e8a-9c61-1a2b3c4d5e0d",
    "org_id": "2997xx64-89bf-48d3-9a22-b314fxx017e5",
    "previous_attributes": {
      "status": "open"
    }
  }
});
