"""Start-up: what runs before the first paint, and the macOS link path without an event filter.

Each test runs the app in its own process: a QApplication is one per process, and the pytest
process already has the plain one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from wegly_viewer.devserver import DEMO_CHAT_IDS

OPEN_ID = DEMO_CHAT_IDS["open_reactions"]


def _run(code: str, tmp_path: Path, **env: str) -> str:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        **env,
    }
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


_RECORD_FILTERS = """
import sys
from PySide6.QtCore import QCoreApplication, QObject

installed = []
original = QObject.installEventFilter

def recording(self, watcher):
    if self is QCoreApplication.instance():
        installed.append(type(watcher).__name__)
    return original(self, watcher)

QObject.installEventFilter = recording
from wegly_viewer.__main__ import main

code = main(["--demo"])
print(type(QCoreApplication.instance()).__name__, installed, code)
"""


def test_the_app_installs_no_application_wide_event_filter_off_macos(tmp_path: Path) -> None:
    """An app-wide Python event filter makes PySide6 wrap every event (~50 ms to the paint)."""
    out = _run(_RECORD_FILTERS, tmp_path, WEGLY_EXIT_AFTER_SHOW="1")
    assert out == "QApplication [] 0"


_OPEN_LINK = f"""
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QSettings, QUrl
from PySide6.QtGui import QFileOpenEvent

from wegly_viewer.core.clock import FixedClock
from wegly_viewer.core.secrets import MemoryTokenStore
from wegly_viewer.ui.app import FileOpenApplication, Options, ViewerApp, make_application
from datetime import UTC, datetime
from pathlib import Path
import os
import time

app = make_application([], platform="darwin")
assert type(app) is FileOpenApplication
settings = QSettings(str(Path(os.environ["XDG_CONFIG_HOME"]) / "qt.ini"), QSettings.Format.IniFormat)
clock = FixedClock(datetime(2026, 11, 25, 19, 30, tzinfo=UTC))
viewer = ViewerApp(
    Options(demo=True), settings, Path(os.environ["XDG_CONFIG_HOME"]), MemoryTokenStore(),
    clock=clock,
)
app.viewer = viewer
viewer.start()

def wait(condition):
    timer = QElapsedTimer()
    timer.start()
    while not condition() and timer.elapsed() < 20_000:
        app.processEvents()
        time.sleep(0.005)  # lets the preloader and worker threads have the GIL

wait(lambda: viewer.ready)
event = QFileOpenEvent(QUrl("wegly-viewer://chat/{OPEN_ID}"))
accepted = QCoreApplication.sendEvent(app, event)
view = viewer.window.chat_view
wait(lambda: view.chat is not None and view.is_settled)
print(accepted, view.chat.id if view.chat else None, viewer.window.windowTitle())
viewer.window.close()
viewer.shutdown()
"""


def test_a_link_opened_on_macos_looks_up_its_chat(tmp_path: Path) -> None:
    """macOS sends wegly-viewer:// links as a FileOpen event to the application object."""
    out = _run(_OPEN_LINK, tmp_path)
    assert out == f"True {OPEN_ID} Maria Aparecida Souza — Wegly Chat Viewer — demo"


_AT_FIRST_PAINT = """
import sys
from PySide6 import QtCore
from PySide6.QtCore import QEvent
from wegly_viewer.ui import startup

seen = []
original = startup.QuitAfterFirstPaint.eventFilter

def recording(self, watched, event):
    if not seen and event.type() == QEvent.Type.Paint:
        later = ("wegly_viewer.ui.dialogs.shortcuts_dialog", "wegly_viewer.ui.focus_ring",
                 "wegly_viewer.ui.widgets.error_banner", "wegly_viewer.ui.theme")
        seen.append(("Qt" in vars(QtCore), [name for name in later if name in sys.modules]))
    return original(self, watched, event)

startup.QuitAfterFirstPaint.eventFilter = recording
from wegly_viewer.__main__ import main

code = main([])
print(seen[0], code)
"""


def test_the_first_paint_builds_no_qt_namespace(tmp_path: Path) -> None:
    """``Qt.*`` builds ~90 enums at once (~23 ms): the window paints first, then builds them."""
    out = _run(_AT_FIRST_PAINT, tmp_path, WEGLY_EXIT_AFTER_SHOW="1")
    assert out == "(False, []) 0"


