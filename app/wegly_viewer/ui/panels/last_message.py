"""The "Last message & reactions" tab: the chat's last message in detail, then who reacted.

Reactions can number in the thousands (a broadcast), so they live in a model/view table
(:class:`~wegly_viewer.ui.models.reactions_model.ReactionsTableModel`) with fixed row heights;
the summary strip above it shows the most frequent emoji with their counts.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wegly_viewer.core.clock import Clock
from wegly_viewer.core.formatting import format_duration, local_time, relative_time
from wegly_viewer.core.models import (
    MESSAGE_STATUS_LABELS,
    ORIGIN_LABELS,
    ChatDetail,
    Message,
    group_reactions,
    label_of,
)
from wegly_viewer.ui.models.reactions_model import ReactionsSortProxy, ReactionsTableModel
from wegly_viewer.ui.panels.base import (
    EMPTY,
    ChatPanel,
    FormSection,
    plain_label,
    scrolling,
    tr,
    vbox,
)
from wegly_viewer.ui.widgets.badge import Badge

SUMMARY_GROUPS: Final = 15
"""Emoji groups shown in the summary strip before "+N more"."""

if TYPE_CHECKING:
    from wegly_viewer.ui.prepared import PreparedChat


def _history_phases() -> dict[int, str]:
    """What each ``history_phase`` covers (days before the number was onboarded)."""
    return {
        0: tr("LastMessagePanel", "last day"),
        1: tr("LastMessagePanel", "1–90 days"),
        2: tr("LastMessagePanel", "90–180 days"),
    }


def _call_length(milliseconds: int) -> str:
    """A call's length: ``42 s``, ``3 min 5 s``, ``1 h 2 min``."""
    seconds = max(0, milliseconds) // 1000
    if seconds < 60:
        return f"{seconds} s"
    minutes, rest = divmod(seconds, 60)
    if minutes >= 60:
        return format_duration(timedelta(seconds=seconds))
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"


def _message_agent_name(chat: ChatDetail, message: Message) -> str:
    """The staff member who sent ``message``, by name if the chat knows it."""
    for user in (message.agent.user if message.agent else None, message.user):
        if user is not None and user.name:
            return user.name
    agent_id = message.agent.id if message.agent else None
    user_id = message.user.id if message.user else None
    names = chat.agent_names()
    for key in (agent_id, user_id):
        if key:
            return names.get(key, key)
    return ""


def _is_outgoing(message: Message) -> bool | None:
    if message.from_me is not None:
        return message.from_me
    origin = (message.origin or "").upper()
    if origin in ("INBOUND", "OUTBOUND"):
        return origin == "OUTBOUND"
    return None


