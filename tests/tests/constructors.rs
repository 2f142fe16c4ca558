//! Values built in code: each `new` takes the required fields and leaves every other field
//! absent, so a value built with struct update syntax is written exactly as built and reads back
//! equal.

use std::fmt::Debug;

use periskope_model::{
    Chat, ChatList, ChatMember, ChatNotification, ChatType, Contact, ContactList,
    CreateChatResponse, CreateNoteResponse, Loose, Media, Message, MessageKey, MessageList,
    MessageType, Note, NoteList, NotificationList, Nullable, ParticipantResult, Phone,
    QueuedMessage, Reaction, ReactionList, Ticket, TicketInfo, TicketList, Timestamp, WebhookData,
    WebhookEnvelope, WebhookEvent, WebhookEventName,
};
use periskope_tests::assert_same_json;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// `value` is written as `expected` and reads back equal.
fn built<T: Serialize + DeserializeOwned + PartialEq + Debug>(value: &T, expected: Value) {
    let written = serde_json::to_value(value).expect("writes");
    assert_same_json(std::any::type_name::<T>(), &expected, &written);
    let read: T = periskope_model::from_value(written).expect("reads back");
    assert_eq!(&read, value);
}

#[test]
fn new_takes_the_required_fields_and_leaves_the_rest_absent() {
    let created = Timestamp::parse("2025-01-18T14:51:03+00:00").expect("a timestamp");
    built(
        &Chat::new("org-1", "919537851844@c.us"),
        json!({"org_id": "org-1", "chat_id": "919537851844@c.us"}),
    );
    built(
        &Message::new("m-1", "org-1"),
        json!({"message_id": "m-1", "org_id": "org-1"}),
    );
    built(
        &ChatMember::new("org-1", "1@g.us", "9@c.us", "8@c.us"),
        json!({"org_id": "org-1", "chat_id": "1@g.us", "contact_id": "9@c.us", "org_phone": "8@c.us"}),
    );
    built(
        &ChatNotification::new("n-1", "org-1", "8@c.us"),
        json!({"notification_id": "n-1", "org_id": "org-1", "org_phone": "8@c.us"}),
    );
    built(
        &Contact::new("9@c.us", "org-1"),
        json!({"contact_id": "9@c.us", "org_id": "org-1"}),
    );
    built(
        &Note::new("n-1", "org-1", "8@c.us"),
        json!({"message_id": "n-1", "org_id": "org-1", "org_phone": "8@c.us", "is_private_note": true}),
    );
    built(
        &Phone::new("org-1", created, "phone-1"),
        json!({"org_id": "org-1", "created_at": "2025-01-18T14:51:03+00:00", "phone_id": "phone-1"}),
    );
    built(
        &Reaction::new("org-1", "m-1", "r-1", "9@c.us", "8@c.us"),
        json!({"org_id": "org-1", "message_id": "m-1", "reaction_id": "r-1", "sender_id": "9@c.us", "org_phone": "8@c.us"}),
    );
    built(
        &Ticket::new("t-1", "org-1"),
        json!({"ticket_id": "t-1", "org_id": "org-1"}),
    );
    built(
        &TicketInfo::new(Chat::new("org-1", "1@g.us")),
        json!({"chat": {"org_id": "org-1", "chat_id": "1@g.us"}}),
    );
    built(
        &MessageKey::new(false, "1@g.us", "3A6A"),
        json!({"id": "3A6A", "remote": "1@g.us", "from_me": false, "serialized": "false_1@g.us_3A6A"}),
    );
    built(
        &ChatList::new(vec![Chat::new("o", "1@g.us")]),
        json!({"chats": [{"org_id": "o", "chat_id": "1@g.us"}]}),
    );
    built(&MessageList::new(vec![]), json!({"messages": []}));
    built(&NotificationList::new(vec![]), json!({"messages": []}));
    built(&ContactList::new(vec![]), json!({"contacts": []}));
    built(&TicketList::new(vec![]), json!({"tickets": []}));
    built(&NoteList::new(vec![]), json!({"notes": []}));
    built(&ReactionList::new(vec![]), json!({"reactions": []}));
    built(&CreateNoteResponse::new(true), json!({"success": true}));
    built(&QueuedMessage::new("q-1"), json!({"queue_id": "q-1"}));
    built(&ParticipantResult::new(false), json!({"is_success": false}));
    built(
        &CreateChatResponse::new("1@g.us"),
        json!({"chat_id": "1@g.us"}),
    );
}

#[test]
fn struct_update_builds_values_that_serialize_as_built() {
    let chat = Chat {
        chat_name: Nullable::Value("Support".to_owned()),
        chat_type: Nullable::Value(ChatType::Group),
        member_count: Nullable::Value(2),
        ..Chat::new("org-1", "120363393294700553@g.us")
    };
    built(
        &chat,
        json!({
            "org_id": "org-1",
            "chat_id": "120363393294700553@g.us",
            "chat_name": "Support",
            "chat_type": "group",
            "member_count": 2
        }),
    );
    let message = Message {
        body: Nullable::Value("see attached".to_owned()),
        message_type: Nullable::Value(MessageType::Image),
        chat_id: Nullable::Value("120363393294700553@g.us".into()),
        id: Nullable::Value(MessageKey::new(true, "120363393294700553@g.us", "3EB0")),
        media: Nullable::Value(Loose::Typed(Media {
            path: Nullable::Value("/storage/v1/object/public/message-media/a.jpg".to_owned()),
            mimetype: Nullable::Value("image/jpeg".to_owned()),
            ..Media::default()
        })),
        raw_data: Nullable::Null,
        ..Message::new("true_120363393294700553@g.us_3EB0", "org-1")
    };
    built(
        &message,
        json!({
            "message_id": "true_120363393294700553@g.us_3EB0",
            "org_id": "org-1",
            "chat_id": "120363393294700553@g.us",
            "id": {
                "id": "3EB0",
                "remote": "120363393294700553@g.us",
                "from_me": true,
                "serialized": "true_120363393294700553@g.us_3EB0"
            },
            "body": "see attached",
            "media": {
                "path": "/storage/v1/object/public/message-media/a.jpg",
                "mimetype": "image/jpeg"
            },
            "message_type": "image",
            "raw_data": null
        }),
    );
    let event = WebhookEvent::Envelope(WebhookEnvelope {
        id: Nullable::Value("evt-1".to_owned()),
        ..WebhookEnvelope::new(
            WebhookEventName::MessageCreated,
            WebhookData::Message(Box::new(message)),
        )
    });
    let written = serde_json::to_value(&event).expect("writes");
    assert_eq!(written["event"], "message.created");
    assert_eq!(written["id"], "evt-1");
    assert_eq!(written["data"]["body"], "see attached");
    let read: WebhookEvent = periskope_model::from_value(written).expect("reads back");
    assert_eq!(read, event);
}
