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
        ["alpha", "", "object (2 keys)"],
        ["html", HTML, "string"],
        ["empty_object", "", "object (0 keys)"],
        ["empty_list", "", "array (0 items)"],
        ["big", "100000000000000000000", "number"],
        ["falsy", "false", "boolean"],
    ]
    assert row_texts(model, child(model, "alpha")) == [
        ["nested", "", "object (1 key)"],
        ["list", "", "array (3 items)"],
    ]
    assert row_texts(model, child(model, "alpha", "list")) == [
        ["[0]", "true", "boolean"],
        ["[1]", "null", "null"],
        ["[2]", "1.5", "number"],
    ]
    assert row_texts(model, child(model, "alpha", "nested")) == [
        ["deep", "Achou o Valor Escondido", "string"]
    ]
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert header == ["Key", "Value", "Type"]


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
    assert row_texts(model, family)[1] == ["emoji", "👨‍👩‍👧", "string"]
    assert model.node_path(family) == ("last_message", "reactions", 3)


def test_search_finds_nested_value_and_counts(panel: RawJsonPanel, qtbot: QtBot) -> None:
    panel.show_raw(HAND_WRITTEN)
    tree = panel.tree()

    search_field(panel).setText("valor escondido")  # case-insensitive
    qtbot.waitUntil(lambda: match_label(panel).text() == "1 of 1 match", timeout=2000)
    current = tree.currentIndex()
    assert current.data() == "deep"
    assert tree.isExpanded(current.parent())
    assert tree.isExpanded(current.parent().parent())

    search_field(panel).setText("a")
    qtbot.keyClick(search_field(panel), Qt.Key.Key_Return)  # Enter searches at once
    # Keys zeta, alpha, falsy and values "Achou o Valor…", HTML: one match per node.
    assert match_label(panel).text() == "1 of 5 matches"
    assert tree.currentIndex().data() == "zeta"
    qtbot.keyClick(search_field(panel), Qt.Key.Key_Return)
    assert match_label(panel).text() == "2 of 5 matches"
    assert tree.currentIndex().data() == "alpha"
    panel.find_previous()
    panel.find_previous()
    assert match_label(panel).text() == "5 of 5 matches"
    assert tree.currentIndex().data() == "falsy"

    search_field(panel).setText("nothing like this")
    panel.find_next()
    assert match_label(panel).text() == "No match"

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
    assert blocker.args == ["Copied JSON"]

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
    assert blocker.args == ["Copied value"]

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
    assert blocker.args == ["Copied path"]


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
    assert panel.model().index(9_999, 2, reactions).data() == "object (6 keys)"
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
