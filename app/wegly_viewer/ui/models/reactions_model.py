"""Table model of a message's emoji reactions: who reacted with what, and when.

Built for volume: a broadcast message can carry ten thousand reactions, so every row is computed
once in :meth:`ReactionsTableModel.set_reactions` as a tuple and :meth:`data` only indexes into
it. Item views never interpret HTML, so names and emoji from the API are shown literally.

Sorting: a plain ``QSortFilterProxyModel`` asks the model for two values per comparison, each a
call into Python; for 10,000 rows that is ~270,000 calls and two seconds per header click. So the
model sorts itself (a Python ``list.sort`` on precomputed keys, a few milliseconds) and
:class:`ReactionsSortProxy` forwards header clicks to it. Filtering is the same story: a Python
``filterAcceptsRow`` is called once per row on every reset, 10,000 calls (~15-50 ms) even with no
filter, so the model filters itself too (one list comprehension over the precomputed tuples) and
the proxy keeps Qt's own C++ filtering, which accepts every row without a call into Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from wegly_viewer.core.chat_facts import ReactionFacts, reaction_facts
from wegly_viewer.core.formatting import local_time
from wegly_viewer.core.models import ACTOR_LABELS, ChatDetail, Reaction, label_of
from wegly_viewer.ui.models.releaser import release
from wegly_viewer.ui.text import EMPTY, tr

SORT_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1
"""Role whose values sort correctly: the datetime's timestamp for When, folded text otherwise."""

# Missing times sort before every real one.
_NO_TIME: Final = float("-inf")

ReactionRow = tuple[str, str, str, str, str, str, str, float]
_Row = ReactionRow
# (emoji, who, actor, when) shown, then their sort keys (folded text) and the When timestamp.


class ReactionRows(list[ReactionRow]):
    """Rows that also keep what they were made from (``owner``: the parsed chat and its facts),
    so the table model that shows them frees both a slice at a time when it is given other rows
    (``ui.models.releaser``) instead of the last holder freeing 100,000 objects in one go."""

    __slots__ = ("owner",)

    def __init__(self, rows: list[ReactionRow], owner: object = None) -> None:
        super().__init__(rows)
        self.owner = owner


def build_reaction_rows(reactions: Sequence[ReactionFacts]) -> list[ReactionRow]:
    """The table rows for ``reactions`` (reactor names already resolved by the chat facts).

    Pure and thread-safe: the lookup worker builds them for big chats, off the GUI thread.
    """
    rows: list[_Row] = []
    times: dict[datetime, tuple[str, float]] = {}
    actors: dict[str, str] = {}
    for reaction in reactions:
        emoji = reaction.emoji or EMPTY
        who = reaction.reactor or EMPTY
        actor = actors.get(reaction.actor)
        if actor is None:
            actor = label_of(reaction.actor or None, ACTOR_LABELS) or EMPTY
            actors[reaction.actor] = actor
        when_text, when_key = EMPTY, _NO_TIME
        if reaction.created_at is not None:
            # Broadcasts share timestamps; formatting each distinct one once is the win.
            cached = times.get(reaction.created_at)
            if cached is None:
                cached = (local_time(reaction.created_at), reaction.created_at.timestamp())
                times[reaction.created_at] = cached
            when_text, when_key = cached
        rows.append(
            (emoji, who, actor, when_text, emoji, who.casefold(), actor.casefold(), when_key)
        )
    return rows


