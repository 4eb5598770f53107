"""A small coloured pill for states such as ``open``, ``alta`` or ``History import``.

The text is plain (API values may look like HTML); the colours are fixed pairs chosen to read
well on both light and dark palettes, so a badge never depends on the current theme.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# variant -> (background, text). Mid-tone backgrounds with white or near-black text keep a
# contrast ratio above 4.5:1 and stand out from both a white and a near-black window.
BADGE_COLOURS: Final[dict[str, tuple[str, str]]] = {
    "neutral": ("#5f6368", "#ffffff"),
    "good": ("#1e7e34", "#ffffff"),
    "warn": ("#f2b600", "#1a1a1a"),
    "bad": ("#c62828", "#ffffff"),
    "info": ("#1a62b8", "#ffffff"),
}

_DISABLED: Final = ("#9aa0a6", "#f1f3f4")


class Badge(QLabel):
    """A rounded, coloured, plain-text label.

    Args:
        text: the text shown (plain text, never interpreted as HTML).
        variant: one of ``neutral``, ``good``, ``warn``, ``bad``, ``info``; anything else is
            shown as ``neutral``.
        parent: the parent widget.

    The current variant is also exposed as the dynamic property ``variant`` (for tests and
    style sheets).
    """

    def __init__(
        self, text: str = "", variant: str = "neutral", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._variant = ""
        self.set_badge(text, variant)

    def variant(self) -> str:
        """The variant in use (``neutral`` for unknown names)."""
        return self._variant

    def set_variant(self, variant: str) -> None:
        """Change the colours; unknown variants fall back to ``neutral``."""
        variant = variant if variant in BADGE_COLOURS else "neutral"
        if variant == self._variant:
            return
        self._variant = variant
        background, foreground = BADGE_COLOURS[variant]
        # A badge has no child widgets, so these rules reach this label only. Disabled (the
        # previous chat, still on screen while another is looked up) it turns grey.
        self.setStyleSheet(
            f"QLabel {{background-color: {background}; color: {foreground};"
            " border-radius: 9px; padding: 2px 9px; font-weight: 600;}"
            f" QLabel:disabled {{background-color: {_DISABLED[0]}; color: {_DISABLED[1]};}}"
        )
        self.setProperty("variant", variant)

    def set_badge(self, text: str, variant: str = "neutral") -> None:
        """Set text and variant at once."""
        self.setText(text)
        self.set_variant(variant)
