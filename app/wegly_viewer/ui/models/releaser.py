"""Free a big chat's objects a slice per event-loop turn instead of all at once.

Switching from the huge chat (10,000 reactions, 3,000 agents) to a normal one drops ~100,000
Python objects: its pydantic models, the raw response, facts and table rows. Whoever drops the
last reference frees all of them in one go, and freeing a big list is a single C call that
holds the GIL: 20-80 ms of GUI thread on a loaded machine (measured), a visibly dropped frame.

So models and panels hand what they replace to :func:`release` instead of just letting it go.
The releaser keeps it until it is the only holder (``sys.getrefcount``: a chat still on screen
or still referenced elsewhere is never touched), then takes it apart from the top: small
containers are opened and their children kept, big lists are emptied :data:`SLICE` items at a
time, at most :data:`ITEMS_PER_TURN` items per event-loop turn. Something another holder keeps
for longer than :data:`WAIT_TURNS` retries is simply let go (its holder frees it).

When a big release is done, the C allocator is asked once to give its free memory back to the
system (glibc ``malloc_trim``; elsewhere nothing): Python's small-object arenas and glibc keep
freed pages otherwise, so RSS stayed ~45 MB above the normal-chat figure after switching back.
"""

from __future__ import annotations

import ctypes
import gc
import sys
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from typing import Any, Final

from PySide6.QtCore import QObject, QTimer, Slot

SLICE: Final = 500
"""Items of a big list freed together (each item a reaction, an agent or a row)."""
ITEMS_PER_TURN: Final = 2_000
"""Items freed per event-loop turn (~1-4 ms of GUI thread for the huge chat's objects)."""
WAIT_TURNS: Final = 20
"""Retries (every :data:`WAIT_INTERVAL_MS`) for something another holder still keeps."""
WAIT_INTERVAL_MS: Final = 50
TRIM_AFTER_ITEMS: Final = 20_000
"""Items released since the last trim from which the allocator is asked to give memory back."""

# sys.getrefcount of an object only the releaser holds: the local name and the call's argument.
_ONLY_OURS: Final = 2


SMALL: Final = 64
"""Containers up to this size are opened (their children taken apart on their own); bigger
dicts and lists of up to :data:`SLICE` items are freed at once."""


def _worth_opening(item: object) -> bool:
    if isinstance(item, dict | list | tuple):
        return bool(item)
    return hasattr(type(item), "__pydantic_fields__") or (
        is_dataclass(item) and not isinstance(item, type)
    )


def _children(value: object) -> list[Any]:
    """The containers ``value`` holds that are worth taking apart on their own."""
    if isinstance(value, dict):
        items: Any = value.values() if len(value) <= SMALL else ()
    elif isinstance(value, list | tuple):
        items = value if len(value) <= SMALL else ()
    elif is_dataclass(value) and not isinstance(value, type):
        items = [getattr(value, field.name) for field in fields(value)]
    else:
        state = getattr(value, "__dict__", None)  # pydantic models keep fields there
        items = list(state.values()) if isinstance(state, dict) else []
        extra = getattr(value, "__pydantic_extra__", None)
        if isinstance(extra, dict) and extra:
            items.append(extra)
    return [item for item in items if _worth_opening(item)]


