"""The "Lead sources" tab: the marketing origin Wegly recorded for the chat and its last message.

Lead sources are free-form objects (``{"source": "facebook_ads", "campaign": …}``). The fields
Wegly commonly sends are named in words ("Origem", "Campanha"; the key as sent is the row's
tooltip), other keys are shown as received, and nested objects or lists expand in place.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from wegly_viewer.core.formatting import format_number
from wegly_viewer.core.models import ChatDetail
from wegly_viewer.ui.panels.base import EMPTY, ChatPanel, plain_label, plain_tooltip, tr, vbox
from wegly_viewer.ui.panels.raw_json import pretty_json
from wegly_viewer.ui.text import bounded

_MAX_DEPTH: Final = 32  # free-form data: stop before absurd nesting makes a useless tree
_VALUE_ROLE: Final = Qt.ItemDataRole.UserRole + 1  # position in LeadSourcesPanel._values


def value_text(value: object) -> str:
    """A scalar as plain text: strings verbatim, null as a dash, booleans as yes/no."""
    if value is None:
        return EMPTY
    if isinstance(value, bool):
        return tr("LeadSourcesPanel", "yes") if value else tr("LeadSourcesPanel", "no")
    if isinstance(value, dict | list):
        return "" if value else EMPTY
    return str(value)  # numbers as sent: ids ("ad_id": 120210000000) are not amounts


def field_label(key: str) -> str:
    """A lead-source key in words when it is a common one (``campaign`` is "Campanha"), else the
    key as sent (free-form data: a customer's own field names)."""
    labels = {
        "source": tr("LeadSourcesPanel", "Source"),
        "utm_source": tr("LeadSourcesPanel", "Source"),
        "medium": tr("LeadSourcesPanel", "Medium"),
        "utm_medium": tr("LeadSourcesPanel", "Medium"),
        "campaign": tr("LeadSourcesPanel", "Campaign"),
        "utm_campaign": tr("LeadSourcesPanel", "Campaign"),
        "utm_term": tr("LeadSourcesPanel", "Search term"),
        "utm_content": tr("LeadSourcesPanel", "Ad content"),
        "ad_id": tr("LeadSourcesPanel", "Ad ID"),
        "adset_id": tr("LeadSourcesPanel", "Ad set ID"),
        "campaign_id": tr("LeadSourcesPanel", "Campaign ID"),
        "by": tr("LeadSourcesPanel", "Referred by"),
        "referrer": tr("LeadSourcesPanel", "Referred by"),
        "url": tr("LeadSourcesPanel", "Link"),
        "link": tr("LeadSourcesPanel", "Link"),
    }
    return labels.get(key.strip().lower(), key)


class LeadSourcesPanel(ChatPanel):
    """Each lead source of the chat, and of its last message, as an expandable Field / Value tree.

    Top-level rows say where a source comes from ("Chat", "Last message", with "source 2 of 3"
    when there are several). Ctrl+C or the context menu copies the selected value.

    Fields Wegly commonly sends are named in words (:func:`field_label`); the row's tooltip keeps
    the key as sent.

    Object names: ``lead_sources_view`` (the tree), ``lead_sources_empty`` (the empty state).

    Signals:
        copied(str): a short status message after a value was copied.
    """

    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        # The Python values behind the rows, for copying (kept out of Qt to avoid conversions).
        self._values: list[Any] = []
        self._model.setHorizontalHeaderLabels(
            [tr("LeadSourcesPanel", "Field"), tr("LeadSourcesPanel", "Value")]
        )

        self._view = QTreeView()
        self._view.setObjectName("lead_sources_view")
        self._view.setAccessibleName(tr("LeadSourcesPanel", "Lead sources"))
        self._view.setModel(self._model)
        self._view.setUniformRowHeights(True)
        self._view.setAlternatingRowColors(True)
        self._view.setAllColumnsShowFocus(True)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self._view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 280)
        header.setStretchLastSection(True)
        copy_action = QAction(tr("LeadSourcesPanel", "Copy value"), self._view)
        copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy_action.triggered.connect(self.copy_value)
        self._view.addAction(copy_action)
        self._view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self._empty = plain_label("", object_name="lead_sources_empty")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = vbox(self)
        layout.addWidget(self._view, 1)
        layout.addWidget(self._empty, 1)
        self.clear()

    def model(self) -> QStandardItemModel:
        return self._model

    def show_chat(self, chat: ChatDetail) -> None:
        self._remove_rows()
        last_message = chat.last_message
        groups = (
            (tr("LeadSourcesPanel", "Chat"), chat.crm_marketing_lead_source or []),
            (
                tr("LeadSourcesPanel", "Last message"),
                (last_message.crm_marketing_lead_source if last_message else None) or [],
            ),
        )
        root = self._model.invisibleRootItem()
        for where, all_sources in groups:
            sources = [source for source in all_sources if source]  # ``{}`` says nothing
            for number, source in enumerate(sources, start=1):
                title = where
                if len(sources) > 1:
                    title = tr("LeadSourcesPanel", "{where}, source {number} of {count}").format(
                        where=where, number=format_number(number), count=format_number(len(sources))
                    )
                top = self._item(title, source)
                font = top.font()
                font.setBold(True)
                top.setFont(font)
                root.appendRow([top, self._item(value_text(source), source)])
                self._add_children(top, source, 1)
        has_sources = self._model.rowCount() > 0
        self._view.setVisible(has_sources)
        self._empty.setVisible(not has_sources)
        self._empty.setText(tr("LeadSourcesPanel", "This chat has no lead source"))
        self._view.expandAll()

    def clear(self) -> None:
        self._remove_rows()
        self._view.hide()
        self._empty.show()
        self._empty.setText(tr("LeadSourcesPanel", "No chat looked up yet"))

    def _remove_rows(self) -> None:
        self._model.removeRows(0, self._model.rowCount())
        self._values = []

    def _item(self, text: str, value: object) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(len(self._values), _VALUE_ROLE)
        self._values.append(value)
        return item

    def _add_children(self, parent: QStandardItem, value: object, depth: int) -> None:
        if isinstance(value, dict):
            children: list[tuple[str, Any]] = [(str(key), child) for key, child in value.items()]
        elif isinstance(value, list):
            children = [
                (f"#{format_number(number)}", child) for number, child in enumerate(value, start=1)
            ]
        else:
            return
        for key, child in children:
            nested = depth >= _MAX_DEPTH and isinstance(child, dict | list) and bool(child)
            text = "…" if nested else value_text(child)
            label = field_label(key) if isinstance(value, dict) else key
            key_item = self._item(bounded(label), child)
            if label != key:
                key_item.setToolTip(plain_tooltip(key) or "")
            parent.appendRow([key_item, self._item(bounded(text), child)])
            if not nested:
                self._add_children(key_item, child, depth + 1)

    @Slot()
    def copy_value(self) -> None:
        """Copy the selected value: text as shown, an object or list as JSON."""
        rows = self._view.selectionModel().selectedRows(0)
        if not rows:
            return
        position = rows[0].data(_VALUE_ROLE)
        if not isinstance(position, int) or not 0 <= position < len(self._values):
            return
        value = self._values[position]
        text = value if isinstance(value, str) else pretty_json(value)
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(tr("LeadSourcesPanel", "Value copied"))
