"""The "CRM" tab: the person linked to the chat, their contacts, documents and address.

Documents (CPF, CNPJ, RG) are personal data under LGPD: they are masked until the user clicks
"Show documents", and showing another chat (or clearing) masks them again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wegly_viewer.core.chat_facts import (
    AddressFacts,
    ContactFacts,
    CrmFacts,
    DocumentFacts,
    build_chat_facts,
)
from wegly_viewer.core.clock import Clock
from wegly_viewer.core.formatting import (
    birth_text,
    digits,
    document_kind,
    format_document,
    mask_document,
)
from wegly_viewer.core.models import (
    ChatDetail,
)
from wegly_viewer.ui.models.document_reveal import DocumentReveal
from wegly_viewer.ui.panels.base import (
    EMPTY,
    ChatPanel,
    FormSection,
    ValueLabel,
    plain_label,
    scrolling,
    set_plain,
    tr,
    vbox,
)

AnyIndex = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_MAX_VISIBLE_ROWS: Final = 8  # tables grow with their rows up to this, then scroll


ContactRow = ContactFacts
"""One contact as shown: its guessed kind (``phone``/``email``/``other``) and text."""


def kind_label(kind: str) -> str:
    return {"phone": tr("CrmPanel", "Phone"), "email": tr("CrmPanel", "E-mail")}.get(
        kind, tr("CrmPanel", "Other")
    )


class ContactsModel(QAbstractTableModel):
    """Columns Type, Value, Primary; the type is guessed from the value (codes are undocumented)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRow] = []

    def set_contacts(self, contacts: Sequence[ContactFacts]) -> None:
        self.beginResetModel()
        self._rows = list(contacts)
        self.endResetModel()

    def contact(self, row: int) -> ContactRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or role != _DISPLAY:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return kind_label(row.kind)
        if column == 1:
            return row.text or EMPTY
        if column == 2:
            return tr("CrmPanel", "★ main") if row.primary else ""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        headers = (tr("CrmPanel", "Type"), tr("CrmPanel", "Contact"), tr("CrmPanel", "Main"))
        return headers[section] if 0 <= section < len(headers) else None


