"""The API-key dialog's traps (issue 11, item 8), through the real window and dialog."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pseudo_locale import PseudoTranslator, clipping_problems
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleFactory,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)
from pytestqt.qtbot import QtBot

from wegly_viewer.core.secrets import MemoryTokenStore
from wegly_viewer.devserver import DEMO_CHAT_IDS, ContractServer
from wegly_viewer.ui.app import Options, ViewerApp
from wegly_viewer.ui.dialogs.token_dialog import TokenDialog

OPEN_ID = DEMO_CHAT_IDS["open_reactions"]
WRONG_KEY = "eyJhbGciOiJIUzI1NiJ9.eyJ3cm9uZyI6MX0.bm9wZS1ub3BlLW5vcGU"


def open_dialog(qtbot: QtBot, viewer: ViewerApp) -> TokenDialog:
    qtbot.waitUntil(lambda: viewer.token_dialog is not None and viewer.token_dialog.isVisible())
    dialog = viewer.token_dialog
    assert dialog is not None
    return dialog


def save_button(dialog: TokenDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def confirm_box(qtbot: QtBot, dialog: TokenDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.save_confirm is not None and dialog.save_confirm.isVisible())
    box = dialog.save_confirm
    assert box is not None
    return box


def test_saving_a_key_the_test_rejected_asks_first(
    qtbot: QtBot, make_viewer: Callable[..., ViewerApp], server: ContractServer, api_token: str
) -> None:
    store = MemoryTokenStore()
    dialog = open_dialog(qtbot, make_viewer(Options(base_url=server.url), store))
    dialog.token_input.setText(WRONG_KEY)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Key rejected."), timeout=10_000)

    save_button(dialog).click()
    box = confirm_box(qtbot, dialog)
    assert box.text() == "Save a key that failed the test?"
    assert box.informativeText().startswith("The last test of this key said: Key rejected.")
    assert [b.text() for b in box.buttons()] == ["Save", "Cancel"]  # Qt's own buttons
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert store.get("default") is None  # Cancel saves nothing
    assert dialog.isVisible() and dialog.choice is None

    save_button(dialog).click()
    box = confirm_box(qtbot, dialog)
    box.button(QMessageBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: store.get("default") == WRONG_KEY)  # the user insisted: their call
    assert dialog.status.text().startswith("Key saved: ")


def test_a_new_key_after_a_failed_test_saves_without_a_question(
    qtbot: QtBot, make_viewer: Callable[..., ViewerApp], server: ContractServer, api_token: str
) -> None:
    store = MemoryTokenStore()
    dialog = open_dialog(qtbot, make_viewer(Options(base_url=server.url), store))
    dialog.token_input.setText(WRONG_KEY)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Key rejected."), timeout=10_000)
    dialog.token_input.setText(api_token)  # the failure was about the other key
    save_button(dialog).click()
    assert dialog.save_confirm is None
    qtbot.waitUntil(lambda: store.get("default") == api_token)  # saved on a worker


def test_a_chat_id_pasted_as_the_key_is_questioned(
    qtbot: QtBot, make_viewer: Callable[..., ViewerApp], server: ContractServer, api_token: str
) -> None:
    store = MemoryTokenStore()
    dialog = open_dialog(qtbot, make_viewer(Options(base_url=server.url), store))
    dialog.token_input.setText(f"https://app.wegly.com.br/chats/{OPEN_ID}")
    assert dialog.status.text() == (
        "This looks like a chat ID, not a key. A Wegly integration key is much longer and "
        "starts with eyJ…"
    )
    save_button(dialog).click()
    box = confirm_box(qtbot, dialog)
    assert box.text() == "Save what looks like a chat ID as the key?"
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert store.get("default") is None

    dialog.token_input.setText(api_token)
    assert dialog.status.text() == ""  # a real key: the doubt is gone
    save_button(dialog).click()
    qtbot.waitUntil(lambda: store.get("default") == api_token)  # saved on a worker


def test_a_status_that_wraps_grows_the_dialog_instead_of_squeezing_the_explanation(
    qtbot: QtBot,
    qapp: QApplication,
    make_viewer: Callable[..., ViewerApp],
    server: ContractServer,
) -> None:
    # Words 40 % longer and a bigger font (like 150 % scaling): the rejection wraps to more
    # lines than the room the dialog opened with.
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    normal_font = QFont(qapp.font())
    font = QFont(normal_font)
    font.setPointSizeF(font.pointSizeF() * 1.5)
    qapp.setFont(font)
    try:
        dialog = open_dialog(qtbot, make_viewer(Options(base_url=server.url)))
        QApplication.processEvents()
        assert clipping_problems(dialog) == []
        opened_height = dialog.height()
        dialog.token_input.setText(WRONG_KEY)
        dialog.test_button.click()
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10_000)
        assert "Wegly refused the API key" in dialog.status.text()
        QApplication.processEvents()
        assert clipping_problems(dialog) == []
        assert dialog.height() > opened_height
    finally:
        qapp.setFont(normal_font)
        qapp.removeTranslator(translator)


class _DesktopWithButtonIcons(QProxyStyle):
    """Fusion, but with icons on dialog buttons, as KDE and GNOME show them."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        return_data: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, return_data)


