"""Light and dark palettes for the Fusion style.

The app normally follows the system (Qt's platform theme). Where the platform offers no dark
palette (a bare X11 session, the offscreen platform used for screenshots) these give a
readable one; ``--theme`` and the screenshots use them.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


def dark_palette() -> QPalette:
    """A neutral dark palette with enough contrast for text, links and selections."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2d30",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.ToolTipBase: "#3c3f41",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8c8c8c",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#3c3f41",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#6ea8fe",
        QPalette.ColorRole.Mid: "#5a5d61",
        QPalette.ColorRole.Dark: "#1a1b1d",
        QPalette.ColorRole.Light: "#4a4d51",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    return palette


_SYSTEM_STYLE = "wegly_system_style"  # app property: the style Qt chose, before ours


def apply_theme(app: QApplication, theme: str) -> None:
    """``system`` (default: Qt's choice), ``light`` or ``dark`` (Fusion style); can be called
    again while the app runs (the View menu): ``system`` then restores Qt's own style."""
    system_style = app.property(_SYSTEM_STYLE)
    if system_style is None:
        system_style = app.style().name()
        app.setProperty(_SYSTEM_STYLE, system_style)
    if theme == "system":
        if app.style().name() != system_style:
            restored = QStyleFactory.create(system_style)
            if restored is not None:
                app.setStyle(restored)
                app.setPalette(restored.standardPalette())
        return
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(
        dark_palette() if theme == "dark" else fusion.standardPalette() if fusion else QPalette()
    )
