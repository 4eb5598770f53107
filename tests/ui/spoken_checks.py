"""What a screen reader says about a widget tree (accessible names and descriptions, tooltips,
placeholders), and whether each of those texts comes translated from the catalogue."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from catalogue_checks import read_ts
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

# Texts that are the same in both languages and are not from the catalogue: names of things.
PROPER_NAMES: frozenset[str] = frozenset({"Wegly", "WhatsApp", "CRM", "JSON"})
# Qt's own texts in the window (qtbase_pt_BR.qm translates them): (context, English source).
QT_OWN: tuple[tuple[str, str], ...] = (("QTabBar", "Scroll Left"), ("QTabBar", "Scroll Right"))

_FIELD = re.compile(r"\\\{[A-Za-z_][A-Za-z0-9_]*\\\}")
_COUNT = re.compile(r"%L?n|%\d+")


@dataclass(frozen=True)
class Spoken:
    widget: str
    kind: str  # accessibleName, accessibleDescription, toolTip, placeholderText
    text: str


def _plain(text: str) -> str:
    """A rich-text tooltip (``plain_tooltip``'s ``<qt>…</qt>``) as the words it shows."""
    if text.startswith("<qt>") or re.search(r"</?(b|i|br|p|qt)\b", text):
        text = html.unescape(re.sub(r"<[^>]*>", "", text))
    return text.strip()


def _name(widget: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None and len(parts) < 2:
        if current.objectName() or current is widget:
            parts.append(f"{type(current).__name__}#{current.objectName() or '?'}")
        current = current.parentWidget()
    return " in ".join(parts)


def spoken_texts(roots: list[QWidget]) -> list[Spoken]:
    """Every non-empty accessible name, description, tooltip and placeholder under ``roots``."""
    found: list[Spoken] = []
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            texts = {
                "accessibleName": widget.accessibleName(),
                "accessibleDescription": widget.accessibleDescription(),
                "toolTip": _plain(widget.toolTip()),
            }
            if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
                texts["placeholderText"] = widget.placeholderText()
            found.extend(Spoken(_name(widget), k, t) for k, t in texts.items() if t.strip())
    return list(dict.fromkeys(found))


def _pattern(template: str) -> re.Pattern[str]:
    """A message as a regex: ``{field}`` any text, ``%n`` a number; mnemonics optional."""
    escaped = re.escape(template.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    escaped = _FIELD.sub(lambda _: "(?s:.+)", escaped)
    return re.compile(_COUNT.sub(lambda _: r"[\d.,]+", escaped))


def _letters(template: str) -> int:
    """How specific a template is: the letters it has besides its fields."""
    return sum(c.isalpha() for c in re.sub(r"\{[^{}]*\}|%L?n", "", template))


@dataclass(frozen=True)
class Template:
    pattern: re.Pattern[str]
    letters: int
    label: str = ""

    @classmethod
    def of(cls, text: str, label: str = "") -> Template:
        return cls(_pattern(text), _letters(text), label)


@dataclass(frozen=True)
class Catalogue:
    """The pt-BR templates (finished translations) and the English sources, as patterns."""

    translated: list[Template]
    english: list[Template]

    @classmethod
    def read(cls, pt_br_ts: Path) -> Catalogue:
        """Our messages from ``pt_br_ts``, and Qt's own (:data:`QT_OWN`) as the installed
        translators give them."""
        translated, english = [], []
        for context, source in QT_OWN:
            english.append(Template.of(source, f"{context} | {source!r} (Qt's own)"))
            if (text := QCoreApplication.translate(context, source)) != source:
                translated.append(Template.of(text))
        for message in read_ts(pt_br_ts):
            finished = message.kind == "" and all(message.translations)
            if finished and message.translations:
                translated.extend(Template.of(t) for t in message.translations)
            if not finished or message.source in message.translations:
                english.append(Template.of(message.source, message.label))
        return cls(translated, english)


def _best(text: str, templates: list[Template]) -> Template | None:
    """The most specific template ``text`` is an instance of (``{a} ({b})`` matches a lot)."""
    matching = [t for t in templates if t.pattern.fullmatch(text)]
    return max(matching, key=lambda t: t.letters, default=None)


def untranslated(spoken: list[Spoken], catalogue: Catalogue) -> list[str]:
    """The spoken texts that are not a pt-BR translation, one line each with the reason."""
    problems = []
    for item in spoken:
        if item.text in PROPER_NAMES:
            continue
        portuguese = _best(item.text, catalogue.translated)
        english = _best(item.text, catalogue.english)
        if portuguese is not None and (english is None or portuguese.letters >= english.letters):
            continue
        reason = f"English (untranslated {english.label})" if english else "not from the catalogue"
        problems.append(f"{item.widget} {item.kind} {item.text!r}: {reason}")
    return problems
