"""Benchmark: the Conversation tab with 5,000 messages against a normal chat, same run.

Runs the real window (composition root, real worker threads) against the contract server on
loopback in a child process,
looks up the normal chat ("open_reactions", 16 messages) and then the 5,000-message chat
("long_conversation", fetched in one page of 5,000), and for each: shows the Conversation tab,
lets the list lay itself out, scrolls from the bottom to the top and back, and searches.

It prints the longest GUI-thread stall (the longest gap between ticks of a 2 ms timer: what a
user feels as a frozen window) and the resident memory after each chat, with the 5,000-message
figures as ratios of the normal chat's measured in the same run. Figures, not a pass/fail test:

    PYTHONPATH=app QT_QPA_PLATFORM=offscreen python bench/conversation.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from gui_probe import GapMonitor
from harness import TOKEN, rss_mb, server_process
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from wegly_viewer.core.clock import SystemClock
from wegly_viewer.core.secrets import MemoryTokenStore
from wegly_viewer.devserver import DEMO_CHAT_IDS, TIMELINE_CHAT_IDS
from wegly_viewer.ui.app import Options, ViewerApp


def spin(app: QApplication, until: Callable[[], bool], timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not until():
        if time.monotonic() > end:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.001)


def settle(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.001)


def run_chat(app: QApplication, viewer: ViewerApp, chat_id: str) -> dict[str, float]:
    window = viewer.window
    view = window.chat_view
    assert view is not None
    panel = view.conversation
    probe = GapMonitor(interval_ms=2)
    probe.start()
    started = time.perf_counter()
    window.lookup_bar.input.setText(chat_id)
    window.lookup_bar.submit()
    spin(app, lambda: panel.facts is not None and panel.facts.chat_id == chat_id)
    shown = time.perf_counter() - started
    view.setCurrentWidget(panel)
    settle(app, 2.0)  # batched layout of the rows
    open_stall = probe.stop()

    probe.start()
    bar = panel.view.verticalScrollBar()
    steps = 60
    for step in range(steps + 1):
        bar.setValue(bar.maximum() - (bar.maximum() - bar.minimum()) * step // steps)
        settle(app, 0.01)
    for step in range(steps + 1):
        bar.setValue(bar.minimum() + (bar.maximum() - bar.minimum()) * step // steps)
        settle(app, 0.01)
    scroll_stall = probe.stop()

    probe.start()
    panel.open_search()
    panel.search_input.setText("pedido")
    for _ in range(5):
        panel.next_match()
        settle(app, 0.02)
    panel.close_search()
    settle(app, 0.2)
    search_stall = probe.stop()
    return {
        "rows": float(panel.model.rowCount()),
        "shown_s": shown,
        "open_ms": open_stall * 1000,
        "scroll_ms": scroll_stall * 1000,
        "search_ms": search_stall * 1000,
        "rss_mb": rss_mb(),
    }


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    clock = SystemClock()
    with server_process() as url, tempfile.TemporaryDirectory() as tmp:
        store = MemoryTokenStore()
        store.set("default", TOKEN)
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        options = Options(base_url=url, timeline_page_size=5000)
        viewer = ViewerApp(options, settings, Path(tmp) / "config", store, clock=clock)
        viewer.start()
        spin(app, lambda: viewer.ready)
        viewer.window.resize(1100, 800)
        settle(app, 0.3)
        start_rss = rss_mb()
        normal = run_chat(app, viewer, DEMO_CHAT_IDS["open_reactions"])
        normal_rss = normal["rss_mb"]
        big = run_chat(app, viewer, TIMELINE_CHAT_IDS["long_conversation"])
        viewer.window.close()
        viewer.shutdown()

    def ratio(key: str) -> str:
        return f"{big[key] / normal[key]:.1f}×" if normal[key] else "—"

    print(f"Conversation tab benchmark (RSS at start {start_rss:.0f} MB)")
    print(f"{'':34}{'normal chat':>14}{'5,000 messages':>16}{'ratio':>8}")
    rows = [
        ("rows in the list", "rows", "{:.0f}"),
        ("lookup → conversation shown (s)", "shown_s", "{:.2f}"),
        ("longest stall: open + layout (ms)", "open_ms", "{:.0f}"),
        ("longest stall: scrolling (ms)", "scroll_ms", "{:.0f}"),
        ("longest stall: search (ms)", "search_ms", "{:.0f}"),
        ("RSS after (MB)", "rss_mb", "{:.0f}"),
    ]
    for label, key, fmt in rows:
        print(f"{label:34}{fmt.format(normal[key]):>14}{fmt.format(big[key]):>16}{ratio(key):>8}")
    print(f"RSS growth for 5,000 messages: {big['rss_mb'] - normal_rss:+.0f} MB")


if __name__ == "__main__":
    main()
