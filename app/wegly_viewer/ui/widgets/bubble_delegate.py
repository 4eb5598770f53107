"""Paints the conversation like WhatsApp: bubbles, day separators, call and event lines.

One delegate paints every row of :class:`~wegly_viewer.ui.models.timeline_model.TimelineModel`
(no widget per message, so 5,000 messages cost 5,000 rows of data, not 5,000 widgets). The
customer's bubbles sit on the left, the company's on the right; each shows the sender, an
imported-history badge, the quoted message of a reply (a click jumps to it), a media card, the
text as plain text (``<b>`` stays ``<b>``), the time and the ticks, and the reactions grouped
by emoji under the bubble (hover: who reacted and when).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from typing import Final

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from wegly_viewer.core.formatting import format_number
from wegly_viewer.core.timeline import DayRow, EntryKind, ReactionGroupFacts, TimelineEntry
from wegly_viewer.ui.models.timeline_model import (
    CURRENT_MATCH_ROLE,
    MATCH_ROLE,
    ROW_ROLE,
    TICKS,
    call_text,
    cut_text,
    day_text,
    event_text,
    group_tooltip,
    history_text,
    media_texts,
    sender_text,
    status_words,
    time_text,
)
from wegly_viewer.ui.text import plain_tooltip, tr

_INDEX = QModelIndex | QPersistentModelIndex

MARGIN: Final = 8  # between the view's edge and a bubble
PADDING: Final = 8  # inside a bubble
GAP: Final = 4  # between rows
MAX_BUBBLE: Final = 560
CHIP_GAP: Final = 4
_CACHE_LIMIT: Final = 20_000
_NAME_COLOURS: Final = ("#1f7aec", "#c2185b", "#00796b", "#6a1b9a", "#bf5600", "#2e7d32")
_NAME_COLOURS_DARK: Final = ("#53bdeb", "#ff8fb1", "#6fe0d0", "#c9a7ff", "#ffb74d", "#b5e07a")
_BLUE_TICKS: Final = QColor("#34b7f1")
_URL: Final = re.compile(r"https?://[^\s<>\"']+")
_TRAILING: Final = ".,;:!?)]}"


def links_in(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, url)`` of each http(s) link in ``text`` (closing punctuation left out)."""
    found = []
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_TRAILING)
        if len(url) > len("https://"):
            found.append((match.start(), match.start() + len(url), url))
    return found


@dataclass
class _Layout:
    """Where each part of one bubble goes (for painting, tooltips and clicks)."""

    height: int
    bubble: QRect = field(default_factory=QRect)
    badge: QRect | None = None
    name: QRect | None = None
    quote: QRect | None = None
    media: QRect | None = None
    text: QTextLayout | None = None
    text_origin: QPointF = field(default_factory=QPointF)
    cut: QRect | None = None
    footer: QRect = field(default_factory=QRect)
    chips: list[tuple[QRect, ReactionGroupFacts]] = field(default_factory=list)


def _small(font: QFont) -> QFont:
    small = QFont(font)
    size = font.pointSizeF()
    if size > 0:
        small.setPointSizeF(max(7.0, size * 0.85))
    return small


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def bubble_colour(palette: QPalette, outgoing: bool) -> QColor:
    if is_dark(palette):
        return QColor("#005c4b") if outgoing else QColor("#202c33")
    return QColor("#d9fdd3") if outgoing else QColor("#ffffff")


def footer_text(entry: TimelineEntry) -> str:
    """``19:00 ✓✓`` for the company's messages, ``19:00`` for the customer's."""
    when = time_text(entry)
    message = entry.message
    if entry.outgoing and message is not None and message.status:
        tick = TICKS.get(message.status.lower(), "")
        return f"{when} {tick}".strip()
    return when


