//! The list answers that [`Call::pages`](crate::Call::pages) walks: where their items are and
//! what tells two items apart.

use periskope_model::{
    AiContext, Chat, ChatList, Contact, ContactList, KnowledgeBaseList, Message, MessageList, Note,
    NoteList, NotificationEntry, NotificationList, Reaction, ReactionList, Ticket, TicketList,
};
use serde::Serialize;

/// A page of a list operation (`offset`/`limit`).
pub trait Listed {
    /// One item of the list.
    type Item: Serialize;
    /// The field that identifies an item (`chat_id` for a chat).
    const KEY: &'static str;
    /// The page's items, in order.
    fn into_items(self) -> Vec<Self::Item>;
}

macro_rules! listed {
    ($($list:ty => $item:ty, $field:ident, $key:literal;)*) => {$(
        impl Listed for $list {
            type Item = $item;
            const KEY: &'static str = $key;
            fn into_items(self) -> Vec<$item> {
                self.$field
            }
        }
    )*};
}

listed! {
    ChatList => Chat, chats, "chat_id";
    MessageList => Message, messages, "message_id";
    NotificationList => NotificationEntry, messages, "notification_id";
    ContactList => Contact, contacts, "contact_id";
    TicketList => Ticket, tickets, "ticket_id";
    NoteList => Note, notes, "message_id";
    ReactionList => Reaction, reactions, "reaction_id";
    KnowledgeBaseList => AiContext, data, "context_id";
}

/// What identifies `item`: its key field as JSON text, or the whole item when it has none.
pub(crate) fn identity<L: Listed>(item: &L::Item) -> String {
    let value = serde_json::to_value(item).unwrap_or_default();
    match value.get(L::KEY) {
        Some(key) if !key.is_null() => key.to_string(),
        _ => value.to_string(),
    }
}
