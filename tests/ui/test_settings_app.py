"""Settings through the real app: a bad file, a restart, and the move away from QSettings."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from test_main_window import BrokenKeyring, look_up, settings_file_once

from wegly_viewer.core.secrets import MemoryTokenStore
from wegly_viewer.devserver import DEMO_CHAT_IDS, ContractServer
from wegly_viewer.ui.app import Options, ViewerApp

OPEN_ID = DEMO_CHAT_IDS["open_reactions"]
RESOLVED_ID = DEMO_CHAT_IDS["resolved"]


def stored(settings_dir: Path) -> dict[str, object]:
    data = json.loads((settings_dir / "settings.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_corrupt_settings_file_gives_defaults_and_a_notice(
    qtbot: QtBot, make_viewer: Callable[..., ViewerApp], settings_dir: Path
) -> None:
    settings_dir.mkdir()
    (settings_dir / "settings.json").write_text('{"version": 1, "profiles": [', encoding="utf-8")
    viewer = make_viewer(Options(demo=True))
    window = viewer.window
    assert window.statusBar().currentMessage() == (
        "Your settings could not be read and were reset to the defaults "
        "(the old file was kept as settings.json.bad-1)."
    )
    assert (settings_dir / "settings.json.bad-1").read_text(encoding="utf-8") == (
        '{"version": 1, "profiles": ['
    )
    assert stored(settings_dir) == {
        "version": 1,
        "profiles": {},
        "recent_chat_ids": [],
        "theme": "system",
        "language": "system",
    }
    look_up(qtbot, viewer, OPEN_ID)  # the app works
    assert window.chat_view is not None and window.chat_view.chat is not None
    assert stored(settings_dir)["recent_chat_ids"] == [OPEN_ID]


def test_newer_settings_version_is_backed_up_not_misread(
    qtbot: QtBot, make_viewer: Callable[..., ViewerApp], settings_dir: Path
) -> None:
    settings_dir.mkdir()
    newer = '{"version": 2, "profiles": {}, "recent_chat_ids": [], "theme": "dark"}'
    (settings_dir / "settings.json").write_text(newer, encoding="utf-8")
    (settings_dir / "settings.json.bad-1").write_text("older backup", encoding="utf-8")
    viewer = make_viewer(Options(demo=True))
    assert "settings.json.bad-2" in viewer.window.statusBar().currentMessage()
    assert (settings_dir / "settings.json.bad-1").read_text(encoding="utf-8") == "older backup"
    assert (settings_dir / "settings.json.bad-2").read_text(encoding="utf-8") == newer
    assert stored(settings_dir)["theme"] == "system"


def test_good_settings_show_no_notice(
    qtbot: QtBot, make_viewer: Callable[..., ViewerApp], settings_dir: Path
) -> None:
    first = make_viewer(Options(demo=True))
    look_up(qtbot, first, OPEN_ID)  # writes the file
    first.window.close()
    second = make_viewer(Options(demo=True))
    assert "settings" not in second.window.statusBar().currentMessage()
    assert second.window.recent_list.item(0).text() == OPEN_ID
    # No backup and no temporary file left behind by the atomic write.
    assert sorted(p.name for p in settings_dir.iterdir()) == ["settings.json"]


def test_server_address_and_origin_survive_a_restart(
    qtbot: QtBot,
    make_viewer: Callable[..., ViewerApp],
    server: ContractServer,
    api_token: str,
    settings_dir: Path,
) -> None:
    store = MemoryTokenStore()
    first = make_viewer(Options(base_url=server.url, profile="work"), store)
    first.window.change_key_action.trigger()
    dialog = first.token_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.token_input.setText(api_token)
    dialog.origin_input.setText("https://crm.example.com")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.choice is not None)  # saved on a worker
    first.window.close()
    first.shutdown()

    # No --base-url this time: the profile's address comes from the settings file.
    second = make_viewer(Options(profile="work"), store)
    assert second.controller is not None
    assert second.controller.connection.base_url == server.url
    assert second.controller.connection.origin == "https://crm.example.com"
    assert second.window.connection_label.text() == f"Profile work · {server.url}"
    look_up(qtbot, second, OPEN_ID)
    assert server.requests[-1].headers.get("origin") == "https://crm.example.com"
    assert stored(settings_dir)["profiles"] == {
        "work": {
            "base_url": server.url,
            "origin": "https://crm.example.com",
            "timeout": 10.0,
        }
    }
    # Another profile keeps the defaults.
    third = make_viewer(Options(profile="other"), store)
    assert third.controller is not None
    assert third.controller.connection.base_url == "https://api.wegly.com.br"
    assert third.controller.connection.origin is None


def test_recent_chat_ids_survive_a_restart_without_names(
    qtbot: QtBot,
    make_viewer: Callable[..., ViewerApp],
    server: ContractServer,
    api_token: str,
) -> None:
    store = MemoryTokenStore()
    store.set("default", api_token)
    first = make_viewer(Options(base_url=server.url), store)
    look_up(qtbot, first, OPEN_ID)
    look_up(qtbot, first, RESOLVED_ID)
    first.window.close()
    second = make_viewer(Options(), store)
    recent = [second.window.recent_list.item(i).text() for i in range(2)]
    assert recent == [RESOLVED_ID, OPEN_ID]  # ids only: names stayed in the first run's memory


def test_old_qsettings_keys_are_migrated_once(
    qtbot: QtBot,
    make_viewer: Callable[..., ViewerApp],
    settings: QSettings,
    settings_dir: Path,
    server: ContractServer,
    api_token: str,
) -> None:
    settings.setValue("profiles/default/base_url", server.url)
    settings.setValue("profiles/default/origin", "https://crm.example.com")
    settings.setValue("recent/ids", [OPEN_ID, RESOLVED_ID])
    settings.setValue("window/geometry", b"")
    settings.sync()
    store = MemoryTokenStore()
    store.set("default", api_token)
    first = make_viewer(Options(), store)
    assert first.controller is not None
    assert first.controller.connection.base_url == server.url
    assert first.controller.connection.origin == "https://crm.example.com"
    assert first.window.recent_list.item(0).text() == OPEN_ID
    assert stored(settings_dir) == {
        "version": 1,
        "profiles": {
            "default": {
                "base_url": server.url,
                "origin": "https://crm.example.com",
                "timeout": 10.0,
            }
        },
        "recent_chat_ids": [OPEN_ID, RESOLVED_ID],
        "theme": "system",
        "language": "system",
    }
    assert sorted(settings.allKeys()) == ["window/geometry"]  # the old keys are gone
    first.window.close()

    # Old keys written again (an older version run meanwhile) are not migrated a second time.
    settings.setValue("profiles/default/base_url", "https://old.example.com")
    settings.sync()
    second = make_viewer(Options(), store)
    assert second.controller is not None
    assert second.controller.connection.base_url == server.url


def test_session_only_key_is_used_but_never_written(
    qtbot: QtBot,
    make_viewer: Callable[..., ViewerApp],
    server: ContractServer,
    api_token: str,
    tmp_path: Path,
) -> None:
    viewer = make_viewer(Options(base_url=server.url), BrokenKeyring())
    qtbot.waitUntil(lambda: viewer.token_dialog is not None and viewer.token_dialog.isVisible())
    dialog = viewer.token_dialog
    assert dialog is not None
    dialog.token_input.setText(api_token)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(dialog.session_button.isVisible)  # the keyring is called on a worker
    dialog.session_button.click()
    assert not viewer.window.need_key_button.isVisible()
    assert viewer.window.statusBar().currentMessage() == (
        "API key in use without saving, until the app closes."
    )
    look_up(qtbot, viewer, OPEN_ID)
    assert server.requests[-1].headers.get("authorization") == f"Bearer {api_token}"
    viewer.window.close()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert api_token not in path.read_text(encoding="utf-8", errors="replace"), path


def test_view_menu_switches_the_theme_now_and_keeps_the_language_for_the_next_start(
    qtbot: QtBot, make_viewer: Callable[..., ViewerApp], settings_dir: Path
) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from wegly_viewer.core.settings_file import peek_language
    from wegly_viewer.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    system_style = app.style().name()
    viewer = make_viewer(Options(demo=True))
    window = viewer.window
    try:
        assert window.theme_actions["system"].isChecked()
        assert window.language_actions["system"].isChecked()
        window.theme_actions["dark"].trigger()
        assert app.palette().color(QPalette.ColorRole.Window).name() == "#2b2d30"
        settings_file_once(qtbot, settings_dir, lambda text: '"theme": "dark"' in text)
        assert stored(settings_dir)["theme"] == "dark"
        window.language_actions["pt_BR"].trigger()
        settings_file_once(qtbot, settings_dir, lambda text: '"language": "pt_BR"' in text)
        assert stored(settings_dir)["language"] == "pt_BR"
        assert peek_language(settings_dir) == "pt_BR"  # what the next start reads
        assert window.statusBar().currentMessage() == (
            "The new language is used the next time the app opens."
        )
        window.theme_actions["system"].trigger()
        assert app.style().name() == system_style
        settings_file_once(qtbot, settings_dir, lambda text: '"theme": "system"' in text)
        assert stored(settings_dir)["theme"] == "system"
        window.close()
        second = make_viewer(Options(demo=True))
        assert second.window.language_actions["pt_BR"].isChecked()
        assert second.window.theme_actions["system"].isChecked()
    finally:
        apply_theme(app, "system")
