"""The "Last message & reactions" tab: the chat's last message in detail, then who reacted.

Reactions can number in the thousands (a broadcast), so they live in a model/view table
(:class:`~wegly_viewer.ui.models.reactions_model.ReactionsTableModel`) with fixed row heights;
the summary strip above it shows the most frequent emoji with their counts.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontDatabase, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QSplitterHandle,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wegly_viewer.core.chat_facts import (
    CallFacts,
    Direction,
    HistoryFacts,
    MediaFacts,
    MessageFacts,
    QuotedFacts,
    build_chat_facts,
)
from wegly_viewer.core.clock import Clock
from wegly_viewer.core.formatting import (
    format_datetime,
    format_number,
    format_seconds,
    local_time,
    relative_time,
)
from wegly_viewer.core.models import (
    ACTOR_LABELS,
    MESSAGE_STATUS_LABELS,
    MESSAGE_TYPE_LABELS,
    ORIGIN_LABELS,
    ChatDetail,
    label_of,
)
from wegly_viewer.ui.models.reactions_model import (
    ReactionRow,
    ReactionsSortProxy,
    ReactionsTableModel,
    build_reaction_rows,
)
from wegly_viewer.ui.panels.base import (
    EMPTY,
    ChatPanel,
    FormSection,
    plain_label,
    scrolling,
    tr,
    vbox,
)
from wegly_viewer.ui.text import LONG_TEXT_LIMIT, bounded
from wegly_viewer.ui.widgets.badge import Badge

SUMMARY_GROUPS: Final = 15
"""Emoji groups shown in the summary strip before "+N more"."""

FILTER_DELAY_MS: Final = 150
"""Pause after the last keystroke in the name filter before filtering (10,000 rows: ~30 ms)."""

if TYPE_CHECKING:
    from wegly_viewer.ui.prepared import PreparedChat


def _history_phases() -> dict[int, str]:
    """What each ``history_phase`` covers (days before the number was connected to Wegly)."""
    return {
        0: tr("LastMessagePanel", "last day before connecting"),
        1: tr("LastMessagePanel", "1 to 90 days before connecting"),
        2: tr("LastMessagePanel", "90 to 180 days before connecting"),
    }


def _spoken_group(emoji: str, count: int) -> str:
    """An emoji group as a screen reader says it: ``👍 12 vezes``."""
    return tr("LastMessagePanel", "{emoji} %Ln time(s)", None, count).format(emoji=emoji)


def call_direction_label(direction: str) -> str:
    """``Chamada recebida`` / ``Chamada feita``; an unknown direction is shown raw beside it."""
    known = {
        "INBOUND": tr("LastMessagePanel", "Incoming call"),
        "OUTBOUND": tr("LastMessagePanel", "Outgoing call"),
    }
    text = known.get(direction.strip().upper())
    if text is not None:
        return text
    if direction:
        return tr("LastMessagePanel", "Call ({direction})").format(direction=direction)
    return tr("LastMessagePanel", "Call")


class _GripHandle(QSplitterHandle):
    """A splitter handle with a visible grip: a short rounded bar in the middle."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Mid))
        rect = self.rect()
        if self.orientation() == Qt.Orientation.Vertical:
            grip = QRect(0, 0, 48, 4)
        else:
            grip = QRect(0, 0, 4, 48)
        grip.moveCenter(rect.center())
        painter.drawRoundedRect(grip, 2, 2)
        painter.end()


class _GripSplitter(QSplitter):
    def createHandle(self) -> QSplitterHandle:
        handle = _GripHandle(self.orientation(), self)
        handle.setCursor(
            Qt.CursorShape.SplitVCursor
            if self.orientation() == Qt.Orientation.Vertical
            else Qt.CursorShape.SplitHCursor
        )
        return handle


