"""Issue 11, items 4-7, through the real window: copy in one click, reactions to work with,
the keyboard (shortcuts, mnemonics, Tab to values) and documents masked in the raw JSON tab."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_main_window import look_up
from ui_helpers import model_texts

from wegly_viewer.devserver import DEMO_CHAT_IDS
from wegly_viewer.ui.app import Options, ViewerApp
from wegly_viewer.ui.chat_view import ChatView
from wegly_viewer.ui.main_window import MainWindow
from wegly_viewer.ui.models.reactions_model import ReactionsTableModel
from wegly_viewer.ui.panels.crm import CrmPanel
from wegly_viewer.ui.panels.last_message import LastMessagePanel
from wegly_viewer.ui.panels.raw_json import RawJsonPanel

OPEN_ID = DEMO_CHAT_IDS["open_reactions"]


def clipboard() -> str:
    return QGuiApplication.clipboard().text()


def view_of(viewer: ViewerApp) -> ChatView:
    view = viewer.window.chat_view
    assert view is not None
    return view


def child(root: QWidget, kind: type, name: str) -> object:
    found = root.findChild(kind, name)
    assert found is not None, name
    return found


def activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


# --- 4. copy in one click --------------------------------------------------------------------


def test_chat_id_and_number_copy_whole_values(qtbot: QtBot, viewer: ViewerApp) -> None:
    look_up(qtbot, viewer, OPEN_ID)
    window = viewer.window
    overview = view_of(viewer).panel("tab_overview")

    copy_id = child(overview, QToolButton, "overview_copy_chat_id")
    assert isinstance(copy_id, QToolButton)
    QGuiApplication.clipboard().setText("something else")
    copy_id.click()
    assert clipboard() == "d0000000-0000-4000-8000-000000000001"
    assert window.statusBar().currentMessage() == "Chat ID copied"

    # A double-click selects the whole ID, not one "word" of it ("4000").
    label = child(overview, QLabel, "overview_chat_id")
    assert isinstance(label, QLabel)
    qtbot.mouseDClick(label, Qt.MouseButton.LeftButton, pos=label.rect().center())
    assert label.selectedText() == "d0000000-0000-4000-8000-000000000001"

    copy_number = child(overview, QToolButton, "overview_copy_number")
    assert isinstance(copy_number, QToolButton)
    copy_number.click()
    assert clipboard() == "+55 11 98765-4321"
    menu = copy_number.menu()
    assert isinstance(menu, QMenu)
    assert [a.text() for a in menu.actions()] == ["Copy digits only"]
    menu.actions()[0].trigger()
    assert clipboard() == "5511987654321"
    assert window.statusBar().currentMessage() == "Phone number copied (digits only)"


def test_documents_copy_only_after_reveal_and_address_copies(
    qtbot: QtBot, viewer: ViewerApp
) -> None:
    look_up(qtbot, viewer, OPEN_ID)
    crm = view_of(viewer).panel("tab_crm")
    assert isinstance(crm, CrmPanel)
    view_of(viewer).setCurrentWidget(crm)
    table = child(crm, QWidget, "crm_documents")
    copy = child(crm, QPushButton, "crm_copy_document")
    digits = child(crm, QPushButton, "crm_copy_document_digits")
    reveal = child(crm, QPushButton, "crm_reveal_documents")
    assert isinstance(copy, QPushButton) and isinstance(digits, QPushButton)
    assert isinstance(reveal, QPushButton)
    table.selectRow(0)  # type: ignore[attr-defined]
    QGuiApplication.clipboard().setText("nothing yet")
    assert not copy.isEnabled() and not digits.isEnabled()  # masked: nothing to copy
    crm.copy_document()
    assert clipboard() == "nothing yet"

    reveal.click()
    assert copy.isEnabled() and digits.isEnabled()
    copy.click()
    assert clipboard() == "123.456.789-09"
    digits.click()
    assert clipboard() == "12345678909"

    contacts = child(crm, QWidget, "crm_contacts")
    emails = [
        row
        for row in range(crm.contacts_model().rowCount())
        if crm.contacts_model().contact(row).kind == "email"
    ]
    contacts.selectRow(emails[0])  # type: ignore[attr-defined]
    copy_contact = child(crm, QPushButton, "crm_copy_contact")
    assert isinstance(copy_contact, QPushButton)
    copy_contact.click()
    assert clipboard() == "maria.souza@exemplo.com.br"
    assert viewer.window.statusBar().currentMessage() == "E-mail address copied"

    address = child(crm, QPushButton, "crm_copy_address")
    assert isinstance(address, QPushButton)
    address.click()
    assert clipboard() == (
        "Avenida Paulista, 1578 - Apto 82, Bloco B\n"
        "District: Bela Vista\n"
        "São Paulo/SP\n"
        "CEP 01310-200"
    )
    assert viewer.window.statusBar().currentMessage() == "Address copied"


def test_copy_service_summary_is_the_cli_summary_with_documents_masked(
    qtbot: QtBot, viewer: ViewerApp, gui_en: None
) -> None:
    window = viewer.window
    window.copy_summary_action.trigger()
    assert window.statusBar().currentMessage() == "No chat to summarize yet: look one up first."

    look_up(qtbot, viewer, OPEN_ID)
    crm = view_of(viewer).panel("tab_crm")
    assert isinstance(crm, CrmPanel)
    crm.set_documents_revealed(True)  # revealed on screen: the summary still masks them
    assert window.copy_summary_action.shortcut() == QKeySequence("Ctrl+Shift+C")
    window.copy_summary_action.trigger()
    lines = clipboard().splitlines()
    assert lines[0] == "Maria Aparecida Souza (WhatsApp: Maria Souza 🌻) · +55 11 98765-4321"
    assert lines[1] == "Chat:              d0000000-0000-4000-8000-000000000001"
    assert "Assigned to:       Ana Beatriz Lima" in lines
    assert "24 h window:       open, closes in 5 h (Nov 25, 2026 7:00 PM)" in lines
    assert "  CPF: ***.456.789-**" in lines
    assert "  CNPJ: **.345.678/****-**" in lines
    assert "123.456.789-09" not in clipboard()
    assert "12.345.678/0001-95" not in clipboard()
    assert window.statusBar().currentMessage() == "Service summary copied"


def test_copy_service_summary_in_portuguese(
    window_pt_br: Path, qtbot: QtBot, make_viewer: Callable[..., ViewerApp]
) -> None:
    viewer = make_viewer(Options(demo=True))
    look_up(qtbot, viewer, OPEN_ID)
    viewer.window.copy_summary_action.trigger()
    lines = clipboard().splitlines()
    assert lines[1] == "Chat:                   d0000000-0000-4000-8000-000000000001"
    assert "Janela de 24 h:         aberta, fecha em 5 h (25/11/2026 19:00)" in lines
    assert "  CPF: ***.456.789-**" in lines
    assert viewer.window.statusBar().currentMessage() == "Resumo do atendimento copiado"


# --- 5. reactions ----------------------------------------------------------------------------


def test_reaction_chips_and_name_filter_on_ten_thousand_rows(
    qtbot: QtBot, viewer: ViewerApp
) -> None:
    look_up(qtbot, viewer, DEMO_CHAT_IDS["many_agents"])
    panel = view_of(viewer).panel("tab_last_message")
    assert isinstance(panel, LastMessagePanel)
    view_of(viewer).setCurrentWidget(panel)
    table = panel.reactions_view
    model = table.model()
    assert model.rowCount() == 10_000
    # Newest first by default.
    header = table.horizontalHeader()
    assert header.sortIndicatorSection() == ReactionsTableModel.WHEN
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    splitter = child(panel, QSplitter, "last_message_splitter")
    assert isinstance(splitter, QSplitter) and splitter.handleWidth() >= 6

    chips = panel.chips()
    assert chips[0].text() == "All (10,000)"
    assert chips[0].isChecked()
    emoji, count = chips[1].text().rsplit(" ", 1)
    started = time.perf_counter()
    chips[1].click()
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0  # a proxy filter over precomputed rows: tens of milliseconds
    assert model.rowCount() == int(count.replace(",", ""))
    assert {model.data(model.index(row, 0)) for row in range(model.rowCount())} == {emoji}
    shown = child(panel, QLabel, "reactions_shown")
    assert isinstance(shown, QLabel)
    assert shown.text() == f"{count} of 10,000 shown"

    chips[0].click()
    started = time.perf_counter()
    panel.set_name_filter("condomínio edifício copan")
    assert time.perf_counter() - started < 1.0
    names = {model.data(model.index(row, 1)) for row in range(model.rowCount())}
    assert names == {"Condomínio Edifício Copan"}

    panel.set_name_filter("no such person zzz")
    assert model.rowCount() == 0
    assert shown.text() == "No reaction matches this filter"

    # Typing waits for a pause, then filters; a new chat starts unfiltered.
    name_filter = child(panel, QLineEdit, "reactions_filter")
    assert isinstance(name_filter, QLineEdit)
    name_filter.setText("Maria")
    look_up(qtbot, viewer, OPEN_ID)
    assert name_filter.text() == ""
    assert [chip.text() for chip in panel.chips()] == [
        "All (7)",
        "👍🏽 3",
        "❤️ 2",
        "👨\u200d👩\u200d👧 1",
        "🇧🇷 1",
    ]
    assert model.rowCount() == 7
    panel.chips()[2].click()
    assert [model.data(model.index(row, 1)) for row in range(model.rowCount())] == [
        "Patrícia Gonçalves",
        "Ana Beatriz Lima",
    ]


# --- 6. keyboard -----------------------------------------------------------------------------


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).upper() if match else None


def _window_keys(window: MainWindow) -> list[str]:
    """Every key that does something window-wide: shortcuts and Alt+mnemonics on screen."""
    keys: list[str] = []
    window_wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    for action in window.findChildren(QAction):
        if action.shortcutContext() in window_wide:
            keys += [s.toString() for s in action.shortcuts() if not s.isEmpty()]
    for shortcut in window.findChildren(QShortcut):
        if shortcut.context() in window_wide and not shortcut.key().isEmpty():
            keys.append(shortcut.key().toString())
    texts = [action.text() for action in window.menuBar().actions()]
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisible():
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    texts += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible()]
    texts += [
        label.text()
        for label in window.findChildren(QLabel)
        if label.isVisible() and label.buddy() is not None
    ]
    keys += [f"Alt+{letter}" for text in texts if (letter := _mnemonic(text))]
    return keys


def _assert_nothing_collides(window: MainWindow) -> None:
    view = window.chat_view
    assert view is not None
    for index in range(view.count()):
        view.setCurrentIndex(index)
        keys = _window_keys(window)
        doubled = sorted({key for key in keys if keys.count(key) > 1})
        assert doubled == [], (view.tabText(index), doubled)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        letters = [_mnemonic(a.text()) for a in menu.actions() if a.text()]
        assert len(letters) == len(set(letters)), menu_action.text()


def test_no_shortcut_or_mnemonic_collides_in_english(qtbot: QtBot, viewer: ViewerApp) -> None:
    look_up(qtbot, viewer, OPEN_ID)
    _assert_nothing_collides(viewer.window)
    keys = _window_keys(viewer.window)
    assert keys.count("Ctrl+L") == 1  # the Look up action alone (it was bound twice)
    assert "Alt+C" in keys and "Alt+M" in keys  # Chat menu, CRM tab


def test_no_shortcut_or_mnemonic_collides_in_portuguese(
    window_pt_br: Path, qtbot: QtBot, make_viewer: Callable[..., ViewerApp]
) -> None:
    viewer = make_viewer(Options(demo=True))
    look_up(qtbot, viewer, OPEN_ID)
    _assert_nothing_collides(viewer.window)


def test_ctrl_l_focuses_the_chat_id_field(qtbot: QtBot, viewer: ViewerApp) -> None:
    look_up(qtbot, viewer, OPEN_ID)
    window = viewer.window
    activate(qtbot, window)
    tabs = view_of(viewer)
    tabs.setFocus()
    assert not window.lookup_bar.input.hasFocus()
    qtbot.keyClick(tabs, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.lookup_bar.input.hasFocus)
    assert window.lookup_bar.input.selectedText() == OPEN_ID


def test_tab_reaches_a_value_and_ctrl_c_copies_it(qtbot: QtBot, viewer: ViewerApp) -> None:
    look_up(qtbot, viewer, OPEN_ID)
    window = viewer.window
    activate(qtbot, window)
    overview = view_of(viewer).panel("tab_overview")
    target = child(overview, QLabel, "overview_chat_id")
    assert isinstance(target, QLabel)
    flags = target.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    window.lookup_bar.input.setFocus()
    for _ in range(60):  # bounded: Tab walks the lookup bar, the tab bar, then the values
        focused = QApplication.focusWidget()
        if focused is target:
            break
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target
    QGuiApplication.clipboard().setText("")
    qtbot.keyClick(target, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard() == "d0000000-0000-4000-8000-000000000001"
    assert window.statusBar().currentMessage() == "Copied"


def test_keyboard_shortcuts_lists_every_shortcut_of_the_window(
    qtbot: QtBot, viewer: ViewerApp
) -> None:
    window = viewer.window
    window.shortcuts_action.trigger()
    dialog = window.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows()
    assert ("Ctrl+L", "Look up", "Anywhere in the window") in rows
    assert ("F5, Ctrl+R", "Refresh", "Anywhere in the window") in rows
    assert ("Ctrl+Shift+C", "Copy service summary", "Anywhere in the window") in rows
    assert ("F1", "Keyboard shortcuts", "Anywhere in the window") in rows
    assert ("Alt+4", "Show the tab “CRM”", "Anywhere in the window") in rows
    assert ("Ctrl+C", "Copy value", "In “Wegly's response, field by field”") in rows
    listed = [(keys, what) for keys, what, _where in rows]
    for action in window.findChildren(QAction):
        if action.shortcuts():
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
            )
            what = action.text().replace("&", "").removesuffix("…")
            assert (keys, what) in listed, action.text()
    for shortcut in window.findChildren(QShortcut):
        if not shortcut.key().isEmpty():
            assert shortcut.whatsThis(), shortcut.key().toString()
            keys = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
            assert (keys, shortcut.whatsThis()) in listed


def test_keyboard_shortcuts_in_portuguese(
    window_pt_br: Path, qtbot: QtBot, make_viewer: Callable[..., ViewerApp]
) -> None:
    viewer = make_viewer(Options(demo=True))
    window = viewer.window
    window.shortcuts_action.trigger()
    dialog = window.shortcuts_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Atalhos do teclado"
    rows = dialog.rows()
    assert ("Ctrl+L", "Consultar", "Em qualquer lugar da janela") in rows
    assert ("Alt+1", "Mostrar a aba “Visão geral”", "Em qualquer lugar da janela") in rows
    assert (
        "Ctrl+Shift+C",
        "Copiar resumo do atendimento",
        "Em qualquer lugar da janela",
    ) in rows


# --- 7. documents in the raw JSON tab --------------------------------------------------------


def test_raw_json_masks_documents_until_revealed_in_either_tab(
    qtbot: QtBot, viewer: ViewerApp
) -> None:
    look_up(qtbot, viewer, OPEN_ID)
    view = view_of(viewer)
    raw = view.panel("tab_raw_json")
    crm = view.panel("tab_crm")
    assert isinstance(raw, RawJsonPanel) and isinstance(crm, CrmPanel)
    model = raw.model()
    view.setCurrentWidget(raw)

    def tree_texts() -> str:
        return "\n".join(model_texts(model, limit=5000))

    def copied_json() -> str:
        raw.tree().clearSelection()
        copy = child(raw, QPushButton, "raw_copy_json")
        assert isinstance(copy, QPushButton)
        copy.click()
        return clipboard()

    texts = tree_texts()
    assert "***.456.789-**" in texts
    assert "**.345.678/****-**" in texts
    assert "123.456.789-09" not in texts
    assert "12.345.678/0001-95" not in texts
    document = copied_json()
    assert '"value": "***.456.789-**"' in document
    assert "123.456.789-09" not in document and "12.345.678-9" not in document
    assert json.loads(document)["id"] == "d0000000-0000-4000-8000-000000000001"
    search = child(raw, QLineEdit, "raw_search")
    assert isinstance(search, QLineEdit)
    search.setText("123.456")
    raw.find_next()
    count = child(raw, QLabel, "raw_match_count")
    assert isinstance(count, QLabel)
    assert count.text() == "No results"

    # Revealed on the CRM tab: shown here too, found and copied.
    reveal = child(crm, QPushButton, "crm_reveal_documents")
    assert isinstance(reveal, QPushButton)
    reveal.click()
    assert "123.456.789-09" in tree_texts()
    raw.find_next()
    assert count.text() == "1 of 1 result(s)"
    search.clear()
    assert '"value": "123.456.789-09"' in copied_json()
    raw_reveal = child(raw, QPushButton, "raw_reveal_documents")
    assert isinstance(raw_reveal, QPushButton)
    assert raw_reveal.text() == "Hide documents"

    # Hidden here: hidden on the CRM tab as well.
    raw_reveal.click()
    assert "123.456.789-09" not in tree_texts()
    assert reveal.text() == "Show documents"
    crm_texts = "\n".join(model_texts(crm.documents_model()))
    assert "***.456.789-**" in crm_texts and "123.456.789-09" not in crm_texts

    # Revealed here, then a new chat: hidden everywhere again.
    raw_reveal.click()
    assert "123.456.789-09" in "\n".join(model_texts(crm.documents_model()))
    look_up(qtbot, viewer, OPEN_ID)
    assert "123.456.789-09" not in tree_texts()
    assert "123.456.789-09" not in "\n".join(model_texts(crm.documents_model()))
    assert "123.456.789-09" not in copied_json()
