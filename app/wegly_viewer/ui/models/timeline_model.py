"""List model of a conversation: one row per day separator, bubble, call or event line.

The rows come ready-made from the worker (:func:`core.timeline.timeline_rows`); this model only
indexes into them and words them (translated at show time, dates from the injected clock).
Nothing here interprets HTML: the delegate paints text as plain text.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from wegly_viewer.core import i18n
from wegly_viewer.core.chat_facts import Direction, ReactionFacts
from wegly_viewer.core.clock import Clock
from wegly_viewer.core.formatting import (
    format_clock,
    format_date,
    format_number,
    format_seconds,
    local_time,
    mask_document,
)
from wegly_viewer.core.models import MESSAGE_STATUS_LABELS, label_of
from wegly_viewer.core.timeline import (
    DOCUMENT_PATTERN,
    DayRow,
    EntryKind,
    ReactionGroupFacts,
    TimelineEntry,
    TimelineRow,
    is_document_number,
    plausible,
)
from wegly_viewer.ui.text import tr

ROW_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1
"""The row object (:class:`DayRow` or :class:`TimelineEntry`)."""
MATCH_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 2
"""The search term when the row matches it (for highlighting), else None."""
CURRENT_MATCH_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 3
"""True for the row of the current search match."""
REACTORS_SHOWN: Final = 20
"""Names listed per emoji in a tooltip before "and N more"."""

_INDEX = QModelIndex | QPersistentModelIndex


def day_text(day: date, today: date) -> str:
    """``Hoje``, ``Ontem``, else the date (``24/11/2026``)."""
    if day == today:
        return tr("Conversation", "Today")
    if day == today - timedelta(days=1):
        return tr("Conversation", "Yesterday")
    return format_date(day)


def time_text(entry: TimelineEntry) -> str:
    """The entry's local time of day (``19:00``), empty when unknown."""
    return format_clock(entry.at.astimezone()) if entry.at is not None else ""


def status_words(status: str) -> str:
    """A delivery status for a screen reader: ``Lida``, ``Entregue``, …; unknown values raw
    (core's glossary words, the same the last-message tab and the CLI use)."""
    return label_of(status, MESSAGE_STATUS_LABELS)


TICKS: Final = {
    "processing": "🕓",
    "pending": "🕓",
    "sent": "✓",
    "delivered": "✓✓",
    "read": "✓✓",
    "played": "✓✓",
    "failed": "⚠",
}
"""The tick shown after an outgoing message's time (read/played are painted blue)."""


def call_text(entry: TimelineEntry) -> str:
    """``Chamada recebida · 3 min 5 s`` / ``Chamada feita · 5 min 12 s``."""
    message = entry.message
    call = message.call if message is not None else None
    raw = (call.direction if call is not None else "").upper()
    if raw == "INBOUND" or (not raw and message is not None and not entry.outgoing):
        label = tr("Conversation", "Incoming call")
    else:
        label = tr("Conversation", "Outgoing call")
    if call is not None and call.duration is not None:
        return f"{label} · {format_seconds(call.duration.total_seconds())}"
    return label


def event_text(entry: TimelineEntry) -> str:
    """A neutral line for an event we do not know: ``Evento TRANSFER``."""
    if not entry.event_type:
        return tr("Conversation", "Event without a type")
    return tr("Conversation", "Event {type}").format(type=entry.event_type)


def media_texts(entry: TimelineEntry) -> tuple[str, str]:
    """A media card's name line and detail line (type, and "ainda não disponível")."""
    media = entry.message.media if entry.message is not None else None
    if media is None:
        return "", ""
    name = media.file_name or tr("Conversation", "File without a name")
    detail = media.mime_type or tr("Conversation", "unknown type")
    if media.placeholder:
        detail = tr("Conversation", "{type} · not available yet").format(type=detail)
    return name, detail


def history_text() -> str:
    return tr("Conversation", "Imported from WhatsApp history")