class LastMessagePanel(ChatPanel):
    """The last message (direction, sender, status, body, media, call, quote, raw payload) and
    its reactions (summary strip and a sortable table).

    Object names:
        ``last_message_stack`` (pages ``last_message_empty`` "No last message" and
        ``last_message_details``), ``last_message_history`` (history-import badge),
        value labels ``last_message_<key>`` for the keys ``direction``, ``sender``, ``status``,
        ``type``, ``sent_via``, ``time``, ``media``, ``call``, ``quoted``;
        ``last_message_body`` (read-only plain text), ``last_message_payload_toggle`` and
        ``last_message_payload`` (raw ``content_payload`` JSON, hidden until toggled),
        ``reactions_group``, ``reactions_summary``, ``reactions_table``.
    """

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._reactions_model = ReactionsTableModel(self)
        self._reactions_proxy = ReactionsSortProxy(self)
        self._reactions_proxy.setSourceModel(self._reactions_model)

        # --- the message -----------------------------------------------------------------
        self._stack = QStackedWidget()
        self._stack.setObjectName("last_message_stack")
        self._empty = plain_label(tr("LastMessagePanel", "No last message"))
        self._empty.setObjectName("last_message_empty")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(self._empty)

        details = QWidget()
        details.setObjectName("last_message_details")
        details_layout = vbox(details)
        self._history = Badge("", "info")
        self._history.setObjectName("last_message_history")
        self._history.hide()
        details_layout.addWidget(self._history)

        self._fields = FormSection(tr("LastMessagePanel", "Last message"))
        for key, caption in (
            ("direction", tr("LastMessagePanel", "Direction:")),
            ("sender", tr("LastMessagePanel", "Sender:")),
            ("status", tr("LastMessagePanel", "Status:")),
            ("type", tr("LastMessagePanel", "Type:")),
            ("sent_via", tr("LastMessagePanel", "Sent via:")),
            ("time", tr("LastMessagePanel", "Time:")),
            ("media", tr("LastMessagePanel", "Media:")),
            ("call", tr("LastMessagePanel", "Call:")),
            ("quoted", tr("LastMessagePanel", "Quoted message:")),
        ):
            value = self._fields.add_row(key, caption)
            value.setObjectName(f"last_message_{key}")
            # The form only widens Expanding fields; a Preferred word-wrapped label would wrap
            # short values at a quarter of 80 characters and clip the second line.
            value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        details_layout.addWidget(self._fields)

        body_box = QGroupBox(tr("LastMessagePanel", "Text"))
        body_layout = QVBoxLayout(body_box)
        self._body = QPlainTextEdit()
        self._body.setObjectName("last_message_body")
        self._body.setReadOnly(True)
        self._body.setPlaceholderText(tr("LastMessagePanel", "(no text)"))
        self._body.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        line = self._body.fontMetrics().lineSpacing()
        self._body.setMinimumHeight(line * 3 + 12)
        self._body.setMaximumHeight(line * 6 + 12)
        body_layout.addWidget(self._body)
        details_layout.addWidget(body_box)

        self._payload_toggle = QToolButton()
        self._payload_toggle.setObjectName("last_message_payload_toggle")
        self._payload_toggle.setText(tr("LastMessagePanel", "Raw content_payload"))
        self._payload_toggle.setCheckable(True)
        self._payload_toggle.setAutoRaise(True)
        self._payload_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self._payload_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._payload_toggle.toggled.connect(self._on_payload_toggle_toggled)
        self._payload = QPlainTextEdit()
        self._payload.setObjectName("last_message_payload")
        self._payload.setReadOnly(True)
        self._payload.setPlaceholderText(tr("LastMessagePanel", "(no content_payload)"))
        self._payload.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._payload.setMaximumHeight(line * 14 + 12)
        self._payload.hide()
        details_layout.addWidget(self._payload_toggle)
        details_layout.addWidget(self._payload)
        details_layout.addStretch(1)
        self._stack.addWidget(details)
        self._details = details

        # --- the reactions ---------------------------------------------------------------
        self._reactions_box = QGroupBox(tr("LastMessagePanel", "Reactions"))
        self._reactions_box.setObjectName("reactions_group")
        reactions_layout = QVBoxLayout(self._reactions_box)
        self._summary = plain_label(EMPTY, object_name="reactions_summary")
        summary_font = self._summary.font()
        summary_font.setPointSizeF(max(summary_font.pointSizeF(), 9.0) * 1.25)
        self._summary.setFont(summary_font)
        reactions_layout.addWidget(self._summary)

        self._table = QTableView()
        self._table.setObjectName("reactions_table")
        self._table.setModel(self._reactions_proxy)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setAlternatingRowColors(True)
        self._table.setWordWrap(False)
        self._table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self._table.verticalHeader()
        rows.hide()
        # Fixed heights: the view never measures 10,000 rows (the table's uniformRowHeights).
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(24, self._table.fontMetrics().height() + 10))
        columns = self._table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setSectionResizeMode(ReactionsTableModel.WHO, QHeaderView.ResizeMode.Stretch)
        columns.resizeSection(ReactionsTableModel.EMOJI, 80)
        columns.resizeSection(ReactionsTableModel.ACTOR, 100)
        columns.resizeSection(ReactionsTableModel.WHEN, 150)
        # No indicator: rows start in the API's order until a header is clicked.
        columns.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._table.setSortingEnabled(True)
        reactions_layout.addWidget(self._table, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("last_message_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(scrolling(self._stack))
        reactions_page = QWidget()
        page_layout = vbox(reactions_page)
        page_layout.setContentsMargins(12, 0, 12, 12)
        page_layout.addWidget(self._reactions_box)
        splitter.addWidget(reactions_page)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer = vbox(self, margins=0)
        outer.addWidget(splitter)
        self.clear()

    # --- public API ------------------------------------------------------------------------

    @property
    def reactions_model(self) -> ReactionsTableModel:
        """The source model of the reactions table (rows in the API's order unless sorted)."""
        return self._reactions_model

    @property
    def reactions_view(self) -> QTableView:
        """The reactions table (its model is a :class:`ReactionsSortProxy`)."""
        return self._table

    def show_chat(self, chat: ChatDetail, prepared: PreparedChat | None = None) -> None:
        """Show ``chat``; ``prepared`` carries reaction rows already built on the worker."""
        message = chat.last_message
        if message is None:
            self._reset_message()
            self._stack.setCurrentWidget(self._empty)
            self._show_reactions(chat, None, None)
            return
        self._stack.setCurrentWidget(self._details)
        now = self._clock.now()

        outgoing = _is_outgoing(message)
        agent_name = _message_agent_name(chat, message) if outgoing is not False else ""
        if outgoing is True:
            direction = (
                tr("LastMessagePanel", "Outgoing by {agent}").format(agent=agent_name)
                if agent_name
                else tr("LastMessagePanel", "Outgoing")
            )
            sender = agent_name
        elif outgoing is False:
            direction = tr("LastMessagePanel", "Incoming from contact")
            sender = chat.display_name
        else:
            direction = label_of(message.origin, ORIGIN_LABELS)
            sender = agent_name
        self._fields.set_value("direction", direction)
        self._fields.set_value("sender", sender)
        self._fields.set_value("status", label_of(message.status, MESSAGE_STATUS_LABELS))
        self._fields.set_value("type", message.type)
        self._fields.set_value("sent_via", message.sent_via)

        when = message.sent_at or chat.last_message_at
        if when is not None:
            time_text = f"{local_time(when)} ({relative_time(when, now)})"
        else:
            time_text = message.meta_timestamp or ""  # unreadable: show what was sent
        self._fields.set_value("time", time_text)
        self._fields.set_value("media", self._media_text(message))
        self._fields.set_value("call", self._call_text(message))
        self._fields.set_value("quoted", self._quoted_text(message))

        self._body.setPlainText(message.body_text or "")
        history = self._history_text(message)
        self._history.setText(history)
        self._history.setToolTip(
            tr("LastMessagePanel", "Chunk {order}").format(order=message.history_chunk_order)
            if message.history_chunk_order is not None
            else ""
        )
        self._history.setVisible(bool(history))
        if message.content_payload is not None:
            self._payload.setPlainText(
                json.dumps(message.content_payload, ensure_ascii=False, indent=2, default=str)
            )
        else:
            self._payload.setPlainText("")
        self._show_reactions(chat, message, prepared)

    def clear(self) -> None:
        self._reset_message()
        self._stack.setCurrentWidget(self._details)
        self._reactions_model.clear()
        self._summary.setText(EMPTY)
        self._reactions_box.setTitle(tr("LastMessagePanel", "Reactions"))

    # --- internals -------------------------------------------------------------------------

    def _reset_message(self) -> None:
        self._fields.clear_values()
        self._body.setPlainText("")
        self._payload.setPlainText("")
        self._history.setText("")
        self._history.setToolTip("")
        self._history.hide()

    def _show_reactions(
        self, chat: ChatDetail, message: Message | None, prepared: PreparedChat | None
    ) -> None:
        reactions = message.reactions if message is not None else None
        if prepared is not None:
            self._reactions_model.set_rows(prepared.reaction_rows)
        else:
            self._reactions_model.set_reactions(chat, reactions)
        count = self._reactions_model.rowCount()
        self._reactions_box.setTitle(
            tr("LastMessagePanel", "Reactions ({count})").format(count=count)
            if count
            else tr("LastMessagePanel", "Reactions")
        )
        groups = (
            prepared.reaction_groups if prepared is not None else group_reactions(chat, reactions)
        )
        if not groups:
            self._summary.setText(tr("LastMessagePanel", "No reactions"))
            return
        parts = [f"{group.emoji} {group.count}" for group in groups[:SUMMARY_GROUPS]]
        if len(groups) > SUMMARY_GROUPS:
            parts.append(
                tr("LastMessagePanel", "+{count} more").format(count=len(groups) - SUMMARY_GROUPS)
            )
        self._summary.setText("   ".join(parts))

    @staticmethod
    def _history_text(message: Message) -> str:
        if not message.is_history:
            return ""
        parts = [tr("LastMessagePanel", "History import")]
        phase = message.history_phase
        if phase is not None:
            meaning = _history_phases().get(phase)
            parts.append(
                tr("LastMessagePanel", "phase {phase} ({meaning})").format(
                    phase=phase, meaning=meaning
                )
                if meaning
                else tr("LastMessagePanel", "phase {phase}").format(phase=phase)
            )
        if message.history_progress is not None:
            parts.append(f"{message.history_progress} %")
        return " · ".join(parts)

    @staticmethod
    def _media_text(message: Message) -> str:
        parts: list[str] = []
        if message.is_media_placeholder:
            parts.append(tr("LastMessagePanel", "Media not available yet"))
        media = message.media
        if media is not None:
            name = media.file_name or ""
            if media.mime_type:
                name = f"{name} ({media.mime_type})" if name else media.mime_type
            if name:
                parts.append(name)
        return " · ".join(parts)

    @staticmethod
    def _call_text(message: Message) -> str:
        call = message.call
        if call is None:
            return ""
        parts = [part for part in (call.status, call.direction) if part]
        if call.duration_ms is not None:
            parts.append(_call_length(call.duration_ms))
        if call.started_at is not None:
            parts.append(
                tr("LastMessagePanel", "started {time}").format(time=local_time(call.started_at))
            )
        if call.has_recording or call.recording_available:
            parts.append(tr("LastMessagePanel", "recording available"))
        return " · ".join(parts) or tr("LastMessagePanel", "call (no details)")

    @staticmethod
    def _quoted_text(message: Message) -> str:
        quoted = message.quoted_message
        if quoted is None:
            return ""
        body = quoted.body_text or tr("LastMessagePanel", "(no text)")
        meta = [
            part
            for part in (label_of(quoted.origin, ORIGIN_LABELS), local_time(quoted.sent_at))
            if part
        ]
        return f"{body}\n({' · '.join(meta)})" if meta else body

    @Slot(bool)
    def _on_payload_toggle_toggled(self, checked: bool) -> None:
        self._payload.setVisible(checked)
        self._payload_toggle.setArrowType(
            Qt.ArrowType.DownArrow if checked else Qt.ArrowType.RightArrow
        )
