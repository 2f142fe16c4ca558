//! Verified webhooks (`periskope-model`'s `verify` feature) against the shared vectors in
//! `tests/vectors/webhook-signatures.json`, computed by another implementation (Python's hmac);
//! the npm package's `verifyWebhookSignature` is checked against the same file.

use periskope_model::WebhookEvent;
use periskope_model::verify::{SIGNATURE_HEADER, SignatureError, verify_signature};
use serde_json::Value;

struct Vector {
    name: String,
    key: String,
    body: String,
    signature: String,
}

fn vectors() -> Vec<Vector> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("vectors/webhook-signatures.json");
    let file: Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("reads the vectors"))
            .expect("JSON");
    let vectors: Vec<Vector> = file["vectors"]
        .as_array()
        .expect("vectors")
        .iter()
        .map(|v| Vector {
            name: v["name"].as_str().expect("name").to_owned(),
            key: v["key"].as_str().expect("key").to_owned(),
            body: v["body"].as_str().expect("body").to_owned(),
            signature: v["signature"].as_str().expect("signature").to_owned(),
        })
        .collect();
    assert!(vectors.len() >= 3);
    vectors
}

#[test]
fn every_vector_verifies_in_either_case_and_reads() {
    assert_eq!(SIGNATURE_HEADER, "x-periskope-signature");
    for v in vectors() {
        let body = v.body.as_bytes();
        for signature in [
            v.signature.clone(),
            v.signature.to_uppercase(),
            format!(" {}\n", v.signature),
        ] {
            verify_signature(body, &signature, &[&v.key])
                .unwrap_or_else(|e| panic!("{}: {e}", v.name));
        }
        let event = WebhookEvent::from_signed_body(body, &v.signature, &[v.key.as_str()])
            .unwrap_or_else(|e| panic!("{}: {e}", v.name));
        assert_eq!(
            event,
            periskope_model::from_slice::<WebhookEvent>(body).expect("reads"),
            "{}",
            v.name
        );
    }
}

#[test]
fn tampered_bodies_wrong_keys_and_malformed_signatures_are_refused_unread() {
    for v in vectors() {
        let body = v.body.as_bytes();
        // One byte changed anywhere (here: one more space at the end) is a mismatch.
        let tampered = format!("{} ", v.body);
        assert!(
            matches!(
                verify_signature(tampered.as_bytes(), &v.signature, &[&v.key]),
                Err(SignatureError::Mismatch)
            ),
            "{}",
            v.name
        );
        assert!(
            matches!(
                verify_signature(body, &v.signature, &["another key"]),
                Err(SignatureError::Mismatch)
            ),
            "{}",
            v.name
        );
        let mut flipped = v.signature.clone().into_bytes();
        flipped[63] = if flipped[63] == b'0' { b'1' } else { b'0' };
        assert!(
            matches!(
                verify_signature(
                    body,
                    std::str::from_utf8(&flipped).expect("ASCII"),
                    &[&v.key]
                ),
                Err(SignatureError::Mismatch)
            ),
            "{}",
            v.name
        );
        for malformed in [
            "",
            "abc",
            &v.signature[..62],
            &format!("{}00", v.signature),
            &format!("sha256={}", v.signature),
            &v.signature.replace(|c: char| c.is_ascii_digit(), "g"),
        ] {
            assert!(
                matches!(
                    verify_signature(body, malformed, &[&v.key]),
                    Err(SignatureError::Malformed)
                ),
                "{}: {malformed:?}",
                v.name
            );
        }
        let none: [&str; 0] = [];
        assert!(matches!(
            verify_signature(body, &v.signature, &none),
            Err(SignatureError::NoKeys)
        ));
    }
}

#[test]
fn during_a_key_rotation_any_key_may_match() {
    for v in vectors() {
        let keys = [
            "retired key".to_owned(),
            v.key.clone(),
            "next key".to_owned(),
        ];
        verify_signature(v.body.as_bytes(), &v.signature, &keys)
            .unwrap_or_else(|e| panic!("{}: {e}", v.name));
        let bytes: Vec<Vec<u8>> = keys.iter().map(|k| k.as_bytes().to_vec()).collect();
        verify_signature(v.body.as_bytes(), &v.signature, &bytes)
            .unwrap_or_else(|e| panic!("{}: {e}", v.name));
    }
}

#[test]
fn a_signed_body_that_does_not_read_is_a_body_error() {
    let key = "k";
    let body = br#"{"event": "message.created", "data": {"message_id": 5}}"#;
    // Computed with Python: hmac.new(b"k", body, hashlib.sha256).hexdigest()
    let signature = "463d96afa12e2ca07c1a475e667ed2850313788bef30359fc30393c5f72aaf31";
    match WebhookEvent::from_signed_body(body, signature, &[key]) {
        Err(SignatureError::Body(error)) => {
            assert!(error.to_string().contains("message_id"), "{error}")
        }
        other => panic!("expected a body error, got {other:?}"),
    }
}

#[test]
fn sign_gives_every_vector_s_signature() {
    for vector in vectors() {
        assert_eq!(
            periskope_model::verify::sign(vector.body.as_bytes(), &vector.key),
            vector.signature.to_ascii_lowercase(),
            "vector {}",
            vector.name
        );
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]

    /// Whatever the body and key, what `sign` writes verifies, and flipping any one bit of the
    /// body or of the key makes it fail.
    #[test]
    fn signing_then_verifying_round_trips_and_any_flipped_bit_fails(
        body in proptest::collection::vec(proptest::num::u8::ANY, 0..512),
        key in proptest::collection::vec(proptest::num::u8::ANY, 1..96),
        bit in proptest::num::usize::ANY,
    ) {
        let signature = periskope_model::verify::sign(&body, &key);
        proptest::prop_assert_eq!(signature.len(), 64);
        proptest::prop_assert!(signature.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        proptest::prop_assert!(verify_signature(&body, &signature, &[&key]).is_ok());
        if !body.is_empty() {
            let mut flipped = body.clone();
            let at = bit % (body.len() * 8);
            flipped[at / 8] ^= 1 << (at % 8);
            proptest::prop_assert!(matches!(
                verify_signature(&flipped, &signature, &[&key]),
                Err(SignatureError::Mismatch)
            ));
        }
        let mut other_key = key.clone();
        let at = bit % (key.len() * 8);
        other_key[at / 8] ^= 1 << (at % 8);
        proptest::prop_assert!(matches!(
            verify_signature(&body, &signature, &[&other_key]),
            Err(SignatureError::Mismatch)
        ));
    }
}
