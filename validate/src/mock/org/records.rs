//! Contacts, tickets, notes and scheduled messages: created, read, listed, updated and deleted as
//! their operations say.

use serde_json::{Map, Value, json};

use super::{
    Answer, Call, Event, Org, Outcome, Refusal, apply, example, fill, in_time_range, jid, labels,
    listed, now,
};

/// The fields of a body that a PATCH copies onto its object unchanged.
fn copied(body: &Value, keys: &[&str]) -> Map<String, Value> {
    keys.iter()
        .filter_map(|key| Some(((*key).to_owned(), body.get(*key)?.clone())))
        .collect()
}

impl Org {
    /// Answers the contact, ticket, note and scheduled-message operations; `None` for any other.
    pub(super) fn records_call(&mut self, call: &Call) -> Option<Outcome> {
        Some(match call.endpoint.operation {
            "getContacts" => Ok(listed("contacts", &self.contacts, &call.query)),
            "createContact" => self.create_contact(call),
            "getContactById" => self
                .contact_index(call.param("contact_id"))
                .map(|i| Answer::json(200, self.contacts[i].clone())),
            "updateContact" => self.update_contact(call),
            "updateContactLabels" => self.contact_labels(call),
            "getTickets" => Ok(listed("tickets", &self.tickets, &call.query)),
            "createTicket" => self.create_ticket(call),
            "getTicketById" => self
                .ticket_index(call.param("ticket_id"))
                .map(|i| Answer::json(200, self.ticket_info(i))),
            "updateTicket" => self.update_ticket(call),
            "getNotes" => in_time_range(self.notes.iter().cloned(), "timestamp", &call.query)
                .map(|notes| listed("notes", &notes, &call.query)),
            "getNotesByChat" => {
                let chat_id = jid(call.param("chat_id"));
                self.chat_index(&chat_id).and_then(|_| {
                    let notes = self
                        .notes
                        .iter()
                        .filter(|n| n["chat_id"] == chat_id.as_str())
                        .cloned();
                    in_time_range(notes, "timestamp", &call.query)
                        .map(|notes| listed("notes", &notes, &call.query))
                })
            }
            "createNote" => self.create_note(call),
            "getNoteById" => self
                .notes
                .iter()
                .find(|n| {
                    n["message_id"] == call.param("note_id")
                        || n["unique_id"] == call.param("note_id")
                })
                .map(|note| Answer::json(200, note.clone()))
                .ok_or_else(|| Refusal::not_found("Note")),
            "listScheduledMessages" => {
                Ok(listed("scheduled_messages", &self.scheduled, &call.query))
            }
            "createScheduledMessage" => self.schedule(call),
            "getScheduledMessageById" => self
                .scheduled_index(call.param("scheduled_id"))
                .map(|i| Answer::json(200, self.scheduled[i].clone())),
            "updateScheduledMessage" => self.update_scheduled(call),
            "deleteScheduledMessage" => {
                let id = call.param("scheduled_id");
                self.scheduled_index(id).map(|i| {
                    self.scheduled.remove(i);
                    Answer::json(
                        200,
                        json!({"success": true, "message": "Scheduled message deleted",
                               "scheduled_id": id}),
                    )
                })
            }
            "listScheduledMessageOccurrences" => self
                .scheduled_index(call.param("scheduled_id"))
                .map(|_| listed("occurrences", &[], &call.query)),
            _ => return None,
        })
    }

    fn contact_index(&self, contact_id: &str) -> Result<usize, Refusal> {
        let wanted = jid(contact_id);
        self.contacts
            .iter()
            .position(|c| c["contact_id"] == wanted.as_str())
            .ok_or_else(|| Refusal::not_found("Contact"))
    }

