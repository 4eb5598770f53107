"""The releaser frees a big chat a slice per event-loop turn, and never touches what is shown."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from wegly_viewer.ui.models.releaser import ITEMS_PER_TURN, SLICE, TRIM_AFTER_ITEMS, Releaser


class Item:
    """Stands for one reaction model (weak-referenceable)."""


def test_a_big_list_goes_in_slices(qtbot: QtBot) -> None:
    releaser = Releaser()
    items = [Item() for _ in range(10_000)]
    refs = [weakref.ref(item) for item in items]
    chat = {"last_message": {"reactions": items}, "id": "x"}
    del items
    releaser.release(chat)
    del chat
    QCoreApplication.processEvents()  # one turn: never everything at once
    alive = sum(1 for ref in refs if ref() is not None)
    assert 0 < alive < 10_000
    assert alive >= 10_000 - 3 * ITEMS_PER_TURN
    qtbot.waitUntil(lambda: releaser.pending == 0)
    assert all(ref() is None for ref in refs)


def test_what_someone_else_holds_is_left_intact(qtbot: QtBot) -> None:
    releaser = Releaser()
    shown = [Item() for _ in range(3 * SLICE)]
    releaser.release({"rows": shown})
    qtbot.wait(120)  # several retries while the list is still shown
    assert len(shown) == 3 * SLICE  # not emptied under the view's feet
    first = weakref.ref(shown[0])
    del shown
    qtbot.waitUntil(lambda: releaser.pending == 0)
    assert first() is None


def test_tree_nodes_are_detached(qtbot: QtBot) -> None:
    class Node:
        def __init__(self, parent: Node | None) -> None:
            self.parent = parent
            self.children: list[Node] = []

        def detach(self) -> None:
            self.parent = None
            self.children = []

    root = Node(None)
    root.children = [Node(root) for _ in range(10)]
    child = weakref.ref(root.children[0])
    releaser = Releaser()
    releaser.release([root, *root.children])
    del root
    qtbot.waitUntil(lambda: releaser.pending == 0)
    assert child() is None  # freed by reference counting, without waiting for a collection


def test_a_big_release_ends_with_the_cycles_it_left_collected(qtbot: QtBot) -> None:
    """A big chat leaves a few reference cycles (an exception and its traceback, a closure):
    they and the interpreter's free lists kept whole arenas of Python memory alive (~4 MB)."""

    class Cycle:
        def __init__(self) -> None:
            self.me = self

    releaser = Releaser()
    gc.disable()  # only the releaser collects here
    try:
        left_over = Cycle()
        cycle = weakref.ref(left_over)
        del left_over
        items = [Item() for _ in range(TRIM_AFTER_ITEMS)]
        releaser.release({"reactions": items})
        del items
        qtbot.waitUntil(lambda: releaser.pending == 0)
        qtbot.wait(10)  # the turn after the last slice
        assert cycle() is None
    finally:
        gc.enable()
