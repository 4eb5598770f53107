"""The tabs that show one chat. Imported after the window is on screen (it pulls pydantic).

Every tab is one row of :data:`TABS`: adding a tab is adding a row (its Alt+N shortcut, its place
in the tab bar, filling, clearing and the ``copied`` hookup all follow from the row).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance, Slot
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
        at_once: filled in the same event-loop turn as the chat arrives, whichever tab is on
            screen (the conversation: its timeline follows at once and is matched to its chat).
    """

    object_name: str
    title: str
    make: Callable[[Clock, AvatarCache | None], PanelT]
    fill: Callable[[PanelT, PreparedChat], None]
    clear: Callable[[PanelT], None]
    at_once: bool = False


def tab(
    object_name: str,
    title: str,
    *,
    make: Callable[[Clock, AvatarCache | None], PanelT],
    fill: Callable[[PanelT, PreparedChat], None],
    clear: Callable[[PanelT], None],
    at_once: bool = False,
) -> Tab[Any]:
    """A row of :data:`TABS`; mypy checks that ``fill`` and ``clear`` take what ``make`` builds."""
    return Tab(object_name, title, make, fill, clear, at_once)


# In tab-bar order; the n-th row gets Alt+n. A panel with a ``copied`` signal is hooked up to
# ChatView.copied; one with an ``open_tab(str)`` signal brings the tab of that object name up;
# a panel with ``use_reveal`` shares the view's "documents shown" state.
TABS: tuple[Tab[Any], ...] = (
    tab(
        "tab_overview",
        tr_noop("ChatView", "&Overview"),
        make=lambda clock, avatars: OverviewPanel(clock, avatars, staged=True),
        fill=lambda panel, prepared: panel.show_facts(prepared.facts.overview),
        clear=OverviewPanel.clear,
    ),
    tab(
        "tab_conversation",
        tr_noop("ChatView", "Co&nversation"),
        make=lambda clock, _avatars: ConversationPanel(clock),
        fill=ConversationPanel.show_chat,
        clear=ConversationPanel.clear,
        at_once=True,
    ),
    tab(
        "tab_last_message",
        tr_noop("ChatView", "&Last message && reactions"),
        make=lambda clock, _avatars: LastMessagePanel(clock, staged=True),
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

    Nothing here holds the GUI thread for long: the panels are built one per event-loop turn
    after the view (in tab order, each inserted at its place; a panel with ``build_rest`` and
    ``rest_built`` comes in two turns, and is made whole before anything shows a chat on it or
    hands it out), and a chat fills the tab on
    screen (and the :attr:`Tab.at_once` rows) in the turn it arrives, then the other tabs one
    per turn. Each step shows the *newest* chat (or none, after :meth:`clear`): a chat that
    arrives meanwhile takes over the rest of the steps, so no tab is ever filled with a chat
    older than the one the header names. Bringing up a tab that is not filled yet, or asking
    for its panel (:meth:`panel`), fills it at once.

    Signals:
        copied(str): a panel copied something; the text is a status message.
        settled(): every panel is built and shows the current chat (see :attr:`is_settled`).
    """

    copied = Signal(str)
    settled = Signal()

    def __init__(
        self, clock: Clock, avatars: AvatarCache | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chat_tabs")
        self.setAccessibleName(tr("ChatView", "Chat details"))
        self.setDocumentMode(True)
        self._clock = clock
        self._avatars = avatars
        self._panels: list[QWidget | None] = [None] * len(TABS)
        # What each panel shows: the generation of the chat (or clear) it was last given.
        self._applied: list[int] = [0] * len(TABS)
        self._generation = 0
        self._prepared: PreparedChat | None = None  # the chat every tab is to show, or None
        self._fresh: list[bool] = [False] * len(TABS)  # reset the view state before filling
        self._waiting: dict[str, list[Callable[[QWidget], None]]] = {}
        self._shortcuts: dict[str, QShortcut] = {}
        self._inserting = False
        # One "documents shown" state for every tab (CRM, raw JSON); a new chat hides them.
        self.reveal = DocumentReveal(self)
        for number, row in enumerate(TABS, start=1):
            title = tr("ChatView", row.title)
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setWhatsThis(
                tr("ChatView", "Show the tab “{title}”").format(title=action_words(title))
            )
            shortcut.activated.connect(lambda name=row.object_name: self.show_tab(name))
            self._shortcuts[row.object_name] = shortcut
        self.chat: ChatDetail | None = None
        self._step_timer = QTimer(self)
        self._step_timer.setSingleShot(True)
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._on_step_timer_timeout)
        self.currentChanged.connect(self._on_current_changed)
        self._step_timer.start()

    # --- building ----------------------------------------------------------------------------

    def _build(self, index: int) -> QWidget:
        existing = self._panels[index]
        if existing is not None:
            return existing
        row = TABS[index]
        panel: QWidget = row.make(self._clock, self._avatars)
        panel.setObjectName(row.object_name)
        self._panels[index] = panel
        copied = getattr(panel, "copied", None)
        if isinstance(copied, SignalInstance):
            copied.connect(self.copied)
        open_tab = getattr(panel, "open_tab", None)
        if isinstance(open_tab, SignalInstance):
            open_tab.connect(self.show_tab)
        use_reveal = getattr(panel, "use_reveal", None)
        if callable(use_reveal):
            use_reveal(self.reveal)
        # A fresh panel shows no chat: it is up to date unless a chat is to be shown.
        if self._prepared is None:
            self._applied[index] = self._generation
        # Its place in the tab bar: after the rows before it that are built already. (The
        # first tab inserted becomes the current one: _on_current_changed must not fill it
        # before it is wired, hence last.)
        place = sum(1 for other in self._panels[:index] if other is not None)
        self._inserting = True
        try:
            self.insertTab(place, panel, tr("ChatView", row.title))
        finally:
            self._inserting = False
        for callback in self._waiting.pop(row.object_name, []):
            callback(panel)
        return panel

    def when_built(self, object_name: str, callback: Callable[[QWidget], None]) -> None:
        """Call ``callback(panel)`` once the panel ``object_name`` is built (now if it is)."""
        index = self._index(object_name)
        panel = self._panels[index]
        if panel is not None:
            callback(panel)
        else:
            self._waiting.setdefault(object_name, []).append(callback)

    @property
    def is_built(self) -> bool:
        """Whether every tab's panel exists, whole."""
        return all(panel is not None for panel in self._panels) and self._unfinished() is None

    def _unfinished(self) -> QWidget | None:
        """A panel built in pieces (``rest_built`` False, ``build_rest()``) not yet whole."""
        for panel in self._panels:
            if panel is not None and getattr(panel, "rest_built", True) is False:
                return panel
        return None

    @staticmethod
    def _complete(panel: QWidget) -> None:
        build_rest = getattr(panel, "build_rest", None)
        if callable(build_rest):
            build_rest()

    @property
    def is_settled(self) -> bool:
        """Whether every panel is built and shows the current chat (or none after clear)."""
        return self.is_built and all(gen == self._generation for gen in self._applied)

    def _index(self, object_name: str) -> int:
        for index, row in enumerate(TABS):
            if row.object_name == object_name:
                return index
        raise KeyError(object_name)

    def panel(self, object_name: str) -> QWidget:
        """The panel of the tab whose row has ``object_name``, built and showing the current
        chat (KeyError for an unknown name)."""
        index = self._index(object_name)
        self._bring_up_to_date(index)
        panel = self._panels[index]
        assert panel is not None  # noqa: S101 - _bring_up_to_date built it
        return panel

    @property
    def conversation(self) -> ConversationPanel:
        """The conversation tab (the timeline arrives after the chat, from its own task)."""
        panel = self.panel("tab_conversation")
        assert isinstance(panel, ConversationPanel)  # noqa: S101 - its TABS row builds one
        return panel

    def show_tab(self, object_name: str) -> None:
        """Bring the tab ``object_name`` to the front (unknown names are ignored)."""
        try:
            panel = self.panel(object_name)
        except KeyError:
            return
        self.setCurrentWidget(panel)

    def shortcut(self, object_name: str) -> QShortcut:
        """The Alt+N shortcut that brings the tab ``object_name`` to the front."""
        return self._shortcuts[object_name]

    # --- filling -----------------------------------------------------------------------------

    def _bring_up_to_date(self, index: int) -> None:
        """Build the panel ``index`` (whole) if needed and give it the current chat (or clear
        it)."""
        panel = self._build(index)
        self._complete(panel)
        if self._applied[index] == self._generation:
            return
        self._applied[index] = self._generation
        row = TABS[index]
        prepared = self._prepared
        if prepared is None:
            row.clear(panel)
            return
        if self._fresh[index]:
            self._fresh[index] = False
            _reset_panel(panel)
        row.fill(panel, prepared)

    def _next_step(self) -> int | None:
        """The next tab to build or fill: the one on screen, then in tab order."""
        current = self.currentWidget()
        order = list(range(len(TABS)))
        for index, panel in enumerate(self._panels):
            if panel is not None and panel is current:
                order.insert(0, order.pop(index))
        for index in order:
            if self._panels[index] is None or self._applied[index] != self._generation:
                return index
        return None

    @Slot()
    def _on_step_timer_timeout(self) -> None:
        # One piece per turn: a panel's rest right after its first piece, then the next tab
        # (a new panel alone in its turn, its chat in the next).
        unfinished = self._unfinished()
        if unfinished is not None:
            self._complete(unfinished)
        else:
            index = self._next_step()
            if index is None:
                return
            if self._panels[index] is None:
                self._build(index)
            else:
                self._bring_up_to_date(index)
        self._continue()

    def _continue(self) -> None:
        """One more step on the next turn, or ``settled`` once nothing is left."""
        if self._next_step() is None and self._unfinished() is None:
            self._step_timer.stop()
            self.settled.emit()
        elif not self._step_timer.isActive():
            self._step_timer.start()

    @Slot(int)
    def _on_current_changed(self, index: int) -> None:
        if self._inserting:
            return
        panel = self.widget(index)
        for row_index, built in enumerate(self._panels):
            if built is not None and built is panel:
                if self._applied[row_index] != self._generation:
                    self._bring_up_to_date(row_index)
                    self._continue()
                return

    def _start(self, prepared: PreparedChat | None, *, fresh: bool) -> None:
        """A new generation: ``prepared`` (None: no chat) is what every tab is to show."""
        self._generation += 1
        self._prepared = prepared
        if fresh:
            self._fresh = [panel is not None for panel in self._panels]
        current = self.currentWidget()
        first = next((i for i, panel in enumerate(self._panels) if panel is current), 0)
        self._bring_up_to_date(first if current is not None else 0)
        for index, row in enumerate(TABS):
            if row.at_once:
                self._bring_up_to_date(index)
        self._continue()

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
        """Show a response whose rows the worker already built: the tab on screen now, the
        others one per event-loop turn (``settled`` once all are filled).

        Another chat than the one shown starts with a fresh view (:meth:`reset_view_state`,
        tab by tab as each is filled); a refresh of the same chat keeps filters, scroll and
        splitters where the agent left them.
        """
        previous = self.chat
        fresh = previous is None or previous.id != prepared.chat.id
        self.chat = prepared.chat
        self.reveal.set_revealed(False)
        self._start(prepared, fresh=fresh)

    def reset_view_state(self) -> None:
        """Per-chat view state back to how it starts: filters and searches emptied (each panel's
        ``reset_view_state`` if it has one), lists scrolled to the top, splitters at their
        stretch factors."""
        for panel in self._panels:
            if panel is not None:
                _reset_panel(panel)

    def clear(self) -> None:
        """No chat: the tab on screen is emptied now, the others one per turn."""
        self.chat = None
        self.reveal.set_revealed(False)
        self._start(None, fresh=False)


def _reset_panel(panel: QWidget) -> None:
    """One panel's per-chat view state back to how it starts (see ChatView.reset_view_state)."""
    reset = getattr(panel, "reset_view_state", None)
    if callable(reset):
        reset()
    for area in panel.findChildren(QAbstractScrollArea):
        area.verticalScrollBar().setValue(0)
        area.horizontalScrollBar().setValue(0)
    for splitter in panel.findChildren(QSplitter):
        _reset_splitter(splitter)
