"""Composition root of the GUI: builds every object once and hands each what it needs.

Start-up order matters for the first paint: the window (Qt and light core modules only) is
shown first; :mod:`.startup` then loads the heavy parts off the GUI thread, and the tabs, the
workers, the lookup controller and the key flow (:mod:`.key_flow`) are built here once that is
done.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTranslator, Slot
from PySide6.QtWidgets import QApplication

from wegly_viewer.core.clock import Clock, SystemClock
from wegly_viewer.core.language import LanguageSetting
from wegly_viewer.core.secrets import (
    DEFAULT_PROFILE,
    KeyringTokenStore,
    TokenStore,
    token_from_env,
)
from wegly_viewer.core.settings_file import peek_language, peek_theme, user_settings_dir
from wegly_viewer.core.version import APP_NAME, __version__
from wegly_viewer.ui.main_window import MainWindow
from wegly_viewer.ui.startup import Preloaded, QuitAfterFirstPaint, Startup
from wegly_viewer.ui.text import tr
from wegly_viewer.ui.timers import call_later
from wegly_viewer.ui.translations import (
    QM_DIR,
    gui_language,
    install_translators,
    remove_translators,
)

if TYPE_CHECKING:
    from wegly_viewer.core.avatars import AvatarFetcher
    from wegly_viewer.core.settings import SettingsStore
    from wegly_viewer.devserver import ContractServer
    from wegly_viewer.ui.avatars import AvatarCache
    from wegly_viewer.ui.dialogs.token_dialog import TokenDialog
    from wegly_viewer.ui.key_flow import KeyFlow
    from wegly_viewer.ui.lookup_controller import LookupController
    from wegly_viewer.ui.settings_writer import SettingsWriter
    from wegly_viewer.ui.workers import TaskRunner

log = logging.getLogger(__name__)

ORGANIZATION = "Wegly Chat Viewer"
EXIT_AFTER_SHOW_ENV = "WEGLY_EXIT_AFTER_SHOW"  # set to 1: quit after the first paint (timing)
# Keys the app kept in QSettings before settings.json; migrated once, then removed.
_LEGACY_GROUPS = ("profiles", "recent")


@dataclass(frozen=True)
class Options:
    """What the command line asked for."""

    chat: str | None = None
    demo: bool = False
    base_url: str | None = None
    profile: str = DEFAULT_PROFILE
    demo_if_no_key: bool = False
    theme: str | None = None  # given on the command line: kept in the settings
    timeline_page_size: int = 50  # records per timeline page (core.timeline.DEFAULT_PAGE_SIZE)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Options:
        return cls(
            args.chat,
            bool(args.demo),
            args.base_url,
            args.profile or DEFAULT_PROFILE,
            bool(getattr(args, "demo_if_no_key", False)),
            getattr(args, "theme", None),
        )


def _legacy_values(qsettings: QSettings) -> dict[str, object]:
    keys = [k for k in qsettings.allKeys() if k.split("/", 1)[0] in _LEGACY_GROUPS]
    return {key: qsettings.value(key) for key in keys}


class ViewerApp(QObject):
    """Builds the window, then (after its first paint) the workers, controller and key flow.

    Args:
        options: command-line options.
        qsettings: window geometry; also the source of the one-time migration of old keys.
        settings_dir: where ``settings.json`` lives (profiles, recent chat ids, theme).
        token_store: the keyring in the app; an in-memory store in tests.
        clock: the one clock every panel, client and the demo server read (fixed in tests).
        process_wide: also set up what belongs to the whole process, after the first paint:
            the log file (on the preloader thread), the crash dialog, and ``gc.freeze()`` once
            the tabs are built. The app passes True; tests leave the process alone.
    """

    def __init__(
        self,
        options: Options,
        qsettings: QSettings,
        settings_dir: Path,
        token_store: TokenStore | None = None,
        *,
        clock: Clock,
        parent: QObject | None = None,
        process_wide: bool = False,
    ) -> None:
        super().__init__(parent)
        self.options = options
        self._process_wide = process_wide
        self.clock = clock
        self.qsettings = qsettings
        self.token_store: TokenStore = token_store or KeyringTokenStore()
        self.window = MainWindow(qsettings, clock)
        self.runner: TaskRunner | None = None
        self.avatar_runner: TaskRunner | None = None
        self.avatars: AvatarCache | None = None
        self.controller: LookupController | None = None
        self.settings_store: SettingsStore | None = None
        self.settings_writer: SettingsWriter | None = None
        self.key_flow: KeyFlow | None = None
        self._avatar_fetcher: AvatarFetcher | None = None
        self._local_avatar_fetcher: AvatarFetcher | None = None
        self._shut_down = False
        self._preloaded: Preloaded | None = None  # what the preloader brought, until used
        needs_key = not options.demo and token_from_env() is None
        read_key = partial(self.token_store.get, options.profile) if needs_key else None
        self.startup = Startup(
            self.window,
            settings_dir,
            _legacy_values(qsettings),
            read_key,
            parent=self,
            prepare=_setup_logging if process_wide else None,
            steps=self.window.deferred_steps(),
        )
        self.startup.finished.connect(self._on_startup_finished)
        self.window.closing.connect(self.shutdown)

    def open_link(self, text: str) -> None:
        """Look up the chat in a link or text (command line, wegly-viewer:// URL)."""
        if self.controller is not None:  # tabs still to be built come with the answer
            self.window.lookup_bar.set_chat_id(text)
            self.window.lookup_bar.submit()
            self.window.raise_()
            self.window.activateWindow()
        else:
            self.options = replace(self.options, chat=text)

    @property
    def ready(self) -> bool:
        """True once the controller and every tab are built."""
        view = self.window.chat_view
        return self.controller is not None and view is not None and view.is_built

    @property
    def demo_server(self) -> ContractServer | None:
        return self.key_flow.demo_server if self.key_flow is not None else None

    @property
    def token_dialog(self) -> TokenDialog | None:
        return self.key_flow.token_dialog if self.key_flow is not None else None

    def start(self) -> None:
        """Show the window now; build the rest once it has painted (see :mod:`.startup`)."""
        self.startup.start()

    @Slot(object)
    def _on_startup_finished(self, preloaded: Preloaded) -> None:
        if self._shut_down or self.controller is not None:
            return
        self.window.finish_building()  # whatever of it the steps after the paint left
        # A first-time cost of PySide6 (~10 ms) in a turn of its own; the rest on the next.
        self.window.set_up_widget_classes()
        self._preloaded = preloaded
        call_later(self, 0, self._build_the_rest)

    @Slot()
    def _build_the_rest(self) -> None:
        """The workers, the lookup controller, the key flow and the (empty) tab view."""
        preloaded = self._preloaded
        if self._shut_down or self.controller is not None or preloaded is None:
            return
        # Every module below was imported on the preloader thread: these are look-ups.
        if self._process_wide:
            from wegly_viewer.ui import crash

            crash.install()
        from wegly_viewer.core.avatars import AvatarFetcher
        from wegly_viewer.core.settings import LoadOutcome, SettingsStore
        from wegly_viewer.ui.avatars import AvatarCache
        from wegly_viewer.ui.chat_view import ChatView
        from wegly_viewer.ui.key_flow import KeyFlow
        from wegly_viewer.ui.lookup_controller import LookupController
        from wegly_viewer.ui.settings_writer import SettingsWriter
        from wegly_viewer.ui.workers import TaskRunner

        store = preloaded.store or SettingsStore(self.startup.settings_dir)
        self.settings_store = store
        self.settings_writer = SettingsWriter(store.write_file, parent=self)
        store.writer = self.settings_writer.submit  # from here on, the disk off this thread
        loaded = preloaded.settings
        if loaded is not None and loaded.outcome is LoadOutcome.MIGRATED and store.path.exists():
            for group in _LEGACY_GROUPS:
                self.qsettings.remove(group)
        self.runner = TaskRunner(max_threads=2, parent=self)
        self.avatar_runner = TaskRunner(max_threads=4, parent=self)
        self._avatar_fetcher = AvatarFetcher()
        # Plain http to this computer only while the API itself is here (the local contract
        # server): a chat from the real API may not make us probe local services.
        self._local_avatar_fetcher = AvatarFetcher(allow_loopback=True)
        self.avatars = AvatarCache(self.avatar_runner, self._fetch_avatar, parent=self)
        key_flow = KeyFlow(
            self.window, self.token_store, store, self.options.profile, self.clock, parent=self
        )
        self.key_flow = key_flow
        self.settings_writer.failed.connect(key_flow.report_save_failure)
        if self.options.base_url and not self.options.demo:
            key_flow.save_profile(base_url=self.options.base_url)
        if self.options.theme in ("system", "light", "dark"):
            key_flow.save(partial(store.set_theme, self.options.theme))
        connection, missing_key_reason = key_flow.initial_connection(
            preloaded, demo=self.options.demo, demo_if_no_key=self.options.demo_if_no_key
        )
        self.controller = LookupController(
            self.runner,
            connection,
            self.clock,
            parent=self,
            timeline_page_size=self.options.timeline_page_size,
        )
        chat_view = ChatView(self.clock, self.avatars)  # its tabs come one per loop turn
        if self._process_wide:
            chat_view.settled.connect(self._on_chat_view_settled)
        self.window.install(self.controller, chat_view)
        self.window.set_recent_ids(store.current.recent_chat_ids)
        self.window.recent_ids_changed.connect(self._on_window_recent_ids_changed)
        self.window.set_preferences(store.current.theme, store.current.language)
        self.window.theme_chosen.connect(self._on_window_theme_chosen)
        self.window.language_chosen.connect(self._on_window_language_chosen)
        self.window.change_key_requested.connect(key_flow.open_token_dialog)
        self.window.forget_key_requested.connect(key_flow.forget_key)
        self.window.try_demo_requested.connect(key_flow.switch_to_demo)
        key_flow.attach(self.runner, self.controller)
        if loaded is not None and loaded.outcome is LoadOutcome.RESET:
            backup = loaded.backup.name if loaded.backup is not None else ""
            self.window.show_notice(
                tr(
                    "ViewerApp",
                    "Your settings could not be read and were reset to the defaults "
                    "(the old file was kept as {backup}).",
                ).format(backup=backup)
            )
        if missing_key_reason is not None:
            self.window.set_needs_key(True, missing_key_reason)
            call_later(key_flow, 0, key_flow.open_token_dialog)
        elif self.options.chat:
            self.open_link(self.options.chat)

    @Slot()
    def _on_chat_view_settled(self) -> None:
        """Start-up is over: what it built is never scanned by the garbage collector again
        (the huge chat's collections then walk its own objects only)."""
        view = self.window.chat_view
        if view is not None:
            view.settled.disconnect(self._on_chat_view_settled)
        gc.freeze()

    @Slot(list)
    def _on_window_recent_ids_changed(self, ids: list[str]) -> None:
        if self.settings_store is not None and self.key_flow is not None:
            self.key_flow.save(partial(self.settings_store.set_recent_chat_ids, ids))

    @Slot(str)
    def _on_window_theme_chosen(self, theme: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            from wegly_viewer.ui.theme import apply_theme

            apply_theme(app, theme)
        if self.settings_store is not None and self.key_flow is not None:
            self.key_flow.save(partial(self.settings_store.set_theme, theme))

    @Slot(str)
    def _on_window_language_chosen(self, language: str) -> None:
        if self.settings_store is not None and self.key_flow is not None:
            self.key_flow.save(partial(self.settings_store.set_language, language))

    def _fetch_avatar(self, url: str) -> bytes:
        """Runs on a worker: the demo promises no network, so its avatars stay initials."""
        from wegly_viewer.core.avatars import AvatarError

        if self.demo_server is not None or self._avatar_fetcher is None:
            raise AvatarError("no avatar downloads in demo mode")
        fetcher = self._avatar_fetcher
        if self._local_avatar_fetcher is not None and self._api_is_local():
            fetcher = self._local_avatar_fetcher
        return fetcher.fetch(url)

    def _api_is_local(self) -> bool:
        from wegly_viewer.core.avatars import url_host
        from wegly_viewer.core.transport import is_loopback

        controller = self.controller
        return controller is not None and is_loopback(url_host(controller.connection.base_url))

    @Slot()
    def shutdown(self) -> None:
        """Cancel work, wait (bounded) for the pools, stop the demo server. Idempotent."""
        if self._shut_down:
            return
        self._shut_down = True
        self.startup.stop()
        if self.controller is not None:
            self.controller.shutdown(timeout_ms=1000)
        for fetcher in (self._avatar_fetcher, self._local_avatar_fetcher):
            if fetcher is not None:
                fetcher.abort()
        if self.avatar_runner is not None:
            self.avatar_runner.shutdown(timeout_ms=500)
        if self.key_flow is not None:
            self.key_flow.shutdown()
        if self.settings_writer is not None:
            self.settings_writer.flush(timeout_ms=2000)
        self.qsettings.sync()


class FileOpenApplication(QApplication):
    """The application on macOS, which delivers ``wegly-viewer://chat/<uuid>`` links as a
    FileOpen event to the application object, not in argv.

    Built only there (:func:`make_application`): elsewhere no such event comes, and an
    application-wide Python event filter would make PySide6 wrap every event of the app
    (~50 ms more before the first paint). Overriding ``event`` sees only the events sent to
    the application object itself. A link that arrives before :attr:`viewer` is set waits.
    """

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self._viewer: ViewerApp | None = None
        self._waiting: list[str] = []

    @property
    def viewer(self) -> ViewerApp | None:
        return self._viewer

    @viewer.setter
    def viewer(self, viewer: ViewerApp) -> None:
        self._viewer = viewer
        waiting, self._waiting = self._waiting, []
        for link in waiting[-1:]:  # only the newest: one chat on screen
            viewer.open_link(link)

    def event(self, event: QEvent) -> bool:
        from PySide6.QtGui import QFileOpenEvent  # macOS only: not set up elsewhere

        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            link = event.url().toString() or event.file()
            if self._viewer is not None:
                self._viewer.open_link(link)
            else:
                self._waiting.append(link)
            return True
        return super().event(event)


def make_application(argv: list[str], platform: str = sys.platform) -> QApplication:
    """The one QApplication: :class:`FileOpenApplication` on macOS, a plain one elsewhere."""
    if platform == "darwin":
        return FileOpenApplication(argv)
    return QApplication(argv)


def _setup_logging() -> None:
    """Runs on the preloader thread: the rotating log file (its imports and folder)."""
    from wegly_viewer.core.logs import setup_logging

    setup_logging()


def install_language(
    app: QCoreApplication, args: argparse.Namespace, settings_dir: Path, qm_dir: Path = QM_DIR
) -> list[QTranslator]:
    """Choose the language (``--lang``, then the setting, then the locale) and install its
    translators before any widget is built; returns them for :func:`remove_translators`.

    Args:
        app: the application.
        args: the parsed command line (``lang`` may be missing or None).
        settings_dir: where the ``language`` setting is peeked at (no pydantic).
        qm_dir: our compiled catalogue (the package's; tests pass one compiled into tmp).
    """
    language = gui_language(
        cast(LanguageSetting, peek_language(settings_dir)), getattr(args, "lang", None)
    )
    return install_translators(app, language, qm_dir)


GUI_SWITCH_INTERVAL_S = 0.001


def run(args: argparse.Namespace) -> int:
    """Start the event loop with the main window; returns the exit code."""
    # Logging and the crash dialog are set up after the first paint (ViewerApp, diagnostics):
    # the log file's imports and folder cost ~20 ms that the window need not wait for.
    app = QApplication.instance() or make_application(sys.argv[:1])
    # A worker that parses a big chat holds the GIL in 5 ms stretches by default, and with a
    # few workers the GUI thread waited several stretches for one event (measured: 40-150 ms
    # gaps on the huge chat). 1 ms lets the event loop in five times as often.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationVersion(__version__)
    # Wayland app id and X11 hint: desktops match the window to the installed .desktop file.
    QApplication.setDesktopFileName("wegly-chat-viewer")
    settings_dir = user_settings_dir()
    if isinstance(app, QApplication):
        # The stored theme is peeked at without pydantic, so the first paint need not wait.
        theme = getattr(args, "theme", None) or peek_theme(settings_dir)
        if theme != "system":  # "system" at start: Qt's own style, nothing to change
            from wegly_viewer.ui.theme import apply_theme  # QPalette & co., ~2 ms

            apply_theme(app, theme)
    translators = install_language(app, args, settings_dir)  # before any widget is built
    viewer = ViewerApp(
        Options.from_args(args), QSettings(), settings_dir, clock=SystemClock(), process_wide=True
    )
    if isinstance(app, FileOpenApplication):
        app.viewer = viewer
    viewer.start()
    if os.environ.get(EXIT_AFTER_SHOW_ENV):
        # Start-up measurement (docs/packaging.md): quit once the window has painted.
        probe = QuitAfterFirstPaint(viewer.window, parent=viewer)
        viewer.window.installEventFilter(probe)
    code = app.exec()
    viewer.shutdown()
    remove_translators(app, translators)
    return code
