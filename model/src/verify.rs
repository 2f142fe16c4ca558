//! Verified webhooks (cargo feature `verify`): Periskope signs each webhook body with the
//! signing key from its dashboard, and sends the lowercase hex HMAC-SHA256 of the raw body in
//! the [`SIGNATURE_HEADER`] header.
//!
//! Check the bytes exactly as they arrived: parsing the body and writing it again gives other
//! bytes (key order, spacing, number forms), so the signature would not match, or worse, a
//! receiver that hashes its own re-encoding checks something Periskope never signed.
//!
//! ```
//! use periskope_model::WebhookEvent;
//! use periskope_model::verify::{SIGNATURE_HEADER, SignatureError};
//!
//! // The raw request body and its `x-periskope-signature` header, as received.
//! let body = br#"{"event": "note.created", "data": {"message_id": "m", "org_id": "o", "org_phone": "918527184400@c.us", "is_private_note": true}}"#;
//! let signature = "cb328185904b84022d507a543d91411661e9c0672c1f855d02d4898d2d342da7";
//! assert_eq!(SIGNATURE_HEADER, "x-periskope-signature");
//!
//! // During a key rotation, both keys are accepted.
//! let keys = ["old-signing-key", "new-signing-key"];
//! let event = WebhookEvent::from_signed_body(body, signature, &keys)?;
//! assert_eq!(event.name().map(|name| name.as_str()), Some("note.created"));
//!
//! // A changed body is refused before it is read.
//! let tampered = br#"{"event": "note.created", "data": {"message_id": "m2", "org_id": "o", "org_phone": "918527184400@c.us", "is_private_note": true}}"#;
//! assert!(matches!(
//!     WebhookEvent::from_signed_body(tampered, signature, &keys),
//!     Err(SignatureError::Mismatch)
//! ));
//! # Ok::<(), SignatureError>(())
//! ```

use std::fmt;
use std::fmt::Write as _;

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::{Error, WebhookEvent};

/// The HTTP header that carries a webhook body's signature.
pub const SIGNATURE_HEADER: &str = "x-periskope-signature";

/// Why a signed body was refused.
#[derive(Debug)]
#[non_exhaustive]
pub enum SignatureError {
    /// No signing key was given: nothing can be verified.
    NoKeys,
    /// The signature is not 64 hexadecimal digits (a SHA-256 HMAC), either case.
    Malformed,
    /// The signature matches none of the keys: the body was not signed by them, or was changed.
    Mismatch,
    /// The signature matched, but the body is not a webhook body the model reads.
    Body(Error),
}

impl fmt::Display for SignatureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoKeys => f.write_str("no signing key to verify the webhook with"),
            Self::Malformed => f.write_str(
                "the webhook signature is not 64 hexadecimal digits (the HMAC-SHA256 of the body)",
            ),
            Self::Mismatch => f.write_str("the webhook signature matches none of the signing keys"),
            Self::Body(error) => write!(f, "the signed webhook body does not read: {error}"),
        }
    }
}

impl std::error::Error for SignatureError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Body(error) => Some(error),
            _ => None,
        }
    }
}

/// The signature of `body` under `key`: the lowercase hex HMAC-SHA256 of the bytes exactly as
/// given, as Periskope sends it in the [`SIGNATURE_HEADER`] header. For tests and tools that
/// send deliveries to a receiver; sign the bytes you send, not a value you will encode again.
///
/// ```
/// use periskope_model::verify::{sign, verify_signature};
///
/// let body = br#"{"event_type": "chat.created", "data": {"chat_id": "1@c.us", "org_id": "o"}}"#;
/// let signature = sign(body, "signing-key");
/// assert_eq!(signature.len(), 64);
/// assert!(verify_signature(body, &signature, &["signing-key"]).is_ok());
/// ```
pub fn sign(body: &[u8], key: impl AsRef<[u8]>) -> String {
    let digest = match Hmac::<Sha256>::new_from_slice(key.as_ref()) {
        Ok(mut mac) => {
            mac.update(body);
            mac.finalize().into_bytes()
        }
        // HMAC takes a key of any length (a longer one is hashed first), so this is never
        // taken; an empty signature verifies nothing.
        Err(_) => return String::new(),
    };
    let mut out = String::with_capacity(64);
    for byte in digest {
        // Writing to a String cannot fail.
        let _ = write!(out, "{byte:02x}");
    }
    out
}

/// Checks that `signature` (hex, either case, surrounding whitespace ignored) is the
/// HMAC-SHA256 of `body` under one of `keys`. Several keys serve a rotation: any one may match.
/// The comparison takes the same time wherever the signatures differ.
pub fn verify_signature<K: AsRef<[u8]>>(
    body: &[u8],
    signature: &str,
    keys: &[K],
) -> Result<(), SignatureError> {
    if keys.is_empty() {
        return Err(SignatureError::NoKeys);
    }
    let expected = decode_hex(signature.trim()).ok_or(SignatureError::Malformed)?;
    let mut matched = false;
    for key in keys {
        // Every key is tried, so the time taken does not tell which one matched.
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key.as_ref()) else {
            continue;
        };
        mac.update(body);
        matched |= mac.verify_slice(&expected).is_ok();
    }
    if matched {
        Ok(())
    } else {
        Err(SignatureError::Mismatch)
    }
}

impl WebhookEvent {
    /// Verifies `body` with [`verify_signature`], then reads it. A body whose signature does
    /// not match is never parsed.
    pub fn from_signed_body<K: AsRef<[u8]>>(
        body: &[u8],
        signature: &str,
        keys: &[K],
    ) -> Result<Self, SignatureError> {
        verify_signature(body, signature, keys)?;
        crate::from_slice(body).map_err(SignatureError::Body)
    }
}

/// The 32 bytes of a 64-digit hex string, either case; `None` for anything else.
fn decode_hex(text: &str) -> Option<[u8; 32]> {
    let digits = text.as_bytes();
    if digits.len() != 64 {
        return None;
    }
    let value = |digit: u8| match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    };
    let mut out = [0u8; 32];
    for (byte, pair) in out.iter_mut().zip(digits.chunks_exact(2)) {
        let [high, low] = pair else { return None };
        *byte = (value(*high)? << 4) | value(*low)?;
    }
    Some(out)
}
