"""Scrub secrets and personal data out of text before it is shown in details, logs or reports."""

from __future__ import annotations

import re

from wegly_viewer.core.formatting import digits, mask_document

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


RowPath = tuple[int, ...]
"""A value's place in a JSON document as row numbers (a dict's members in their order)."""

# Keys whose values are document numbers when they look like one (CPF: 11 digits, CNPJ: 14).
_DOCUMENT_KEYS = frozenset(
    {"cpf", "cnpj", "cpf_cnpj", "cpfcnpj", "document", "document_number", "documento", "tax_id"}
)
_DOCUMENT_DIGITS = frozenset({11, 14})
_MAX_WALK = 2_000_000  # values visited at most: a bound, far above any real chat


def document_masks(document: object) -> dict[RowPath, str]:
    """Where the document numbers (CPF, CNPJ, RG) of a chat response are, and their masked text.

    Found: every ``value`` of ``crm_person.documents`` (masked by its ``label``), and any text
    that looks like a CPF or CNPJ under a document-like key (``cpf``, ``cnpj``, ``document``…).
    Pure and thread-safe: the lookup worker runs it, the raw JSON tab shows the masks until the
    documents are revealed.
    """
    masks: dict[RowPath, str] = {}
    if not isinstance(document, dict):
        return masks
    keys = list(document)
    person = document.get("crm_person")
    if isinstance(person, dict) and isinstance(person.get("documents"), list):
        person_keys = list(person)
        base = (keys.index("crm_person"), person_keys.index("documents"))
        for row, item in enumerate(person["documents"]):
            if isinstance(item, dict) and isinstance(item.get("value"), str) and item["value"]:
                label = item.get("label")
                masked = mask_document(label if isinstance(label, str) else None, item["value"])
                masks[(*base, row, list(item).index("value"))] = masked
    stack: list[tuple[RowPath, object]] = [((), document)]
    visited = 0
    # Whether a key is document-like, per key text: a chat repeats a handful of keys 100,000
    # times (the walk runs on the worker before the chat is shown; it took ~100 ms before).
    is_document_key: dict[str, bool] = {}
    while stack and visited < _MAX_WALK:
        path, value = stack.pop()
        if isinstance(value, list):
            visited += len(value)
            for row, child in enumerate(value):
                if isinstance(child, dict | list):
                    stack.append(((*path, row), child))
            continue
        if not isinstance(value, dict):
            continue
        visited += len(value)
        for row, (raw_key, child) in enumerate(value.items()):
            if isinstance(child, dict | list):
                stack.append(((*path, row), child))
                continue
            if not isinstance(child, str | int) or isinstance(child, bool):
                continue
            key = str(raw_key)
            document_key = is_document_key.get(key)
            if document_key is None:
                document_key = is_document_key[key] = key.casefold() in _DOCUMENT_KEYS
            if document_key and len(digits(str(child))) in _DOCUMENT_DIGITS:
                here = (*path, row)
                if here not in masks:
                    masks[here] = mask_document(None, str(child))
    return masks
