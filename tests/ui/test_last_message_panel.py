"""The "Last message & reactions" tab: message details, raw payload, reactions summary and table."""

from __future__ import annotations

import json
import time
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from fixed_time import NOW
from wegly_viewer.core.clock import FixedClock
from wegly_viewer.core.formatting import local_time
from wegly_viewer.core.models import ChatDetail, parse_chat
from wegly_viewer.devserver import DEMO_CHAT_IDS, build_samples
from wegly_viewer.ui.models.reactions_model import SORT_ROLE, ReactionsTableModel
from wegly_viewer.ui.panels.base import EMPTY
from wegly_viewer.ui.panels.last_message import LastMessagePanel
from wegly_viewer.ui.widgets.badge import Badge


@pytest.fixture(scope="module")
def samples() -> dict[str, dict[str, Any]]:
    return build_samples(NOW)


pytestmark = pytest.mark.usefixtures("gui_en")  # English as shipped (plural forms included)


def sample(samples: dict[str, dict[str, Any]], name: str) -> ChatDetail:
    return parse_chat(samples[DEMO_CHAT_IDS[name]]).model


@pytest.fixture
def panel(qtbot: QtBot, clock: FixedClock) -> LastMessagePanel:
    widget = LastMessagePanel(clock)
    qtbot.addWidget(widget)
    return widget


def text(panel: LastMessagePanel, name: str) -> str:
    label = panel.findChild(QLabel, name)
    assert label is not None, name
    assert label.textFormat() == Qt.TextFormat.PlainText, name
    return label.text()


def body(panel: LastMessagePanel) -> QPlainTextEdit:
    edit = panel.findChild(QPlainTextEdit, "last_message_body")
    assert edit is not None
    return edit


def table_rows(panel: LastMessagePanel, limit: int | None = None) -> list[tuple[str, ...]]:
    """What the table shows, in view order (the first ``limit`` rows)."""
    model = panel.reactions_view.model()
    count = model.rowCount() if limit is None else min(limit, model.rowCount())
    return [
        tuple(str(model.data(model.index(row, column))) for column in range(model.columnCount()))
        for row in range(count)
    ]


def test_open_reactions_summary_and_table(
    panel: LastMessagePanel, samples: dict[str, dict[str, Any]]
) -> None:
    raw = samples[DEMO_CHAT_IDS["open_reactions"]]
    panel.show_chat(parse_chat(raw).model)

    summary = text(panel, "reactions_summary")
    for part in ("👍🏽 3", "❤️ 2", "👨‍👩‍👧 1", "🇧🇷 1"):
        assert part in summary
    assert summary.startswith("👍🏽 3")  # most frequent first
    assert "+" not in summary

    rows = table_rows(panel)
    reactions = raw["last_message"]["reactions"]
    assert len(rows) == len(reactions) == 7
    assert panel.reactions_model.rowCount() == 7
    # Newest first until a header is clicked.
    assert rows[0] == ("👍🏽", "Bruno Araújo", "Agent", "Nov 24, 2026 7:07 PM")
    assert rows[-1] == (
        "👍🏽",
        "Maria Aparecida Souza",
        "Customer",
        "Nov 24, 2026 7:01 PM",  # 22:01 UTC, in São Paulo (tests/ui/conftest.py)
    )
    ana_user_id = reactions[1]["reactor_user_id"]
    assert rows[-2][:3] == ("❤️", "Ana Beatriz Lima", "Agent")
    assert all(ana_user_id not in cell for row in rows for cell in row)
    assert rows[3][:2] == ("👨‍👩‍👧", "Rafael Oliveira")


