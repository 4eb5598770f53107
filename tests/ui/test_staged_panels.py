"""Panels the start-up builds in two event-loop turns: a chat that arrives in between is shown
whole, exactly as on a panel built at once.

The window is the app's own (the real composition root, the demo server); the chat is handed
to its tab view in the turn that built the panel's first piece, the worst moment for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import joined_texts

from fixed_time import NOW
from wegly_viewer.core.clock import FixedClock
from wegly_viewer.core.models import parse_chat
from wegly_viewer.core.secrets import MemoryTokenStore
from wegly_viewer.devserver import DEMO_CHAT_IDS, build_samples
from wegly_viewer.ui import main_window
from wegly_viewer.ui.app import Options, ViewerApp
from wegly_viewer.ui.chat_view import TABS, ChatView
from wegly_viewer.ui.prepared import PreparedChat, prepare_chat

OPEN_ID = DEMO_CHAT_IDS["open_reactions"]
STAGED = ("tab_overview", "tab_last_message")


def _prepared() -> PreparedChat:
    return prepare_chat(parse_chat(build_samples(NOW)[OPEN_ID]))


def _whole_panel_texts(viewer: ViewerApp, object_name: str, prepared: PreparedChat) -> str:
    """What the panel shows for ``prepared`` when it is built in one go and then filled."""
    row = next(row for row in TABS if row.object_name == object_name)
    panel = row.make(viewer.clock, viewer.avatars)
    build_rest = getattr(panel, "build_rest", None)
    if callable(build_rest):
        build_rest()
    row.fill(panel, prepared)
    text = joined_texts(panel)
    panel.deleteLater()
    return text


@pytest.mark.parametrize("object_name", STAGED)
def test_a_chat_that_arrives_while_a_panel_is_half_built_is_shown_whole(
    qtbot: QtBot,
    settings: Any,
    settings_dir: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    object_name: str,
) -> None:
    prepared = _prepared()
    half_built: list[bool] = []
    install = main_window.MainWindow.install

    def installing(window: main_window.MainWindow, controller: Any, view: ChatView) -> None:
        install(window, controller, view)

        def chat_arrives(panel: QWidget) -> None:
            half_built.append(getattr(panel, "rest_built", True) is False)
            view.show_tab(object_name)
            view.show_prepared(prepared)

        view.when_built(object_name, chat_arrives)

    monkeypatch.setattr(main_window.MainWindow, "install", installing)
    viewer = ViewerApp(Options(demo=True), settings, settings_dir, MemoryTokenStore(), clock=clock)
    qtbot.addWidget(viewer.window)
    viewer.start()
    qtbot.waitUntil(lambda: bool(half_built), timeout=10_000)
    view = viewer.window.chat_view
    assert view is not None
    qtbot.waitUntil(lambda: view.is_settled, timeout=10_000)
    assert half_built == [True]  # the chat came before the panel's second piece
    panel = view.findChild(QWidget, object_name)
    assert panel is not None
    assert view.currentWidget() is panel
    shown = joined_texts(panel)
    assert "Maria Aparecida Souza" in shown
    assert shown == _whole_panel_texts(viewer, object_name, prepared)
    viewer.window.close()


def test_the_staged_panels_are_whole_once_the_app_is_ready(
    qtbot: QtBot, settings: Any, settings_dir: Path, clock: FixedClock
) -> None:
    """No chat: the second pieces come on their own, before ``ready``."""
    viewer = ViewerApp(Options(demo=True), settings, settings_dir, MemoryTokenStore(), clock=clock)
    qtbot.addWidget(viewer.window)
    viewer.start()
    qtbot.waitUntil(lambda: viewer.ready, timeout=10_000)
    view = viewer.window.chat_view
    assert view is not None
    for object_name in STAGED:
        panel = view.findChild(QWidget, object_name)
        assert getattr(panel, "rest_built", None) is True, object_name
    overview = view.findChild(QWidget, "tab_overview")
    assert overview is not None
    assert overview.findChild(QWidget, "overview_chat_id") is not None
    viewer.window.close()
