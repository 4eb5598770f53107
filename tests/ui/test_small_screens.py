"""Small screens and scaling: the first window fits the screen, a saved one only when it fits.

The rules are checked with given screen areas; then the real app runs in a subprocess on an
offscreen screen of 1366×768 at ``QT_SCALE_FACTOR=1.5`` (910×512 logical pixels) and of
1280×720, where the Look up button, the Start button and the tabs must all be on screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize
from pytestqt.qtbot import QtBot

from wegly_viewer.ui.app import Options, ViewerApp
from wegly_viewer.ui.main_window import DEFAULT_SIZE, first_size, geometry_fits, minimum_size


def test_the_first_size_shrinks_to_the_screen() -> None:
    laptop_at_150 = QRect(0, 0, 910, 512)  # 1366×768 at 150 %
    assert first_size(DEFAULT_SIZE, laptop_at_150) == QSize(894, 472)
    assert first_size(DEFAULT_SIZE, QRect(0, 0, 1920, 1040)) == QSize(1040, 720)
    assert first_size(DEFAULT_SIZE, QRect(0, 0, 1280, 680)) == QSize(1040, 640)
    # The minimum gives way too, or the window could not fit at all.
    assert minimum_size(QRect(0, 0, 853, 450)) == QSize(720, 410)
    assert minimum_size(QRect(0, 0, 1920, 1040)) == QSize(720, 480)


def test_a_saved_geometry_is_used_only_when_it_fits_a_screen() -> None:
    screens = [QRect(0, 0, 1920, 1040), QRect(1920, 0, 1366, 728)]
    assert geometry_fits(QRect(100, 100, 1040, 720), screens)
    assert geometry_fits(QRect(2000, 10, 1000, 700), screens)  # on the second screen
    assert not geometry_fits(QRect(2000, 10, 1040, 720), screens)  # taller than that screen
    assert not geometry_fits(QRect(-3000, 0, 800, 600), screens)  # a screen unplugged since


def test_a_saved_geometry_that_no_longer_fits_is_not_restored(
    qtbot: QtBot, make_viewer: Callable[..., ViewerApp], settings: Any
) -> None:
    first = make_viewer(Options(demo=True))
    first.window.setMinimumSize(100, 100)
    first.window.setGeometry(3000, 3000, 500, 400)  # off the 800×800 offscreen screen
    first.window.close()
    second = make_viewer(Options(demo=True))
    window = second.window
    # The offscreen screen is 800×800: the default size, shrunk to it, centred.
    assert (window.width(), window.height()) == (784, 720)
    assert geometry_fits(window.geometry(), [QRect(0, 0, 800, 800)])


_SCRIPT = r"""
import json, sys, tempfile
from datetime import UTC, datetime
from pathlib import Path
from PySide6.QtCore import QElapsedTimer, QPoint, QRect, QSettings
from PySide6.QtWidgets import QApplication

app = QApplication([sys.argv[0], "-platform", "offscreen:configfile=" + sys.argv[1]])
from wegly_viewer.core.clock import FixedClock
from wegly_viewer.core.secrets import MemoryTokenStore
from wegly_viewer.devserver import DEMO_CHAT_IDS
from wegly_viewer.ui.app import Options, ViewerApp

folder = Path(tempfile.mkdtemp())
settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
clock = FixedClock(datetime(2026, 11, 25, 17, 0, tzinfo=UTC))
viewer = ViewerApp(Options(demo=True), settings, folder / "config", MemoryTokenStore(), clock=clock)
viewer.start()

def wait(condition):
    timer = QElapsedTimer()
    timer.start()
    while not condition() and timer.elapsed() < 15000:
        app.processEvents()

wait(lambda: viewer.ready)
window = viewer.window
window.lookup_bar.input.setText(DEMO_CHAT_IDS["history_import"])
window.lookup_bar.submit()
wait(lambda: viewer.controller is not None and not viewer.controller.is_busy)
app.processEvents()
screen = app.primaryScreen().availableGeometry()

def on_screen(widget):
    box = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    return widget.isVisible() and screen.contains(box)

view = window.chat_view
view.setCurrentWidget(view.panel("tab_last_message"))  # its text must be in view, not scrolled away
for _ in range(5):
    app.processEvents()
from PySide6.QtWidgets import QPlainTextEdit, QScrollArea
body = view.findChild(QPlainTextEdit, "last_message_body")
area = body.parentWidget()
while area is not None and not isinstance(area, QScrollArea):
    area = area.parentWidget()
port = area.viewport()
text_in_view = body.isVisible() and port.rect().contains(
    QRect(body.mapTo(port, QPoint(0, 0)), body.size())
)
tab_bar_on_screen = on_screen(view.tabBar())
view.setCurrentIndex(0)
app.processEvents()
print(json.dumps({
    "last_message_text_in_view": text_in_view,
    "screen": [screen.width(), screen.height()],
    "window": [window.x(), window.y(), window.width(), window.height()],
    "chat_shown": view is not None and view.chat is not None,
    "tab_bar": tab_bar_on_screen,
    "on_screen": {
        name: on_screen(widget)
        for name, widget in (
            ("lookup_button", window.lookup_bar.button),
            ("lookup_input", window.lookup_bar.input),
            ("home_button", window.home_button),
            ("contact_name", view.findChild(type(window.loading_label), "overview_contact_name")),
        )
    },
}))
window.close()
viewer.shutdown()
"""


@pytest.mark.parametrize(
    ("width", "height", "scale", "logical"),
    [(1366, 768, "1.5", [911, 512]), (1280, 720, "1", [1280, 720])],
)
def test_nothing_essential_is_off_a_small_screen(
    tmp_path: Path, width: int, height: int, scale: str, logical: list[int]
) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_SCALE_FACTOR": scale, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(config)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["screen"] == logical
    assert seen["chat_shown"]
    x, y, w, h = seen["window"]
    assert x >= 0 and y >= 0 and x + w <= logical[0] and y + h <= logical[1], seen
    assert seen["on_screen"] == {
        "lookup_button": True,
        "lookup_input": True,
        "home_button": True,
        "contact_name": True,
    }
    assert seen["tab_bar"]
    assert seen["last_message_text_in_view"]
