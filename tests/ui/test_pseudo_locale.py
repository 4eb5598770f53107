"""Room for longer words: the whole window under a pseudo-locale (every text ~40 % longer, with
accents) at its default size, 1040×720, showing a rich demo chat in every tab."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pseudo_locale import PseudoTranslator, clipping_problems, pseudo
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from wegly_viewer.core import i18n as core_i18n
from wegly_viewer.core.secrets import MemoryTokenStore
from wegly_viewer.devserver import DEMO_CHAT_IDS, ERROR_CHAT_IDS, ContractServer
from wegly_viewer.ui.app import Options, ViewerApp
from wegly_viewer.ui.text import tr

RICH_CHAT = DEMO_CHAT_IDS["open_reactions"]  # reactions, CRM person, agents, lead sources


@pytest.fixture
def pseudo_translator(qapp: QApplication) -> Iterator[PseudoTranslator]:
    """The pseudo-locale for Qt and for core texts (dates, durations), with pt-BR formats,
    as ``install_translators`` sets up pt-BR."""
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale("pt_BR"))
    core_i18n.install("pt_BR", QCoreApplication.translate)
    yield translator
    qapp.removeTranslator(translator)
    core_i18n.reset()
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def pseudo_viewer(
    pseudo_translator: PseudoTranslator,
    make_viewer: Callable[..., ViewerApp],
    server: ContractServer,
    api_token: str,
) -> ViewerApp:
    store = MemoryTokenStore()
    store.set("default", api_token)
    return make_viewer(Options(base_url=server.url), store)


def test_pseudo_text_is_longer_accented_and_keeps_what_the_app_fills_in() -> None:
    assert pseudo("&Refresh") == "&Réfréšh ẋẍẋ"
    assert pseudo("Looking up chat {id}…") == "Löökîñg üp çhát {id} ẋẍẋẍẋẍ ẋẍ…"
    assert pseudo("%Ln reaction(s)") == "%Ln réáçtîöñ(š) ẋẍẋẍẋ"
    assert pseudo("&Last message && reactions") == "&Lášt méššágé && réáçtîöñš ẋẍẋẍẋẍ ẋẍẋẍ"
    assert pseudo("<b>{name}</b>") == "<b>{name}</b> ẋẍ"


def test_the_pseudo_translator_answers_for_ours_and_for_qt(
    pseudo_translator: PseudoTranslator,
) -> None:
    assert tr("MainWindow", "&Chat") == "&Chát ẋ"
    assert tr("time", "%n day(s)", None, 3) == "3 dáý(š) ẋẍẋ"
    assert core_i18n.tr("time", "%Ln day(s)", None, 10_000) == "10.000 dáý(š) ẋẍẋ"


def test_checker_reports_a_label_and_a_button_too_narrow_for_their_text(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    row = QHBoxLayout(page)
    fits = QLabel("OK", page)
    narrow = QLabel("A rather long label that cannot fit", page)
    narrow.setObjectName("narrow_label")
    narrow.setFixedWidth(40)
    elided = QLabel("Maria Apa…", page)
    elided.setToolTip("Maria Aparecida Souza")  # elided on purpose, whole text in the tooltip
    elided.setFixedWidth(20)
    button = QPushButton("Look up this chat now", page)
    button.setObjectName("narrow_button")
    button.setFixedWidth(30)
    for widget in (fits, narrow, elided, button):
        row.addWidget(widget)
    page.show()
    qtbot.waitExposed(page)
    problems = clipping_problems(page)
    assert [p.split(":")[0] for p in problems] == [
        "QLabel#narrow_label",
        "QPushButton#narrow_button",
    ]
    assert "'A rather long label that cannot fit' needs" in problems[0]


def test_checker_reports_text_cut_by_the_edge_and_a_scrolling_form(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    page.resize(200, 120)
    edge = QLabel("Cut at the edge", page)  # no layout: placed half outside its parent
    edge.setObjectName("edge_label")
    edge.setGeometry(150, 0, edge.sizeHint().width(), 20)
    area = QScrollArea(page)
    area.setObjectName("form_area")
    area.setGeometry(0, 30, 120, 90)
    form = QWidget()
    QHBoxLayout(form).addWidget(QLabel("A form row far wider than its scroll area", form))
    area.setWidget(form)
    page.show()
    qtbot.waitExposed(page)
    problems = clipping_problems(page)
    assert [p.split(":")[0] for p in problems] == ["QLabel#edge_label", "QScrollArea#form_area"]
    assert problems[0].endswith(f"is cut by {edge.width() - 50} px at the window's edge")


def test_checker_reports_an_elided_tab(qtbot: QtBot) -> None:
    tabs = QTabWidget()
    tabs.setObjectName("narrow_tabs")
    qtbot.addWidget(tabs)
    for title in ("First tab with a long title", "Second tab with a long title", "Third"):
        tabs.addTab(QWidget(), title)
    tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
    tabs.resize(200, 100)
    tabs.show()
    qtbot.waitExposed(tabs)
    problems = clipping_problems(tabs)
    assert any("'First tab with a long title' elided" in p for p in problems), problems


def test_checker_reports_a_field_hint_cut_off(qtbot: QtBot) -> None:
    field = QLineEdit()
    field.setObjectName("narrow_field")
    qtbot.addWidget(field)
    field.setPlaceholderText("Paste a chat ID, a Wegly link or any text containing one")
    field.setFixedWidth(120)
    field.show()
    qtbot.waitExposed(field)
    assert [p.split(":")[0] for p in clipping_problems(field)] == ["QLineEdit#narrow_field"]
    field.setText("typed")  # the hint is gone once there is text
    assert clipping_problems(field) == []


def test_every_tab_of_a_rich_chat_has_room_for_longer_words(
    qtbot: QtBot, pseudo_viewer: ViewerApp, pseudo_translator: PseudoTranslator
) -> None:
    window = pseudo_viewer.window
    # The default size on a screen big enough (the offscreen screen is 800×800, and the first
    # size is clamped to the screen: tests/ui/test_small_screens.py).
    window.resize(1040, 720)
    QApplication.processEvents()
    assert (window.width(), window.height()) == (1040, 720)
    window.lookup_bar.input.setText(RICH_CHAT)
    qtbot.keyClick(window.lookup_bar.input, Qt.Key.Key_Return)
    controller = pseudo_viewer.controller
    assert controller is not None
    qtbot.waitUntil(lambda: not controller.is_busy, timeout=10_000)
    view = window.chat_view
    assert view is not None and view.isVisible()
    assert not window.banner.isVisible()
    assert view.tabText(0) == pseudo("&Overview")  # the pseudo-locale reached the window

    problems = []
    for index in range(view.count()):
        view.setCurrentIndex(index)
        QApplication.processEvents()
        name = view.widget(index).objectName()
        problems.extend(f"[{name}] {p}" for p in clipping_problems(window))
    problems = list(dict.fromkeys(problems))  # the bars around the tabs repeat per tab
    contexts = {context for context, _source in pseudo_translator.seen}
    assert {
        "MainWindow",
        "LookupBar",
        "ChatView",
        "OverviewPanel",
        "LastMessagePanel",
        "CrmPanel",
        "AgentsPanel",
        "LeadSourcesPanel",
        "RawJsonPanel",
        "time",
    } <= contexts, contexts  # every part of the window read its words through the translator
    assert not problems, f"{len(problems)} clipped:\n" + "\n".join(problems)


def test_first_start_prompt_and_key_dialog_have_room_for_longer_words(
    qtbot: QtBot,
    pseudo_translator: PseudoTranslator,
    make_viewer: Callable[..., ViewerApp],
    server: ContractServer,
) -> None:
    viewer = make_viewer(Options(base_url=server.url))  # no key yet: prompt and dialog
    qtbot.waitUntil(lambda: viewer.token_dialog is not None and viewer.token_dialog.isVisible())
    dialog = viewer.token_dialog
    assert dialog is not None
    assert dialog.windowTitle() == pseudo("Wegly API key")
    assert viewer.window.need_key_button.isVisible()
    viewer.window.resize(1040, 720)  # the default size on a big enough screen (see above)
    QApplication.processEvents()
    problems = clipping_problems(viewer.window) + clipping_problems(dialog)
    problems = list(dict.fromkeys(problems))  # the dialog is a child of the window
    assert not problems, f"{len(problems)} clipped:\n" + "\n".join(problems)


def test_error_banner_has_room_for_longer_words(qtbot: QtBot, pseudo_viewer: ViewerApp) -> None:
    window = pseudo_viewer.window
    window.lookup_bar.input.setText(ERROR_CHAT_IDS["unauthorized"])
    qtbot.keyClick(window.lookup_bar.input, Qt.Key.Key_Return)
    controller = pseudo_viewer.controller
    assert controller is not None
    qtbot.waitUntil(lambda: not controller.is_busy, timeout=10_000)
    assert window.banner.isVisible()
    QApplication.processEvents()
    problems = clipping_problems(window)
    assert not problems, f"{len(problems)} clipped:\n" + "\n".join(problems)
