"""Settings reach the disk from the writer thread, never from the GUI thread, and none is lost
when the window closes right after a change."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_main_window import settings_file_once

from wegly_viewer.core.settings import SettingsError, SettingsStore
from wegly_viewer.ui.app import Options, ViewerApp
from wegly_viewer.ui.settings_writer import SettingsWriter
from wegly_viewer.ui.theme import apply_theme


@pytest.fixture(autouse=True)
def system_theme_afterwards(qapp: QApplication) -> object:
    """The themes chosen here are app-wide: later tests start from Qt's own style again."""
    yield None
    apply_theme(qapp, "system")


def test_the_app_writes_the_settings_file_off_the_gui_thread(
    qtbot: QtBot, make_viewer: Callable[..., ViewerApp], settings_dir: Path
) -> None:
    viewer = make_viewer(Options(demo=True))
    store = viewer.settings_store
    writer = viewer.settings_writer
    assert store is not None and writer is not None
    writing_threads: list[str] = []
    write_file = store.write_file

    def recording_write(data: str) -> None:
        writing_threads.append(threading.current_thread().name)
        write_file(data)

    writer._write_file = recording_write  # the writer's own call, observed
    viewer.window.theme_actions["dark"].trigger()
    assert store.current.theme == "dark"  # current at once, on the GUI thread
    settings_file_once(qtbot, settings_dir, lambda text: '"theme": "dark"' in text)
    assert writing_threads
    assert threading.main_thread().name not in writing_threads


def test_a_change_right_before_closing_is_on_disk_after_the_close(
    qtbot: QtBot, make_viewer: Callable[..., ViewerApp], settings_dir: Path
) -> None:
    viewer = make_viewer(Options(demo=True))
    store, writer = viewer.settings_store, viewer.settings_writer
    assert store is not None and writer is not None
    write_file = store.write_file

    def slow_write(data: str) -> None:  # a slow disk: the language waits behind the theme
        threading.Event().wait(0.3)
        write_file(data)

    writer._write_file = slow_write
    viewer.window.theme_actions["light"].trigger()
    qtbot.wait(50)  # the theme's write is under way
    viewer.window.language_actions["en"].trigger()
    viewer.window.close()  # shutdown waits for it, then writes the language itself
    data = json.loads((settings_dir / "settings.json").read_text(encoding="utf-8"))
    assert (data["theme"], data["language"]) == ("light", "en")


def test_only_the_newest_of_queued_saves_is_written(qtbot: QtBot, tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    written: list[str] = []
    gate = threading.Event()

    def slow_write(data: str) -> None:
        gate.wait(5)  # the first write blocks while three more saves arrive
        written.append(json.loads(data)["theme"])

    writer = SettingsWriter(slow_write)
    store.writer = writer.submit
    store.set_theme("dark")
    qtbot.wait(50)  # the first write is under way
    store.set_theme("light")
    store.set_theme("dark")
    store.set_theme("light")
    gate.set()
    qtbot.waitUntil(lambda: len(written) == 2, timeout=5000)
    qtbot.wait(100)
    writer.flush(1000)
    assert written == ["dark", "light"]


def test_a_failed_write_is_reported_with_its_reason(qtbot: QtBot, tmp_path: Path) -> None:
    def failing_write(_data: str) -> None:
        raise SettingsError("/read-only/settings.json: Read-only file system")

    writer = SettingsWriter(failing_write)
    with qtbot.waitSignal(writer.failed, timeout=5000) as blocker:
        writer.submit("{}")
    assert blocker.args == ["/read-only/settings.json: Read-only file system"]
    writer.flush(1000)
