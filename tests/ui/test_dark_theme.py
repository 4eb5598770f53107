"""Light and dark themes as drawn (issue 11, item 11): the banner and the keyboard-focus ring
are measured on the window's own pixels, with WCAG's contrast formula written out here."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from wegly_viewer.devserver import ERROR_CHAT_IDS
from wegly_viewer.ui.app import Options, ViewerApp
from wegly_viewer.ui.theme import apply_theme


def luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance."""

    def linear(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red())
        + 0.7152 * linear(colour.green())
        + 0.0722 * linear(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def strongest_against(image: QImage, area: QRect, background: QColor) -> float:
    """The contrast of the pixel in ``area`` that stands out most from ``background`` (the
    core of a glyph or a line, where antialiasing does not soften it)."""
    best = 1.0
    area = area.intersected(image.rect())
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            best = max(best, contrast(image.pixelColor(x, y), background))
    return best


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    apply_theme(qapp, request.param)
    yield request.param
    apply_theme(qapp, "system")


def area_in(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def test_banner_text_and_close_button_stand_out_in_both_themes(
    qtbot: QtBot, theme: str, make_viewer: Callable[..., ViewerApp]
) -> None:
    viewer = make_viewer(Options(demo=True))
    window = viewer.window
    window.resize(1000, 700)
    window.lookup_bar.input.setText(ERROR_CHAT_IDS["unauthorized"])
    window.lookup_bar.submit()
    controller = viewer.controller
    assert controller is not None
    qtbot.waitUntil(lambda: not controller.is_busy, timeout=10_000)
    banner = window.banner
    assert banner.isVisible() and banner.close_button.isVisible()
    QApplication.processEvents()
    image = banner.grab().toImage()
    background = image.pixelColor(4, banner.height() // 2)  # inside the border, left of the text
    for part in (banner.title, banner.message, banner.close_button):
        ratio = strongest_against(image, area_in(part, banner), background)
        assert ratio >= 4.5, f"{part.objectName()} in {theme}: {ratio:.2f}:1"
    window_background = window.grab().toImage().pixelColor(2, window.height() // 2)
    if theme == "dark":
        # A dark banner on a dark window, not a glaring pale one.
        assert luminance(background) < 0.1, background.name()
        assert luminance(window_background) < 0.1, window_background.name()
    else:
        assert luminance(background) > 0.7, background.name()


def test_banner_follows_a_theme_switch_while_shown(
    qtbot: QtBot, qapp: QApplication, make_viewer: Callable[..., ViewerApp]
) -> None:
    apply_theme(qapp, "light")
    try:
        viewer = make_viewer(Options(demo=True))
        window = viewer.window
        window.lookup_bar.input.setText(ERROR_CHAT_IDS["not_found"])
        window.lookup_bar.submit()
        controller = viewer.controller
        assert controller is not None
        qtbot.waitUntil(lambda: not controller.is_busy, timeout=10_000)
        banner = window.banner
        light = banner.grab().toImage().pixelColor(4, banner.height() // 2)
        window.theme_actions["dark"].trigger()
        assert luminance(light) > 0.7, light.name()

        def banner_background() -> QColor:
            return banner.grab().toImage().pixelColor(4, banner.height() // 2)

        qtbot.waitUntil(lambda: luminance(banner_background()) < 0.1, timeout=2000)  # dark now
        image = banner.grab().toImage()
        dark = banner_background()
        ratio = strongest_against(image, area_in(banner.close_button, banner), dark)
        assert ratio >= 4.5, f"close button after the switch: {ratio:.2f}:1"
    finally:
        apply_theme(qapp, "system")


@pytest.mark.parametrize("selected", [True, False])
def test_keyboard_focus_ring_on_a_list_is_visible(
    qtbot: QtBot, theme: str, selected: bool, make_viewer: Callable[..., ViewerApp]
) -> None:
    viewer = make_viewer(Options(demo=True))
    window = viewer.window
    window.resize(1000, 700)
    demo_list = window.demo_list
    assert demo_list.isVisible() and demo_list.count() > 2
    window.activateWindow()
    demo_list.setFocus(Qt.FocusReason.TabFocusReason)
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # the user pressed Tab
    index = demo_list.model().index(1, 0)
    flag = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect
        if selected
        else QItemSelectionModel.SelectionFlag.Clear
    )
    demo_list.selectionModel().setCurrentIndex(index, flag)
    qtbot.waitUntil(demo_list.hasFocus)
    QApplication.processEvents()
    viewport = demo_list.viewport()
    image = viewport.grab().toImage()
    row = demo_list.visualRect(index)
    # The row's own fill (highlight when selected) just inside the ring, and the list's
    # background on the row below (not current, not selected).
    fill = image.pixelColor(row.right() - 5, row.center().y())
    below = demo_list.visualRect(demo_list.model().index(2, 0))
    plain = image.pixelColor(below.right() - 3, below.center().y())
    ring = QRect(row.left(), row.top() + 4, 3, row.height() - 8)  # the left edge of the row
    for against, name in ((fill, "the row"), (plain, "the list")):
        ratio = strongest_against(image, ring, against)
        assert ratio >= 3.0, f"focus ring vs {name} in {theme} (selected={selected}): {ratio:.2f}"


@pytest.mark.parametrize("variant", ["neutral", "good", "warn", "bad", "info"])
def test_badge_text_reads_on_its_pill_in_both_themes(
    qtbot: QtBot, theme: str, variant: str
) -> None:
    from wegly_viewer.ui.widgets.badge import Badge

    badge = Badge("Aguardando cliente", variant)
    qtbot.addWidget(badge)
    badge.show()
    QApplication.processEvents()
    image = badge.grab().toImage()
    pill = image.pixelColor(badge.width() // 2, 1)  # the padding above the text
    text_area = badge.rect().adjusted(9, 2, -9, -2)  # inside the rounded corners
    ratio = strongest_against(image, text_area, pill)
    assert ratio >= 4.5, f"{variant} badge in {theme}: {ratio:.2f}:1"
