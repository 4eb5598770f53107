"""Copying values in one click or one key: value labels and copy buttons.

A :class:`ValueLabel` is a plain-text label that Tab reaches (it draws the focus like any other
control), whose text can be selected with the mouse or the keyboard, and which copies its whole
value with Ctrl+C when nothing is selected. A double-click selects the whole value (Qt would
select one "word": a chat ID's ``4000``). :func:`copy_button` is a small "Copy" button beside a
value, :func:`add_menu_action` a second way in its menu ("Copy digits only").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QToolButton, QWidget

from wegly_viewer.ui.text import EMPTY, tr


def copy_text(text: str) -> None:
    """Put ``text`` on the clipboard."""
    QGuiApplication.clipboard().setText(text)


class ValueLabel(QLabel):
    """A value on a panel: plain text, reachable with Tab, copyable from the keyboard.

    Signals:
        copied(str): a status message ("Copied") after Ctrl+C copied the whole value.
    """

    copied = Signal(str)

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        # TextSelectableByKeyboard alone gives ClickFocus: Tab would skip the value.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def value(self) -> str:
        """The value shown, empty for the dash of a missing value."""
        text = self.text()
        return "" if text == EMPTY else text

    def copy_value(self) -> bool:
        """Copy the whole value (nothing for a missing one); True when something was copied."""
        value = self.value()
        if not value:
            return False
        copy_text(value)
        self.copied.emit(tr("ValueLabel", "Copied"))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) and not self.hasSelectedText():
            self.copy_value()
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # The whole value, not the "word" under the mouse (a UUID has five of them).
        super().mouseDoubleClickEvent(event)
        if self.text():
            self.setSelection(0, len(self.text()))
        event.accept()


def copy_button(
    tooltip: str, slot: Callable[[], object], object_name: str, parent: QWidget | None = None
) -> QToolButton:
    """A small "Copy" button beside a value; ``tooltip`` says what it copies."""
    button = QToolButton(parent)
    button.setObjectName(object_name)
    button.setText(tr("ValueLabel", "Copy"))
    button.setToolTip(tooltip)
    button.setAccessibleName(tooltip)
    button.setAutoRaise(True)
    button.clicked.connect(slot)
    return button


def add_menu_action(button: QToolButton, text: str, slot: Callable[[], object]) -> QAction:
    """A second way to copy (e.g. "Copy digits only") in the button's drop-down menu."""
    menu = button.menu()
    if menu is None:
        menu = QMenu(button)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
    action = menu.addAction(text)
    action.triggered.connect(slot)
    return action
