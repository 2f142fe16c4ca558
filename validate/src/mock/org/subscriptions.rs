//! Webhook subscriptions (what the mock posts events to) and the organisation's phones.

use periskope_model::Nullable;
use periskope_model::request::{CreateWebhookRequest, UpdateWebhookRequest};
use serde_json::{Value, json};

use super::{Answer, Call, Event, Org, Outcome, Refusal, labels, now};

impl Org {
    /// Answers the webhook and phone operations; `None` for any other.
    pub(super) fn subscriptions_call(&mut self, call: &Call) -> Option<Outcome> {
        Some(match call.endpoint.operation {
            "listWebhooks" => {
                let wanted = |subscription: &Value| {
                    call.query
                        .iter()
                        .all(|(key, value)| match &subscription[key] {
                            Value::String(text) => Some(text.as_str()) == value.as_str(),
                            Value::Bool(flag) => value.as_str() == Some(&flag.to_string()),
                            _ => true,
                        })
                };
                let found: Vec<Value> = self
                    .subscriptions
                    .iter()
                    .filter(|s| wanted(s))
                    .cloned()
                    .collect();
                Ok(Answer::json(200, Value::Array(found)))
            }
            "createWebhook" => self.subscribe(call),
            "getWebhookById" => self
                .subscription_index(call.param("id"))
                .map(|i| Answer::json(200, self.subscriptions[i].clone())),
            "updateWebhook" => self.update_subscription(call),
            "deleteWebhook" => self.subscription_index(call.param("id")).map(|i| {
                self.subscriptions.remove(i);
                Answer::empty(204)
            }),
            "getAllPhones" => Ok(Answer::json(200, Value::Array(self.phones.clone()))),
            "getPhone" => self.phone_answer(call),
            "updatePhone" => self.update_phone(call),
            _ => return None,
        })
    }

    fn subscription_index(&self, id: &str) -> Result<usize, Refusal> {
        self.subscriptions
            .iter()
            .position(|s| s["id"] == id)
            .ok_or_else(|| Refusal::not_found("Webhook"))
    }

    /// `POST /webhooks`: one subscription per event name, answered `201` with all of them.
    fn subscribe(&mut self, call: &Call) -> Outcome {
        let request: CreateWebhookRequest = serde_json::from_value(call.body.clone())
            .map_err(|e| Refusal::new(422, &e.to_string()))?;
        let kind = request.integration_kind.value().map_or_else(
            || json!("api"),
            |kind| serde_json::to_value(kind).unwrap_or(json!("api")),
        );
        let mut made = Vec::new();
        for name in request.integration_name.as_slice() {
            let id = self.ids.uuid();
            let subscription = json!({
                "id": id,
                "hook_url": request.hook_url,
                "integration_id": null,
                "integration_metadata": {"id": id, "name": request.hook_url},
                "integration_name": name.as_str(),
                "integration_type": request.integration_type.value().cloned().unwrap_or_else(|| "webhook".into()),
                "is_subscribed": true,
                "org_id": self.org_id,
                "subscribed_at": now(),
                "type": kind,
            });
            self.subscriptions.push(subscription.clone());
            made.push(subscription);
        }
        Ok(Answer::json(201, Value::Array(made)))
    }

    /// `PATCH /webhooks/{id}`: the URL, the event, and `isSubscribed` (pause or resume).
    fn update_subscription(&mut self, call: &Call) -> Outcome {
        let index = self.subscription_index(call.param("id"))?;
        let request: UpdateWebhookRequest = serde_json::from_value(call.body.clone())
            .map_err(|e| Refusal::new(422, &e.to_string()))?;
        let subscription = &mut self.subscriptions[index];
        if let Nullable::Value(url) = &request.hook_url {
            subscription["hook_url"] = json!(url);
            subscription["integration_metadata"]["name"] = json!(url);
        }
        if let Nullable::Value(name) = &request.integration_name {
            subscription["integration_name"] = json!(name.as_str());
        }
        if let Nullable::Value(subscribed) = request.is_subscribed {
            subscription["is_subscribed"] = json!(subscribed);
        }
        Ok(Answer::json(200, subscription.clone()))
    }

    /// The URLs subscribed to `event`, in the order they subscribed.
    pub(crate) fn subscribers(&self, event: &str) -> Vec<String> {
        self.subscriptions
            .iter()
            .filter(|s| s["integration_name"] == event && s["is_subscribed"] == true)
            .filter_map(|s| s["hook_url"].as_str().map(str::to_owned))
            .collect()
    }

    fn phone_answer(&self, call: &Call) -> Outcome {
        self.phone(call.phone.as_deref())
            .map(|phone| Answer::json(200, phone.clone()))
            .ok_or_else(|| Refusal::not_found("Phone"))
    }

    /// `PATCH /phones/update`: name, image and labels; fires `org.phone.updated`.
    fn update_phone(&mut self, call: &Call) -> Outcome {
        let header = call.phone.clone();
        let wanted = self
            .phone(header.as_deref())
            .and_then(|phone| phone["phone_id"].as_str())
            .map(str::to_owned)
            .ok_or_else(|| Refusal::not_found("Phone"))?;
        let phone = self
            .phones
            .iter_mut()
            .find(|phone| phone["phone_id"] == wanted.as_str())
            .ok_or_else(|| Refusal::not_found("Phone"))?;
        let mut changes = serde_json::Map::new();
        for key in ["phone_name", "phone_image"] {
            if let Some(value) = call.body.get(key) {
                changes.insert(key.into(), value.clone());
            }
        }
        if let Some(text) = call.text("labels") {
            changes.insert("labels".into(), Value::Array(labels(text)));
        }
        let previous = super::apply(phone, &changes);
        phone["updated_at"] = json!(now());
        Ok(Answer::json(200, phone.clone()).with(Event {
            name: "org.phone.updated".into(),
            data: phone.clone(),
            previous,
        }))
    }

    /// The first phone's connection changes: `org.phone.disconnected` (`UNPAIRED`) or
    /// `org.phone.connected` (`CONNECTED`).
    pub(crate) fn set_connected(&mut self, connected: bool) -> Option<Event> {
        let phone = self.phones.first_mut()?;
        let state = if connected { "CONNECTED" } else { "UNPAIRED" };
        let previous = json!({"wa_state": phone["wa_state"].clone()});
        phone["wa_state"] = json!(state);
        phone["is_ready"] = json!(connected);
        phone["updated_at"] = json!(now());
        let name = if connected {
            "org.phone.connected"
        } else {
            "org.phone.disconnected"
        };
        Some(Event {
            name: name.into(),
            data: phone.clone(),
            previous,
        })
    }
}
