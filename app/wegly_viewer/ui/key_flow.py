"""The key and session flow: which server and key the lookups use, and how the user changes them.

Builds the first connection (key from ``WEGLY_TOKEN``, else the keyring; or the demo server),
runs the API-key dialog, forgets the key, switches to and from the demo, and keeps the
profile's server address and Origin in the settings file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from wegly_viewer.core.defaults import DEMO_TOKEN
from wegly_viewer.core.formatting import format_number, format_seconds
from wegly_viewer.core.language import tr_noop
from wegly_viewer.core.secrets import TokenStore, TokenStoreError, token_from_env
from wegly_viewer.core.settings import SettingsError, SettingsStore
from wegly_viewer.ui.lookup_controller import Connection, LookupController
from wegly_viewer.ui.text import tr

if TYPE_CHECKING:
    from wegly_viewer.core.clock import Clock
    from wegly_viewer.devserver import ContractServer
    from wegly_viewer.ui.dialogs.token_dialog import ConnectionTest, TokenChoice, TokenDialog
    from wegly_viewer.ui.main_window import MainWindow
    from wegly_viewer.ui.startup import Preloaded
    from wegly_viewer.ui.workers import TaskRunner

log = logging.getLogger(__name__)


# What each demo chat shows off, so a first-time user knows what to click. Fields:
# {reactions} and {agents} are counts, written with format_number.
_DEMO_DESCRIPTIONS = {
    "open_reactions": tr_noop("ViewerApp", "open, reactions from the customer and agents"),
    "resolved": tr_noop("ViewerApp", "resolved"),
    "group": tr_noop("ViewerApp", "group chat"),
    "archived": tr_noop("ViewerApp", "archived"),
    "history_import": tr_noop("ViewerApp", "imported history"),
    "window_closing": tr_noop("ViewerApp", "24-hour window closes in minutes"),
    "window_closed_null_expiry": tr_noop("ViewerApp", "24-hour window closed"),
    "no_crm_person": tr_noop("ViewerApp", "no CRM record, media not available yet"),
    "many_agents": tr_noop("ViewerApp", "{reactions} reactions, {agents} agents"),
    "snoozed_urgent": tr_noop("ViewerApp", "snoozed, urgent, quoted message and call"),
    "malformed_fields": tr_noop("ViewerApp", "some fields unreadable (partial data)"),
}
_MANY_REACTIONS, _MANY_AGENTS = 10_000, 3_000  # what the "many_agents" sample holds

# The error demos in the list, in the words of the banner they lead to. {duration}: the wait.
_ERROR_DEMOS = {
    "unauthorized": tr_noop("ViewerApp", "Error: key rejected"),
    "forbidden_domain": tr_noop("ViewerApp", "Error: key not allowed"),
    "not_found": tr_noop("ViewerApp", "Error: chat not found"),
    "server_error": tr_noop("ViewerApp", "Error: Wegly server failure"),
    "unavailable": tr_noop("ViewerApp", "Error: Wegly server down"),
    "rate_limited": tr_noop("ViewerApp", "Error: too many requests"),
    "malformed_json": tr_noop("ViewerApp", "Error: invalid answer from the server"),
    "slow": tr_noop("ViewerApp", "Slow answer ({duration}): try Cancel"),
}


class KeyFlow(QObject):
    """Decides the connection and handles "Set key", "Forget key" and "Try the demo".

    Args:
        window: shows the key prompt, status messages and the connection text.
        token_store: where keys are saved (the keyring in the app).
        store: the settings file; the profile's server address and Origin live there.
        profile: the profile in use.
        clock: for the demo server and the dialog's connection test.
    """

    def __init__(
        self,
        window: MainWindow,
        token_store: TokenStore,
        store: SettingsStore,
        profile: str,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._token_store = token_store
        self._store = store
        self._profile = profile
        self._clock = clock
        self._runner: TaskRunner | None = None
        self._controller: LookupController | None = None
        self.demo_server: ContractServer | None = None
        self.token_dialog: TokenDialog | None = None
        self._forget_id = 0
        self._closed = False

    # --- the first connection ----------------------------------------------------------------

    def initial_connection(
        self, preloaded: Preloaded, *, demo: bool, demo_if_no_key: bool
    ) -> tuple[Connection, str | None]:
        """The connection to start with, and why a key is missing (None when there is one)."""
        if demo:
            return self._start_demo(), None
        token = token_from_env()
        reason: str | None = None
        if token is None:
            token = preloaded.key  # read on the preloader's thread
            if preloaded.key_error is not None:
                reason = tr(
                    "ViewerApp",
                    "The system keyring cannot be used ({why}). Enter a key to use it "
                    "without saving, until the app closes.",
                ).format(why=str(preloaded.key_error))
        if token is None and demo_if_no_key:
            self._window.show_status(
                tr(
                    "ViewerApp",
                    "No API key saved: showing the demo. Add your key in the menu "
                    "API key → Change API key…",
                )
            )
            return self._start_demo(), None
        if token is None and reason is None:
            reason = tr(
                "ViewerApp",
                "No API key yet. Add your Wegly integration key to look up chats, or try the demo.",
            )
        return self._connection(token), reason

    def attach(self, runner: TaskRunner, controller: LookupController) -> None:
        """Start handling key changes for ``controller`` (built with :meth:`initial_connection`)."""
        self._runner = runner
        self._controller = controller
        self._show_connection()

    def _connection(self, token: str | None) -> Connection:
        profile = self._store.current.profile(self._profile)
        return Connection(
            profile.base_url, token, profile.origin, profile.timeout, profile.ca_bundle
        )

    def _start_demo(self) -> Connection:
        from wegly_viewer.devserver import (
            DEMO_CHAT_IDS,
            DEMO_CHAT_NAMES,
            ERROR_CHAT_IDS,
            ContractServer,
        )
        from wegly_viewer.devserver.server import SLOW_DELAY_SECONDS

        if self.demo_server is None:
            self.demo_server = ContractServer(token=DEMO_TOKEN, clock=self._clock).start()
        chats: list[tuple[str, str]] = []
        for key, chat_id in DEMO_CHAT_IDS.items():
            # From the names table: the samples are built when a chat is first served.
            name = DEMO_CHAT_NAMES[key]
            if key in _DEMO_DESCRIPTIONS:
                description = tr("ViewerApp", _DEMO_DESCRIPTIONS[key]).format(
                    reactions=format_number(_MANY_REACTIONS), agents=format_number(_MANY_AGENTS)
                )
                name = f"{name} — {description}"
            chats.append((name, chat_id))
        for key, label in _ERROR_DEMOS.items():
            text = tr("ViewerApp", label).format(duration=format_seconds(SLOW_DELAY_SECONDS))
            chats.append((text, ERROR_CHAT_IDS[key]))
        self._window.set_demo_chats(chats)
        return Connection(self.demo_server.url, DEMO_TOKEN)

    def _stop_demo(self) -> None:
        if self.demo_server is not None:
            self.demo_server.stop()
            self.demo_server = None
            self._window.set_demo_chats([])

    def _show_connection(self) -> None:
        if self._controller is None:
            return
        url = self._controller.connection.base_url
        if self.demo_server is not None:
            text = tr("ViewerApp", "Demo: sample data, no key needed")
        else:
            text = tr("ViewerApp", "Profile {profile} · {url}").format(
                profile=self._profile, url=url
            )
        self._window.set_connection_text(text)

    # --- user actions ------------------------------------------------------------------------

    @Slot()
    def switch_to_demo(self) -> None:
        if self._controller is None:
            return
        self._controller.set_connection(self._start_demo())
        self._window.set_needs_key(False)
        self._show_connection()

    @Slot()
    def open_token_dialog(self) -> None:
        if self._runner is None or self._closed:
            return
        if self.token_dialog is not None and self.token_dialog.isVisible():
            self.token_dialog.raise_()
            return
        from wegly_viewer.ui.dialogs.token_dialog import TokenDialog

        dialog = TokenDialog(
            self._token_store,
            self._profile,
            self._runner,
            self._make_connection_test(),
            origin=self._store.current.profile(self._profile).origin,
            parent=self._window,
        )
        dialog.token_chosen.connect(self._on_token_dialog_token_chosen)
        self.token_dialog = dialog
        dialog.open()  # window-modal, does not block the event loop

    def _make_connection_test(self) -> ConnectionTest:
        profile = self._store.current.profile(self._profile)
        clock = self._clock

        def test_connection(token: str, origin: str | None) -> None:
            # Runs on a worker thread; plain values in, WeglyError out.
            from wegly_viewer.core.client import ChatClient

            with ChatClient(
                profile.base_url,
                token,
                origin,
                profile.timeout,
                ca_bundle=profile.ca_bundle,
                clock=clock,
            ) as c:
                c.get_unread()

        return test_connection

    @Slot(object)
    def _on_token_dialog_token_chosen(self, choice: TokenChoice) -> None:
        if self._controller is None:
            return
        # The Origin is kept for the profile whether the key is saved or for this session only;
        # a session-only key lives in the controller's connection and nowhere else.
        self.save_profile(origin=choice.origin)
        self._stop_demo()
        self._controller.set_connection(self._connection(choice.token))
        self._window.set_needs_key(False)
        self._show_connection()
        if choice.session_only:
            status = tr("ViewerApp", "API key in use without saving, until the app closes.")
        else:
            status = tr("ViewerApp", "API key saved: {location}.").format(location=choice.location)
        self._window.show_status(status)
        banner = self._window.banner
        if banner.asks_for_key:
            # The banner said the old key was refused: it no longer applies. Look the chat
            # up again with the new key (its own result replaces the banner either way).
            banner.hide()
            self._controller.refresh()

    @Slot()
    def forget_key(self) -> None:
        """Delete the saved key on a worker (the keyring may be slow or wait for a prompt)."""
        if self._runner is None or self._closed:
            return
        self._forget_id += 1
        self._window.show_status(tr("ViewerApp", "Removing the saved API key…"))
        self._runner.start(
            self._forget_id,
            partial(self._token_store.delete, self._profile),
            on_success=self._on_key_forgotten,
            on_failure=self._on_forget_failed,
        )

    @Slot(int, object)
    def _on_forget_failed(self, forget_id: int, error: object) -> None:
        if forget_id != self._forget_id or self._closed:
            return
        why = str(error) if isinstance(error, TokenStoreError) else type(error).__name__
        self._window.show_status(tr("ViewerApp", "Could not remove the key: {why}").format(why=why))

    @Slot(int, object)
    def _on_key_forgotten(self, forget_id: int, _result: object) -> None:
        if forget_id != self._forget_id or self._closed:
            return
        if self._controller is not None and self.demo_server is None:
            self._controller.set_connection(self._connection(None))
            self._window.set_needs_key(True)
        self._window.show_status(tr("ViewerApp", "The saved API key was removed."))

    def save_profile(self, **changes: object) -> None:
        """Keep ``base_url``/``origin``/``timeout`` for the profile; a failed write is reported."""
        self.save(partial(self._store.update_profile, self._profile, **changes))

    def save(self, write: Callable[[], None]) -> None:
        """Run one settings write; a failure is logged and told in the status bar, never raised."""
        try:
            write()
        except SettingsError as err:
            self.report_save_failure(str(err))

    @Slot(str)
    def report_save_failure(self, why: str) -> None:
        """A settings write failed (here or on the writer thread): logged and told."""
        log.warning("could not save the settings: %s", why)
        self._window.show_status(
            tr("ViewerApp", "Could not save the settings: {why}").format(why=why)
        )

    def shutdown(self) -> None:
        """Close the dialog and stop the demo server. Idempotent."""
        self._closed = True
        if self.token_dialog is not None:
            self.token_dialog.close()
        if self.demo_server is not None:
            self.demo_server.stop()
            self.demo_server = None
