"""Composition root of the GUI: builds every object once and hands each what it needs.

Start-up order matters for the first paint: the window (Qt and light core modules only) is
shown first; the chat tabs, HTTP client, pydantic models, keyring and the demo server are built
on the next turn of the event loop.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal, Slot
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from wegly_viewer.core.clock import Clock, SystemClock, wall_clock_ns
from wegly_viewer.core.defaults import DEFAULT_BASE_URL
from wegly_viewer.core.secrets import (
    DEFAULT_PROFILE,
    KeyringTokenStore,
    MemoryTokenStore,
    TokenStore,
    TokenStoreError,
    token_from_env,
)
from wegly_viewer.core.version import APP_NAME, __version__
from wegly_viewer.ui.main_window import MainWindow
from wegly_viewer.ui.theme import apply_theme

if TYPE_CHECKING:
    from wegly_viewer.core.avatars import AvatarFetcher
    from wegly_viewer.devserver import ContractServer
    from wegly_viewer.ui.avatars import AvatarCache
    from wegly_viewer.ui.dialogs.token_dialog import ConnectionTest, TokenChoice, TokenDialog
    from wegly_viewer.ui.lookup_controller import Connection, LookupController
    from wegly_viewer.ui.workers import TaskRunner

log = logging.getLogger(__name__)

ORGANIZATION = "Wegly Chat Viewer"
DEMO_TOKEN = "demo-token"  # noqa: S105 - the built-in demo server's key, not a secret
EXIT_AFTER_SHOW_ENV = "WEGLY_EXIT_AFTER_SHOW"  # set to 1: quit after the first paint (timing)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ViewerApp", text)


# What each demo chat shows off, so a first-time user knows what to click.
_DEMO_DESCRIPTIONS = {
    "open_reactions": "open, reactions from contact and staff",
    "resolved": "resolved",
    "group": "group chat",
    "archived": "archived",
    "history_import": "history import",
    "window_closing": "24-hour window closes in minutes",
    "window_closed_null_expiry": "24-hour window closed",
    "no_crm_person": "no CRM person, media not available yet",
    "many_agents": "10,000 reactions, 3,000 agents",
    "snoozed_urgent": "snoozed, urgent, quoted message and call",
    "malformed_fields": "malformed fields (partial data)",
}


@dataclass(frozen=True)
class Options:
    """What the command line asked for."""

    chat: str | None = None
    demo: bool = False
    base_url: str | None = None
    profile: str = DEFAULT_PROFILE
    demo_if_no_key: bool = False

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Options:
        return cls(
            args.chat,
            bool(args.demo),
            args.base_url,
            args.profile or DEFAULT_PROFILE,
            bool(getattr(args, "demo_if_no_key", False)),
        )


FIRST_PAINT_FALLBACK_MS = 500

# Pure-Python modules that take ~0.5 s to import; none of them creates a Qt object.
_PRELOAD = (
    "wegly_viewer.core.models",
    "wegly_viewer.core.client",
    "wegly_viewer.core.avatars",
    "wegly_viewer.devserver",
)


class _Preloader(QObject):
    """Imports the heavy modules and reads the stored key on a background thread.

    Both can take a while (imports ~0.5 s; a Secret Service over D-Bus may be slow or prompt
    to unlock), and neither creates a Qt object, so the GUI thread stays free meanwhile.

    Args:
        read_key: returns the stored key or None, or raises TokenStoreError; None skips it.

    Signals:
        done(): emitted from the thread; delivered queued to the GUI thread's slot.
    """

    done = Signal()

    def __init__(
        self, read_key: Callable[[], str | None] | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._read_key = read_key
        self.key: str | None = None
        self.key_error: TokenStoreError | None = None
        self._thread = threading.Thread(target=self._run, name="wegly-preload", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def join(self, timeout: float) -> None:
        """Wait (bounded) so the interpreter never shuts down in the middle of an import."""
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        for name in _PRELOAD:
            try:
                importlib.import_module(name)
            except Exception:  # the GUI thread imports again and reports a real failure
                log.exception("preloading %s failed", name)
        if self._read_key is not None:
            try:
                self.key = self._read_key()
            except TokenStoreError as err:
                self.key_error = err
        self.done.emit()


class ViewerApp(QObject):
    """Owns the window, the worker pools, the token store and (in demo mode) the demo server.

    Args:
        options: command-line options.
        settings: where geometry, recent chats and per-profile server/Origin are kept.
        token_store: the keyring in the app; an in-memory store in tests.
        clock: the one clock every panel, client and the demo server read (fixed in tests).
    """

    def __init__(
        self,
        options: Options,
        settings: QSettings,
        token_store: TokenStore | None = None,
        *,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.options = options
        self.clock = clock
        self.settings = settings
        self.token_store: TokenStore = token_store or KeyringTokenStore()
        self.window = MainWindow(settings)
        self.runner: TaskRunner | None = None
        self.avatar_runner: TaskRunner | None = None
        self.avatars: AvatarCache | None = None
        self.controller: LookupController | None = None
        self.demo_server: ContractServer | None = None
        self.token_dialog: TokenDialog | None = None
        self._session_store = MemoryTokenStore()
        self._preloader: _Preloader | None = None
        self._avatar_fetcher: AvatarFetcher | None = None
        self._shut_down = False
        self.window.closing.connect(self.shutdown)
        self.window.change_key_requested.connect(self.open_token_dialog)
        self.window.forget_key_requested.connect(self.forget_key)
        self.window.try_demo_requested.connect(self.switch_to_demo)

    def open_link(self, text: str) -> None:
        """Look up the chat in a link or text (command line, wegly-viewer:// URL)."""
        if self.ready:
            self.window.lookup_bar.set_chat_id(text)
            self.window.lookup_bar.submit()
            self.window.raise_()
            self.window.activateWindow()
        else:
            self.options = replace(self.options, chat=text)

    @property
    def ready(self) -> bool:
        """True once the tabs and the controller are built."""
        return self.controller is not None

    def start(self) -> None:
        """Show the window now; build the rest once it has painted.

        A zero-timer alone is not enough: Qt runs it before the first paint event, so the
        heavy imports would still delay the window. The preloader imports httpx, pydantic and
        the models on a plain thread (no Qt objects there) after the first paint.
        """
        self.window.installEventFilter(self)
        self.window.show()
        # Fallback for a window that never paints (minimised at start, odd platforms).
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self._on_first_paint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._on_first_paint)
        return False

    @Slot()
    def _on_first_paint(self) -> None:
        if self._preloader is not None or self._shut_down:
            return  # already started, or closed before it painted: start no thread
        self.window.removeEventFilter(self)
        needs_key = not self.options.demo and token_from_env() is None
        read_key = partial(self.token_store.get, self.options.profile) if needs_key else None
        self._preloader = _Preloader(read_key, self)
        self._preloader.done.connect(self._finish_startup)
        self._preloader.start()

    # --- start-up ----------------------------------------------------------------------------

    @Slot()
    def _finish_startup(self) -> None:
        if self._shut_down or self.controller is not None:
            return
        from wegly_viewer.ui.avatars import AvatarCache
        from wegly_viewer.ui.chat_view import ChatView
        from wegly_viewer.ui.lookup_controller import LookupController
        from wegly_viewer.ui.workers import TaskRunner

        self.runner = TaskRunner(max_threads=2, parent=self)
        self.avatar_runner = TaskRunner(max_threads=4, parent=self)
        from wegly_viewer.core.avatars import AvatarFetcher

        self._avatar_fetcher = AvatarFetcher()
        self.avatars = AvatarCache(self.avatar_runner, self._fetch_avatar, parent=self)
        connection, missing_key_reason = self._initial_connection()
        self.controller = LookupController(self.runner, connection, self.clock, parent=self)
        self.window.install(self.controller, ChatView(self.clock, self.avatars))
        self._show_connection()
        if missing_key_reason is not None:
            self.window.set_needs_key(True, missing_key_reason)
            QTimer.singleShot(0, self.open_token_dialog)
        elif self.options.chat:
            self.open_link(self.options.chat)

    def _fetch_avatar(self, url: str) -> bytes:
        """Runs on a worker: the demo promises no network, so its avatars stay initials."""
        from wegly_viewer.core.avatars import AvatarError

        if self.demo_server is not None or self._avatar_fetcher is None:
            raise AvatarError("no avatar downloads in demo mode")
        return self._avatar_fetcher.fetch(url)

    def _profile_key(self, name: str) -> str:
        return f"profiles/{self.options.profile}/{name}"

    def _base_url(self) -> str:
        stored = self.settings.value(self._profile_key("base_url"))
        return self.options.base_url or (
            stored if isinstance(stored, str) and stored else DEFAULT_BASE_URL
        )

    def _origin(self) -> str | None:
        stored = self.settings.value(self._profile_key("origin"))
        return stored if isinstance(stored, str) and stored else None

    def _initial_connection(self) -> tuple[Connection, str | None]:
        """The connection to start with, and why a key is missing (None when there is one)."""
        from wegly_viewer.ui.lookup_controller import Connection

        if self.options.demo:
            return self._start_demo(), None
        token = token_from_env()
        reason: str | None = None
        if token is None:
            # Read on the preloader's thread (see _Preloader); its result arrives here.
            preloaded = self._preloader
            token = preloaded.key if preloaded is not None else None
            if preloaded is not None and preloaded.key_error is not None:
                reason = _tr(
                    "The system keyring cannot be used ({why}). Enter a key for this "
                    "session, or set WEGLY_TOKEN."
                ).format(why=str(preloaded.key_error))
        if token is None and self.options.demo_if_no_key:
            self.options = replace(self.options, demo=True)
            self.window.show_status(
                _tr("No API key stored: showing demo data. Add your key under API key → Set key.")
            )
            return self._start_demo(), None
        if token is None and reason is None:
            reason = _tr(
                "No API key yet. Add your Wegly integration key to look up chats, "
                "or try the built-in demo."
            )
        return Connection(self._base_url(), token, self._origin()), reason

    def _start_demo(self) -> Connection:
        from wegly_viewer.devserver import DEMO_CHAT_IDS, ERROR_CHAT_IDS, ContractServer
        from wegly_viewer.devserver.samples import build_samples
        from wegly_viewer.ui.lookup_controller import Connection

        if self.demo_server is None:
            self.demo_server = ContractServer(token=DEMO_TOKEN, clock=self.clock).start()
        samples = build_samples(self.clock.now())
        chats: list[tuple[str, str]] = []
        for key, chat_id in DEMO_CHAT_IDS.items():
            raw = samples.get(chat_id, {})
            name = str(raw.get("contact_name") or raw.get("remote_profile_name") or chat_id)
            if key in _DEMO_DESCRIPTIONS:
                name = f"{name} — {_tr(_DEMO_DESCRIPTIONS[key])}"
            chats.append((name, chat_id))
        for name in ("unauthorized", "not_found", "rate_limited", "server_error", "slow"):
            chats.append((_tr("Error demo: {name}").format(name=name), ERROR_CHAT_IDS[name]))
        self.window.set_demo_chats(chats)
        return Connection(self.demo_server.url, DEMO_TOKEN)

    def _show_connection(self) -> None:
        if self.controller is None:
            return
        url = self.controller.connection.base_url
        if self.options.demo or self.demo_server is not None:
            text = _tr("Demo data · {url}").format(url=url)
        else:
            text = _tr("Profile {profile} · {url}").format(profile=self.options.profile, url=url)
        self.window.set_connection_text(text)

    # --- key management ----------------------------------------------------------------------

    @Slot()
    def switch_to_demo(self) -> None:
        if self.controller is None:
            return
        self.options = replace(self.options, demo=True)
        self.controller.set_connection(self._start_demo())
        self.window.set_needs_key(False)
        self._show_connection()

    @Slot()
    def open_token_dialog(self) -> None:
        if self.runner is None or self._shut_down:
            return
        if self.token_dialog is not None and self.token_dialog.isVisible():
            self.token_dialog.raise_()
            return
        from wegly_viewer.ui.dialogs.token_dialog import TokenDialog

        dialog = TokenDialog(
            self.token_store,
            self.options.profile,
            self.runner,
            self._make_connection_test(),
            origin=self._origin(),
            parent=self.window,
        )
        dialog.token_chosen.connect(self._on_token_dialog_token_chosen)
        self.token_dialog = dialog
        dialog.open()  # window-modal, does not block the event loop

    def _make_connection_test(self) -> ConnectionTest:
        base_url = self._base_url()
        clock = self.clock

        def test_connection(token: str, origin: str | None) -> None:
            # Runs on a worker thread; plain values in, WeglyError out.
            from wegly_viewer.core.client import ChatClient

            with ChatClient(base_url, token, origin, clock=clock) as client:
                client.get_unread()

        return test_connection

    @Slot(object)
    def _on_token_dialog_token_chosen(self, choice: TokenChoice) -> None:
        if self.controller is None:
            return
        from wegly_viewer.ui.lookup_controller import Connection

        if choice.session_only:
            self._session_store.set(self.options.profile, choice.token)
        self.settings.setValue(self._profile_key("origin"), choice.origin or "")
        if self.demo_server is not None:
            self.demo_server.stop()
            self.demo_server = None
            self.options = replace(self.options, demo=False)
            self.window.set_demo_chats([])
        self.controller.set_connection(Connection(self._base_url(), choice.token, choice.origin))
        self.window.set_needs_key(False)
        self._show_connection()
        self.window.show_status(
            _tr("API key saved in the {location}.").format(location=choice.location)
        )

    @Slot()
    def forget_key(self) -> None:
        self._session_store.delete(self.options.profile)
        try:
            self.token_store.delete(self.options.profile)
        except TokenStoreError as err:
            self.window.show_status(_tr("Could not remove the key: {why}").format(why=str(err)))
            return
        if self.controller is not None and self.demo_server is None:
            from wegly_viewer.ui.lookup_controller import Connection

            self.controller.set_connection(Connection(self._base_url(), None, self._origin()))
            self.window.set_needs_key(True)
        self.window.show_status(_tr("The stored API key was removed."))

    # --- shutdown ----------------------------------------------------------------------------

    @Slot()
    def shutdown(self) -> None:
        """Cancel work, wait (bounded) for the pools, stop the demo server. Idempotent."""
        if self._shut_down:
            return
        self._shut_down = True
        if self._preloader is not None:
            self._preloader.join(timeout=5)
        if self.token_dialog is not None:
            self.token_dialog.close()
        if self.controller is not None:
            self.controller.shutdown(timeout_ms=1000)
        if self._avatar_fetcher is not None:
            self._avatar_fetcher.abort()
        if self.avatar_runner is not None:
            self.avatar_runner.shutdown(timeout_ms=500)
        if self.demo_server is not None:
            self.demo_server.stop()
            self.demo_server = None
        self.settings.sync()


