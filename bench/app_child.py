"""In-process measurements of the real app, one scenario per child process (run by bench/run.py).

The app starts through its real entry point (``wegly_viewer.__main__.main`` → ``ui.app.run``:
logging, crash handler, theme, translators, composition root, event loop); the only addition
is a wrapper around ``ViewerApp.start`` that hands this script the ``ViewerApp`` once the window
is shown. The key comes from WEGLY_TOKEN (no keyring), the settings from a fresh
XDG_CONFIG_HOME. Each scenario prints one JSON object on stdout and quits the app.

    app_child.py startup              # longest GUI-thread turn from the first paint to ready
    app_child.py chats URL RUNS WARM  # the huge chat against httpx.get+json.loads, RSS
    app_child.py leak URL LOOKUPS     # RSS over LOOKUPS lookups of normal chats
"""

from __future__ import annotations

import gc
import json
import sys
import time
import traceback
from collections.abc import Callable
from statistics import median
from typing import Any

from gui_probe import GapMonitor, PaintWatch, settle, wait_until
from harness import (
    HUGE_CHAT,
    NORMAL_CHAT,
    OTHER_NORMAL_CHAT,
    TOKEN,
    chat_url,
    rss_breakdown,
    rss_mb,
)
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

STARTUP_TAIL_S = 0.3  # start-up work the app defers past `ready` (one tab per turn...) counts
LOOKUP_TAIL_S = 0.3  # so does work after the first tab (other tabs, the old chat released)


def start_app(
    argv: list[str],
    scenario: Callable[[Any], dict[str, Any]],
    prepare: Callable[[Any], None] | None = None,
) -> int:
    """Runs the real entry point; ``prepare(viewer)`` right after the window is shown (before
    any event is processed), ``scenario(viewer)`` from the next event-loop turn, inside the
    app's event loop; the scenario's result is printed as JSON."""
    from wegly_viewer import __main__ as entry
    from wegly_viewer.ui.app import ViewerApp

    original_start = ViewerApp.start
    outcome: dict[str, Any] = {}

    def start(viewer: ViewerApp) -> None:
        original_start(viewer)
        if prepare is not None:
            prepare(viewer)

        def run_scenario() -> None:
            try:
                outcome.update(scenario(viewer))
            except Exception:
                traceback.print_exc()
                outcome["error"] = True
            viewer.window.close()
            QCoreApplication.quit()

        QTimer.singleShot(0, run_scenario)

    ViewerApp.start = start  # type: ignore[method-assign]
    code = entry.main(argv)
    if outcome.get("error") or not outcome:
        return 2
    outcome["qt_platform"] = QGuiApplication.platformName()
    outcome["qt_version"] = qVersion()
    print(json.dumps(outcome))
    return code


class FirstPaint(QObject):
    """Starts the gap monitor at the watched window's first paint."""

    def __init__(self) -> None:
        super().__init__()
        self.monitor = GapMonitor()
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self.painted_at is None and event.type() == QEvent.Type.Paint:
            self.painted_at = time.perf_counter()
            self.monitor.start()
        return False


_first_paint: list[FirstPaint] = []  # built once the QApplication exists


def watch_first_paint(viewer: Any) -> None:
    _first_paint.append(FirstPaint())
    viewer.window.installEventFilter(_first_paint[0])


def startup(viewer: Any) -> dict[str, Any]:
    """The longest gap between 1 ms ticks from the window's first paint until the start-up is
    over (``viewer.ready``, then STARTUP_TAIL_S)."""
    first_paint = _first_paint[0]
    wait_until(lambda: first_paint.painted_at is not None, timeout=30)
    viewer.window.removeEventFilter(first_paint)
    painted_at = first_paint.painted_at
    assert painted_at is not None
    wait_until(lambda: viewer.ready, timeout=30)
    ready_at = time.perf_counter()
    settle(STARTUP_TAIL_S)
    gap = first_paint.monitor.stop()
    return {
        "gap_ms": gap * 1000,
        "paint_to_ready_ms": (ready_at - painted_at) * 1000,
        "rss_mb": rss_mb(),
    }


class Looker:
    """Looks chats up through the window as a user does: the id typed, Enter pressed."""

    def __init__(self, viewer: Any) -> None:
        self.viewer = viewer
        self.window = viewer.window
        self.monitor = GapMonitor()

    def lookup(self, chat_id: str, tail: float = LOOKUP_TAIL_S) -> tuple[float, float]:
        """Seconds from Enter to the first paint of the visible tab showing ``chat_id``, and
        the longest GUI-thread gap from Enter until the lookup (timeline included) is over
        plus ``tail``."""
        view = self.window.chat_view
        controller = self.viewer.controller
        assert view is not None
        assert controller is not None

        def shows_chat() -> bool:
            chat = view.chat
            return chat is not None and str(chat.id).lower() == chat_id

        def shows_chat_in(widget: QWidget) -> bool:  # painted: the visible tab, this chat
            current = view.currentWidget()
            return (
                shows_chat()
                and current is not None
                and (widget is current or current.isAncestorOf(widget))
            )

        assert not shows_chat(), "look up another chat in between"
        watch = PaintWatch(view, shows_chat_in)
        self.window.lookup_bar.input.setText(chat_id)
        self.monitor.start()
        started = time.perf_counter()
        QTest.keyClick(self.window.lookup_bar.input, Qt.Key.Key_Return)
        wait_until(
            lambda: (
                watch.painted_at is not None
                and not controller.is_busy
                and not controller.timeline_busy
            ),
            timeout=60,
        )
        if tail:
            settle(tail)
        gap = self.monitor.stop()
        watch.close()
        assert watch.painted_at is not None
        return watch.painted_at - started, gap


