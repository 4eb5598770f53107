"""Brazilian formats and human wording shared by the CLI and the GUI.

Document numbers (CPF, CNPJ) are personal data under LGPD: :func:`mask_document` is what every
view shows until the user explicitly reveals the value.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from wegly_viewer.core.i18n import current_language, group_digits, tr

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


def format_number(n: int) -> str:
    """A count in the language's format: ``10.000`` in pt-BR, ``10,000`` in English."""
    return group_digits(n, current_language())


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(day: date) -> str:
    """``14/03/1985`` in pt-BR, ``Mar 14, 1985`` in English."""
    if current_language() == "pt_BR":
        return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
    return f"{_MONTHS_EN[day.month - 1]} {day.day}, {day.year:04d}"


def format_datetime(when: datetime) -> str:
    """``01/12/2026 18:05`` in pt-BR, ``Dec 1, 2026 6:05 PM`` in English (the time as given)."""
    if current_language() == "pt_BR":
        return f"{format_date(when.date())} {when.hour:02d}:{when.minute:02d}"
    hour = when.hour % 12 or 12
    return f"{format_date(when.date())} {hour}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'}"


def format_clock(when: datetime) -> str:
    """The time of day as given: ``14:05`` in pt-BR, ``2:05 PM`` in English."""
    if current_language() == "pt_BR":
        return f"{when.hour:02d}:{when.minute:02d}"
    hour = when.hour % 12 or 12
    return f"{hour}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'}"


def local_time(when: datetime | None) -> str:
    """A timestamp in the computer's time zone: ``25/11/2026 14:02`` (pt-BR)."""
    if when is None:
        return ""
    return format_datetime(when.astimezone())


def clock_time(when: datetime) -> str:
    """The time of day in the computer's time zone: ``14:05`` (pt-BR), ``2:05 PM`` (English)."""
    local = when.astimezone()
    if current_language() == "pt_BR":
        return f"{local.hour:02d}:{local.minute:02d}"
    hour = local.hour % 12 or 12
    return f"{hour}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"


def format_duration(delta: timedelta) -> str:
    """A coarse duration: ``3 h 12 min``, ``12 min``, ``2 dias 4 h`` / ``2 days 4 h``,
    ``menos de 1 min`` / ``less than a minute``."""
    seconds = int(abs(delta.total_seconds()))
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes = rest // 60
    if days:
        day_text = tr("time", "%Ln day(s)", None, days)
        return (
            tr("time", "{days} {hours} h").format(days=day_text, hours=hours) if hours else day_text
        )
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if minutes:
        return f"{minutes} min"
    return tr("time", "less than a minute")


def format_seconds(seconds: float) -> str:
    """A short exact duration (a call, a wait): ``45 s``, ``3 min 5 s``, ``1 h 2 min``."""
    total = max(0, round(seconds)) if seconds == seconds else 0  # NaN counts as 0
    hours, rest = divmod(total, 3_600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if minutes:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    return f"{secs} s"


def relative_time(when: datetime | None, now: datetime) -> str:
    """``há 5 min`` / ``5 min ago``, ``em 3 h 12 min`` / ``in 3 h 12 min``, seen from ``now``
    (the injected clock's time)."""
    if when is None:
        return ""
    delta = when - now
    if abs(delta) < timedelta(minutes=1):
        return tr("time", "just now")
    duration = format_duration(delta)
    if delta > timedelta(0):
        return tr("time", "in {duration}").format(duration=duration)
    return tr("time", "{duration} ago").format(duration=duration)


def window_text(window: ServiceWindow | None) -> str:
    """The 24-hour window in words: ``aberta, fecha em 3 h 12 min`` /
    ``encerrada há 2 dias (só modelos)``."""
    if window is None:
        return tr("time", "unknown (no customer message yet)")
    duration = format_duration(window.remaining)
    if window.is_open:
        return tr("time", "open, closes in {duration}").format(duration=duration)
    return tr("time", "closed {duration} ago (templates only)").format(duration=duration)


def age_on(birth: date | None, today: date) -> int | None:
    """Age in whole years on ``today``, or None when unknown or implausible."""
    if birth is None:
        return None
    years = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
    return years if 0 <= years < 130 else None


def birth_text(birth: date, today: date) -> str:
    """``14/03/1985 (41 anos)`` / ``Mar 14, 1985 (41 years)``; the age only when plausible."""
    age = age_on(birth, today)
    if age is None:
        return format_date(birth)
    years = tr("time", "%n year(s)", None, age)
    return tr("time", "{date} ({age})").format(date=format_date(birth), age=years)


def printable(text: str | None) -> str:
    """API text made safe for a terminal: no control characters or escape sequences."""
    text = _ESCAPE.sub("", (text or "").replace("\r\n", "\n").replace("\t", " "))
    return _CONTROL.sub("", text)
