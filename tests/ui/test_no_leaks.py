"""200 lookups through the real window free everything they made.

Normal chats (each also fetches its conversation), error chats and cancelled lookups, against
the contract server on loopback: afterwards no task, lookup, timeline fetch or HTTP client is
alive, the window holds no more widgets than after the first 20 lookups, and resident memory
after lookup 200 is within a few MB of the figure after lookup 20.

Before the fix every task stayed alive with its signals object (PySide6's pool kept each
runnable started with auto-delete off): 282 after these 200 lookups, and +7 KB of RSS per
lookup, linearly (measured; +27 KB with the heap untrimmed).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc
import os
import threading
from collections import Counter
from pathlib import Path

import httpx
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wegly_viewer.core.client import ChatClient
from wegly_viewer.devserver import DEMO_CHAT_IDS, ERROR_CHAT_IDS, ContractServer, Reply
from wegly_viewer.ui.app import ViewerApp
from wegly_viewer.ui.lookup_controller import _Lookup, _TimelineFetch
from wegly_viewer.ui.workers import Task, TaskSignals

LOOKUPS = 200
WARM_UP = 20
RSS_SLACK_MB = 3.0
SLOW_ANSWER_S = 1.0
_STATM = Path("/proc/self/statm")
_LIBC_NAME = ctypes.util.find_library("c")
_LIBC = ctypes.CDLL(_LIBC_NAME) if _LIBC_NAME else None

# Every step of the cycle is one lookup; the cycle has 10 steps, so each appears 20 times.
_NORMAL = [DEMO_CHAT_IDS[k] for k in ("open_reactions", "resolved", "group", "archived")]
_ERRORS = [
    ERROR_CHAT_IDS[k] for k in ("not_found", "unauthorized", "server_error", "malformed_json")
]
_CANCEL = "cancel"  # the slow chat, cancelled with Esc while it is loading
_CYCLE = [
    _NORMAL[0],
    _ERRORS[0],
    _NORMAL[1],
    _CANCEL,
    _ERRORS[1],
    _NORMAL[2],
    _ERRORS[2],
    _CANCEL,
    _NORMAL[3],
    _ERRORS[3],
]
# httpx clients too: the app's two avatar fetchers keep one each for good (counted before).
_TRACKED = (Task, TaskSignals, _Lookup, _TimelineFetch, ChatClient, httpx.Client)


def rss_mb() -> float | None:
    """Resident memory of this process now (not the peak), in MB.

    Free heap memory is handed back to the OS first (glibc's ``malloc_trim``), so the figure
    is what is in use, not how fragmented the heap happens to be (±2 MB without it, measured).
    """
    if _LIBC is not None and hasattr(_LIBC, "malloc_trim"):
        _LIBC.malloc_trim(0)
    try:
        resident_pages = int(_STATM.read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None  # no /proc (macOS, Windows): objects are still counted
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def alive() -> Counter[str]:
    """Live objects of the tracked types, by type name."""
    counts: Counter[str] = Counter()
    for obj in gc.get_objects():
        if isinstance(obj, _TRACKED):
            counts[type(obj).__name__] += 1
    return counts


def holders() -> list[str]:
    """What refers to each surviving task (for the failure message)."""
    found: list[str] = []
    for obj in gc.get_objects():
        if isinstance(obj, Task):
            found.extend(
                f"task {obj.request_id} <- {type(ref).__name__}: {str(ref)[:120]}"
                for ref in gc.get_referrers(obj)
                if not (isinstance(ref, list) and len(ref) > 1000)  # gc.get_objects() itself
            )
    return found


def collected_on_gui_thread() -> None:
    """Run queued deletions (``deleteLater``) and collect cycles, here on the GUI thread."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def python_threads() -> int:
    """Threads made by Python (the server's handlers); idle Qt pool threads are "Dummy-N"."""
    return sum(1 for thread in threading.enumerate() if not thread.name.startswith("Dummy-"))


def quiet(qtbot: QtBot, threads: int) -> None:
    """Wait for the server's handler threads of cancelled lookups to end, then collect."""
    qtbot.waitUntil(lambda: python_threads() <= threads, timeout=10_000)
    collected_on_gui_thread()


def settle(qtbot: QtBot, viewer: ViewerApp) -> None:
    controller, runner, avatars = viewer.controller, viewer.runner, viewer.avatar_runner
    assert controller is not None and runner is not None and avatars is not None
    qtbot.waitUntil(
        lambda: (
            not controller.is_busy
            and not controller.timeline_busy
            and runner.active_count == 0
            and avatars.active_count == 0
        ),
        timeout=20_000,
    )


def test_200_lookups_free_their_tasks_clients_and_memory(
    qtbot: QtBot, viewer: ViewerApp, server: ContractServer
) -> None:
    window = viewer.window
    controller = viewer.controller
    assert controller is not None
    seen: Counter[str] = Counter()
    controller.loaded.connect(lambda _chat: seen.update(["loaded"]))
    controller.failed.connect(lambda _error: seen.update(["failed"]))
    controller.cancelled.connect(lambda: seen.update(["cancelled"]))

    slow = ERROR_CHAT_IDS["slow"]

    def slow_requests() -> int:
        return sum(1 for request in list(server.requests) if slow in request.path)

    def look_up(step: int) -> None:
        sample = _CYCLE[step % len(_CYCLE)]
        if sample == _CANCEL:
            before = slow_requests()
            # The slow chat answers after 30 s, and the server's thread waiting meanwhile is
            # this process's memory too: a second is slow enough to be cancelled mid-read.
            server.script(slow, [Reply(body={"id": slow}, delay=SLOW_ANSWER_S)])
            window.lookup_bar.input.setText(slow)
            window.lookup_bar.submit()
            # Esc once the server holds the request: the worker is blocked reading the answer.
            qtbot.waitUntil(lambda: slow_requests() > before, timeout=10_000)
            window.cancel_action.trigger()
        else:
            window.lookup_bar.input.setText(sample)
            window.lookup_bar.submit()
        settle(qtbot, viewer)

    settle(qtbot, viewer)
    collected_on_gui_thread()
    before = alive()  # the app's own: the avatar fetchers' two httpx clients
    threads_before = python_threads()
    for step in range(WARM_UP):
        look_up(step)
    quiet(qtbot, threads_before)
    memory_after_warm_up = rss_mb()
    widgets_after_warm_up = len(QApplication.allWidgets())

    for step in range(WARM_UP, LOOKUPS):
        look_up(step)
    quiet(qtbot, threads_before)
    memory_after_all = rss_mb()
    widgets_after_all = len(QApplication.allWidgets())

    # A deleteLater posted by the last lookup's signals may not have run yet: retry briefly.
    left: Counter[str] = Counter()

    def nothing_left() -> bool:
        collected_on_gui_thread()
        left.clear()
        left.update(alive())
        left.subtract(before)
        return not +left

    with contextlib.suppress(qtbot.TimeoutError):  # reported below, with the figures
        qtbot.waitUntil(nothing_left, timeout=5_000)
    growth = (
        memory_after_all - memory_after_warm_up
        if memory_after_all is not None and memory_after_warm_up is not None
        else 0.0
    )
    print(
        f"\nRSS after {WARM_UP} lookups {memory_after_warm_up} MB, after {LOOKUPS} "
        f"{memory_after_all} MB ({growth * 1024 / (LOOKUPS - WARM_UP):+.1f} KB/lookup); "
        f"alive: {dict(+left)}; outcomes: {dict(seen)}"
    )
    per_kind = LOOKUPS // len(_CYCLE)
    assert seen == {"loaded": 4 * per_kind, "failed": 4 * per_kind, "cancelled": 2 * per_kind}
    assert +left == {}, f"objects of finished lookups are still alive: {holders()}"
    assert widgets_after_all <= widgets_after_warm_up, "widgets built per chat are kept"
    assert growth < RSS_SLACK_MB, f"memory grew {growth:.1f} MB over {LOOKUPS - WARM_UP} lookups"
