"""Fusion with a solid keyboard-focus ring: the style of our light and dark themes.

Its own module: QStyle's enums and Qt's namespace are built when it is imported (~30 ms), which
only ``--theme light|dark`` (or the View menu) needs; the system theme paints without it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from wegly_viewer.ui.theme import focus_ring_colour


class FocusRingStyle(QProxyStyle):
    """Fusion with a solid 2-pixel keyboard-focus ring (lists, tables, check boxes)."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        state = option.state
        if element != QStyle.PrimitiveElement.PE_FrameFocusRect or not (
            state & QStyle.StateFlag.State_KeyboardFocusChange
        ):
            super().drawPrimitive(element, option, painter, widget)
            return
        selected = bool(state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pen = QPen(focus_ring_colour(option.palette, selected), 2)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
        painter.restore()
