"""The conversation of a chat: the timeline's records made into ordered, typed facts.

:func:`build_timeline_facts` runs on the worker. It never trusts the order of ``records``: it
sorts by the event's time (the message's own time as fallback; an imported history message by
its original WhatsApp time), stable for equal times. Reactions are grouped per message with who
reacted and when, a reply points at the message it quotes, a call and a media file keep their
facts, and an event type we do not know becomes a neutral entry with its raw type and time.

Paging: the API documents ``{total, records}`` but no paging parameters. We send
:data:`PAGE_LIMIT_PARAM` and :data:`PAGE_OFFSET_PARAM` (``offset`` counts records from the
newest one, so offset 0 is the latest page) and check the answer: a page that brings no record
we did not already have means the server ignores them, and the conversation says that older
messages are not available instead of asking again.

Bounded: at most :data:`MAX_EVENTS` entries are kept (the newest), texts are cut at
:data:`MAX_TEXT_CHARS` and quotes at :data:`MAX_QUOTE_CHARS`. Values only, no sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from wegly_viewer.core.chat_facts import (
    Direction,
    MessageFacts,
    ReactionFacts,
    message_facts,
)
from wegly_viewer.core.field_words import FieldWarning
from wegly_viewer.core.models import (
    ChatDetail,
    Message,
    Parsed,
    TimelineEvent,
    TimelinePage,
    parse_lenient,
)

PAGE_LIMIT_PARAM = "limit"
PAGE_OFFSET_PARAM = "offset"
DEFAULT_PAGE_SIZE = 50
"""Records asked for per page ("Carregar anteriores" asks for the next 50)."""
MAX_EVENTS = 10_000
"""Entries kept per conversation; beyond this the oldest are dropped and no more are asked."""
MAX_TEXT_CHARS = 4_000
"""Characters of a message's text kept for its bubble (the rest is cut, and said so)."""
MAX_QUOTE_CHARS = 300
"""Characters of a quoted message kept above a reply."""
MESSAGE_EVENT = "MESSAGE"
DOCUMENT_PATTERN = re.compile(
    r"(?<!\d)(?:\d{3}\.?\d{3}\.?\d{3}-?\d{2}|\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2})(?!\d)"
)
"""A CPF (11 digits) or CNPJ (14 digits) written in a message, with or without punctuation."""


def is_document_number(text: str) -> bool:
    """True when the digits of ``text`` are a valid CPF or CNPJ (check digits right), so a
    phone number of 11 digits is not taken for a CPF."""
    d = [int(ch) for ch in text if ch.isdigit()]
    if len(set(d)) == 1:
        return False
    if len(d) == 11:
        for size in (9, 10):
            total = sum(v * w for v, w in zip(d[:size], range(size + 1, 1, -1), strict=True))
            if (total * 10 % 11) % 10 != d[size]:
                return False
        return True
    if len(d) == 14:
        weights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
        for size in (12, 13):
            ws = weights if size == 12 else [6, *weights]
            rest = sum(v * w for v, w in zip(d[:size], ws, strict=True)) % 11
            if (0 if rest < 2 else 11 - rest) != d[size]:
                return False
        return True
    return False


class EntryKind(StrEnum):
    """What an entry of the conversation is."""

    MESSAGE = "message"  # a bubble (text, media, or both)
    CALL = "call"  # a line: "Chamada recebida · 3 min 5 s"
    EVENT = "event"  # any other event: a neutral line with its raw type and time


@dataclass(frozen=True, slots=True)
class ReactionGroupFacts:
    """The reactions of one message with the same emoji, in the order they were made."""

    emoji: str
    reactions: tuple[ReactionFacts, ...]

    @property
    def count(self) -> int:
        return len(self.reactions)


