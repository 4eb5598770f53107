"""The huge chat (10,000 reactions, 3,000 agents) in the whole window: what the agent sees after
the work moved to the worker (sort keys, garbage collections kept out), and that switching to
a normal chat lets the huge one go."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from test_main_window import look_up

from wegly_viewer.devserver import DEMO_CHAT_IDS
from wegly_viewer.ui.app import ViewerApp
from wegly_viewer.ui.models.agents_model import Column
from wegly_viewer.ui.models.releaser import releaser
from wegly_viewer.ui.panels.agents import AgentsPanel

HUGE_ID = DEMO_CHAT_IDS["many_agents"]
NORMAL_ID = DEMO_CHAT_IDS["open_reactions"]


def names(table: QTableView, column: int = Column.NAME) -> list[str]:
    model = table.model()
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def agents_panel(viewer: ViewerApp) -> AgentsPanel:
    view = viewer.window.chat_view
    assert view is not None
    panel = view.panel("tab_agents")
    assert isinstance(panel, AgentsPanel)
    return panel


def test_agents_of_the_huge_chat_are_sorted_by_name(qtbot: QtBot, viewer: ViewerApp) -> None:
    qtbot.waitUntil(lambda: viewer.ready)
    look_up(qtbot, viewer, HUGE_ID, timeout=30_000)
    panel = agents_panel(viewer)
    assignable = names(panel.assignable_view)
    assert len(assignable) == 3000
    assert assignable[:3] == ["Ana Alves 01", "Ana Alves 02", "Ana Alves 03"]
    assert assignable[-3:] == ["Wesley Souza 05", "Wesley Souza 06", "Wesley Souza 07"]
    participants = names(panel.participants_view)
    assert participants[:3] == ["Ana Oliveira 01", "Ana Santos 01", "Ana Silva 01"]
    assert participants[-3:] == ["Vitória Silva 01", "Wesley Santos 01", "Wesley Silva 01"]

    panel.assignable_view.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names(panel.assignable_view)[:3] == [
        "Wesley Souza 07",
        "Wesley Souza 06",
        "Wesley Souza 05",
    ]
    panel.assignable_view.sortByColumn(Column.STATUS, Qt.SortOrder.AscendingOrder)
    by_status = list(
        zip(
            names(panel.assignable_view),
            names(panel.assignable_view, Column.STATUS),
            strict=True,
        )
    )
    assert by_status[0] == ("Wesley Souza 07", "Away")  # ties keep the API's order, reversed
    assert by_status[-1] == ("Ana Alves 01", "Online")


def test_switching_to_a_normal_chat_releases_the_huge_one(qtbot: QtBot, viewer: ViewerApp) -> None:
    qtbot.waitUntil(lambda: viewer.ready)
    look_up(qtbot, viewer, HUGE_ID, timeout=30_000)
    view = viewer.window.chat_view
    assert view is not None and view.chat is not None and view.chat.id == HUGE_ID
    huge_chat = weakref.ref(view.chat)
    assert view.chat.last_message is not None and view.chat.last_message.reactions is not None
    huge_reaction = weakref.ref(view.chat.last_message.reactions[0])

    look_up(qtbot, viewer, NORMAL_ID)
    qtbot.waitUntil(lambda: view.chat is not None and view.chat.id == NORMAL_ID)
    qtbot.wait(50)  # queued deletions of the old rows' views
    # The old chat is freed a slice per event-loop turn (ui/models/releaser.py).
    qtbot.waitUntil(lambda: releaser().pending == 0, timeout=5_000)
    gc.collect()
    assert huge_chat() is None
    assert huge_reaction() is None
