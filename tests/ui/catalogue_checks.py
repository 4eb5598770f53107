"""Reading and checking the Qt Linguist catalogue (resources/translations/*.ts) without Qt.

The tests call :func:`catalogue_problems` on the committed files and on tiny bad files of their
own, so the checker itself is shown to fail.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
PT_BR_TS = TRANSLATIONS / "wegly_viewer_pt_BR.ts"
EN_TS = TRANSLATIONS / "wegly_viewer_en.ts"

PLURAL_FORMS = 2  # pt-BR and English: singular, plural

# pt-BR texts that may equal an English source of 3+ words (proper names, formats).
SAME_IN_BOTH: frozenset[tuple[str, str]] = frozenset()

_FIELD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
_MARKER = re.compile(r"%L?n|%\d+")
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Message:
    """One ``<message>`` of a ``.ts`` file."""

    context: str
    source: str
    numerus: bool
    kind: str  # the translation's ``type``: "" (finished), "unfinished", "vanished", …
    text: str  # a single message's translation ("" for a plural)
    forms: tuple[str, ...]  # a plural message's forms

    @property
    def label(self) -> str:
        return f"{self.context} | {self.source!r}"

    @property
    def translations(self) -> tuple[str, ...]:
        """The non-empty translated texts (every form of a plural)."""
        return tuple(t for t in (self.forms if self.numerus else (self.text,)) if t)


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()  # noqa: S314 - our own catalogue
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            numerus = message.get("numerus") == "yes"
            forms = tuple(form.text or "" for form in ([] if translation is None else translation))
            text = "" if translation is None or numerus else (translation.text or "")
            messages.append(
                Message(name, message.findtext("source") or "", numerus, kind, text, forms)
            )
    return [m for m in messages if m.kind not in ("vanished", "obsolete")]


def mnemonics(text: str) -> int:
    """How many ``&`` mnemonics ``text`` has (``&&`` is a literal ampersand)."""
    return text.replace("&&", "").count("&")


def placeholder_problems(message: Message, translated: str) -> list[str]:
    problems = []
    fields, wanted = set(_FIELD.findall(translated)), set(_FIELD.findall(message.source))
    if fields != wanted:
        problems.append(
            f"{message.label}: fields {sorted(fields)} in {translated!r}, source has {sorted(wanted)}"
        )
    markers, wanted_markers = (
        Counter(_MARKER.findall(translated)),
        Counter(_MARKER.findall(message.source)),
    )
    if markers != wanted_markers:
        problems.append(
            f"{message.label}: markers {sorted(markers.elements())} in {translated!r}, "
            f"source has {sorted(wanted_markers.elements())}"
        )
    if mnemonics(translated) != mnemonics(message.source):
        problems.append(
            f"{message.label}: {mnemonics(translated)} '&' mnemonic(s) in {translated!r}, "
            f"source has {mnemonics(message.source)}"
        )
    return problems


def _plural_problems(message: Message) -> list[str]:
    if len(message.forms) != PLURAL_FORMS or not all(message.forms):
        return [
            f"{message.label}: plural needs {PLURAL_FORMS} non-empty forms, has {message.forms}"
        ]
    return []


def catalogue_problems(
    pt_br: Path, en: Path, same_in_both: frozenset[tuple[str, str]] = SAME_IN_BOTH
) -> list[str]:
    """Everything wrong with the pair of catalogues, one line per problem (empty: all good)."""
    problems: list[str] = []
    for message in read_ts(pt_br):
        if message.kind == "unfinished":
            problems.append(f"pt_BR {message.label}: unfinished")
        elif message.numerus:
            problems.extend(f"pt_BR {p}" for p in _plural_problems(message))
        elif not message.text:
            problems.append(f"pt_BR {message.label}: empty translation")
        for translated in message.translations:
            problems.extend(f"pt_BR {p}" for p in placeholder_problems(message, translated))
            if (
                translated == message.source
                and len(_WORD.findall(_FIELD.sub("", message.source))) >= 3
                and (message.context, message.source) not in same_in_both
            ):
                problems.append(f"pt_BR {message.label}: left in English")
    for message in read_ts(en):
        if message.numerus:
            problems.extend(f"en {p}" for p in _plural_problems(message))
        for translated in message.translations:
            problems.extend(f"en {p}" for p in placeholder_problems(message, translated))
    return problems
