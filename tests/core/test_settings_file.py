"""Where the settings file lives: worked out without platformdirs on Linux, the same answer."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from wegly_viewer.core.settings_file import CONFIG_APP_NAME, user_settings_dir

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux paths")


@linux_only
@pytest.mark.parametrize(
    ("xdg", "home", "expected"),
    [
        ("/srv/cfg", "/home/ana", "/srv/cfg/wegly-chat-viewer"),
        ("/srv/cfg/", "/home/ana", "/srv/cfg/wegly-chat-viewer"),
        ("", "/home/ana", "/home/ana/.config/wegly-chat-viewer"),
        ("relative/cfg", "/home/ana/", "/home/ana/.config/wegly-chat-viewer"),
        (None, "/", "/.config/wegly-chat-viewer"),
    ],
)
def test_the_settings_folder_is_the_one_platformdirs_names(
    monkeypatch: pytest.MonkeyPatch, xdg: str | None, home: str, expected: str
) -> None:
    if xdg is None:
        monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CONFIG_HOME", xdg)
    monkeypatch.setenv("HOME", home)
    monkeypatch.delenv("ANDROID_DATA", raising=False)
    with_platformdirs = platformdirs.user_config_dir(CONFIG_APP_NAME, appauthor=False, roaming=True)
    assert user_settings_dir() == Path(expected)
    assert Path(with_platformdirs) == Path(expected)


@linux_only
def test_without_a_usable_home_platformdirs_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("HOME", "not/absolute")
    asked: list[str] = []

    def user_config_dir(name: str, appauthor: bool, roaming: bool) -> str:
        asked.append(name)
        return "/from/platformdirs/" + name

    monkeypatch.setattr(platformdirs, "user_config_dir", user_config_dir)
    assert user_settings_dir() == Path("/from/platformdirs/wegly-chat-viewer")
    assert asked == ["wegly-chat-viewer"]
