"""Where the settings file lives, and its theme read without pydantic (a light module).

The window paints before pydantic is imported (≈0.2 s), but the palette must be right at that
first paint; so the theme alone is peeked at here with :mod:`json`. The full, validated read
(:mod:`wegly_viewer.core.settings`) follows on the preloader thread and wins.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from wegly_viewer.core.defaults import DEFAULT_THEME, THEMES

CONFIG_APP_NAME = "wegly-chat-viewer"
SETTINGS_FILE_NAME = "settings.json"


def user_settings_dir() -> Path:
    """The per-user config directory (``~/.config/wegly-chat-viewer`` on Linux).

    On Linux the usual cases (an absolute ``XDG_CONFIG_HOME``, else an absolute ``HOME``) are
    worked out here, as platformdirs does, without importing it (~4 ms before the first paint);
    everything else (other systems, Android, no usable home) asks platformdirs.
    """
    env = os.environ
    if sys.platform.startswith("linux") and "ANDROID_DATA" not in env:
        xdg = env.get("XDG_CONFIG_HOME", "")
        if os.path.isabs(xdg):
            return Path(xdg) / CONFIG_APP_NAME
        home = env.get("HOME", "")
        if os.path.isabs(home):
            return Path(home.rstrip("/") + "/.config") / CONFIG_APP_NAME
    import platformdirs

    return Path(platformdirs.user_config_dir(CONFIG_APP_NAME, appauthor=False, roaming=True))


def peek_theme(directory: Path) -> str:
    """The stored theme, or the default when the file is missing, unreadable or odd."""
    try:
        data = json.loads((directory / SETTINGS_FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return DEFAULT_THEME
    theme = data.get("theme") if isinstance(data, dict) else None
    return theme if isinstance(theme, str) and theme in THEMES else DEFAULT_THEME


def peek_language(directory: Path) -> str:
    """The stored language ("system", "pt_BR" or "en"); "system" when missing or odd."""
    try:
        data = json.loads((directory / SETTINGS_FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "system"
    language = data.get("language") if isinstance(data, dict) else None
    return language if language in ("pt_BR", "en") else "system"
