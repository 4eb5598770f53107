"""Start-up choreography: paint the window first, then load the heavy parts off the GUI thread.

A zero-timer alone is not enough: Qt runs it before the first paint event, so the heavy imports
would still delay the window. :class:`Startup` waits for the window's first paint (or a
fallback timer), then a plain thread imports httpx, pydantic and the models, reads the settings
file and the stored key; :attr:`Startup.finished` brings the results back to the GUI thread.
"""

from __future__ import annotations

import importlib
import linecache
import logging
import os
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from wegly_viewer.core.clock import wall_clock_ns
from wegly_viewer.core.secrets import TokenStoreError
from wegly_viewer.ui.timers import call_later

if TYPE_CHECKING:
    from wegly_viewer.core.settings import LoadResult, SettingsStore

log = logging.getLogger(__name__)

FIRST_PAINT_FALLBACK_MS = 500

# Modules that take ~0.5 s to import in all; none of them creates a Qt object at import (the
# ui ones only define classes), so the GUI thread finds them in sys.modules afterwards.
_PRELOAD = (
    "wegly_viewer.core.logs",
    "wegly_viewer.ui.crash",
    "wegly_viewer.core.models",
    "wegly_viewer.core.client",
    "wegly_viewer.core.avatars",
    "wegly_viewer.core.settings",
    "wegly_viewer.devserver",
    "wegly_viewer.ui.workers",
    "wegly_viewer.ui.avatars",
    "wegly_viewer.ui.lookup_controller",
    "wegly_viewer.ui.key_flow",
    "wegly_viewer.ui.settings_writer",
    "wegly_viewer.ui.chat_view",
)


@dataclass
class Preloaded:
    """What the preloader thread produced, handed to the GUI thread once it is done."""

    store: SettingsStore | None = None
    settings: LoadResult | None = None
    key: str | None = None
    key_error: TokenStoreError | None = None


