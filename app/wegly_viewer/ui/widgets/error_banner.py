"""A banner above the chat for failures and partial-data warnings, with the right next step."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wegly_viewer.core.errors import ERROR_KINDS, TRANSLATION_CONTEXT, WeglyError
from wegly_viewer.core.field_words import FieldWarning, warning_sentences
from wegly_viewer.ui.text import tr
from wegly_viewer.ui.theme import is_dark, mix, readable
from wegly_viewer.ui.timers import call_later

_THEME_EVENTS = (
    QEvent.Type.ApplicationPaletteChange,
    QEvent.Type.PaletteChange,
    QEvent.Type.StyleChange,
)

# The hue of each severity; the banner's colours are this hue blended into the palette, so a
# dark theme gets a dark banner (not a glaring pale one) with light text, and a light theme a
# pale one with dark text.
_TINTS = {"error": QColor("#d32f2f"), "warning": QColor("#ef8f00")}


def banner_colours(palette: QPalette, severity: str) -> tuple[QColor, QColor, QColor]:
    """(background, border, text) of a banner of ``severity`` on ``palette``.

    The text (also the close button's ×) keeps a contrast of 7:1 with the background, the
    border 3:1 with the window around it."""
    tint = _TINTS[severity]
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    dark = is_dark(palette)
    background = mix(base, tint, 0.24 if dark else 0.10)
    border = readable(mix(base, tint, 0.6 if dark else 0.35), window, 3.0)
    text = readable(mix(palette.color(QPalette.ColorRole.WindowText), tint, 0.2), background, 7.0)
    return background, border, text


def _style_sheet(severity: str, palette: QPalette) -> str:
    background, border, text = (colour.name() for colour in banner_colours(palette, severity))
    return (
        f"QFrame#error_banner {{background: {background}; border: 1px solid {border};"
        f" border-radius: 6px;}}"
        f" QFrame#error_banner QLabel, QPushButton#banner_close"
        f" {{color: {text}; border: none; background: transparent;}}"
    )


class ErrorBanner(QFrame):
    """Shows one error (title, message, actions) or the list of fields that could not be read.

    Object names: ``banner_title``, ``banner_message``, ``banner_retry``, ``banner_change_key``,
    ``banner_copy``, ``banner_close``.

    Signals:
        retry_requested(): the user pressed Retry.
        change_key_requested(): the user wants to enter another API key.
        copied(str): a status message after "Copy details".
    """

    retry_requested = Signal()
    change_key_requested = Signal()
    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_banner")
        self.title = QLabel(self)
        self.title.setObjectName("banner_title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.message = QLabel(self)
        self.message.setObjectName("banner_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self)
        self.note.setObjectName("banner_note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.hide()
        self.retry_button = self._button(
            tr("ErrorBanner", "Retry"), "banner_retry", self.retry_requested.emit
        )
        self.change_key_button = self._button(
            tr("ErrorBanner", "Change API key…"),
            "banner_change_key",
            self.change_key_requested.emit,
        )
        self.copy_button = self._button(
            tr("ErrorBanner", "Copy details"), "banner_copy", self._on_copy_clicked
        )
        self.close_button = self._button("×", "banner_close", self.hide)
        self.close_button.setStyleSheet("")  # the banner's text colour, not the buttons'
        close_font = self.close_button.font()
        close_font.setBold(True)
        close_font.setPointSizeF(close_font.pointSizeF() * 1.3)
        self.close_button.setFont(close_font)
        self.close_button.setToolTip(tr("ErrorBanner", "Hide this message"))
        self.close_button.setAccessibleName(tr("ErrorBanner", "Hide this message"))
        self.close_button.setFlat(True)
        self._detail = ""
        self._recolour_pending = False

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.message)
        text.addWidget(self.note)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 8, 8)
        row.addLayout(text, 1)
        for button in (self.retry_button, self.change_key_button, self.copy_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        button.setStyleSheet("color: palette(button-text);")
        return button

    @property
    def detail(self) -> str:
        return self._detail

    def show_error(self, error: BaseException, chat_id: str = "") -> None:
        """Show a lookup failure; unexpected exceptions get a generic text, never a traceback.

        ``chat_id``: the chat whose lookup failed, named in the message so that nobody takes
        the failure (or a chat still on screen) for another chat's."""
        if isinstance(error, WeglyError):
            kind = ERROR_KINDS[error.kind]  # complete: checked when core.errors is imported
            title = QCoreApplication.translate(TRANSLATION_CONTEXT, kind.title)
            text = error.user_message
            self._detail = error.detail or error.user_message
            retry = kind.offers_retry
            # No key configured yet is invalid input, but its next step is entering one too.
            change_key = kind.offers_change_key or error.message_id == "no_token"
        else:
            title = tr("ErrorBanner", "Something went wrong")
            text = tr(
                "ErrorBanner",
                "An unexpected error happened. Copy the details and send them to support.",
            )
            self._detail = f"{type(error).__name__}"
            retry, change_key = True, False
        if chat_id:
            text += "\n" + tr("ErrorBanner", "Chat looked up: {id}").format(id=chat_id)
        self._show("error", title, text, retry=retry, change_key=change_key)

    def set_note(self, text: str) -> None:
        """A line under the message that changes while the banner is shown (a countdown)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def show_warnings(self, warnings: Sequence[FieldWarning]) -> None:
        """Partial data: the chat loaded, but these fields could not be read.

        The banner says which parts in words; the paths and technical reasons go only to
        "Copy details"."""
        sentences = warning_sentences(warnings)
        shown = sentences[:8]
        more = len(sentences) - len(shown)
        lines = "\n".join(f"• {sentence}" for sentence in shown)
        if more:
            lines += "\n" + tr("ErrorBanner", "… and %Ln more", None, more)
        self._detail = "\n".join(warning.technical for warning in warnings)
        self._show(
            "warning",
            tr("ErrorBanner", "Part of the chat could not be read"),
            tr("ErrorBanner", "Everything else is shown. What is missing:") + "\n" + lines,
            retry=False,
            change_key=False,
        )

    def _apply_colours(self) -> None:
        # The application's palette, not the banner's own (its style sheet changes that).
        sheet = _style_sheet(self.severity, QGuiApplication.palette()) if self.severity else ""
        if sheet != self.styleSheet():  # no loop: setting a sheet sends a palette change
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in _THEME_EVENTS and not self._recolour_pending:
            # The theme was switched (View menu): Qt changes the style first and the palette
            # after, so read the palette once the switch is over.
            self._recolour_pending = True
            call_later(self, 0, self._on_theme_changed)

    def _on_theme_changed(self) -> None:
        self._recolour_pending = False
        self._apply_colours()

    def _show(self, style: str, title: str, text: str, *, retry: bool, change_key: bool) -> None:
        self.setProperty("severity", style)
        self._apply_colours()
        self.title.setText(title)
        self.message.setText(text)
        self.set_note("")
        # What a screen reader says when the banner appears.
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
        self.retry_button.setVisible(retry)
        self.change_key_button.setVisible(change_key)
        self.copy_button.setVisible(bool(self._detail))
        self.show()

    @property
    def asks_for_key(self) -> bool:
        """The banner is up and its next step is another API key (key refused, none yet)."""
        return not self.isHidden() and not self.change_key_button.isHidden()

    @property
    def severity(self) -> str:
        return str(self.property("severity") or "")

    @Slot()
    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._detail)
        self.copied.emit(tr("ErrorBanner", "Details copied to the clipboard"))
