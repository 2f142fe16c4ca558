"""Types and tools for the Periskope WhatsApp API, from the periskope-schema project.

The wheel also installs the ``periskope-schema`` command (validate, sign, send, check-receiver,
mock). In Python:

- :mod:`periskope_schema.signature` (no dependency): ``verify_signature`` and ``sign``, the
  webhook signature check;
- :mod:`periskope_schema.models` (``pip install 'periskope-schema[models]'``, pydantic v2):
  a pydantic model of every request and response body and webhook delivery, generated from the
  project's OpenAPI document: ``WebhookEnvelope`` (the union of every known event's envelope,
  ``MessageCreatedEvent1`` / ``MessageCreatedEvent2`` for its two key spellings ``event`` and
  ``event_type``, and ``UnknownEvent1`` / ``UnknownEvent2`` for events Periskope adds later),
  ``SendMessageResponse``, every request body, and the objects inside them (Python 3.10 or
  newer);
- :func:`parse_webhook`, which verifies a delivery and reads it as a ``WebhookEnvelope``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Union

from .signature import SIGNATURE_HEADER, SignatureError, sign, verify_signature

if TYPE_CHECKING:  # pragma: no cover
    from .models import WebhookEnvelope

__all__ = [
    "SIGNATURE_HEADER",
    "SignatureError",
    "event_name",
    "parse_webhook",
    "sign",
    "verify_signature",
]


def parse_webhook(
    body: bytes, signature: str, keys: Union[str, bytes, Iterable[Union[str, bytes]]]
) -> "WebhookEnvelope":
    """Verifies ``signature`` over the raw ``body`` (raising :class:`SignatureError`), then
    reads the body as a :class:`periskope_schema.models.WebhookEnvelope` (raising pydantic's
    ``ValidationError``). Needs the ``models`` extra."""
    verify_signature(body, signature, keys)
    from .models import WebhookEnvelope

    return WebhookEnvelope.model_validate_json(body)


def event_name(envelope: object) -> "str | None":
    """The event name of a parsed envelope (``envelope.root`` or one of its members), under
    whichever spelling it came: ``event`` or ``event_type``."""
    member = getattr(envelope, "root", envelope)
    return getattr(member, "event", None) or getattr(member, "event_type", None)