_SCANNED_AT_FIRST_PAINT = """
import builtins
import sys
from PySide6.QtCore import QEvent
from wegly_viewer.ui import startup

seen = []
original = startup.QuitAfterFirstPaint.eventFilter

def recording(self, watched, event):
    if not seen and event.type() == QEvent.Type.Paint:
        scanned = sys.modules["__feature__"].pyside_feature_dict
        window = ("wegly_viewer.ui.app", "wegly_viewer.ui.main_window",
                  "wegly_viewer.ui.widgets.lookup_bar", "wegly_viewer.ui.theme")
        ours = [name for name in window if name in scanned]  # this script imported startup
        seen.append((builtins.__import__ is builtins.__orig_import__, ours))
    return original(self, watched, event)

startup.QuitAfterFirstPaint.eventFilter = recording
from wegly_viewer.__main__ import main

code = main([])
print(seen[0], code)
"""


def test_the_window_modules_are_imported_without_pyside_source_scan(tmp_path: Path) -> None:
    """PySide6's ``__feature__`` import hook reads the source of every module imported after
    it (and records each in its feature table): the app puts Python's import back first."""
    out = _run(_SCANNED_AT_FIRST_PAINT, tmp_path, WEGLY_EXIT_AFTER_SHOW="1")
    assert out == "(True, []) 0"


_MENUS_AT_FIRST_PAINT = """
from PySide6.QtCore import QEvent
from wegly_viewer.ui import startup

seen = []
original = startup.QuitAfterFirstPaint.eventFilter

def recording(self, watched, event):
    if not seen and event.type() == QEvent.Type.Paint:
        titles = [action.text() for action in watched.menuBar().actions()]
        seen.append((titles, len(watched.actions())))
    return original(self, watched, event)

startup.QuitAfterFirstPaint.eventFilter = recording
from wegly_viewer.__main__ import main

code = main(["--lang", "en"])
print(seen[0], code)
"""


def test_the_first_paint_shows_the_menu_titles_and_their_actions_come_after(
    tmp_path: Path,
) -> None:
    """The menus' actions and shortcuts are built in the first turn after the paint (the
    keyboard tests check them working through the started app)."""
    out = _run(_MENUS_AT_FIRST_PAINT, tmp_path, WEGLY_EXIT_AFTER_SHOW="1")
    assert out == "(['&Chat', '&API key', '&View', '&Help'], 0) 0"


_DARK_AT_FIRST_PAINT = """
from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from wegly_viewer.ui import startup

seen = []
original = startup.QuitAfterFirstPaint.eventFilter

def recording(self, watched, event):
    if not seen and event.type() == QEvent.Type.Paint:
        seen.append(watched.palette().color(QPalette.ColorRole.Window).name())
    return original(self, watched, event)

startup.QuitAfterFirstPaint.eventFilter = recording
from wegly_viewer.__main__ import main

code = main(["--theme", "dark"])
print(seen[0], code)
"""


def test_a_dark_theme_asked_for_is_on_the_first_paint(tmp_path: Path) -> None:
    """Only the system theme skips the palettes before the paint; a chosen one is applied."""
    out = _run(_DARK_AT_FIRST_PAINT, tmp_path, WEGLY_EXIT_AFTER_SHOW="1")
    assert out == "#2b2d30 0"


_PRELOAD_ORDER = """
import gc
import threading
from PySide6.QtCore import QCoreApplication
from wegly_viewer.ui import app, main_window, startup

log = []
once = main_window.MainWindow._once

def recording_once(self, name):
    first = once(self, name)
    if first:
        log.append("step")
    return first

def full_collections(phase, info):
    if phase == "stop" and info["generation"] == 2:
        log.append("full gc on " + threading.current_thread().name)

preloader_start = startup._Preloader.start

def recording_start(self):
    log.append("preloader")
    preloader_start(self)

build_the_rest = app.ViewerApp._build_the_rest

def then_quit(self):
    build_the_rest(self)
    log.append("built")
    QCoreApplication.quit()

main_window.MainWindow._once = recording_once
startup._Preloader.start = recording_start
app.ViewerApp._build_the_rest = then_quit
gc.callbacks.append(full_collections)
from wegly_viewer.__main__ import main

code = main(["--demo"])
gc.callbacks.remove(full_collections)
steps = log.count("step")
print(steps > 4, log[steps:], code)
"""


def test_the_preloader_starts_once_the_window_is_whole_and_runs_no_full_collection(
    tmp_path: Path,
) -> None:
    """The window's steps run alone (beside the thread's imports each waited for the GIL),
    and the imports' ~100,000 objects are not walked by a full collection (~20 ms with the
    GIL held: the GUI thread's longest wait of the start-up, measured)."""
    out = _run(_PRELOAD_ORDER, tmp_path)
    assert out == "True ['preloader', 'built'] 0"