def _trim_memory() -> Callable[[], object] | None:
    """glibc's ``malloc_trim(0)``, or None where there is none (macOS, Windows, musl)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return lambda: trim(0)


# glibc's mallopt parameters (malloc.h).
_M_TRIM_THRESHOLD: Final = -1
_M_MMAP_THRESHOLD: Final = -3
_M_ARENA_MAX: Final = -8
MMAP_THRESHOLD: Final = 128 * 1024
"""Blocks from this size get their own mapping, given back to the system when freed."""
TRIM_THRESHOLD: Final = 1024 * 1024
"""Free memory at the top of a heap beyond which glibc gives it back at once."""
ARENA_MAX: Final = 2
"""glibc heaps (the GUI thread's and one for all worker threads)."""


def tune_allocator() -> bool:
    """Make glibc give freed memory back instead of keeping it for later (Linux only).

    By default glibc raises its mmap threshold to the size of each big block freed (up to
    32 MB), so after the huge chat's 2.8 MB body and its JSON text were freed once, the next
    ones come from the heap and stay there; and each thread that allocates gets a heap of its
    own (up to 8 per core) that keeps its free memory. Fixed thresholds and two heaps: 12 MB
    less after the huge chat, 5 MB less after switching back (bench/run.py rows 6-7). Call it
    before worker threads start; returns whether the settings were applied.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc (musl)
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    settings = (
        (_M_MMAP_THRESHOLD, MMAP_THRESHOLD),
        (_M_TRIM_THRESHOLD, TRIM_THRESHOLD),
        (_M_ARENA_MAX, ARENA_MAX),
    )
    return all(mallopt(option, value) == 1 for option, value in settings)


class Releaser(QObject):
    """Takes what it is given apart over several event-loop turns (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ready: list[Any] = []  # only ours (or not checked yet): taken apart first
        self._waiting: list[list[Any]] = []  # [object, retries left]: someone else holds it
        self._released = 0
        self._trim = _trim_memory()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)

    def release(self, value: object) -> None:
        """Free ``value`` in slices once nothing else holds it (containers only; the rest is
        dropped at once, which is cheap)."""
        if isinstance(value, dict | list | tuple) and not value:
            return
        self._ready.append(value)
        del value
        self._schedule()

    @property
    def pending(self) -> int:
        """Objects still held (for tests: 0 once everything was let go)."""
        return len(self._ready) + len(self._waiting)

    def _schedule(self) -> None:
        if self._ready:
            self._timer.start(0)
        elif self._waiting:
            self._timer.start(WAIT_INTERVAL_MS)
        elif self._released >= TRIM_AFTER_ITEMS:
            self._released = 0
            # The few cycles a big chat leaves (exceptions, closures) and the interpreter's
            # free lists (thousands of tuples, floats, dicts) keep pools of Python's arenas,
            # and so whole arenas, alive: ~4 MB. Cheap: start-up and every big payload are
            # frozen (core/bounds.py), so the collector only walks what came after (~1 ms).
            gc.collect()
            if self._trim is not None:
                self._trim()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if not self._ready:
            self._retry_waiting()
        budget = ITEMS_PER_TURN
        while self._ready and budget > 0:
            budget -= self._step()
        self._schedule()

    def _retry_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        for entry in waiting:
            value, retries = entry
            entry.clear()
            if retries <= 0:
                continue  # kept elsewhere for long: its holder frees it
            if sys.getrefcount(value) == _ONLY_OURS:
                self._ready.append(value)
            else:
                self._waiting.append([value, retries - 1])
            del value

    def _step(self) -> int:
        """Take the last ready object one step apart; how many items that freed."""
        value = self._ready.pop()
        if sys.getrefcount(value) > _ONLY_OURS:
            self._waiting.append([value, WAIT_TURNS])
            return 1
        if isinstance(value, list) and len(value) > SLICE:
            chunk = value[-SLICE:]
            del value[-SLICE:]
            self._ready.append(value)
            freed = len(chunk)
            detach = getattr(chunk[0], "detach", None)
            if callable(detach):
                for item in chunk:
                    item.detach()
            del chunk
            self._released += freed
            return freed
        if isinstance(value, tuple) and len(value) > SLICE:
            self._ready.append(list(value))  # the list keeps the items; the tuple goes cheaply
            return 1
        children = _children(value)
        detach = getattr(value, "detach", None)
        if callable(detach):
            detach()
        size = len(value) if isinstance(value, dict | list | tuple) else 1
        if isinstance(value, list) and value and callable(getattr(value[0], "detach", None)):
            for item in value:
                item.detach()
        del value  # cheap now: its big children are kept by ``children``
        self._ready.extend(children)
        self._released += size
        return size


_releaser: Releaser | None = None


def releaser() -> Releaser:
    """The GUI thread's releaser (made on first use; it lives as long as the application)."""
    global _releaser  # one per process, like the application object it belongs to
    if _releaser is None:
        from PySide6.QtCore import QCoreApplication

        _releaser = Releaser(QCoreApplication.instance())
    return _releaser


def release(value: object) -> None:
    """Hand ``value`` (rows, a document, a chat) to the GUI thread's :class:`Releaser`."""
    releaser().release(value)
