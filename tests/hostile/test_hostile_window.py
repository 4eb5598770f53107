"""The window against a server that misbehaves on purpose: the right banner within the
deadline, the GUI thread free meanwhile, and a clean close even mid-flood."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hostile_server import CHAT_ID, HostileServer, big_unpacked, gzip_bomb, stacked_gzip_bomb
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from wegly_viewer.core.secrets import MemoryTokenStore
from wegly_viewer.ui.app import Options, ViewerApp

# --timeout 1 s in the profile: 1 s × 3 attempts + 2 s × 2 pauses (README, "Limits").
DEADLINE_MS = 7_000
SLACK_MS = 3_000


@pytest.fixture(scope="module")
def hostile() -> Iterator[HostileServer]:
    gzip_bomb(), stacked_gzip_bomb(), big_unpacked()
    with HostileServer() as server:
        yield server


@pytest.fixture
def open_viewer(
    make_viewer: Callable[..., ViewerApp], settings_dir: Path, api_token: str
) -> Callable[[str], ViewerApp]:
    """The app with a profile whose server is ``base_url`` and whose timeout is 1 s."""

    def open_on(base_url: str) -> ViewerApp:
        settings_dir.mkdir(parents=True, exist_ok=True)
        profile = {"base_url": base_url, "timeout": 1.0}
        (settings_dir / "settings.json").write_text(
            json.dumps({"version": 1, "profiles": {"default": profile}}), encoding="utf-8"
        )
        store = MemoryTokenStore()
        store.set("default", api_token)
        return make_viewer(Options(), store)

    return open_on


def look_up_and_wait(qtbot: QtBot, viewer: ViewerApp, timeout_ms: int) -> tuple[float, int]:
    """Press Enter on the chat id; returns (seconds until the lookup ended, GUI timer ticks)."""
    ticks = [0]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start(50)
    window = viewer.window
    window.lookup_bar.input.setText(CHAT_ID)
    started = time.monotonic()
    qtbot.keyClick(window.lookup_bar.input, Qt.Key.Key_Return)
    controller = viewer.controller
    assert controller is not None
    qtbot.waitUntil(lambda: not controller.is_busy, timeout=timeout_ms)
    timer.stop()
    return time.monotonic() - started, ticks[0]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("behaviour", "title", "words"),
    [
        ("flood-1xx", "No connection to Wegly", "did not answer in time"),
        ("drip-headers", "No connection to Wegly", "did not answer in time"),
        ("gzip-gzip-bomb", "Invalid answer from the server", "too large"),
        ("big-unpacked", "Invalid answer from the server", "larger than 25 MB"),
        ("deep-nesting", "Invalid answer from the server", "more than 64 levels"),
        ("bad-gzip", "Invalid answer from the server", "could not be unpacked"),
        ("redirect-bad-idn", "Invalid answer from the server", "not valid; it was not followed"),
        ("storm-429", "Too many requests", "1 s"),
    ],
)
def test_misbehaving_server_shows_its_banner_within_the_deadline(
    qtbot: QtBot,
    open_viewer: Callable[[str], ViewerApp],
    hostile: HostileServer,
    api_token: str,
    behaviour: str,
    title: str,
    words: str,
) -> None:
    viewer = open_viewer(f"{hostile.url}/{behaviour}")
    seconds, ticks = look_up_and_wait(qtbot, viewer, DEADLINE_MS + SLACK_MS)

    banner = viewer.window.banner
    assert banner.isVisible()
    assert banner.title.text() == title
    assert words in banner.message.text()
    assert "Traceback" not in banner.message.text() + banner.detail
    assert api_token not in banner.message.text() + banner.detail
    # The GUI thread kept running its timers while the worker fought the server.
    assert ticks >= seconds * 20 * 0.25 - 2  # a 50 ms timer, a loaded CI runner, quick answers


@pytest.mark.slow
def test_the_timeout_banner_in_portuguese(
    qtbot: QtBot,
    window_pt_br: Path,
    open_viewer: Callable[[str], ViewerApp],
    hostile: HostileServer,
) -> None:
    viewer = open_viewer(f"{hostile.url}/flood-1xx")
    look_up_and_wait(qtbot, viewer, DEADLINE_MS + SLACK_MS)
    assert viewer.window.banner.title.text() == "Sem conexão com a Wegly"
    assert "não respondeu a tempo" in viewer.window.banner.message.text()


def test_closing_mid_flood_is_clean_and_quick(
    qtbot: QtBot, open_viewer: Callable[[str], ViewerApp], hostile: HostileServer
) -> None:
    viewer = open_viewer(f"{hostile.url}/flood-1xx")
    window = viewer.window
    window.lookup_bar.input.setText(CHAT_ID)
    qtbot.keyClick(window.lookup_bar.input, Qt.Key.Key_Return)
    qtbot.wait(500)  # the worker is now reading 102s
    started = time.monotonic()
    window.close()
    viewer.shutdown()
    assert time.monotonic() - started < 3.0  # shutdown waits at most 1 s + 0.5 s for pools
    for runner in (viewer.runner, viewer.avatar_runner):
        assert runner is None or runner.active_count == 0
