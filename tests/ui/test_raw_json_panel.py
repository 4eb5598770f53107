"""The Raw JSON tab: a lazy tree of the response as received, search, copy."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTreeView
from pytestqt.qtbot import QtBot

from fixed_time import NOW
from wegly_viewer.devserver import DEMO_CHAT_IDS, build_samples
from wegly_viewer.ui.models.json_model import JsonTreeModel
from wegly_viewer.ui.panels.raw_json import RawJsonPanel

HTML = "<b>Oi</b> <script>alert(1)</script> 😀"

HAND_WRITTEN: dict[str, Any] = {
    "zeta": 1,
    "alpha": {"nested": {"deep": "Achou o Valor Escondido"}, "list": [True, None, 1.5]},
    "html": HTML,
    "empty_object": {},
    "empty_list": [],
    "big": 10**20,
    "falsy": False,
}


pytestmark = pytest.mark.usefixtures("gui_en")  # English as shipped (plural forms included)


@pytest.fixture(scope="module")
def samples() -> dict[str, dict[str, Any]]:
    return build_samples(NOW)


@pytest.fixture
def panel(qtbot: QtBot) -> RawJsonPanel:
    widget = RawJsonPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 650)
    return widget


def row_texts(model: JsonTreeModel, parent: QModelIndex | None = None) -> list[list[str]]:
    parent = parent or QModelIndex()
    return [
        [model.index(row, column, parent).data() for column in range(3)]
        for row in range(model.rowCount(parent))
    ]


def child(model: JsonTreeModel, *keys: str) -> QModelIndex:
    """The index under the given keys (top level first)."""
    index = QModelIndex()
    for key in keys:
        rows = [model.index(row, 0, index).data() for row in range(model.rowCount(index))]
        index = model.index(rows.index(key), 0, index)
    return index


def match_label(panel: RawJsonPanel) -> QLabel:
    found = panel.findChild(QLabel, "raw_match_count")
    assert found is not None
    return found


def search_field(panel: RawJsonPanel) -> QLineEdit:
    found = panel.findChild(QLineEdit, "raw_search")
    assert found is not None
    return found


def test_keys_in_received_order_and_json_literals(panel: RawJsonPanel) -> None:
    panel.show_raw(HAND_WRITTEN)
    model = panel.model()

    assert row_texts(model) == [
        ["zeta", "1", "number"],
        ["alpha", "", "group (2 fields)"],
        ["html", HTML, "text"],
        ["empty_object", "", "group (empty)"],
        ["empty_list", "", "list (empty)"],
        ["big", "100000000000000000000", "number"],
        ["falsy", "false", "yes/no"],
    ]
    assert row_texts(model, child(model, "alpha")) == [
        ["nested", "", "group (1 field)"],
        ["list", "", "list (3 items)"],
    ]
    assert row_texts(model, child(model, "alpha", "list")) == [
        ["[0]", "true", "yes/no"],
        ["[1]", "null", "empty (null)"],
        ["[2]", "1.5", "number"],
    ]
    assert row_texts(model, child(model, "alpha", "nested")) == [
        ["deep", "Achou o Valor Escondido", "text"]
    ]
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert header == ["Field", "Value", "Type"]


def test_sample_strings_are_verbatim(
    panel: RawJsonPanel, samples: dict[str, dict[str, Any]]
) -> None:
    raw = samples[DEMO_CHAT_IDS["open_reactions"]]
    panel.show_raw(raw)
    model = panel.model()

    body = child(model, "last_message", "body_text")
    assert model.index(body.row(), 1, body.parent()).data() == raw["last_message"]["body_text"]
    assert "<script>" in model.index(body.row(), 1, body.parent()).data()
    emoji = child(model, "last_message", "reactions")
    family = model.index(3, 0, emoji)
    assert row_texts(model, family)[1] == ["emoji", "👨‍👩‍👧", "text"]
    assert model.node_path(family) == ("last_message", "reactions", 3)


def test_search_finds_nested_value_and_counts(panel: RawJsonPanel, qtbot: QtBot) -> None:
    panel.show_raw(HAND_WRITTEN)
    tree = panel.tree()

    search_field(panel).setText("valor escondido")  # case-insensitive
    qtbot.waitUntil(lambda: match_label(panel).text() == "1 of 1 result", timeout=2000)
    current = tree.currentIndex()
    assert current.data() == "deep"
    assert tree.isExpanded(current.parent())
    assert tree.isExpanded(current.parent().parent())

    search_field(panel).setText("a")
    qtbot.keyClick(search_field(panel), Qt.Key.Key_Return)  # Enter searches at once
    # Keys zeta, alpha, falsy and values "Achou o Valor…", HTML: one match per node.
    assert match_label(panel).text() == "1 of 5 results"
    assert tree.currentIndex().data() == "zeta"
    qtbot.keyClick(search_field(panel), Qt.Key.Key_Return)
    assert match_label(panel).text() == "2 of 5 results"
    assert tree.currentIndex().data() == "alpha"
    panel.find_previous()
    panel.find_previous()
    assert match_label(panel).text() == "5 of 5 results"
    assert tree.currentIndex().data() == "falsy"

    search_field(panel).setText("nothing like this")
    panel.find_next()
    assert match_label(panel).text() == "No results"

    search_field(panel).clear()
    assert match_label(panel).text() == ""


def test_copy_json_round_trips(panel: RawJsonPanel, qtbot: QtBot) -> None:
    panel.show_raw(HAND_WRITTEN)

    with qtbot.waitSignal(panel.copied) as blocker:
        qtbot.mouseClick(panel.findChild(QPushButton, "raw_copy_json"), Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert json.loads(text) == HAND_WRITTEN
    assert "😀" in text  # ensure_ascii=False
    assert text.startswith('{\n  "zeta": 1,')
    assert blocker.args == ["JSON copied"]

    panel.tree().setCurrentIndex(child(panel.model(), "alpha"))
    panel.copy_json()
    assert json.loads(QGuiApplication.clipboard().text()) == HAND_WRITTEN["alpha"]

    panel.copy_document()
    assert json.loads(QGuiApplication.clipboard().text()) == HAND_WRITTEN


def test_copy_value_and_path(panel: RawJsonPanel, qtbot: QtBot) -> None:
    panel.show_raw(HAND_WRITTEN)
    copy_value = panel.findChild(QPushButton, "raw_copy_value")
    assert copy_value is not None
    assert not copy_value.isEnabled()

    panel.tree().setCurrentIndex(child(panel.model(), "html"))
    assert copy_value.isEnabled()
    with qtbot.waitSignal(panel.copied) as blocker:
        qtbot.mouseClick(copy_value, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == HTML  # raw, no quotes
    assert blocker.args == ["Value copied"]

    panel.tree().setCurrentIndex(child(panel.model(), "alpha", "list"))
    panel.copy_value()
    assert json.loads(QGuiApplication.clipboard().text()) == [True, None, 1.5]

    panel.tree().setCurrentIndex(child(panel.model(), "falsy"))
    panel.copy_value()
    assert QGuiApplication.clipboard().text() == "false"

    panel.tree().setCurrentIndex(child(panel.model(), "alpha", "nested", "deep"))
    with qtbot.waitSignal(panel.copied) as blocker:
        panel.copy_path()
    assert QGuiApplication.clipboard().text() == "alpha.nested.deep"
    assert blocker.args == ["Path copied"]


def test_ctrl_c_in_tree_copies_value(panel: RawJsonPanel, qtbot: QtBot) -> None:
    panel.show_raw(HAND_WRITTEN)
    with qtbot.waitActive(panel):  # shortcuts need the focus, which needs an active window
        panel.show()
        panel.activateWindow()
    tree = panel.tree()
    tree.setFocus()
    tree.setCurrentIndex(child(panel.model(), "html"))

    with qtbot.waitSignal(panel.copied, timeout=1000):
        qtbot.keyClick(tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == HTML


def test_clear(panel: RawJsonPanel) -> None:
    panel.show_raw(HAND_WRITTEN)
    search_field(panel).setText("zeta")
    panel.find_next()
    panel.clear()

    assert panel.model().rowCount() == 0
    assert search_field(panel).text() == ""
    assert match_label(panel).text() == ""
    for name in ("raw_copy_value", "raw_copy_json"):
        found = panel.findChild(QPushButton, name)
        assert found is not None
        assert not found.isEnabled(), name


def test_big_sample_is_quick(panel: RawJsonPanel, samples: dict[str, dict[str, Any]]) -> None:
    raw = samples[DEMO_CHAT_IDS["many_agents"]]
    assert len(raw["last_message"]["reactions"]) == 10_000
    panel.show()

    started = time.perf_counter()
    panel.show_raw(raw)
    tree: QTreeView = panel.tree()
    reactions = child(panel.model(), "last_message", "reactions")
    tree.expand(reactions.parent())
    tree.expand(reactions)
    tree.scrollTo(panel.model().index(9_999, 0, reactions))
    QGuiApplication.processEvents()
    elapsed = time.perf_counter() - started
    print(f"show_raw + expand 10,000 reactions: {elapsed * 1000:.0f} ms")

    assert panel.model().rowCount(reactions) == 10_000
    assert panel.model().index(9_999, 2, reactions).data() == "group (6 fields)"
    assert elapsed < 20.0  # hang detector only; expect tens of milliseconds (speed: bench/)

    started = time.perf_counter()
    matches = panel.model().find("síndico")
    print(f"search: {(time.perf_counter() - started) * 1000:.0f} ms, {len(matches)} matches")
    assert len(matches) == 1


def test_multi_line_values_stay_on_one_row(panel: RawJsonPanel) -> None:
    panel.show_raw({"notes": "linha 1\nlinha 2\r\nlinha 3"})
    notes = panel.model().index(0, 0)

    assert panel.model().index(0, 1).data() == "linha 1↵linha 2↵linha 3"
    panel.tree().setCurrentIndex(notes)
    panel.copy_value()
    assert QGuiApplication.clipboard().text() == "linha 1\nlinha 2\r\nlinha 3"


# --- Brazilian Portuguese ------------------------------------------------------------------------


@pytest.fixture
def panel_pt(gui_pt_br: None, qtbot: QtBot) -> RawJsonPanel:
    widget = RawJsonPanel()  # built after the language is switched, like the app does
    qtbot.addWidget(widget)
    return widget


def test_pt_br_types_headers_and_buttons(panel_pt: RawJsonPanel) -> None:
    panel_pt.show_raw(HAND_WRITTEN)
    model = panel_pt.model()

    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Campo",
        "Valor",
        "Tipo",
    ]
    assert row_texts(model) == [
        ["zeta", "1", "número"],
        ["alpha", "", "grupo (2 campos)"],
        ["html", HTML, "texto"],
        ["empty_object", "", "grupo (vazio)"],
        ["empty_list", "", "lista (vazia)"],
        ["big", "100000000000000000000", "número"],
        ["falsy", "false", "sim/não"],  # the value itself stays JSON: this tab is the raw data
    ]
    assert row_texts(model, child(model, "alpha"))[0] == ["nested", "", "grupo (1 campo)"]
    assert row_texts(model, child(model, "alpha", "list"))[1] == ["[1]", "null", "vazio (null)"]
    assert search_field(panel_pt).placeholderText() == "Buscar campos e valores"
    assert search_field(panel_pt).accessibleName() == "Buscar na resposta"
    assert panel_pt.tree().accessibleName() == "Resposta da Wegly, campo a campo"
    buttons = {button.objectName(): button.text() for button in panel_pt.findChildren(QPushButton)}
    assert buttons == {
        "raw_find_previous": "Anterior",
        "raw_find_next": "Próximo",
        "raw_copy_value": "Copiar valor",
        "raw_copy_json": "Copiar JSON",
        "raw_reveal_documents": "Mostrar documentos",
    }
    assert [action.text() for action in panel_pt.tree().actions()] == [
        "Copiar valor",
        "Copiar JSON",
        "Copiar caminho",
        "Copiar a resposta inteira",
    ]


def test_pt_br_result_counts(panel_pt: RawJsonPanel, qtbot: QtBot) -> None:
    panel_pt.show_raw(HAND_WRITTEN)
    search_field(panel_pt).setText("valor escondido")
    qtbot.waitUntil(lambda: match_label(panel_pt).text() == "1 de 1 resultado", timeout=2000)
    search_field(panel_pt).setText("a")
    panel_pt.find_next()
    assert match_label(panel_pt).text() == "1 de 5 resultados"
    search_field(panel_pt).setText("nada parecido")
    panel_pt.find_next()
    assert match_label(panel_pt).text() == "Nenhum resultado"
    with qtbot.waitSignal(panel_pt.copied) as blocker:
        panel_pt.copy_document()
    assert blocker.args == ["JSON copiado"]


@pytest.mark.parametrize(
    ("count", "pt_br", "english"),
    [
        (1, "lista (1 item)", "list (1 item)"),
        (2, "lista (2 itens)", "list (2 items)"),
        (10_000, "lista (10.000 itens)", "list (10,000 items)"),
    ],
)
def test_list_sizes_in_both_languages(
    qtbot: QtBot, gui_language: Any, count: int, pt_br: str, english: str
) -> None:
    for language, expected in (("en", english), ("pt_BR", pt_br)):
        gui_language(language)
        panel = RawJsonPanel()
        qtbot.addWidget(panel)
        panel.show_raw({"reactions": [0] * count})
        assert panel.model().index(0, 2).data() == expected, language
