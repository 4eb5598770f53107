"""Scrub secrets and personal data out of text before it is shown in details, logs or reports."""

from __future__ import annotations

import re

_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")
_BEARER = re.compile(r"(?i)(bearer\s+)[^\s\"',;]+")
_AUTH_HEADER = re.compile(
    r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?)[^\s\"',;]+(?:\s+[^\s\"',;]+)?"
)
# CPF (000.000.000-00), CNPJ (00.000.000/0000-00) and their bare-digit forms.
_CPF_CNPJ = re.compile(
    r"\b\d{3}\.\d{3}\.\d{3}-\d{2}\b|\b\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}\b|(?<!\d)\d{11}(?!\d)|(?<!\d)\d{14}(?!\d)"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

REDACTED = "[redacted]"


def redact_secrets(text: str, *secrets: str | None) -> str:
    """Replace the given secret values, JWT-shaped strings and bearer credentials in ``text``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    text = _JWT.sub(REDACTED, text)
    text = _AUTH_HEADER.sub(lambda m: m.group(1) + REDACTED, text)
    return _BEARER.sub(lambda m: m.group(1) + REDACTED, text)


def redact_personal(text: str) -> str:
    """Replace CPF/CNPJ-shaped numbers, for text that goes into logs."""
    return _CPF_CNPJ.sub(REDACTED, text)


def excerpt(body: bytes | str, *secrets: str | None, limit: int = 300) -> str:
    """A short, printable, secret-free excerpt of a response body for "Copy details"."""
    text = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
    # Redact the whole body before cutting it: a secret cut in half no longer matches, and once
    # earlier copies shrink to "[redacted]" its fragment would move into the excerpt.
    text = redact_secrets(text, *secrets)
    text = _CONTROL.sub("", text[: limit * 4])
    text = redact_personal(redact_secrets(text, *secrets)).strip()
    if len(text) > limit:
        text = text[:limit] + "…"
    return text
