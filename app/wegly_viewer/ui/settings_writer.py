"""Writes ``settings.json`` on a thread of its own, so the GUI thread never waits for the disk.

A save (a recent chat, the theme, the language) makes the new settings current at once on the
GUI thread; only the file write, with its ``fsync`` (tens of milliseconds on a slow or busy
disk, more behind a virus scanner), runs here. Writes are serial and the newest wins: each
carries the whole file, so one queued behind a newer one is skipped. At shutdown
:meth:`SettingsWriter.flush` waits (bounded) for the write under way and then writes whatever is
still pending, so nothing saved is lost when the window closes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from wegly_viewer.core.settings import SettingsError
from wegly_viewer.ui.workers import TaskRunner


class SettingsWriter(QObject):
    """Runs ``write_file(data)`` for :meth:`submit` calls on one background thread.

    Signals:
        failed(str): a write failed; the reason (a path and the OS's words, no settings).
    """

    failed = Signal(str)

    def __init__(self, write_file: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._write_file = write_file
        self._runner = TaskRunner(max_threads=1, parent=self)
        self._lock = threading.Lock()  # guards _pending
        self._write_lock = threading.Lock()  # one write at a time, also the last one at exit
        self._pending: str | None = None

    def submit(self, data: str) -> None:
        """Write ``data`` soon (replacing any write not started yet)."""
        with self._lock:
            self._pending = data
        if self._runner.start(0, self._write_pending, on_success=self._on_written) is None:
            self.flush(0)  # after shutdown: at once

    def _write_pending(self) -> str | None:
        """On the writer thread: the newest pending data, written; the failure, if any."""
        with self._lock:
            data, self._pending = self._pending, None
        if data is None:  # a newer task already wrote it
            return None
        with self._write_lock:
            try:
                self._write_file(data)
            except SettingsError as err:
                return str(err)
        return None

    @Slot(int, object)
    def _on_written(self, _request_id: int, failure: object) -> None:
        if isinstance(failure, str):
            self.failed.emit(failure)

    def flush(self, timeout_ms: int = 2000) -> None:
        """Stop the thread (bounded wait) and write what is still pending, here and now.

        For shutdown: the window is closing, so this one wait is the user's last save.
        """
        self._runner.shutdown(timeout_ms)
        failure = self._write_pending()
        if failure is not None:
            self.failed.emit(failure)
