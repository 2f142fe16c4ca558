//! The contract of the Periskope WhatsApp API, as the validator, the generator and the tools
//! read it: the root kinds ([`KINDS`]), each a model type of [`periskope_model`] with its two JSON
//! Schemas ([`Contract`]), its documented example and how detection tells it from a payload's
//! keys; the normalisation that makes schemars' output publishable ([`schema`]); and the reader
//! of the validator's quick verdict ([`tree`]).
//!
//! Data flows one way: the model (and its endpoint catalog) gives the kinds; this crate gives
//! their schemas; `periskope-codegen` writes them to `schemas/` with the OpenAPI document and the
//! npm package, and `periskope-validate` checks payloads against them. Every body the endpoint
//! catalog names is a kind: the table lists the ones detection tells apart, and the others (the
//! request bodies) follow from the catalog, named after their type.
//!
//! ```
//! use periskope_contract::{Contract, kind, kind_of};
//! use periskope_model::request::SendMessageRequest;
//!
//! let send = kind_of::<SendMessageRequest>().expect("a catalog body is a kind");
//! assert_eq!(send.name, "send-message-request");
//! let chat = kind("chat").expect("chat is a kind");
//! let schema = chat.schema(Contract::Input);
//! assert_eq!(schema["title"], "Chat");
//! assert!(chat.accepts(&chat.example().expect("documented")));
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    warn(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::panic,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

pub mod kinds;
pub mod schema;
pub mod tree;

pub use kinds::{
    Detection, KINDS, KeyReader, Kind, KindKeys, Shape, documented, kebab_case, kind, kind_for,
    kind_of,
};
pub use periskope_model::endpoint::ReadError;
pub use schema::Contract;
