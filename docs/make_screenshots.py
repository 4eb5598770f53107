"""Take the README screenshots: every tab of the demo chat, in light and dark.

Run from the repository root (any Qt platform; CI-like machines use offscreen or Xvfb)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py

Writes ``docs/screenshots/<theme>-<n>-<tab>.png``. Uses the real app graph against the built-in
demo server, so what is pictured is what a user gets with ``./run``.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from wegly_viewer.core.clock import FixedClock
from wegly_viewer.core.secrets import MemoryTokenStore
from wegly_viewer.devserver import DEMO_CHAT_IDS
from wegly_viewer.ui.app import Options, ViewerApp
from wegly_viewer.ui.theme import apply_theme

# A fixed moment, so the screenshots only change when the product does.
SCREENSHOT_CLOCK = FixedClock(datetime(2026, 12, 1, 18, 5, tzinfo=UTC))
OUT = Path(__file__).resolve().parent / "screenshots"
TAB_NAMES = ["overview", "last-message", "crm", "agents", "lead-sources", "raw-json"]


def wait_until(app: QApplication, condition: object, timeout_s: float = 20.0) -> None:
    import time

    deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("screenshot step timed out")
        app.processEvents()
        time.sleep(0.01)


def shoot(app: QApplication, theme: str, chat: str) -> list[Path]:
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
    shots: list[Path] = []
    empty = OUT / f"{theme}-0-start.png"
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
    for index, name in enumerate(TAB_NAMES):
        view.setCurrentIndex(index)
        for _ in range(5):
            app.processEvents()
        path = OUT / f"{theme}-{index + 1}-{name}.png"
        window.grab().save(str(path))
        shots.append(path)
    window.close()
    return shots


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    OUT.mkdir(exist_ok=True)
    chat = DEMO_CHAT_IDS["open_reactions"]
    for theme in ("light", "dark"):
        for path in shoot(app, theme, chat):
            print(path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
