"""Take the README screenshots: every tab of the demo chat, pt-BR in light and dark, English light.

Run from the repository root (any Qt platform; CI-like machines use offscreen or Xvfb)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py

Writes ``docs/screenshots/<language>-<theme>-<n>-<tab>.png``. Uses the real app graph against the
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
from PySide6.QtWidgets import QApplication

from wegly_viewer.core.clock import FixedClock
from wegly_viewer.core.language import Language
from wegly_viewer.core.secrets import MemoryTokenStore
from wegly_viewer.devserver import DEMO_CHAT_IDS
from wegly_viewer.ui.app import Options, ViewerApp
from wegly_viewer.ui.chat_view import TABS
from wegly_viewer.ui.theme import apply_theme
from wegly_viewer.ui.translations import install_translators, remove_translators

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
from update_translations import release  # noqa: E402 - packaging/ is not a package

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
    window.statusBar().clearMessage()
    for _ in range(5):
        app.processEvents()
    path = OUT / f"{prefix}-{len(TABS) + 1}-reactions-filter.png"
    window.grab().save(str(path))
    shots.append(path)
    window.close()
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
