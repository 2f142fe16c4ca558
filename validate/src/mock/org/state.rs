//! `--state DIR`: a user's recorded payloads as the organisation's starting data.

use std::path::Path;

use serde_json::Value;

use super::Org;
use crate::Validator;

/// Where a payload of each kind goes: the collection, and for a list the key of its items.
const PLACES: &[(&str, &str, Option<&str>)] = &[
    ("phone", "phones", None),
    ("phone-list", "phones", Some("")),
    ("chat", "chats", None),
    ("chat-list", "chats", Some("chats")),
    ("message", "messages", None),
    ("message-list", "messages", Some("messages")),
    ("contact", "contacts", None),
    ("contact-list", "contacts", Some("contacts")),
    ("ticket", "tickets", None),
    ("ticket-list", "tickets", Some("tickets")),
    ("note", "notes", None),
    ("note-list", "notes", Some("notes")),
    ("reaction", "reactions", None),
    ("reaction-list", "reactions", Some("reactions")),
    ("scheduled-message", "scheduled", None),
    (
        "scheduled-message-list",
        "scheduled",
        Some("scheduled_messages"),
    ),
];

impl Org {
    fn collection(&mut self, name: &str) -> Option<&mut Vec<Value>> {
        Some(match name {
            "phones" => &mut self.phones,
            "chats" => &mut self.chats,
            "messages" => &mut self.messages,
            "contacts" => &mut self.contacts,
            "tickets" => &mut self.tickets,
            "notes" => &mut self.notes,
            "reactions" => &mut self.reactions,
            "scheduled" => &mut self.scheduled,
            "members" => &mut self.members,
            "contexts" => &mut self.contexts,
            _ => return None,
        })
    }

    /// Replaces the documented examples with the payloads under `dir` (`*.json`, in any
    /// folders): each is checked by the validator, its kind told from its keys or from the
    /// folder it is in (as `validate --type-from-folder` does), and added to its collection; a
    /// webhook adds its object. A collection with no payload in the folder starts empty, but
    /// for the phone, which the documented one stands in for. Any file that is not a valid
    /// payload of a kind the organisation keeps is an error naming the file.
    pub(crate) fn load(&mut self, dir: &Path, validator: &Validator) -> Result<(), String> {
        let mut files = Vec::new();
        collect(dir, &mut files).map_err(|e| format!("{}: {e}", dir.display()))?;
        files.sort();
        let phone = self.phones.clone();
        for (_, collection, _) in PLACES {
            if let Some(items) = self.collection(collection) {
                items.clear();
            }
        }
        for file in files {
            let text = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            let folder_kind = file
                .parent()
                .and_then(Path::file_name)
                .and_then(|name| periskope_contract::kind(&name.to_string_lossy()));
            let outcome = validator.validate(&text, folder_kind);
            if let Some(finding) = outcome.findings.first().filter(|_| !outcome.is_valid()) {
                return Err(format!("{}:{finding}", file.display()));
            }
            let value: Value =
                serde_json::from_slice(&text).map_err(|e| format!("{}: {e}", file.display()))?;
            let (kind, value) = match outcome.kind {
                Some("webhook") => (object_kind(&value), value["data"].clone()),
                other => (other, value),
            };
            let place = kind.and_then(|kind| PLACES.iter().find(|(k, _, _)| *k == kind));
            let Some((_, collection, list)) = place else {
                return Err(format!(
                    "{}: a {} is not part of the mock's state (it keeps {})",
                    file.display(),
                    kind.unwrap_or("payload of no known kind"),
                    PLACES
                        .iter()
                        .map(|(kind, _, _)| *kind)
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            };
            let items: Vec<Value> = match list {
                None => vec![value],
                Some("") => value.as_array().cloned().unwrap_or_default(),
                Some(key) => value[*key].as_array().cloned().unwrap_or_default(),
            };
            if let Some(target) = self.collection(collection) {
                target.extend(items);
            }
        }
        if self.phones.is_empty() {
            self.phones = phone;
        }
        if let Some(org_id) = self.phones.first().and_then(|p| p["org_id"].as_str()) {
            self.org_id = org_id.to_owned();
        }
        Ok(())
    }
}

/// The kind of a webhook's object, from its event's name.
fn object_kind(webhook: &Value) -> Option<&'static str> {
    let event = webhook["event_type"]
        .as_str()
        .or_else(|| webhook["event"].as_str())?;
    let prefix = event.split('.').next()?;
    Some(match prefix {
        "message" => "message",
        "chat" if event == "chat.notification.created" => return None,
        "chat" => "chat",
        "reaction" => "reaction",
        "org" => "phone",
        "note" => "note",
        _ => return None,
    })
}

fn collect(dir: &Path, files: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, files)?;
        } else if path.extension().is_some_and(|ext| ext == "json") {
            files.push(path);
        }
    }
    Ok(())
}