class LastMessagePanel(ChatPanel):
    """The last message (direction, sender, status, body, media, call, quote, raw payload) and
    its reactions (summary strip and a sortable table).

    Object names:
        ``last_message_stack`` (pages ``last_message_empty`` (no message yet) and
        ``last_message_details``), ``last_message_history`` (history-import badge),
        value labels ``last_message_<key>`` for the keys ``direction``, ``sender``, ``status``,
        ``type``, ``sent_via``, ``time``, ``media``, ``call``, ``quoted``;
        ``last_message_body`` (read-only plain text), ``last_message_payload_toggle`` and
        ``last_message_payload`` (the ``content_payload`` JSON as "technical details", hidden
        until toggled),
        ``reactions_group``, ``reactions_summary`` (the strip's words, shown only when there
        are no reactions), ``reactions_chips`` (one checkable ``reaction_chip_<n>`` per emoji,
        ``reaction_chip_all`` first: a click filters the table), ``reactions_more`` ("+5 more"),
        ``reactions_filter`` (the name filter), ``reactions_shown`` ("12 of 10,000 shown"),
        ``reactions_table`` (newest first until a header is clicked), ``last_message_splitter``.

    Signals:
        copied(str): a value was copied with Ctrl+C; the text is a status message.
    """

    copied = Signal(str)

    def __init__(
        self, clock: Clock, parent: QWidget | None = None, *, staged: bool = False
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._rest_built = False
        self._reactions_model = ReactionsTableModel(self)
        self._reactions_proxy = ReactionsSortProxy(self)
        self._reactions_proxy.setSourceModel(self._reactions_model)

        # --- the message -----------------------------------------------------------------
        self._stack = QStackedWidget()
        self._stack.setObjectName("last_message_stack")
        self._empty = plain_label(tr("LastMessagePanel", "This chat has no messages yet"))
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
            ("sender", tr("LastMessagePanel", "From:")),
            ("status", tr("LastMessagePanel", "Status:")),
            ("type", tr("LastMessagePanel", "Kind:")),
            ("sent_via", tr("LastMessagePanel", "Sent by:")),
            ("time", tr("LastMessagePanel", "Time:")),
            ("media", tr("LastMessagePanel", "Media:")),
            ("call", tr("LastMessagePanel", "Call:")),
            ("quoted", tr("LastMessagePanel", "Reply to:")),
        ):
            value = self._fields.add_row(key, caption)
            value.setObjectName(f"last_message_{key}")
            # The form only widens Expanding fields; a Preferred word-wrapped label would wrap
            # short values at a quarter of 80 characters and clip the second line.
            value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._fields.copied.connect(self.copied)

        body_box = QGroupBox(tr("LastMessagePanel", "Text"))
        body_layout = QVBoxLayout(body_box)
        self._body = QPlainTextEdit()
        self._body.setObjectName("last_message_body")
        self._body.setAccessibleName(tr("LastMessagePanel", "Text of the last message"))
        self._body.setReadOnly(True)
        self._body.setPlaceholderText(tr("LastMessagePanel", "(no text)"))
        self._body.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        line = self._body.fontMetrics().lineSpacing()
        self._body.setMinimumHeight(line * 3 + 12)
        self._body.setMaximumHeight(line * 6 + 12)
        body_layout.addWidget(self._body)
        # The text first: on a small screen (1366×768 at 150 %) it must not be scrolled away
        # below the six lines of who, when and how.
        details_layout.addWidget(body_box)
        details_layout.addWidget(self._fields)

        self._payload_toggle = QToolButton()
        self._payload_toggle.setObjectName("last_message_payload_toggle")
        self._payload_toggle.setText(tr("LastMessagePanel", "Technical details (JSON)"))
        self._payload_toggle.setToolTip(
            tr("LastMessagePanel", "The message's content exactly as Wegly sent it")
        )
        self._payload_toggle.setCheckable(True)
        self._payload_toggle.setAutoRaise(True)
        self._payload_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self._payload_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._payload_toggle.toggled.connect(self._on_payload_toggle_toggled)
        self._payload = QPlainTextEdit()
        self._payload.setObjectName("last_message_payload")
        self._payload.setReadOnly(True)
        self._payload.setAccessibleName(tr("LastMessagePanel", "Technical details (JSON)"))
        self._payload.setPlaceholderText(tr("LastMessagePanel", "(no technical details)"))
        self._payload.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._payload.setMaximumHeight(line * 14 + 12)
        self._payload.hide()
        details_layout.addWidget(self._payload_toggle)
        details_layout.addWidget(self._payload)
        details_layout.addStretch(1)
        self._stack.addWidget(details)
        self._details = details

        splitter = _GripSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("last_message_splitter")
        splitter.setChildrenCollapsible(False)
        # A handle people can see and grab (the default is a 1-pixel line on most styles).
        splitter.setHandleWidth(10)
        splitter.addWidget(scrolling(self._stack))
        self._splitter = splitter
        outer = vbox(self, margins=0)
        outer.addWidget(splitter)
        if not staged:
            self.build_rest()

    # --- building --------------------------------------------------------------------------

    @property
    def rest_built(self) -> bool:
        """Whether :meth:`build_rest` ran (a ``staged`` panel is built in two event-loop
        turns: the message first, the reactions in the next)."""
        return self._rest_built

    def build_rest(self) -> None:
        """The reactions: strip, chips, filter and table (idempotent). Every method that shows
        or reads them calls it first: a chat that comes before it ran is shown whole."""
        if self._rest_built:
            return
        self._rest_built = True
        # --- the reactions ---------------------------------------------------------------
        self._reactions_box = QGroupBox(tr("LastMessagePanel", "Reactions"))
        self._reactions_box.setObjectName("reactions_group")
        reactions_layout = QVBoxLayout(self._reactions_box)
        self._summary = plain_label(EMPTY, object_name="reactions_summary")
        self._summary.setAccessibleDescription(tr("LastMessagePanel", "Reactions by emoji"))
        summary_font = self._summary.font()
        summary_font.setPointSizeF(max(summary_font.pointSizeF(), 9.0) * 1.25)
        self._summary.setFont(summary_font)
        reactions_layout.addWidget(self._summary)

        self._chips_row = QWidget()
        self._chips_row.setObjectName("reactions_chips")
        self._chips_layout = QHBoxLayout(self._chips_row)
        self._chips_layout.setContentsMargins(0, 0, 0, 0)
        self._chips_layout.setSpacing(4)
        # Rounded chips; the chosen one in the highlight colour (light and dark palettes).
        self._chips_row.setStyleSheet(
            "QToolButton { border: 1px solid palette(mid); border-radius: 10px;"
            " padding: 2px 10px; }"
            " QToolButton:hover { border-color: palette(highlight); }"
            " QToolButton:focus { border: 2px solid palette(highlight); }"
            " QToolButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-color: palette(highlight); }"
        )
        self._chips = QButtonGroup(self)
        self._chips.setExclusive(True)
        self._chips.buttonClicked.connect(self._on_chip_clicked)
        self._chip_emoji: dict[QAbstractButton, str | None] = {}
        self._more = plain_label("", wrap=False, object_name="reactions_more")
        reactions_layout.addWidget(self._chips_row)

        filter_row = QHBoxLayout()
        self._filter = QLineEdit()
        self._filter.setObjectName("reactions_filter")
        self._filter.setPlaceholderText(tr("LastMessagePanel", "Filter by name"))
        self._filter.setAccessibleName(tr("LastMessagePanel", "Filter the reactions by name"))
        self._filter.setClearButtonEnabled(True)
        self._filter.textChanged.connect(self._on_filter_text_changed)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self._shown = plain_label("", wrap=False, object_name="reactions_shown")
        filter_row.addWidget(self._filter, 1)
        filter_row.addWidget(self._shown)
        reactions_layout.addLayout(filter_row)

        self._table = QTableView()
        self._table.setObjectName("reactions_table")
        self._table.setAccessibleName(tr("LastMessagePanel", "Who reacted"))
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
        # Sized by the words of the language (headers and values grow in Portuguese), never by
        # measuring 10,000 rows.
        actors = [label_of(value, ACTOR_LABELS) for value in ("CONTACT", "AGENT", "BOT")]
        latest = format_datetime(datetime(2026, 12, 31, 12, 59))  # the widest date and time
        for column, texts in (
            (ReactionsTableModel.ACTOR, actors),
            (ReactionsTableModel.WHEN, [latest]),
        ):
            header = self._reactions_model.headerData(column, Qt.Orientation.Horizontal)
            widest = max(
                self._table.fontMetrics().horizontalAdvance(text)
                for text in (*texts, str(header or ""))
            )
            columns.resizeSection(column, widest + 32)  # cell padding and the sort arrow
        # Newest first until a header is clicked (equal times keep the API's order).
        columns.setSortIndicator(ReactionsTableModel.WHEN, Qt.SortOrder.DescendingOrder)
        self._table.setSortingEnabled(True)
        reactions_layout.addWidget(self._table, 1)

        splitter = self._splitter
        reactions_page = QWidget()
        page_layout = vbox(reactions_page)
        page_layout.setContentsMargins(12, 0, 12, 12)
        page_layout.addWidget(self._reactions_box)
        splitter.addWidget(reactions_page)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.clear()

    # --- public API ------------------------------------------------------------------------

    @property
    def reactions_model(self) -> ReactionsTableModel:
        """The source model of the reactions table (rows in the API's order unless sorted)."""
        return self._reactions_model

    @property
    def reactions_view(self) -> QTableView:
        """The reactions table (its model is a :class:`ReactionsSortProxy`)."""
        self.build_rest()
        return self._table

    def show_chat(self, chat: ChatDetail, prepared: PreparedChat | None = None) -> None:
        """Show ``chat``; ``prepared`` carries its facts and rows already built on the worker."""
        if prepared is not None:
            self.show_facts(prepared.facts.last_message, prepared.reaction_rows)
        else:
            self.show_facts(build_chat_facts(chat).last_message)

    def show_facts(
        self, message: MessageFacts | None, reaction_rows: list[ReactionRow] | None = None
    ) -> None:
        """Show the last message's facts; ``reaction_rows`` may come ready-made from the worker."""
        self.build_rest()
        if message is None:
            self._reset_message()
            self._stack.setCurrentWidget(self._empty)
            self._show_reactions(None, [])
            return
        self._stack.setCurrentWidget(self._details)
        now = self._clock.now()

        if message.direction is Direction.OUTGOING:
            direction = tr("LastMessagePanel", "Sent")
        elif message.direction is Direction.INCOMING:
            direction = tr("LastMessagePanel", "Received")
        else:
            direction = label_of(message.origin or None, ORIGIN_LABELS)
        self._fields.set_value("direction", direction)
        self._fields.set_value("sender", message.sender)
        self._fields.set_value("status", label_of(message.status or None, MESSAGE_STATUS_LABELS))
        self._fields.set_value("type", label_of(message.type.strip() or None, MESSAGE_TYPE_LABELS))
        self._fields.set_value("sent_via", label_of(message.sent_via or None, ACTOR_LABELS))

        when = message.sent_at
        if when is not None:
            time_text = f"{local_time(when)} ({relative_time(when, now)})"
        else:
            time_text = message.meta_timestamp  # unreadable: show what was sent
        self._fields.set_value("time", time_text)
        self._fields.set_value("media", self._media_text(message.media))
        self._fields.set_value("call", self._call_text(message.call))
        self._fields.set_value("quoted", self._quoted_text(message.quoted))

        self._body.setPlainText(message.body)
        history = self._history_text(message.history)
        self._history.setText(history)
        chunk = message.history.chunk_order if message.history is not None else None
        self._history.setToolTip(
            tr("LastMessagePanel", "Part {order} of the import").format(order=format_number(chunk))
            if chunk is not None
            else ""
        )
        self._history.setVisible(bool(history))
        if message.content_payload is not None:
            payload = json.dumps(message.content_payload, ensure_ascii=False, indent=2, default=str)
            self._payload.setPlainText(bounded(payload, LONG_TEXT_LIMIT))
        else:
            self._payload.setPlainText("")
        self._show_reactions(
            message,
            reaction_rows if reaction_rows is not None else build_reaction_rows(message.reactions),
        )

    def clear(self) -> None:
        self.build_rest()
        self._reset_message()
        self._stack.setCurrentWidget(self._details)
        self._filter_timer.stop()
        self._filter.blockSignals(True)
        self._filter.clear()
        self._filter.blockSignals(False)
        self._reactions_proxy.set_filter(None, "")
        self._reactions_model.clear()
        self._clear_chips()
        self._chips_row.hide()
        self._filter.hide()
        self._shown.setText("")
        self._summary.setText(EMPTY)
        self._summary.show()
        self._reactions_box.setTitle(tr("LastMessagePanel", "Reactions"))

    # --- internals -------------------------------------------------------------------------

    def _reset_message(self) -> None:
        self._fields.clear_values()
        self._body.setPlainText("")
        self._payload.setPlainText("")
        self._history.setText("")
        self._history.setToolTip("")
        self._history.hide()

    @property
    def reactions_proxy(self) -> ReactionsSortProxy:
        """The table's model: sorts through the source and filters by emoji and name."""
        return self._reactions_proxy

    def chips(self) -> list[QAbstractButton]:
        """The emoji chips, "All" first (for tests and keyboard users: Tab reaches each)."""
        self.build_rest()
        return list(self._chip_emoji)

    def set_name_filter(self, text: str) -> None:
        """Filter the reactions by reactor name at once (typing waits for a pause)."""
        self.build_rest()
        self._filter.setText(text)
        self._apply_filter()

    def _clear_chips(self) -> None:
        for button in list(self._chip_emoji):
            self._chips.removeButton(button)
            self._chips_layout.removeWidget(button)
            button.deleteLater()
        self._chip_emoji.clear()
        self._chips_layout.removeWidget(self._more)
        while self._chips_layout.count():
            self._chips_layout.takeAt(0)

    def _add_chip(self, text: str, spoken: str, emoji: str | None, name: str) -> None:
        chip = QToolButton(self._chips_row)
        chip.setObjectName(name)
        chip.setText(text)
        chip.setCheckable(True)
        chip.setAutoRaise(False)
        chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        chip.setAccessibleName(spoken)
        chip.setToolTip(
            tr("LastMessagePanel", "Show only these reactions")
            if emoji is not None
            else tr("LastMessagePanel", "Show every reaction")
        )
        self._chips.addButton(chip)
        self._chip_emoji[chip] = emoji
        self._chips_layout.addWidget(chip)

    def _show_reactions(self, message: MessageFacts | None, rows: list[ReactionRow]) -> None:
        self.build_rest()
        # A new chat starts unfiltered (its emoji and names are not the last chat's).
        self._filter_timer.stop()
        self._filter.blockSignals(True)
        self._filter.clear()
        self._filter.blockSignals(False)
        self._reactions_proxy.set_filter(None, "")
        self._reactions_model.set_rows(rows)
        count = self._reactions_model.total()
        self._reactions_box.setTitle(
            tr("LastMessagePanel", "%Ln reaction(s)", None, count)
            if count
            else tr("LastMessagePanel", "Reactions")
        )
        self._clear_chips()
        groups = message.reaction_groups if message is not None else ()
        self._filter.setVisible(bool(groups))
        self._shown.setText("")
        if not groups:
            self._summary.setText(tr("LastMessagePanel", "No reactions"))
            self._summary.setAccessibleName(self._summary.text())
            self._summary.show()
            self._chips_row.hide()
            return
        shown = groups[:SUMMARY_GROUPS]
        parts = [f"{group.emoji} {format_number(group.count)}" for group in shown]
        spoken = [_spoken_group(group.emoji, group.count) for group in shown]
        self._add_chip(
            tr("LastMessagePanel", "All ({count})").format(count=format_number(count)),
            tr("LastMessagePanel", "Every reaction, %Ln in all", None, count),
            None,
            "reaction_chip_all",
        )
        for number, (group, words) in enumerate(zip(shown, spoken, strict=True), start=1):
            self._add_chip(
                f"{group.emoji} {format_number(group.count)}",
                words,
                group.emoji,
                f"reaction_chip_{number}",
            )
        self.chips()[0].setChecked(True)
        more = ""
        if len(groups) > SUMMARY_GROUPS:
            hidden = len(groups) - SUMMARY_GROUPS  # a plain name: lupdate skips expressions
            more = tr("LastMessagePanel", "+%Ln more", None, hidden)
            parts.append(more)
            spoken.append(more)
        self._more.setText(more)
        self._chips_layout.addWidget(self._more)
        self._more.setVisible(bool(more))
        self._chips_layout.addStretch(1)
        self._chips_row.show()
        # The strip's words stay on the label (what a screen reader reads for the strip).
        self._summary.setText("   ".join(parts))
        self._summary.setAccessibleName(", ".join(spoken))
        self._summary.hide()

    @Slot(QAbstractButton)
    def _on_chip_clicked(self, _chip: QAbstractButton) -> None:
        self._apply_filter()

    @Slot(str)
    def _on_filter_text_changed(self, _text: str) -> None:
        self._filter_timer.start()

    @Slot()
    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        checked = self._chips.checkedButton()
        emoji = self._chip_emoji.get(checked) if checked is not None else None
        self._reactions_proxy.set_filter(emoji, self._filter.text())
        total = self._reactions_model.total()
        if not self._reactions_proxy.filtering:
            self._shown.setText("")
            return
        visible = self._reactions_proxy.rowCount()
        if visible == 0:
            self._shown.setText(tr("LastMessagePanel", "No reaction matches this filter"))
        else:
            self._shown.setText(
                tr("LastMessagePanel", "{shown} of %Ln shown", None, total).format(
                    shown=format_number(visible)
                )
            )

    @staticmethod
    def _history_text(history: HistoryFacts | None) -> str:
        if history is None:
            return ""
        parts = [tr("LastMessagePanel", "Imported from WhatsApp history")]
        phase = history.phase
        if phase is not None:
            meaning = _history_phases().get(phase)
            parts.append(
                meaning
                or tr("LastMessagePanel", "phase {phase}").format(phase=format_number(phase))
            )
        if history.progress is not None:
            parts.append(
                tr("LastMessagePanel", "{percent} % imported").format(
                    percent=format_number(history.progress)
                )
            )
        return " · ".join(parts)

    @staticmethod
    def _media_text(media: MediaFacts | None) -> str:
        if media is None:
            return ""
        parts: list[str] = []
        if media.placeholder:
            parts.append(tr("LastMessagePanel", "Media not available yet"))
        name = media.file_name
        if media.mime_type:
            name = f"{name} ({media.mime_type})" if name else media.mime_type
        if name:
            parts.append(name)
        return " · ".join(parts)

    @staticmethod
    def _call_text(call: CallFacts | None) -> str:
        if call is None:
            return ""
        parts = [call_direction_label(call.direction)]
        # COMPLETED is the ordinary outcome (the only one seen); any other is shown as sent.
        if call.status and call.status.strip().upper() != "COMPLETED":
            parts.append(call.status)
        if call.duration is not None:
            parts.append(format_seconds(call.duration.total_seconds()))
        if call.started_at is not None:
            parts.append(
                tr("LastMessagePanel", "started {time}").format(time=local_time(call.started_at))
            )
        if call.has_recording:
            parts.append(tr("LastMessagePanel", "recording available"))
        return " · ".join(parts)

    @staticmethod
    def _quoted_text(quoted: QuotedFacts | None) -> str:
        if quoted is None:
            return ""
        body = quoted.body or tr("LastMessagePanel", "(no text)")
        meta = [
            part
            for part in (label_of(quoted.origin or None, ORIGIN_LABELS), local_time(quoted.sent_at))
            if part
        ]
        return f"{body}\n({' · '.join(meta)})" if meta else body

    @Slot(bool)
    def _on_payload_toggle_toggled(self, checked: bool) -> None:
        self._payload.setVisible(checked)
        self._payload_toggle.setArrowType(
            Qt.ArrowType.DownArrow if checked else Qt.ArrowType.RightArrow
        )
