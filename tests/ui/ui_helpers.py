"""Reading what a user sees in a widget tree (labels, fields, item views)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QPlainTextEdit, QWidget


def model_texts(model: QAbstractItemModel, limit: int = 2000) -> list[str]:
    """Display texts of a model (depth-first, bounded so 10k-row models stay quick)."""
    texts: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            if len(texts) >= limit:
                return
            # columnCount/hasChildren are private on list and table models: probe indexes.
            for column in range(32):
                index = model.index(row, column, parent)
                if not index.isValid():
                    break
                value = model.data(index, Qt.ItemDataRole.DisplayRole)
                if value is not None:
                    texts.append(str(value))
            first = model.index(row, 0, parent)
            if model.rowCount(first) > 0 and not model.canFetchMore(first):
                walk(first)

    walk(QModelIndex())
    return texts


def visible_texts(root: QWidget) -> list[str]:
    """Every text a user can read in ``root``: labels, fields, text boxes and item views."""
    texts: list[str] = []
    for label in root.findChildren(QLabel):
        texts.append(label.text())
    for field in root.findChildren(QLineEdit):
        texts.append(field.text())
    for box in root.findChildren(QPlainTextEdit):
        texts.append(box.toPlainText())
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            texts.extend(model_texts(model))
    return texts


def joined_texts(root: QWidget) -> str:
    return "\n".join(visible_texts(root))
