"""The window around the tabs in Brazilian Portuguese (and English), through the real app.

Menus, the start page, the lookup bar, the demo list, the status bar, the API-key dialog in each
of its states, the banner's buttons, the message boxes, and Qt's own texts (standard buttons,
the line edit's context menu). The catalogue is compiled into a temporary folder.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_main_window import look_up

from wegly_viewer.__main__ import build_parser
from wegly_viewer.core.secrets import MemoryTokenStore
from wegly_viewer.devserver import DEMO_CHAT_IDS, ERROR_CHAT_IDS, ContractServer
from wegly_viewer.ui.app import Options, ViewerApp, install_language
from wegly_viewer.ui.dialogs.token_dialog import TokenDialog
from wegly_viewer.ui.main_window import MainWindow
from wegly_viewer.ui.translations import remove_translators

OPEN_ID = DEMO_CHAT_IDS["open_reactions"]


def menus(window: MainWindow) -> list[tuple[str, list[str]]]:
    """(menu title, item texts without separators) for every menu of the menu bar."""
    found = []
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        found.append((action.text(), [a.text() for a in menu.actions() if not a.isSeparator()]))
    return found


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def assert_unique_mnemonics(texts: list[str]) -> None:
    letters = [m for m in map(mnemonic, texts) if m is not None]
    assert len(letters) == len(set(letters)), texts


def assert_window_mnemonics_unique(window: MainWindow) -> None:
    found = menus(window)
    assert_unique_mnemonics([title for title, _ in found])
    for _, items in found:
        assert_unique_mnemonics(items)


def dialog_texts(dialog: QWidget) -> list[str]:
    """The texts with a mnemonic in a dialog: its labels and visible buttons."""
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton) if not b.isHidden()]
    return texts


def open_key_dialog(qtbot: QtBot, viewer: ViewerApp) -> TokenDialog:
    qtbot.waitUntil(lambda: viewer.token_dialog is not None and viewer.token_dialog.isVisible())
    dialog = viewer.token_dialog
    assert dialog is not None
    return dialog


def visible_buttons(box: QDialogButtonBox) -> list[str]:
    return [b.text() for b in box.buttons() if not b.isHidden()]


def demo_texts(window: MainWindow) -> list[str]:
    return [window.demo_list.item(i).text() for i in range(window.demo_list.count())]


def activate_demo(qtbot: QtBot, viewer: ViewerApp, chat_id: str) -> None:
    window = viewer.window
    for i in range(window.demo_list.count()):
        item = window.demo_list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == chat_id:
            window.demo_list.itemActivated.emit(item)
            break
    else:
        raise AssertionError(f"{chat_id} is not in the demo list")
    controller = viewer.controller
    assert controller is not None
    qtbot.waitUntil(lambda: not controller.is_busy, timeout=10_000)


# --- Portuguese ------------------------------------------------------------------------------


def test_menus_and_tabs_in_portuguese(
    window_pt_br: Path, make_viewer: Callable[..., ViewerApp], server: ContractServer
) -> None:
    viewer = make_viewer(Options(base_url=server.url))
    window = viewer.window
    assert menus(window) == [
        (
            "&Chat",
            [
                "&Consultar…",
                "&Atualizar",
                "Ca&ncelar",
                "Página &inicial",
                "Copiar &resumo do atendimento",
                "&Limpar chats recentes",
                "&Sair",
            ],
        ),
        ("Chave da &API", ["&Trocar chave da API…", "&Esquecer chave salva…"]),
        ("&Exibir", ["&Tema", "&Idioma"]),
        ("Aj&uda", ["&Sobre o Wegly Chat Viewer", "&Atalhos do teclado"]),
    ]
    assert_window_mnemonics_unique(window)
    tabs = window.findChild(QTabWidget)
    assert tabs is not None
    assert tabs.tabText(0) == "&Visão geral"


def test_start_page_and_lookup_bar_in_portuguese(
    window_pt_br: Path, qtbot: QtBot, make_viewer: Callable[..., ViewerApp], server: ContractServer
) -> None:
    viewer = make_viewer(Options(base_url=server.url))
    window = viewer.window
    bar = window.lookup_bar
    assert bar.input.placeholderText() == (
        "Cole o ID do chat, um link da Wegly ou qualquer texto que contenha o ID"
    )
    assert bar.input.accessibleName() == "ID do chat"
    assert bar.input.accessibleDescription() == (
        "Cole aqui o ID do chat e aperte Enter para consultar."
    )
    assert bar.button.text() == "Consultar"
    assert bar.button.toolTip() == "Consultar este chat (Enter)"
    assert bar.hint.text() == "Um ID de chat é assim: 3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f"
    bar.input.setText(OPEN_ID.upper())
    assert bar.hint.text() == f"ID do chat: {OPEN_ID}"
    # No key yet: the start page says so and offers both ways on.
    assert window.need_key_label.text() == (
        "Ainda não há chave da API. Informe a chave de integração da Wegly para consultar "
        "chats, ou experimente a demonstração."
    )
    assert window.need_key_button.text() == "Informar chave da API…"
    assert window.try_demo_button.text() == "Experimentar a demonstração"
    assert window.connection_label.text() == f"Perfil default · {server.url}"
    # Qt's own context menu of the line edit comes in Portuguese too.
    menu = bar.input.createStandardContextMenu()
    items = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert "&Copiar" in items
    assert "Selecionar tudo" in items


def test_key_dialog_states_in_portuguese(
    window_pt_br: Path,
    qtbot: QtBot,
    make_viewer: Callable[..., ViewerApp],
    server: ContractServer,
    api_token: str,
) -> None:
    viewer = make_viewer(Options(base_url=server.url), MemoryTokenStore())
    dialog = open_key_dialog(qtbot, viewer)
    assert dialog.windowTitle() == "Chave da API da Wegly"
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    assert labels == ["Chave da &API", "&Domínio permitido (Origin)"]
    assert dialog.origin_help.text() == (
        "Só se a chave foi criada com um Domínio na Wegly: digite aqui o mesmo endereço. "
        "Se não, deixe em branco."
    )
    assert dialog.origin_input.accessibleName() == "Domínio permitido (Origin)"
    assert dialog.token_input.accessibleName() == "Chave da API"
    assert dialog.show_button.text() == "&Mostrar"
    assert dialog.test_button.text() == "&Testar conexão"
    assert visible_buttons(dialog.buttons) == ["Salvar", "Cancelar"]  # Qt's own, translated
    assert_unique_mnemonics(dialog_texts(dialog))

    dialog.token_input.setText(api_token)
    dialog.show_button.click()
    assert dialog.show_button.text() == "&Ocultar"
    dialog.test_button.click()
    assert dialog.status.text() == "Testando a chave…"
    qtbot.waitUntil(lambda: dialog.status.text() != "Testando a chave…", timeout=10_000)
    assert dialog.status.text() == "Conectado: a Wegly aceitou a chave."

    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.choice is not None)  # saved on a worker
    status = dialog.status.text()
    assert status.startswith("Chave salva: ")
    assert status.endswith(". O app já está usando essa chave.")
    assert visible_buttons(dialog.buttons) == ["OK"]
    assert viewer.window.statusBar().currentMessage().startswith("Chave da API salva: ")


def test_key_dialog_without_keyring_offers_use_without_saving(
    window_pt_br: Path,
    qtbot: QtBot,
    make_viewer: Callable[..., ViewerApp],
    server: ContractServer,
    api_token: str,
) -> None:
    from test_main_window import BrokenKeyring

    viewer = make_viewer(Options(base_url=server.url), BrokenKeyring())
    assert viewer.window.need_key_label.text().startswith(
        "Não dá para usar o chaveiro do sistema ("
    )
    dialog = open_key_dialog(qtbot, viewer)
    dialog.token_input.setText(api_token)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(dialog.session_button.isVisible)  # the keyring is called on a worker
    status = dialog.status.text()
    assert status.startswith("Não foi possível salvar a chave: ")
    assert status.endswith(
        ". Você pode usá-la sem salvar: ela fica só na memória até o app ser fechado."
    )
    assert dialog.session_button.text() == "&Usar sem salvar"
    assert visible_buttons(dialog.buttons) == ["Salvar", "Cancelar", "&Usar sem salvar"]
    assert_unique_mnemonics(dialog_texts(dialog))
    dialog.session_button.click()
    assert viewer.window.statusBar().currentMessage() == (
        "Chave da API em uso sem salvar, até o app ser fechado."
    )


def test_demo_list_status_and_banner_in_portuguese(
    window_pt_br: Path, qtbot: QtBot, make_viewer: Callable[..., ViewerApp]
) -> None:
    viewer = make_viewer(Options(demo=True))
    window = viewer.window
    assert window.windowTitle() == "Wegly Chat Viewer — demonstração"
    assert window.connection_label.text() == "Demonstração: dados de exemplo, sem chave"
    texts = demo_texts(window)
    assert texts[0] == "Maria Aparecida Souza — aberto, reações do cliente e dos atendentes"
    assert texts[list(DEMO_CHAT_IDS).index("many_agents")].endswith(
        " — 10.000 reações, 3.000 atendentes"
    )
    assert texts[len(DEMO_CHAT_IDS) :] == [
        "Erro: chave recusada",
        "Erro: chave sem permissão",
        "Erro: chat não encontrado",
        "Erro: falha no servidor da Wegly",
        "Erro: servidor fora do ar",
        "Erro: muitas consultas seguidas",
        "Erro: resposta inválida do servidor",
        "Resposta lenta (30 s): teste o Cancelar",
    ]

    activate_demo(qtbot, viewer, OPEN_ID)
    # The fixed clock: 25/11/2026 17:00 UTC is 14:00 in São Paulo.
    assert window.statusBar().currentMessage() == "Chat carregado (25/11/2026 14:00)."

    activate_demo(qtbot, viewer, ERROR_CHAT_IDS["unauthorized"])
    banner = window.banner
    assert banner.isVisible()
    assert banner.change_key_button.text() == "Trocar chave da API…"
    assert banner.copy_button.text() == "Copiar detalhes"
    assert banner.close_button.toolTip() == "Ocultar este aviso"
    assert banner.accessibleName() == banner.title.text()
    activate_demo(qtbot, viewer, ERROR_CHAT_IDS["server_error"])
    assert banner.retry_button.isVisible()
    assert banner.retry_button.text() == "Tentar de novo"
    banner.copy_button.click()
    assert window.statusBar().currentMessage() == ("Detalhes copiados para a área de transferência")


def test_loading_page_and_cancel_in_portuguese(
    window_pt_br: Path, qtbot: QtBot, viewer: ViewerApp
) -> None:
    window = viewer.window
    slow = ERROR_CHAT_IDS["slow"]
    window.lookup_bar.set_chat_id(slow)
    window.lookup_bar.submit()
    assert window.statusBar().currentMessage() == "Consultando…"
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.loading_page, timeout=3000)
    assert window.loading_label.text() == f"Consultando o chat {slow}…"
    cancel = window.findChild(QPushButton, "loading_cancel")
    assert cancel is not None
    assert cancel.text() == "Cancelar"
    assert cancel.toolTip() == "Parar esta consulta (Esc)"
    cancel.click()
    controller = viewer.controller
    assert controller is not None
    qtbot.waitUntil(lambda: not controller.is_busy, timeout=10_000)
    assert window.statusBar().currentMessage() == "Consulta cancelada."
    qtbot.waitUntil(lambda: viewer.runner is not None and viewer.runner.active_count == 0)


def test_forget_key_and_about_boxes_in_portuguese(
    window_pt_br: Path, qtbot: QtBot, viewer: ViewerApp
) -> None:
    window = viewer.window
    window.forget_key_action.trigger()
    box = window.forget_key_box
    assert box is not None and box.isVisible()
    assert box.text() == "Esquecer a chave da API salva?"
    assert [b.text() for b in box.buttons()] == ["&Esquecer chave", "Cancelar"]
    confirm = box.findChild(QPushButton, "forget_key_confirm")
    assert confirm is not None
    confirm.click()
    # Deleted on a worker; the status bar tells when it is done.
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "A chave da API salva foi apagada."
    )
    assert viewer.token_store.get("default") is None
    assert window.statusBar().currentMessage() == "A chave da API salva foi apagada."

    about = next(a for a in window.menuBar().actions() if a.text() == "Aj&uda").menu()
    assert isinstance(about, QMenu)
    about.actions()[0].trigger()
    box = window.about_box
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "Sobre o Wegly Chat Viewer"
    assert box.text().startswith("Wegly Chat Viewer, versão ")
    assert box.informativeText().startswith("Mostra um chat da Wegly pelo ID")
    assert [b.text() for b in box.buttons()] == ["Fechar"]
    box.close()


# --- English and the language choice --------------------------------------------------------


@pytest.fixture
def language_from_command_line(
    qapp: QApplication, window_catalogue: Path, settings_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., None]]:
    """Install the language the way ``run`` does, from ``wegly-viewer`` arguments and LANG."""
    installed = []
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)

    def install(argv: list[str], lang_env: str) -> None:
        monkeypatch.setenv("LANG", lang_env)
        args = build_parser().parse_args(argv)
        installed.extend(install_language(qapp, args, settings_dir, window_catalogue))

    yield install
    remove_translators(qapp, installed)


def test_portuguese_locale_gives_portuguese_from_the_command_line(
    language_from_command_line: Callable[..., None],
    make_viewer: Callable[..., ViewerApp],
    server: ContractServer,
) -> None:
    language_from_command_line([], "pt_BR.UTF-8")
    viewer = make_viewer(Options(base_url=server.url))
    assert [title for title, _ in menus(viewer.window)] == [
        "&Chat",
        "Chave da &API",
        "&Exibir",
        "Aj&uda",
    ]


def test_lang_en_under_a_portuguese_locale_gives_english(
    language_from_command_line: Callable[..., None],
    qtbot: QtBot,
    make_viewer: Callable[..., ViewerApp],
) -> None:
    language_from_command_line(["--lang", "en"], "pt_BR.UTF-8")
    viewer = make_viewer(Options(demo=True))
    window = viewer.window
    assert menus(window) == [
        (
            "&Chat",
            [
                "&Look up…",
                "&Refresh",
                "&Cancel",
                "&Start page",
                "C&opy service summary",
                "Cl&ear recent chats",
                "&Quit",
            ],
        ),
        ("&API key", ["&Change API key…", "&Forget saved key…"]),
        ("&View", ["&Theme", "&Language"]),
        ("&Help", ["&About Wegly Chat Viewer", "&Keyboard shortcuts"]),
    ]
    assert_window_mnemonics_unique(window)
    assert window.windowTitle() == "Wegly Chat Viewer — demo"
    assert demo_texts(window)[0] == (
        "Maria Aparecida Souza — open, reactions from the customer and agents"
    )
    assert window.lookup_bar.button.text() == "Look up"
    activate_demo(qtbot, viewer, OPEN_ID)
    assert window.statusBar().currentMessage() == "Chat loaded (Nov 25, 2026 2:00 PM)."
    look_up(qtbot, viewer, ERROR_CHAT_IDS["server_error"])
    assert window.banner.retry_button.text() == "Retry"
    assert window.banner.copy_button.text() == "Copy details"


def test_key_dialog_in_english_has_unique_mnemonics(
    qtbot: QtBot, make_viewer: Callable[..., ViewerApp], server: ContractServer
) -> None:
    viewer = make_viewer(Options(base_url=server.url), MemoryTokenStore())
    dialog = open_key_dialog(qtbot, viewer)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    assert labels == ["&API key", "Allowed &domain (Origin)"]
    assert dialog.origin_help.text() == (
        "Only if the key was created with a Domínio in Wegly: type the same address here. "
        "Otherwise leave it empty."
    )
    assert visible_buttons(dialog.buttons) == ["Save", "Cancel"]
    assert_unique_mnemonics(dialog_texts(dialog))
