"""Labels and buttons set up for the first paint without touching Qt's namespace (``Qt.*``).

``from PySide6.QtCore import Qt`` builds all ~90 enums of the namespace at once (~23 ms here),
and a bare window never pays that. What the window paints first sets the few enum properties it
needs by name instead (Qt converts the key, as Designer files do); everything built after the
paint uses ``Qt.*`` as usual.

Buttons likewise: ``QPushButton(text, parent)`` is resolved against the ``(QIcon, text, parent)``
overload too, which sets up QIcon and its enums (~2.5 ms); :func:`text_button` avoids it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget


def _set(label: QLabel, name: str, key: str) -> None:
    if not label.setProperty(name, key):  # a misspelt key would silently leave the default
        raise ValueError(f"{name}={key}")


def make_plain(label: QLabel, *, selectable: bool = False) -> QLabel:
    """``label`` shows its text as plain text (never rich text), selectable by mouse if asked."""
    _set(label, "textFormat", "PlainText")
    if selectable:
        _set(label, "textInteractionFlags", "TextSelectableByMouse")
    return label


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A new label that shows ``text`` as plain text."""
    label = QLabel(parent)
    make_plain(label)
    label.setText(text)
    return label


def text_button(text: str, parent: QWidget | None = None) -> QPushButton:
    """A new push button showing ``text`` (built without the QIcon overload)."""
    button = QPushButton(parent)
    button.setText(text)
    return button
