"""The "Overview" tab: who the chat is with, its state, its agent and the 24-hour window."""

from __future__ import annotations

import zlib
from datetime import datetime, timedelta
from typing import Final

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from wegly_viewer.core.chat_facts import OverviewFacts, build_chat_facts
from wegly_viewer.core.clock import Clock
from wegly_viewer.core.formatting import (
    digits,
    format_phone,
    local_time,
    relative_time,
    window_text,
)
from wegly_viewer.core.models import ChatDetail, ChatStatus, Priority, label_of
from wegly_viewer.ui.avatars import AvatarCache
from wegly_viewer.ui.panels.base import (
    EMPTY,
    ChatPanel,
    FormSection,
    ValueLabel,
    plain_label,
    scrolling,
    set_plain,
    tr,
    vbox,
)
from wegly_viewer.ui.widgets.badge import Badge
from wegly_viewer.ui.widgets.copy import add_menu_action, copy_button, copy_text

WINDOW_REFRESH_MS: Final = 30_000
"""How often the 24-hour-window text is recomputed while a chat is shown."""

_CLOSING_SOON: Final = timedelta(hours=1)
_STATUS_VARIANTS: Final = {
    ChatStatus.OPEN: "good",
    ChatStatus.SNOOZED: "warn",
    ChatStatus.RESOLVED: "neutral",
}
_PRIORITY_VARIANTS: Final = {Priority.URGENTE: "bad", Priority.ALTA: "warn"}
# Fixed avatar colours, all dark enough for white initials on light and dark palettes.
_AVATAR_COLOURS: Final = ("#1a62b8", "#1e7e34", "#8e24aa", "#c2185b", "#00796b", "#5d4037")
_AVATAR_SIZE: Final = 30


def _initials(name: str) -> str:
    words = [word for word in name.split() if word[:1].isalnum()]
    if not words:
        return ""
    if len(words) == 1:
        return words[0][:1].upper()
    return (words[0][:1] + words[-1][:1]).upper()


def _time_text(when: datetime | None, now: datetime) -> str:
    """``25/11/2026 14:02 (há 5 min)``, or an empty string when unknown."""
    if when is None:
        return ""
    return f"{local_time(when)} ({relative_time(when, now)})"


def _sentence(text: str) -> str:
    """``aberta, fecha em 5 h`` as a value on its own: ``Aberta, fecha em 5 h``."""
    return text[:1].upper() + text[1:]


def unread_text(count: int | None, by_hand: bool) -> str:
    """``3 mensagens não lidas``, ``Nenhuma mensagem não lida``, with ``(marcado como não lido
    por um atendente)`` when someone marked the chat; empty when unknown."""
    if count is None:
        text = ""
    elif count <= 0:
        text = tr("OverviewPanel", "No unread messages")
    else:
        text = tr("OverviewPanel", "%Ln unread message(s)", None, count)
    if by_hand:
        manual = tr("OverviewPanel", "marked unread by an agent")
        text = (
            tr("OverviewPanel", "{count} ({marked})").format(count=text, marked=manual)
            if text
            else _sentence(manual)
        )
    return text


def _status_tooltip(status: object) -> str:
    """What the chat's status means for the agent, not just its name."""
    if status == ChatStatus.OPEN:
        return tr("OverviewPanel", "The chat is open: it is in the queue of chats being handled.")
    if status == ChatStatus.SNOOZED:
        return tr("OverviewPanel", "The chat was snoozed: an agent put it aside for later.")
    if status == ChatStatus.RESOLVED:
        return tr("OverviewPanel", "The chat was resolved: the conversation was closed.")
    return tr("OverviewPanel", "Chat status")


def _badge_captions() -> dict[str, str]:
    """What each badge is, for screen readers (which read it before the badge's word)."""
    return {
        "badge_status": tr("OverviewPanel", "Chat status"),
        "badge_chat_type": tr("OverviewPanel", "Chat type"),
        # The priority and window badges say what they are ("Priority: high", "Window open").
    }


def _set_badge(badge: Badge, text: str, variant: str) -> None:
    """The badge's word and what a screen reader says: ``Situação do chat: aberto``."""
    badge.set_badge(text, variant)
    caption = _badge_captions().get(badge.objectName(), "")
    if text == EMPTY:  # a screen reader would read the dash as "dash"
        text = tr("OverviewPanel", "not given")
    badge.setAccessibleName(
        tr("OverviewPanel", "{caption}: {value}").format(caption=caption, value=text)
        if caption
        else text
    )


