//! Collects the unknown keys a model value kept in its `extra` maps, with their JSON paths.

use periskope_model::{
    Chat, ChatList, ChatMember, ChatNotification, Contact, ContactList, CreateChatResponse,
    CreateNoteResponse, DeliveryInfo, Dimensions, GroupParticipantsResponse, Link, LinkItem, Links,
    Location, LocationOptions, Loose, Media, Message, MessageKey, MessageList, Note, NoteList,
    NotificationEntry, NotificationList, Nullable, Participant, Phone, PhoneList, PollChoice,
    PollInfo, PollOption, PollOptions, Reaction, ReactionList, SendMessageResponse, Ticket,
    TicketInfo, TicketList, TicketMessage, WebhookData, WebhookEvent, Wid,
};
use serde_json::{Map, Value};

use crate::child_path;

/// A model type whose kept unknown keys can be listed.
pub trait Extras {
    /// Appends `(path, value)` for every unknown key kept in `self` and its parts.
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>);

    /// Every unknown key kept, from the root `$`.
    fn all_extras(&self) -> Vec<(String, Value)> {
        let mut out = Vec::new();
        self.extras("$", &mut out);
        out
    }
}

fn own(extra: &Map<String, Value>, path: &str, out: &mut Vec<(String, Value)>) {
    for (key, value) in extra {
        out.push((child_path(path, key), value.clone()));
    }
}

fn part<T: Extras>(value: &Nullable<T>, path: &str, key: &str, out: &mut Vec<(String, Value)>) {
    if let Some(value) = value.value() {
        value.extras(&child_path(path, key), out);
    }
}

impl<T: Extras> Extras for Box<T> {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        (**self).extras(path, out);
    }
}

/// A loose field's typed view has the unknown keys of its type; a raw value has none of its own
/// (it is kept whole).
impl<T: Extras> Extras for Loose<T> {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        if let Some(typed) = self.typed() {
            typed.extras(path, out);
        }
    }
}

impl Extras for Phone {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
    }
}

impl Extras for Chat {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
        if let Some(members) = self.members.value() {
            let members_path = child_path(path, "members");
            for (id, member) in members {
                member.extras(&child_path(&members_path, id.as_str()), out);
            }
        }
        part(&self.latest_message, path, "latest_message", out);
    }
}

impl Extras for ChatMember {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
    }
}

impl Extras for Message {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
        part(&self.id, path, "id", out);
        part(&self.delivery_info, path, "delivery_info", out);
        part(&self.links, path, "links", out);
        part(&self.location, path, "location", out);
        part(&self.media, path, "media", out);
        part(&self.poll_info, path, "poll_info", out);
    }
}

impl Extras for MessageKey {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
        part(&self.participant, path, "participant", out);
    }
}

impl Extras for Participant {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        if let Participant::Wid(wid) = self {
            wid.extras(path, out);
        }
    }
}

impl Extras for Wid {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
    }
}

impl Extras for DeliveryInfo {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
    }
}

impl Extras for Links {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        for (index, link) in self.as_slice().iter().enumerate() {
            link.extras(&format!("{path}[{index}]"), out);
        }
    }
}

impl Extras for LinkItem {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        if let LinkItem::Link(link) = self {
            link.extras(path, out);
        }
    }
}

impl Extras for Link {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
    }
}

impl Extras for Location {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
        part(&self.options, path, "options", out);
    }
}

impl Extras for LocationOptions {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
    }
}

impl Extras for Media {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
        part(&self.dimensions, path, "dimensions", out);
    }
}

impl Extras for Dimensions {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
    }
}

impl Extras for PollInfo {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
        items(&self.poll_options, path, "pollOptions", out);
        part(&self.options, path, "options", out);
    }
}

impl Extras for PollChoice {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        if let PollChoice::Option(option) = self {
            option.extras(path, out);
        }
    }
}

impl Extras for PollOption {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
    }
}