def cut_text() -> str:
    return tr("Conversation", "(text cut: too long to show)")


def reactor_line(reaction: ReactionFacts) -> str:
    when = local_time(plausible(reaction.created_at))
    name = reaction.reactor or tr("Conversation", "someone")
    return f"{name} ({when})" if when else name


def group_tooltip(group: ReactionGroupFacts) -> str:
    """Who reacted with this emoji and when, one per line (plain text)."""
    count = group.count  # lupdate drops a plural whose count is an attribute (group.count)
    head = f"{group.emoji} " + i18n.tr("Conversation", "%Ln reaction(s)", None, count)
    lines = [head, *(reactor_line(r) for r in group.reactions[:REACTORS_SHOWN])]
    rest = group.count - REACTORS_SHOWN
    if rest > 0:
        lines.append(i18n.tr("Conversation", "and %Ln more", None, rest))
    return "\n".join(lines)


def reactions_summary(entry: TimelineEntry, limit: int = 5) -> str:
    """``👍🏽 3: Maria (…), Carlos (…); ❤️ 2: …`` for the details line and screen readers."""
    parts = []
    for group in entry.reaction_groups:
        names = ", ".join(reactor_line(r) for r in group.reactions[:limit])
        if group.count > limit:
            rest = group.count - limit
            names += ", " + i18n.tr("Conversation", "and %Ln more", None, rest)
        parts.append(f"{group.emoji} {format_number(group.count)}: {names}")
    return "; ".join(parts)


def sender_text(entry: TimelineEntry) -> str:
    if entry.sender:
        return entry.sender
    if entry.message is not None and entry.message.direction is Direction.INCOMING:
        return tr("Conversation", "Customer")
    return tr("Conversation", "Agent")


def entry_words(entry: TimelineEntry) -> str:
    """Everything a bubble says, in one line (screen readers, search, the details line)."""
    if entry.kind is EntryKind.EVENT:
        return f"{event_text(entry)} · {time_text(entry)}"
    if entry.kind is EntryKind.CALL:
        return f"{call_text(entry)} · {time_text(entry)}"
    parts = [sender_text(entry)]
    if entry.is_history:
        parts.append(history_text())
    if entry.quote is not None:
        quoted = entry.quote.sender or tr("Conversation", "a message")
        parts.append(
            tr("Conversation", "replying to {sender}: {text}").format(
                sender=quoted, text=entry.quote.text
            )
        )
    name, detail = media_texts(entry)
    if name:
        parts.append(f"{name} ({detail})")
    if entry.text:
        parts.append(entry.text)
    parts.append(time_text(entry))
    if entry.outgoing and entry.message is not None and entry.message.status:
        parts.append(status_words(entry.message.status))
    if entry.reaction_groups:
        parts.append(tr("Conversation", "Reactions: {list}").format(list=reactions_summary(entry)))
    return " · ".join(part for part in parts if part)


def _masked(text: str) -> str:
    """CPF and CNPJ numbers in a text, masked like the CRM tab shows them."""

    def mask(match: re.Match[str]) -> str:
        value = match.group(0)
        if not is_document_number(value):
            return value
        digits = "".join(ch for ch in value if ch.isdigit())
        return mask_document("CPF" if len(digits) == 11 else "CNPJ", value)

    return DOCUMENT_PATTERN.sub(mask, text)


