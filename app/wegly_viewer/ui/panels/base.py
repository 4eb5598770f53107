"""What every tab of the chat view shares: the panel contract and plain-text building blocks.

Every string that comes from the API is untrusted: it is shown through :func:`plain_label` (or
item models, which never interpret HTML), so ``<b>`` or ``<img>`` in a name is shown literally.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wegly_viewer.core.bounds import ELLIPSIS, TEXT_LIMIT
from wegly_viewer.core.formatting import format_number
from wegly_viewer.core.models import ChatDetail
from wegly_viewer.ui.text import EMPTY, bounded, plain_tooltip, tr
from wegly_viewer.ui.widgets.copy import ValueLabel

__all__ = [
    "EMPTY",
    "ChatPanel",
    "FormSection",
    "ValueLabel",
    "plain_label",
    "plain_tooltip",
    "scrolling",
    "set_plain",
    "tr",
    "vbox",
]


def plain_label(text: str | None = "", *, wrap: bool = True, object_name: str = "") -> QLabel:
    """A selectable label that never interprets HTML (API text is untrusted); its text is capped
    at ``TEXT_LIMIT`` characters (``core/bounds.py``)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    _set_bounded(label, text or "")
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if object_name:
        label.setObjectName(object_name)
    return label


def set_plain(label: QLabel, text: str | None) -> None:
    """Set API text on a label, showing a dash for missing values; capped at ``TEXT_LIMIT``."""
    _set_bounded(label, text or EMPTY)


def _cut_hint() -> str:
    return tr(
        "ChatPanel",
        "Long text: only the first {count} characters are shown. The whole text is in the "
        "Raw JSON tab (select the field, then Copy value).",
    ).format(count=format_number(TEXT_LIMIT))


def _set_bounded(label: QLabel, text: str) -> None:
    """At most ``TEXT_LIMIT`` characters; a cut text (here or on the worker) says where the rest
    is in the label's tooltip."""
    shown = bounded(text)
    label.setText(shown)
    hint = _cut_hint()
    if len(shown) == TEXT_LIMIT and shown.endswith(ELLIPSIS):
        label.setToolTip(plain_tooltip(hint) or "")
    elif label.toolTip() == plain_tooltip(hint):
        label.setToolTip("")


class FormSection(QGroupBox):
    """A titled group of "label: value" rows whose values are plain-text labels.

    Rows are addressed by a key so tests and updates find them: ``section.value("name")``.
    Every value is a :class:`ValueLabel` (Tab reaches it, Ctrl+C copies it).

    Signals:
        copied(str): a value was copied from the keyboard; the text is a status message.
    """

    copied = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._form = QFormLayout(self)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._values: dict[str, ValueLabel] = {}

    def add_row(self, key: str, caption: str, *buttons: QToolButton) -> ValueLabel:
        """A row ``caption value`` (with ``buttons`` after the value, e.g. "Copy")."""
        value = ValueLabel(EMPTY)
        value.setWordWrap(True)
        value.setObjectName(f"value_{key}")
        value.copied.connect(self.copied)
        caption_label = QLabel(caption)
        caption_label.setTextFormat(Qt.TextFormat.PlainText)
        caption_label.setBuddy(value)
        if buttons:
            field = QHBoxLayout()
            field.setContentsMargins(0, 0, 0, 0)
            field.addWidget(value, 1)
            for button in buttons:
                field.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self._form.addRow(caption_label, field)
        else:
            self._form.addRow(caption_label, value)
        self._values[key] = value
        return value

    def value(self, key: str) -> ValueLabel:
        return self._values[key]

    def set_value(self, key: str, text: str | None) -> None:
        set_plain(self._values[key], text)

    def clear_values(self) -> None:
        for label in self._values.values():
            label.setText(EMPTY)


class ChatPanel(QWidget):
    """Base of the tabs: receives a parsed chat, shows it, and can be cleared.

    Subclasses build their widgets in ``__init__`` and implement :meth:`show_chat` and
    :meth:`clear`. Panels never fetch anything and never see the client or the token.
    """

    def show_chat(self, chat: ChatDetail) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError


def scrolling(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """Wrap ``content`` in a frameless vertical scroll area (long CRM notes, many contacts)."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


def vbox(parent: QWidget, margins: int = 12) -> QVBoxLayout:
    layout = QVBoxLayout(parent)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.setSpacing(10)
    return layout
