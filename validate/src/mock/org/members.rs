//! The organisation's members: invited, given access to labels and phones, and removed.

use serde_json::{Value, json};

use super::{Answer, Call, Org, Outcome, Refusal, example, fill, jids, now};

/// A body's list of texts (absent or `null`: none).
fn texts(value: &Value) -> Vec<String> {
    value
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect()
}

/// The body's org phones, as sent in either spelling.
fn org_phones(body: &Value) -> Option<&Value> {
    body.get("orgPhones").or_else(|| body.get("org_phones"))
}

impl Org {
    /// Answers the member operations; `None` for any other.
    pub(super) fn members_call(&mut self, call: &Call) -> Option<Outcome> {
        Some(match call.endpoint.operation {
            "inviteMembers" => Ok(self.invite(call)),
            "updateMemberAccess" => Ok(self.member_access(call)),
            "deleteMember" => {
                let id = call.param("id");
                self.members
                    .iter()
                    .position(|m| m["email"] == id || m["user_id"] == id)
                    .map(|index| {
                        self.members.remove(index);
                        Answer::empty(204)
                    })
                    .ok_or_else(|| Refusal::not_found("Member"))
            }
            _ => return None,
        })
    }

    /// `POST /members/invite`: each new email becomes a member; one already a member is an
    /// entry of `errors`.
    fn invite(&mut self, call: &Call) -> Answer {
        let mut added = Vec::new();
        let mut errors = Vec::new();
        let phones = org_phones(&call.body).map(jids).unwrap_or_default();
        for email in texts(&call.body["emails"]) {
            if self.members.iter().any(|m| m["email"] == email.as_str()) {
                errors.push(json!({"email": email, "error": {"message": "Already a member"}}));
                continue;
            }
            let time = now();
            let mut member = example("org-member");
            fill(
                &mut member,
                [
                    ("email", json!(email)),
                    ("org_id", json!(self.org_id)),
                    (
                        "role",
                        call.body.get("role").cloned().unwrap_or(json!("member")),
                    ),
                    ("created_at", json!(time)),
                    ("invited_at", json!(time)),
                    ("invited_by", json!("api")),
                    ("user_id", Value::Null),
                    (
                        "member_name",
                        json!(email.split('@').next().unwrap_or(&email)),
                    ),
                    ("is_owner", json!(false)),
                    ("label_ids", json!(texts(&call.body["labels"]))),
                    ("org_phones", json!(phones)),
                ],
            );
            self.members.push(member.clone());
            added.push(member);
        }
        Answer::json(200, json!({"addedMembers": added, "errors": errors}))
    }

    /// `PATCH /members/access`: the labels and phones of the members named, where the body
    /// gives them (`null` clears); answered with the members changed.
    fn member_access(&mut self, call: &Call) -> Answer {
        let emails = texts(&call.body["emails"]);
        let labels = call.body.get("labels").map(|labels| match labels {
            Value::Null => Value::Null,
            other => json!(texts(other)),
        });
        let phones = org_phones(&call.body).map(|phones| match phones {
            Value::Null => Value::Null,
            other => json!(jids(other)),
        });
        let mut changed = Vec::new();
        for member in self
            .members
            .iter_mut()
            .filter(|m| emails.iter().any(|email| m["email"] == email.as_str()))
        {
            if let Some(labels) = &labels {
                member["label_ids"] = labels.clone();
            }
            if let Some(phones) = &phones {
                member["org_phones"] = phones.clone();
            }
            changed.push(member.clone());
        }
        Answer::json(200, Value::Array(changed))
    }
}
