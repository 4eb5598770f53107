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

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Catalogue:
    """The translations of one language, read from its Qt Linguist ``.ts`` file.

    Empty translations fall back to the source text (as Qt does); vanished and obsolete entries
    are ignored, unfinished ones are used when they are not empty (lrelease's default).
    """

    language: Language
    singles: dict[tuple[str, str], str]
    plurals: dict[tuple[str, str], tuple[str, ...]]

    @classmethod
    def empty(cls, language: Language) -> Catalogue:
        return cls(language, {}, {})

    @classmethod
    def load(cls, language: Language, path: Path | None = None) -> Catalogue:
        """The catalogue of ``language`` from ``path`` (default: the installed ``.ts``);
        an empty one when the file is missing or unreadable (the CLI then speaks English)."""
        path = path if path is not None else ts_path(language)
        if path is None:
            return cls.empty(language)
        try:
            root = ET.parse(path).getroot()  # noqa: S314 - our own catalogue, not network input
        except (OSError, ET.ParseError):
            return cls.empty(language)
        singles: dict[tuple[str, str], str] = {}
        plurals: dict[tuple[str, str], tuple[str, ...]] = {}
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None or translation is None:
                    continue
                if translation.get("type") in ("vanished", "obsolete"):
                    continue
                if message.get("numerus") == "yes":
                    forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                    if forms and all(forms):
                        plurals[(name, source)] = forms
                elif translation.text:
                    singles[(name, source)] = translation.text
        return cls(language, singles, plurals)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del disambiguation  # not used by our catalogue
        if n >= 0:
            forms = self.plurals.get((context, source))
            if forms:
                return forms[min(plural_index(self.language, n), len(forms) - 1)]
            return source
        return self.singles.get((context, source), source)


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