class DocumentsModel(QAbstractTableModel):
    """Columns Type (CPF/CNPJ/RG) and Number; numbers are masked unless their row is revealed.

    No role of this model returns a full number for a row that is not in :attr:`revealed`.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents: list[DocumentFacts] = []
        self.revealed: set[int] = set()

    def set_documents(self, documents: Sequence[DocumentFacts]) -> None:
        """Show ``documents``, all masked."""
        self.beginResetModel()
        self._documents = list(documents)
        self.revealed = set()
        self.endResetModel()

    def set_all_revealed(self, revealed: bool) -> None:
        self.revealed = set(range(len(self._documents))) if revealed else set()
        self._number_column_changed()

    def any_revealed(self) -> bool:
        return bool(self.revealed)

    def revealed_text(self, row: int) -> str | None:
        """The full, formatted number of a revealed row; None while it is masked."""
        if row not in self.revealed or not 0 <= row < len(self._documents):
            return None
        document = self._documents[row]
        return format_document(document.label, document.value) or None

    def _number_column_changed(self) -> None:
        if self._documents:
            last = len(self._documents) - 1
            self.dataChanged.emit(self.index(0, 1), self.index(last, 1), [_DISPLAY])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._documents)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or role != _DISPLAY:
            return None
        document = self._documents[index.row()]
        if index.column() == 0:
            return document_kind(document.label, document.value) or EMPTY
        if index.column() == 1:
            if index.row() in self.revealed:
                text = format_document(document.label, document.value)
            else:
                text = mask_document(document.label, document.value)
            return text or EMPTY
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        headers = (tr("CrmPanel", "Type"), tr("CrmPanel", "Number"))
        return headers[section] if 0 <= section < len(headers) else None


def _table(object_name: str, model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setObjectName(object_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.resizeSection(0, 110)
    header.setStretchLastSection(True)
    return view


def _fit_height(view: QTableView) -> None:
    """Make a short table exactly as tall as its rows, so the page scrolls instead of it."""
    rows = min(max(view.model().rowCount(), 1), _MAX_VISIBLE_ROWS)
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    height += rows * view.verticalHeader().defaultSectionSize()
    view.setFixedHeight(height)


def _group(title: str) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    return box, layout


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def address_lines(address: AddressFacts) -> list[str]:
    """Brazilian layout, district labelled: street, number - complement / Bairro / city/UF / CEP."""
    district = (
        tr("CrmPanel", "District: {district}").format(district=address.district)
        if address.district
        else ""
    )
    cep = (
        tr("CrmPanel", "CEP {postal_code}").format(postal_code=address.postal_code)
        if address.postal_code
        else ""
    )
    return [line for line in (address.street_line, district, address.city_line, cep) if line]


class _ScrollContent(QWidget):
    """The scrolled page; its height follows its width (wrapped notes), not its minimum.

    QScrollArea never makes a resizable widget shorter than ``minimumSizeHint()``, and with
    word-wrapped labels that hint is computed at the narrowest width, so a page that fits would
    still scroll. The scroll area uses ``heightForWidth()`` when this minimum is lower.
    """

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), 0)


class CrmPanel(ChatPanel):
    """The chat's CRM person: personal data, contacts, masked documents and address.

    Contacts are copied with a double-click or the "Copy" button. Documents stay masked
    (``***.456.789-**``) until "Show documents" is clicked; :meth:`show_chat` and :meth:`clear`
    mask them again.

    There is no gender row: Wegly sends a number whose code table is not documented, and a
    guessed word could be wrong about the customer ("code 2" means nothing to an agent).

    Object names: ``crm_empty`` (shown when there is no CRM person), ``crm_name``, ``crm_birth``,
    ``crm_notes``, ``crm_contacts`` (table), ``crm_contacts_none``,
    ``crm_copy_contact``, ``crm_documents`` (table), ``crm_documents_none``,
    ``crm_reveal_documents``, ``crm_copy_document`` (its menu: digits only),
    ``crm_address_name``, ``crm_address``, ``crm_copy_address``.

    The "documents shown" state is shared with the raw JSON tab (:meth:`use_reveal`).

    Signals:
        copied(str): a short status message ("Phone number copied"), never the copied value.
    """

    copied = Signal(str)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._contacts_model = ContactsModel(self)
        self._documents_model = DocumentsModel(self)
        self._reveal_state = DocumentReveal(self)  # replaced by the view's shared one
        self._reveal_state.changed.connect(self._on_reveal_state_changed)

        self._empty = plain_label(tr("CrmPanel", "No chat looked up yet"), object_name="crm_empty")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._person = FormSection(tr("CrmPanel", "CRM record"))
        for key, caption in (
            ("name", tr("CrmPanel", "Name:")),
            ("birth", tr("CrmPanel", "Date of birth:")),
            ("notes", tr("CrmPanel", "Notes:")),
        ):
            value = self._person.add_row(key, caption)
            value.setObjectName(f"crm_{key}")
            # FormSection grows only Expanding fields; a Preferred label would stay at its
            # size hint and wrap a name or the notes after a few words.
            value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        contacts_box, contacts_layout = _group(tr("CrmPanel", "Contacts"))
        self._contacts = _table("crm_contacts", self._contacts_model)
        self._contacts.setAccessibleName(tr("CrmPanel", "Contacts"))
        contacts_header = self._contacts.horizontalHeader()
        contacts_header.setStretchLastSection(False)
        contacts_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        contacts_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._contacts.doubleClicked.connect(self._on_contacts_double_clicked)
        self._contacts.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._contacts_none = plain_label(
            tr("CrmPanel", "No contacts"), object_name="crm_contacts_none"
        )
        self._copy_contact = QPushButton(tr("CrmPanel", "Copy contact"))
        self._copy_contact.setObjectName("crm_copy_contact")
        self._copy_contact.setToolTip(
            tr("CrmPanel", "Copies the selected contact (or double-click it)")
        )
        self._copy_contact.clicked.connect(self.copy_contact)
        contacts_layout.addWidget(self._contacts)
        contacts_layout.addWidget(self._contacts_none)
        contacts_layout.addLayout(_button_row(self._copy_contact))

        documents_box, documents_layout = _group(tr("CrmPanel", "Documents"))
        self._documents = _table("crm_documents", self._documents_model)
        self._documents.setAccessibleName(tr("CrmPanel", "Documents"))
        self._documents.setAccessibleDescription(
            tr("CrmPanel", "Numbers stay hidden until you show the documents")
        )
        self._documents.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._documents_none = plain_label(
            tr("CrmPanel", "No documents"), object_name="crm_documents_none"
        )
        self._reveal = QPushButton(tr("CrmPanel", "Show documents"))
        self._reveal.setObjectName("crm_reveal_documents")
        self._reveal.setToolTip(
            tr(
                "CrmPanel",
                "Documents are personal data (LGPD): show them only when you need them",
            )
        )
        self._reveal.clicked.connect(self._on_reveal_clicked)
        self._copy_document = QPushButton(tr("CrmPanel", "Copy number"))
        self._copy_document.setObjectName("crm_copy_document")
        self._copy_document.setToolTip(
            tr("CrmPanel", "Copies the selected document's number (show the documents first)")
        )
        self._copy_document.clicked.connect(self.copy_document)
        self._copy_document_digits = QPushButton(tr("CrmPanel", "Copy digits only"))
        self._copy_document_digits.setObjectName("crm_copy_document_digits")
        self._copy_document_digits.setToolTip(
            tr("CrmPanel", "Copies the selected document's number without dots and dashes")
        )
        self._copy_document_digits.clicked.connect(self.copy_document_digits)
        documents_layout.addWidget(self._documents)
        documents_layout.addWidget(self._documents_none)
        documents_layout.addLayout(
            _button_row(self._reveal, self._copy_document, self._copy_document_digits)
        )

        address_box, address_layout = _group(tr("CrmPanel", "Address"))
        self._address_name = plain_label(object_name="crm_address_name")
        name_font = self._address_name.font()
        name_font.setBold(True)
        self._address_name.setFont(name_font)
        self._address = ValueLabel(EMPTY)
        self._address.setObjectName("crm_address")
        self._address.setWordWrap(True)
        self._address.copied.connect(self.copied)
        self._copy_address = QPushButton(tr("CrmPanel", "Copy address"))
        self._copy_address.setObjectName("crm_copy_address")
        self._copy_address.setToolTip(tr("CrmPanel", "Copies the address, one line per part"))
        self._copy_address.clicked.connect(self.copy_address)
        address_layout.addWidget(self._address_name)
        address_layout.addWidget(self._address)
        address_layout.addLayout(_button_row(self._copy_address))
        self._person.copied.connect(self.copied)

        content = _ScrollContent()
        content_layout = vbox(content)
        content_layout.addWidget(self._person)
        content_layout.addWidget(contacts_box)
        content_layout.addWidget(documents_box)
        content_layout.addWidget(address_box)
        content_layout.addStretch(1)
        self._content = scrolling(content)

        layout = vbox(self, margins=0)
        layout.addWidget(self._empty, 1)
        layout.addWidget(self._content, 1)
        self.clear()

    # --- ChatPanel ---------------------------------------------------------------------------

    def show_chat(self, chat: ChatDetail) -> None:
        """Show ``chat`` (its facts worked out here; see :meth:`show_facts`)."""
        self.show_facts(build_chat_facts(chat).crm)

    def show_facts(self, person: CrmFacts | None) -> None:
        """Show the chat's CRM person (None: no person linked)."""
        if person is None:
            self._reset()
            self._empty.setText(tr("CrmPanel", "This chat has no CRM record"))
            return
        self._empty.hide()
        self._content.show()
        self._person.set_value("name", person.name)
        today = self._clock.now().astimezone().date()
        birth = person.birth_date
        self._person.set_value("birth", birth_text(birth, today) if birth is not None else "")
        self._person.set_value("notes", person.notes)
        self._set_contacts(person.contacts)
        self._set_documents(person.documents)
        address = person.address
        self._address_name.setText(address.name if address else "")
        self._address_name.setVisible(bool(self._address_name.text()))
        set_plain(self._address, "\n".join(address_lines(address)) if address else "")
        self._copy_address.setVisible(bool(self._address.value()))
        self._update_buttons()

    def clear(self) -> None:
        self._reset()
        self._empty.setText(tr("CrmPanel", "No chat looked up yet"))

    def _reset(self) -> None:
        self._person.clear_values()
        self._set_contacts([])
        self._set_documents([])
        self._address_name.clear()
        self._address_name.hide()
        set_plain(self._address, "")
        self._copy_address.hide()
        self._content.hide()
        self._empty.show()
        self._update_buttons()

    def _set_contacts(self, contacts: Sequence[ContactFacts]) -> None:
        self._contacts_model.set_contacts(contacts)
        self._contacts.setVisible(bool(contacts))
        self._contacts_none.setVisible(not contacts)
        self._copy_contact.setVisible(bool(contacts))
        _fit_height(self._contacts)

    def _set_documents(self, documents: Sequence[DocumentFacts]) -> None:
        self._documents_model.set_documents(documents)  # masks everything again
        self._reveal_state.set_revealed(False)
        self._documents.setVisible(bool(documents))
        self._documents_none.setVisible(not documents)
        self._reveal.setVisible(bool(documents))
        self._copy_document.setVisible(bool(documents))
        self._copy_document_digits.setVisible(bool(documents))
        _fit_height(self._documents)

    # --- actions -----------------------------------------------------------------------------

    def contacts_model(self) -> ContactsModel:
        return self._contacts_model

    def documents_model(self) -> DocumentsModel:
        return self._documents_model

    @Slot()
    def copy_contact(self) -> None:
        """Copy the selected contact's value as shown (phones formatted)."""
        row = self._selected_row(self._contacts)
        if row is None:
            return
        contact = self._contacts_model.contact(row)
        if not contact.text:
            return
        QGuiApplication.clipboard().setText(contact.text)
        message = {
            "phone": tr("CrmPanel", "Phone number copied"),
            "email": tr("CrmPanel", "E-mail address copied"),
        }.get(contact.kind, tr("CrmPanel", "Contact copied"))
        self.copied.emit(message)

    @Slot()
    def copy_document(self) -> None:
        """Copy the selected document's full number; only when it is revealed."""
        row = self._selected_row(self._documents)
        text = self._documents_model.revealed_text(row) if row is not None else None
        if text is None:
            return
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(tr("CrmPanel", "Document number copied"))

    @Slot()
    def copy_document_digits(self) -> None:
        """Copy the selected document's digits only; only when it is revealed."""
        row = self._selected_row(self._documents)
        text = self._documents_model.revealed_text(row) if row is not None else None
        if text is None or not digits(text):
            return
        QGuiApplication.clipboard().setText(digits(text))
        self.copied.emit(tr("CrmPanel", "Document number copied (digits only)"))

    @Slot()
    def copy_address(self) -> None:
        """Copy the address as shown (street, district, city, CEP on their own lines)."""
        if self._address.value():
            QGuiApplication.clipboard().setText(self._address.value())
            self.copied.emit(tr("CrmPanel", "Address copied"))

    def use_reveal(self, reveal: DocumentReveal) -> None:
        """Share the "documents shown" state with other tabs (the raw JSON tab)."""
        self._reveal_state.changed.disconnect(self._on_reveal_state_changed)
        self._reveal_state = reveal
        reveal.changed.connect(self._on_reveal_state_changed)
        self._on_reveal_state_changed(reveal.revealed)

    def set_documents_revealed(self, revealed: bool) -> None:
        self._reveal_state.set_revealed(revealed)
        self._on_reveal_state_changed(revealed)

    @Slot(bool)
    def _on_reveal_state_changed(self, revealed: bool) -> None:
        self._documents_model.set_all_revealed(revealed)
        self._update_buttons()

    @Slot()
    def _on_reveal_clicked(self) -> None:
        self.set_documents_revealed(not self._documents_model.any_revealed())

    @Slot(QModelIndex)
    def _on_contacts_double_clicked(self, _index: QModelIndex) -> None:
        self.copy_contact()

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        self._update_buttons()

    def _selected_row(self, view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        revealed = self._documents_model.any_revealed()
        self._reveal.setText(
            tr("CrmPanel", "Hide documents") if revealed else tr("CrmPanel", "Show documents")
        )
        contact_row_ = self._selected_row(self._contacts)
        self._copy_contact.setEnabled(
            contact_row_ is not None and bool(self._contacts_model.contact(contact_row_).text)
        )
        document_row = self._selected_row(self._documents)
        document_shown = (
            document_row is not None
            and self._documents_model.revealed_text(document_row) is not None
        )
        self._copy_document.setEnabled(document_shown)
        self._copy_document_digits.setEnabled(document_shown)
