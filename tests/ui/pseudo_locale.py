"""A pseudo-locale for layout tests: every translated text ~40 % longer and accented.

    translator = PseudoTranslator(app); app.installTranslator(translator)

``{fields}``, ``%n``/``%Ln``/``%1`` markers, ``&`` mnemonics (and ``&&``) and anything that
looks like an HTML tag or entity are kept as they are, so the app formats the result exactly as
it formats a real translation. :func:`clipping_problems` then lists every label, button, tab and
menu title of a window that no longer has room for its text.
"""

from __future__ import annotations

import html
import math
import re
from typing import TypeVar

from PySide6.QtCore import QObject, QRect, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QWidget,
)

_ACCENTS = str.maketrans(
    "aAcCeEiInNoOuUyYsSzZ",
    "áÅçÇéÉîÎñÑöÖüÛýŸšŠžŽ",
)
# Kept verbatim: fields, Qt markers, mnemonic + its letter, literal &&, tags and entities.
_KEEP = re.compile(r"\{[^{}]*\}|%L?n|%\d+|&&|&.|<[^>]*>|&[#\w]+;")
_PAD = "ẋẍ"
W = TypeVar("W", bound=QWidget)
GROWTH = 0.4


def pseudo(text: str) -> str:
    """``text`` accented and ~40 % longer: ``"&Refresh"`` → ``"&Réfréšh ẋẍẋ"``."""
    if not text.strip():
        return text
    parts = []
    position = 0
    for kept in _KEEP.finditer(text):
        parts.append(text[position : kept.start()].translate(_ACCENTS))
        parts.append(kept.group())
        position = kept.end()
    parts.append(text[position:].translate(_ACCENTS))
    visible = len(html.unescape(re.sub(r"<[^>]*>", "", text)))
    pad = max(1, math.ceil(visible * GROWTH) - 1)
    # The padding goes inside the last word of the text so a word-wrapping label cannot
    # hide it on a line of its own, and before a trailing ellipsis or colon.
    body = "".join(parts)
    tail = re.search(r"(…|:|\.\.\.)?\s*$", body)
    cut = tail.start() if tail else len(body)
    # In words of at most 6 letters, so a word-wrapping label can still break the line.
    filler = " ".join(re.findall(".{1,6}", (_PAD * pad)[:pad]))
    return f"{body[:cut]} {filler}{body[cut:]}"


class PseudoTranslator(QTranslator):
    """Answers every message (ours and Qt's own) with its :func:`pseudo` text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seen: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:
        return False

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        del disambiguation, n  # the plural marker %n stays in the text; Qt fills it in
        self.seen.add((context, source_text))
        return pseudo(source_text)


def _name(widget: QWidget) -> str:
    """``ClassName#object_name`` and the nearest named ancestors, to find the widget."""
    chain = []
    current: QWidget | None = widget
    while current is not None and len(chain) < 3:
        if current.objectName() or current is widget:
            chain.append(f"{type(current).__name__}#{current.objectName() or '?'}")
        current = current.parentWidget()
    return " in ".join(chain)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _clipped_by_ancestors(widget: QWidget) -> int:
    """How many pixels of ``widget``'s width its ancestors cut off (0: all of it shows)."""
    rect = QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())
    visible = QRect(rect)
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) or isinstance(
            parent.parentWidget(), QAbstractScrollArea
        ):
            break  # inside a scroll area: scrolling shows the rest (checked on the area itself)
        origin = parent.mapTo(parent.window(), parent.rect().topLeft())
        visible = visible.intersected(QRect(origin, parent.size()))
        parent = parent.parentWidget()
    return max(0, rect.width() - visible.width())


def label_problem(label: QLabel) -> str | None:
    """Why ``label`` does not show its whole text, or None."""
    if not label.text():
        return None
    if label.text().endswith("…") and label.toolTip():
        full = html.unescape(re.sub(r"<[^>]*>", "", label.toolTip()))
        if full.startswith(label.text()[:-1]):
            return None  # elided on purpose, the whole text is in the tooltip
    if label.wordWrap():
        height = label.heightForWidth(label.width())
        if height > label.height():
            return f"{_name(label)}: {label.text()!r} needs {height} px of height, has {label.height()}"
        return None
    needed = label.sizeHint()
    if needed.width() > label.width():
        return f"{_name(label)}: {label.text()!r} needs {needed.width()} px, has {label.width()}"
    cut = _clipped_by_ancestors(label)
    if cut:
        return f"{_name(label)}: {label.text()!r} is cut by {cut} px at the window's edge"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    needed = button.sizeHint().width()
    if needed > button.width():
        return f"{_name(button)}: {button.text()!r} needs {needed} px, has {button.width()}"
    cut = _clipped_by_ancestors(button)
    if cut:
        return f"{_name(button)}: {button.text()!r} is cut by {cut} px at the window's edge"
    return None


def placeholder_problem(field: QLineEdit) -> str | None:
    """A hint in an empty field that does not fit in it (Qt cuts it off without an ellipsis)."""
    text = field.placeholderText()
    if not text or field.text():
        return None
    needed = field.fontMetrics().horizontalAdvance(text)
    # The frame and Qt's text margin take ~6 px a side; the clear button ~24 px.
    room = field.width() - 12 - (24 if field.isClearButtonEnabled() else 0)
    if needed > room:
        return f"{_name(field)}: hint {text!r} needs {needed} px, has {room}"
    return None


def tab_bar_problems(bar: QTabBar) -> list[str]:
    problems = []
    for index in range(bar.count()):
        rect, needed = bar.tabRect(index), bar.tabSizeHint(index)
        text = bar.tabText(index)
        if rect.width() < needed.width():
            problems.append(
                f"{_name(bar)}: tab {text!r} elided ({rect.width()} px of {needed.width()})"
            )
        elif not bar.rect().contains(rect):
            problems.append(f"{_name(bar)}: tab {text!r} runs past the tab bar (scrolled away)")
    return problems


def _widgets(root: QWidget, kind: type[W]) -> list[W]:
    found = root.findChildren(kind)
    return [root, *found] if isinstance(root, kind) else found


def clipping_problems(root: QWidget) -> list[str]:
    """Every visible label, button, field hint, tab title and menu title in ``root`` that
    lacks room for its text."""
    problems: list[str] = []
    for label in _widgets(root, QLabel):
        if _shown(label) and (problem := label_problem(label)):
            problems.append(problem)
    for button in _widgets(root, QAbstractButton):
        if _shown(button) and (problem := button_problem(button)):
            problems.append(problem)
    for field in _widgets(root, QLineEdit):
        if _shown(field) and (problem := placeholder_problem(field)):
            problems.append(problem)
    for bar in _widgets(root, QTabBar):
        if _shown(bar):
            problems.extend(tab_bar_problems(bar))
    for area in _widgets(root, QAbstractScrollArea):
        bar = area.horizontalScrollBar()
        if _shown(area) and bar.isVisible() and _scrolls_text(area):
            problems.append(f"{_name(area)}: needs a horizontal scroll bar at this width")
    if isinstance(root, QMainWindow):
        menu_bar = root.menuBar()
        for action in menu_bar.actions():
            geometry = menu_bar.actionGeometry(action)
            if geometry.isEmpty() or not menu_bar.rect().contains(geometry):
                problems.append(f"menu bar: {action.text()!r} does not fit")
    return problems


def _scrolls_text(area: QAbstractScrollArea) -> bool:
    """A scroll area of labels (a panel's form), not a table or a text box that may scroll."""
    viewport_children = area.viewport().findChildren(QLabel)
    return bool(viewport_children)
