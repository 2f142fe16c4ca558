//! Links found in a message's text, which Periskope sends as JSON text or as an array of link
//! objects or of URLs.

use std::fmt;

use schemars::JsonSchema;
use serde::de::value::SeqAccessDeserializer;
use serde::de::{SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

use crate::Nullable;

/// The links in a message.
///
/// Periskope documents `links` as a string holding JSON (`"[]"`), the database stores JSON,
/// whatsapp-web.js sends an array of `{link, isSuspicious}` objects, and its 1.12 and 1.13
/// releases sent an array of URL strings. A string is parsed as JSON and read as the array it
/// holds; the array is what is written. A string that does not hold such an array is kept
/// verbatim in [`Links::Text`]. (Any other value is kept by the [`crate::Loose`] around the
/// message's field.)
///
/// ```
/// use periskope_model::{LinkItem, Links};
///
/// let links: Links = serde_json::from_str(r#""[\"https://a.example\", {\"link\": \"https://b.example\", \"isSuspicious\": false}]""#)?;
/// let urls: Vec<&str> = links.as_slice().iter().filter_map(LinkItem::url).collect();
/// assert_eq!(urls, ["https://a.example", "https://b.example"]);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Links {
    /// The links.
    List(Vec<LinkItem>),
    /// A string that does not hold a JSON array of links, kept verbatim.
    Text(String),
}

impl Links {
    /// The links, or an empty slice when the value was unreadable text.
    pub fn as_slice(&self) -> &[LinkItem] {
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

/// One link in a message: a link object or a plain URL.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum LinkItem {
    /// A plain URL, as whatsapp-web.js 1.12 and 1.13 sent them.
    Url(String),
    /// A link object `{link, isSuspicious}`.
    Link(Link),
}

impl LinkItem {
    /// The URL: the string itself, or the object's `link`.
    pub fn url(&self) -> Option<&str> {
        match self {
            Self::Url(url) => Some(url),
            Self::Link(link) => link.link.as_deref(),
        }
    }
}

/// A link found in a message.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
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
