"""The conversation's facts: our order (never the server's), reactions, replies, paging."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from wegly_viewer.core.chat_facts import Direction
from wegly_viewer.core.models import ChatDetail, TimelinePage, parse_lenient
from wegly_viewer.core.timeline import (
    MAX_EVENTS,
    MAX_TEXT_CHARS,
    DayRow,
    EntryKind,
    build_timeline_facts,
    is_document_number,
    parse_timeline_page,
    timeline_rows,
)

CHAT: dict[str, Any] = {
    "id": "c0000000-0000-4000-8000-000000000001",
    "contact_name": "Maria Souza",
    "wa_contact_id": "5511987654321",
    "participants": [{"agent_id": "agent-ana", "user": {"id": "user-ana", "name": "Ana Lima"}}],
    "last_message": {"id": "m-last"},
}


def chat() -> ChatDetail:
    return parse_lenient(ChatDetail, CHAT).model


def message_event(n: int, at: str | None, body: str, **message: Any) -> dict[str, Any]:
    return {
        "id": f"e-{n}",
        "event_type": "MESSAGE",
        "event_at": at,
        "message": {"id": f"m-{n}", "body_text": body, "from_me": False, **message},
    }


def page(records: list[dict[str, Any]], total: int | None = None) -> TimelinePage:
    body = {"total": len(records) if total is None else total, "records": records}
    return parse_lenient(TimelinePage, body).model


def texts(facts: Any) -> list[str]:
    return [entry.text or entry.event_type for entry in facts.entries]


def test_shuffled_records_come_out_in_time_order() -> None:
    records = [
        message_event(1, "2026-11-24T10:00:00Z", "primeira"),
        message_event(2, "2026-11-24T10:05:00Z", "segunda"),
        message_event(3, "2026-11-24T11:00:00.500Z", "terceira"),
        message_event(4, "2026-11-25T09:00:00Z", "quarta"),
    ]
    for seed in range(5):
        shuffled = records[:]
        random.Random(seed).shuffle(shuffled)  # noqa: S311 - not crypto
        facts = build_timeline_facts(chat(), page(shuffled))
        assert texts(facts) == ["primeira", "segunda", "terceira", "quarta"], seed


def test_equal_times_keep_the_received_order_and_missing_event_time_uses_the_message() -> None:
    records = [
        message_event(1, "2026-11-24T10:00:00Z", "b"),
        message_event(2, "2026-11-24T10:00:00Z", "a"),
        # No event time: the message's own time (meta_timestamp, else created_at) places it.
        message_event(3, None, "meta", meta_timestamp="2026-11-24T09:00:00Z"),
        message_event(4, None, "criada", created_at="2026-11-24T09:30:00Z"),
        message_event(5, None, "sem hora"),
    ]
    facts = build_timeline_facts(chat(), page(records))
    assert texts(facts) == ["meta", "criada", "b", "a", "sem hora"]


def test_imported_history_is_placed_by_its_original_time_and_badged() -> None:
    imported = message_event(
        2,
        "2026-11-25T16:30:00Z",  # when the import ran
        "mensagem antiga",
        meta_timestamp="1760536800",  # 2025-10-15 14:00 UTC, when it was written
        is_history=True,
        history_phase=1,
    )
    records = [message_event(1, "2026-11-20T10:00:00Z", "recente"), imported]
    facts = build_timeline_facts(chat(), page(records))
    assert texts(facts) == ["mensagem antiga", "recente"]
    assert facts.entries[0].is_history
    assert facts.entries[0].at == datetime(2025, 10, 15, 14, 0, tzinfo=UTC)
    assert not facts.entries[1].is_history


def test_reactions_are_grouped_per_message_with_who_and_when() -> None:
    reactions = [
        {"emoji": "👍🏽", "actor": "CONTACT", "reactor_wa_id": "5511987654321",
         "created_at": "2026-11-24T10:01:00Z"},
        {"emoji": "❤️", "actor": "AGENT", "reactor_user_id": "user-ana",
         "created_at": "2026-11-24T10:02:00Z"},
        {"emoji": "👍🏽", "actor": "AGENT", "reactor_user_id": "user-bruno",
         "created_at": "2026-11-24T10:03:00Z"},
    ]  # fmt: skip
    records = [
        message_event(1, "2026-11-24T10:00:00Z", "oi", reactions=reactions),
        # Bruno is named only by a message of the timeline, not by the chat's agent lists.
        message_event(
            2, "2026-11-24T10:04:00Z", "olá", from_me=True,
            agent={"id": "agent-bruno", "user": {"id": "user-bruno", "name": "Bruno Araújo"}},
        ),
    ]  # fmt: skip
    entry = build_timeline_facts(chat(), page(records)).entries[0]
    groups = [
        (g.emoji, g.count, [(r.reactor, r.created_at) for r in g.reactions])
        for g in entry.reaction_groups
    ]
    assert groups == [
        ("👍🏽", 2, [
            ("Maria Souza", datetime(2026, 11, 24, 10, 1, tzinfo=UTC)),
            ("Bruno Araújo", datetime(2026, 11, 24, 10, 3, tzinfo=UTC)),
        ]),
        ("❤️", 1, [("Ana Lima", datetime(2026, 11, 24, 10, 2, tzinfo=UTC))]),
    ]  # fmt: skip


def test_reply_points_at_the_quoted_message_and_calls_and_media_keep_their_facts() -> None:
    records = [
        message_event(1, "2026-11-24T10:00:00Z", "É o 10.482"),
        message_event(
            2, "2026-11-24T10:01:00Z", "Obrigada!", from_me=True,
            quoted_message={"id": "m-1", "body_text": "É o 10.482", "from_me": False},
        ),
        message_event(
            3, "2026-11-24T10:02:00Z", "", type="call",
            call={"direction": "INBOUND", "duration_ms": 185_000},
        ),
        message_event(
            4, "2026-11-24T10:03:00Z", "", type="image", is_media_placeholder=True,
            media={"file_name": "foto.jpg", "mime_type": "image/jpeg"},
        ),
    ]  # fmt: skip
    entries = build_timeline_facts(chat(), page(records)).entries
    quote = entries[1].quote
    assert quote is not None
    assert (quote.message_id, quote.sender, quote.text) == ("m-1", "Maria Souza", "É o 10.482")
    assert entries[1].outgoing and entries[1].message is not None
    assert entries[1].message.direction is Direction.OUTGOING
    assert entries[2].kind is EntryKind.CALL
    assert entries[2].message is not None and entries[2].message.call is not None
    assert entries[2].message.call.duration is not None
    assert entries[2].message.call.duration.total_seconds() == 185
    media = entries[3].message.media if entries[3].message else None
    assert media is not None and media.placeholder and media.file_name == "foto.jpg"


def test_unknown_event_types_are_kept_as_neutral_entries() -> None:
    records = [
        message_event(1, "2026-11-24T10:00:00Z", "oi"),
        {"id": "e-2", "event_type": "CHAT_RATED", "event_at": "2026-11-24T10:05:00Z", "score": 5},
        {"id": "e-3", "event_at": "2026-11-24T10:06:00Z"},  # no type, no message
        {"id": "e-4", "event_type": "MESSAGE", "event_at": "2026-11-24T10:07:00Z"},  # no message
        "not an object",
    ]
    facts = build_timeline_facts(chat(), parse_lenient(TimelinePage, {"records": records}).model)
    kinds = [(e.kind, e.event_type) for e in facts.entries]
    assert kinds == [
        (EntryKind.MESSAGE, "MESSAGE"),
        (EntryKind.EVENT, "CHAT_RATED"),
        (EntryKind.EVENT, ""),
        (EntryKind.EVENT, "MESSAGE"),
    ]
    assert facts.total is None
    assert not facts.has_older


def test_older_page_is_merged_and_a_server_ignoring_paging_is_detected() -> None:
    newest = [message_event(n, f"2026-11-24T10:{n:02d}:00Z", f"m{n}") for n in range(50, 60)]
    older = [message_event(n, f"2026-11-24T10:{n:02d}:00Z", f"m{n}") for n in range(40, 50)]
    first = build_timeline_facts(chat(), page(newest, total=30))
    assert (first.received, first.total, first.has_older, first.next_offset) == (10, 30, True, 10)
    second = build_timeline_facts(chat(), page(older, total=30), first)
    assert texts(second)[:2] == ["m40", "m41"] and texts(second)[-1] == "m59"
    assert (second.received, second.has_older, second.older_unavailable) == (20, True, False)
    # The same records again: the server ignores offset/limit; stop asking.
    third = build_timeline_facts(chat(), page(older, total=30), second)
    assert third.older_unavailable
    assert not third.has_older
    assert len(third.entries) == 20


def test_caps_bound_what_is_kept() -> None:
    long_text = "x" * (MAX_TEXT_CHARS + 500)
    records = [message_event(0, "2026-11-24T10:00:00Z", long_text)]
    entry = build_timeline_facts(chat(), page(records)).entries[0]
    assert entry.text_cut and len(entry.text) == MAX_TEXT_CHARS + 1  # the cut ends with "…"
    start = datetime(2026, 11, 1, tzinfo=UTC)
    many = [
        message_event(n, (start + timedelta(minutes=n)).isoformat(), f"m{n}")
        for n in range(MAX_EVENTS + 5)
    ]
    facts = build_timeline_facts(chat(), page(many, total=MAX_EVENTS + 100))
    assert len(facts.entries) == MAX_EVENTS
    assert facts.entries[0].text == "m5"  # the oldest ones are dropped
    assert facts.capped and not facts.has_older


def test_rows_put_a_day_separator_before_each_local_day(set_tz: Callable[[str], None]) -> None:
    set_tz("<-03>3")
    records = [
        message_event(1, "2026-11-24T02:00:00Z", "23h do dia 23 em São Paulo"),
        message_event(2, "2026-11-24T04:00:00Z", "1h do dia 24"),
        message_event(3, "2026-11-24T20:00:00Z", "17h do dia 24"),
    ]
    rows = timeline_rows(build_timeline_facts(chat(), page(records)).entries)
    shape = [row.day.isoformat() if isinstance(row, DayRow) else row.text for row in rows]
    assert shape == [
        "2026-11-23",
        "23h do dia 23 em São Paulo",
        "2026-11-24",
        "1h do dia 24",
        "17h do dia 24",
    ]


def test_document_numbers_are_told_from_phone_numbers() -> None:
    assert is_document_number("123.456.789-09")
    assert is_document_number("12345678909")
    assert is_document_number("11.222.333/0001-81")
    assert not is_document_number("11987654321")  # a phone number of 11 digits
    assert not is_document_number("111.111.111-11")


def test_a_page_is_parsed_record_by_record() -> None:
    good = message_event(1, "2026-11-24T10:00:00Z", "oi")
    broken = [message_event(n, "not a date", f"m{n}") for n in range(2, 40)]  # 38 bad fields
    parsed = parse_timeline_page({"total": 41, "records": [good, *broken, "lixo", 7]})
    assert parsed.model.total == 41
    assert parsed.model.records is not None
    # Every record survives its own broken field (one page-wide repair would give up at 25).
    assert len(parsed.model.records) == 39
    technical = [warning.technical for warning in parsed.warnings]
    assert technical[0] == "records[1].event_at: value error, not an ISO-8601 timestamp"
    assert technical[-2:] == ["records[39]: not an object", "records[40]: not an object"]
    facts = build_timeline_facts(chat(), parsed.model)
    assert [e.text for e in facts.entries][:1] == ["oi"]
    assert [
        w.technical for w in parse_timeline_page({"total": "many", "records": {}}).warnings
    ] == [
        "total: not an integer",
        "records: not a list",
    ]


def test_impossible_times_do_not_sink_the_conversation(set_tz: Callable[[str], None]) -> None:
    set_tz("<-03>3")
    records = [
        message_event(1, "0001-01-01T00:00:00Z", "ano 1, hora da mensagem",
                      meta_timestamp="2026-11-24T10:00:00Z"),
        message_event(2, "0001-01-01T00:00:00Z", "ano 1, sem outra hora"),
        message_event(3, "2026-11-24T09:00:00Z", "normal"),
    ]  # fmt: skip
    facts = build_timeline_facts(chat(), page(records))
    assert texts(facts) == ["normal", "ano 1, hora da mensagem", "ano 1, sem outra hora"]
    assert facts.entries[-1].at is None
    assert len(timeline_rows(facts.entries)) == 4  # one day separator; no overflow
