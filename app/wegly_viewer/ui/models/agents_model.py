"""Table model of one list of agents (participants or assignable agents) with lazy avatars."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from itertools import filterfalse
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)

from wegly_viewer.core.chat_facts import AgentFacts, agent_list_facts
from wegly_viewer.core.models import AssignedAgent
from wegly_viewer.ui.avatars import AvatarCache
from wegly_viewer.ui.models.releaser import release
from wegly_viewer.ui.text import EMPTY, plain_tooltip, tr

FILTER_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role whose value (on every column) is the row's name and status, folded for searching."""

AVATAR_URL_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role with the row's avatar URL (``""`` when the agent has none)."""


def fold_for_search(text: str) -> str:
    """Lower-case and strip accents, so ``"patricia"`` finds ``"Patrícia"`` and ``"JOAO"`` João."""
    folded = text.casefold()
    if folded.isascii():  # ids, most names: nothing to decompose
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def status_label(status: str | None) -> str:
    """Label of an assignable agent's free-form status; unknown values are shown verbatim."""
    if not status:
        return ""
    return status_labels().get(status.strip().upper(), status)


def status_labels() -> dict[str, str]:
    """The statuses Wegly sends, in words."""
    return {
        "ONLINE": tr("AgentsTableModel", "Online"),
        "AWAY": tr("AgentsTableModel", "Away"),
        "BUSY": tr("AgentsTableModel", "Busy"),
        "OFFLINE": tr("AgentsTableModel", "Offline"),
    }


class Column(IntEnum):
    """Columns of :class:`AgentsTableModel`."""

    NAME = 0
    STATUS = 1
    AGENT_ID = 2
    USER_ID = 3


@dataclass(frozen=True, slots=True)
class _Row:
    name: str
    status: str
    agent_id: str
    user_id: str
    avatar_url: str
    filter_text: str
    # Sort keys (folded text), made on the worker: sorting 3,000 rows on the GUI thread then
    # calls no Python per row (it folded 3,000 names there before: ~20 ms).
    name_key: str
    status_key: str
    agent_id_key: str
    user_id_key: str

    def text(self, column: int) -> str:
        if column == Column.NAME:
            return self.name
        if column == Column.STATUS:
            return self.status
        if column == Column.AGENT_ID:
            return self.agent_id
        if column == Column.USER_ID:
            return self.user_id
        return ""


def _row(agent: AgentFacts) -> _Row:
    status = status_label(agent.status)
    name_key = fold_for_search(agent.name)
    status_key = fold_for_search(status)
    return _Row(
        name=agent.name,
        status=status,
        agent_id=agent.agent_id,
        user_id=agent.user_id,
        avatar_url=agent.avatar_url,
        filter_text=f"{name_key}\n{status_key}\n{fold_for_search(agent.status)}",
        name_key=name_key,
        status_key=status_key,
        agent_id_key=fold_for_search(agent.agent_id),
        user_id_key=fold_for_search(agent.user_id),
    )


# Per column: the row's text and its sort key (C-level getters: no Python call per row).
_TEXT_AND_KEY = {
    Column.NAME: (attrgetter("name"), attrgetter("name_key")),
    Column.STATUS: (attrgetter("status"), attrgetter("status_key")),
    Column.AGENT_ID: (attrgetter("agent_id"), attrgetter("agent_id_key")),
    Column.USER_ID: (attrgetter("user_id"), attrgetter("user_id_key")),
}


AgentRow = _Row


def build_agent_rows(agents: Sequence[AgentFacts]) -> list[AgentRow]:
    """Table rows for ``agents``. Pure and thread-safe: the lookup worker builds them."""
    return [_row(agent) for agent in agents or ()]


