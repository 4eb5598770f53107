"""A lazy Qt tree model over a JSON document, for the "Raw JSON" tab.

The document is shown exactly as received: keys in received order, strings verbatim (HTML and
emoji included; item views never interpret markup; line breaks drawn as ``↵`` so each value stays
on one row) and other scalars as JSON literals (``true``, ``null``, ``1.5``). Nodes are created only when a view asks for them, so a payload with 10,000
reactions costs nothing until the reactions array is expanded, and then only the rows the view
actually paints.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any, Final, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from wegly_viewer.core.redact import document_masks
from wegly_viewer.ui.models.releaser import release
from wegly_viewer.ui.text import bounded, tr

AnyIndex = QModelIndex | QPersistentModelIndex
RowPath = tuple[int, ...]
"""A node's address as row numbers from the top: ``(12, 3)`` is row 3 under top-level row 12."""

KEY_COLUMN: Final = 0
VALUE_COLUMN: Final = 1
TYPE_COLUMN: Final = 2

# The delegate elides long text anyway; painting a megabyte string on every repaint would not.
MAX_DISPLAY_CHARS: Final = 2000

_DISPLAY = Qt.ItemDataRole.DisplayRole


def is_container(value: object) -> bool:
    return isinstance(value, dict | list)


def json_text(value: object) -> str:
    """A scalar as the viewer shows it: strings raw, everything else as its JSON literal."""
    if isinstance(value, str):
        return value
    if is_container(value):
        return ""
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):  # not JSON data at all (only from callers, never the wire)
        return str(value)


_LINE_BREAKS: Final = str.maketrans(dict.fromkeys("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029", "↵"))


def _one_line(text: str) -> str:
    """Line breaks shown as ``↵``: rows have one uniform height (the first row's), so a
    multi-line value would make every row as tall as it. "Copy value" gives the raw text."""
    return text.replace("\r\n", "\n").translate(_LINE_BREAKS)


def _children(value: object) -> Iterator[tuple[int, str | None, Any]]:
    """``(row, key, child)`` of a container; ``key`` is None for array items."""
    if isinstance(value, dict):
        for row, (key, child) in enumerate(value.items()):
            yield row, str(key), child
    elif isinstance(value, list):
        for row, child in enumerate(value):
            yield row, None, child


class _Node:
    """One value of the document; its children are created on first access."""

    __slots__ = ("_children", "_keys", "key", "node_id", "parent", "row", "value")

    def __init__(
        self, key: str | int | None, value: Any, parent: _Node | None, row: int, node_id: int
    ) -> None:
        self.key = key
        self.value = value
        self.parent = parent
        self.row = row
        self.node_id = node_id
        self._children: list[_Node | None] | None = None
        self._keys: list[Any] | None = None

    @property
    def child_count(self) -> int:
        return len(self.value) if is_container(self.value) else 0

    def child(self, row: int, new_id: int) -> tuple[_Node, bool]:
        """The child at ``row`` and whether it was just created (with id ``new_id``)."""
        if self._children is None:
            self._children = [None] * self.child_count
        existing = self._children[row]
        if existing is not None:
            return existing, False
        key: str | int
        if isinstance(self.value, dict):
            if self._keys is None:
                self._keys = list(self.value)
            key = self._keys[row]
            value = self.value[key]
        else:
            key, value = row, self.value[row]
        node = _Node(key, value, self, row, new_id)
        self._children[row] = node
        return node, True

    def detach(self) -> None:
        """Let go of the value, parent and children (nodes link both ways: without this a
        dropped tree waits for a garbage collection, which then frees the document at once)."""
        self.value = self.parent = self._children = self._keys = None