@pytest.fixture
def button_icons(qapp: QApplication) -> Iterator[QStyle]:
    previous = qapp.style().name()
    style = _DesktopWithButtonIcons(QStyleFactory.create("Fusion"))
    qapp.setStyle(style)
    yield style
    restored = QStyleFactory.create(previous)
    assert restored is not None
    qapp.setStyle(restored)


def icon_image(button: QPushButton) -> QImage:
    return button.icon().pixmap(16, 16).toImage()


def test_the_button_after_saving_has_no_cancel_icon(
    qtbot: QtBot,
    button_icons: QStyle,
    make_viewer: Callable[..., ViewerApp],
    server: ContractServer,
    api_token: str,
) -> None:
    dialog = open_dialog(qtbot, make_viewer(Options(base_url=server.url)))
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel_icon = icon_image(cancel)
    assert not cancel.icon().isNull()  # this desktop shows button icons
    dialog.token_input.setText(api_token)
    save_button(dialog).click()
    qtbot.waitUntil(lambda: dialog.choice is not None)  # the keyring is written on a worker
    done = [b for b in dialog.buttons.buttons() if not b.isHidden()]
    assert [b.text() for b in done] == ["OK"]
    assert dialog.buttons.buttonRole(done[0]) == QDialogButtonBox.ButtonRole.AcceptRole
    assert icon_image(done[0]) != cancel_icon
    close_icon = button_icons.standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton)
    assert icon_image(done[0]) != close_icon.pixmap(16, 16).toImage()
    ok_icon = button_icons.standardIcon(QStyle.StandardPixmap.SP_DialogOkButton)
    assert icon_image(done[0]) == ok_icon.pixmap(16, 16).toImage()
    done[0].click()
    assert not dialog.isVisible()


def test_a_new_key_clears_the_key_rejected_banner_and_retries_the_lookup(
    qtbot: QtBot, make_viewer: Callable[..., ViewerApp], server: ContractServer, api_token: str
) -> None:
    store = MemoryTokenStore()
    store.set("default", WRONG_KEY)  # saved once, revoked since
    viewer = make_viewer(Options(base_url=server.url), store)
    window = viewer.window
    controller = viewer.controller
    assert controller is not None
    window.lookup_bar.input.setText(OPEN_ID)
    window.lookup_bar.submit()
    qtbot.waitUntil(lambda: not controller.is_busy, timeout=10_000)
    assert window.banner.isVisible()
    assert window.banner.title.text() == "API key rejected"
    window.banner.change_key_button.click()

    dialog = open_dialog(qtbot, viewer)
    dialog.token_input.setText(api_token)
    save_button(dialog).click()
    qtbot.waitUntil(lambda: dialog.choice is not None)  # the keyring is written on a worker
    assert not window.banner.isVisible()  # at once, not after the retry
    qtbot.waitUntil(lambda: not controller.is_busy, timeout=10_000)
    view = window.chat_view
    assert view is not None and view.chat is not None
    assert view.chat.id == OPEN_ID  # looked up again with the new key, by itself
    assert not window.banner.isVisible()
    assert window.stack.currentWidget() is window.chat_page


def test_the_questions_in_portuguese(
    window_pt_br: object,
    qtbot: QtBot,
    make_viewer: Callable[..., ViewerApp],
    server: ContractServer,
) -> None:
    dialog = open_dialog(qtbot, make_viewer(Options(base_url=server.url)))
    dialog.token_input.setText(OPEN_ID)
    assert dialog.status.text() == (
        "Isso parece um ID de chat, não uma chave. A chave de integração da Wegly é bem mais "
        "longa e começa com eyJ…"
    )
    save_button(dialog).click()
    box = confirm_box(qtbot, dialog)
    assert box.text() == "Salvar como chave algo que parece um ID de chat?"
    assert [b.text() for b in box.buttons()] == ["Salvar", "Cancelar"]
    box.button(QMessageBox.StandardButton.Cancel).click()
    dialog.token_input.setText(WRONG_KEY)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10_000)
    save_button(dialog).click()
    box = confirm_box(qtbot, dialog)
    assert box.text() == "Salvar uma chave que falhou no teste?"
    assert box.informativeText().startswith("O último teste desta chave disse: Chave recusada.")