class ReactionsTableModel(QAbstractTableModel):
    """Reactions as rows with the columns Emoji, Who, Sent by (customer, agent…) and When.

    ``DisplayRole`` gives plain strings (a dash for missing values); :data:`SORT_ROLE` gives keys
    that sort When by the actual time, not by its text. Use it with a ``QSortFilterProxyModel``
    whose ``sortRole`` is :data:`SORT_ROLE`.
    """

    EMOJI: Final = 0
    WHO: Final = 1
    ACTOR: Final = 2
    WHEN: Final = 3
    SORT_ROLE: Final = SORT_ROLE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []  # shown: sorted and filtered
        self._sorted: list[_Row] = []  # every row in display order
        self._api_rows: list[_Row] = []  # in the order the API sent them
        self._emoji: str | None = None
        self._needle = ""
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._headers = (
            tr("ReactionsTableModel", "Emoji"),
            tr("ReactionsTableModel", "Who"),
            tr("ReactionsTableModel", "Sent by"),
            tr("ReactionsTableModel", "When"),
        )

    # --- filling ---------------------------------------------------------------------------

    def set_reactions(self, chat: ChatDetail | None, reactions: Sequence[Reaction] | None) -> None:
        """Replace all rows with ``reactions`` of ``chat`` (names resolved from its agents)."""
        self.set_rows(build_reaction_rows(reaction_facts(chat, reactions) if chat else ()))

    def set_rows(self, rows: list[ReactionRow]) -> None:
        """Replace all rows with ones made by :func:`build_reaction_rows`."""
        self.beginResetModel()
        self._release_rows()
        self._api_rows = rows
        self._sorted = self._sorted_rows()
        self._rows = self._filtered(self._sorted)
        self.endResetModel()

    def clear(self) -> None:
        """Remove every row."""
        self.beginResetModel()
        self._release_rows()
        self._api_rows = []
        self._sorted = []
        self._rows = []
        self.endResetModel()

    def _release_rows(self) -> None:
        """Hand the rows shown until now (and what they were made from) to the releaser."""
        old = self._api_rows
        owner = old.owner if isinstance(old, ReactionRows) else None
        if isinstance(old, ReactionRows):
            old.owner = None
        release(owner)
        for rows in {id(rows): rows for rows in (old, self._sorted, self._rows)}.values():
            release(rows)
        self._api_rows, self._sorted, self._rows = [], [], []

    def set_filter(self, emoji: str | None, name: str) -> None:
        """Show only the reactions with ``emoji`` (None: any) whose reactor's name contains
        ``name`` (ignoring case; empty: anyone). The rows shown are reset (a selection goes)."""
        needle = name.strip().casefold()
        if (emoji, needle) == (self._emoji, self._needle):
            return
        self.beginResetModel()
        self._emoji, self._needle = emoji, needle
        self._rows = self._filtered(self._sorted)
        self.endResetModel()

    @property
    def filtering(self) -> bool:
        """Whether an emoji or a name filter hides rows."""
        return self._emoji is not None or bool(self._needle)

    def total(self) -> int:
        """Every reaction, shown or filtered out."""
        return len(self._api_rows)

    def _filtered(self, rows: list[_Row]) -> list[_Row]:
        emoji, needle = self._emoji, self._needle
        if emoji is None and not needle:
            return rows
        if emoji is None:
            return [row for row in rows if needle in row[5]]
        if not needle:
            return [row for row in rows if row[0] == emoji]
        return [row for row in rows if row[0] == emoji and needle in row[5]]

    def row_at(self, row: int) -> ReactionRow:
        """The row shown at ``row`` (display order): its texts, then their sort keys."""
        return self._rows[row]

    def sort_column(self) -> int:
        """The column rows are sorted by, or -1 for the order the API sent them in."""
        return self._sort_column

    def _sorted_rows(self) -> list[_Row]:
        column = self._sort_column
        if not 0 <= column < len(self._headers):
            return list(self._api_rows)
        key = column + 4
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        # Stable: equal keys keep the API order (broadcast reactions often share a time).
        return sorted(self._api_rows, key=lambda row: row[key], reverse=descending)

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == SORT_ROLE:
            return self._rows[index.row()][index.column() + 4]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the :data:`SORT_ROLE` keys of ``column`` (-1: the API's order).

        Persistent indexes (selection, current row) follow their rows.
        """
        self._sort_column = column
        self._sort_order = order
        # PySide6 exposes these signals without their (parents, hint) arguments.
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        self._sorted = self._sorted_rows()
        new_rows = self._filtered(self._sorted)
        persistent = self.persistentIndexList()
        if persistent:
            position = {id(row): number for number, row in enumerate(new_rows)}
            moved = [
                self.index(position[id(old_rows[item.row()])], item.column()) for item in persistent
            ]
            self.changePersistentIndexList(persistent, moved)
        self._rows = new_rows
        self.layoutChanged.emit()

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


class ReactionsSortProxy(QSortFilterProxyModel):
    """A sort/filter proxy that lets a :class:`ReactionsTableModel` source sort and filter itself.

    Header clicks on a view reach :meth:`sort`; with a reactions source the proxy keeps its own
    order unsorted and asks the source to reorder its rows by :data:`SORT_ROLE`, which is what
    this proxy would compare, only about 300 times faster (see the module docstring). With any
    other source it sorts by :data:`SORT_ROLE` like a plain ``QSortFilterProxyModel``.

    Filtering (:meth:`set_filter`): one emoji and/or a part of the reactor's name (ignoring
    case), done by a reactions source over its precomputed tuples (10,000 rows in about a
    millisecond). The proxy itself never filters in Python: Qt's own ``filterAcceptsRow``
    accepts every row without calling into Python, however many rows a reset brings.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._column = -1
        self._order = Qt.SortOrder.AscendingOrder

    def set_filter(self, emoji: str | None, name: str) -> None:
        """Show only the reactions with ``emoji`` (None: any) whose reactor's name contains
        ``name`` (ignoring case; empty: anyone); other sources are not filtered."""
        source = self.sourceModel()
        if isinstance(source, ReactionsTableModel):
            source.set_filter(emoji, name)

    @property
    def filtering(self) -> bool:
        source = self.sourceModel()
        return isinstance(source, ReactionsTableModel) and source.filtering

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, ReactionsTableModel):
            self._column, self._order = column, order
            if super().sortColumn() != -1:
                super().sort(-1, order)
            source.sort(column, order)
            return
        super().sort(column, order)

    def sortColumn(self) -> int:
        if isinstance(self.sourceModel(), ReactionsTableModel):
            return self._column
        return super().sortColumn()

    def sortOrder(self) -> Qt.SortOrder:
        if isinstance(self.sourceModel(), ReactionsTableModel):
            return self._order
        return super().sortOrder()
