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

pytestmark = pytest.mark.usefixtures("gui_en")  # English as shipped (plural forms included)

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
    assert label(panel, "crm_birth").text() == "Mar 14, 1985 (41 years)"  # on Nov 25, 2026
    # Wegly's gender codes are undocumented: no "code 2", no guessed word.
    assert panel.findChild(QLabel, "crm_gender") is None
    assert "code 2" not in everything_in(panel)
    assert "Gender" not in everything_in(panel)
    assert label(panel, "crm_notes").text().startswith("Cliente desde 2019.")
    assert label(panel, "crm_notes").wordWrap()
    assert not label(panel, "crm_empty").isVisibleTo(panel)


def test_contacts_are_typed_formatted_and_marked_primary(
    panel: CrmPanel, samples: dict[str, dict[str, Any]]
) -> None:
    panel.show_chat(sample_chat(samples, "open_reactions"))

    assert rows(table(panel, "crm_contacts").model()) == [
        ["Phone", "+55 11 98765-4321", "★ main"],
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
    assert blocker.args == ["E-mail address copied"]

    where = contacts.visualRect(contacts.model().index(0, 1)).center()
    with qtbot.waitSignal(panel.copied, timeout=1000) as blocker:
        # QTest's double-click is only the second click: the view wants the press before it.
        qtbot.mouseClick(contacts.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(contacts.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert QGuiApplication.clipboard().text() == "+55 11 98765-4321"
    assert blocker.args == ["Phone number copied"]
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
    assert reveal.text() == "Show documents"
    qtbot.mouseClick(reveal, Qt.MouseButton.LeftButton)

    assert rows(documents.model()) == [["CPF", FULL_CPF], ["CNPJ", FULL_CNPJ], ["RG", FULL_RG]]
    assert reveal.text() == "Hide documents"
    select_row(documents, 1)
    with qtbot.waitSignal(panel.copied) as blocker:
        qtbot.mouseClick(button(panel, "crm_copy_document"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == FULL_CNPJ
    assert blocker.args == ["Document number copied"]

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
    assert button(panel, "crm_reveal_documents").text() == "Show documents"

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
        "District: Bela Vista",
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
        "District: Boa Viagem",
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
    assert empty.text() == "This chat has no CRM record"
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

    for name in ("crm_name", "crm_birth", "crm_notes", "crm_address"):
        assert label(panel, name).text() == EMPTY, name
    assert label(panel, "crm_contacts_none").isVisibleTo(panel)
    assert not table(panel, "crm_contacts").isVisibleTo(panel)
    assert label(panel, "crm_documents_none").isVisibleTo(panel)
    assert not button(panel, "crm_reveal_documents").isVisibleTo(panel)
    assert "None" not in everything_in(panel)


def test_implausible_birth_date_has_no_age(panel: CrmPanel) -> None:
    panel.show_chat(person_chat(birth_date="1850-01-02T00:00:00Z"))

    assert label(panel, "crm_birth").text() == "Jan 2, 1850"


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
    assert label(panel, "crm_empty").text() == "No chat looked up yet"
    assert table(panel, "crm_contacts").model().rowCount() == 0
    assert table(panel, "crm_documents").model().rowCount() == 0
    assert "Maria" not in everything_in(panel)


# --- Brazilian Portuguese ------------------------------------------------------------------------


@pytest.fixture
def panel_pt(gui_pt_br: None, qtbot: QtBot, clock: FixedClock) -> CrmPanel:
    widget = CrmPanel(clock)  # built after the language is switched, like the app does
    qtbot.addWidget(widget)
    widget.resize(900, 650)
    return widget


def headers(view: QTableView) -> list[str]:
    model = view.model()
    return [
        str(model.headerData(column, Qt.Orientation.Horizontal))
        for column in range(model.columnCount())
    ]


def test_pt_br_person_contacts_documents_and_address(
    panel_pt: CrmPanel, qtbot: QtBot, samples: dict[str, dict[str, Any]]
) -> None:
    panel_pt.show_chat(sample_chat(samples, "open_reactions"))

    assert label(panel_pt, "crm_birth").text() == "14/03/1985 (41 anos)"  # on 25/11/2026
    captions = {found.text() for found in panel_pt.findChildren(QLabel) if found.buddy()}
    assert captions == {"Nome:", "Data de nascimento:", "Observações:"}  # no gender code row
    assert "código" not in everything_in(panel_pt)
    contacts = table(panel_pt, "crm_contacts")
    assert headers(contacts) == ["Tipo", "Contato", "Principal"]
    assert rows(contacts.model()) == [
        ["Telefone", "+55 11 98765-4321", "★ principal"],
        ["E-mail", "maria.souza@exemplo.com.br", ""],
    ]
    documents = table(panel_pt, "crm_documents")
    assert headers(documents) == ["Tipo", "Número"]
    reveal = button(panel_pt, "crm_reveal_documents")
    assert reveal.text() == "Mostrar documentos"
    assert reveal.toolTip() == ("Documentos são dados pessoais (LGPD): mostre só quando precisar")
    reveal.click()
    assert reveal.text() == "Ocultar documentos"
    assert label(panel_pt, "crm_address").text().splitlines() == [
        "Avenida Paulista, 1578 - Apto 82, Bloco B",
        "Bairro: Bela Vista",
        "São Paulo/SP",
        "CEP 01310-200",
    ]

    select_row(contacts, 1)
    with qtbot.waitSignal(panel_pt.copied) as blocker:
        button(panel_pt, "crm_copy_contact").click()
    assert blocker.args == ["E-mail copiado"]
    assert button(panel_pt, "crm_copy_contact").text() == "Copiar contato"


def test_pt_br_screen_reader_names(panel_pt: CrmPanel, samples: dict[str, dict[str, Any]]) -> None:
    panel_pt.show_chat(sample_chat(samples, "open_reactions"))
    assert table(panel_pt, "crm_contacts").accessibleName() == "Contatos"
    documents = table(panel_pt, "crm_documents")
    assert documents.accessibleName() == "Documentos"
    assert documents.accessibleDescription() == (
        "Os números ficam ocultos até você mostrar os documentos"
    )


@pytest.mark.parametrize(
    ("birth", "pt_br", "english"),
    [
        ("2025-11-01", "01/11/2025 (1 ano)", "Nov 1, 2025 (1 year)"),
        ("2024-11-25", "25/11/2024 (2 anos)", "Nov 25, 2024 (2 years)"),
        ("1850-01-02", "02/01/1850", "Jan 2, 1850"),  # implausible age: left out
    ],
)
def test_birth_dates_in_both_languages(
    qtbot: QtBot, clock: FixedClock, gui_language: Any, birth: str, pt_br: str, english: str
) -> None:
    for language, expected in (("en", english), ("pt_BR", pt_br)):
        gui_language(language)
        panel = CrmPanel(clock)
        qtbot.addWidget(panel)
        panel.show_chat(person_chat(name="Zé", birth_date=birth))
        assert label(panel, "crm_birth").text() == expected, language


def test_pt_br_empty_states(panel_pt: CrmPanel) -> None:
    assert label(panel_pt, "crm_empty").text() == "Nenhum chat consultado ainda"
    panel_pt.show_chat(parse_chat({"id": "c1", "crm_person": None}).model)
    assert label(panel_pt, "crm_empty").text() == "Este chat não tem cadastro no CRM"
    panel_pt.show_chat(person_chat(name="Zé"))
    assert label(panel_pt, "crm_contacts_none").text() == "Nenhum contato"
    assert label(panel_pt, "crm_documents_none").text() == "Nenhum documento"
