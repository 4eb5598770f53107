"""The CRM tab: person, contacts (guessed kinds, copy), masked documents, Brazilian address."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from fixed_time import NOW
from wegly_viewer.core.clock import FixedClock
from wegly_viewer.core.models import ChatDetail, parse_chat
from wegly_viewer.devserver import DEMO_CHAT_IDS, build_samples
from wegly_viewer.ui.panels.base import EMPTY
from wegly_viewer.ui.panels.crm import CrmPanel

FULL_CPF = "123.456.789-09"
FULL_CNPJ = "12.345.678/0001-95"
FULL_RG = "12.345.678-9"

_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
    Qt.ItemDataRole.UserRole,
)


@pytest.fixture(scope="module")
def samples() -> dict[str, dict[str, Any]]:
    return build_samples(NOW)


def sample_chat(samples: dict[str, dict[str, Any]], name: str) -> ChatDetail:
    return parse_chat(samples[DEMO_CHAT_IDS[name]]).model


def person_chat(**person: Any) -> ChatDetail:
    return parse_chat({"id": "c1", "crm_person": person}).model


@pytest.fixture
def panel(qtbot: QtBot, clock: FixedClock) -> CrmPanel:
    widget = CrmPanel(clock)
    qtbot.addWidget(widget)
    widget.resize(900, 650)
    return widget


def label(panel: CrmPanel, name: str) -> QLabel:
    found = panel.findChild(QLabel, name)
    assert found is not None, name
    return found


def table(panel: CrmPanel, name: str) -> QTableView:
    found = panel.findChild(QTableView, name)
    assert found is not None, name
    return found


def button(panel: CrmPanel, name: str) -> QPushButton:
    found = panel.findChild(QPushButton, name)
    assert found is not None, name
    return found


def rows(model: QAbstractItemModel) -> list[list[str]]:
    return [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def everything_in(panel: CrmPanel) -> str:
    """Every label text and every piece of model data (all roles) anywhere in the panel."""
    texts = [found.text() for found in panel.findChildren(QLabel)]
    texts += [found.text() for found in panel.findChildren(QPushButton)]
    for view in panel.findChildren(QAbstractItemView):
        model = view.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                for role in _ROLES:
                    value = model.data(model.index(row, column, QModelIndex()), role)
                    if value is not None:
                        texts.append(str(value))
    return "\n".join(texts)


def select_row(view: QTableView, row: int) -> None:
    view.selectRow(row)


def test_person_fields(panel: CrmPanel, samples: dict[str, dict[str, Any]]) -> None:
    panel.show_chat(sample_chat(samples, "open_reactions"))

    assert label(panel, "crm_name").text() == "Maria Aparecida Souza"
    assert label(panel, "crm_birth").text() == "14/03/1985 (41 years)"  # on 25/11/2026
    assert label(panel, "crm_gender").text() == "code 2"
    assert label(panel, "crm_notes").text().startswith("Cliente desde 2019.")
    assert label(panel, "crm_notes").wordWrap()
    assert not label(panel, "crm_empty").isVisibleTo(panel)


def test_contacts_are_typed_formatted_and_marked_primary(
    panel: CrmPanel, samples: dict[str, dict[str, Any]]
) -> None:
    panel.show_chat(sample_chat(samples, "open_reactions"))

    assert rows(table(panel, "crm_contacts").model()) == [
        ["Phone", "+55 11 98765-4321", "★ primary"],
        ["E-mail", "maria.souza@exemplo.com.br", ""],
    ]


def test_contact_kinds_are_guessed_from_values_not_codes(panel: CrmPanel) -> None:
    panel.show_chat(
        person_chat(
            name="Zé",
            contacts=[
                {"type": 2, "value": "11987654321", "primary": None},
                {"type": 1, "value": "ze@exemplo.com.br"},
                {"type": 99, "value": "@ze_insta"},
                {"type": None, "value": None},
            ],
        )
    )

    assert rows(table(panel, "crm_contacts").model()) == [
        ["Phone", "(11) 98765-4321", ""],
        ["E-mail", "ze@exemplo.com.br", ""],
        ["Other", "@ze_insta", ""],
        ["Other", EMPTY, ""],
    ]


def test_copy_contact_with_button_and_double_click(
    panel: CrmPanel, qtbot: QtBot, samples: dict[str, dict[str, Any]]
) -> None:
    panel.show_chat(sample_chat(samples, "open_reactions"))
    with qtbot.waitExposed(panel):
        panel.show()
    contacts = table(panel, "crm_contacts")
    copy = button(panel, "crm_copy_contact")
    assert not copy.isEnabled()  # nothing selected yet

    select_row(contacts, 1)
    assert copy.isEnabled()
    with qtbot.waitSignal(panel.copied) as blocker:
        qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "maria.souza@exemplo.com.br"
    assert blocker.args == ["Copied e-mail address"]

    where = contacts.visualRect(contacts.model().index(0, 1)).center()
    with qtbot.waitSignal(panel.copied, timeout=1000) as blocker:
        # QTest's double-click is only the second click: the view wants the press before it.
        qtbot.mouseClick(contacts.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(contacts.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert QGuiApplication.clipboard().text() == "+55 11 98765-4321"
    assert blocker.args == ["Copied phone number"]
    assert "98765" not in blocker.args[0]


def test_documents_are_masked_until_revealed(
    panel: CrmPanel, qtbot: QtBot, samples: dict[str, dict[str, Any]]
) -> None:
    panel.show_chat(sample_chat(samples, "open_reactions"))
    documents = table(panel, "crm_documents")

    assert rows(documents.model()) == [
        ["CPF", "***.456.789-**"],
        ["CNPJ", "**.345.678/****-**"],
        ["RG", "••••••••••-9"],
    ]
    shown = everything_in(panel)
    for secret in (FULL_CPF, "12345678909", FULL_CNPJ, "12345678000195", FULL_RG):
        assert secret not in shown
    select_row(documents, 0)
    assert not button(panel, "crm_copy_document").isEnabled()

    reveal = button(panel, "crm_reveal_documents")
    assert reveal.text() == "Reveal documents"
    qtbot.mouseClick(reveal, Qt.MouseButton.LeftButton)

    assert rows(documents.model()) == [["CPF", FULL_CPF], ["CNPJ", FULL_CNPJ], ["RG", FULL_RG]]
    assert reveal.text() == "Hide documents"
    select_row(documents, 1)
    with qtbot.waitSignal(panel.copied) as blocker:
        qtbot.mouseClick(button(panel, "crm_copy_document"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == FULL_CNPJ
    assert blocker.args == ["Copied document number"]

    qtbot.mouseClick(reveal, Qt.MouseButton.LeftButton)  # hide again
    assert FULL_CPF not in everything_in(panel)


def test_showing_a_chat_masks_documents_again(
    panel: CrmPanel, samples: dict[str, dict[str, Any]]
) -> None:
    panel.show_chat(sample_chat(samples, "open_reactions"))
    panel.set_documents_revealed(True)
    assert FULL_CPF in everything_in(panel)

    panel.show_chat(sample_chat(samples, "resolved"))
    shown = everything_in(panel)
    assert "***.654.321-**" in shown
    assert "987.654.321-00" not in shown
    assert button(panel, "crm_reveal_documents").text() == "Reveal documents"

    panel.set_documents_revealed(True)
    panel.show_chat(sample_chat(samples, "open_reactions"))
    assert FULL_CPF not in everything_in(panel)
    assert "***.456.789-**" in everything_in(panel)

    panel.set_documents_revealed(True)
    panel.clear()
    assert FULL_CPF not in everything_in(panel)


def test_address_in_brazilian_layout(panel: CrmPanel, samples: dict[str, dict[str, Any]]) -> None:
    panel.show_chat(sample_chat(samples, "open_reactions"))

    assert label(panel, "crm_address").text().splitlines() == [
        "Avenida Paulista, 1578 - Apto 82, Bloco B",
        "Bairro: Bela Vista",
        "São Paulo/SP",
        "CEP 01310-200",
    ]
    assert label(panel, "crm_address_name").text() == "Residencial"


def test_partial_address(panel: CrmPanel) -> None:
    panel.show_chat(
        person_chat(
            address={
                "district": "Boa Viagem",
                "city": "Recife",
                "state": "pe",
                "postal_code": "51020000",
            }
        )
    )

    assert label(panel, "crm_address").text().splitlines() == [
        "Bairro: Boa Viagem",
        "Recife/PE",
        "CEP 51020-000",
    ]
    assert not label(panel, "crm_address_name").isVisibleTo(panel)


def test_no_crm_person_shows_empty_state(
    panel: CrmPanel, samples: dict[str, dict[str, Any]]
) -> None:
    panel.show_chat(sample_chat(samples, "no_crm_person"))

    empty = label(panel, "crm_empty")
    assert empty.isVisibleTo(panel)
    assert empty.text() == "No CRM person linked to this chat"
    assert not label(panel, "crm_name").isVisibleTo(panel)

    panel.show_chat(sample_chat(samples, "resolved"))
    assert not empty.isVisibleTo(panel)
    assert label(panel, "crm_name").isVisibleTo(panel)


def test_nulls_everywhere_show_dashes(panel: CrmPanel) -> None:
    panel.show_chat(
        person_chat(
            name=None,
            birth_date=None,
            gender=None,
            notes=None,
            contacts=None,
            documents=[],
            address=None,
        )
    )

    for name in ("crm_name", "crm_birth", "crm_gender", "crm_notes", "crm_address"):
        assert label(panel, name).text() == EMPTY, name
    assert label(panel, "crm_contacts_none").isVisibleTo(panel)
    assert not table(panel, "crm_contacts").isVisibleTo(panel)
    assert label(panel, "crm_documents_none").isVisibleTo(panel)
    assert not button(panel, "crm_reveal_documents").isVisibleTo(panel)
    assert "None" not in everything_in(panel)


def test_implausible_birth_date_has_no_age(panel: CrmPanel) -> None:
    panel.show_chat(person_chat(birth_date="1850-01-02T00:00:00Z"))

    assert label(panel, "crm_birth").text() == "02/01/1850"


def test_api_text_is_shown_literally(panel: CrmPanel) -> None:
    html = "<b>Zé</b> <img src=x onerror=alert(1)> 👨‍👩‍👧"
    panel.show_chat(
        person_chat(
            name=html,
            notes="<i>linha 1</i>\nlinha 2",
            documents=[{"label": "<b>RG</b>", "value": "<script>"}],
        )
    )

    name = label(panel, "crm_name")
    assert name.textFormat() == Qt.TextFormat.PlainText
    assert name.text() == html
    assert label(panel, "crm_notes").text() == "<i>linha 1</i>\nlinha 2"
    assert rows(table(panel, "crm_documents").model())[0][0] == "<B>RG</B>"
    for found in panel.findChildren(QLabel):
        if found.objectName().startswith("crm_"):
            assert found.textFormat() == Qt.TextFormat.PlainText, found.objectName()


def test_clear_empties_everything(panel: CrmPanel, samples: dict[str, dict[str, Any]]) -> None:
    panel.show_chat(sample_chat(samples, "open_reactions"))
    panel.clear()

    assert label(panel, "crm_empty").isVisibleTo(panel)
    assert label(panel, "crm_empty").text() == "No chat loaded"
    assert table(panel, "crm_contacts").model().rowCount() == 0
    assert table(panel, "crm_documents").model().rowCount() == 0
    assert "Maria" not in everything_in(panel)
