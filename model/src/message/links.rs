//! Links found in a message's text, which Periskope sends as JSON text or as an array.

use std::fmt;

use schemars::JsonSchema;
use serde::de::value::SeqAccessDeserializer;
use serde::de::{SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

use crate::Nullable;

/// The links in a message.
///
/// Periskope documents `links` as a string holding JSON (`"[]"`), the database stores JSON, and
/// whatsapp-web.js sends an array of `{link, isSuspicious}`. A string is parsed as JSON and read
/// as the array it holds; the array is what is written. A string that does not hold such an
/// array is kept verbatim in [`Links::Text`] rather than refused.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Links {
    /// The links.
    List(Vec<Link>),
    /// A string that does not hold a JSON array of links, kept verbatim.
    Text(String),
}

impl Links {
    /// The links, or an empty slice when the value was unreadable text.
    pub fn as_slice(&self) -> &[Link] {
        match self {
            Self::List(links) => links,
            Self::Text(_) => &[],
        }
    }
}

impl<'de> Deserialize<'de> for Links {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LinksVisitor;

        impl<'de> Visitor<'de> for LinksVisitor {
            type Value = Links;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an array of links or a string holding one")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Links, E> {
                Ok(serde_json::from_str(text)
                    .map_or_else(|_| Links::Text(text.to_owned()), Links::List))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Links, A::Error> {
                Vec::deserialize(SeqAccessDeserializer::new(seq)).map(Links::List)
            }
        }

        deserializer.deserialize_any(LinksVisitor)
    }
}

/// A link found in a message.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Link {
    /// The URL, such as `https://chat.whatsapp.com/invite/CuZAuEnSB6e8sk7R3dopD3`.
    #[serde(default, skip_serializing_if = "Nullable::is_absent")]
    pub link: Nullable<String>,

    /// Whether WhatsApp marks the link as suspicious.
    #[serde(
        rename = "isSuspicious",
        default,
        skip_serializing_if = "Nullable::is_absent"
    )]
    pub is_suspicious: Nullable<bool>,

    /// Fields this crate does not model, kept as received so that nothing is lost.
    #[serde(flatten, deserialize_with = "crate::extra::unique")]
    pub extra: Map<String, Value>,
}
