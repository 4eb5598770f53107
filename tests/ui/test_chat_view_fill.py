"""A chat fills its tabs one per event-loop turn, the tab on screen first; a newer chat takes over.

No turn may hold the GUI thread for all seven tabs (the huge chat: tens of ms each). A zero-ms
timer ticking beside the view marks the event-loop turns in the same log as the fills.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from ui_helpers import joined_texts

from fixed_time import NOW
from wegly_viewer.core.clock import FixedClock
from wegly_viewer.core.models import parse_chat
from wegly_viewer.devserver import DEMO_CHAT_IDS
from wegly_viewer.devserver.samples import build_samples
from wegly_viewer.ui import chat_view as chat_view_module
from wegly_viewer.ui.chat_view import TABS, ChatView
from wegly_viewer.ui.prepared import PreparedChat, prepare_chat

TICK = "|"


@pytest.fixture
def chats() -> tuple[PreparedChat, PreparedChat]:
    samples = build_samples(NOW)
    first = prepare_chat(parse_chat(samples[DEMO_CHAT_IDS["open_reactions"]]))
    second = prepare_chat(parse_chat(samples[DEMO_CHAT_IDS["resolved"]]))
    return first, second


@pytest.fixture
def log(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every fill as ``tab_name:contact``, and ``|`` at each event-loop turn."""
    entries: list[str] = []

    def recording(row: Any) -> Any:
        def fill(panel: Any, prepared: PreparedChat) -> None:
            entries.append(f"{row.object_name}:{prepared.chat.display_name}")
            row.fill(panel, prepared)

        return replace(row, fill=fill)

    monkeypatch.setattr(chat_view_module, "TABS", tuple(recording(row) for row in TABS))
    return entries


@pytest.fixture
def view(qtbot: QtBot, clock: FixedClock) -> ChatView:
    view = ChatView(clock)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.is_built)  # its panels too come one per turn
    return view


def _ticking(log: list[str]) -> QTimer:
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: log.append(TICK))
    timer.start()
    return timer


def test_the_tab_on_screen_is_filled_first_and_the_others_one_per_turn(
    qtbot: QtBot, view: ChatView, log: list[str], chats: tuple[PreparedChat, PreparedChat]
) -> None:
    first, _second = chats
    view.show_tab("tab_crm")
    ticker = _ticking(log)
    view.show_prepared(first)
    # In the turn the chat arrived: the tab on screen, then the conversation (its timeline
    # follows at once and is matched to its chat). Nothing else yet.
    assert log == ["tab_crm:Maria Aparecida Souza", "tab_conversation:Maria Aparecida Souza"]
    assert not view.is_settled
    qtbot.waitUntil(lambda: view.is_settled)
    ticker.stop()
    fills = [entry for entry in log if entry != TICK]
    assert sorted(fills) == sorted(f"{row.object_name}:Maria Aparecida Souza" for row in TABS)
    later = log[2:]
    for before, after in itertools.pairwise(later):
        assert TICK in (before, after), f"two tabs filled in one turn: {log}"
    # Then in tab order.
    assert fills[2:] == [
        "tab_overview:Maria Aparecida Souza",
        "tab_last_message:Maria Aparecida Souza",
        "tab_agents:Maria Aparecida Souza",
        "tab_lead_sources:Maria Aparecida Souza",
        "tab_raw_json:Maria Aparecida Souza",
    ]


def test_a_newer_chat_drops_the_rest_of_the_older_fill(
    qtbot: QtBot, view: ChatView, log: list[str], chats: tuple[PreparedChat, PreparedChat]
) -> None:
    first, second = chats
    ticker = _ticking(log)
    marks: list[int] = []

    def newer_chat() -> None:  # the next lookup's answer, one event-loop turn later
        marks.append(len(log))
        view.show_prepared(second)

    view.show_prepared(first)
    QTimer.singleShot(0, newer_chat)
    qtbot.waitUntil(lambda: bool(marks) and view.is_settled)
    newer = marks[0]
    ticker.stop()
    older_fills = [entry for entry in log if entry.endswith(":Maria Aparecida Souza")]
    assert len(older_fills) < len(TABS)  # the rest of the older chat was never filled in
    assert not any(entry.endswith(":Maria Aparecida Souza") for entry in log[newer:])
    newest = [entry for entry in log[newer:] if entry != TICK]
    assert sorted(newest) == sorted(f"{row.object_name}:João Pedro Almeida" for row in TABS)
    for row in TABS:  # every tab shows the chat the view names, none the older customer
        text = joined_texts(view.panel(row.object_name))
        assert "Maria Aparecida Souza" not in text, row.object_name
    assert "João Pedro Almeida" in joined_texts(view.panel("tab_overview"))


def test_bringing_up_a_tab_not_filled_yet_fills_it_at_once(
    view: ChatView, log: list[str], chats: tuple[PreparedChat, PreparedChat]
) -> None:
    first, _second = chats
    view.show_prepared(first)
    log.clear()
    view.show_tab("tab_raw_json")
    assert log == ["tab_raw_json:Maria Aparecida Souza"]
    assert view.chat is not None
    assert view.chat.id in joined_texts(view.panel("tab_raw_json"))
