//! The knowledge base (`tbl_ai_contexts`): questions with answers, and documents, for the AI.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::lenient::IntegerInput;
use crate::{Nullable, OrgId, Timestamp};

/// An entry of the knowledge base: a question and answer, or a part of a document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AiContext {
    /// Id of the entry.
    pub context_id: String,

    /// The organisation.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub org_id: Nullable<OrgId>,

    /// The question (FAQ entries).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub question: Nullable<String>,

    /// The answer, or the document's text.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub answer: Nullable<String>,

    /// The entry's embedding, as text.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub embedding: Nullable<String>,

    /// `faq` or `document`.
    #[serde(rename = "type", default, skip_serializing_if = "Nullable::is_absent")]
    pub entry_type: Nullable<String>,

    /// Files that go with the answer (JSON).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub attachments: Nullable<Value>,

    /// The document the entry is part of.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub document_id: Nullable<String>,

    /// Metadata (JSON).
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub metadata: Nullable<Value>,

    /// When the entry was made.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub created_at: Nullable<Timestamp>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl AiContext {
    /// A `AiContext` with its required fields and every other field absent, so that struct update
    /// syntax fills in the rest.
    pub fn new(context_id: impl Into<String>) -> Self {
        Self {
            context_id: context_id.into(),
            org_id: Nullable::Absent,
            question: Nullable::Absent,
            answer: Nullable::Absent,
            embedding: Nullable::Absent,
            entry_type: Nullable::Absent,
            attachments: Nullable::Absent,
            document_id: Nullable::Absent,
            metadata: Nullable::Absent,
            created_at: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// Get a document: an array of [`AiContext`], one per part.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct AiContextList(pub Vec<AiContext>);

/// List the knowledge base: `{data, count}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct KnowledgeBaseList {
    /// The entries.
    pub data: Vec<AiContext>,

    /// How many entries match in all.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub count: Nullable<i64>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl KnowledgeBaseList {
    /// A `KnowledgeBaseList` with its required fields and every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(data: impl IntoIterator<Item = impl Into<AiContext>>) -> Self {
        Self {
            data: data.into_iter().map(Into::into).collect(),
            count: Nullable::Absent,
            extra: Map::new(),
        }
    }
}

/// What became of one file added to the knowledge base.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DocumentResult {
    /// The file.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub file_name: Nullable<String>,

    /// Whether it was added.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub status: Nullable<String>,

    /// Why not, in words.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub reason: Nullable<String>,

    /// Id of the new document.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub document_id: Nullable<String>,

    /// Where the file is stored.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub file_path: Nullable<String>,

    /// How many parts it was cut into.
    #[serde(
        default,
        skip_serializing_if = "Nullable::is_absent",
        deserialize_with = "crate::lenient::nullable_integer"
    )]
    #[schemars(with = "Nullable<IntegerInput<i64>>")]
    pub chunks_count: Nullable<i64>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

/// Create a document: an array of [`DocumentResult`], one per file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct DocumentResultList(pub Vec<DocumentResult>);

/// Create or delete an FAQ: `{context_id}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ContextIdResponse {
    /// The entry.
    pub context_id: String,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl ContextIdResponse {
    /// A `ContextIdResponse` with its required fields and every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(context_id: impl Into<String>) -> Self {
        Self {
            context_id: context_id.into(),
            extra: Map::new(),
        }
    }
}

/// Delete a document: `{document_id}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DocumentIdResponse {
    /// The document.
    pub document_id: String,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}

impl DocumentIdResponse {
    /// A `DocumentIdResponse` with its required fields and every other field absent, so that struct
    /// update syntax fills in the rest.
    pub fn new(document_id: impl Into<String>) -> Self {
        Self {
            document_id: document_id.into(),
            extra: Map::new(),
        }
    }
}
