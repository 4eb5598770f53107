"""The six tabs that show one chat. Imported after the window is on screen (it pulls pydantic)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

from wegly_viewer.core.clock import Clock
from wegly_viewer.core.models import ChatDetail, Parsed
from wegly_viewer.ui.avatars import AvatarCache
from wegly_viewer.ui.panels.agents import AgentsPanel
from wegly_viewer.ui.panels.base import ChatPanel
from wegly_viewer.ui.panels.crm import CrmPanel
from wegly_viewer.ui.panels.last_message import LastMessagePanel
from wegly_viewer.ui.panels.lead_sources import LeadSourcesPanel
from wegly_viewer.ui.panels.overview import OverviewPanel
from wegly_viewer.ui.panels.raw_json import RawJsonPanel
from wegly_viewer.ui.prepared import PreparedChat, prepare_chat


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChatView", text)


class ChatView(QTabWidget):
    """Overview, Last message & reactions, CRM, Agents, Lead sources, Raw JSON.

    Alt+1 … Alt+6 jump to a tab (Ctrl+Tab / Ctrl+PgDown work as everywhere in Qt).

    Signals:
        copied(str): a panel copied something; the text is a status message.
    """

    copied = Signal(str)

    def __init__(
        self, clock: Clock, avatars: AvatarCache | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chat_tabs")
        self.setDocumentMode(True)
        self.overview = OverviewPanel(clock, avatars)
        self.last_message = LastMessagePanel(clock)
        self.crm = CrmPanel(clock)
        self.agents = AgentsPanel(avatars)
        self.lead_sources = LeadSourcesPanel()
        self.raw_json = RawJsonPanel()
        self._panels: list[ChatPanel] = [
            self.overview,
            self.last_message,
            self.crm,
            self.agents,
            self.lead_sources,
        ]
        tabs: list[tuple[QWidget, str]] = [
            (self.overview, _tr("&Overview")),
            (self.last_message, _tr("&Last message && reactions")),
            (self.crm, _tr("&CRM")),
            (self.agents, _tr("A&gents")),
            (self.lead_sources, _tr("Lead &sources")),
            (self.raw_json, _tr("&Raw JSON")),
        ]
        for number, (panel, title) in enumerate(tabs, start=1):
            self.addTab(panel, title)
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.activated.connect(lambda index=number - 1: self.setCurrentIndex(index))
        self.crm.copied.connect(self.copied)
        self.raw_json.copied.connect(self.copied)
        self.lead_sources.copied.connect(self.copied)
        self.chat: ChatDetail | None = None

    def show_parsed(self, parsed: Parsed[ChatDetail]) -> None:
        """Fill every tab from one parsed response (rows built here, on the GUI thread)."""
        self.show_prepared(prepare_chat(parsed))

    def show_prepared(self, prepared: PreparedChat) -> None:
        """Fill every tab from a response whose rows the worker already built."""
        chat = prepared.chat
        facts = prepared.facts
        self.chat = chat
        self.overview.show_facts(facts.overview)
        self.last_message.show_facts(facts.last_message, prepared.reaction_rows)
        self.crm.show_facts(facts.crm)
        self.agents.show_facts(facts.agents, prepared.participant_rows, prepared.assignable_rows)
        self.lead_sources.show_chat(chat)
        self.raw_json.show_raw(prepared.parsed.raw)

    def clear(self) -> None:
        self.chat = None
        for panel in self._panels:
            panel.clear()
        self.raw_json.clear()