class JsonTreeModel(QAbstractItemModel):
    """Columns Field, Value and Type over any JSON value (usually the chat response object).

    The top-level value itself is not a row: its members are the top-level rows. Array items
    are keyed ``[0]``, ``[1]``… Nodes are built one at a time as views ask for indexes, and
    :meth:`find` walks the plain data instead of building nodes.

    Document numbers (CPF, CNPJ, RG; see :func:`~wegly_viewer.core.redact.document_masks`) are
    shown, found and copied (:meth:`shown_value`) masked until :meth:`set_revealed` shows them.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document: Any = None
        self._nodes: list[_Node] = []
        self._root = self._new_root(None)
        self._masks: dict[RowPath, str] = {}
        self._masked_branches: frozenset[RowPath] = frozenset()
        self._revealed = False

    # --- document ----------------------------------------------------------------------------

    def _new_root(self, document: Any) -> _Node:
        root = _Node(None, document, None, 0, 0)
        self._nodes = [root]
        return root

    def set_document(self, document: Any, masks: dict[RowPath, str] | None = None) -> None:
        """Show ``document`` (not copied: callers must not mutate it while it is shown), its
        document numbers masked: at ``masks`` (found here when not given) and not revealed."""
        self.beginResetModel()
        # The old document is freed a slice per event-loop turn (the huge chat: ~20 ms at once).
        release(self._nodes)
        release(self._document)
        self._document = document
        self._root = self._new_root(document)
        self._masks = dict(document_masks(document) if masks is None else masks)
        self._masked_branches = frozenset(
            path[:length] for path in self._masks for length in range(len(path))
        )
        self._revealed = False
        self.endResetModel()

    def set_revealed(self, revealed: bool) -> None:
        """Show the document numbers in full (True) or masked (False)."""
        if revealed == self._revealed:
            return
        self.layoutAboutToBeChanged.emit()
        self._revealed = revealed
        self.layoutChanged.emit()

    @property
    def revealed(self) -> bool:
        return self._revealed

    def has_documents(self) -> bool:
        """Whether the document holds any document number (masked until revealed)."""
        return bool(self._masks)

    def _mask_at(self, path: RowPath) -> str | None:
        if self._revealed or not self._masks:
            return None
        return self._masks.get(path)

    def shown_value(self, index: AnyIndex) -> Any:
        """The JSON value at ``index`` as the user may see it: document numbers masked until
        revealed (the whole document for an invalid index). For "Copy value" and "Copy JSON"."""
        node = self._node(index)
        return self._shown(node.value, self._row_path(node))

    def _shown(self, value: Any, path: RowPath) -> Any:
        if self._revealed or not self._masks:
            return value
        masked = self._masks.get(path)
        if masked is not None:
            return masked
        if path not in self._masked_branches:
            return value  # nothing masked below: no copy needed
        if isinstance(value, dict):
            return {
                key: self._shown(child, (*path, row))
                for row, (key, child) in enumerate(value.items())
            }
        if isinstance(value, list):
            return [self._shown(child, (*path, row)) for row, child in enumerate(value)]
        return value

    def _row_path(self, node: _Node) -> RowPath:
        rows: list[int] = []
        here: _Node | None = node
        while here is not None and here.parent is not None:
            rows.append(here.row)
            here = here.parent
        return tuple(reversed(rows))

    def clear(self) -> None:
        self.set_document(None)

    def document(self) -> Any:
        return self._document

    # --- node access -------------------------------------------------------------------------

    def _node(self, index: AnyIndex) -> _Node:
        if not index.isValid():
            return self._root
        return self._nodes[index.internalId()]

    def node_value(self, index: AnyIndex) -> Any:
        """The JSON value at ``index`` (the whole document for an invalid index)."""
        return self._node(index).value

    def node_path(self, index: AnyIndex) -> tuple[str | int, ...]:
        """Keys and array positions from the top, e.g. ``("crm_person", "contacts", 0)``."""
        parts: list[str | int] = []
        node: _Node | None = self._node(index)
        while node is not None and node.parent is not None:
            if node.key is not None:
                parts.append(node.key)
            node = node.parent
        return tuple(reversed(parts))

    def index_for_rows(self, rows: Sequence[int], column: int = KEY_COLUMN) -> QModelIndex:
        """The index at a :data:`RowPath`, creating the nodes on the way."""
        index = QModelIndex()
        for position, row in enumerate(rows):
            column_here = column if position == len(rows) - 1 else KEY_COLUMN
            index = self.index(row, column_here, index)
            if not index.isValid():
                return QModelIndex()
        return index

    def find(self, text: str) -> list[RowPath]:
        """Every node whose key or scalar value contains ``text`` (case-insensitive).

        Walks the plain data in document order without creating nodes, so searching the
        10,000-reaction sample stays cheap. Array positions never match.
        """
        needle = text.casefold()
        masked = {} if self._revealed else self._masks
        if not needle or not is_container(self._document):
            return []
        matches: list[RowPath] = []
        stack: list[tuple[RowPath, Iterator[tuple[int, str | None, Any]]]] = [
            ((), _children(self._document))
        ]
        while stack:
            path, items = stack[-1]
            item = next(items, None)
            if item is None:
                stack.pop()
                continue
            row, key, value = item
            here = (*path, row)
            container = isinstance(value, dict | list)
            if not container and masked and here in masked:
                value_text = masked[here]
            else:
                value_text = "" if container else json_text(value)
            if (key is not None and needle in key.casefold()) or (
                not container and needle in value_text.casefold()
            ):
                matches.append(here)
            if container and value:
                stack.append((here, _children(value)))
        return matches

    # --- QAbstractItemModel ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        if parent.isValid() and parent.column() != KEY_COLUMN:
            return QModelIndex()
        if column < 0 or column >= 3:
            return QModelIndex()
        node = self._node(parent)
        if row < 0 or row >= node.child_count:
            return QModelIndex()
        child, created = node.child(row, len(self._nodes))
        if created:
            self._nodes.append(child)
        return self.createIndex(row, column, child.node_id)

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: AnyIndex) -> QModelIndex: ...
    def parent(self, child: AnyIndex | None = None) -> QObject | QModelIndex | None:
        if child is None:
            return super().parent()
        if not child.isValid():
            return QModelIndex()
        up = self._node(child).parent
        if up is None or up.parent is None:
            return QModelIndex()
        return self.createIndex(up.row, KEY_COLUMN, up.node_id)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != KEY_COLUMN:
            return 0
        return self._node(parent).child_count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 3

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or role != _DISPLAY:
            return None
        node = self._node(index)
        column = index.column()
        if column == KEY_COLUMN:
            return f"[{node.key}]" if isinstance(node.key, int) else bounded(str(node.key))
        if column == VALUE_COLUMN:
            # Masked documents first (LGPD); then cut: a megabyte string is not scanned on
            # every repaint.
            masked = self._mask_at(self._row_path(node)) if self._masks else None
            return _one_line(
                bounded(masked if masked is not None else json_text(node.value), MAX_DISPLAY_CHARS)
            )
        if column == TYPE_COLUMN:
            return type_text(node.value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        headers = (
            tr("JsonTreeModel", "Field"),
            tr("JsonTreeModel", "Value"),
            tr("JsonTreeModel", "Type"),
        )
        return headers[section] if 0 <= section < len(headers) else None


def type_text(value: object) -> str:
    """What a value is, in words: ``group (3 fields)``, ``list (10,000 items)``, ``text``,
    ``number``, ``yes/no``, ``empty (null)``; in pt-BR ``grupo (3 campos)``,
    ``lista (10.000 itens)``, ``texto``…"""
    # lupdate extracts a plural only when the count is a plain name, never len(value). Zero has
    # its own words: Portuguese plural rules read 0 as singular ("0 campo").
    if isinstance(value, dict):
        fields = len(value)
        if not fields:
            return tr("JsonTreeModel", "group (empty)")
        return tr("JsonTreeModel", "group (%Ln field(s))", None, fields)
    if isinstance(value, list):
        items = len(value)
        if not items:
            return tr("JsonTreeModel", "list (empty)")
        return tr("JsonTreeModel", "list (%Ln item(s))", None, items)
    if isinstance(value, str):
        return tr("JsonTreeModel", "text")
    if isinstance(value, bool):
        return tr("JsonTreeModel", "yes/no")
    if isinstance(value, int | float):
        return tr("JsonTreeModel", "number")
    if value is None:
        return tr("JsonTreeModel", "empty (null)")
    return type(value).__name__