def copy_text(rows: list[TimelineRow], title: str) -> str:
    """The conversation as plain text for a ticket: time, sender, text, reactions; documents
    (CPF, CNPJ) masked."""
    lines = [title] if title else []
    for row in rows:
        if isinstance(row, DayRow):
            continue
        when = local_time(row.at) if row.at is not None else tr("Conversation", "time unknown")
        if row.kind is EntryKind.EVENT:
            lines.append(f"[{when}] {event_text(row)}")
            continue
        if row.kind is EntryKind.CALL:
            lines.append(f"[{when}] {call_text(row)}")
            continue
        body = row.text
        name, detail = media_texts(row)
        if name:
            body = f"[{name} · {detail}] {body}".strip()
        if row.quote is not None:
            body = tr("Conversation", "(reply to: {text}) {body}").format(
                text=row.quote.text, body=body
            )
        badge = f" ({history_text()})" if row.is_history else ""
        lines.append(f"[{when}] {sender_text(row)}{badge}: {_masked(body)}")
        if row.reaction_groups:
            summary = "; ".join(
                f"{g.emoji} {format_number(g.count)} ("
                + ", ".join(r.reactor for r in g.reactions[:REACTORS_SHOWN])
                + (", …" if g.count > REACTORS_SHOWN else "")
                + ")"
                for g in row.reaction_groups
            )
            lines.append("    " + tr("Conversation", "Reactions: {list}").format(list=summary))
    return "\n".join(lines) + "\n"


def search_haystack(rows: list[TimelineRow]) -> list[str]:
    """What search looks in, per row: the row's words, case-folded (day rows: nothing)."""
    return [entry_words(row).casefold() if isinstance(row, TimelineEntry) else "" for row in rows]


class TimelineModel(QAbstractListModel):
    """The rows of one conversation, with the search state (term and current match)."""

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._rows: list[TimelineRow] = []
        self._index_by_message: dict[str, int] = {}
        self._folded: list[str] | None = None
        self._words: dict[int, str] = {}
        self._term = ""
        self._matches: set[int] = set()
        self._current_match = -1

    # --- contents ----------------------------------------------------------------------------

    def set_rows(self, rows: list[TimelineRow], search_texts: list[str] | None = None) -> None:
        """Show ``rows``; ``search_texts`` (from :func:`search_haystack`, built on the worker)
        saves the first search from building it on the GUI thread."""
        self.beginResetModel()
        self._rows = rows
        self._index_by_message = {
            row.message_id: number
            for number, row in enumerate(rows)
            if isinstance(row, TimelineEntry) and row.message_id
        }
        self._words = {}
        self._folded = search_texts if search_texts and len(search_texts) == len(rows) else None
        self._matches = set()
        self._current_match = -1
        self.endResetModel()
        if self._term:
            self.search(self._term)

    @property
    def rows(self) -> list[TimelineRow]:
        return self._rows

    def row_of_message(self, message_id: str) -> int:
        """The row of the message with this id, -1 when it is not in the conversation."""
        return self._index_by_message.get(message_id, -1) if message_id else -1

    def entry(self, row: int) -> TimelineEntry | None:
        if 0 <= row < len(self._rows):
            item = self._rows[row]
            return item if isinstance(item, TimelineEntry) else None
        return None

    def today(self) -> date:
        return self._clock.now().astimezone().date()

    # --- search ------------------------------------------------------------------------------

    def search(self, term: str) -> list[int]:
        """Rows whose words contain ``term`` (case and accents as typed, case-insensitive)."""
        self._term = term
        if self._folded is None:
            self._folded = search_haystack(self._rows)
        needle = term.casefold().strip()
        found = [n for n, text in enumerate(self._folded) if needle and needle in text]
        self._matches = set(found)
        self._current_match = -1
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
        return found

    def set_current_match(self, row: int) -> None:
        old, self._current_match = self._current_match, row
        for changed in (old, row):
            if 0 <= changed < len(self._rows):
                self.dataChanged.emit(self.index(changed), self.index(changed))

    # --- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if isinstance(row, DayRow):
                return day_text(row.day, self.today())
            # Cached: typing in the list (keyboard search) asks every row for its text.
            words = self._words.get(index.row())
            if words is None:
                words = self._words[index.row()] = entry_words(row)
            return words
        if role == MATCH_ROLE:
            return self._term.strip() if index.row() in self._matches else None
        if role == CURRENT_MATCH_ROLE:
            return index.row() == self._current_match
        return None

    def flags(self, index: _INDEX) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], DayRow):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
