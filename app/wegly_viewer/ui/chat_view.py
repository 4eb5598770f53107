"""The tabs that show one chat. Imported after the window is on screen (it pulls pydantic).

Every tab is one row of :data:`TABS`: adding a tab is adding a row (its Alt+N shortcut, its place
in the tab bar, filling, clearing and the ``copied`` hookup all follow from the row).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractScrollArea, QSplitter, QTabWidget, QWidget

from wegly_viewer.core.clock import Clock
from wegly_viewer.core.language import tr_noop
from wegly_viewer.core.models import ChatDetail
from wegly_viewer.lookup_summary import summary_lines
from wegly_viewer.ui.avatars import AvatarCache
from wegly_viewer.ui.dialogs.shortcuts_dialog import action_words
from wegly_viewer.ui.models.document_reveal import DocumentReveal
from wegly_viewer.ui.panels.agents import AgentsPanel
from wegly_viewer.ui.panels.conversation import ConversationPanel
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
# ChatView.copied; one with an ``open_tab(str)`` signal brings the tab of that object name up;
# a panel with ``use_reveal`` shares the view's "documents shown" state.
TABS: tuple[Tab[Any], ...] = (
    tab(
        "tab_overview",
        tr_noop("ChatView", "&Overview"),
        make=lambda clock, avatars: OverviewPanel(clock, avatars),
        fill=lambda panel, prepared: panel.show_facts(prepared.facts.overview),
        clear=OverviewPanel.clear,
    ),
    tab(
        "tab_conversation",
        tr_noop("ChatView", "Co&nversation"),
        make=lambda clock, _avatars: ConversationPanel(clock),
        fill=ConversationPanel.show_chat,
        clear=ConversationPanel.clear,
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


def _reset_splitter(splitter: QSplitter) -> None:
    """Sizes in proportion to the stretch factors (``setStretchFactor`` stores them in each
    widget's size policy); no change while the splitter has no size yet."""
    total = sum(splitter.sizes())
    if total <= 0:
        return
    vertical = splitter.orientation() == Qt.Orientation.Vertical
    stretches = []
    for index in range(splitter.count()):
        widget = splitter.widget(index)
        if widget is None:
            return
        policy = widget.sizePolicy()
        stretches.append(
            max(1, policy.verticalStretch() if vertical else policy.horizontalStretch())
        )
    whole = sum(stretches)
    splitter.setSizes([total * stretch // whole for stretch in stretches])


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
            open_tab = getattr(panel, "open_tab", None)
            if isinstance(open_tab, SignalInstance):
                open_tab.connect(self.show_tab)
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

    @property
    def conversation(self) -> ConversationPanel:
        """The conversation tab (the timeline arrives after the chat, from its own task)."""
        panel = self.panel("tab_conversation")
        assert isinstance(panel, ConversationPanel)  # noqa: S101 - its TABS row builds one
        return panel

    def show_tab(self, object_name: str) -> None:
        """Bring the tab ``object_name`` to the front (unknown names are ignored)."""
        for row, panel in self._tabs:
            if row.object_name == object_name:
                self.setCurrentWidget(panel)

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
        """Fill every tab from a response whose rows the worker already built.

        Another chat than the one shown starts with a fresh view (:meth:`reset_view_state`);
        a refresh of the same chat keeps filters, scroll and splitters where the agent left them.
        """
        previous = self.chat
        if previous is None or previous.id != prepared.chat.id:
            self.reset_view_state()
        self.chat = prepared.chat
        self.reveal.set_revealed(False)
        for row, panel in self._tabs:
            row.fill(panel, prepared)

    def reset_view_state(self) -> None:
        """Per-chat view state back to how it starts: filters and searches emptied (each panel's
        ``reset_view_state`` if it has one), lists scrolled to the top, splitters at their
        stretch factors."""
        for _row, panel in self._tabs:
            reset = getattr(panel, "reset_view_state", None)
            if callable(reset):
                reset()
            for area in panel.findChildren(QAbstractScrollArea):
                area.verticalScrollBar().setValue(0)
                area.horizontalScrollBar().setValue(0)
            for splitter in panel.findChildren(QSplitter):
                _reset_splitter(splitter)

    def clear(self) -> None:
        self.chat = None
        self.reveal.set_revealed(False)
        for row, panel in self._tabs:
            row.clear(panel)