class BubbleDelegate(QStyledItemDelegate):
    """Paints one conversation row; its size depends on the view's width (cached per width).

    Signals:
        quote_clicked(str): the quoted part of a reply was clicked (the quoted message's id).
        reactions_clicked(int): the reactions under the bubble of this row were clicked.
        link_clicked(str): a link in a message was clicked (links open only on a click).
    """

    quote_clicked = QtSignal(str)
    reactions_clicked = QtSignal(int)
    link_clicked = QtSignal(str)

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        # Asking the view for its viewport costs ~1 ms in PySide6; sizeHint needs it per row.
        self._viewport = view.viewport()
        self._heights: dict[tuple[str, int], int] = {}

    def clear_cache(self) -> None:
        self._heights.clear()

    def _width(self) -> int:
        return max(200, self._viewport.width())

    # --- layout ------------------------------------------------------------------------------

    def _text_layout(
        self, text: str, font: QFont, width: int, term: str | None
    ) -> tuple[QTextLayout, float, float]:
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        ranges: list[QTextLayout.FormatRange] = []
        link_format = QTextCharFormat()
        link_format.setFontUnderline(True)
        link_format.setForeground(QColor("#027eb5"))
        for start, end, _url in links_in(text):
            link = QTextLayout.FormatRange()
            link.start, link.length, link.format = start, end - start, link_format
            ranges.append(link)
        if term:
            highlight = QTextCharFormat()
            highlight.setBackground(QColor("#ffd54f"))
            highlight.setForeground(QColor("#000000"))
            folded, needle = text.casefold(), term.casefold()
            start = folded.find(needle)
            while start >= 0 and needle and len(ranges) < 200:
                found = QTextLayout.FormatRange()
                found.start, found.length, found.format = start, len(needle), highlight
                ranges.append(found)
                start = folded.find(needle, start + len(needle))
        if ranges:
            layout.setFormats(ranges)
        layout.beginLayout()
        y = 0.0
        natural = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
            natural = max(natural, line.naturalTextWidth())
        layout.endLayout()
        return layout, natural, y

    def _layout(
        self, entry: TimelineEntry, rect: QRect, font: QFont, term: str | None = None
    ) -> _Layout:
        fm = QFontMetrics(font)
        small = _small(font)
        sfm = QFontMetrics(small)
        bfm = QFontMetrics(_bold(font))
        inner_max = min(MAX_BUBBLE, int(rect.width() * 0.78)) - 2 * PADDING
        inner_max = max(120, inner_max)
        parts: list[tuple[str, int]] = []
        widths = [sfm.horizontalAdvance(footer_text(entry)) + 4]
        if entry.is_history:
            parts.append(("badge", sfm.height() + 4))
            widths.append(sfm.horizontalAdvance(history_text()) + 12)
        name = sender_text(entry)
        parts.append(("name", bfm.height()))
        widths.append(bfm.horizontalAdvance(name) + 4)  # slack: no "…" from rounding
        if entry.quote is not None:
            parts.append(("quote", 2 * sfm.height() + 10))
            widths.append(min(inner_max, 220))
        media_name, media_detail = media_texts(entry)
        if media_name:
            parts.append(("media", 2 * fm.height() + 14))
            longest = max(fm.horizontalAdvance(media_name), fm.horizontalAdvance(media_detail))
            widths.append(min(inner_max, max(220, longest + 48)))
        text_layout: QTextLayout | None = None
        if entry.text:
            text_layout, natural, text_height = self._text_layout(entry.text, font, inner_max, term)
            parts.append(("text", int(text_height + 0.999)))
            widths.append(int(natural + 1))
        if entry.text_cut:
            parts.append(("cut", sfm.height()))
            widths.append(sfm.horizontalAdvance(cut_text()))
        parts.append(("footer", sfm.height()))
        inner = min(inner_max, max(widths))
        bubble_h = 2 * PADDING + sum(h for _k, h in parts) + 2 * (len(parts) - 1)
        width = inner + 2 * PADDING
        left = rect.left() + MARGIN
        x = rect.right() - MARGIN - width if entry.outgoing else left
        bubble = QRect(x, rect.top() + GAP, width, bubble_h)
        layout = _Layout(height=0, bubble=bubble, text=text_layout)
        y = bubble.top() + PADDING
        for kind, h in parts:
            area = QRect(bubble.left() + PADDING, y, inner, h)
            if kind == "badge":
                layout.badge = QRect(area.left(), y, sfm.horizontalAdvance(history_text()) + 12, h)
            elif kind == "name":
                layout.name = area
            elif kind == "quote":
                layout.quote = area
            elif kind == "media":
                layout.media = area
            elif kind == "text":
                layout.text_origin = QPointF(area.left(), y)
            elif kind == "cut":
                layout.cut = area
            else:
                layout.footer = area
            y += h + 2
        bottom = bubble.bottom()
        if entry.reaction_groups:
            chip_h = fm.height() + 6
            cx = bubble.left() + PADDING
            top = bubble.bottom() - 2
            for group in entry.reaction_groups[:12]:
                label = f"{group.emoji} {format_number(group.count)}"
                chip = QRect(cx, top, fm.horizontalAdvance(label) + 14, chip_h)
                layout.chips.append((chip, group))
                cx = chip.right() + CHIP_GAP
            bottom = top + chip_h
        layout.height = bottom - rect.top() + GAP + 1
        return layout

    def _line_height(self, font: QFont) -> int:
        return QFontMetrics(font).height() + 14

    # --- QStyledItemDelegate -----------------------------------------------------------------

    def sizeHint(self, option: QStyleOptionViewItem, index: _INDEX) -> QSize:
        row = index.data(ROW_ROLE)
        width = self._width()
        if not isinstance(row, TimelineEntry) or row.kind is not EntryKind.MESSAGE:
            return QSize(width, self._line_height(option.font))
        key = (row.key, width)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > _CACHE_LIMIT:
                self._heights.clear()
            height = self._layout(row, QRect(0, 0, width, 10_000), option.font).height
            self._heights[key] = height
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _INDEX) -> None:
        row = index.data(ROW_ROLE)
        rect: QRect = option.rect
        font: QFont = option.font
        palette: QPalette = option.palette
        state = option.state
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            if isinstance(row, DayRow):
                model = index.model()
                today = getattr(model, "today", None)
                text = day_text(row.day, today()) if callable(today) else ""
                self._pill(painter, rect, font, palette, text)
            elif isinstance(row, TimelineEntry) and row.kind is EntryKind.CALL:
                self._pill(painter, rect, font, palette, f"📞 {call_text(row)} · {time_text(row)}")
            elif isinstance(row, TimelineEntry) and row.kind is EntryKind.EVENT:
                self._pill(painter, rect, font, palette, f"{event_text(row)} · {time_text(row)}")
            elif isinstance(row, TimelineEntry):
                term = index.data(MATCH_ROLE)
                current = bool(index.data(CURRENT_MATCH_ROLE))
                self._bubble(
                    painter,
                    row,
                    rect,
                    font,
                    palette,
                    term if isinstance(term, str) else None,
                    selected=bool(state & QStyle.StateFlag.State_Selected),
                    current=current,
                )
        finally:
            painter.restore()

    def _pill(
        self, painter: QPainter, rect: QRect, font: QFont, palette: QPalette, text: str
    ) -> None:
        fm = QFontMetrics(font)
        text = fm.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 40)
        width = fm.horizontalAdvance(text) + 20
        pill = QRect(rect.center().x() - width // 2, rect.top() + 5, width, fm.height() + 4)
        dark = is_dark(palette)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#182229") if dark else QColor("#e8eef2"))
        painter.drawRoundedRect(pill, 8, 8)
        painter.setPen(QColor("#d1d7db") if dark else QColor("#3b4a54"))
        painter.setFont(font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)

    def _bubble(
        self,
        painter: QPainter,
        entry: TimelineEntry,
        rect: QRect,
        font: QFont,
        palette: QPalette,
        term: str | None,
        *,
        selected: bool,
        current: bool,
    ) -> None:
        layout = self._layout(entry, rect, font, term)
        dark = is_dark(palette)
        text_colour = QColor("#e9edef") if dark else QColor("#111b21")
        muted = QColor("#8696a0") if dark else QColor("#667781")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bubble_colour(palette, entry.outgoing))
        painter.drawRoundedRect(layout.bubble, 8, 8)
        if selected or current:
            pen_colour = palette.color(QPalette.ColorRole.Highlight)
            if current:
                pen_colour = QColor("#ff9800")
            painter.setPen(pen_colour)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(layout.bubble.adjusted(0, 0, -1, -1), 8, 8)
        small = _small(font)
        if layout.badge is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#6d4c41") if dark else QColor("#fff3e0"))
            painter.drawRoundedRect(layout.badge, 4, 4)
            painter.setPen(QColor("#ffe0b2") if dark else QColor("#8d4f00"))
            painter.setFont(small)
            painter.drawText(layout.badge, Qt.AlignmentFlag.AlignCenter, history_text())
        if layout.name is not None:
            name = sender_text(entry)
            colours = _NAME_COLOURS_DARK if dark else _NAME_COLOURS
            colour = colours[zlib.crc32(name.encode()) % len(colours)]
            painter.setPen(QColor(colour))
            painter.setFont(_bold(font))
            fm = QFontMetrics(painter.font())
            painter.drawText(
                layout.name,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                fm.elidedText(name, Qt.TextElideMode.ElideRight, layout.name.width()),
            )
        if layout.quote is not None and entry.quote is not None:
            quote = layout.quote
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 40) if dark else QColor(0, 0, 0, 18))
            painter.drawRoundedRect(quote, 4, 4)
            painter.setBrush(QColor("#06cf9c"))
            painter.drawRect(QRect(quote.left(), quote.top(), 3, quote.height()))
            painter.setFont(small)
            sfm = QFontMetrics(small)
            text_area = quote.adjusted(8, 4, -4, -4)
            painter.setPen(QColor("#06cf9c"))
            who = entry.quote.sender or tr("Conversation", "Quoted message")
            painter.drawText(
                QRect(text_area.left(), text_area.top(), text_area.width(), sfm.height()),
                int(Qt.AlignmentFlag.AlignLeft),
                sfm.elidedText(who, Qt.TextElideMode.ElideRight, text_area.width()),
            )
            painter.setPen(muted)
            quoted = " ".join(entry.quote.text.split()) or tr("Conversation", "(no text)")
            painter.drawText(
                QRect(
                    text_area.left(),
                    text_area.top() + sfm.height(),
                    text_area.width(),
                    sfm.height(),
                ),
                int(Qt.AlignmentFlag.AlignLeft),
                sfm.elidedText(quoted, Qt.TextElideMode.ElideRight, text_area.width()),
            )
        if layout.media is not None:
            card = layout.media
            name, detail = media_texts(entry)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 40) if dark else QColor(0, 0, 0, 14))
            painter.drawRoundedRect(card, 6, 6)
            fm = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(text_colour)
            painter.drawText(
                QRect(card.left() + 8, card.top() + 5, 28, fm.height()),
                int(Qt.AlignmentFlag.AlignLeft),
                "📎",
            )
            area = card.adjusted(36, 5, -6, -5)
            painter.drawText(
                QRect(area.left(), area.top(), area.width(), fm.height()),
                int(Qt.AlignmentFlag.AlignLeft),
                fm.elidedText(name, Qt.TextElideMode.ElideMiddle, area.width()),
            )
            painter.setPen(muted)
            painter.drawText(
                QRect(area.left(), area.top() + fm.height() + 2, area.width(), fm.height()),
                int(Qt.AlignmentFlag.AlignLeft),
                fm.elidedText(detail, Qt.TextElideMode.ElideRight, area.width()),
            )
        if layout.text is not None:
            painter.setPen(text_colour)
            layout.text.draw(painter, layout.text_origin)
        if layout.cut is not None:
            painter.setFont(small)
            painter.setPen(muted)
            painter.drawText(layout.cut, int(Qt.AlignmentFlag.AlignLeft), cut_text())
        painter.setFont(small)
        message = entry.message
        status = (message.status if message is not None else "").lower()
        tick = TICKS.get(status, "") if entry.outgoing else ""
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        tick_width = QFontMetrics(small).horizontalAdvance(f" {tick}") if tick else 0
        painter.setPen(muted)
        painter.drawText(layout.footer.adjusted(0, 0, -tick_width, 0), right, time_text(entry))
        if tick:
            painter.setPen(_BLUE_TICKS if status in ("read", "played") else muted)
            painter.drawText(layout.footer, right, tick)
        for chip, group in layout.chips:
            painter.setPen(QColor("#2a3942") if dark else QColor("#d1d7db"))
            painter.setBrush(QColor("#202c33") if dark else QColor("#ffffff"))
            painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
            painter.setPen(text_colour)
            painter.setFont(font)
            painter.drawText(
                chip,
                Qt.AlignmentFlag.AlignCenter,
                f"{group.emoji} {format_number(group.count)}",
            )

    # --- hover and clicks --------------------------------------------------------------------

    def layout_at(self, rect: QRect, font: QFont, index: _INDEX) -> _Layout | None:
        row = index.data(ROW_ROLE)
        if isinstance(row, TimelineEntry) and row.kind is EntryKind.MESSAGE:
            return self._layout(row, rect, font)
        return None

    def link_at(self, layout: _Layout, entry: TimelineEntry, pos: QPoint) -> str:
        """The link of ``entry``'s text under ``pos``, ``""`` when there is none."""
        text = layout.text
        if text is None:
            return ""
        x = pos.x() - layout.text_origin.x()
        y = pos.y() - layout.text_origin.y()
        for number in range(text.lineCount()):
            line = text.lineAt(number)
            if not line.y() <= y < line.y() + line.height():
                continue
            if not 0 <= x <= line.naturalTextWidth():
                return ""
            cursor = line.xToCursor(x, QTextLine.CursorPosition.CursorOnCharacter)
            for start, end, url in links_in(entry.text):
                if start <= cursor < end:
                    return url
            return ""
        return ""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: _INDEX,
    ) -> bool:
        if event is None or event.type() != QEvent.Type.ToolTip:
            return super().helpEvent(event, view, option, index)
        layout = self.layout_at(option.rect, option.font, index)
        row = index.data(ROW_ROLE)
        tip: str | None = None
        if layout is not None and isinstance(row, TimelineEntry):
            for chip, group in layout.chips:
                if chip.contains(event.pos()):
                    tip = group_tooltip(group)
                    break
            else:
                if layout.quote is not None and layout.quote.contains(event.pos()):
                    tip = tr("Conversation", "Click to go to the quoted message")
                elif link := self.link_at(layout, row, event.pos()):
                    tip = tr("Conversation", "Click to open {url}").format(url=link)
                elif row.message is not None and layout.footer.contains(event.pos()):
                    status = row.message.status
                    tip = status_words(status) if row.outgoing and status else None
        if tip:
            QToolTip.showText(event.globalPos(), plain_tooltip(tip) or "", view)
        else:
            QToolTip.hideText()
        return True

    def editorEvent(
        self,
        event: QEvent,
        model: object,
        option: QStyleOptionViewItem,
        index: _INDEX,
    ) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            layout = self.layout_at(option.rect, option.font, index)
            row = index.data(ROW_ROLE)
            if layout is not None and isinstance(row, TimelineEntry):
                pos = event.position().toPoint()
                if (
                    layout.quote is not None
                    and row.quote is not None
                    and layout.quote.contains(pos)
                ):
                    self.quote_clicked.emit(row.quote.message_id)
                    return True
                if any(chip.contains(pos) for chip, _group in layout.chips):
                    self.reactions_clicked.emit(index.row())
                    return True
                link = self.link_at(layout, row, pos)
                if link:
                    self.link_clicked.emit(link)
                    return True
        return False