class OverviewPanel(ChatPanel):
    """Identity, state, assignment, WhatsApp line, times and the 24-hour service window.

    The window text is recomputed every 30 s while a chat is shown and the panel is visible
    (:meth:`refresh_window` does it on demand, e.g. after moving a test's fixed clock).

    Object names:
        ``overview_contact_name`` (large name), ``overview_subtitle`` (profile name / number),
        ``badge_status``, ``badge_chat_type``, ``badge_priority``, ``badge_window``;
        value labels ``overview_<key>`` for the keys ``profile_name``, ``contact_number``,
        ``wa_contact_id``, ``chat_id``, ``unread``, ``archived``, ``agent``,
        ``line_display``, ``line_raw``, ``line_id``, ``window``, ``window_expires``,
        ``window_basis``, ``last_customer_msg``, ``created``, ``updated``, ``last_message``;
        ``overview_agent_avatar`` (photo, or initials until it loads), ``overview_window_timer`` (the QTimer);
        copy buttons ``overview_copy_chat_id`` and ``overview_copy_number`` (its menu: digits
        only). Every value is reachable with Tab and copied with Ctrl+C.

    Signals:
        copied(str): a short status message ("Chat ID copied"), never the copied value.
    """

    copied = Signal(str)

    def __init__(
        self,
        clock: Clock,
        avatars: AvatarCache | None = None,
        parent: QWidget | None = None,
        *,
        staged: bool = False,
    ) -> None:
        super().__init__(parent)
        self._rest_built = False
        self._clock = clock
        self._facts: OverviewFacts | None = None
        self._avatars = avatars
        self._avatar_url = ""
        self._avatar_name = ""
        if avatars is not None:
            avatars.avatar_ready.connect(self._on_avatars_avatar_ready)
        self._timer = QTimer(self)
        self._timer.setObjectName("overview_window_timer")
        self._timer.setInterval(WINDOW_REFRESH_MS)
        self._timer.timeout.connect(self._on_window_timer_timeout)

        content = QWidget()
        layout = vbox(content)

        # Header: the name people use, then the state at a glance.
        self._name = ValueLabel(EMPTY)
        self._name.setObjectName("overview_contact_name")
        self._name.setWordWrap(True)
        self._name.copied.connect(self.copied)
        font = QFont(self._name.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.6)
        font.setBold(True)
        self._name.setFont(font)
        layout.addWidget(self._name)
        self._subtitle = plain_label("", object_name="overview_subtitle")
        layout.addWidget(self._subtitle)

        badges = QHBoxLayout()
        badges.setSpacing(6)
        self._status_badge = Badge(EMPTY)
        self._status_badge.setObjectName("badge_status")
        self._status_badge.setToolTip(tr("OverviewPanel", "Chat status"))
        self._type_badge = Badge(EMPTY)
        self._type_badge.setObjectName("badge_chat_type")
        self._type_badge.setToolTip(
            tr("OverviewPanel", "Whether the chat is with one person or with a WhatsApp group")
        )
        self._priority_badge = Badge(EMPTY)
        self._priority_badge.setObjectName("badge_priority")
        self._priority_badge.setToolTip(
            tr("OverviewPanel", "The priority given to this chat in Wegly's queue")
        )
        self._window_badge = Badge(EMPTY)
        self._window_badge.setObjectName("badge_window")
        self._window_badge.setToolTip(
            tr(
                "OverviewPanel",
                "While the 24-hour window is open, agents can send any message; once it has "
                "closed, only approved templates.",
            )
        )
        self._archived_badge = Badge(EMPTY)
        self._archived_badge.setObjectName("badge_archived")
        self._archived_badge.hide()
        for badge in (
            self._status_badge,
            self._type_badge,
            self._priority_badge,
            self._window_badge,
            self._archived_badge,
        ):
            badges.addWidget(badge)
        badges.addStretch(1)
        layout.addLayout(badges)

        # The window decides what an agent may send, so it gets the full width.
        self._window = FormSection(tr("OverviewPanel", "24-hour window"))
        self._add_row(self._window, "window", tr("OverviewPanel", "Now:"))
        self._add_row(self._window, "window_expires", tr("OverviewPanel", "Window ends:"))
        self._add_row(self._window, "window_basis", tr("OverviewPanel", "Based on:"))
        self._add_row(
            self._window,
            "last_customer_msg",
            tr("OverviewPanel", "Customer's last message:"),
        )
        layout.addWidget(self._window)
        self._layout = layout
        outer = vbox(self, margins=0)
        outer.addWidget(scrolling(content, self))
        if not staged:
            self.build_rest()

    # --- building --------------------------------------------------------------------------

    @property
    def rest_built(self) -> bool:
        """Whether :meth:`build_rest` ran (a ``staged`` panel is built in two event-loop
        turns: the header, badges and window first, the other groups in the next)."""
        return self._rest_built

    def build_rest(self) -> None:
        """The customer, chat, agent, line and dates groups (idempotent). Every method that
        shows or reads a value calls it first: a chat that comes before it ran is shown whole."""
        if self._rest_built:
            return
        self._rest_built = True
        layout = self._layout
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self._contact = FormSection(tr("OverviewPanel", "Customer"))
        self._add_row(self._contact, "profile_name", tr("OverviewPanel", "WhatsApp name:"))
        self._copy_number = copy_button(
            tr("OverviewPanel", "Copy the customer's number"),
            self.copy_number,
            "overview_copy_number",
        )
        self._copy_digits = add_menu_action(
            self._copy_number, tr("OverviewPanel", "Copy digits only"), self.copy_number_digits
        )
        self._add_row(
            self._contact, "contact_number", tr("OverviewPanel", "Number:"), self._copy_number
        )
        self._add_row(self._contact, "wa_contact_id", tr("OverviewPanel", "WhatsApp ID:"))
        self._copy_chat_id = copy_button(
            tr("OverviewPanel", "Copy the chat ID"), self.copy_chat_id, "overview_copy_chat_id"
        )
        self._add_row(self._contact, "chat_id", tr("OverviewPanel", "Chat ID:"), self._copy_chat_id)
        grid.addWidget(self._contact, 0, 0)

        self._state = FormSection(tr("OverviewPanel", "Chat"))
        self._add_row(self._state, "unread", tr("OverviewPanel", "Messages:"))
        self._add_row(self._state, "archived", tr("OverviewPanel", "Archived:"))
        grid.addWidget(self._state, 1, 0)

        self._assignment = QGroupBox(tr("OverviewPanel", "Assigned agent"))
        agent_layout = QHBoxLayout(self._assignment)
        self._avatar = QLabel()
        self._avatar.setObjectName("overview_agent_avatar")
        self._avatar.setTextFormat(Qt.TextFormat.PlainText)
        self._avatar.setFixedSize(_AVATAR_SIZE, _AVATAR_SIZE)
        self._avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._avatar.setAccessibleName(tr("OverviewPanel", "Photo of the assigned agent"))
        self._avatar.hide()
        agent_layout.addWidget(self._avatar)
        self._agent = ValueLabel(EMPTY)
        self._agent.setObjectName("overview_agent")
        self._agent.setWordWrap(True)
        self._agent.copied.connect(self.copied)
        agent_layout.addWidget(self._agent, 1)
        grid.addWidget(self._assignment, 0, 1)

        self._line = FormSection(tr("OverviewPanel", "WhatsApp line"))
        self._add_row(self._line, "line_display", tr("OverviewPanel", "Number:"))
        self._add_row(self._line, "line_raw", tr("OverviewPanel", "Number as sent:"))
        self._add_row(self._line, "line_id", tr("OverviewPanel", "Line ID:"))
        grid.addWidget(self._line, 1, 1)

        self._times = FormSection(tr("OverviewPanel", "Dates"))
        self._add_row(self._times, "created", tr("OverviewPanel", "Created:"))
        self._add_row(self._times, "updated", tr("OverviewPanel", "Changed:"))
        self._add_row(self._times, "last_message", tr("OverviewPanel", "Last message:"))
        grid.addWidget(self._times, 2, 0, 1, 2)

        layout.addLayout(grid)
        layout.addStretch(1)
        for section in (self._window, self._contact, self._state, self._line, self._times):
            section.copied.connect(self.copied)
        self.clear()

    # --- building helpers ------------------------------------------------------------------

    def _add_row(
        self, section: FormSection, key: str, caption: str, *buttons: QToolButton
    ) -> QLabel:
        label = section.add_row(key, caption, *buttons)
        label.setObjectName(f"overview_{key}")
        # The form only widens Expanding fields; a Preferred word-wrapped label would wrap
        # short values at a quarter of 80 characters and clip the second line.
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        return label

    # --- public API ------------------------------------------------------------------------

    @property
    def window_timer(self) -> QTimer:
        """The timer that refreshes the window text (active while a chat is shown)."""
        return self._timer

    def show_chat(self, chat: ChatDetail) -> None:
        """Show ``chat`` (its facts worked out here; see :meth:`show_facts`)."""
        self.show_facts(build_chat_facts(chat).overview)

    def show_facts(self, facts: OverviewFacts) -> None:
        """Show a chat's overview facts (built on the lookup worker)."""
        self.build_rest()
        self._facts = facts
        title = facts.contact_name or facts.display_name
        set_plain(self._name, title)
        subtitle = [
            part
            for part in (facts.profile_name, format_phone(facts.contact_number))
            if part and part != title
        ]
        self._subtitle.setText("  ·  ".join(subtitle))
        self._subtitle.setVisible(bool(subtitle))

        status = label_of(facts.status)
        known = facts.status if isinstance(facts.status, ChatStatus) else None
        _set_badge(
            self._status_badge,
            # "Chat aberto" next to "Janela de 24 h encerrada": the chat and the window differ.
            tr("OverviewPanel", "Chat {status}").format(status=status)
            if known is not None and status
            else status or EMPTY,
            _STATUS_VARIANTS.get(known, "neutral") if known is not None else "neutral",
        )
        self._status_badge.setToolTip(_status_tooltip(facts.status))
        chat_type = label_of(facts.chat_type)
        _set_badge(self._type_badge, chat_type or EMPTY, "info" if chat_type else "neutral")
        priority = label_of(facts.priority)
        _set_badge(
            self._priority_badge,
            tr("OverviewPanel", "Priority: {priority}").format(priority=priority or EMPTY),
            _PRIORITY_VARIANTS.get(facts.priority, "neutral")
            if isinstance(facts.priority, Priority)
            else "neutral",
        )

        self._contact.set_value("profile_name", facts.profile_name)
        self._contact.set_value("contact_number", format_phone(facts.contact_number))
        self._contact.set_value("wa_contact_id", facts.wa_contact_id)
        self._contact.set_value("chat_id", facts.chat_id)

        self._state.set_value("unread", unread_text(facts.unread_count, facts.manually_unread))
        _set_badge(self._archived_badge, tr("OverviewPanel", "Archived"), "neutral")
        self._archived_badge.setVisible(facts.archived_at is not None)

        agent = facts.assigned
        # An id beats "nobody": the chat is assigned even when the payload has no name.
        set_plain(self._agent, agent.label if agent else tr("OverviewPanel", "Nobody assigned"))
        self._avatar_url = agent.avatar_url if agent else ""
        self._set_avatar(agent.name if agent else "")

        self._line.set_value("line_display", facts.line_display)
        self._line.set_value("line_raw", facts.line_raw)
        self._line.set_value("line_id", facts.line_id)

        self._copy_number.setEnabled(bool(facts.contact_number))
        self._copy_chat_id.setEnabled(bool(facts.chat_id))
        self.refresh_window()
        self._timer.start()

    @Slot()
    def copy_chat_id(self) -> None:
        """Copy the whole chat ID."""
        if self._facts is not None and self._facts.chat_id:
            copy_text(self._facts.chat_id)
            self.copied.emit(tr("OverviewPanel", "Chat ID copied"))

    @Slot()
    def copy_number(self) -> None:
        """Copy the customer's number as shown (``+55 11 98765-4321``)."""
        if self._facts is not None and self._facts.contact_number:
            copy_text(format_phone(self._facts.contact_number))
            self.copied.emit(tr("OverviewPanel", "Phone number copied"))

    @Slot()
    def copy_number_digits(self) -> None:
        """Copy the customer's number as digits only (``5511987654321``)."""
        if self._facts is not None and digits(self._facts.contact_number):
            copy_text(digits(self._facts.contact_number))
            self.copied.emit(tr("OverviewPanel", "Phone number copied (digits only)"))

    def clear(self) -> None:
        self.build_rest()
        self._facts = None
        self._copy_number.setEnabled(False)
        self._copy_chat_id.setEnabled(False)
        self._timer.stop()
        self._name.setText(EMPTY)
        self._subtitle.setText("")
        self._subtitle.hide()
        for badge in (
            self._status_badge,
            self._type_badge,
            self._priority_badge,
            self._window_badge,
        ):
            _set_badge(badge, EMPTY, "neutral")
        _set_badge(self._archived_badge, EMPTY, "neutral")
        self._archived_badge.hide()
        self._status_badge.setToolTip(tr("OverviewPanel", "Chat status"))
        for section in (self._window, self._contact, self._state, self._line, self._times):
            section.clear_values()
        self._agent.setText(EMPTY)
        self._avatar_url = ""
        self._set_avatar("")

    def refresh_window(self) -> None:
        """Recompute the 24-hour window and every relative time at the clock's current time."""
        self.build_rest()
        facts = self._facts
        if facts is None:
            return
        now = self._clock.now()
        window = facts.window.at(now)
        # The same words as wegly-lookup: "Aberta, fecha em 2 h 10 min".
        self._window.set_value("window", _sentence(window_text(window)))
        if window is None:
            self._window.set_value("window_expires", "")
            self._window.set_value("window_basis", "")
            _set_badge(self._window_badge, tr("OverviewPanel", "Window unknown"), "neutral")
        elif window.is_open:
            self._window.set_value("window_expires", _time_text(window.expires_at, now))
            soon = window.remaining <= _CLOSING_SOON
            _set_badge(
                self._window_badge,
                tr("OverviewPanel", "Window closing soon")
                if soon
                else tr("OverviewPanel", "Window open"),
                "warn" if soon else "good",
            )
        else:
            self._window.set_value("window_expires", _time_text(window.expires_at, now))
            _set_badge(self._window_badge, tr("OverviewPanel", "Window closed"), "bad")
        if window is not None:
            self._window.set_value(
                "window_basis",
                tr("OverviewPanel", "the customer's last message + 24 h (Wegly sent no end time)")
                if window.derived
                else tr("OverviewPanel", "the end time sent by Wegly"),
            )
        self._window.set_value(
            "last_customer_msg", _time_text(facts.window.last_customer_msg_at, now)
        )

        if facts.archived_at is not None:
            self._archived_badge.setToolTip(
                tr(
                    "OverviewPanel",
                    "This chat was archived in Wegly on {time}: it is out of the list of "
                    "chats being handled.",
                ).format(time=local_time(facts.archived_at))
            )
            self._state.set_value(
                "archived",
                tr("OverviewPanel", "Yes, on {time}").format(
                    time=_time_text(facts.archived_at, now)
                ),
            )
        else:
            self._state.set_value("archived", tr("OverviewPanel", "No"))
        self._times.set_value("created", _time_text(facts.created_at, now))
        self._times.set_value("updated", _time_text(facts.updated_at, now))
        self._times.set_value("last_message", _time_text(facts.last_activity_at, now))

    # --- internals -------------------------------------------------------------------------

    def _set_avatar(self, name: str) -> None:
        self.build_rest()
        self._avatar_name = name
        initials = _initials(name)
        if not initials:
            self._avatar.hide()
            self._avatar.clear()
            return
        if self._avatars is not None:
            # The photo when loaded (fetched lazily on the worker pool), initials until then.
            self._avatar.setStyleSheet("")
            self._avatar.setPixmap(self._avatars.pixmap(self._avatar_url, name, _AVATAR_SIZE))
            self._avatar.show()
            return
        colour = _AVATAR_COLOURS[zlib.crc32(name.encode()) % len(_AVATAR_COLOURS)]
        self._avatar.setStyleSheet(
            f"background-color: {colour}; color: #ffffff; font-weight: 600;"
            f" border-radius: {_AVATAR_SIZE // 2}px;"
        )
        self._avatar.setText(initials)
        self._avatar.show()

    @Slot(str)
    def _on_avatars_avatar_ready(self, url: str) -> None:
        if url and url == self._avatar_url:
            self._set_avatar(self._avatar_name)

    @Slot()
    def _on_window_timer_timeout(self) -> None:
        self.refresh_window()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._facts is not None and not self._timer.isActive():
            self.refresh_window()
            self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()