class _Preloader(QObject):
    """Imports the heavy modules, reads the settings file and the stored key on a thread.

    All of it can take a while (imports ~0.5 s; a Secret Service over D-Bus may be slow or
    prompt to unlock), and none of it creates a Qt object, so the GUI thread stays free.

    Signals:
        done(): emitted from the thread; delivered queued to the GUI thread's slot.
    """

    done = Signal()

    def __init__(
        self,
        settings_dir: Path,
        legacy: Mapping[str, object],
        read_key: Callable[[], str | None] | None,
        prepare: Callable[[], object] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings_dir = settings_dir
        self._legacy = legacy
        self._read_key = read_key
        self._prepare = prepare
        self.result = Preloaded()
        self._thread = threading.Thread(target=self._run, name="wegly-preload", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def join(self, timeout: float) -> None:
        """Wait (bounded) so the interpreter never shuts down in the middle of an import."""
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        from wegly_viewer.core.bounds import kept_out_of_collections

        # The imports make ~100,000 objects that live as long as the process; CPython ran a
        # full collection over them in the middle (~20 ms holding the GIL: the GUI thread's
        # longest wait of the start-up, measured). None of it is garbage: only the young
        # generations are collected meanwhile, and what exists is frozen at the end.
        with kept_out_of_collections():
            self._preload()
        self.done.emit()

    def _preload(self) -> None:
        from wegly_viewer.ui.models.releaser import tune_allocator

        tune_allocator()  # before the lookup workers start: they share one glibc heap
        if self._prepare is not None:
            try:
                self._prepare()
            except Exception:  # the log file is a help, never a reason not to start
                log.exception("preparing the process failed")
        for name in _PRELOAD:
            try:
                importlib.import_module(name)
            except Exception:  # the GUI thread imports again and reports a real failure
                log.exception("preloading %s failed", name)
            # PySide6's import hook reads the whole source of every module imported after it
            # (to look for "PySide6" in it) and inspect leaves it in linecache: ~380 files,
            # 18 MB of lines kept for nothing (a traceback reads the lines it shows again).
            # Cleared after each module, so the next one's lines reuse the same memory.
            linecache.clearcache()
        try:
            # The OS trust store (and SSL_CERT_FILE) loaded here, once (core/transport.py
            # caches it): loading it takes 30-100 ms holding the GIL, and the avatar
            # fetchers built on the GUI thread next would otherwise pay it there.
            from wegly_viewer.core.transport import extra_ca_files, shared_trust_context

            shared_trust_context(extra_ca_files(None))
        except Exception:  # a bad SSL_CERT_FILE: the lookup reports it in words
            log.info("the default trust store could not be loaded ahead")
        try:
            from wegly_viewer.core.settings import SettingsStore

            store = SettingsStore(self._settings_dir)
            self.result.settings = store.load(self._legacy)  # never raises for a bad file
            self.result.store = store
        except Exception:  # a bug; the GUI thread falls back to defaults in memory
            log.exception("reading the settings failed")
        if self._read_key is not None:
            try:
                self.result.key = self._read_key()
            except TokenStoreError as err:
                self.result.key_error = err


class Startup(QObject):
    """Waits for the window's first paint, then preloads; emits ``finished`` on the GUI thread.

    Args:
        window: the main window, already built (light modules only).
        settings_dir: where ``settings.json`` lives.
        legacy: the old QSettings keys, read on the GUI thread, for a one-time migration.
        read_key: returns the stored key or None, or raises TokenStoreError (runs on the
            thread); None when no key is needed.
        prepare: runs first on the thread (the app's log file); None: nothing.
        steps: the rest of the window, built on the GUI thread after the first paint, one per
            event-loop turn, all before the thread starts (the first builds Qt's namespace,
            which the thread's imports then find built: never two threads building it).

    Signals:
        finished(object): a :class:`Preloaded`; emitted once, never after :meth:`stop`.
    """

    finished = Signal(object)

    def __init__(
        self,
        window: QWidget,
        settings_dir: Path,
        legacy: Mapping[str, object],
        read_key: Callable[[], str | None] | None,
        parent: QObject | None = None,
        *,
        prepare: Callable[[], object] | None = None,
        steps: Sequence[Callable[[], object]] = (),
    ) -> None:
        super().__init__(parent)
        self._window = window
        self.settings_dir = settings_dir
        self._legacy = legacy
        self._read_key = read_key
        self._prepare = prepare
        self._steps = list(steps)
        self._preloader: _Preloader | None = None
        self._painted = False
        self._stopped = False

    @property
    def preloading_started(self) -> bool:
        return self._preloader is not None

    def start(self) -> None:
        """Show the window now; preload once it has painted."""
        self._window.installEventFilter(self)
        self._window.show()
        # Fallback for a window that never paints (minimised at start, odd platforms).
        call_later(self, FIRST_PAINT_FALLBACK_MS, self._on_first_paint)

    def stop(self) -> None:
        """No preload after this; waits (bounded) for a running one. Idempotent."""
        self._stopped = True
        if self._preloader is not None:
            self._preloader.join(timeout=5)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            call_later(self, 0, self._on_first_paint)
        return False

    @Slot()
    def _on_first_paint(self) -> None:
        if self._painted or self._stopped:
            return  # already started, or closed before it painted: start no thread
        self._painted = True
        self._window.removeEventFilter(self)
        self._run_step()

    @Slot()
    def _run_step(self) -> None:
        """One step of the window's rest now, the next one on the next event-loop turn; the
        thread once none is left. (Run beside the thread's imports, the steps waited for the
        GIL: a 5 ms step took 15-25 ms, measured.)"""
        if self._stopped:
            return
        if self._steps:
            self._steps.pop(0)()
        if self._steps:
            call_later(self, 0, self._run_step)
        elif self._preloader is None:
            self._preloader = _Preloader(
                self.settings_dir, self._legacy, self._read_key, self._prepare, self
            )
            self._preloader.done.connect(self._on_preloader_done)
            self._preloader.start()

    @Slot()
    def _on_preloader_done(self) -> None:
        if self._stopped or self._preloader is None:
            return
        self.finished.emit(self._preloader.result)


class QuitAfterFirstPaint(QObject):
    """Quits the app after the watched widget's first paint (or with code 1 after 10 s)."""

    def __init__(self, watched: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watched = watched
        call_later(self, 10_000, self._on_timer_expired)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # WEGLY_T0_NS: the launcher's clock just before exec, so the figure covers
            # interpreter start, imports and the paint itself.
            start = os.environ.get("WEGLY_T0_NS", "")
            if start.isdigit():
                elapsed_ms = (wall_clock_ns() - int(start)) / 1e6
                sys.stderr.write(f"first-paint-ms={elapsed_ms:.0f}\n")
            QTimer.singleShot(0, QCoreApplication.quit)
        return False

    @Slot()
    def _on_timer_expired(self) -> None:
        QCoreApplication.exit(1)
