"""The one translation path core, the CLI and the GUI share, without Qt.

Every text a user reads is an English source string in ``resources/translations/*.ts`` (Qt
Linguist's catalogue, the single source of truth). The GUI translates through Qt
(``QCoreApplication.translate`` over the compiled ``.qm``); ``wegly-lookup`` has no Qt, so it
reads the same ``.ts`` file with :class:`Catalogue`. Core code calls :func:`tr` and does not care
which: the composition root of each command calls :func:`install` once.

Conventions (lupdate reads them, see packaging/update_translations.py):
- ``tr("Context", "text")``: both literals. Fields are named ``{field}`` and filled in *after*
  translation, so a translation may move them: ``tr("time", "{duration} ago")`` → ``há {duration}``.
- Plurals: ``tr("Context", "%n message(s)", None, n)`` (positional, lupdate's numerus form);
  ``%n`` becomes the plain number, ``%Ln`` the number with the language's grouping (``10.000``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from wegly_viewer.core.language import Language

# (context, source, disambiguation, n) -> translated text (``%n`` may still be in it).
Translate = Callable[[str, str, str | None, int], str]

_PACKAGE_DIR = Path(__file__).resolve().parent.parent / "translations"
# A source checkout (or an editable install) keeps the catalogue at the top level.
_SOURCE_DIR = Path(__file__).resolve().parents[3] / "resources" / "translations"


def catalogue_dirs() -> tuple[Path, ...]:
    """Where the catalogue may be: inside the package (wheel, bundle), else the source tree."""
    return (_PACKAGE_DIR, _SOURCE_DIR)


def ts_path(language: Language) -> Path | None:
    """The ``.ts`` file of ``language``, None when none is installed."""
    for directory in catalogue_dirs():
        candidate = directory / f"wegly_viewer_{language}.ts"
        if candidate.is_file():
            return candidate
    return None


def plural_index(language: Language, n: int) -> int:
    """Which numerus form ``n`` takes: Qt's rules (pt-BR: 0 and 1 are singular)."""
    if language == "pt_BR":
        return 0 if n <= 1 else 1
    return 0 if n == 1 else 1


def group_digits(n: int, language: Language) -> str:
    """``10.000`` in pt-BR, ``10,000`` in English (what QLocale writes for ``%Ln``)."""
    text = f"{abs(n):,}"
    if language == "pt_BR":
        text = text.replace(",", ".")
    return f"-{text}" if n < 0 else text


# One ``<context>`` element of a Qt Linguist file, found without parsing the XML.
_CONTEXT_BLOCK = re.compile(r"<context>\s*<name>([^<&]*)</name>.*?</context>", re.DOTALL)


@dataclass(frozen=True)
class _Messages:
    """The translations of one context."""

    singles: dict[str, str]
    plurals: dict[str, tuple[str, ...]]


_NO_MESSAGES = _Messages({}, {})


@dataclass(frozen=True)
class Catalogue:
    """The translations of one language, read from its Qt Linguist ``.ts`` file.

    Empty translations fall back to the source text (as Qt does); vanished and obsolete entries
    are ignored, unfinished ones are used when they are not empty (lrelease's default).

    Each context is parsed the first time one of its texts is asked for: a command speaks a
    few contexts of the ~30 the file holds (the window's), so ``wegly-lookup`` parses about a
    third of it and ``--help`` less. A context that is not well-formed XML speaks English.
    """

    language: Language
    blocks: dict[str, str]  # context name -> its ``<context>`` elements' XML, not parsed yet
    _parsed: dict[str, _Messages] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def empty(cls, language: Language) -> Catalogue:
        return cls(language, {})

    @classmethod
    def load(cls, language: Language, path: Path | None = None) -> Catalogue:
        """The catalogue of ``language`` from ``path`` (default: the installed ``.ts``);
        an empty one when the file is missing or unreadable (the CLI then speaks English)."""
        path = path if path is not None else ts_path(language)
        if path is None:
            return cls.empty(language)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeError):
            return cls.empty(language)
        blocks: dict[str, str] = {}
        for match in _CONTEXT_BLOCK.finditer(text):
            name = match.group(1)
            blocks[name] = blocks.get(name, "") + match.group(0)
        return cls(language, blocks)

    def _messages(self, context: str) -> _Messages:
        messages = self._parsed.get(context)
        if messages is None:
            # Two threads may both parse a context; they store the same values.
            messages = self._parsed[context] = _parse_context(self.blocks.get(context))
        return messages

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del disambiguation  # not used by our catalogue
        messages = self._messages(context)
        if n >= 0:
            forms = messages.plurals.get(source)
            if forms:
                return forms[min(plural_index(self.language, n), len(forms) - 1)]
            return source
        return messages.singles.get(source, source)


def _parse_context(block: str | None) -> _Messages:
    if block is None:
        return _NO_MESSAGES
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(f"<TS>{block}</TS>")  # noqa: S314 - our own catalogue, not network input
    except ET.ParseError:
        return _NO_MESSAGES
    singles: dict[str, str] = {}
    plurals: dict[str, tuple[str, ...]] = {}
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source is None or translation is None:
            continue
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        if message.get("numerus") == "yes":
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            if forms and all(forms):
                plurals[source] = forms
        elif translation.text:
            singles[source] = translation.text
    return _Messages(singles, plurals)


@dataclass
class _Installed:
    language: Language
    translate: Translate


def _untranslated(context: str, source: str, disambiguation: str | None, n: int) -> str:
    del context, disambiguation, n
    return source


_current = _Installed("en", _untranslated)


def install(language: Language, translate: Translate) -> None:
    """Make :func:`tr` speak ``language`` through ``translate`` (once, in a composition root)."""
    _current.language = language
    _current.translate = translate


def install_catalogue(language: Language) -> Catalogue:
    """Install the ``.ts`` catalogue of ``language`` (the CLI's way); returns it."""
    catalogue = Catalogue.load(language)
    install(language, catalogue.translate)
    return catalogue


def reset() -> None:
    """Back to untranslated English (tests, and a GUI that removed its translators)."""
    install("en", _untranslated)


def current_language() -> Language:
    return _current.language


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` translated in ``context``; with ``n``, the plural form for ``n`` with ``%n``
    (plain digits) and ``%Ln`` (grouped digits) filled in."""
    translated = _current.translate(context, text, disambiguation, n) or text
    if n >= 0:
        translated = translated.replace("%Ln", group_digits(n, _current.language))
        translated = translated.replace("%n", str(n))
    return translated