@dataclass(frozen=True, slots=True)
class QuoteFacts:
    """What a reply quotes: the quoted message's id (to jump to it), sender and text."""

    message_id: str
    sender: str
    text: str
    direction: Direction


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One entry of the conversation.

    Attributes:
        key: unique within the conversation (event id, else message id, else position).
        event_type: the raw ``event_type`` (``MESSAGE`` for messages).
        at: the time the entry is placed at (None: unknown, placed last).
        message: the message's facts (None for a non-message event).
        text: the message's text, cut at :data:`MAX_TEXT_CHARS`; ``text_cut`` says if it was.
        arrival: the record's position in what was received (ties keep this order).
    """

    key: str
    kind: EntryKind
    event_type: str
    at: datetime | None
    message_id: str
    message: MessageFacts | None
    text: str
    text_cut: bool
    reaction_groups: tuple[ReactionGroupFacts, ...]
    quote: QuoteFacts | None
    arrival: int

    @property
    def is_history(self) -> bool:
        return self.message is not None and self.message.history is not None

    @property
    def reaction_count(self) -> int:
        return sum(group.count for group in self.reaction_groups)

    @property
    def outgoing(self) -> bool:
        return self.message is not None and self.message.direction is Direction.OUTGOING

    @property
    def sender(self) -> str:
        return self.message.sender if self.message is not None else ""


@dataclass(frozen=True, slots=True)
class TimelineFacts:
    """The conversation as far as it was received.

    Attributes:
        entries: sorted by time, oldest first.
        total: how many records the server says exist (None: it did not say).
        received: distinct records received so far (all pages).
        pages: pages received.
        older_unavailable: the server ignored the paging parameters (the same records came
            back), so older messages cannot be fetched.
        capped: :data:`MAX_EVENTS` was reached; older entries were dropped.
        last_message_id: the chat's last message (its bubble links to the reactions tab).
    """

    chat_id: str
    entries: tuple[TimelineEntry, ...]
    total: int | None
    received: int
    pages: int
    older_unavailable: bool = False
    capped: bool = False
    last_message_id: str = ""
    warnings: tuple[FieldWarning, ...] = field(default_factory=tuple)

    @property
    def has_older(self) -> bool:
        """More records exist than were received, and asking for them can work."""
        return (
            self.total is not None
            and self.total > self.received
            and not self.older_unavailable
            and not self.capped
        )

    @property
    def next_offset(self) -> int:
        """The ``offset`` of the next older page."""
        return self.received


def parse_timeline_page(raw: dict[str, Any]) -> Parsed[TimelinePage]:
    """Parse a timeline page record by record (lenient, like every payload).

    One record at a time, not the page in one validation: a broken record costs only itself
    (the repair budget is per record), and the worker gives the GIL back between records, so
    5,000 messages never freeze the window for the ~0.2 s one validation of them all takes.
    """
    warnings: list[FieldWarning] = []
    total = raw.get("total")
    if total is not None and (not isinstance(total, int) or isinstance(total, bool)):
        warnings.append(FieldWarning(("total",), "not an integer"))
        total = None
    records = raw.get("records")
    events: list[TimelineEvent] | None = None
    if records is not None and not isinstance(records, list):
        warnings.append(FieldWarning(("records",), "not a list"))
    elif isinstance(records, list):
        events = []
        for index, record in enumerate(records):
            if not isinstance(record, dict):
                warnings.append(FieldWarning(("records", index), "not an object"))
                continue
            parsed = parse_lenient(TimelineEvent, record)
            warnings.extend(
                FieldWarning(("records", index, *warning.path), warning.detail)
                for warning in parsed.warnings
            )
            events.append(parsed.model)
    return Parsed(TimelinePage(total=total, records=events), raw, warnings)


def _cut(text: str, limit: int) -> tuple[str, bool]:
    if len(text) <= limit:
        return text, False
    return text[:limit].rstrip() + "…", True


def _names(chat: ChatDetail, events: Iterable[TimelineEvent]) -> dict[str, str]:
    """Staff names by agent id and user id: the chat's lists, then every timeline message."""
    names = chat.agent_names()
    for event in events:
        message = event.message
        while message is not None:
            user = message.user or (message.agent.user if message.agent else None)
            if user is not None and user.name:
                for key in (message.agent.id if message.agent else None, user.id):
                    if key and key not in names:
                        names[key] = user.name
            message = message.quoted_message
    return names


def _groups(reactions: tuple[ReactionFacts, ...]) -> tuple[ReactionGroupFacts, ...]:
    """Reactions by emoji, most frequent first (ties: the emoji used first comes first)."""
    grouped: dict[str, list[ReactionFacts]] = {}
    for reaction in reactions:
        if reaction.emoji:
            grouped.setdefault(reaction.emoji, []).append(reaction)
    ordered = sorted(grouped.items(), key=lambda item: -len(item[1]))
    return tuple(ReactionGroupFacts(emoji, tuple(items)) for emoji, items in ordered)


_EARLIEST = datetime(1970, 1, 2, tzinfo=UTC)
_LATEST = datetime(9000, 1, 1, tzinfo=UTC)


def plausible(when: datetime | None) -> datetime | None:
    """``when``, or None for a time no chat can have (year 1 would not even convert to local
    time: one such value must not sink the whole conversation)."""
    return when if when is not None and _EARLIEST <= when <= _LATEST else None


def _placed_at(event: TimelineEvent, message: Message | None) -> datetime | None:
    """The event's time; an imported history message's original time comes first."""
    if message is not None and message.is_history and plausible(message.provider_time):
        return message.provider_time
    if plausible(event.event_at) is not None:
        return event.event_at
    return plausible(message.sent_at) if message is not None else None


