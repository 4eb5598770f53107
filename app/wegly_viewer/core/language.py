"""Which language the app speaks, and the Qt-free marker for translatable core texts.

Both commands decide the same way (:func:`choose_language`): ``--lang`` first, then the
``language`` setting, then the OS locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as
gettext reads them); any ``pt*`` locale means Brazilian Portuguese, everything else English.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

Language = Literal["pt_BR", "en"]
LanguageSetting = Literal["system", "pt_BR", "en"]
LANGUAGES: tuple[Language, ...] = ("pt_BR", "en")

# The order in which gettext looks for the messages language (LANGUAGE wins unless it is empty).
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def tr_noop(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it: core has no Qt.

    Both arguments must be string literals: lupdate reads them (``QT_TRANSLATE_NOOP+=tr_noop``,
    packaging/update_translations.py). The GUI translates at show time with
    ``QCoreApplication.translate(context, text)``, then fills in the fields.
    """
    del context
    return text


def language_of_locale(locale_name: str) -> Language | None:
    """``pt_BR`` for any Portuguese locale name (``pt_BR.UTF-8``, ``pt-PT``, ``pt``), ``en`` for
    any other named locale, None for an unset one or the "C"/"POSIX" locale."""
    name = locale_name.strip()
    if not name or name.split(".")[0] in ("C", "POSIX"):
        return None
    return "pt_BR" if name.lower().startswith("pt") else "en"


def system_language(environ: Mapping[str, str]) -> Language | None:
    """The messages language the environment asks for, None when it names none."""
    for variable in _LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if not value:
            continue
        # LANGUAGE is a priority list ("pt_BR:en"); the first entry decides.
        language = language_of_locale(value.split(":")[0])
        if language is not None:
            return language
    return None


def choose_language(
    environ: Mapping[str, str],
    setting: LanguageSetting = "system",
    flag: Language | None = None,
    system_default: Language | None = None,
) -> Language:
    """The language to speak: the ``--lang`` flag, else the setting, else the environment's
    locale, else ``system_default`` (the GUI passes ``QLocale.system()``'s), else English."""
    if flag is not None:
        return flag
    if setting != "system":
        return setting
    return system_language(environ) or system_default or "en"