class AgentsTableModel(QAbstractTableModel):
    """Rows of agents: name (with avatar), status, agent id and user id.

    Avatars are asked of the :class:`AvatarCache` from ``data(DecorationRole)``, which views
    call only for rows they paint, so a list of 3,000 agents does not start 3,000 downloads.
    When an avatar arrives, only the rows showing it are repainted. Besides Qt's roles it
    answers :data:`FILTER_ROLE` and :data:`AVATAR_URL_ROLE`; :meth:`sort` sorts in place (use
    :class:`AgentsFilterProxy` on top, which filters but leaves sorting to this model).

    Args:
        avatars: where avatars come from; without it the Name column has no decoration.
        avatar_size: diameter of the avatar circles, in logical pixels.
        parent: Qt parent.
    """

    def __init__(
        self,
        avatars: AvatarCache | None = None,
        *,
        avatar_size: int = 24,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._avatars = avatars
        self.avatar_size = avatar_size
        self._rows: list[_Row] = []
        self._rows_by_url: dict[str, list[int]] = {}
        self._sort_column = -1  # -1: the API's order
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._headers = {
            Column.NAME: tr("AgentsTableModel", "Name"),
            Column.STATUS: tr("AgentsTableModel", "Status"),
            Column.AGENT_ID: tr("AgentsTableModel", "Agent ID"),
            Column.USER_ID: tr("AgentsTableModel", "User ID"),
        }
        if avatars is not None:
            avatars.avatar_ready.connect(self._on_avatars_avatar_ready)

    def set_agents(self, agents: Sequence[AssignedAgent] | None) -> None:
        """Replace the rows (participants, assignable agents or any ``{agent_id, user}`` list)."""
        self.set_rows(build_agent_rows(agent_list_facts(agents)))

    def set_rows(self, rows: list[AgentRow]) -> None:
        """Replace the rows with ones made by :func:`build_agent_rows`."""
        self.beginResetModel()
        release(self._rows)  # freed a slice per event-loop turn
        self._rows = self._sorted(list(rows))
        self._index_avatars()
        self.endResetModel()

    def clear(self) -> None:
        self.set_agents(None)

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column) or EMPTY
        if role == Qt.ItemDataRole.ToolTipRole:  # long names are elided in narrow columns
            return plain_tooltip(self._text(row, column))
        if role == Qt.ItemDataRole.DecorationRole:
            if column == Column.NAME and self._avatars is not None:
                return self._avatars.pixmap(row.avatar_url or None, row.name, self.avatar_size)
            return None
        if role == FILTER_ROLE:
            return row.filter_text
        if role == AVATAR_URL_ROLE:
            return row.avatar_url
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        try:
            return self._headers[Column(section)]
        except ValueError:
            return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python with precomputed keys.

        A sorting proxy would call :meth:`data` twice per comparison: about 60,000 calls and
        half a second for 3,000 agents, against a few milliseconds here.
        """
        self._sort_column = column
        self._sort_order = order
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        self._rows = self._sorted(old_rows)
        position = {id(row): number for number, row in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        moved = [
            self.index(position[id(old_rows[index.row()])], index.column())
            if index.isValid() and index.row() < len(old_rows)
            else QModelIndex()
            for index in persistent
        ]
        self.changePersistentIndexList(persistent, moved)
        self._index_avatars()
        self.layoutChanged.emit()

    # --- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _text(row: _Row, column: int) -> str:
        return row.text(column)

    def _sorted(self, rows: list[_Row]) -> list[_Row]:
        column = self._sort_column
        if not 0 <= column < len(Column):
            return list(rows)
        # Accent- and case-insensitive, ties in the API's order; empty values always last.
        text, key = _TEXT_AND_KEY[Column(column)]
        filled = list(filter(text, rows))
        empty = list(filterfalse(text, rows))
        filled.sort(key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return filled + empty

    def _index_avatars(self) -> None:
        self._rows_by_url = {}
        for number, row in enumerate(self._rows):
            if row.avatar_url:
                self._rows_by_url.setdefault(row.avatar_url, []).append(number)

    def rows_with_avatar(self, url: str) -> list[int]:
        """Row numbers whose avatar is ``url``."""
        return list(self._rows_by_url.get(url, ()))

    @Slot(str)
    def _on_avatars_avatar_ready(self, url: str) -> None:
        roles = [Qt.ItemDataRole.DecorationRole]
        for number in self._rows_by_url.get(url, ()):
            cell = self.index(number, Column.NAME)
            self.dataChanged.emit(cell, cell, roles)


class AgentsFilterProxy(QSortFilterProxyModel):
    """Filters an :class:`AgentsTableModel` by name and status; sorting is left to the source.

    Filtering is case- and accent-insensitive: set the text with :meth:`set_filter_text`.
    """

    def __init__(self, source: AgentsTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(Column.NAME)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filter_text(self, text: str) -> None:
        self.setFilterFixedString(fold_for_search(text.strip()))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The proxy keeps the source's order (its own sort column stays -1).
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