class _QuitAfterFirstPaint(QObject):
    """Quits the app after the watched widget's first paint (or with code 1 after 10 s)."""

    def __init__(self, watched: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watched = watched
        QTimer.singleShot(10_000, self._on_timer_expired)

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


class _OpenUrlHandler(QObject):
    """macOS delivers ``wegly-viewer://chat/<uuid>`` links as a FileOpen event, not argv."""

    def __init__(self, viewer: ViewerApp) -> None:
        super().__init__(viewer)
        self._viewer = viewer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self._viewer.open_link(event.url().toString() or event.file())
            return True
        return False


def run(args: argparse.Namespace) -> int:
    """Start the event loop with the main window; returns the exit code."""
    from wegly_viewer.core.logs import setup_logging
    from wegly_viewer.ui import crash

    setup_logging()
    crash.install()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationVersion(__version__)
    # Wayland app id and X11 hint: desktops match the window to the installed .desktop file.
    QApplication.setDesktopFileName("wegly-chat-viewer")
    if isinstance(app, QApplication):
        apply_theme(app, getattr(args, "theme", "system"))
    viewer = ViewerApp(Options.from_args(args), QSettings(), clock=SystemClock())
    app.installEventFilter(_OpenUrlHandler(viewer))
    viewer.start()
    if os.environ.get(EXIT_AFTER_SHOW_ENV):
        # Start-up measurement (docs/packaging.md): quit once the window has painted.
        probe = _QuitAfterFirstPaint(viewer.window, parent=viewer)
        viewer.window.installEventFilter(probe)
    code = app.exec()
    viewer.shutdown()
    return code
