"""Guards for the pinned Qt binding itself.

PySide6-Essentials 6.12.0 on Python 3.11 loses a reference to ``None`` on every call of a void
method and every ``None`` returned from a Python override (``data()``); the count reaches zero
in a long session and the interpreter aborts. These tests fail on such a binding.

From Python 3.12 on, ``None`` is immortal (PEP 683): its reference count is a fixed sentinel, so
counting it proves nothing and those two checks are skipped there. The override check also runs
with an ordinary (mortal) object, which catches a binding that drops or leaks references to
what a Python override returns on every Python version.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

NONE_IS_IMMORTAL = sys.version_info >= (3, 12)
_IMMORTAL_REASON = "None is immortal from Python 3.12 (PEP 683): its refcount cannot change"


class _ValueModel(QAbstractTableModel):
    """Returns ``value`` from ``data()``: None, or an ordinary object whose count can change."""

    def __init__(self, value: object) -> None:
        super().__init__()
        self.value = value

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return self.value


@pytest.mark.skipif(NONE_IS_IMMORTAL, reason=_IMMORTAL_REASON)
def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(500):
        widget.update()
    assert sys.getrefcount(None) >= before - 10


@pytest.mark.skipif(NONE_IS_IMMORTAL, reason=_IMMORTAL_REASON)
def test_none_from_python_override_keeps_none_alive(qtbot: QtBot) -> None:
    model = _ValueModel(None)
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(500):
        index.data(Qt.ItemDataRole.DecorationRole)
    assert sys.getrefcount(None) >= before - 10


def test_object_from_python_override_keeps_its_references(qtbot: QtBot) -> None:
    """Works on every Python: a mortal object's count moves when a binding drops or leaks one."""

    class Payload:
        pass

    payload = Payload()
    model = _ValueModel(payload)
    index = model.index(0, 0)
    assert index.data(Qt.ItemDataRole.UserRole) is payload  # the override's object comes back
    before = sys.getrefcount(payload)
    for _ in range(500):
        index.data(Qt.ItemDataRole.UserRole)
    after = sys.getrefcount(payload)
    assert before - 10 <= after <= before + 10, (before, after)
