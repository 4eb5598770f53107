"""Run a slot later, but never after its object is gone.

``QTimer.singleShot(ms, obj.method)`` keeps only the Python wrapper alive: when the C++ object
is deleted first (a window closed, a test's app torn down), the timer still fires and calls into
a dead object (an AttributeError at best, a crash at worst). A single-shot timer that is a
*child* of the object dies with it instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def call_later(owner: QObject, msec: int, slot: Callable[[], object]) -> QTimer:
    """Call ``slot`` once after ``msec`` ms unless ``owner`` is destroyed first."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(msec)
    timer.timeout.connect(slot)
    timer.timeout.connect(timer.deleteLater)
    timer.start()
    return timer
