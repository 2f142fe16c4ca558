//! Request bodies of the knowledge-base endpoints.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::Nullable;

/// `POST /knowledge-base/faq/create` and `PATCH /knowledge-base/faq/{context_id}`: a question and
/// its answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FaqRequest {
    /// The question.
    pub question: String,

    /// The answer.
    pub answer: String,

    /// URLs of files that go with the answer.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub attachments: Nullable<Vec<String>>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl FaqRequest {
    /// A `FaqRequest` with its required fields and every other field absent, so that struct update
    /// syntax fills in the rest.
    pub fn new(question: impl Into<String>, answer: impl Into<String>) -> Self {
        Self {
            question: question.into(),
            answer: answer.into(),
            attachments: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// `POST /knowledge-base/document/create`: adds a document to the knowledge base.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CreateDocumentRequest {
    /// Where the document comes from.
    pub document: DocumentSource,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl CreateDocumentRequest {
    /// A `CreateDocumentRequest` with its required fields and every other field absent, so that
    /// struct update syntax fills in the rest.
    pub fn new(document: impl Into<DocumentSource>) -> Self {
        Self {
            document: document.into(),
            extra: Map::new(),
        }
    }
}

/// A document to add: a URL, base64 data or a file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DocumentSource {
    /// Public URL of the document.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub url: Nullable<String>,

    /// The document's bytes in base64.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub base64: Nullable<String>,

    /// The document's bytes as a Node.js `Buffer` serialised to JSON.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub file: Nullable<Value>,

    /// File name of the document.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub filename: Nullable<String>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}
