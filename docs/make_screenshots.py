"""Take the README screenshots: every tab of the demo chat, pt-BR in light and dark, English light;
then, in each set, a failed lookup after the loaded chat and the API-key dialog (empty, and after
a rejected test).

Run from the repository root (any Qt platform; CI-like machines use offscreen or Xvfb)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py

Writes ``docs/screenshots/<language>-<theme>-<n>-<tab>.png``, then ``…-failed-lookup.png``,
``…-key-dialog.png`` and ``…-key-dialog-rejected.png``. Uses the real app graph against the
built-in demo server and the catalogue compiled from resources/translations, so what is pictured
is what a user gets with ``./run``. The status bar's demo address (a random loopback port) is
cleared so the pictures only change when the product does.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from wegly_viewer.core.clock import FixedClock
from wegly_viewer.core.language import Language
from wegly_viewer.core.secrets import MemoryTokenStore
from wegly_viewer.devserver import DEMO_CHAT_IDS, ERROR_CHAT_IDS
from wegly_viewer.ui.app import Options, ViewerApp
from wegly_viewer.ui.chat_view import TABS
from wegly_viewer.ui.theme import apply_theme
from wegly_viewer.ui.translations import install_translators, remove_translators

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
from update_translations import release  # noqa: E402 - packaging/ is not a package

# A key the demo server refuses, for the dialog's "key rejected" picture.
REJECTED_KEY = "eyJhbGciOiJIUzI1NiJ9.eyJkZW1vIjoid3JvbmcifQ.bm90LXRoZS1rZXk"
# A fixed moment, so the screenshots only change when the product does.
SCREENSHOT_CLOCK = FixedClock(datetime(2026, 12, 1, 18, 5, tzinfo=UTC))
OUT = Path(__file__).resolve().parent / "screenshots"
SETS: tuple[tuple[Language, str], ...] = (("pt_BR", "light"), ("pt_BR", "dark"), ("en", "light"))


def wait_until(app: QApplication, condition: object, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("screenshot step timed out")
        app.processEvents()
        time.sleep(0.01)


def tab_slug(object_name: str) -> str:
    """``tab_last_message`` → ``last-message``."""
    return object_name.removeprefix("tab_").replace("_", "-")


def shoot(app: QApplication, language: Language, theme: str, chat: str) -> list[Path]:
    prefix = f"{language}-{theme}"
    apply_theme(app, theme)
    scratch = Path(tempfile.mkdtemp())
    settings = QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat)
    viewer = ViewerApp(
        Options(demo=True), settings, scratch, MemoryTokenStore(), clock=SCREENSHOT_CLOCK
    )
    viewer.start()
    wait_until(app, lambda: viewer.ready)
    window = viewer.window
    window.resize(1100, 760)
    # The demo's address is a random loopback port: keep the pictures stable.
    window.set_connection_text(window.connection_label.text().split(" · ")[0])
    shots: list[Path] = []
    empty = OUT / f"{prefix}-0-start.png"
    window.statusBar().clearMessage()
    app.processEvents()
    window.grab().save(str(empty))
    shots.append(empty)
    window.lookup_bar.input.setText(f"https://app.wegly.com.br/chats/{chat}")
    window.lookup_bar.submit()
    controller = viewer.controller
    assert controller is not None
    wait_until(app, lambda: not controller.is_busy)
    view = window.chat_view
    assert view is not None
    conversation = view.panel("tab_conversation")
    # The conversation loads on its own after the chat: picture it loaded.
    wait_until(app, lambda: conversation.facts is not None)  # type: ignore[attr-defined]
    for index, row in enumerate(TABS):
        view.setCurrentWidget(view.panel(row.object_name))
        window.statusBar().clearMessage()
        for _ in range(5):
            app.processEvents()
        path = OUT / f"{prefix}-{index + 1}-{tab_slug(row.object_name)}.png"
        window.grab().save(str(path))
        shots.append(path)
    # The reactions filtered by one emoji chip (issue 11: reactions you can work with).
    panel = view.panel("tab_last_message")
    view.setCurrentWidget(panel)
    chips = panel.chips()  # type: ignore[attr-defined]
    chips[2].click()
    shots.append(save_window(app, window, OUT / f"{prefix}-{len(TABS) + 1}-reactions-filter.png"))
    # A failed lookup after a loaded chat: the previous chat dimmed and named, the banner
    # naming the ID that failed; then the start page, one click away, with the recent chats.
    view.setCurrentIndex(0)
    window.lookup_bar.input.setText(ERROR_CHAT_IDS["not_found"])
    window.lookup_bar.submit()
    wait_until(app, lambda: not controller.is_busy)
    n = len(TABS) + 2
    for name, step in (("failed-after-chat", None), ("start-after-chat", window.go_home)):
        if step is not None:
            step()
        shots.append(save_window(app, window, OUT / f"{prefix}-{n}-{name}.png"))
        n += 1
    demo_server = viewer.demo_server
    assert demo_server is not None
    shots += shoot_key_dialog(app, demo_server.url, prefix, n)
    window.close()
    return shots


def save_window(app: QApplication, window: QWidget, path: Path) -> Path:
    if isinstance(window, QMainWindow):
        window.statusBar().clearMessage()
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(path))
    return path


def shoot_key_dialog(app: QApplication, server_url: str, prefix: str, number: int) -> list[Path]:
    """The API-key dialog of a first start (no key yet), as it opens, then after a test that
    the server (the demo's, which knows only its own key) refused."""
    scratch = Path(tempfile.mkdtemp())
    settings = QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat)
    viewer = ViewerApp(
        Options(base_url=server_url), settings, scratch, MemoryTokenStore(), clock=SCREENSHOT_CLOCK
    )
    viewer.start()
    wait_until(app, lambda: viewer.ready)
    wait_until(app, lambda: viewer.token_dialog is not None and viewer.token_dialog.isVisible())
    dialog = viewer.token_dialog
    assert dialog is not None
    shots = [save_window(app, dialog, OUT / f"{prefix}-{number}-key-dialog.png")]
    dialog.token_input.setText(REJECTED_KEY)
    dialog.test_button.click()
    wait_until(app, lambda: dialog.test_button.isEnabled())
    shots.append(save_window(app, dialog, OUT / f"{prefix}-{number + 1}-key-dialog-rejected.png"))
    dialog.reject()
    viewer.window.close()
    viewer.shutdown()
    return shots


def main() -> int:
    # Brasília time, as the agents see it, whatever the machine running this is set to.
    os.environ["TZ"] = "<-03>3"
    time.tzset()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    OUT.mkdir(exist_ok=True)
    chat = DEMO_CHAT_IDS["open_reactions"]
    for old in OUT.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as compiled:
        release(Path(compiled))
        for language, theme in SETS:
            translators = install_translators(app, language, Path(compiled))
            try:
                for path in shoot(app, language, theme, chat):
                    print(path.relative_to(ROOT))
            finally:
                remove_translators(app, translators)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
