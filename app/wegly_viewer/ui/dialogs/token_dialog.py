"""First-run and "replace key" dialog: explains where the key comes from and stores it safely."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wegly_viewer.core.chat_id import looks_like_chat_id
from wegly_viewer.core.errors import ERROR_KINDS, TRANSLATION_CONTEXT, WeglyError
from wegly_viewer.core.language import tr_noop
from wegly_viewer.core.secrets import TokenStore, TokenStoreError
from wegly_viewer.ui.text import tr
from wegly_viewer.ui.workers import TaskRunner

# Runs on a worker thread: (token, origin) -> nothing, or raises WeglyError.
ConnectionTest = Callable[[str, str | None], None]


@dataclass(frozen=True)
class TokenChoice:
    """What the dialog produced. ``session_only``: kept in memory, not saved anywhere."""

    token: str
    origin: str | None
    session_only: bool
    location: str

    def __repr__(self) -> str:  # never the token
        return f"TokenChoice(origin={self.origin!r}, session_only={self.session_only})"


_EXPLANATION = tr_noop(
    "TokenDialog",
    "Wegly Chat Viewer reads chats with an integration key (API key) of your Wegly account.\n\n"
    "Create one in Wegly: Configurações → Integrações → Gerenciar chaves → Nova chave. "
    "Give it only the permission to read chats, and copy it: Wegly shows the whole key only "
    "once.\n\n"
    "The key is kept only in your system's keyring, never in a file.",
)
_DOMAIN_HELP = tr_noop(
    "TokenDialog",
    "Only if the key was created with a Domínio in Wegly: type the same address here. "
    "Otherwise leave it empty.",
)

# The states of "Test connection" and "Save", in the words the status line shows.
_STATES = {
    "testing": tr_noop("TokenDialog", "Testing the key…"),
    "connected": tr_noop("TokenDialog", "Connected: Wegly accepted the key."),
    "unexpected": tr_noop("TokenDialog", "The test failed with an unexpected error."),
    "not_saved": tr_noop(
        "TokenDialog",
        "Could not save the key: {reason}. You can use it without saving: it stays in memory "
        "until the app closes.",
    ),
    "saving": tr_noop("TokenDialog", "Saving the key in the system keyring…"),
    "saved": tr_noop("TokenDialog", "Key saved: {location}. The app is already using it."),
    "chat_id": tr_noop(
        "TokenDialog",
        "This looks like a chat ID, not a key. A Wegly integration key is much longer and "
        "starts with eyJ…",
    ),
}


class TokenDialog(QDialog):
    """Asks for the API key, tests it on a worker, and saves it in the keyring.

    After saving, the dialog stays open to say where the key went ("Key saved: system
    keyring (…)") and offers Qt's own "OK" (an accept button: not Cancel's or Close's icon);
    the app already uses the key at that point. Saving a key whose last test failed, or text
    that looks like a chat ID, asks first (``token_save_confirm``, Save/Cancel). The dialog
    grows when the status line needs more lines, so nothing above it is squeezed.

    Signals:
        token_chosen(object): a :class:`TokenChoice`, saved or for this session only.

    Object names: ``token_input``, ``token_show``, ``origin_input``, ``token_test``,
    ``token_status``, ``token_session_only``, ``origin_help``; the question before saving
    ``token_save_confirm`` (:attr:`save_confirm`).

    Args:
        store: where keys are saved (the OS keyring in the app, memory in tests).
        profile: keyring entry name.
        runner: background runner for "Test connection".
        test_connection: makes one authenticated request; raises WeglyError on failure.
        origin: the profile's current Origin, pre-filled.
    """

    token_chosen = Signal(object)

    def __init__(
        self,
        store: TokenStore,
        profile: str,
        runner: TaskRunner,
        test_connection: ConnectionTest,
        origin: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("TokenDialog", "Wegly API key"))
        self.setObjectName("token_dialog")
        self.setMinimumWidth(600)
        self._store = store
        self._profile = profile
        self._runner = runner
        self._test_connection = test_connection
        self._test_id = 0
        # (token, origin) of the last test that failed, and what the status said about it.
        self._failed_test: tuple[str, str | None, str] | None = None
        self._tested: tuple[str, str | None] = ("", None)  # what the running test checks
        self.save_confirm: QMessageBox | None = None
        self._save_id = 0
        self._saving = False
        self._finished = False
        self.choice: TokenChoice | None = None

        explanation = QLabel(tr("TokenDialog", _EXPLANATION), self)
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)

        self.token_input = QLineEdit(self)
        self.token_input.setObjectName("token_input")
        self.token_input.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_input.setPlaceholderText(tr("TokenDialog", "Paste the key (starts with eyJ…)"))
        self.token_input.setAccessibleName(tr("TokenDialog", "API key"))
        self.token_input.setAccessibleDescription(
            tr("TokenDialog", "The integration key from Wegly; hidden while you type.")
        )
        self.show_action = QAction(QIcon(), tr("TokenDialog", "S&how"), self)
        self.show_action.setObjectName("token_show")
        self.show_action.setCheckable(True)
        self.show_action.toggled.connect(self._on_show_toggled)
        self.show_button = QPushButton(tr("TokenDialog", "S&how"), self)
        self.show_button.setObjectName("token_show_button")
        self.show_button.setToolTip(tr("TokenDialog", "Show or hide the key"))
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self.show_action.setChecked)
        self.origin_input = QLineEdit(origin or "", self)
        self.origin_input.setObjectName("origin_input")
        self.origin_input.setPlaceholderText(
            tr("TokenDialog", "e.g. https://crm.example.com (optional)")
        )
        self.origin_input.setAccessibleName(tr("TokenDialog", "Allowed domain (Origin)"))
        self.origin_input.setAccessibleDescription(tr("TokenDialog", _DOMAIN_HELP))
        self.origin_help = QLabel(tr("TokenDialog", _DOMAIN_HELP), self)
        self.origin_help.setObjectName("origin_help")
        self.origin_help.setWordWrap(True)
        self.origin_help.setTextFormat(Qt.TextFormat.PlainText)

        key_row = QHBoxLayout()
        key_row.addWidget(self.token_input, 1)
        key_row.addWidget(self.show_button)
        origin_box = QVBoxLayout()
        origin_box.setSpacing(2)
        origin_box.addWidget(self.origin_input)
        origin_box.addWidget(self.origin_help)
        key_label = QLabel(tr("TokenDialog", "&API key"), self)
        key_label.setBuddy(self.token_input)
        origin_label = QLabel(tr("TokenDialog", "Allowed &domain (Origin)"), self)
        origin_label.setBuddy(self.origin_input)
        form = QFormLayout()
        # Labels above the fields: the fields get the dialog's whole width, so their hints
        # (the origin's example address) are not cut off in longer languages.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(key_label, key_row)
        form.addRow(origin_label, origin_box)

        self.test_button = QPushButton(tr("TokenDialog", "&Test connection"), self)
        self.test_button.setObjectName("token_test")
        self.test_button.clicked.connect(self._on_test_clicked)
        self.status = QLabel(self)
        self.status.setObjectName("token_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.status, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.session_button = self.buttons.addButton(
            tr("TokenDialog", "&Use without saving"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.session_button.setToolTip(
            tr("TokenDialog", "Keep the key in memory only, until the app closes")
        )
        self.session_button.setObjectName("token_session_only")
        self.session_button.hide()
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.session_button.clicked.connect(self._on_session_only_clicked)
        self.session_button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.buttons)
        self.token_input.textChanged.connect(self._on_token_changed)
        self._on_token_changed("")

    def _token(self) -> str:
        return self.token_input.text().strip()

    def _origin(self) -> str | None:
        return self.origin_input.text().strip() or None

    def _set_status(self, text: str) -> None:
        """Show ``text`` under the key; grow the dialog if the wrapped lines need more room."""
        self.status.setText(text)
        self._fit_height()

    def _fit_height(self) -> None:
        # A window's minimum size ignores word-wrapped labels (height-for-width), so a status
        # that wraps to more lines would squeeze the explanation above it: grow instead.
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.setMinimumHeight(needed)
            self.resize(self.width(), needed)

    @Slot(str)
    def _on_token_changed(self, _text: str) -> None:
        if self.choice is not None or self._saving:
            return  # saved or saving: the controls stay as they are
        token = self._token()
        has_token = bool(token)
        self.test_button.setEnabled(has_token)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(has_token)
        self.session_button.setEnabled(has_token)
        chat_id_warning = tr("TokenDialog", _STATES["chat_id"])
        if looks_like_chat_id(token):
            self._set_status(chat_id_warning)
        elif self.status.text() == chat_id_warning:
            self._set_status("")

    @Slot(bool)
    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.token_input.setEchoMode(mode)
        self.show_button.setText(
            tr("TokenDialog", "&Hide") if shown else tr("TokenDialog", "S&how")
        )
        self.show_button.setChecked(shown)

    @Slot()
    def _on_test_clicked(self) -> None:
        token, origin = self._token(), self._origin()
        self._test_id += 1
        self._failed_test = None
        self._tested = (token, origin)
        self._set_status(tr("TokenDialog", _STATES["testing"]))
        self.test_button.setEnabled(False)
        test = self._test_connection
        self._runner.start(
            self._test_id,
            lambda: test(token, origin),
            on_success=self._on_test_succeeded,
            on_failure=self._on_test_failed,
        )

    @Slot(int, object)
    def _on_test_succeeded(self, test_id: int, _result: object) -> None:
        if test_id != self._test_id:
            return
        self.test_button.setEnabled(bool(self._token()))
        self._set_status(tr("TokenDialog", _STATES["connected"]))

    @Slot(int, object)
    def _on_test_failed(self, test_id: int, error: object) -> None:
        if test_id != self._test_id:
            return
        self.test_button.setEnabled(bool(self._token()))
        if isinstance(error, WeglyError):
            prefix = QCoreApplication.translate(
                TRANSLATION_CONTEXT, ERROR_KINDS[error.kind].key_test_prefix
            )
            text = f"{prefix} {error.user_message}"
        else:
            text = tr("TokenDialog", _STATES["unexpected"])
        self._failed_test = (*self._tested, text)
        self._set_status(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()  # the first size, too, must hold the wrapped explanation

    def done(self, result: int) -> None:
        # The key must not linger in a widget once the dialog is closed.
        self._finished = True
        self.token_input.clear()
        super().done(result)

    @Slot()
    def _on_save_clicked(self) -> None:
        if self.choice is not None:
            self.accept()  # "OK" after saving
            return
        token = self._token()
        if not token or self._saving:
            return
        doubt = self._save_doubt(token)
        if doubt is None:
            self._save()
        else:
            self._ask_before_saving(*doubt)

    def _save_doubt(self, token: str) -> tuple[str, str] | None:
        """Why saving ``token`` deserves a question (question, explanation), or None."""
        if looks_like_chat_id(token):
            return (
                tr("TokenDialog", "Save what looks like a chat ID as the key?"),
                tr(
                    "TokenDialog",
                    "This looks like a chat ID, not a key. Look up chats in the main window; "
                    "the key comes from Wegly: Configurações → Integrações → Gerenciar chaves.",
                ),
            )
        failed = self._failed_test
        if failed is not None and failed[:2] == (token, self._origin()):
            return (
                tr("TokenDialog", "Save a key that failed the test?"),
                tr("TokenDialog", "The last test of this key said: {status}").format(
                    status=failed[2]
                ),
            )
        return None

    def _ask_before_saving(self, question: str, explanation: str) -> None:
        box = QMessageBox(self)
        box.setObjectName("token_save_confirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(question)
        box.setInformativeText(explanation)
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Save).clicked.connect(self._save)
        self.save_confirm = box
        box.open()

    @Slot()
    def _save(self) -> None:
        token = self._token()
        if not token or self.choice is not None or self._saving:
            return
        # The keyring may be slow or wait for an unlock prompt: it is called on a worker, and
        # the dialog says "Saving…" meanwhile (Cancel still closes it).
        self._saving = True
        self._save_id += 1
        self._set_status(tr("TokenDialog", _STATES["saving"]))
        self._set_inputs_enabled(False)
        store, profile = self._store, self._profile

        def save() -> str:
            store.set(profile, token)
            return store.location

        self._runner.start(
            self._save_id,
            save,
            on_success=self._on_save_succeeded,
            on_failure=self._on_save_failed,
        )

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.token_input, self.show_button, self.origin_input, self.test_button):
            widget.setEnabled(enabled and (widget is not self.test_button or bool(self._token())))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(enabled and bool(self._token()))
        self.session_button.setEnabled(enabled and bool(self._token()))

    @Slot(int, object)
    def _on_save_succeeded(self, save_id: int, location: object) -> None:
        if save_id != self._save_id or self._finished:
            return  # closed meanwhile: the key is in the keyring, read at the next start
        self._saving = False
        token = self._token()
        self.choice = TokenChoice(token, self._origin(), False, str(location))
        self.token_chosen.emit(self.choice)
        # Stay open to say where the key went; the field is emptied so the key does not linger.
        self._set_status(tr("TokenDialog", _STATES["saved"]).format(location=str(location)))
        self.token_input.clear()
        for widget in (self.token_input, self.show_button, self.origin_input, self.test_button):
            widget.setEnabled(False)
        # Saved: nothing left to cancel. Qt's own "OK" ends the dialog: an accept button, with
        # the accept icon where the desktop shows icons (Close would keep a red cross).
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok)
        self.session_button.hide()
        done = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        done.setDefault(True)
        done.setFocus()

    @Slot(int, object)
    def _on_save_failed(self, save_id: int, error: object) -> None:
        if save_id != self._save_id or self._finished:
            return
        self._saving = False
        self._set_inputs_enabled(True)
        # No usable keyring: say why and offer memory-only use; never fall back to a file.
        # A bug in a keyring backend: its type only, never its text (it may hold the key).
        reason = str(error) if isinstance(error, TokenStoreError) else type(error).__name__
        self._set_status(tr("TokenDialog", _STATES["not_saved"]).format(reason=reason))
        self.session_button.show()
        self.session_button.setFocus()

    @Slot()
    def _on_session_only_clicked(self) -> None:
        token = self._token()
        if token:
            self.choice = TokenChoice(
                token, self._origin(), True, tr("TokenDialog", "in memory, until the app closes")
            )
            self.token_chosen.emit(self.choice)
            self.accept()
