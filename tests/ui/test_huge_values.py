"""A server sends a 2 MB name and a 200,000-item list: the window shows the chat and stays live.

Before the caps (core/bounds.py), a 1 MB contact name froze the GUI thread for 7-8 s while Qt laid
the label out (10 MB: ~100 s), and validating 200,000 agents held the GIL for a second.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QLabel, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from wegly_viewer.devserver import ContractServer
from wegly_viewer.ui.app import ViewerApp
from wegly_viewer.ui.panels.agents import AgentsPanel

HUGE_ID = "0b16b00b-0000-4000-8000-00000000f00d"
NAME = "Maria " + "da Silva " * 222_222  # 2 MB of a name
BODY = "Olá! " * 200_000  # 1 MB of a message


@pytest.fixture
def fresh_heap() -> Iterator[None]:
    """Earlier tests' objects are not this load's cost: the cyclic collector, which runs while
    the worker allocates and holds the GIL, would scan them all (a whole-suite run holds three
    times the app's heap). Frozen objects are skipped, as in a freshly started app."""
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


@pytest.mark.usefixtures("fresh_heap")
def test_huge_name_and_list_show_the_chat_without_freezing(
    qtbot: QtBot, viewer: ViewerApp, server: ContractServer, api_token: str
) -> None:
    server.set_chat(
        {
            "id": HUGE_ID,
            "contact_name": NAME,
            "last_message": {"body_text": BODY},
            "participants": [{}] * 200_000,
        }
    )
    # The server runs in this process: ask once so it has encoded its 4 MB answer before the
    # measurement (a real server does not share our GIL).
    warm = httpx.get(
        f"{server.url}/integrations/external/chats/{HUGE_ID}",
        headers={"Authorization": f"Bearer {api_token}"},
    )
    assert warm.status_code == 200 and len(warm.content) > 3_000_000
    gaps: list[int] = []
    elapsed = QElapsedTimer()
    elapsed.start()
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: gaps.append(elapsed.restart()))
    timer.start()
    window = viewer.window
    window.lookup_bar.input.setText(HUGE_ID)
    qtbot.keyClick(window.lookup_bar.input, Qt.Key.Key_Return)
    controller = viewer.controller
    assert controller is not None
    qtbot.waitUntil(lambda: not controller.is_busy, timeout=30_000)
    qtbot.wait(300)  # the first paint of the chat is part of the load
    timer.stop()

    view = window.chat_view
    assert view is not None and view.chat is not None
    assert window.stack.currentWidget() is not window.loading_page
    name = view.findChild(QLabel, "overview_contact_name")
    assert name is not None
    assert name.text().startswith("Maria da Silva da Silva")
    assert name.text().endswith("…")
    assert len(name.text()) == 2_000
    assert name.toolTip() == (
        "<qt>Long text: only the first 2,000 characters are shown. The whole text is in the Raw "
        "JSON tab (select the field, then Copy value).</qt>"
    )

    for label in window.findChildren(QLabel):
        assert len(label.text()) <= 2_000, label.objectName()
    for widget in window.findChildren(QWidget):
        assert len(widget.toolTip()) <= 2_100, widget.objectName()  # 2,000 + "<qt>…</qt>"
    for box in window.findChildren(QPlainTextEdit):
        assert len(box.toPlainText()) <= 20_000, box.objectName()
    for button in window.findChildren(QAbstractButton):
        assert len(button.text()) <= 2_000, button.objectName()
    panel = view.findChild(AgentsPanel)
    assert panel is not None
    assert panel.participants_model.rowCount() == 10_000  # lists are read up to 10,000 items

    longest = max(gaps)
    print(f"\nlongest GUI-thread gap while loading 2 MB texts and 200,000 items: {longest} ms")
    # A freeze detector, not a benchmark (speed: bench/): before the caps this was 18 s.
    assert longest < 1000
