"""Brazilian formats and human wording shown by the CLI and the GUI."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from fixed_time import BERLIN_TZ, SAO_PAULO_TZ
from wegly_viewer.core.chat_facts import build_chat_facts
from wegly_viewer.core.formatting import (
    age_on,
    contact_kind,
    document_kind,
    format_cep,
    format_document,
    format_duration,
    format_phone,
    local_time,
    mask_document,
    printable,
    relative_time,
    window_text,
)
from wegly_viewer.core.models import ChatDetail, ServiceWindow

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


# --- documents --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("CPF", "123.456.789-09"),
        ("CPF", "12345678909"),
        ("cpf", " 123 456 789 09 "),
        (None, "12345678909"),
        ("", "123.456.789-09"),
    ],
)
def test_mask_cpf_shows_only_the_middle_digits(label: str | None, value: str) -> None:
    masked = mask_document(label, value)
    assert masked == "***.456.789-**"
    assert "123" not in masked
    assert "09" not in masked


@pytest.mark.parametrize("value", ["12.345.678/0001-95", "12345678000195"])
def test_mask_cnpj(value: str) -> None:
    assert mask_document("CNPJ", value) == "**.345.678/****-**"
    assert mask_document(None, value) == "**.345.678/****-**"


@pytest.mark.parametrize(
    ("label", "value", "masked"),
    [
        ("RG", "12.345.678-9", "••••••••••-9"),
        ("RG", "MG1234567", "•••••••67"),
        ("RG", "1234", "••••"),  # too short to show anything
        ("Passaporte", "AB123456", "••••••56"),
        ("CPF", "1234567", "•••••67"),  # wrong length: not formatted, still masked
        ("RG", "", ""),
        ("RG", None, ""),
    ],
)
def test_mask_other_documents_keep_only_the_last_two(
    label: str, value: str | None, masked: str
) -> None:
    assert mask_document(label, value) == masked


def test_document_kind_uses_the_label_or_guesses_from_digits() -> None:
    assert document_kind(" rg ", "12.345.678-9") == "RG"
    assert document_kind(None, "123.456.789-09") == "CPF"
    assert document_kind(None, "12.345.678/0001-95") == "CNPJ"
    assert document_kind(None, "12.345.678-9") == ""


@pytest.mark.parametrize(
    ("label", "value", "formatted"),
    [
        ("CPF", "12345678909", "123.456.789-09"),
        (None, "123.456.789-09", "123.456.789-09"),
        ("CNPJ", "12345678000195", "12.345.678/0001-95"),
        (None, "12.345.678/0001-95", "12.345.678/0001-95"),
        ("RG", " 12.345.678-9 ", "12.345.678-9"),
        ("CPF", "1234", "1234"),
        (None, None, ""),
    ],
)
def test_format_document(label: str | None, value: str | None, formatted: str) -> None:
    assert format_document(label, value) == formatted


# --- CEP, phone, contact kind, address -------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "formatted"),
    [("01310100", "01310-100"), ("01310-100", "01310-100"), ("123", "123"), (None, "")],
)
def test_format_cep(value: str | None, formatted: str) -> None:
    assert format_cep(value) == formatted


@pytest.mark.parametrize(
    ("value", "formatted"),
    [
        ("+5511987654321", "+55 11 98765-4321"),
        ("5511987654321", "+55 11 98765-4321"),
        ("+55 (11) 98765-4321", "+55 11 98765-4321"),
        ("551132654321", "+55 11 3265-4321"),  # landline with country code
        ("11987654321", "(11) 98765-4321"),
        ("1132654321", "(11) 3265-4321"),
        ("+1 555 123 4567", "+1 555 123 4567"),  # not Brazilian: unchanged
        ("  ", ""),
        (None, ""),
    ],
)
def test_format_phone(value: str | None, formatted: str) -> None:
    assert format_phone(value) == formatted


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("maria@example.com.br", "email"),
        (" ana.souza+crm@empresa.com ", "email"),
        ("+55 (11) 98765-4321", "phone"),
        ("11987654321", "phone"),
        ("12345", "other"),
        ("@mariasilva", "other"),
        ("https://instagram.com/maria12345678", "other"),
        ("", "other"),
        (None, "other"),
    ],
)
def test_contact_kind(value: str | None, kind: str) -> None:
    assert contact_kind(value) == kind


# --- durations and the 24-hour window --------------------------------------------------------


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(hours=3, minutes=12, seconds=59), "3 h 12 min"),
        (timedelta(hours=5), "5 h"),
        (timedelta(minutes=12), "12 min"),
        (timedelta(days=2), "2 days"),
        (timedelta(days=1, hours=4, minutes=30), "1 day 4 h"),
        (timedelta(seconds=59), "less than a minute"),
        (-timedelta(hours=2), "2 h"),
    ],
)
def test_format_duration(delta: timedelta, text: str) -> None:
    assert format_duration(delta) == text


def test_relative_time() -> None:
    assert relative_time(NOW - timedelta(minutes=5), NOW) == "5 min ago"
    assert relative_time(NOW + timedelta(hours=3, minutes=12), NOW) == "in 3 h 12 min"
    assert relative_time(NOW - timedelta(days=2), NOW) == "2 days ago"
    assert relative_time(NOW + timedelta(seconds=30), NOW) == "just now"
    assert relative_time(None, NOW) == ""


@pytest.mark.parametrize(
    ("zone", "when", "shown"),
    [
        (SAO_PAULO_TZ, datetime(2026, 11, 25, 17, 0, tzinfo=UTC), "Nov 25, 2026 2:00 PM"),
        (SAO_PAULO_TZ, datetime(2026, 11, 25, 2, 30, tzinfo=UTC), "Nov 24, 2026 11:30 PM"),
        (BERLIN_TZ, datetime(2026, 11, 25, 17, 0, tzinfo=UTC), "Nov 25, 2026 6:00 PM"),  # CET
        (BERLIN_TZ, datetime(2026, 7, 1, 17, 0, tzinfo=UTC), "Jul 1, 2026 7:00 PM"),  # CEST
        # An offset from the server is converted too, not just printed.
        (
            BERLIN_TZ,
            datetime(2026, 11, 25, 9, 0, tzinfo=timezone(timedelta(hours=-3))),
            "Nov 25, 2026 1:00 PM",
        ),
    ],
)
def test_local_time_is_in_the_computers_time_zone(
    set_tz: Callable[[str], None], zone: str, when: datetime, shown: str
) -> None:
    set_tz(zone)
    assert local_time(when) == shown
    assert local_time(None) == ""


def test_window_text_open_and_closed() -> None:
    open_chat = ChatDetail(session_expires_at=NOW + timedelta(hours=3, minutes=12))
    open_window = build_chat_facts(open_chat).overview.window.at(NOW)
    assert window_text(open_window) == "open, closes in 3 h 12 min"
    closed_chat = ChatDetail(session_expires_at=NOW - timedelta(days=2))
    closed_window = build_chat_facts(closed_chat).overview.window.at(NOW)
    assert window_text(closed_window) == "closed 2 days ago (templates only)"
    derived_chat = ChatDetail(last_customer_msg_at=NOW - timedelta(hours=23, minutes=15))
    derived_window = build_chat_facts(derived_chat).overview.window.at(NOW)
    assert window_text(derived_window) == "open, closes in 45 min"
    unknown_window = build_chat_facts(ChatDetail()).overview.window.at(NOW)
    assert window_text(unknown_window) == "unknown (no customer message yet)"
    assert window_text(None) == "unknown (no customer message yet)"


def test_window_text_from_dataclass() -> None:
    window = ServiceWindow(NOW, is_open=True, remaining=timedelta(minutes=45), derived=True)
    assert window_text(window) == "open, closes in 45 min"


# --- age --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "today", "age"),
    [
        (date(1990, 5, 10), date(2026, 5, 9), 35),
        (date(1990, 5, 10), date(2026, 5, 10), 36),
        (date(2000, 2, 29), date(2026, 2, 28), 25),
        (date(2000, 2, 29), date(2026, 3, 1), 26),
        (date(2026, 1, 1), date(2026, 1, 1), 0),
        (date(2030, 1, 1), date(2026, 1, 1), None),  # born in the future
        (date(1850, 1, 1), date(2026, 1, 1), None),  # implausible
        (None, date(2026, 1, 1), None),
    ],
)
def test_age_on(birth: date | None, today: date, age: int | None) -> None:
    assert age_on(birth, today) == age


# --- printable --------------------------------------------------------------------------------


def test_printable_strips_terminal_escapes_and_keeps_text() -> None:
    text = "\x1b[31mUrgente\x1b[0m: cliente 👍🏽 👨‍👩‍👧\nlinha 2\tfim\r\n"
    assert printable(text) == "Urgente: cliente 👍🏽 👨‍👩‍👧\nlinha 2 fim\n"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b[1;32;40mverde", "verde"),
        ("\x1b]0;janela falsa\x07olá", "olá"),  # terminal title
        ("\x1b]8;;https://evil.example\x1b\\clique\x1b]8;;\x1b\\", "clique"),  # hyperlink
        ("a\x1b[2Jb", "ab"),  # clear screen
        ("bip\x07\x00\x08 ok", "bip ok"),
        ("\x9b31mC1", "C1"),
        ("[31m é texto", "[31m é texto"),  # brackets without ESC are just text
        (None, ""),
    ],
)
def test_printable_removes_control_sequences(text: str | None, shown: str) -> None:
    assert printable(text) == shown
