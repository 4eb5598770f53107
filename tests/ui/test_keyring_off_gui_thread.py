"""A keyring that blocks (a locked Secret Service waiting for its unlock prompt) never freezes
the window, and ``wegly-lookup`` gives up on it after a bounded wait with one line."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from wegly_viewer import cli
from wegly_viewer.core import secrets
from wegly_viewer.core.clock import FixedClock
from wegly_viewer.core.secrets import MemoryTokenStore
from wegly_viewer.devserver import DEMO_CHAT_IDS, ContractServer
from wegly_viewer.ui.app import Options, ViewerApp

OPEN_ID = DEMO_CHAT_IDS["open_reactions"]


class BlockingStore(MemoryTokenStore):
    """Saving and deleting wait until the test opens ``gate`` (as an unlock prompt would)."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.callers: list[threading.Thread] = []

    def set(self, profile: str, token: str) -> None:
        self.callers.append(threading.current_thread())
        assert self.gate.wait(10), "the test never opened the gate"
        super().set(profile, token)

    def delete(self, profile: str) -> None:
        self.callers.append(threading.current_thread())
        assert self.gate.wait(10), "the test never opened the gate"
        super().delete(profile)


@pytest.fixture
def ticks(qtbot: QtBot) -> Iterator[Callable[[], int]]:
    """Counts a 5 ms timer on the GUI thread: it only advances while the event loop runs."""
    count = [0]
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: count.__setitem__(0, count[0] + 1))
    timer.start()
    yield lambda: count[0]
    timer.stop()


def test_saving_in_a_blocked_keyring_keeps_the_window_responsive(
    qtbot: QtBot,
    make_viewer: Callable[..., ViewerApp],
    server: ContractServer,
    api_token: str,
    ticks: Callable[[], int],
) -> None:
    store = BlockingStore()
    viewer = make_viewer(Options(base_url=server.url), store)
    qtbot.waitUntil(lambda: viewer.token_dialog is not None and viewer.token_dialog.isVisible())
    dialog = viewer.token_dialog
    assert dialog is not None
    dialog.token_input.setText(api_token)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    started = time.monotonic()
    save.click()
    assert time.monotonic() - started < 0.5  # the click returned while the keyring blocks
    assert dialog.status.text() == "Saving the key in the system keyring…"
    assert not save.isEnabled()  # no second save while the first one waits
    before = ticks()
    qtbot.wait(300)  # the keyring is still blocked
    assert ticks() - before >= 20, "the GUI thread stopped processing events"
    assert store.get("default") is None
    store.gate.set()
    qtbot.waitUntil(lambda: dialog.choice is not None)
    assert dialog.status.text() == (
        "Key saved: memory, for this session only (not saved). The app is already using it."
    )
    assert store.get("default") == api_token
    assert threading.main_thread() not in store.callers


def test_forgetting_in_a_blocked_keyring_keeps_the_window_responsive(
    qtbot: QtBot,
    make_viewer: Callable[..., ViewerApp],
    server: ContractServer,
    api_token: str,
    ticks: Callable[[], int],
) -> None:
    store = BlockingStore()
    MemoryTokenStore.set(store, "default", api_token)
    viewer = make_viewer(Options(base_url=server.url), store)
    window = viewer.window
    window.forget_key_action.trigger()
    box = window.forget_key_box
    assert isinstance(box, QMessageBox)
    confirm = box.findChild(QPushButton, "forget_key_confirm")
    assert confirm is not None
    confirm.click()
    assert window.statusBar().currentMessage() == "Removing the saved API key…"
    before = ticks()
    qtbot.wait(300)
    assert ticks() - before >= 20, "the GUI thread stopped processing events"
    assert store.get("default") == api_token  # still blocked
    store.gate.set()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "The saved API key was removed.")
    assert store.get("default") is None
    assert window.need_key_button.isVisible()
    assert threading.main_thread() not in store.callers


class _LockedKeyring:
    """A keyring backend whose reads never answer (until the test ends)."""

    def __init__(self) -> None:
        from keyring.backend import KeyringBackend

        gate = self.gate = threading.Event()

        class Locked(KeyringBackend):
            priority = 1  # type: ignore[assignment]  # set explicitly, never auto-chosen

            def get_password(self, service: str, username: str) -> str | None:
                gate.wait(30)
                return None

            def set_password(self, service: str, username: str, password: str) -> None:
                raise NotImplementedError

            def delete_password(self, service: str, username: str) -> None:
                raise NotImplementedError

        self.backend = Locked()


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "wegly-lookup: the system keyring did not answer within 1 s (is it locked?); "
            "set WEGLY_TOKEN instead.",
        ),
        (
            "pt_BR",
            "wegly-lookup: o chaveiro do sistema não respondeu em 1 s (está bloqueado?); "
            "defina WEGLY_TOKEN em vez disso.",
        ),
    ],
)
def test_lookup_gives_up_on_a_locked_keyring_with_one_line(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    server: ContractServer,
    clock: FixedClock,
    lang: str,
    line: str,
) -> None:
    import keyring

    locked = _LockedKeyring()
    previous = keyring.get_keyring()
    monkeypatch.delenv("WEGLY_TOKEN", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setattr(secrets, "KEYRING_WAIT_SECONDS", 1.0)
    keyring.set_keyring(locked.backend)
    try:
        started = time.monotonic()
        code = cli.main([OPEN_ID, "--base-url", server.url, "--lang", lang], clock=clock)
        elapsed = time.monotonic() - started
    finally:
        locked.gate.set()
        keyring.set_keyring(previous)
    out, err = capsys.readouterr()
    assert code == 2
    assert err.splitlines() == [line]
    assert out == ""
    assert elapsed < 3
    assert server.requests == []
