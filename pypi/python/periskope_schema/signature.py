"""Webhook signatures in plain Python (no dependency): the check the Rust model and the npm
package make, for receivers written in Python.

Periskope signs each delivery with the HMAC-SHA256 of the raw body under the subscription's
signing key and sends it, in hexadecimal, in the ``x-periskope-signature`` header. Verify the
bytes exactly as received, before parsing them.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Iterable, Union

__all__ = ["SIGNATURE_HEADER", "SignatureError", "sign", "verify_signature"]

#: The HTTP header that carries a webhook body's signature.
SIGNATURE_HEADER = "x-periskope-signature"

Key = Union[str, bytes]


class SignatureError(ValueError):
    """Why a signed body was refused: no key, a malformed signature, or no key matches."""


def _key_bytes(key: Key) -> bytes:
    return key.encode("utf-8") if isinstance(key, str) else bytes(key)


def sign(body: bytes, key: Key) -> str:
    """The signature of ``body`` under ``key``: the lowercase hex HMAC-SHA256 of the bytes as
    given, as Periskope sends it. For tests and tools that post deliveries to a receiver."""
    return hmac.new(_key_bytes(key), body, hashlib.sha256).hexdigest()


def verify_signature(body: bytes, signature: str, keys: Union[Key, Iterable[Key]]) -> None:
    """Checks that ``signature`` (hex, either case, surrounding whitespace ignored) is the
    HMAC-SHA256 of ``body`` under one of ``keys`` (several serve a key rotation). Returns
    nothing, or raises :class:`SignatureError` saying why not. Every key is tried and compared
    in constant time."""
    if isinstance(keys, (str, bytes)):
        keys = [keys]
    keys = list(keys)
    if not keys:
        raise SignatureError("no signing key to verify the webhook with")
    text = (signature or "").strip()
    try:
        expected = bytes.fromhex(text)
    except ValueError:
        expected = b""
    if len(text) != 64 or len(expected) != 32:
        raise SignatureError(
            "the webhook signature is not 64 hexadecimal digits (the HMAC-SHA256 of the body)"
        )
    matched = False
    for key in keys:
        digest = hmac.new(_key_bytes(key), body, hashlib.sha256).digest()
        matched |= hmac.compare_digest(digest, expected)
    if not matched:
        raise SignatureError("the webhook signature matches none of the signing keys")