def _ready(viewer: Any) -> Looker:
    wait_until(lambda: viewer.ready, timeout=30)
    viewer.window.resize(1100, 800)
    settle(0.3)
    return Looker(viewer)


RELEASE_WAIT_S = 10.0


def released() -> None:
    """Waits until the old chat was freed (ui/models/releaser.py takes it apart over a few
    hundred ms after the switch): the RSS after that is what the user's machine keeps."""
    from wegly_viewer.ui.models.releaser import releaser

    wait_until(lambda: releaser().pending == 0, timeout=RELEASE_WAIT_S)


def chats(base_url: str, runs: int, warm_ups: int) -> Callable[[Any], dict[str, Any]]:
    def scenario(viewer: Any) -> dict[str, Any]:
        import httpx

        looker = _ready(viewer)
        for number in range(warm_ups):  # imports, caches, first layouts; ends on OTHER
            looker.lookup(OTHER_NORMAL_CHAT if (warm_ups - number) % 2 else NORMAL_CHAT)
        released()
        normal_before = rss_mb()
        breakdown = {"normal_before": rss_breakdown()}
        url = chat_url(base_url, HUGE_CHAT)
        headers = {"Authorization": f"Bearer {TOKEN}"}
        raw, huge_shown, huge_gap, huge_rss = [], [], [], []
        leave_gap, normal_after, normal_gap, normal_shown = [], [], [], []
        for _ in range(runs):
            started = time.perf_counter()
            response = httpx.get(url, headers=headers, timeout=30)
            json.loads(response.content)
            raw.append(time.perf_counter() - started)
            # The baseline's response is cyclic garbage (its stream refers back to it) holding
            # the 2.8 MB body: collected here, or the big lookup's gc.freeze() (core/bounds.py)
            # keeps it for good and the RSS rows count it as the app's (measured: back on a
            # normal chat +20 -> +14 MB). This also collects the app's own pending garbage,
            # which the freeze would otherwise keep: docs/performance.md, known misses.
            del response
            gc.collect()
            shown, gap = looker.lookup(HUGE_CHAT)
            huge_shown.append(shown)
            huge_gap.append(gap)
            huge_rss.append(rss_mb())
            breakdown.setdefault("huge", rss_breakdown())
            _shown, gap = looker.lookup(NORMAL_CHAT)
            leave_gap.append(gap)
            released()
            normal_after.append(rss_mb())
            breakdown.setdefault("normal_after", rss_breakdown())
            shown, gap = looker.lookup(OTHER_NORMAL_CHAT)
            normal_shown.append(shown)
            normal_gap.append(gap)
        ms = 1000
        return {
            "raw_ms": median(raw) * ms,
            "huge_shown_ms": median(huge_shown) * ms,
            "huge_gap_ms": median(huge_gap) * ms,
            "huge_gap_max_ms": max(huge_gap) * ms,
            "leave_gap_ms": median(leave_gap) * ms,
            "normal_gap_ms": median(normal_gap) * ms,
            "normal_shown_ms": median(normal_shown) * ms,
            # The first huge chat is the figure; the last shows what repeating it adds.
            "huge_rss_mb": huge_rss[0],
            "huge_rss_last_mb": huge_rss[-1],
            "normal_before_mb": normal_before,
            "normal_after_mb": normal_after[0],
            "normal_after_last_mb": normal_after[-1],
            "runs": runs,
            "breakdown": breakdown,
        }

    return scenario


def leak(lookups: int) -> Callable[[Any], dict[str, Any]]:
    def scenario(viewer: Any) -> dict[str, Any]:
        looker = _ready(viewer)
        marks: dict[int, float] = {}
        first_mark = min(20, lookups // 2)
        started = time.perf_counter()
        for number in range(1, lookups + 1):
            looker.lookup(NORMAL_CHAT if number % 2 else OTHER_NORMAL_CHAT, tail=0)
            if number in (first_mark, lookups):
                settle(0.1)
                gc.collect()  # garbage not yet collected is not a leak
                settle(0.1)
                marks[number] = rss_mb()
        return {
            "from": first_mark,
            "to": lookups,
            "rss_from_mb": marks[first_mark],
            "rss_to_mb": marks[lookups],
            "seconds": time.perf_counter() - started,
        }

    return scenario


def main() -> int:
    mode = sys.argv[1]
    if mode == "startup":
        return start_app([], startup, watch_first_paint)
    if mode == "chats":
        url, runs, warm_ups = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
        return start_app(["--base-url", url], chats(url, runs, warm_ups))
    if mode == "leak":
        url, lookups = sys.argv[2], int(sys.argv[3])
        return start_app(["--base-url", url], leak(lookups))
    raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    sys.exit(main())
