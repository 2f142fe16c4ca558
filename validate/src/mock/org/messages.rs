//! Messages: sending (and the acks that follow), reading, editing, deleting, reacting and
//! forwarding, and what a customer does (an inbound message, a reaction).

use serde_json::{Value, json};

use super::{
    Answer, Call, Event, Org, Outcome, Refusal, Send, example, fill, in_time_range, jid, jids,
    listed, now,
};

/// The fields of a new message kept from the documented example's shape; every other field
/// starts empty (`null`).
const SHAPE: &[&str] = &["org_id"];

/// The ack values a sent message passes through after `1` (sent to WhatsApp's server): delivered
/// and read for a 1:1 chat; delivered to one, to all, read by one, by all in a group.
const ONE_TO_ONE_ACKS: &[i64] = &[2, 4];
const GROUP_ACKS: &[i64] = &[2, 3, 4, 5];

/// A message's ack as a number (the API writes it as text, sometimes as a number).
fn ack(message: &Value) -> i64 {
    match &message["ack"] {
        Value::String(text) => text.parse().unwrap_or(0),
        other => other.as_i64().unwrap_or(0),
    }
}

/// What a send's status says at `ack`.
fn status(ack: i64) -> (&'static str, &'static str) {
    match ack {
        ..=0 => ("queued", "The message is waiting to be sent"),
        1 => ("sent", "The message was sent to WhatsApp"),
        2 | 3 => ("delivered", "The message was delivered"),
        _ => ("read", "The message was read"),
    }
}

/// A new message of `chat_id`, written as the API writes one.
pub(crate) struct Draft<'a> {
    pub(crate) chat_id: &'a str,
    pub(crate) from_me: bool,
    pub(crate) sender: &'a str,
    pub(crate) org_phone: &'a str,
    pub(crate) body: &'a str,
    pub(crate) message_type: &'a str,
    pub(crate) quoted: Option<&'a str>,
}

impl Org {
    /// Answers the message operations; `None` for any other operation.
    pub(super) fn messages_call(&mut self, call: &Call) -> Option<Outcome> {
        Some(match call.endpoint.operation {
            "sendMessage" => self.send(call, false),
            "sendMessageSync" => self.send(call, true),
            "getMessageById" => self
                .message_index(call.param("message_id"))
                .map(|i| Answer::json(200, self.messages[i].clone())),
            "getChatMessages" => {
                let chat_id = jid(call.param("chat_id"));
                self.chat_index(&chat_id).map(|_| {
                    let messages: Vec<Value> = self
                        .messages
                        .iter()
                        .rev()
                        .filter(|m| m["chat_id"] == chat_id.as_str())
                        .cloned()
                        .collect();
                    listed("messages", &messages, &call.query)
                })
            }
            "getMessages" => in_time_range(
                self.messages.iter().rev().cloned(),
                "timestamp",
                &call.query,
            )
            .map(|messages| listed("messages", &messages, &call.query)),
            "getMessageStatus" => self.status_of(call.param("unique_id")),
            "editMessage" => self.edit(call),
            "deleteMessage" => self.delete(call),
            "reactToMessage" => {
                let reaction = call.text("reaction").unwrap_or_default().to_owned();
                let sender = self.phone_jid(call);
                self.react(call.param("message_id"), &reaction, true, &sender)
                    .map(|event| Answer::empty(204).with(event))
            }
            "pinMessage" => self
                .message_index(call.param("message_id"))
                .map(|_| Answer::empty(204)),
            "forwardMessage" => self.forward(call),
            "getReactions" => {
                let wanted = |key: &str, reaction: &Value| {
                    call.query
                        .get(key)
                        .and_then(Value::as_str)
                        .is_none_or(|want| reaction[key] == want)
                };
                let reactions = self
                    .reactions
                    .iter()
                    .filter(|r| wanted("chat_id", r) && wanted("message_id", r))
                    .cloned();
                in_time_range(reactions, "timestamp", &call.query)
                    .map(|reactions| listed("reactions", &reactions, &call.query))
            }
            _ => return None,
        })
    }

