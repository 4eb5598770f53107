"""The Lead sources tab: chat and last-message sources as expandable key/value trees."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QTreeView
from pytestqt.qtbot import QtBot

from fixed_time import NOW
from wegly_viewer.core.models import ChatDetail, parse_chat
from wegly_viewer.devserver import DEMO_CHAT_IDS, build_samples
from wegly_viewer.ui.panels.base import EMPTY
from wegly_viewer.ui.panels.lead_sources import LeadSourcesPanel

pytestmark = pytest.mark.usefixtures("gui_en")  # English as shipped (plural forms included)


@pytest.fixture(scope="module")
def samples() -> dict[str, dict[str, Any]]:
    return build_samples(NOW)


def sample_chat(samples: dict[str, dict[str, Any]], name: str) -> ChatDetail:
    return parse_chat(samples[DEMO_CHAT_IDS[name]]).model


@pytest.fixture
def panel(qtbot: QtBot) -> LeadSourcesPanel:
    widget = LeadSourcesPanel()
    qtbot.addWidget(widget)
    return widget


def view(panel: LeadSourcesPanel) -> QTreeView:
    found = panel.findChild(QTreeView, "lead_sources_view")
    assert found is not None
    return found


def empty_label(panel: LeadSourcesPanel) -> QLabel:
    found = panel.findChild(QLabel, "lead_sources_empty")
    assert found is not None
    return found


def tree(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[Any]:
    """``[(key, value, [children…]), …]`` of the whole model."""
    parent = parent or QModelIndex()
    out: list[Any] = []
    for row in range(model.rowCount(parent)):
        key = model.index(row, 0, parent)
        value = model.index(row, 1, parent)
        children = tree(model, key)
        out.append((key.data(), value.data(), children) if children else (key.data(), value.data()))
    return out


def test_chat_and_last_message_sources_are_labelled(
    panel: LeadSourcesPanel, samples: dict[str, dict[str, Any]]
) -> None:
    panel.show_chat(sample_chat(samples, "open_reactions"))

    assert tree(view(panel).model()) == [
        (
            "Chat",
            "",
            [
                ("Source", "facebook_ads"),
                ("Campaign", "Black Friday 2026"),
                ("Ad ID", "120210000000"),  # an id as sent, not a grouped number
            ],
        ),
        ("Last message", "", [("Source", "facebook_ads")]),
    ]
    assert view(panel).isVisibleTo(panel)
    assert not empty_label(panel).isVisibleTo(panel)
    assert view(panel).isExpanded(view(panel).model().index(0, 0))


def test_several_sources_are_numbered(
    panel: LeadSourcesPanel, samples: dict[str, dict[str, Any]]
) -> None:
    panel.show_chat(sample_chat(samples, "many_agents"))

    assert tree(view(panel).model()) == [
        ("Chat, source 1 of 2", "", [("Source", "organic")]),
        ("Chat, source 2 of 2", "", [("Source", "indicação"), ("Referred by", "síndico")]),
    ]


def test_nested_and_odd_values(panel: LeadSourcesPanel) -> None:
    chat = parse_chat(
        {
            # A single object instead of the documented array is accepted too.
            "crm_marketing_lead_source": {
                "source": "<b>meta</b> 🇧🇷",
                "utm": {"medium": "cpc", "terms": ["frete", "grátis"]},
                "cost": 12.5,
                "clicks": 3,
                "active": True,
                "ad_id": None,
                "extra": {},
            },
            "last_message": {"crm_marketing_lead_source": []},
        }
    ).model
    panel.show_chat(chat)

    assert tree(view(panel).model()) == [
        (
            "Chat",
            "",
            [
                ("Source", "<b>meta</b> 🇧🇷"),
                (
                    "utm",  # a customer's own key: shown as sent
                    "",
                    [("Medium", "cpc"), ("terms", "", [("#1", "frete"), ("#2", "grátis")])],
                ),
                ("cost", "12.5"),
                ("clicks", "3"),
                ("active", "yes"),
                ("Ad ID", EMPTY),
                ("extra", EMPTY),
            ],
        )
    ]


@pytest.mark.parametrize("sources", [None, [], {}])
def test_empty_state(panel: LeadSourcesPanel, sources: object) -> None:
    panel.show_chat(parse_chat({"crm_marketing_lead_source": sources, "last_message": None}).model)

    assert empty_label(panel).isVisibleTo(panel)
    assert empty_label(panel).text() == "This chat has no lead source"
    assert not view(panel).isVisibleTo(panel)
    assert view(panel).model().rowCount() == 0


def test_show_another_chat_replaces_and_clear_empties(
    panel: LeadSourcesPanel, samples: dict[str, dict[str, Any]]
) -> None:
    panel.show_chat(sample_chat(samples, "open_reactions"))
    panel.show_chat(sample_chat(samples, "resolved"))
    assert [row[0] for row in tree(view(panel).model())] == ["Chat"]

    panel.clear()
    assert view(panel).model().rowCount() == 0
    assert empty_label(panel).isVisibleTo(panel)


def test_copy_value(
    panel: LeadSourcesPanel, qtbot: QtBot, samples: dict[str, dict[str, Any]]
) -> None:
    panel.show_chat(sample_chat(samples, "open_reactions"))
    model = view(panel).model()
    campaign = model.index(1, 0, model.index(0, 0))
    view(panel).setCurrentIndex(campaign)

    with qtbot.waitSignal(panel.copied) as blocker:
        panel.copy_value()
    assert QGuiApplication.clipboard().text() == "Black Friday 2026"
    assert blocker.args == ["Value copied"]

    view(panel).setCurrentIndex(model.index(0, 0))
    panel.copy_value()
    assert '"campaign": "Black Friday 2026"' in QGuiApplication.clipboard().text()


def test_named_fields_keep_the_key_as_sent_in_the_tooltip(
    panel: LeadSourcesPanel, samples: dict[str, dict[str, Any]]
) -> None:
    panel.show_chat(sample_chat(samples, "open_reactions"))
    model = view(panel).model()
    ad_id = model.index(2, 0, model.index(0, 0))
    assert ad_id.data() == "Ad ID"
    assert "ad_id" in str(ad_id.data(Qt.ItemDataRole.ToolTipRole))


# --- Brazilian Portuguese ------------------------------------------------------------------------


@pytest.fixture
def panel_pt(gui_pt_br: None, qtbot: QtBot) -> LeadSourcesPanel:
    widget = LeadSourcesPanel()  # built after the language is switched, like the app does
    qtbot.addWidget(widget)
    return widget


def test_pt_br_sources_fields_and_empty_states(
    panel_pt: LeadSourcesPanel, qtbot: QtBot, samples: dict[str, dict[str, Any]]
) -> None:
    assert empty_label(panel_pt).text() == "Nenhum chat consultado ainda"
    panel_pt.show_chat(sample_chat(samples, "open_reactions"))
    model = view(panel_pt).model()
    assert [str(model.headerData(column, Qt.Orientation.Horizontal)) for column in (0, 1)] == [
        "Campo",
        "Valor",
    ]
    assert tree(model) == [
        (
            "Chat",
            "",
            [
                ("Origem", "facebook_ads"),
                ("Campanha", "Black Friday 2026"),
                ("ID do anúncio", "120210000000"),
            ],
        ),
        ("Última mensagem", "", [("Origem", "facebook_ads")]),
    ]
    assert view(panel_pt).accessibleName() == "Origens do lead"
    view(panel_pt).setCurrentIndex(model.index(1, 0, model.index(0, 0)))
    with qtbot.waitSignal(panel_pt.copied) as blocker:
        panel_pt.copy_value()
    assert blocker.args == ["Valor copiado"]

    panel_pt.show_chat(sample_chat(samples, "many_agents"))
    assert tree(view(panel_pt).model()) == [
        ("Chat, origem 1 de 2", "", [("Origem", "organic")]),
        ("Chat, origem 2 de 2", "", [("Origem", "indicação"), ("Indicado por", "síndico")]),
    ]

    panel_pt.show_chat(parse_chat({"crm_marketing_lead_source": [{"active": False}]}).model)
    assert tree(view(panel_pt).model()) == [("Chat", "", [("active", "não")])]
    panel_pt.show_chat(parse_chat({"crm_marketing_lead_source": None}).model)
    assert empty_label(panel_pt).text() == "Este chat não tem origem do lead"
