"""Whether the documents (CPF, CNPJ, RG) of the chat on screen are shown: one state for every tab.

Documents are personal data under LGPD: masked until the agent asks to see them. The CRM tab and
the raw JSON tab share one :class:`DocumentReveal`, so showing them in either shows them in both,
and a new chat (or clearing the view) hides them everywhere again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DocumentReveal(QObject):
    """The shared "documents shown" switch.

    Signals:
        changed(bool): the documents were shown (True) or hidden again (False).
    """

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._revealed = False

    @property
    def revealed(self) -> bool:
        return self._revealed

    def set_revealed(self, revealed: bool) -> None:
        if revealed != self._revealed:
            self._revealed = revealed
            self.changed.emit(revealed)
