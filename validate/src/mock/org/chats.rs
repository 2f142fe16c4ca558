//! Chats: listing, reading and updating them, groups, labels, and the chat a send creates.

use serde_json::{Map, Value, json};

use super::{
    Answer, Call, Event, Org, Outcome, Refusal, apply, example, fill, in_time_range, jid, jids,
    listed, now,
};

/// A label's id from its name, as the chats' `label_ids` maps keep them.
fn label_id(name: &str) -> String {
    let slug: String = name
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    format!("label-{slug}")
}

/// `{label_id: true}` for each label of a comma-separated text.
fn label_ids(text: &str) -> Value {
    Value::Object(
        super::labels(text)
            .iter()
            .filter_map(Value::as_str)
            .map(|name| (label_id(name), json!(true)))
            .collect(),
    )
}

impl Org {
    /// Answers the chat operations; `None` for any other operation.
    pub(super) fn chats_call(&mut self, call: &Call) -> Option<Outcome> {
        Some(match call.endpoint.operation {
            "getChats" => {
                let chat_type = call.query.get("chat_type").and_then(Value::as_str);
                let chats = self
                    .chats
                    .iter()
                    .filter(|c| chat_type.is_none_or(|wanted| c["chat_type"] == wanted))
                    .cloned();
                in_time_range(chats, "updated_at", &call.query)
                    .map(|chats| listed("chats", &chats, &call.query))
            }
            "getChatById" => self
                .chat_index(&jid(call.param("chat_id")))
                .map(|i| Answer::json(200, self.chats[i].clone())),
            "updateChat" => self.update_chat(call),
            "createGroup" => Ok(self.create_group(call)),
            "updateGroupSettings" => self.group_settings(call),
            "updateChatLabels" => {
                let ids = call.body["chat_ids"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                let labels = label_ids(call.text("labels").unwrap_or_default());
                // Ids that name no chat are passed over, as the API does with a partial list.
                for id in &ids {
                    if let Ok(i) = self.chat_index(&jid(id.as_str().unwrap_or_default())) {
                        self.chats[i]["label_ids"] = labels.clone();
                    }
                }
                Ok(Answer::empty(204))
            }
            "markChatRead" => self.chat_index(&jid(call.param("chat_id"))).map(|i| {
                self.chats[i]["message_unread_count"] = json!(0);
                Answer::empty(200)
            }),
            _ => return None,
        })
    }

    /// Where the chat `chat_id` is, or 404.
    pub(crate) fn chat_index(&self, chat_id: &str) -> Result<usize, Refusal> {
        self.chats
            .iter()
            .position(|c| c["chat_id"] == chat_id)
            .ok_or_else(|| Refusal::not_found("Chat"))
    }

    /// The chat a message goes to: an existing one, or a new 1:1 chat (`chat.created`); a group
    /// that does not exist is 404.
    pub(crate) fn chat_for_send(
        &mut self,
        chat_id: &str,
        org_phone: &str,
        events: &mut Vec<Event>,
    ) -> Result<(), Refusal> {
        if self.chat_index(chat_id).is_ok() {
            return Ok(());
        }
        if !chat_id.ends_with("@c.us") {
            return Err(Refusal::not_found("Chat"));
        }
        let name = chat_id.trim_end_matches("@c.us");
        let chat = self.new_chat(chat_id, name, "user", org_phone);
        events.push(Event::new("chat.created", chat));
        Ok(())
    }

    /// Writes a new chat, shaped as the documented chat, and returns it.
    fn new_chat(&mut self, chat_id: &str, name: &str, chat_type: &str, org_phone: &str) -> Value {
        let mut chat = example("chat");
        let time = now();
        let fields = [
            ("org_id", json!(self.org_id)),
            ("chat_id", json!(chat_id)),
            ("chat_name", json!(name)),
            ("chat_type", json!(chat_type)),
            ("org_phone", json!(org_phone)),
            ("members", json!({})),
            ("label_ids", json!({})),
            ("chat_access", json!({})),
            ("chat_image", Value::Null),
            ("assigned_to", Value::Null),
            ("created_at", json!(time)),
            ("updated_at", json!(time)),
            ("member_count", json!(2)),
            ("latest_message", Value::Null),
            ("common_chats", json!([])),
            ("chat_org_phones", json!([org_phone])),
            ("custom_properties", json!({})),
            ("hubspot_metadata", json!({})),
            ("message_unread_count", json!(0)),
        ];
        fill(&mut chat, fields);
        self.chats.push(chat.clone());
        chat
    }

    /// `PATCH /chats/{chat_id}`: assignee, custom properties (merged) and labels.
    fn update_chat(&mut self, call: &Call) -> Outcome {
        let index = self.chat_index(&jid(call.param("chat_id")))?;
        let chat = &mut self.chats[index];
        let mut changes = Map::new();
        if let Some(assignee) = call.body.get("assigned_to") {
            changes.insert("assigned_to".into(), assignee.clone());
        }
        if let Some(labels) = call.text("labels") {
            changes.insert("label_ids".into(), label_ids(labels));
        }
        let properties_before = chat["custom_properties"].clone();
        if let Some(Value::Object(properties)) = call.body.get("custom_properties") {
            let mut merged = properties_before.as_object().cloned().unwrap_or_default();
            merged.extend(properties.clone());
            changes.insert("custom_properties".into(), Value::Object(merged));
        }
        let previous = apply(chat, &changes);
        chat["updated_at"] = json!(now());
        let mut answer = Answer::json(200, chat.clone());
        if chat["custom_properties"] != properties_before {
            answer.events.push(Event {
                name: "chat.custom_properties.updated".into(),
                data: chat.clone(),
                previous,
            });
        }
        Ok(answer)
    }

    /// `POST /chats/create`: a group with the org phone and the participants.
    fn create_group(&mut self, call: &Call) -> Answer {
        let org_phone = self.phone_jid(call);
        let digits = self.ids.uuid().replace('-', "");
        let number: String = digits
            .bytes()
            .map(|b| char::from(b'0' + b % 10))
            .take(12)
            .collect();
        let chat_id = format!("120363{number}@g.us");
        let name = call.text("group_name").unwrap_or("Group").to_owned();
        let participants = jids(&call.body["participants"]);
        let mut chat = self.new_chat(&chat_id, &name, "group", &org_phone);
        let mut members = Map::new();
        for (member, admin) in std::iter::once((org_phone.clone(), true))
            .chain(participants.into_iter().map(|p| (p, false)))
        {
            members.insert(
                member.clone(),
                json!({"org_id": self.org_id, "chat_id": chat_id, "contact_id": member,
                       "org_phone": org_phone, "is_admin": admin, "is_super_admin": admin,
                       "is_internal": admin}),
            );
        }
        chat["member_count"] = json!(members.len());
        chat["members"] = Value::Object(members);
        let options = &call.body["options"];
        for (option, field) in [
            ("messagesAdminsOnly", "messages_admins_only"),
            ("infoAdminsOnly", "info_admins_only"),
            ("addMembersAdminsOnly", "add_members_admins_only"),
            ("description", "group_description"),
        ] {
            if let Some(value) = options.get(option).or_else(|| options.get(field)) {
                chat[field] = value.clone();
            }
        }
        if let Some(stored) = self.chats.last_mut() {
            *stored = chat.clone();
        }
        Answer::json(200, chat.clone()).with(Event::new("chat.created", chat))
    }

    /// `POST /chats/{chat_id}/settings`: who may write, edit the group's info and add members.
    fn group_settings(&mut self, call: &Call) -> Outcome {
        let index = self.chat_index(&jid(call.param("chat_id")))?;
        let chat = &mut self.chats[index];
        for (key, value) in call.body.as_object().into_iter().flatten() {
            let field = match key.as_str() {
                "messagesAdminsOnly" => "messages_admins_only",
                "infoAdminsOnly" => "info_admins_only",
                "addMembersAdminsOnly" => "add_members_admins_only",
                other => other,
            };
            if chat.get(field).is_some() {
                chat[field] = value.clone();
            }
        }
        Ok(Answer::json(200, chat.clone()))
    }
}
