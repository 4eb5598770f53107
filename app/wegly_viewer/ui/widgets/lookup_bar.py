"""The one field where a support person pastes a chat ID, a link, or a line of text."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from wegly_viewer.ui.text import tr
from wegly_viewer.ui.timers import call_later
from wegly_viewer.ui.widgets.plain_label import make_plain, text_button


class LookupBar(QWidget):
    """Paste field + "Look up" button, with the parsed chat ID (or the problem) shown inline.

    Invalid input never leaves this widget; a pasted API key is refused and the field cleared
    so the secret does not linger on screen.

    Object names: ``lookup_input``, ``lookup_button``, ``lookup_hint``.

    Signals:
        lookup_requested(str): the normalised chat UUID to fetch.
        key_pasted(): the user pasted something that looks like an API key.
    """

    lookup_requested = Signal(str)
    key_pasted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input = QLineEdit(self)
        self.input.setObjectName("lookup_input")
        self.input.setPlaceholderText(
            tr("LookupBar", "Paste the chat ID, a Wegly link or any text that contains the ID")
        )
        self.input.setClearButtonEnabled(True)
        self.input.setAccessibleName(tr("LookupBar", "Chat ID"))
        self.input.setAccessibleDescription(
            tr("LookupBar", "Paste the chat ID here and press Enter to look it up.")
        )
        self.button = text_button(tr("LookupBar", "Look up"), self)
        self.button.setObjectName("lookup_button")
        self.button.setToolTip(tr("LookupBar", "Look up this chat (Enter)"))
        self.button.setDefault(True)
        # Part of the first paint: set up without Qt's namespace (see plain_label).
        self.hint = make_plain(QLabel(self), selectable=True)
        self.hint.setObjectName("lookup_hint")
        self._chat_id: str | None = None

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.input, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 4)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.hint)

        self.input.textChanged.connect(self._on_input_text_changed)
        self.input.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)
        # Ctrl+L is the window's "Look up…" action (a second binding here made it ambiguous).
        self._on_input_text_changed("")

    @property
    def chat_id(self) -> str | None:
        """The chat ID parsed from the field, or None."""
        return self._chat_id

    @Slot()
    def focus_input(self) -> None:
        from PySide6.QtCore import Qt  # after the first paint: the namespace is built by then

        self.input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.input.selectAll()

    def set_chat_id(self, chat_id: str) -> None:
        """Show ``chat_id`` in the field (recent list, command line)."""
        self.input.setText(chat_id)

    @Slot(str)
    def _on_input_text_changed(self, text: str) -> None:
        if not text.strip():  # no API key either: the first paint's case, without chat_id
            self._chat_id = None
            self._set_hint(
                tr("LookupBar", "A chat ID looks like this: 3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f"),
                "",
            )
            self.button.setEnabled(False)
            return
        from wegly_viewer.core.chat_id import extract_chat_id, looks_like_api_key
        from wegly_viewer.core.errors import WeglyError

        if looks_like_api_key(text):
            # Clear on the next turn of the loop: changing the text inside textChanged confuses
            # the undo stack of QLineEdit.
            call_later(self, 0, self._refuse_key)
            return
        self._chat_id = None
        try:
            self._chat_id = extract_chat_id(text)
        except WeglyError as err:
            self._set_hint(err.user_message, "error")
        else:
            self._set_hint(tr("LookupBar", "Chat ID: {id}").format(id=self._chat_id), "ok")
        self.button.setEnabled(self._chat_id is not None)

    @Slot()
    def _refuse_key(self) -> None:
        self.input.clear()
        self._set_hint(
            tr(
                "LookupBar",
                "That was an API key, not a chat ID. It was not sent anywhere and was cleared "
                "from the field.",
            ),
            "error",
        )
        self.key_pasted.emit()

    def _set_hint(self, text: str, state: str) -> None:
        self.hint.setText(text)
        self.hint.setProperty("state", state)
        color = {"error": "#c62828", "ok": "palette(mid)"}.get(state, "palette(mid)")
        self.hint.setStyleSheet(f"color: {color};" if state == "error" else "")

    @Slot()
    def submit(self) -> None:
        """Request a lookup of the parsed chat ID (nothing happens for invalid input)."""
        if self._chat_id is not None:
            self.lookup_requested.emit(self._chat_id)