    /// `POST /contacts/create`.
    fn create_contact(&mut self, call: &Call) -> Outcome {
        let contact_id = jid(call.text("contact_id").unwrap_or_default());
        if let Ok(index) = self.contact_index(&contact_id) {
            // Creating a contact that exists updates it, and answers it as a create does.
            let mut changes = copied(&call.body, &["contact_name", "is_internal"]);
            if let Some(text) = call.text("labels") {
                changes.insert("labels".into(), Value::Array(labels(text)));
            }
            let contact = &mut self.contacts[index];
            apply(contact, &changes);
            contact["updated_at"] = json!(now());
            return Ok(Answer::json(200, contact.clone()));
        }
        let names = labels(call.text("labels").unwrap_or_default());
        let mut contact = example("contact");
        let fields = [
            ("org_id", json!(self.org_id)),
            ("contact_id", json!(contact_id)),
            ("contact_name", call.body["contact_name"].clone()),
            ("contact_type", json!("user")),
            ("contact_image", Value::Null),
            ("chat_ids", json!([])),
            (
                "is_internal",
                json!(call.body["is_internal"].as_bool().unwrap_or(false)),
            ),
            ("labels", Value::Array(names)),
            ("label_ids", json!({})),
            ("updated_at", json!(now())),
        ];
        fill(&mut contact, fields);
        self.contacts.push(contact.clone());
        Ok(Answer::json(200, contact))
    }

    /// `PATCH /contacts/{contact_id}`.
    fn update_contact(&mut self, call: &Call) -> Outcome {
        let index = self.contact_index(call.param("contact_id"))?;
        let mut changes = copied(&call.body, &["contact_name", "is_internal"]);
        if let Some(text) = call.text("labels") {
            changes.insert("labels".into(), Value::Array(labels(text)));
        }
        let contact = &mut self.contacts[index];
        apply(contact, &changes);
        contact["updated_at"] = json!(now());
        Ok(Answer::json(200, contact.clone()))
    }

