"""The single way to run background work: a task plus a QObject carrying its signals.

A :class:`Task` runs a plain callable on an app-owned :class:`QThreadPool`. The callable gets
plain values and returns a value or raises; it never touches a widget. Results come back as
queued signals delivered to the GUI thread, tagged with the caller's request id, so a handler
can drop results of lookups that were superseded (``if request_id != self._request_id: return``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from wegly_viewer.core.errors import LookupCancelled, WeglyError
from wegly_viewer.core.secrets import TokenStoreError

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    """Signals of one task; lives in the GUI thread, emitted from the worker thread.

    Signals:
        succeeded(int, object): request id and the callable's return value.
        failed(int, object): request id and the exception (a WeglyError or TokenStoreError for
            expected failures; anything else is a bug, logged).
        cancelled(int): the callable raised LookupCancelled.
        finished(int): always last, after one of the above.
    """

    succeeded = Signal(int, object)
    failed = Signal(int, object)
    cancelled = Signal(int)
    finished = Signal(int)


def _done() -> None:
    """What a finished Task holds instead of its callable."""


_CHAIN_LIMIT = 16


def _without_frames(error: BaseException) -> BaseException:
    """``error`` with its tracebacks (and those of its causes) dropped, returned.

    A traceback holds the worker's frames, and through them the task, the lookup, its client
    and the response: the window keeps the error it shows, so they would live as long as it.
    Nothing on the GUI thread reads a traceback (bugs are logged here, with it).
    """
    seen: BaseException | None = error
    for _ in range(_CHAIN_LIMIT):
        if seen is None:
            break
        seen.__traceback__ = None
        seen = seen.__cause__ or seen.__context__
    return error


class Task:
    """Runs ``fn()`` on a pool thread and reports through :attr:`signals`.

    The pool is handed the bound :meth:`run`, not a ``QRunnable``: PySide6 then wraps it in a
    runnable of its own, deleted by Qt once run, and drops its reference to the callable right
    after the call. A ``QRunnable`` subclass passed to ``QThreadPool.start()`` becomes a Python
    child of the pool instead: with auto-delete off it lived as long as the pool (one Task and
    its signals per lookup, tests/ui/test_no_leaks.py), and with auto-delete on one was still
    held now and then after it had run (measured under load). The runner keeps its own
    reference until "finished" arrives.
    """

    def __init__(
        self, request_id: int, fn: Callable[[], Any], signals: TaskSignals | None = None
    ) -> None:
        self.request_id = request_id
        # Pass signals parented to a GUI-thread object: the last reference to this task
        # may die on the pool thread, and a QObject must not be destroyed off its own thread.
        self.signals = signals if signals is not None else TaskSignals()
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn()
        except LookupCancelled:
            self.signals.cancelled.emit(self.request_id)
        except (WeglyError, TokenStoreError) as err:  # expected: a server's or a keyring's
            self.signals.failed.emit(self.request_id, _without_frames(err))
        except Exception as exc:  # a bug: report it, never let it kill the pool thread
            log.exception("background task failed")
            self.signals.failed.emit(self.request_id, _without_frames(exc))
        else:
            self.signals.succeeded.emit(self.request_id, result)
        finally:
            # Free what it ran (a lookup holds its client and answer) here on the worker, not
            # when the GUI thread gets round to dropping the Task.
            self._fn = _done
            self.signals.finished.emit(self.request_id)


class TaskRunner(QObject):
    """Owns the thread pool and keeps every task referenced until it has finished.

    Args:
        max_threads: pool size; lookups are few, avatars many but small.
    """

    def __init__(self, max_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: dict[int, Task] = {}
        self._next_key = 0
        self._closed = False

    def start(
        self,
        request_id: int,
        fn: Callable[[], Any],
        *,
        on_success: Callable[[int, object], None] | None = None,
        on_failure: Callable[[int, object], None] | None = None,
        on_cancel: Callable[[int], None] | None = None,
        on_finish: Callable[[int], None] | None = None,
    ) -> Task | None:
        """Run ``fn`` in the background; handlers must be bound ``@Slot`` methods of GUI objects.

        Returns the task, or None after :meth:`shutdown`.
        """
        if self._closed:
            return None
        signals = TaskSignals(self)  # owned by the runner, deleted on the GUI thread
        task = Task(request_id, fn, signals)
        if on_success is not None:
            signals.succeeded.connect(on_success)
        if on_failure is not None:
            signals.failed.connect(on_failure)
        if on_cancel is not None:
            signals.cancelled.connect(on_cancel)
        if on_finish is not None:
            signals.finished.connect(on_finish)
        self._next_key += 1
        key = self._next_key
        self._running[key] = task
        signals.finished.connect(self._on_task_finished)
        task.signals.setProperty("task_key", key)
        self._pool.start(task.run)
        return task

    @Slot(int)
    def _on_task_finished(self, _request_id: int) -> None:
        sender = self.sender()
        if sender is None:
            return
        key = sender.property("task_key")
        if isinstance(key, int):
            self._running.pop(key, None)
        # Queued deletion on this (the GUI) thread, after every signal of the task is handled.
        sender.deleteLater()

    @property
    def active_count(self) -> int:
        return len(self._running)

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop accepting work, drop queued tasks and wait (bounded) for running ones.

        Returns True when every thread stopped in time. Idempotent.
        """
        self._closed = True
        # Tasks still queued are dropped unrun (PySide6 keeps their callables: at exit only).
        self._pool.clear()
        done = self._pool.waitForDone(timeout_ms)
        if done:
            # Their queued "finished" signals may not have been delivered yet; nothing runs.
            self._running.clear()
        else:
            log.warning("background work still running at shutdown")
        return done
