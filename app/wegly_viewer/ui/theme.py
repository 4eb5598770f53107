"""Light and dark palettes for the Fusion style, and colours derived from a palette.

The app normally follows the system (Qt's platform theme). Where the platform offers no dark
palette (a bare X11 session, the offscreen platform used for screenshots) these give a
readable one; ``--theme`` and the screenshots use them. Our light and dark themes also draw
a solid keyboard-focus ring (:class:`wegly_viewer.ui.focus_ring.FocusRingStyle`): Fusion's own is
a faint tint that disappears on a dark list. That style is imported only for them: QStyle's
enums and Qt's namespace cost ~30 ms that a first paint in the system theme need not pay.

Colours that sit on the palette (the banner's) are derived from it with :func:`readable`, which
keeps a WCAG contrast ratio, so they suit a light, a dark or a system palette alike.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour (0 black … 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio (1 … 21); text wants 4.5, a focus ring or a border 3."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def mix(base: QColor, other: QColor, amount: float) -> QColor:
    """``base`` moved ``amount`` (0 … 1) of the way towards ``other``."""
    return QColor.fromRgbF(
        base.redF() + (other.redF() - base.redF()) * amount,
        base.greenF() + (other.greenF() - base.greenF()) * amount,
        base.blueF() + (other.blueF() - base.blueF()) * amount,
    )


def is_dark(palette: QPalette) -> bool:
    """True for a palette whose windows are dark (light text on dark backgrounds)."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def readable(colour: QColor, background: QColor, minimum: float) -> QColor:
    """``colour``, or the nearest shade of it (towards black or white, whichever is away from
    ``background``) with at least ``minimum`` contrast against ``background``."""
    towards = QColor("#000000") if relative_luminance(background) > 0.18 else QColor("#ffffff")
    for step in range(21):
        shade = mix(colour, towards, step / 20)
        if contrast_ratio(shade, background) >= minimum:
            return shade
    return towards


def focus_ring_colour(palette: QPalette, selected: bool) -> QColor:
    """The keyboard-focus ring: the palette's highlight on a plain row, its highlighted text
    on a selected (highlighted) row; shaded until it stands out (4.5:1) from what it is on."""
    if selected:
        background = palette.color(QPalette.ColorRole.Highlight)
        ring = palette.color(QPalette.ColorRole.HighlightedText)
    else:
        background = palette.color(QPalette.ColorRole.Base)
        ring = palette.color(QPalette.ColorRole.Highlight)
    return readable(ring, background, 4.5)


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
    # Qt's own style is noted the first time ours replaces it; until then there is nothing to
    # restore (and no app.style(): a QStyle object builds QStyle's enums, ~8 ms at start-up).
    system_style = app.property(_SYSTEM_STYLE)
    if theme == "system":
        if system_style is not None and app.style().name() != system_style:
            restored = QStyleFactory.create(system_style)
            if restored is not None:
                app.setStyle(restored)
                app.setPalette(restored.standardPalette())
        return
    if system_style is None:
        app.setProperty(_SYSTEM_STYLE, app.style().name())
    from wegly_viewer.ui.focus_ring import FocusRingStyle

    fusion = QStyleFactory.create("Fusion")
    palette = QPalette()
    if fusion is not None:
        palette = fusion.standardPalette()
        app.setStyle(FocusRingStyle(fusion))  # the proxy owns Fusion from here on
    app.setPalette(dark_palette() if theme == "dark" else palette)
