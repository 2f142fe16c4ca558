//! The `Ack` type: a message's delivery acknowledgement, kept as the integer that was sent.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::lenient::IntegerVisitor;

/// Delivery acknowledgement of a message, note or reaction.
///
/// Periskope sends it as a string (`"4"`, the documented form, which is the form written) or as
/// an integer (the message-status endpoint). The integer is kept as sent, because the scales of
/// Periskope and whatsapp-web.js disagree (`docs/fields.md`, rule V42): `3` means "delivered to
/// all group participants" to Periskope but "read" to whatsapp-web.js. The constants name
/// Periskope's current scale; [`Ack::periskope_meaning`] describes a value in words.
///
/// ```
/// use periskope_model::Ack;
///
/// let ack: Ack = serde_json::from_str(r#""4""#)?;
/// assert_eq!(ack, Ack::READ);
/// assert_eq!(serde_json::to_string(&Ack::new(4))?, r#""4""#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ack(i64);

impl Ack {
    /// `-1`: the message failed.
    pub const FAILED: Self = Self(-1);
    /// `0`: waiting to be sent.
    pub const PENDING: Self = Self(0);
    /// `1`: sent to the WhatsApp server.
    pub const SENT: Self = Self(1);
    /// `2`: delivered (1:1), or delivered to at least one participant (group).
    pub const DELIVERED: Self = Self(2);
    /// `3`: delivered to all group participants (whatsapp-web.js reads 3 as "read").
    pub const DELIVERED_TO_ALL: Self = Self(3);
    /// `4`: read (1:1), or read by at least one participant (group).
    pub const READ: Self = Self(4);
    /// `5`: read by all group participants (only in Periskope's current docs).
    pub const READ_BY_ALL: Self = Self(5);

    /// An ack with any integer value.
    pub const fn new(value: i64) -> Self {
        Self(value)
    }

    /// The integer as sent.
    pub const fn value(self) -> i64 {
        self.0
    }

    /// What the value means on Periskope's current delivery-status scale, if it is documented.
    pub fn periskope_meaning(self) -> Option<&'static str> {
        Some(match self.0 {
            -1 => "failed",
            0 => "pending",
            1 => "sent to the WhatsApp server",
            2 => "delivered (to at least one participant in a group)",
            3 => "delivered to all group participants",
            4 => "read (by at least one participant in a group)",
            5 => "read by all group participants",
            _ => return None,
        })
    }
}

impl fmt::Display for Ack {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl From<i64> for Ack {
    fn from(value: i64) -> Self {
        Self(value)
    }
}

impl Serialize for Ack {
    /// Written as a string of digits (`"4"`), the documented form.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Formatted on the stack: `collect_str` goes through `fmt` and allocates.
        serializer.serialize_str(itoa::Buffer::new().format(self.0))
    }
}

impl<'de> Deserialize<'de> for Ack {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_any(IntegerVisitor::<i64>(PhantomData))
            .map(Self)
    }
}

/// The pattern of the canonical (written) form.
const ACK_PATTERN: &str = "^-?[0-9]+$";

impl JsonSchema for Ack {
    fn schema_name() -> Cow<'static, str> {
        "Ack".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "periskope_model::Ack".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let scale = "-1 failed, 0 pending, 1 sent to the server, 2 delivered, 3 delivered to all group participants (whatsapp-web.js: read), 4 read, 5 read by all group participants.";
        if generator.contract().is_serialize() {
            json_schema!({
                "description": format!("Delivery acknowledgement, written as the integer's decimal digits in a string (such as \"4\"): {scale}"),
                "type": "string",
                "pattern": ACK_PATTERN
            })
        } else {
            json_schema!({
                "description": format!("Delivery acknowledgement, an integer or its decimal digits in a string (`4` or `\"4\"`): {scale}"),
                "anyOf": [
                    { "type": "integer" },
                    { "type": "string", "pattern": "^[+-]?[0-9]+$" }
                ]
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ack_reads_strings_and_integers_and_writes_a_string() -> Result<(), serde_json::Error> {
        for json in [r#""3""#, "3", "3.0", r#""+3""#] {
            assert_eq!(
                serde_json::from_str::<Ack>(json)?,
                Ack::DELIVERED_TO_ALL,
                "{json}"
            );
        }
        assert_eq!(serde_json::to_string(&Ack::FAILED)?, r#""-1""#);
        assert_eq!(
            serde_json::to_string(&Ack::new(i64::MIN))?,
            r#""-9223372036854775808""#
        );
        assert_eq!(
            serde_json::to_string(&Ack::new(i64::MAX))?,
            r#""9223372036854775807""#
        );
        assert_eq!(serde_json::to_string(&Ack::PENDING)?, r#""0""#);
        assert!(serde_json::from_str::<Ack>(r#""x""#).is_err());
        assert!(serde_json::from_str::<Ack>("3.5").is_err());
        Ok(())
    }
}
