//! Id newtypes: one per kind of id, opaque, never rejected for their format.
//!
//! Periskope's documented examples contain placeholder ids that are not well-formed
//! (`919X836X025X090@Xc.us`, `2997xx64-…`), so every id is kept exactly as it arrived. Predicates
//! such as [`ChatId::is_group`] look at the suffix only and answer `false` for odd ones.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Organisation id: a UUID in real data, such as `2997dd64-89bf-48d3-9a22-b314fca017e5`.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct OrgId(String);

/// Periskope phone id: `phone-` and 16 lowercase letters, such as `phone-bqzvyibhmwkaergr`.
/// Also accepted in the `x-phone` request header.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct PhoneId(String);

/// Chat id (WhatsApp JID): `{phone}@c.us` for a 1:1 chat, `{group}@g.us` for a group, such as
/// `120363393294700553@g.us`.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct ChatId(String);

/// WhatsApp user id (JID) of a person or of an organisation phone, such as
/// `918527184400@c.us`. Some endpoints send bare digits (`919537851844`); both are kept as sent.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct ContactId(String);

/// Label id: `label-` and 16 lowercase letters, such as `label-xbitdvipqshahdcu`.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct LabelId(String);

/// Serialized WhatsApp message id, such as
/// `true_919537851844@c.us_3EB0297C336FD627EAF4447CFC1DEB49394D7874`: `<from_me>_<chat>_<key>`,
/// with a participant, a notification type or an e-mail appended in some forms. Opaque: never
/// split it to derive other fields.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct MessageId(String);

/// Ticket id: the organisation's prefix and a number, such as `BKT-001` or `TICKET-12345`.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct TicketId(String);

/// The common methods of every id newtype.
macro_rules! id_impls {
    ($($name:ident),+ $(,)?) => {$(
        impl $name {
            /// Wraps an id exactly as given; no format is checked.
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// The id as sent on the wire.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// Unwraps the id into its string.
            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                Self(id)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    )+};
}

id_impls!(
    OrgId, PhoneId, ChatId, ContactId, LabelId, MessageId, TicketId
);

/// JID server suffix of a WhatsApp user.
const USER_SUFFIX: &str = "@c.us";
/// JID server suffix of a WhatsApp group.
const GROUP_SUFFIX: &str = "@g.us";

impl ChatId {
    /// True for a group chat (`…@g.us`).
    pub fn is_group(&self) -> bool {
        self.0.ends_with(GROUP_SUFFIX)
    }

    /// True for a 1:1 chat with a user (`…@c.us`).
    pub fn is_user(&self) -> bool {
        self.0.ends_with(USER_SUFFIX)
    }
}

impl ContactId {
    /// True for a WhatsApp user JID (`…@c.us`); false for bare digits and odd suffixes.
    pub fn is_jid(&self) -> bool {
        self.0.ends_with(USER_SUFFIX)
    }

    /// The part before the `@`, such as `918527184400` for `918527184400@c.us`; the whole id when
    /// it has no `@`.
    pub fn user(&self) -> &str {
        self.0
            .split_once('@')
            .map_or(self.0.as_str(), |(user, _)| user)
    }
}

impl MessageId {
    /// True when the id says the message was sent by the organisation phone (`true_…`).
    pub fn is_from_me(&self) -> bool {
        self.0.starts_with("true_")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predicates_answer_neither_for_placeholder_suffixes() {
        let odd = ChatId::new("919X836X025X090@Xc.us");
        assert!(!odd.is_group());
        assert!(!odd.is_user());
        assert!(ChatId::new("120363393294700553@g.us").is_group());
        assert!(ChatId::new("919537851844@c.us").is_user());
        assert_eq!(ContactId::new("919537851844@c.us").user(), "919537851844");
        assert_eq!(ContactId::new("919537851844").user(), "919537851844");
        assert!(!ContactId::new("919537851844").is_jid());
    }

    #[test]
    fn ids_read_and_write_as_plain_strings() -> Result<(), serde_json::Error> {
        let id: OrgId = serde_json::from_str(r#""2997xx64-89bf-48d3-9a22-b314fxx017e5""#)?;
        assert_eq!(id.as_str(), "2997xx64-89bf-48d3-9a22-b314fxx017e5");
        assert_eq!(
            serde_json::to_string(&id)?,
            r#""2997xx64-89bf-48d3-9a22-b314fxx017e5""#
        );
        Ok(())
    }
}
