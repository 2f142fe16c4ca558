//! The knowledge base: FAQs and documents, created, read, listed, updated and deleted.

use serde_json::{Value, json};

use super::{Answer, Call, Org, Outcome, Refusal, apply, example, fill, now, page};

impl Org {
    /// Answers the knowledge-base operations; `None` for any other.
    pub(super) fn knowledge_call(&mut self, call: &Call) -> Option<Outcome> {
        Some(match call.endpoint.operation {
            "getKnowledgeBase" => {
                let kind = call.query.get("type").and_then(Value::as_str);
                let entries: Vec<Value> = self
                    .contexts
                    .iter()
                    .filter(|c| kind.is_none_or(|kind| c["type"] == kind))
                    .cloned()
                    .collect();
                let (data, _) = page(&entries, &call.query);
                Ok(Answer::json(
                    200,
                    json!({"data": data, "count": entries.len()}),
                ))
            }
            "createFaq" => {
                let context_id = format!("ctx-{}", self.ids.uuid().get(..8).unwrap_or("0"));
                let faq = self.entry(&context_id, "faq", Value::Null, call);
                self.contexts.push(faq);
                Ok(Answer::json(200, json!({ "context_id": context_id })))
            }
            "getFaqById" => self
                .faq_index(call.param("context_id"))
                .map(|i| Answer::json(200, self.contexts[i].clone())),
            "updateFaq" => self.faq_index(call.param("context_id")).map(|i| {
                let changes = ["question", "answer", "attachments"]
                    .into_iter()
                    .filter_map(|key| Some((key.to_owned(), call.body.get(key)?.clone())))
                    .collect();
                apply(&mut self.contexts[i], &changes);
                Answer::json(200, self.contexts[i].clone())
            }),
            "deleteFaq" => self.faq_index(call.param("context_id")).map(|i| {
                let faq = self.contexts.remove(i);
                Answer::json(200, json!({"context_id": faq["context_id"]}))
            }),
            "createDocument" => Ok(self.add_documents(call)),
            "getDocumentById" => {
                let chunks = self.chunks(call.param("document_id"));
                if chunks.is_empty() {
                    Err(Refusal::not_found("Document"))
                } else {
                    Ok(Answer::json(200, Value::Array(chunks)))
                }
            }
            "deleteDocument" => {
                let id = call.param("document_id").to_owned();
                if self.chunks(&id).is_empty() {
                    Err(Refusal::not_found("Document"))
                } else {
                    self.contexts.retain(|c| c["document_id"] != id.as_str());
                    Ok(Answer::json(200, json!({ "document_id": id })))
                }
            }
            _ => return None,
        })
    }

    fn faq_index(&self, context_id: &str) -> Result<usize, Refusal> {
        self.contexts
            .iter()
            .position(|c| c["context_id"] == context_id && c["type"] == "faq")
            .ok_or_else(|| Refusal::not_found("FAQ"))
    }

    /// The entries (chunks) of a document.
    fn chunks(&self, document_id: &str) -> Vec<Value> {
        self.contexts
            .iter()
            .filter(|c| c["document_id"] == document_id)
            .cloned()
            .collect()
    }

    /// A knowledge-base entry shaped as the documented one.
    fn entry(&self, context_id: &str, kind: &str, document_id: Value, call: &Call) -> Value {
        let mut entry = example("ai-context");
        fill(
            &mut entry,
            [
                ("context_id", json!(context_id)),
                ("org_id", json!(self.org_id)),
                (
                    "question",
                    call.body.get("question").cloned().unwrap_or(Value::Null),
                ),
                (
                    "answer",
                    call.body.get("answer").cloned().unwrap_or(Value::Null),
                ),
                ("embedding", json!("[]")),
                ("type", json!(kind)),
                (
                    "attachments",
                    call.body.get("attachments").cloned().unwrap_or(Value::Null),
                ),
                ("document_id", document_id),
                ("metadata", Value::Null),
                ("created_at", json!(now())),
            ],
        );
        entry
    }

    /// `POST /knowledge-base/document/create`: each document (one, or a list) becomes an entry
    /// of the knowledge base; answered with one result per document.
    fn add_documents(&mut self, call: &Call) -> Answer {
        let documents = match &call.body["document"] {
            Value::Array(list) => list.clone(),
            Value::Null => Vec::new(),
            one => vec![one.clone()],
        };
        let mut results = Vec::new();
        for document in documents {
            let document_id = format!("doc-{}", self.ids.uuid().get(..8).unwrap_or("0"));
            let context_id = format!("ctx-{}", self.ids.uuid().get(..8).unwrap_or("0"));
            let name = document["filename"]
                .as_str()
                .or_else(|| document["url"].as_str())
                .unwrap_or("document")
                .to_owned();
            let mut entry = self.entry(&context_id, "document", json!(document_id), call);
            entry["answer"] = json!(format!("The text of {name}"));
            entry["metadata"] = json!({"page": 1});
            self.contexts.push(entry);
            results.push(json!({
                "file_name": name,
                "status": "success",
                "reason": null,
                "document_id": document_id,
                "file_path": format!("org/{}/{name}", self.org_id),
                "chunks_count": 1,
            }));
        }
        Answer::json(200, Value::Array(results))
    }
}
