//! The list answers that [`Call::pages`](crate::Call::pages) walks: where their items are and
//! what tells two items apart.
// Without a transport, nothing walks a list.
#![cfg_attr(not(any(feature = "blocking", feature = "async")), allow(dead_code))]

use periskope_model::{
    AiContext, Chat, ChatList, Contact, ContactList, KnowledgeBaseList, Message, MessageList, Note,
    NoteList, NotificationEntry, NotificationList, Reaction, ReactionList, Ticket, TicketList,
};
use serde::Serialize;
use std::collections::{HashSet, VecDeque};

/// A page of a list operation (`offset`/`limit`).
pub trait Listed {
    /// One item of the list.
    type Item: Serialize;
    /// The page's items, in order.
    fn into_items(self) -> Vec<Self::Item>;
    /// What tells an item apart from the others: its id (`chat_id` for a chat).
    fn key(item: &Self::Item) -> String;
}

macro_rules! listed {
    ($($list:ty => $item:ty, $field:ident, $id:ident;)*) => {$(
        impl Listed for $list {
            type Item = $item;
            fn into_items(self) -> Vec<$item> {
                self.$field
            }
            fn key(item: &$item) -> String {
                item.$id.as_str().to_owned()
            }
        }
    )*};
}

listed! {
    ChatList => Chat, chats, chat_id;
    MessageList => Message, messages, message_id;
    ContactList => Contact, contacts, contact_id;
    TicketList => Ticket, tickets, ticket_id;
    NoteList => Note, notes, message_id;
    ReactionList => Reaction, reactions, reaction_id;
    KnowledgeBaseList => AiContext, data, context_id;
}

impl Listed for NotificationList {
    type Item = NotificationEntry;
    fn into_items(self) -> Vec<NotificationEntry> {
        self.messages
    }
    /// A notification's `notification_id`; an entry that is not a notification is its JSON.
    fn key(item: &NotificationEntry) -> String {
        let value = serde_json::to_value(item).unwrap_or_default();
        match value.get("notification_id") {
            Some(id) if !id.is_null() => id.to_string(),
            _ => value.to_string(),
        }
    }
}

/// The state of a walk through a list, without I/O: which page to ask for next, the items not
/// yet yielded, the items seen. The blocking [`Pages`](crate::Pages) and the async stream drive
/// it.
pub(crate) struct Walk<L: Listed> {
    page_size: u32,
    offset: u64,
    seen: HashSet<String>,
    ready: VecDeque<L::Item>,
    done: bool,
}

impl<L: Listed> Walk<L> {
    pub(crate) fn new(page_size: u32) -> Self {
        Self {
            page_size: page_size.max(1),
            offset: 0,
            seen: HashSet::new(),
            ready: VecDeque::new(),
            done: false,
        }
    }

    /// The next item already fetched.
    pub(crate) fn pop(&mut self) -> Option<L::Item> {
        self.ready.pop_front()
    }

    /// Whether no page is left to fetch.
    pub(crate) fn is_done(&self) -> bool {
        self.done
    }

    /// Sets `offset` and `limit` in a call's query for the next page.
    pub(crate) fn page(&self, query: &mut Vec<(String, String)>) {
        query.retain(|(key, _)| key != "offset" && key != "limit");
        query.push(("offset".into(), self.offset.to_string()));
        query.push(("limit".into(), self.page_size.to_string()));
    }

    /// Takes a page: the next starts after its items; items seen before are passed over; a
    /// short page, or one with nothing new, is the last.
    pub(crate) fn absorb(&mut self, items: Vec<L::Item>) {
        let received = items.len();
        self.offset += received as u64;
        let before = self.ready.len();
        for item in items {
            if self.seen.insert(L::key(&item)) {
                self.ready.push_back(item);
            }
        }
        if received < self.page_size as usize || self.ready.len() == before {
            self.done = true;
        }
    }

    /// A page failed: the walk ends.
    pub(crate) fn stop(&mut self) {
        self.done = true;
    }

    /// How many pages' worth of items were received.
    pub(crate) fn offset(&self) -> u64 {
        self.offset
    }
}
