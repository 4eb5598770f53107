"""Brazilian formats and human wording shared by the CLI and the GUI.

Document numbers (CPF, CNPJ) are personal data under LGPD: :func:`mask_document` is what every
view shows until the user explicitly reveals the value.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # formatting stays light: the CLI imports it before any request
    from wegly_viewer.core.models import ServiceWindow

_NON_DIGITS = re.compile(r"\D")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Terminal escape sequences (CSI such as colours, OSC such as titles/links, two-character ESC x):
# removed whole, or stripping only the ESC would leave "[31m" in the text.
_ESCAPE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?|\x1b[ -~]"
)


def digits(text: str | None) -> str:
    return _NON_DIGITS.sub("", text or "")


def document_kind(label: str | None, value: str | None) -> str:
    """``CPF``, ``CNPJ``, ``RG`` or the label as given; guessed from the digits if unlabelled."""
    name = (label or "").strip().upper()
    if name:
        return name
    count = len(digits(value))
    return {11: "CPF", 14: "CNPJ"}.get(count, "")


def format_document(label: str | None, value: str | None) -> str:
    """CPF as ``123.456.789-09``, CNPJ as ``12.345.678/0001-95``, anything else unchanged."""
    kind = document_kind(label, value)
    d = digits(value)
    if kind == "CPF" and len(d) == 11:
        return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"
    if kind == "CNPJ" and len(d) == 14:
        return f"{d[:2]}.{d[2:5]}.{d[5:8]}/{d[8:12]}-{d[12:]}"
    return (value or "").strip()


def mask_document(label: str | None, value: str | None) -> str:
    """The document with most digits hidden: CPF ``***.456.789-**``, CNPJ ``**.345.678/****-**``.

    Other documents keep only their last two characters. Never reveals more than the formatted
    middle digits, which is the convention Brazilian services use on receipts.
    """
    kind = document_kind(label, value)
    d = digits(value)
    if kind == "CPF" and len(d) == 11:
        return f"***.{d[3:6]}.{d[6:9]}-**"
    if kind == "CNPJ" and len(d) == 14:
        return f"**.{d[2:5]}.{d[5:8]}/****-**"
    text = (value or "").strip()
    if not text:
        return ""
    visible = 2 if len(text) > 4 else 0
    return "•" * max(4, len(text) - visible) + (text[-visible:] if visible else "")


def format_cep(value: str | None) -> str:
    """CEP as ``01310-100``."""
    d = digits(value)
    return f"{d[:5]}-{d[5:]}" if len(d) == 8 else (value or "").strip()


def format_phone(value: str | None) -> str:
    """Brazilian numbers as ``+55 11 98765-4321``; others unchanged."""
    text = (value or "").strip()
    d = digits(text)
    if d.startswith("55") and len(d) in (12, 13):
        local = d[4:]
        return f"+55 {d[2:4]} {local[:-4]}-{local[-4:]}"
    if len(d) in (10, 11) and not text.startswith("+"):
        return f"({d[:2]}) {d[2:-4]}-{d[-4:]}"
    return text


def contact_kind(value: str | None) -> str:
    """``email``, ``phone`` or ``other``: the API's contact ``type`` code is undocumented."""
    text = (value or "").strip()
    if _EMAIL.match(text):
        return "email"
    if 8 <= len(digits(text)) <= 15 and not re.search(r"[A-Za-z]", text):
        return "phone"
    return "other"


def format_duration(delta: timedelta) -> str:
    """``3 h 12 min``, ``12 min``, ``2 days 4 h``, ``less than a minute``."""
    seconds = int(abs(delta.total_seconds()))
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes = rest // 60
    if days:
        unit = "day" if days == 1 else "days"
        return f"{days} {unit} {hours} h" if hours else f"{days} {unit}"
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if minutes:
        return f"{minutes} min"
    return "less than a minute"


def relative_time(when: datetime | None, now: datetime) -> str:
    """``5 min ago`` / ``in 3 h 12 min``, seen from ``now`` (the injected clock's time)."""
    if when is None:
        return ""
    delta = when - now
    if abs(delta) < timedelta(minutes=1):
        return "just now"
    text = format_duration(delta)
    return f"in {text}" if delta > timedelta(0) else f"{text} ago"


def local_time(when: datetime | None) -> str:
    """A timestamp in the computer's time zone, ``2026-11-25 14:02``."""
    if when is None:
        return ""
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def window_text(window: ServiceWindow | None) -> str:
    """The 24-hour window in words: ``open, closes in 3 h 12 min`` / ``closed 2 days ago``."""
    if window is None:
        return "unknown (no customer message yet)"
    if window.is_open:
        return f"open, closes in {format_duration(window.remaining)}"
    return f"closed {format_duration(window.remaining)} ago (templates only)"


def age_on(birth: date | None, today: date) -> int | None:
    """Age in whole years on ``today``, or None when unknown or implausible."""
    if birth is None:
        return None
    years = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
    return years if 0 <= years < 130 else None


def printable(text: str | None) -> str:
    """API text made safe for a terminal: no control characters or escape sequences."""
    text = _ESCAPE.sub("", (text or "").replace("\r\n", "\n").replace("\t", " "))
    return _CONTROL.sub("", text)
