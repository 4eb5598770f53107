"""GUI-thread probes for the benchmarks: the longest event-loop turn, waiting inside a real
event loop, and the first paint of a set of widgets.

Waiting runs a nested ``QEventLoop`` (not ``processEvents`` and ``sleep``): timers, queued
signals and ``deleteLater`` behave as in the app, and no sleep of ours lengthens a gap.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from PySide6.QtCore import QChildEvent, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget


class GapMonitor:
    """The longest gap between ticks of a fast timer on the GUI thread: the longest turn of
    the event loop, what a user feels as a dropped frame (16 ms at 60 Hz) or a frozen window."""

    def __init__(self, interval_ms: int = 1) -> None:
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = time.perf_counter()
        self.longest = 0.0
        self.ticks = 0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now
        self.ticks += 1

    def start(self) -> None:
        self.longest = 0.0
        self.ticks = 0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        """Stops; returns the longest gap in seconds (the last, unfinished one included)."""
        self._timer.stop()
        self._tick()
        return self.longest


def wait_until(predicate: Callable[[], bool], timeout: float = 60.0, poll_ms: int = 1) -> None:
    """Run the event loop until ``predicate()`` is true (checked every ``poll_ms``)."""
    if predicate():
        return
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    timed_out = False

    def check() -> None:
        nonlocal timed_out
        if predicate():
            loop.quit()
        elif time.monotonic() > deadline:
            timed_out = True
            loop.quit()

    poll = QTimer()
    poll.setTimerType(Qt.TimerType.PreciseTimer)
    poll.timeout.connect(check)
    poll.start(poll_ms)
    loop.exec()
    poll.stop()
    if timed_out:
        raise TimeoutError(f"still waiting after {timeout:.0f} s")


def settle(seconds: float) -> None:
    """Run the event loop for ``seconds``."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(round(seconds * 1000))
    loop.exec()


class PaintWatch(QObject):
    """When a watched widget is first painted while ``armed(widget)`` holds.

    Watches a root widget and every widget under it, also those added later (a tab built
    lazily, a panel replaced): a parent covered by opaque children gets no paint event of its
    own, so the first paint of "the tab" is the first paint of any widget in it.
    """

    def __init__(self, root: QWidget, armed: Callable[[QWidget], bool]) -> None:
        super().__init__()
        self._armed = armed
        self._watched: dict[int, QWidget] = {}
        self.painted_at: float | None = None
        self._adopt(root)

    def _adopt(self, widget: QWidget) -> None:
        for each in (widget, *widget.findChildren(QWidget)):
            if id(each) not in self._watched:
                self._watched[id(each)] = each
                each.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if isinstance(event, QChildEvent) and kind in (
            QEvent.Type.ChildAdded,
            QEvent.Type.ChildPolished,
        ):
            child = event.child()
            if isinstance(child, QWidget):
                self._adopt(child)
        elif (
            kind == QEvent.Type.Paint
            and self.painted_at is None
            and isinstance(watched, QWidget)
            and self._armed(watched)
        ):
            self.painted_at = time.perf_counter()
        return False

    def close(self) -> None:
        for widget in self._watched.values():
            with contextlib.suppress(RuntimeError):  # deleted since
                widget.removeEventFilter(self)
        self._watched.clear()