impl Extras for PollOptions {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
    }
}

/// Each element of a list field, at `key[i]`.
fn items<T: Extras>(
    list: &Nullable<Vec<T>>,
    path: &str,
    key: &str,
    out: &mut Vec<(String, Value)>,
) {
    if let Some(list) = list.value() {
        each(list, &child_path(path, key), out);
    }
}

/// Each element of the list at `list_path`, at `list_path[i]`.
fn each<T: Extras>(list: &[T], list_path: &str, out: &mut Vec<(String, Value)>) {
    for (index, item) in list.iter().enumerate() {
        item.extras(&format!("{list_path}[{index}]"), out);
    }
}

impl Extras for Contact {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
        items(&self.chats, path, "chats", out);
    }
}

impl Extras for Note {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
        part(&self.media, path, "media", out);
    }
}

impl Extras for Reaction {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
        part(&self.id, path, "id", out);
        part(&self.msg_id, path, "msg_id", out);
    }
}

impl Extras for Ticket {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
        part(&self.chat, path, "chat", out);
        part(&self.quoted_message, path, "quoted_message", out);
    }
}

impl Extras for TicketInfo {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
        self.chat.extras(&child_path(path, "chat"), out);
        part(&self.message, path, "message", out);
        part(&self.ticket, path, "ticket", out);
        items(&self.attached_messages, path, "attached_messages", out);
    }
}

impl Extras for TicketMessage {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
    }
}

impl Extras for ChatNotification {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
        part(&self.id, path, "id", out);
    }
}

impl Extras for WebhookData {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        match self {
            WebhookData::Phone(data) => data.extras(path, out),
            WebhookData::Chat(data) => data.extras(path, out),
            WebhookData::Message(data) => data.extras(path, out),
            WebhookData::Reaction(data) => data.extras(path, out),
            WebhookData::TicketInfo(data) => data.extras(path, out),
            WebhookData::Note(data) => data.extras(path, out),
            WebhookData::ChatNotification(data) => data.extras(path, out),
            // The data of an unknown event is kept whole.
            WebhookData::Unknown(data) => out.push((path.to_owned(), data.clone())),
            other => out.push((path.to_owned(), Value::from(format!("{other:?}")))),
        }
    }
}

impl Extras for WebhookEvent {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        match self {
            WebhookEvent::Envelope(envelope) => {
                own(&envelope.extra, path, out);
                envelope.data.extras(&child_path(path, "data"), out);
            }
            WebhookEvent::Bare(data) => data.extras(path, out),
        }
    }
}

/// The list wrappers: their own unknown keys and each item's.
macro_rules! list_extras {
    ($($type:ident . $field:ident),+ $(,)?) => {
        $(impl Extras for $type {
            fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
                own(&self.extra, path, out);
                each(&self.$field, &child_path(path, stringify!($field)), out);
            }
        })+
    };
}

list_extras!(
    ChatList.chats,
    MessageList.messages,
    NotificationList.messages,
    ContactList.contacts,
    TicketList.tickets,
    NoteList.notes,
    ReactionList.reactions,
);

impl Extras for NotificationEntry {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        if let NotificationEntry::Notification(notification) = self {
            notification.extras(path, out);
        }
    }
}

impl Extras for CreateNoteResponse {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
        part(&self.data, path, "data", out);
    }
}

impl Extras for SendMessageResponse {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        if let SendMessageResponse::Queued(queued) = self {
            own(&queued.extra, path, out);
        }
    }
}

impl Extras for GroupParticipantsResponse {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        for (id, result) in &self.0 {
            own(&result.extra, &child_path(path, id.as_str()), out);
        }
    }
}

impl Extras for PhoneList {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        each(&self.0, path, out);
    }
}

impl Extras for CreateChatResponse {
    fn extras(&self, path: &str, out: &mut Vec<(String, Value)>) {
        own(&self.extra, path, out);
    }
}
