"""Help → Keyboard shortcuts: every shortcut of the window, read from its actions and shortcuts.

The list is built from the window's own ``QAction`` and ``QShortcut`` objects each time it is
opened, so it cannot drift from what the keys really do: a new action with a shortcut shows up
here by itself. A ``QShortcut`` says what it does through its ``whatsThis`` text.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wegly_viewer.ui.text import tr

ShortcutRow = tuple[str, str, str]
"""(keys as the user types them, what they do, where they work)."""

_WINDOW_CONTEXTS: Final = (
    Qt.ShortcutContext.WindowShortcut,
    Qt.ShortcutContext.ApplicationShortcut,
)


def key_text(sequences: list[QKeySequence]) -> str:
    """``Ctrl+L`` or ``F5, Ctrl+R``, in the words of the platform and the language."""
    return ", ".join(
        sequence.toString(QKeySequence.SequenceFormat.NativeText)
        for sequence in sequences
        if not sequence.isEmpty()
    )


def action_words(text: str) -> str:
    """A menu text as a description: ``&Look up…`` as ``Look up``, ``&&`` as ``&``."""
    words = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return words.removesuffix("…").removesuffix("...").strip()


def _where(context: Qt.ShortcutContext, owner: object) -> str:
    if context in _WINDOW_CONTEXTS:
        return tr("ShortcutsDialog", "Anywhere in the window")
    if isinstance(owner, QWidget) and owner.accessibleName():
        return tr("ShortcutsDialog", "In “{place}”").format(place=owner.accessibleName())
    return tr("ShortcutsDialog", "In the list or table that has the focus")


def shortcut_rows(window: QWidget) -> list[ShortcutRow]:
    """Every shortcut of ``window``: its actions and shortcuts that have keys, window-wide first.

    Actions that share a text and keys in the same place are listed once.
    """
    rows: list[tuple[bool, ShortcutRow]] = []
    for action in window.findChildren(QAction):
        keys = key_text(action.shortcuts())
        if keys:
            context = action.shortcutContext()
            row = (keys, action_words(action.text()), _where(context, action.parent()))
            rows.append((context not in _WINDOW_CONTEXTS, row))
    for shortcut in window.findChildren(QShortcut):
        keys = key_text([shortcut.key()])
        if keys:
            context = shortcut.context()
            row = (keys, shortcut.whatsThis(), _where(context, shortcut.parent()))
            rows.append((context not in _WINDOW_CONTEXTS, row))
    # Values on the tabs copy themselves on Ctrl+C (a key handler, not an action).
    rows.append(
        (
            True,
            (
                key_text([QKeySequence(QKeySequence.StandardKey.Copy)]),
                tr("ShortcutsDialog", "Copy the value that has the focus (Tab moves to it)"),
                tr("ShortcutsDialog", "On the tabs of a chat"),
            ),
        )
    )
    unique: dict[ShortcutRow, bool] = {}
    for local, row in rows:
        unique.setdefault(row, local)
    return [row for row, _local in sorted(unique.items(), key=lambda item: item[1])]


class ShortcutsDialog(QDialog):
    """A table Keys / What it does / Where, filled from the parent window by :meth:`refresh`.

    Object names: ``shortcuts_dialog``, ``shortcuts_table``.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(tr("ShortcutsDialog", "Keyboard shortcuts"))
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("shortcuts_table")
        self.table.setAccessibleName(tr("ShortcutsDialog", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [
                tr("ShortcutsDialog", "Keys"),
                tr("ShortcutsDialog", "What it does"),
                tr("ShortcutsDialog", "Where"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)

    def refresh(self) -> None:
        """Read the window's shortcuts again (tabs and panels are added after first paint)."""
        rows = shortcut_rows(self._window)
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            for column, text in enumerate(row):
                self.table.setItem(number, column, QTableWidgetItem(text))

    def rows(self) -> list[ShortcutRow]:
        """What the table shows, row by row (for tests and screen readers' users alike)."""

        def cell(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [
            (cell(number, 0), cell(number, 1), cell(number, 2))
            for number in range(self.table.rowCount())
        ]