def test_message_details_and_literal_html_body(
    panel: LastMessagePanel, samples: dict[str, dict[str, Any]]
) -> None:
    raw = samples[DEMO_CHAT_IDS["open_reactions"]]
    panel.show_chat(parse_chat(raw).model)

    assert text(panel, "last_message_direction") == "Received"
    assert text(panel, "last_message_sender") == "Maria Aparecida Souza"
    assert text(panel, "last_message_status") == "Read"
    assert text(panel, "last_message_type") == "Text"
    assert text(panel, "last_message_sent_via") == "Customer"  # the word for CONTACT, not raw
    assert text(panel, "last_message_time") == "Nov 24, 2026 7:00 PM (19 h ago)"  # São Paulo
    assert text(panel, "last_message_media") == EMPTY
    assert text(panel, "last_message_call") == EMPTY
    assert text(panel, "last_message_quoted") == EMPTY

    edit = body(panel)
    assert edit.isReadOnly()
    assert edit.toPlainText() == raw["last_message"]["body_text"]
    assert edit.toPlainText().startswith("<b>Oi</b> tudo bem? <script>alert(1)</script>")
    history = panel.findChild(Badge, "last_message_history")
    assert history is not None
    assert history.isHidden()


def test_outgoing_message_names_the_agent(
    panel: LastMessagePanel, samples: dict[str, dict[str, Any]]
) -> None:
    panel.show_chat(sample(samples, "resolved"))
    assert text(panel, "last_message_direction") == "Sent"
    assert text(panel, "last_message_sender") == "Carlos Eduardo Santos"
    assert table_rows(panel)[0][:3] == ("🙏", "João Pedro Almeida", "Customer")
    assert text(panel, "reactions_summary") == "🙏 1"


def test_history_import_badge(panel: LastMessagePanel, samples: dict[str, dict[str, Any]]) -> None:
    panel.show_chat(sample(samples, "history_import"))

    history = panel.findChild(Badge, "last_message_history")
    assert history is not None
    assert not history.isHidden()
    assert history.text() == (
        "Imported from WhatsApp history · 1 to 90 days before connecting · 42 % imported"
    )
    # meta_timestamp arrives as epoch seconds on imported messages.
    imported = NOW - timedelta(days=35)
    assert text(panel, "last_message_time").startswith(f"{local_time(imported)} (35 days")
    assert text(panel, "reactions_summary") == "No reactions"
    assert panel.reactions_model.rowCount() == 0


def test_media_placeholder(panel: LastMessagePanel, samples: dict[str, dict[str, Any]]) -> None:
    panel.show_chat(sample(samples, "no_crm_person"))
    media = text(panel, "last_message_media")
    assert media.startswith("Media not available yet")
    assert "IMG-20261120-WA0007.jpg (image/jpeg)" in media
    assert body(panel).toPlainText() == ""
    assert text(panel, "last_message_type") == "Image"


def test_quoted_message_call_and_unlisted_status(
    panel: LastMessagePanel, samples: dict[str, dict[str, Any]]
) -> None:
    panel.show_chat(sample(samples, "snoozed_urgent"))
    assert text(panel, "last_message_quoted").startswith(
        "Preciso falar com alguém URGENTE, meu cartão foi clonado!!! 😡"
    )
    assert text(panel, "last_message_call") == (
        "Incoming call · 3 min 5 s · started Nov 25, 2026 1:53 PM · recording available"
    )
    assert text(panel, "last_message_status") == "Processing"


def test_unknown_values_are_shown_verbatim(panel: LastMessagePanel) -> None:
    raw: dict[str, Any] = {
        "contact_name": "Zé",
        "wa_contact_id": "5511999990000",
        "last_message": {
            "status": "queued_v2",
            "origin": "SIDEWAYS",
            "type": "<b>sticker</b>",
            "body_text": "<img src=x onerror=alert(1)>",
            "content_payload": {"texto": "ação ✅", "nested": {"n": 1}},
            "reactions": [
                {"emoji": "🤖", "actor": "SYSTEM_X", "created_at": "2026-11-25T10:00:00Z"},
                {"emoji": "👍", "actor": "CONTACT", "reactor_wa_id": "5511999990000"},
            ],
        },
    }
    panel.show_chat(parse_chat(raw).model)

    assert text(panel, "last_message_status") == "queued_v2"
    assert text(panel, "last_message_direction") == "SIDEWAYS"
    assert text(panel, "last_message_type") == "<b>sticker</b>"
    assert body(panel).toPlainText() == "<img src=x onerror=alert(1)>"
    rows = table_rows(panel)
    assert rows[0][2] == "SYSTEM_X"
    assert rows[1] == ("👍", "Zé", "Customer", EMPTY)

    payload = panel.findChild(QPlainTextEdit, "last_message_payload")
    toggle = panel.findChild(QToolButton, "last_message_payload_toggle")
    assert payload is not None
    assert toggle is not None
    assert payload.isHidden()
    toggle.click()
    assert not payload.isHidden()
    assert "ação ✅" in payload.toPlainText()  # ensure_ascii=False
    assert json.loads(payload.toPlainText()) == raw["last_message"]["content_payload"]
    toggle.click()
    assert payload.isHidden()