def _quote(chat: ChatDetail, message: Message, names: dict[str, str]) -> QuoteFacts | None:
    quoted = message.quoted_message
    if quoted is None:
        return None
    facts = message_facts(chat, quoted, names)
    text, _cut_off = _cut(facts.body, MAX_QUOTE_CHARS)
    return QuoteFacts(quoted.id or "", facts.sender, text, facts.direction)


def _entry(
    chat: ChatDetail, event: TimelineEvent, position: int, names: dict[str, str]
) -> TimelineEntry:
    message = event.message
    event_type = (event.event_type or "").strip() or (MESSAGE_EVENT if message else "")
    key = event.id or (f"message:{message.id}" if message and message.id else "")
    if not key:
        key = f"record:{event_type}:{event.event_at}:{position}"
    at = _placed_at(event, message)
    if message is None or event_type.upper() != MESSAGE_EVENT:
        facts = message_facts(chat, message, names) if message is not None else None
        return TimelineEntry(
            key=key,
            kind=EntryKind.EVENT,
            event_type=event_type,
            at=at,
            message_id=(message.id or "") if message is not None else "",
            message=facts,
            text="",
            text_cut=False,
            reaction_groups=(),
            quote=None,
            arrival=position,
        )
    facts = message_facts(chat, message, names)
    text, cut = _cut(facts.body, MAX_TEXT_CHARS)
    is_call = facts.call is not None or (message.type or "").lower() == "call"
    return TimelineEntry(
        key=key,
        kind=EntryKind.CALL if is_call else EntryKind.MESSAGE,
        event_type=event_type,
        at=at,
        message_id=message.id or "",
        message=facts,
        text=text,
        text_cut=cut,
        reaction_groups=_groups(facts.reactions),
        quote=_quote(chat, message, names),
        arrival=position,
    )


def _sort_key(entry: TimelineEntry) -> tuple[int, float, int]:
    # Unknown times go last, in arrival order; equal times keep arrival order (stable).
    if entry.at is None:
        return (1, 0.0, entry.arrival)
    return (0, entry.at.timestamp(), entry.arrival)


def build_timeline_facts(
    chat: ChatDetail,
    page: TimelinePage,
    previous: TimelineFacts | None = None,
    warnings: Iterable[FieldWarning] = (),
) -> TimelineFacts:
    """Merge one received page into the conversation (pure and thread-safe).

    Args:
        chat: the chat the timeline belongs to (names of staff and of the contact).
        page: the page as parsed.
        previous: the conversation so far, when ``page`` is an older page.
        warnings: unreadable fields of the page (from the lenient parser).
    """
    events = [event for event in page.records or () if event is not None]
    names = _names(chat, events)
    known: dict[str, TimelineEntry] = {}
    arrival = 0
    if previous is not None:
        known = {entry.key: entry for entry in previous.entries}
        arrival = max((entry.arrival for entry in previous.entries), default=-1) + 1
    fresh = 0
    for position, event in enumerate(events):
        entry = _entry(chat, event, arrival + position, names)
        if entry.key in known:
            continue
        known[entry.key] = entry
        fresh += 1
    ordered = sorted(known.values(), key=_sort_key)
    capped = len(ordered) > MAX_EVENTS or (previous is not None and previous.capped)
    if len(ordered) > MAX_EVENTS:
        ordered = ordered[-MAX_EVENTS:]
    received = (previous.received if previous is not None else 0) + fresh
    total = page.total if page.total is not None and page.total >= 0 else None
    if previous is not None and total is None:
        total = previous.total
    # An older page that brings nothing new: the server ignored offset/limit (or has no more
    # than it said). Asking again would bring the same records, so stop here.
    ignored = previous is not None and fresh == 0
    last = chat.last_message
    return TimelineFacts(
        chat_id=chat.id or "",
        entries=tuple(ordered),
        total=total,
        received=received,
        pages=(previous.pages if previous is not None else 0) + 1,
        older_unavailable=ignored or (previous is not None and previous.older_unavailable),
        capped=capped,
        last_message_id=(last.id or "") if last is not None else "",
        warnings=(*(previous.warnings if previous else ()), *warnings)[:50],
    )


# --- rows for a list: entries with a day separator before each new local day -------------------


@dataclass(frozen=True, slots=True)
class DayRow:
    """A day separator ("Hoje", "Ontem", "24/11/2026": worded at show time from the clock)."""

    day: date


TimelineRow = DayRow | TimelineEntry


def timeline_rows(entries: Iterable[TimelineEntry]) -> list[TimelineRow]:
    """``entries`` with a :class:`DayRow` before the first entry of each local calendar day."""
    rows: list[TimelineRow] = []
    current: date | None = None
    for entry in entries:
        if entry.at is not None:
            day = entry.at.astimezone().date()
            if day != current:
                rows.append(DayRow(day))
                current = day
        rows.append(entry)
    return rows
