"""call_later: a delayed slot never runs after its object is deleted (it used to, in tests)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from wegly_viewer.ui.timers import call_later


class Owner(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def ring(self) -> None:
        self.calls += 1


def test_the_slot_runs_once_when_the_owner_lives(qtbot: QtBot) -> None:
    owner = Owner()
    call_later(owner, 10, owner.ring)
    qtbot.waitUntil(lambda: owner.calls == 1)
    qtbot.wait(30)
    assert owner.calls == 1
    assert owner.children() == []  # the timer went away after firing


def test_the_slot_never_runs_once_the_owner_is_deleted(qtbot: QtBot) -> None:
    rang: list[str] = []
    owner = Owner()
    call_later(owner, 20, lambda: rang.append("late"))
    with qtbot.waitSignal(owner.destroyed):
        owner.deleteLater()
    qtbot.wait(60)
    assert rang == []