def test_when_sorts_by_time_not_text(qtbot: QtBot, panel: LastMessagePanel) -> None:
    # Same minute (same text) but different seconds, out of order, plus one without a time.
    raw = {
        "last_message": {
            "reactions": [
                {"emoji": "A", "actor": "CONTACT", "created_at": "2026-11-25T10:00:50Z"},
                {"emoji": "B", "actor": "CONTACT", "created_at": "2026-11-25T10:00:10Z"},
                {"emoji": "C", "actor": "CONTACT", "created_at": "2026-11-25T09:59:00Z"},
                {"emoji": "D", "actor": "CONTACT"},
                {"emoji": "E", "actor": "CONTACT", "created_at": "2026-11-25T10:00:30Z"},
            ]
        }
    }
    panel.show_chat(parse_chat(raw).model)
    view = panel.reactions_view
    assert isinstance(view.model(), QSortFilterProxyModel)
    assert [row[0] for row in table_rows(panel)] == ["A", "E", "B", "C", "D"]  # newest first

    view.sortByColumn(ReactionsTableModel.WHEN, Qt.SortOrder.AscendingOrder)
    assert [row[0] for row in table_rows(panel)] == ["D", "C", "B", "E", "A"]
    view.sortByColumn(ReactionsTableModel.WHEN, Qt.SortOrder.DescendingOrder)
    assert [row[0] for row in table_rows(panel)] == ["A", "E", "B", "C", "D"]
    model = view.model()
    assert isinstance(model.data(model.index(0, ReactionsTableModel.WHEN), SORT_ROLE), float)

    # A selected row stays selected through a re-sort.
    view.selectRow(0)  # "A"
    view.sortByColumn(ReactionsTableModel.EMOJI, Qt.SortOrder.AscendingOrder)
    selected = view.selectionModel().selectedRows()
    assert [model.data(index) for index in selected] == ["A"]
    assert selected[0].row() == 0

    # The sort survives loading another chat.
    view.sortByColumn(ReactionsTableModel.WHEN, Qt.SortOrder.AscendingOrder)
    panel.show_chat(parse_chat(raw).model)
    assert [row[0] for row in table_rows(panel)] == ["D", "C", "B", "E", "A"]


def test_summary_caps_groups(panel: LastMessagePanel) -> None:
    emoji = [chr(0x1F600 + index) for index in range(20)]
    reactions = [{"emoji": e, "actor": "CONTACT"} for e in emoji] + [
        {"emoji": emoji[0], "actor": "CONTACT"}
    ]
    panel.show_chat(parse_chat({"last_message": {"reactions": reactions}}).model)

    summary = text(panel, "reactions_summary")
    assert summary.startswith(f"{emoji[0]} 2")
    assert summary.endswith("+5 more")
    assert panel.findChild(QGroupBox, "reactions_group").title() == "21 reactions"
    assert emoji[14] in summary
    assert emoji[15] not in summary
    assert panel.reactions_model.rowCount() == 21


def test_no_last_message(panel: LastMessagePanel) -> None:
    panel.show_chat(parse_chat({"contact_name": "Zé", "last_message": None}).model)

    stack = panel.findChild(QStackedWidget, "last_message_stack")
    assert stack is not None
    current = stack.currentWidget()
    assert isinstance(current, QLabel)
    assert current.objectName() == "last_message_empty"
    assert current.text() == "This chat has no messages yet"
    assert text(panel, "reactions_summary") == "No reactions"
    assert panel.reactions_model.rowCount() == 0