    /// `PATCH /contacts/labels`.
    fn contact_labels(&mut self, call: &Call) -> Outcome {
        let names = Value::Array(labels(call.text("labels").unwrap_or_default()));
        let ids = call.body["contact_ids"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        // Ids that name no contact are passed over, as the API does with a partial list.
        for id in ids {
            if let Ok(index) = self.contact_index(id.as_str().unwrap_or_default()) {
                self.contacts[index]["labels"] = names.clone();
            }
        }
        Ok(Answer::empty(204))
    }

    fn ticket_index(&self, ticket_id: &str) -> Result<usize, Refusal> {
        self.tickets
            .iter()
            .position(|t| t["ticket_id"] == ticket_id)
            .ok_or_else(|| Refusal::not_found("Ticket"))
    }

    /// A ticket as ticket webhooks and `GET /tickets/{ticket_id}` give it: the ticket, its chat
    /// and the message it quotes.
    fn ticket_info(&self, index: usize) -> Value {
        let row = &self.tickets[index];
        let mut info = example("ticket-info");
        let text = |labels: &Value| {
            labels
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        };
        info["ticket"] = json!({
            "ticket_id": row["ticket_id"], "org_id": row["org_id"], "status": row["status"],
            "subject": row["subject"], "assignee": row["assignee"],
            "assigned_by": row["assigned_by"], "raised_by": row["raised_by"],
            "priority": row["priority"], "due_date": row["due_date"],
            "created_at": row["created_at"], "quoted_message_id": row["quoted_message_id"],
            "ticket_labels": text(&row["labels"]),
            "ticket_custom_properties": row["custom_properties"],
        });
        let chat_id = row["chat_id"].as_str().unwrap_or_default();
        if let Ok(chat_index) = self.chat_index(chat_id) {
            let chat = &self.chats[chat_index];
            let mut shown = Map::new();
            for key in [
                "org_id",
                "org_phone",
                "chat_id",
                "chat_name",
                "chat_type",
                "chat_image",
                "created_at",
                "custom_properties",
                "group_description",
                "invite_link",
                "is_muted",
            ] {
                shown.insert(key.into(), chat[key].clone());
            }
            info["chat"] = Value::Object(shown);
        }
        let quoted = row["quoted_message_id"].as_str().unwrap_or_default();
        info["message"] = match self.message_index(quoted) {
            Ok(i) => {
                let message = &self.messages[i];
                json!({"body": message["body"], "chat_id": message["chat_id"],
                       "org_phone": message["org_phone"], "timestamp": message["timestamp"],
                       "message_id": message["message_id"],
                       "sender_phone": message["sender_phone"],
                       "performed_by": message["performed_by"]})
            }
            Err(_) => json!({}),
        };
        info["attached_messages"] = json!([]);
        info
    }

    /// `POST /tickets/create`: fires `ticket.created`.
    fn create_ticket(&mut self, call: &Call) -> Outcome {
        let chat_id = jid(call.text("chat_id").unwrap_or_default());
        self.chat_index(&chat_id)?;
        let mut row = self.tickets.first().cloned().unwrap_or_else(|| json!({}));
        let time = now();
        let ticket_id = format!("TICKET-{}", self.ids.uuid().get(..8).unwrap_or("0"));
        let fields = [
            ("ticket_id", json!(ticket_id)),
            ("org_id", json!(self.org_id)),
            ("chat_id", json!(chat_id)),
            ("subject", call.body["subject"].clone()),
            (
                "assignee",
                call.body.get("assignee").cloned().unwrap_or(Value::Null),
            ),
            ("assigned_by", Value::Null),
            ("raised_by", json!("api")),
            ("priority", json!(priority(&call.body["priority"]))),
            (
                "status",
                call.body.get("status").cloned().unwrap_or(json!("open")),
            ),
            (
                "due_date",
                call.body.get("due_date").cloned().unwrap_or(Value::Null),
            ),
            (
                "quoted_message_id",
                call.body
                    .get("quoted_message_id")
                    .cloned()
                    .unwrap_or(Value::Null),
            ),
            (
                "labels",
                Value::Array(labels(call.text("labels").unwrap_or_default())),
            ),
            ("label_ids", json!({})),
            ("custom_properties", json!({})),
            ("created_at", json!(time)),
            ("last_updated_at", json!(time)),
            ("closed_at", Value::Null),
            ("is_deleted", json!(false)),
        ];
        fill(&mut row, fields);
        self.tickets.push(row);
        let info = self.ticket_info(self.tickets.len() - 1);
        Ok(Answer::json(200, info.clone()).with(Event::new("ticket.created", info)))
    }

    /// `PATCH /tickets/{ticket_id}`: fires `ticket.updated` with what changed.
    fn update_ticket(&mut self, call: &Call) -> Outcome {
        let index = self.ticket_index(call.param("ticket_id"))?;
        let mut changes = copied(&call.body, &["subject", "assignee", "status", "due_date"]);
        if let Some(value) = call.body.get("priority") {
            changes.insert("priority".into(), json!(priority(value)));
        }
        if let Some(text) = call.text("labels") {
            changes.insert("labels".into(), Value::Array(labels(text)));
        }
        let row = &mut self.tickets[index];
        let previous = apply(row, &changes);
        row["last_updated_at"] = json!(now());
        if row["status"] == "closed" && row["closed_at"].is_null() {
            row["closed_at"] = json!(now());
        }
        let info = self.ticket_info(index);
        Ok(Answer::json(200, info.clone()).with(Event {
            name: "ticket.updated".into(),
            data: info,
            previous,
        }))
    }

    /// `POST /note/create`: a private note in a chat, `note.created`.
    fn create_note(&mut self, call: &Call) -> Outcome {
        let chat_id = jid(call.text("chat_id").unwrap_or_default());
        self.chat_index(&chat_id)?;
        let org_phone = self.phone_jid(call);
        let unique_id = self.ids.uuid();
        let time = now();
        let mut note = example("note");
        let fields = [
            ("message_id", json!(format!("true_{unique_id}_api"))),
            ("org_id", json!(self.org_id)),
            ("ack", json!("3")),
            ("body", call.body["message"].clone()),
            ("from_me", json!(true)),
            ("message_type", json!("chat")),
            ("chat_id", json!(chat_id)),
            ("timestamp", json!(time)),
            ("org_phone", json!(org_phone)),
            ("performed_by", json!("api")),
            ("prev_body", Value::Null),
            (
                "quoted_message_id",
                call.body.get("reply_to").cloned().unwrap_or(Value::Null),
            ),
            ("sender_phone", json!(org_phone)),
            ("sent_message_id", json!(unique_id)),
            ("updated_at", json!(time)),
            ("is_private_note", json!(true)),
            ("unique_id", json!(unique_id)),
            ("mentioned_ids", json!([])),
            ("is_deleted", Value::Null),
            (
                "media",
                call.body.get("media").cloned().unwrap_or(Value::Null),
            ),
        ];
        fill(&mut note, fields);
        self.notes.push(note.clone());
        let mut answer = Answer::json(
            200,
            json!({"success": true, "message": "Note created successfully", "data": note}),
        );
        answer.events.push(Event::new("note.created", note));
        Ok(answer)
    }

    fn scheduled_index(&self, id: &str) -> Result<usize, Refusal> {
        self.scheduled
            .iter()
            .position(|s| s["scheduled_id"] == id)
            .ok_or_else(|| Refusal::not_found("Scheduled message"))
    }

    /// `POST /message/scheduled`.
    fn schedule(&mut self, call: &Call) -> Outcome {
        let chat_id = jid(call.text("chat_id").unwrap_or_default());
        self.chat_index(&chat_id)
            .map_err(|_| Refusal::not_found("Chat"))?;
        let org_phone = self.phone_jid(call);
        let mut scheduled = example("scheduled-message");
        let fields = [
            (
                "scheduled_id",
                json!(format!("sch_{}", self.ids.uuid().replace('-', ""))),
            ),
            ("org_id", json!(self.org_id)),
            ("org_phone", json!(org_phone)),
            ("chat_id", json!(chat_id)),
            (
                "message_payload",
                json!({"message": call.body.get("message").cloned().unwrap_or(Value::Null),
                       "media": call.body.get("media").cloned().unwrap_or(json!({}))}),
            ),
            ("scheduled_at", call.body["scheduled_at"].clone()),
            (
                "is_repeat",
                json!(call.body["is_repeat"].as_bool().unwrap_or(false)),
            ),
            (
                "repeat_config",
                call.body
                    .get("repeat_config")
                    .cloned()
                    .unwrap_or(Value::Null),
            ),
            ("status", json!("scheduled")),
            ("skip_next", json!(false)),
            ("paused_at", Value::Null),
            ("updated_at", Value::Null),
            ("performed_by", json!("api")),
            ("created_at", json!(now())),
        ];
        fill(&mut scheduled, fields);
        self.scheduled.push(scheduled.clone());
        Ok(Answer::json(200, scheduled))
    }

    /// `PATCH /message/scheduled/{scheduled_id}`.
    fn update_scheduled(&mut self, call: &Call) -> Outcome {
        let index = self.scheduled_index(call.param("scheduled_id"))?;
        let scheduled = &mut self.scheduled[index];
        let changes = copied(
            &call.body,
            &["scheduled_at", "is_repeat", "repeat_config", "skip_next"],
        );
        apply(scheduled, &changes);
        if let Some(message) = call.body.get("message") {
            scheduled["message_payload"]["message"] = message.clone();
        }
        scheduled["updated_at"] = json!(now());
        Ok(Answer::json(200, scheduled.clone()))
    }
}

/// A ticket's priority as a number (sent as a number or as text).
fn priority(value: &Value) -> i64 {
    match value {
        Value::String(text) => text.trim().parse().unwrap_or(0),
        other => other.as_i64().unwrap_or(0),
    }
}
