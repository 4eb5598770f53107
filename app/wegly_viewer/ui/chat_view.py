"""The tabs that show one chat. Imported after the window is on screen (it pulls pydantic).

Every tab is one row of :data:`TABS`: adding a tab is adding a row (its Alt+N shortcut, its place
in the tab bar, filling, clearing and the ``copied`` hookup all follow from the row).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

from wegly_viewer.core.clock import Clock
from wegly_viewer.core.language import tr_noop
from wegly_viewer.core.models import ChatDetail
from wegly_viewer.lookup_summary import summary_lines
from wegly_viewer.ui.avatars import AvatarCache
from wegly_viewer.ui.dialogs.shortcuts_dialog import action_words
from wegly_viewer.ui.models.document_reveal import DocumentReveal
from wegly_viewer.ui.panels.agents import AgentsPanel
from wegly_viewer.ui.panels.crm import CrmPanel
from wegly_viewer.ui.panels.last_message import LastMessagePanel
from wegly_viewer.ui.panels.lead_sources import LeadSourcesPanel
from wegly_viewer.ui.panels.overview import OverviewPanel
from wegly_viewer.ui.panels.raw_json import RawJsonPanel
from wegly_viewer.ui.prepared import PreparedChat
from wegly_viewer.ui.text import tr

PanelT = TypeVar("PanelT", bound=QWidget)


@dataclass(frozen=True)
class Tab(Generic[PanelT]):
    """One tab of the chat view.

    Attributes:
        object_name: the panel's Qt object name (tests and :meth:`ChatView.panel` find it by it).
        title: the tab title with its mnemonic (``&``), translated when the view is built.
        make: builds the panel from the clock and the avatar cache (None: no avatars).
        fill: shows a prepared chat on the panel.
        clear: empties the panel (no chat shown).
    """

    object_name: str
    title: str
    make: Callable[[Clock, AvatarCache | None], PanelT]
    fill: Callable[[PanelT, PreparedChat], None]
    clear: Callable[[PanelT], None]


def tab(
    object_name: str,
    title: str,
    *,
    make: Callable[[Clock, AvatarCache | None], PanelT],
    fill: Callable[[PanelT, PreparedChat], None],
    clear: Callable[[PanelT], None],
) -> Tab[Any]:
    """A row of :data:`TABS`; mypy checks that ``fill`` and ``clear`` take what ``make`` builds."""
    return Tab(object_name, title, make, fill, clear)


# In tab-bar order; the n-th row gets Alt+n. A panel with a ``copied`` signal is hooked up to
# ChatView.copied; a panel with ``use_reveal`` shares the view's "documents shown" state.
TABS: tuple[Tab[Any], ...] = (
    tab(
        "tab_overview",
        tr_noop("ChatView", "&Overview"),
        make=lambda clock, avatars: OverviewPanel(clock, avatars),
        fill=lambda panel, prepared: panel.show_facts(prepared.facts.overview),
        clear=OverviewPanel.clear,
    ),
    tab(
        "tab_last_message",
        tr_noop("ChatView", "&Last message && reactions"),
        make=lambda clock, _avatars: LastMessagePanel(clock),
        fill=lambda panel, prepared: panel.show_facts(
            prepared.facts.last_message, prepared.reaction_rows
        ),
        clear=LastMessagePanel.clear,
    ),
    tab(
        "tab_crm",
        tr_noop("ChatView", "CR&M"),
        make=lambda clock, _avatars: CrmPanel(clock),
        fill=lambda panel, prepared: panel.show_facts(prepared.facts.crm),
        clear=CrmPanel.clear,
    ),
    tab(
        "tab_agents",
        tr_noop("ChatView", "A&gents"),
        make=lambda _clock, avatars: AgentsPanel(avatars),
        fill=lambda panel, prepared: panel.show_facts(
            prepared.facts.agents, prepared.participant_rows, prepared.assignable_rows
        ),
        clear=AgentsPanel.clear,
    ),
    tab(
        "tab_lead_sources",
        tr_noop("ChatView", "Lead &sources"),
        make=lambda _clock, _avatars: LeadSourcesPanel(),
        fill=lambda panel, prepared: panel.show_chat(prepared.chat),
        clear=LeadSourcesPanel.clear,
    ),
    tab(
        "tab_raw_json",
        tr_noop("ChatView", "&Raw JSON"),
        make=lambda _clock, _avatars: RawJsonPanel(),
        fill=lambda panel, prepared: panel.show_raw(prepared.parsed.raw, prepared.document_masks),
        clear=RawJsonPanel.clear,
    ),
)


class ChatView(QTabWidget):
    """One tab per row of :data:`TABS`: Overview, Last message & reactions, CRM, Agents, ….

    Alt+1 … Alt+N jump to a tab (Ctrl+Tab / Ctrl+PgDown work as everywhere in Qt). Panels are
    found by their object name: ``view.panel("tab_overview")``.

    Signals:
        copied(str): a panel copied something; the text is a status message.
    """

    copied = Signal(str)

    def __init__(
        self, clock: Clock, avatars: AvatarCache | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chat_tabs")
        self.setAccessibleName(tr("ChatView", "Chat details"))
        self.setDocumentMode(True)
        self._tabs: list[tuple[Tab[Any], QWidget]] = []
        self._shortcuts: dict[str, QShortcut] = {}
        self._clock = clock
        # One "documents shown" state for every tab (CRM, raw JSON); a new chat hides them.
        self.reveal = DocumentReveal(self)
        for number, row in enumerate(TABS, start=1):
            panel = row.make(clock, avatars)
            panel.setObjectName(row.object_name)
            title = tr("ChatView", row.title)
            self.addTab(panel, title)
            self._tabs.append((row, panel))
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setWhatsThis(
                tr("ChatView", "Show the tab “{title}”").format(title=action_words(title))
            )
            shortcut.activated.connect(lambda index=number - 1: self.setCurrentIndex(index))
            self._shortcuts[row.object_name] = shortcut
            copied = getattr(panel, "copied", None)
            if isinstance(copied, SignalInstance):
                copied.connect(self.copied)
            use_reveal = getattr(panel, "use_reveal", None)
            if callable(use_reveal):
                use_reveal(self.reveal)
        self.chat: ChatDetail | None = None

    def panel(self, object_name: str) -> QWidget:
        """The panel of the tab whose row has ``object_name`` (KeyError for an unknown name)."""
        for row, panel in self._tabs:
            if row.object_name == object_name:
                return panel
        raise KeyError(object_name)

    def shortcut(self, object_name: str) -> QShortcut:
        """The Alt+N shortcut that brings the tab ``object_name`` to the front."""
        return self._shortcuts[object_name]

    def summary_text(self) -> str:
        """The chat as ``wegly-lookup`` prints it, at the clock's time (documents masked);
        empty while no chat is shown."""
        if self.chat is None:
            return ""
        return "\n".join(summary_lines(self.chat, self._clock.now()))

    def copy_summary(self) -> bool:
        """Copy :meth:`summary_text` ("Copy service summary"); False when no chat is shown."""
        text = self.summary_text()
        if not text:
            return False
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(tr("ChatView", "Service summary copied"))
        return True

    def show_prepared(self, prepared: PreparedChat) -> None:
        """Fill every tab from a response whose rows the worker already built."""
        self.chat = prepared.chat
        self.reveal.set_revealed(False)
        for row, panel in self._tabs:
            row.fill(panel, prepared)

    def clear(self) -> None:
        self.chat = None
        self.reveal.set_revealed(False)
        for row, panel in self._tabs:
            row.clear(panel)
