"""Which language core's ``tr`` speaks in a test (it is process-wide, like a QTranslator)."""

from __future__ import annotations

from pathlib import Path

from wegly_viewer.core import i18n
from wegly_viewer.core.i18n import Catalogue
from wegly_viewer.core.language import Language

SOURCE_TS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
_CATALOGUES: dict[str, Catalogue] = {}


def speak(language: Language) -> None:
    """Make core's ``tr`` speak ``language`` from the committed ``.ts`` (cached per run)."""
    if language not in _CATALOGUES:
        path = SOURCE_TS_DIR / f"wegly_viewer_{language}.ts"
        _CATALOGUES[language] = Catalogue.load(language, path)
    i18n.install(language, _CATALOGUES[language].translate)