@pytest.mark.parametrize("raw", [{}, {"last_message": {}}, dict.fromkeys(ChatDetail.model_fields)])
def test_nulls_show_dashes(panel: LastMessagePanel, raw: dict[str, Any]) -> None:
    panel.show_chat(parse_chat(raw).model)
    if raw.get("last_message") == {}:
        for key in ("direction", "sender", "status", "type", "sent_via", "time", "media"):
            assert text(panel, f"last_message_{key}") == EMPTY, key
        assert body(panel).toPlainText() == ""
    assert text(panel, "reactions_summary") == "No reactions"


def test_clear_empties_everything(
    panel: LastMessagePanel, samples: dict[str, dict[str, Any]]
) -> None:
    panel.show_chat(sample(samples, "snoozed_urgent"))
    panel.show_chat(sample(samples, "open_reactions"))
    panel.clear()

    assert panel.reactions_model.rowCount() == 0
    assert panel.reactions_view.model().rowCount() == 0
    assert text(panel, "reactions_summary") == EMPTY
    for key in ("direction", "sender", "status", "time", "call", "quoted"):
        assert text(panel, f"last_message_{key}") == EMPTY, key
    assert body(panel).toPlainText() == ""
    payload = panel.findChild(QPlainTextEdit, "last_message_payload")
    assert payload is not None
    assert payload.toPlainText() == ""


