"""What a screen reader says is Portuguese too: under the real pt-BR catalogue every accessible
name and description, tooltip and placeholder of the window (every tab, the key dialog) is a
pt-BR translation, not the English source."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from catalogue_checks import PT_BR_TS, ROOT
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from spoken_checks import Catalogue, spoken_texts, untranslated

from wegly_viewer.core.secrets import MemoryTokenStore
from wegly_viewer.devserver import DEMO_CHAT_IDS, ContractServer
from wegly_viewer.ui.app import Options, ViewerApp
from wegly_viewer.ui.translations import install_translators, remove_translators
from wegly_viewer.ui.widgets.lookup_bar import LookupBar

sys.path.insert(0, str(ROOT / "packaging"))
import update_translations


@pytest.fixture(scope="module")
def committed_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed catalogue compiled into a temporary folder."""
    qm_dir = tmp_path_factory.mktemp("spoken_qm")
    update_translations.release(qm_dir)
    return qm_dir


@pytest.fixture
def spoken_language(qapp: QApplication) -> Iterator[Callable[[Path], None]]:
    """Installs the pt-BR translators compiled in a folder; removes them after the test."""
    installed = []

    def install(qm_dir: Path) -> None:
        installed.extend(install_translators(qapp, "pt_BR", qm_dir))
        assert installed, f"no pt-BR catalogue in {qm_dir}"

    yield install
    remove_translators(qapp, installed)  # type: ignore[arg-type]


def _look_up(qtbot: QtBot, viewer: ViewerApp, chat_id: str) -> None:
    viewer.window.lookup_bar.input.setText(chat_id)
    qtbot.keyClick(viewer.window.lookup_bar.input, Qt.Key.Key_Return)
    controller = viewer.controller
    assert controller is not None
    qtbot.waitUntil(lambda: not controller.is_busy, timeout=10_000)
    view = viewer.window.chat_view
    assert view is not None and view.isVisible()
    for index in range(view.count()):
        view.setCurrentIndex(index)
        QApplication.processEvents()


def test_everything_a_screen_reader_says_in_the_window_is_portuguese(
    qtbot: QtBot,
    spoken_language: Callable[[Path], None],
    committed_qm: Path,
    make_viewer: Callable[..., ViewerApp],
    server: ContractServer,
    api_token: str,
) -> None:
    # Fails until every context is translated (issue 9: one branch per part of the window).
    spoken_language(committed_qm)
    store = MemoryTokenStore()
    store.set("default", api_token)
    viewer = make_viewer(Options(base_url=server.url), store)
    spoken = spoken_texts([viewer.window])
    for chat in ("open_reactions", "history_import"):  # a rich chat; a history-import chunk
        _look_up(qtbot, viewer, DEMO_CHAT_IDS[chat])
        spoken += spoken_texts([viewer.window])
    viewer.window.change_key_action.trigger()
    qtbot.waitUntil(lambda: viewer.token_dialog is not None and viewer.token_dialog.isVisible())
    assert viewer.token_dialog is not None
    spoken += spoken_texts([viewer.token_dialog])
    spoken = list(dict.fromkeys(spoken))
    kinds = {item.kind for item in spoken}
    assert {"accessibleName", "toolTip", "placeholderText"} <= kinds, kinds  # the walk saw them
    problems = untranslated(spoken, Catalogue.read(PT_BR_TS))
    assert not problems, f"{len(problems)} not in Portuguese:\n" + "\n".join(problems)


# --- the checker itself, on a catalogue of our own ------------------------------------------

_LOOKUP_BAR = {
    "Paste the chat ID, a Wegly link or any text that contains the ID": (
        "Cole o ID do chat, um link da Wegly ou qualquer texto que contenha o ID"
    ),
    "Chat ID": "ID do chat",
    "Paste the chat ID here and press Enter to look it up.": (
        "Cole aqui o ID do chat e aperte Enter para consultar."
    ),
    "Look up this chat (Enter)": "Consultar este chat (Enter)",
}


def _catalogue_copy(folder: Path, translations: dict[str, str]) -> Path:
    """A copy of the committed .ts files in which LookupBar is unfinished except ``translations``."""
    folder.mkdir()
    for ts in update_translations.ts_files():
        shutil.copy(ts, folder / ts.name)
    pt_br = folder / PT_BR_TS.name
    tree = ET.parse(pt_br)  # noqa: S314 - our own catalogue
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != "LookupBar":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            text = translations.get(message.findtext("source") or "")
            translation.text = text
            translation.attrib.pop("type", None)
            if text is None:
                translation.set("type", "unfinished")
    tree.write(pt_br, encoding="utf-8", xml_declaration=True)
    update_translations.release(folder, folder)
    return pt_br


def _spoken_in_lookup_bar(qtbot: QtBot) -> list[str]:
    bar = LookupBar()
    qtbot.addWidget(bar)
    return sorted(f"{s.kind} {s.text}" for s in spoken_texts([bar]))


def test_checker_names_the_english_left_in_the_lookup_bar(
    qtbot: QtBot, spoken_language: Callable[[Path], None], tmp_path: Path
) -> None:
    pt_br = _catalogue_copy(tmp_path / "untranslated", {})
    spoken_language(pt_br.parent)
    bar = LookupBar()
    qtbot.addWidget(bar)
    assert untranslated(spoken_texts([bar]), Catalogue.read(pt_br)) == [
        "QLineEdit#lookup_input accessibleName 'Chat ID': "
        "English (untranslated LookupBar | 'Chat ID')",
        "QLineEdit#lookup_input accessibleDescription "
        "'Paste the chat ID here and press Enter to look it up.': English (untranslated "
        "LookupBar | 'Paste the chat ID here and press Enter to look it up.')",
        "QLineEdit#lookup_input placeholderText "
        "'Paste the chat ID, a Wegly link or any text that contains the ID': English "
        "(untranslated LookupBar | 'Paste the chat ID, a Wegly link or any text that contains "
        "the ID')",
        "QPushButton#lookup_button toolTip 'Look up this chat (Enter)': "
        "English (untranslated LookupBar | 'Look up this chat (Enter)')",
    ]


def test_checker_accepts_the_lookup_bar_once_translated(
    qtbot: QtBot, spoken_language: Callable[[Path], None], tmp_path: Path
) -> None:
    pt_br = _catalogue_copy(tmp_path / "translated", _LOOKUP_BAR)
    spoken_language(pt_br.parent)
    assert _spoken_in_lookup_bar(qtbot) == [
        "accessibleDescription Cole aqui o ID do chat e aperte Enter para consultar.",
        "accessibleName ID do chat",
        "placeholderText Cole o ID do chat, um link da Wegly ou qualquer texto que contenha o ID",
        "toolTip Consultar este chat (Enter)",
    ]
    bar = LookupBar()
    qtbot.addWidget(bar)
    assert untranslated(spoken_texts([bar]), Catalogue.read(pt_br)) == []
    stray = QWidget(bar)
    stray.setObjectName("stray")
    stray.setAccessibleName("Typed in the code, never marked for translation")
    assert untranslated(spoken_texts([bar]), Catalogue.read(pt_br)) == [
        "QWidget#stray accessibleName "
        "'Typed in the code, never marked for translation': not from the catalogue"
    ]
