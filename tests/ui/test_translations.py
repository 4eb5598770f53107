"""pt-BR through the real composition root: our .qm and Qt's own, chosen by locale/flag/setting."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTabWidget

from wegly_viewer.core.settings_file import peek_language
from wegly_viewer.ui.app import Options, ViewerApp
from wegly_viewer.ui.translations import (
    gui_language,
    install_translators,
    remove_translators,
)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import update_translations  # noqa: E402


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogue compiled by lrelease into a temporary folder (never into the source tree:
    a half-translated .qm there would be picked up by ./run)."""
    qm_dir = tmp_path_factory.mktemp("qm")
    update_translations.release(qm_dir)
    assert (qm_dir / "wegly_viewer_pt_BR.qm").is_file()
    return qm_dir


@pytest.fixture
def language(qapp: QApplication, compiled: Path) -> Iterator[Callable[[str], None]]:
    installed = []

    def install(lang: str) -> None:
        installed.extend(install_translators(qapp, lang, compiled))  # type: ignore[arg-type]

    yield install
    remove_translators(qapp, installed)


def _texts(viewer: ViewerApp) -> tuple[list[str], str, str]:
    menus = [action.text() for action in viewer.window.menuBar().actions()]
    tabs = viewer.window.findChild(QTabWidget)
    assert tabs is not None
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    return menus, tabs.tabText(0), cancel


def test_pt_br_locale_gives_portuguese_menus_tabs_and_qt_buttons(
    language: Callable[[str], None], make_viewer: Callable[..., ViewerApp], server: object
) -> None:
    language(gui_language(environ={"LANG": "pt_BR.UTF-8"}))
    viewer = make_viewer(Options(base_url=server.url))  # type: ignore[attr-defined]
    menus, tab, cancel = _texts(viewer)
    assert menus == ["&Chat", "Chave da &API", "&Exibir", "Aj&uda"]
    assert tab == "&Visão geral"
    assert cancel == "Cancelar"


def test_without_our_catalogue_qt_buttons_stay_english_too(
    qapp: QApplication, tmp_path: Path
) -> None:
    installed = install_translators(qapp, "pt_BR", tmp_path)  # an empty folder: no .qm
    assert installed == []
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_en_locale_stays_english(
    language: Callable[[str], None], make_viewer: Callable[..., ViewerApp], server: object
) -> None:
    language(gui_language(environ={"LANG": "en_US.UTF-8"}))
    viewer = make_viewer(Options(base_url=server.url))  # type: ignore[attr-defined]
    assert _texts(viewer) == (["&Chat", "&API key", "&View", "&Help"], "&Overview", "Cancel")


def test_lang_flag_overrides_a_portuguese_locale(
    language: Callable[[str], None], make_viewer: Callable[..., ViewerApp], server: object
) -> None:
    language(gui_language(flag="en", environ={"LANG": "pt_BR.UTF-8"}))
    viewer = make_viewer(Options(base_url=server.url))  # type: ignore[attr-defined]
    assert _texts(viewer)[0] == ["&Chat", "&API key", "&View", "&Help"]


def test_the_language_setting_overrides_the_locale(
    language: Callable[[str], None], tmp_path: Path
) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"version": 1, "language": "pt_BR"}))
    assert gui_language(peek_language(tmp_path), environ={"LANG": "en_US.UTF-8"}) == "pt_BR"  # type: ignore[arg-type]
    (tmp_path / "settings.json").write_text(json.dumps({"version": 1, "language": "en"}))
    assert gui_language(peek_language(tmp_path), environ={"LANG": "pt_BR.UTF-8"}) == "en"  # type: ignore[arg-type]


def test_committed_ts_files_are_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / "translations"
    shutil.copytree(update_translations.TRANSLATIONS, fresh)
    update_translations.update(fresh)
    for ts in update_translations.ts_files():
        assert (fresh / ts.name).read_text(encoding="utf-8") == ts.read_text(encoding="utf-8"), (
            f"{ts.name} is stale: run python packaging/update_translations.py"
        )