    /// The message `id` names: its `message_id`, its `unique_id`, or the `queue_id` of its send.
    pub(crate) fn message_index(&self, id: &str) -> Result<usize, Refusal> {
        let by_queue = self
            .sends
            .values()
            .find(|send| send.queue_id == id)
            .map(|send| send.message_id.as_str());
        self.messages
            .iter()
            .position(|m| {
                m["message_id"] == id
                    || m["unique_id"] == id
                    || by_queue.is_some_and(|message_id| m["message_id"] == message_id)
            })
            .ok_or_else(|| Refusal::not_found("Message"))
    }

    /// Writes a new message into its chat (as the chat's latest message) and returns it.
    pub(crate) fn write_message(&mut self, draft: &Draft<'_>) -> Value {
        let whatsapp = self.ids.whatsapp();
        let serialized = format!("{}_{}_{whatsapp}", draft.from_me, draft.chat_id);
        let mut message = example("message");
        if let Value::Object(fields) = &mut message {
            for (key, value) in fields.iter_mut() {
                if !SHAPE.contains(&key.as_str()) {
                    *value = Value::Null;
                }
            }
        }
        let time = now();
        let fields = [
            (
                "id",
                json!({"id": whatsapp, "remote": draft.chat_id, "from_me": draft.from_me,
                       "serialized": serialized}),
            ),
            ("org_id", json!(self.org_id)),
            ("ack", json!(if draft.from_me { "1" } else { "0" })),
            ("body", json!(draft.body)),
            ("chat_id", json!(draft.chat_id)),
            ("from_me", json!(draft.from_me)),
            ("org_phone", json!(draft.org_phone)),
            ("sender_phone", json!(draft.sender)),
            ("timestamp", json!(time)),
            ("updated_at", json!(time)),
            ("unique_id", json!(whatsapp)),
            ("message_id", json!(serialized)),
            ("message_type", json!(draft.message_type)),
            ("has_media", json!(draft.message_type != "chat")),
            ("has_quoted_msg", json!(draft.quoted.is_some())),
            ("quoted_message_id", json!(draft.quoted)),
            ("is_deleted", json!(false)),
            ("mentioned_ids", json!([])),
            (
                "performed_by",
                if draft.from_me {
                    json!("api")
                } else {
                    Value::Null
                },
            ),
        ];
        fill(&mut message, fields);
        if let Some(chat) = self
            .chats
            .iter_mut()
            .find(|c| c["chat_id"] == draft.chat_id)
        {
            chat["latest_message"] = message.clone();
            chat["updated_at"] = json!(time);
        }
        self.messages.push(message.clone());
        message
    }