def test_ten_thousand_reactions_are_fast(
    panel: LastMessagePanel,
    samples: dict[str, dict[str, Any]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    raw = samples[DEMO_CHAT_IDS["many_agents"]]
    chat = parse_chat(raw).model

    started = time.perf_counter()
    panel.show_chat(chat)
    elapsed = time.perf_counter() - started
    with capsys.disabled():
        print(f"\nLastMessagePanel.show_chat with 10,000 reactions: {elapsed * 1000:.0f} ms")
    assert elapsed < 20.0  # hang detector only; typically well under 0.2 s (speed: bench/)

    assert panel.reactions_model.rowCount() == 10_000
    first_staff = raw["last_message"]["reactions"][1]
    agent = next(
        a for a in raw["assignable_agents"] if a["user"]["id"] == first_staff["reactor_user_id"]
    )
    first = table_rows(panel, limit=2)
    assert first[1][1] == agent["user"]["name"]
    assert first[0][1:3] == ("Condomínio Edifício Copan", "Customer")
    rows = panel.reactions_view.verticalHeader()
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed

    started = time.perf_counter()
    panel.reactions_view.sortByColumn(ReactionsTableModel.WHO, Qt.SortOrder.AscendingOrder)
    sort_elapsed = time.perf_counter() - started
    with capsys.disabled():
        print(f"sorting 10,000 reactions by Who: {sort_elapsed * 1000:.0f} ms")
    assert sort_elapsed < 20.0  # hang detector only
    names = [row[1] for row in table_rows(panel, limit=50)]
    assert names == sorted(names, key=str.casefold)


# --- Brazilian Portuguese ------------------------------------------------------------------------


@pytest.fixture
def panel_pt(gui_pt_br: None, qtbot: QtBot, clock: FixedClock) -> LastMessagePanel:
    widget = LastMessagePanel(clock)  # built after the language is switched, like the app does
    qtbot.addWidget(widget)
    return widget


def headers(panel: LastMessagePanel) -> list[str]:
    model = panel.reactions_view.model()
    return [
        str(model.headerData(column, Qt.Orientation.Horizontal))
        for column in range(model.columnCount())
    ]


def test_pt_br_message_details_and_reactions(
    panel_pt: LastMessagePanel, samples: dict[str, dict[str, Any]]
) -> None:
    panel_pt.show_chat(sample(samples, "open_reactions"))

    assert text(panel_pt, "last_message_direction") == "Recebida"
    assert text(panel_pt, "last_message_type") == "Texto"
    assert text(panel_pt, "last_message_time") == "24/11/2026 19:00 (há 19 h)"  # São Paulo
    assert headers(panel_pt) == ["Emoji", "Quem", "Enviada por", "Quando"]
    columns = panel_pt.reactions_view.horizontalHeader()
    metrics = panel_pt.reactions_view.fontMetrics()
    for column, widest in ((2, "Enviada por"), (3, "31/12/2026 12:59")):
        assert columns.sectionSize(column) > metrics.horizontalAdvance(widest) + 16, widest
    assert table_rows(panel_pt)[0][3] == "24/11/2026 19:07"  # newest first
    group = panel_pt.findChild(QGroupBox, "reactions_group")
    assert group is not None
    assert group.title() == "7 reações"
    toggle = panel_pt.findChild(QToolButton, "last_message_payload_toggle")
    assert toggle is not None
    assert toggle.text() == "Detalhes técnicos (JSON)"
    captions = {label.text() for label in panel_pt.findChildren(QLabel) if label.buddy()}
    assert {"Direção:", "De:", "Enviada por:", "Data e hora:", "Em resposta a:"} <= captions
    assert "content_payload" not in toggle.text()


def test_pt_br_screen_reader_names(
    panel_pt: LastMessagePanel, samples: dict[str, dict[str, Any]]
) -> None:
    panel_pt.show_chat(sample(samples, "open_reactions"))

    assert panel_pt.reactions_view.accessibleName() == "Quem reagiu"
    assert body(panel_pt).accessibleName() == "Texto da última mensagem"
    summary = panel_pt.findChild(QLabel, "reactions_summary")
    assert summary is not None
    assert summary.accessibleName().startswith("👍🏽 3 vezes, ❤️ 2 vezes, ")
    assert summary.accessibleName().endswith(" 1 vez")


def test_pt_br_outgoing_call_and_history(
    panel_pt: LastMessagePanel, samples: dict[str, dict[str, Any]]
) -> None:
    panel_pt.show_chat(sample(samples, "resolved"))
    assert text(panel_pt, "last_message_direction") == "Enviada"

    panel_pt.show_chat(sample(samples, "snoozed_urgent"))
    assert text(panel_pt, "last_message_call") == (
        "Chamada recebida · 3 min 5 s · iniciada em 25/11/2026 13:53 · gravação disponível"
    )

    panel_pt.show_chat(sample(samples, "history_import"))
    history = panel_pt.findChild(Badge, "last_message_history")
    assert history is not None
    assert history.text() == (
        "Importada do histórico do WhatsApp · 1 a 90 dias antes da conexão · 42 % importado"
    )
    assert text(panel_pt, "reactions_summary") == "Nenhuma reação"

    panel_pt.show_chat(parse_chat({"last_message": None}).model)
    stack = panel_pt.findChild(QStackedWidget, "last_message_stack")
    assert stack is not None
    assert stack.currentWidget().objectName() == "last_message_empty"
    assert text(panel_pt, "last_message_empty") == "Este chat ainda não tem mensagens"


def test_outgoing_call_in_both_languages(
    qtbot: QtBot, clock: FixedClock, gui_language: Any
) -> None:
    raw = {
        "last_message": {"type": "call", "call": {"direction": "OUTBOUND", "duration_ms": 45_000}}
    }
    panel = LastMessagePanel(clock)
    qtbot.addWidget(panel)
    panel.show_chat(parse_chat(raw).model)
    assert text(panel, "last_message_call") == "Outgoing call · 45 s"
    assert text(panel, "last_message_type") == "Call"

    gui_language("pt_BR")
    panel_pt = LastMessagePanel(clock)
    qtbot.addWidget(panel_pt)
    panel_pt.show_chat(parse_chat(raw).model)
    assert text(panel_pt, "last_message_call") == "Chamada feita · 45 s"
    assert text(panel_pt, "last_message_type") == "Chamada"


@pytest.mark.parametrize(
    ("count", "title", "english"),
    [
        (0, "Reações", "Reactions"),
        (1, "1 reação", "1 reaction"),
        (2, "2 reações", "2 reactions"),
        (10_000, "10.000 reações", "10,000 reactions"),
    ],
)
def test_reaction_count_plurals_in_both_languages(
    qtbot: QtBot, clock: FixedClock, gui_language: Any, count: int, title: str, english: str
) -> None:
    chat = parse_chat(
        {"last_message": {"reactions": [{"emoji": "👍", "actor": "CONTACT"}] * count}}
    )
    for language, expected in (("en", english), ("pt_BR", title)):
        gui_language(language)
        panel = LastMessagePanel(clock)
        qtbot.addWidget(panel)
        panel.show_chat(chat.model)
        group = panel.findChild(QGroupBox, "reactions_group")
        assert group is not None
        assert group.title() == expected, language
    if count == 10_000:
        assert text(panel, "reactions_summary") == "👍 10.000"


def test_pt_br_when_sorts_by_time_not_text(panel_pt: LastMessagePanel) -> None:
    # "25/11/2026 09:00" comes before "03/12/2026 10:00" in time, after it as text.
    raw = {
        "last_message": {
            "reactions": [
                {"emoji": "A", "actor": "CONTACT", "created_at": "2026-12-03T13:00:00Z"},
                {"emoji": "B", "actor": "CONTACT", "created_at": "2026-11-25T12:00:00Z"},
            ]
        }
    }
    panel_pt.show_chat(parse_chat(raw).model)
    panel_pt.reactions_view.sortByColumn(ReactionsTableModel.WHEN, Qt.SortOrder.AscendingOrder)
    assert [row[0] for row in table_rows(panel_pt)] == ["B", "A"]
    assert [row[3] for row in table_rows(panel_pt)] == ["25/11/2026 09:00", "03/12/2026 10:00"]


def test_filters_combine_with_the_sort(qtbot: QtBot, panel: LastMessagePanel) -> None:
    raw = {
        "last_message": {
            "reactions": [
                {"emoji": "A", "actor": "CONTACT", "created_at": "2026-11-25T10:01:00Z"},
                {"emoji": "B", "actor": "CONTACT", "created_at": "2026-11-25T10:02:00Z"},
                {"emoji": "A", "actor": "CONTACT", "created_at": "2026-11-25T10:03:00Z"},
                {"emoji": "A", "actor": "CONTACT", "created_at": "2026-11-25T10:04:00Z"},
            ]
        }
    }
    panel.show_chat(parse_chat(raw).model)
    chips = panel.chips()
    assert [chip.text() for chip in chips] == ["All (4)", "A 3", "B 1"]
    chips[1].click()
    view = panel.reactions_view
    whens = [row[3] for row in table_rows(panel)]
    assert [row[0] for row in table_rows(panel)] == ["A", "A", "A"]
    assert len(set(whens)) == 3
    assert whens == sorted(whens, reverse=True)  # still newest first
    assert text(panel, "reactions_shown") == "3 of 4 shown"

    view.sortByColumn(ReactionsTableModel.WHEN, Qt.SortOrder.AscendingOrder)
    assert [row[3] for row in table_rows(panel)] == sorted(whens)  # sorted while filtered
    assert panel.reactions_model.rowCount() == 3

    panel.set_name_filter("nobody")  # emoji and name together
    assert table_rows(panel) == []
    assert text(panel, "reactions_shown") == "No reaction matches this filter"
    panel.set_name_filter("")
    chips[0].click()
    assert [row[0] for row in table_rows(panel)] == ["A", "B", "A", "A"]  # oldest first now
    assert text(panel, "reactions_shown") == ""


def test_the_proxy_tests_no_row_in_python(panel: LastMessagePanel) -> None:
    # A Python filterAcceptsRow runs once per row on every reset, filter or not: 10,000 calls
    # (15-50 ms of GUI thread) each time the huge chat's reactions are shown.
    proxy = panel.reactions_proxy
    assert type(proxy).filterAcceptsRow is QSortFilterProxyModel.filterAcceptsRow
    assert proxy.filterRegularExpression().pattern() == ""
