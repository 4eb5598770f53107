"""Install the translators (ours and Qt's own) for the chosen language, before any widget.

Our ``.qm`` files live in the package, ``wegly_viewer/translations``: the build compiles them from
resources/translations (hatch_build.py for the wheel and ``pip install -e .``, the PyInstaller
spec for the bundle; docs/packaging.md). Qt's ``qtbase_pt_BR.qm`` comes with PySide6 (the bundle
keeps it in PySide6/Qt/translations) and translates standard buttons and context menus.
``--self-test`` reports which of them it finds.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from wegly_viewer.core import i18n as core_i18n
from wegly_viewer.core.language import (
    Language,
    LanguageSetting,
    choose_language,
    language_of_locale,
)

QM_DIR = Path(__file__).resolve().parent.parent / "translations"


def loads(qm: Path) -> bool:
    """True when the file ``qm`` exists and loads as a Qt catalogue with messages in it."""
    translator = QTranslator()
    return qm.is_file() and translator.load(str(qm)) and not translator.isEmpty()


def gui_language(
    setting: LanguageSetting = "system",
    flag: Language | None = None,
    environ: Mapping[str, str] | None = None,
) -> Language:
    """The language of the GUI: flag, setting, environment, then ``QLocale.system()``."""
    system = language_of_locale(QLocale.system().name())
    return choose_language(os.environ if environ is None else environ, setting, flag, system)


def install_translators(
    app: QCoreApplication, language: Language, qm_dir: Path = QM_DIR
) -> list[QTranslator]:
    """Load and install the translators for ``language`` (none for English); returns them so
    the caller keeps them alive.

    Qt's own catalogue (standard buttons, context menus) is installed only together with ours:
    without our catalogue the window stays English, and "Cancelar" beside English text would be
    the mixed language agents complained about.

    Args:
        app: the application.
        language: ``pt_BR`` or ``en``.
        qm_dir: where our compiled catalogue is (the package's; tests compile their own).
    """
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale("pt_BR" if language == "pt_BR" else "en_US"))  # %Ln, QLocale()
    core_i18n.install(language, QCoreApplication.translate)
    if language == "en":
        # English is the source language; ours only adds the plural forms ("1 reaction").
        translator = QTranslator(app)
        if translator.load(f"wegly_viewer_{language}", str(qm_dir)):
            app.installTranslator(translator)
            installed.append(translator)
        return installed
    from PySide6.QtCore import QLibraryInfo  # its enums set up only for a translated window

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in (
        (f"wegly_viewer_{language}", str(qm_dir)),
        (f"qtbase_{language}", qt_dir),
    ):
        translator = QTranslator(app)
        if not translator.load(name, directory):
            translator.deleteLater()
            if not installed:
                core_i18n.install("en", QCoreApplication.translate)
                QLocale.setDefault(QLocale("en_US"))
                return installed  # ours is missing: stay English throughout
            continue
        app.installTranslator(translator)
        installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    core_i18n.reset()
    QLocale.setDefault(QLocale("en_US"))
