"""The settings file on its own: versioned schema, atomic writes, legacy keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wegly_viewer.core.settings import LoadOutcome, SettingsError, SettingsStore
from wegly_viewer.core.settings_file import peek_theme

CHAT = "3f2b8c1e-5d4a-4b6f-9e7d-1a2b3c4d5e6f"


def test_a_profile_round_trips_and_the_file_is_plain_json(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "cfg")
    assert store.load().outcome is LoadOutcome.CREATED
    store.update_profile("work", base_url="https://wegly.example", origin="https://crm.example")
    store.set_theme("dark")
    again = SettingsStore(tmp_path / "cfg")
    result = again.load()
    assert result.outcome is LoadOutcome.LOADED
    assert again.current.profile("work").base_url == "https://wegly.example"
    assert again.current.profile("work").origin == "https://crm.example"
    assert again.current.profile("work").timeout == 10.0
    assert json.loads((tmp_path / "cfg" / "settings.json").read_text())["theme"] == "dark"
    assert peek_theme(tmp_path / "cfg") == "dark"
    assert sorted(p.name for p in (tmp_path / "cfg").iterdir()) == ["settings.json"]


def test_names_cannot_be_stored_as_recent_chats(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    store.set_recent_chat_ids(["Maria Aparecida Souza", CHAT])
    assert store.current.recent_chat_ids == [CHAT]
    assert "Maria" not in (tmp_path / "settings.json").read_text()


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = SettingsStore(tmp_path)
    store.set_theme("light")

    def disk_full(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("wegly_viewer.core.settings.os.replace", disk_full)
    with pytest.raises(SettingsError, match="No space left on device"):
        store.set_theme("dark")
    assert json.loads((tmp_path / "settings.json").read_text())["theme"] == "light"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]  # no temp file left


def test_legacy_keys_migrate_and_odd_values_are_dropped(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    result = store.load(
        {
            "profiles/work/base_url": "https://wegly.example",
            "profiles/work/origin": "",
            "profiles/x/unknown": "ignored",
            "recent/ids": CHAT.upper(),  # the INI format returns one id as a str
        }
    )
    assert result.outcome is LoadOutcome.MIGRATED
    assert json.loads((tmp_path / "settings.json").read_text()) == {
        "version": 1,
        "profiles": {
            "work": {
                "base_url": "https://wegly.example",
                "origin": None,
                "timeout": 10.0,
            }
        },
        "recent_chat_ids": [CHAT],
        "theme": "system",
        "language": "system",
    }


def test_read_for_the_cli_leaves_a_bad_file_alone(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("not json", encoding="utf-8")
    assert SettingsStore(tmp_path).read().profile("default").base_url == "https://api.wegly.com.br"
    assert (tmp_path / "settings.json").read_text() == "not json"
    assert peek_theme(tmp_path) == "system"