    /// `POST /message/send` and `/message/send-sync`: the message is written at once (ack 1),
    /// fires `message.created`, and its acks advance afterwards.
    fn send(&mut self, call: &Call, sync: bool) -> Outcome {
        let chat_id = jid(call.text("chat_id").unwrap_or_default());
        let org_phone = self.phone_jid(call);
        let mut answer = Answer::empty(200);
        self.chat_for_send(&chat_id, &org_phone, &mut answer.events)?;
        let message_type = match (&call.body["media"], &call.body["poll"]) {
            (Value::Object(media), _) => media
                .get("type")
                .and_then(Value::as_str)
                .unwrap_or("document"),
            (_, Value::Object(_)) => "poll",
            _ => "chat",
        }
        .to_owned();
        let quoted = call.text("reply_to").map(str::to_owned);
        let mut message = self.write_message(&Draft {
            chat_id: &chat_id,
            from_me: true,
            sender: &org_phone,
            org_phone: &org_phone,
            body: call.text("message").unwrap_or_default(),
            message_type: &message_type,
            quoted: quoted.as_deref(),
        });
        let unique_id = self.ids.uuid();
        let queue_id = self.ids.uuid();
        let message_id = message["message_id"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        message["unique_id"] = json!(unique_id);
        if let Some(stored) = self.messages.last_mut() {
            stored["unique_id"] = json!(unique_id);
        }
        self.sends.insert(
            unique_id.clone(),
            Send {
                queue_id: queue_id.clone(),
                message_id: message_id.clone(),
                queued_at: message["timestamp"].as_str().unwrap_or_default().to_owned(),
            },
        );
        answer
            .events
            .push(Event::new("message.created", message.clone()));
        answer.acks.push(message_id);
        answer.body = super::Body::Json(if sync {
            json!({"status": "sent", "unique_id": unique_id, "message": message})
        } else {
            json!({"queue_id": queue_id, "queue_position": 1, "unique_id": unique_id,
                   "hint": "Use the unique_id to track the message"})
        });
        Ok(answer)
    }

    /// Moves a sent message's ack one step on and returns its `message.ack.updated`; `None`
    /// once it is read (by all, in a group) or when the message is gone.
    pub(crate) fn advance_ack(&mut self, message_id: &str) -> Option<Event> {
        let message = self
            .messages
            .iter_mut()
            .find(|m| m["message_id"] == message_id)?;
        let group = message["chat_id"]
            .as_str()
            .is_some_and(|c| c.ends_with("@g.us"));
        let steps = if group { GROUP_ACKS } else { ONE_TO_ONE_ACKS };
        let next = *steps.iter().find(|step| **step > ack(message))?;
        let previous = json!({"ack": message["ack"].clone()});
        message["ack"] = json!(next.to_string());
        message["updated_at"] = json!(now());
        Some(Event {
            name: "message.ack.updated".into(),
            data: message.clone(),
            previous,
        })
    }

    /// `GET /message/{unique_id}/status`.
    fn status_of(&self, unique_id: &str) -> Outcome {
        let send = self
            .sends
            .get(unique_id)
            .ok_or_else(|| Refusal::not_found("Message"))?;
        let message = self
            .messages
            .iter()
            .find(|m| m["message_id"] == send.message_id.as_str())
            .ok_or_else(|| Refusal::not_found("Message"))?;
        let ack = ack(message);
        let (status, description) = status(ack);
        let read = u8::from(ack >= 4);
        Ok(Answer::json(
            200,
            json!({
                "unique_id": unique_id,
                "queue_id": send.queue_id,
                "message_id": send.message_id,
                "chat_id": message["chat_id"],
                "performed_by": "api",
                "status": status,
                "status_description": description,
                "ack": ack,
                "message": {"body": message["body"], "type": message["message_type"],
                            "quoted_message_id": message["quoted_message_id"]},
                "timeline": {"queued_at": send.queued_at, "sent_at": message["timestamp"]},
                "attempts": 1,
                "delivered_count": u8::from(ack >= 2),
                "read_count": read,
            }),
        ))
    }

    /// `POST /message/{message_id}/edit`: the body changes, the old one is `prev_body`.
    fn edit(&mut self, call: &Call) -> Outcome {
        let index = self.message_index(call.param("message_id"))?;
        let message = &mut self.messages[index];
        let previous = json!({"body": message["body"].clone()});
        message["prev_body"] = message["body"].clone();
        message["body"] = json!(call.text("edited_body").unwrap_or_default());
        message["updated_at"] = json!(now());
        Ok(Answer::empty(204).with(Event {
            name: "message.updated".into(),
            data: message.clone(),
            previous,
        }))
    }

    /// `POST /message/{message_id}/delete`: the message stays, marked deleted.
    fn delete(&mut self, call: &Call) -> Outcome {
        let index = self.message_index(call.param("message_id"))?;
        let message = &mut self.messages[index];
        let previous = json!({"is_deleted": message["is_deleted"].clone()});
        message["is_deleted"] = json!(true);
        message["updated_at"] = json!(now());
        Ok(Answer::empty(204).with(Event {
            name: "message.deleted".into(),
            data: message.clone(),
            previous,
        }))
    }

    /// A reaction to a message, by the org phone (`from_me`) or by a customer.
    pub(crate) fn react(
        &mut self,
        message_id: &str,
        emoji: &str,
        from_me: bool,
        sender: &str,
    ) -> Result<Event, Refusal> {
        let index = self.message_index(message_id)?;
        let whatsapp = self.ids.whatsapp();
        let message = &mut self.messages[index];
        message["has_reaction"] = json!(true);
        let chat_id = message["chat_id"].as_str().unwrap_or_default().to_owned();
        let reaction_id = format!("{from_me}_{chat_id}_{whatsapp}_{sender}");
        let mut reaction = example("reaction");
        let fields = [
            ("org_id", json!(self.org_id)),
            ("message_id", message["message_id"].clone()),
            ("ack", json!("0")),
            (
                "id",
                json!({"id": whatsapp, "fromMe": from_me, "remote": chat_id,
                       "_serialized": reaction_id}),
            ),
            ("orphan", json!("0")),
            ("reaction", json!(emoji)),
            ("read", json!(false)),
            ("reaction_id", json!(reaction_id)),
            ("timestamp", json!(now())),
            ("msg_id", message["id"].clone()),
            ("orphan_reason", Value::Null),
            ("sender_id", json!(sender)),
            ("org_phone", message["org_phone"].clone()),
            ("chat_id", json!(chat_id)),
            ("unique_id", message["unique_id"].clone()),
        ];
        fill(&mut reaction, fields);
        self.reactions.push(reaction.clone());
        Ok(Event::new("reaction.created", reaction))
    }

    /// A customer reacts to a message: `from` (a number or JID), else the message's chat.
    pub(crate) fn customer_reaction(
        &mut self,
        message_id: &str,
        emoji: &str,
        from: Option<&str>,
    ) -> Result<Event, Refusal> {
        let index = self.message_index(message_id)?;
        let sender = from.map_or_else(
            || {
                self.messages[index]["chat_id"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned()
            },
            jid,
        );
        self.react(message_id, emoji, false, &sender)
    }

    /// `POST /message/{message_id}/forward`: a copy in each chat.
    fn forward(&mut self, call: &Call) -> Outcome {
        let index = self.message_index(call.param("message_id"))?;
        let original = self.messages[index].clone();
        let org_phone = self.phone_jid(call);
        let targets = jids(&call.body["forward_chat_ids"]);
        // The catalog's answer is 204 (the SDK's and the docs'); the docs' `{chat_id: true}`
        // example is the other documented answer.
        let mut answer = Answer::empty(204);
        for chat_id in targets {
            self.chat_for_send(&chat_id, &org_phone, &mut answer.events)?;
            let mut message = self.write_message(&Draft {
                chat_id: &chat_id,
                from_me: true,
                sender: &org_phone,
                org_phone: &org_phone,
                body: original["body"].as_str().unwrap_or_default(),
                message_type: original["message_type"].as_str().unwrap_or("chat"),
                quoted: None,
            });
            message["is_forwarded"] = json!(true);
            if let Some(stored) = self.messages.last_mut() {
                stored["is_forwarded"] = json!(true);
            }
            answer.acks.push(
                message["message_id"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
            );
            answer.events.push(Event::new("message.created", message));
        }
        Ok(answer)
    }

    /// A customer writes in a chat: the message (`from_me` false) and its events (the chat's
    /// `chat.created` first when the chat is new).
    pub(crate) fn inbound(
        &mut self,
        chat_id: &str,
        body: &str,
        sender: Option<&str>,
    ) -> Result<(Value, Vec<Event>), Refusal> {
        let chat_id = jid(chat_id);
        let org_phone = self
            .phones
            .first()
            .and_then(|phone| phone["org_phone"].as_str())
            .unwrap_or_default()
            .to_owned();
        let mut events = Vec::new();
        self.chat_for_send(&chat_id, &org_phone, &mut events)?;
        let sender = sender.map_or_else(|| chat_id.clone(), jid);
        let message = self.write_message(&Draft {
            chat_id: &chat_id,
            from_me: false,
            sender: &sender,
            org_phone: &org_phone,
            body,
            message_type: "chat",
            quoted: None,
        });
        events.push(Event::new("message.created", message.clone()));
        Ok((message, events))
    }
}
