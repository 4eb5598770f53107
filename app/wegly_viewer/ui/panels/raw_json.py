"""The "Raw JSON" tab: the response exactly as received, searchable and copyable."""

from __future__ import annotations

import json
from typing import Any, Final

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeView,
    QWidget,
)

from wegly_viewer.core.formatting import format_number
from wegly_viewer.core.models import format_path
from wegly_viewer.core.redact import RowPath as DocumentPath
from wegly_viewer.ui.models.document_reveal import DocumentReveal
from wegly_viewer.ui.models.json_model import (
    KEY_COLUMN,
    TYPE_COLUMN,
    VALUE_COLUMN,
    JsonTreeModel,
    RowPath,
)
from wegly_viewer.ui.panels.base import plain_label, tr, vbox

SEARCH_DELAY_MS: Final = 250
"""Pause after the last keystroke before searching (a search of the biggest sample takes ~0.1 s)."""


def pretty_json(value: Any) -> str:
    """JSON as people read it: indented by two, non-ASCII (accents, emoji) kept as is."""
    return json.dumps(value, ensure_ascii=False, indent=2)


class RawJsonPanel(QWidget):
    """The full chat response as a Key / Value / Type tree, with search and copy.

    Typing in the search field finds every key or value containing the text (ignoring case)
    and selects the first match; Enter or "Next" moves to the next one, expanding its parents.
    "Copy value" copies the selected value (strings raw, anything else as JSON); "Copy JSON"
    copies the selected subtree, or the whole document when nothing is selected, pretty-printed.
    The tree's context menu also offers "Copy path" and "Copy whole document".

    Document numbers (CPF, CNPJ, RG) are masked in the tree, in search and in every copy until
    "Show documents" (here or on the CRM tab: the state is shared, :meth:`use_reveal`).

    Object names: ``raw_search``, ``raw_find_previous``, ``raw_find_next``,
    ``raw_match_count`` (the "3 of 17 results" label), ``raw_copy_value``, ``raw_copy_json``,
    ``raw_reveal_documents``, ``raw_tree``.

    Signals:
        copied(str): a short status message ("Value copied") after something was copied.
    """

    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = JsonTreeModel(self)
        self._reveal_state = DocumentReveal(self)  # replaced by the view's shared one
        self._reveal_state.changed.connect(self._on_reveal_state_changed)
        self._matches: list[RowPath] | None = None  # None: not searched since the text changed
        self._match_index = -1

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)

        self._search = QLineEdit()
        self._search.setObjectName("raw_search")
        self._search.setPlaceholderText(tr("RawJsonPanel", "Search fields and values"))
        self._search.setAccessibleName(tr("RawJsonPanel", "Search the response"))
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(self._on_search_text_changed)
        self._search.returnPressed.connect(self.find_next)

        self._previous_button = QPushButton(tr("RawJsonPanel", "Previous"))
        self._previous_button.setToolTip(tr("RawJsonPanel", "Go to the previous result"))
        self._previous_button.setObjectName("raw_find_previous")
        self._previous_button.clicked.connect(self.find_previous)
        self._next_button = QPushButton(tr("RawJsonPanel", "Next"))
        self._next_button.setToolTip(tr("RawJsonPanel", "Go to the next result (Enter)"))
        self._next_button.setObjectName("raw_find_next")
        self._next_button.clicked.connect(self.find_next)
        self._match_label = plain_label("", wrap=False, object_name="raw_match_count")

        self._copy_value_button = QPushButton(tr("RawJsonPanel", "Copy value"))
        self._copy_value_button.setObjectName("raw_copy_value")
        self._copy_value_button.setToolTip(tr("RawJsonPanel", "Copy the selected value"))
        self._copy_value_button.clicked.connect(self.copy_value)
        self._copy_json_button = QPushButton(tr("RawJsonPanel", "Copy JSON"))
        self._copy_json_button.setObjectName("raw_copy_json")
        self._copy_json_button.setToolTip(
            tr("RawJsonPanel", "Copy the selected part, or the whole response, as JSON")
        )
        self._copy_json_button.clicked.connect(self.copy_json)
        self._reveal_button = QPushButton(tr("RawJsonPanel", "Show documents"))
        self._reveal_button.setObjectName("raw_reveal_documents")
        self._reveal_button.setToolTip(
            tr(
                "RawJsonPanel",
                "Documents are personal data (LGPD): show them only when you need them",
            )
        )
        self._reveal_button.clicked.connect(self._on_reveal_clicked)

        self._tree = QTreeView()
        self._tree.setObjectName("raw_tree")
        self._tree.setAccessibleName(tr("RawJsonPanel", "Wegly's response, field by field"))
        self._tree.setModel(self._model)
        self._tree.setUniformRowHeights(True)
        self._tree.setAlternatingRowColors(True)
        self._tree.setAllColumnsShowFocus(True)
        self._tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self._tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(KEY_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(VALUE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TYPE_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(KEY_COLUMN, 260)
        header.resizeSection(TYPE_COLUMN, 140)
        self._tree.selectionModel().selectionChanged.connect(self._on_tree_selection_changed)
        self._add_tree_actions()

        bar = QHBoxLayout()
        bar.addWidget(self._search, 1)
        bar.addWidget(self._previous_button)
        bar.addWidget(self._next_button)
        bar.addWidget(self._match_label)
        bar.addSpacing(12)
        bar.addWidget(self._copy_value_button)
        bar.addWidget(self._copy_json_button)
        bar.addWidget(self._reveal_button)
        layout = vbox(self)
        layout.addLayout(bar)
        layout.addWidget(self._tree, 1)
        self._update_buttons()

    def _add_tree_actions(self) -> None:
        """Context menu (and Ctrl+C) of the tree."""
        entries = (
            (tr("RawJsonPanel", "Copy value"), self.copy_value, QKeySequence.StandardKey.Copy),
            (tr("RawJsonPanel", "Copy JSON"), self.copy_json, None),
            (tr("RawJsonPanel", "Copy path"), self.copy_path, None),
            (tr("RawJsonPanel", "Copy the whole response"), self.copy_document, None),
        )
        self._tree_actions: list[QAction] = []
        for text, slot, shortcut in entries:
            action = QAction(text, self._tree)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self._tree.addAction(action)
            self._tree_actions.append(action)
        self._tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # --- public API --------------------------------------------------------------------------

    def show_raw(self, raw: dict[str, Any], masks: dict[DocumentPath, str] | None = None) -> None:
        """Show ``raw`` (the response as received; it is not copied or modified), its document
        numbers masked (at ``masks``, from the lookup worker; found here when not given)."""
        self._model.set_document(raw, masks)
        self._model.set_revealed(self._reveal_state.revealed)
        self._reset_search()
        if self._search.text().strip():
            self._search_timer.start()
        self._update_buttons()

    def reset_view_state(self) -> None:
        """A new chat: the search of the previous one is emptied."""
        self._search_timer.stop()
        self._search.clear()
        self._reset_search()

    def clear(self) -> None:
        self._model.clear()
        self._search_timer.stop()
        self._search.clear()
        self._reset_search()
        self._update_buttons()

    def model(self) -> JsonTreeModel:
        return self._model

    def use_reveal(self, reveal: DocumentReveal) -> None:
        """Share the "documents shown" state with other tabs (the CRM tab)."""
        self._reveal_state.changed.disconnect(self._on_reveal_state_changed)
        self._reveal_state = reveal
        reveal.changed.connect(self._on_reveal_state_changed)
        self._on_reveal_state_changed(reveal.revealed)

    def set_documents_revealed(self, revealed: bool) -> None:
        self._reveal_state.set_revealed(revealed)
        self._on_reveal_state_changed(revealed)

    @Slot()
    def _on_reveal_clicked(self) -> None:
        self.set_documents_revealed(not self._model.revealed)

    @Slot(bool)
    def _on_reveal_state_changed(self, revealed: bool) -> None:
        if revealed == self._model.revealed:
            self._update_buttons()
            return
        self._model.set_revealed(revealed)
        # What matches changed (a masked number is found only by its visible digits).
        self._reset_search()
        if self._search.text().strip():
            self._search_timer.start()
        self._update_buttons()

    def tree(self) -> QTreeView:
        return self._tree

    @Slot()
    def find_next(self) -> None:
        """Select the next match (the first one after the search text changed)."""
        self._step(1)

    @Slot()
    def find_previous(self) -> None:
        self._step(-1)

    @Slot()
    def copy_value(self) -> None:
        """Copy the selected value: a string as is, anything else as pretty JSON."""
        index = self._selected_index()
        if index is None:
            return
        value = self._model.shown_value(index)
        self._copy(value if isinstance(value, str) else pretty_json(value))
        self.copied.emit(tr("RawJsonPanel", "Value copied"))

    @Slot()
    def copy_json(self) -> None:
        """Copy the selected subtree as JSON, or the whole document when nothing is selected."""
        index = self._selected_index()
        if index is None:
            self.copy_document()
            return
        self._copy(pretty_json(self._model.shown_value(index)))
        self.copied.emit(tr("RawJsonPanel", "JSON copied"))

    @Slot()
    def copy_document(self) -> None:
        if self._model.document() is None:
            return
        self._copy(pretty_json(self._model.shown_value(QModelIndex())))
        self.copied.emit(tr("RawJsonPanel", "JSON copied"))

    @Slot()
    def copy_path(self) -> None:
        """Copy where the selected node is, e.g. ``last_message.reactions[3].emoji``."""
        index = self._selected_index()
        if index is None:
            return
        self._copy(format_path(self._model.node_path(index)))
        self.copied.emit(tr("RawJsonPanel", "Path copied"))

    # --- search ------------------------------------------------------------------------------

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self._reset_search()
        if self._search.text().strip():
            self._search_timer.start()
        else:
            self._search_timer.stop()

    @Slot()
    def _on_search_timer_timeout(self) -> None:
        self._run_search()
        if self._matches:
            self._go_to(0)

    def _reset_search(self) -> None:
        self._matches = None
        self._match_index = -1
        self._match_label.setText("")

    def _run_search(self) -> list[RowPath]:
        self._search_timer.stop()
        text = self._search.text().strip()
        matches = self._model.find(text) if text else []
        self._matches = matches
        self._match_index = -1
        self._update_match_label()
        return matches

    def _step(self, delta: int) -> None:
        if self._matches is None:
            matches = self._run_search()
            if matches:
                self._go_to(0 if delta > 0 else len(matches) - 1)
            return
        if self._matches:
            self._go_to((self._match_index + delta) % len(self._matches))

    def _go_to(self, position: int) -> None:
        if not self._matches:
            return
        self._match_index = position
        index = self._model.index_for_rows(self._matches[position])
        ancestors: list[QModelIndex] = []
        parent = index.parent()
        while parent.isValid():
            ancestors.append(parent)
            parent = parent.parent()
        for ancestor in reversed(ancestors):
            self._tree.expand(ancestor)
        self._tree.setCurrentIndex(index)
        self._tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._update_match_label()

    def _update_match_label(self) -> None:
        if self._matches is None:
            self._match_label.setText("")
            return
        count = len(self._matches)
        if count == 0:
            text = tr("RawJsonPanel", "No results")
        elif self._match_index < 0:
            text = tr("RawJsonPanel", "%Ln result(s)", None, count)
        else:
            text = tr("RawJsonPanel", "{position} of %Ln result(s)", None, count).format(
                position=format_number(self._match_index + 1)
            )
        self._match_label.setText(text)

    # --- helpers -----------------------------------------------------------------------------

    def _selected_index(self) -> QModelIndex | None:
        rows = self._tree.selectionModel().selectedRows(KEY_COLUMN)
        return rows[0] if rows else None

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    @Slot(QItemSelection, QItemSelection)
    def _on_tree_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_document = self._model.document() is not None
        has_selection = self._selected_index() is not None
        self._copy_value_button.setEnabled(has_selection)
        self._copy_json_button.setEnabled(has_document)
        self._reveal_button.setVisible(self._model.has_documents())
        self._reveal_button.setText(
            tr("RawJsonPanel", "Hide documents")
            if self._model.revealed
            else tr("RawJsonPanel", "Show documents")
        )
        for action in self._tree_actions:
            action.setEnabled(has_document)
        self._tree_actions[0].setEnabled(has_selection)
        self._tree_actions[2].setEnabled(has_selection)
