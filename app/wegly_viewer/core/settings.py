"""The app's settings: one typed, versioned schema in a JSON file in the user's config directory.

Written atomically (a temporary file in the same directory, then ``os.replace``), so a crash
mid-write leaves the old file. A file that cannot be read, fails validation or carries another
``version`` is moved aside (``settings.json.bad-1``, ``-2``…) and replaced by defaults: the app
tells the user once and carries on. Never stored here: API keys (keyring only) and contact names
(personal data, LGPD) — recent chats are kept as chat ids only.
"""

from __future__ import annotations

import contextlib
import enum
import json
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    ValidationError,
    model_serializer,
)

from wegly_viewer.core.chat_id import is_chat_id
from wegly_viewer.core.defaults import DEFAULT_BASE_URL, DEFAULT_TIMEOUT_S
from wegly_viewer.core.language import LanguageSetting
from wegly_viewer.core.settings_file import SETTINGS_FILE_NAME

SETTINGS_VERSION: Literal[1] = 1
MAX_RECENT_CHATS = 12


def _chat_id_only(text: str) -> str:
    if not is_chat_id(text):
        raise ValueError("not a chat id")
    return text


# Normalised chat ids only (what extract_chat_id returns): a name cannot be stored by mistake.
ChatIdText = Annotated[str, AfterValidator(_chat_id_only)]
Theme = Literal["system", "light", "dark"]


class Profile(BaseModel):
    """One server account: its address, Origin header and timeout (its key is in the keyring)."""

    model_config = ConfigDict(frozen=True)

    base_url: str = Field(default=DEFAULT_BASE_URL, min_length=1)
    origin: str | None = None
    timeout: float = Field(default=DEFAULT_TIMEOUT_S, gt=0, le=600, allow_inf_nan=False)
    # An extra CA file to trust (TLS-inspecting office networks), besides SSL_CERT_FILE.
    # Written to settings.json only when set, so files without one stay as they were.
    ca_bundle: str | None = None

    @model_serializer(mode="wrap")
    def _without_unset_ca_bundle(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        if data.get("ca_bundle") is None:
            data.pop("ca_bundle", None)
        return data


class Settings(BaseModel):
    """Everything the app remembers between runs, except window geometry (QSettings)."""

    model_config = ConfigDict(frozen=True)

    version: Literal[1] = SETTINGS_VERSION
    profiles: dict[str, Profile] = Field(default_factory=dict)
    recent_chat_ids: list[ChatIdText] = Field(default_factory=list, max_length=MAX_RECENT_CHATS)
    theme: Theme = "system"
    language: LanguageSetting = "system"  # "system": the OS locale decides (core/language.py)

    def profile(self, name: str) -> Profile:
        """The profile's settings, or the defaults for a profile never configured."""
        return self.profiles.get(name) or Profile()


class LoadOutcome(enum.Enum):
    LOADED = "loaded"
    CREATED = "created"  # no file yet: defaults
    MIGRATED = "migrated"  # no file yet: taken over from the old QSettings keys
    RESET = "reset"  # the file was bad: backed up, defaults used


class SettingsError(Exception):
    """The settings file could not be written (the message names the file and the reason)."""


@dataclass(frozen=True)
class LoadResult:
    settings: Settings
    outcome: LoadOutcome
    backup: Path | None = None  # where a bad file was moved (RESET only)


def settings_from_legacy(values: Mapping[str, object]) -> Settings | None:
    """Settings from the keys the app kept in QSettings before version 1; None if none apply.

    ``values``: QSettings keys to values, e.g. ``profiles/work/base_url``, ``profiles/work/origin``
    and ``recent/ids`` (a list, or a str for one id in the INI format). Odd values are dropped.
    """
    profiles: dict[str, dict[str, str]] = {}
    for key, value in values.items():
        parts = key.split("/")
        is_field = len(parts) == 3 and parts[0] == "profiles" and parts[2] in ("base_url", "origin")
        if is_field and isinstance(value, str) and value.strip():
            profiles.setdefault(parts[1], {})[parts[2]] = value.strip()
    raw_ids = values.get("recent/ids")
    id_list = [raw_ids] if isinstance(raw_ids, str) else raw_ids
    recent: list[str] = []
    if isinstance(id_list, list | tuple):
        for item in id_list:
            text = str(item).strip().lower()
            if text and text not in recent and is_chat_id(text):
                recent.append(text)
    if not profiles and not recent:
        return None
    return Settings(
        profiles={name: _legacy_profile(fields) for name, fields in profiles.items()},
        recent_chat_ids=recent[:MAX_RECENT_CHATS],
    )


def _legacy_profile(fields: dict[str, str]) -> Profile:
    try:
        return Profile.model_validate(fields)
    except ValidationError:
        return Profile()


class SettingsStore:
    """Reads and writes ``settings.json`` in ``directory`` (the user config dir in the app).

    Args:
        directory: where the file lives; created on the first write. Tests pass ``tmp_path``.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / SETTINGS_FILE_NAME
        self.current = Settings()
        # Who writes the file: :meth:`write_file` at once (the default: the CLI, the
        # preloader), or the app's writer thread once the window is up (ui/settings_writer.py:
        # an fsync can take tens of milliseconds, which the GUI thread must not wait for).
        self.writer: Callable[[str], None] = self.write_file

    def load(self, legacy: Mapping[str, object] | None = None) -> LoadResult:
        """Read the file; without one, migrate ``legacy`` QSettings values (written at once).

        Never raises: a bad file is backed up and defaults are used. A failed write of the
        migrated settings leaves them in memory; the next start migrates again.
        """
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            migrated = settings_from_legacy(legacy) if legacy else None
            if migrated is None:
                self.current = Settings()
                return LoadResult(self.current, LoadOutcome.CREATED)
            self.current = migrated
            with contextlib.suppress(SettingsError):
                self.save(migrated)
            return LoadResult(migrated, LoadOutcome.MIGRATED)
        except (OSError, UnicodeDecodeError):
            return self._reset()
        try:
            self.current = Settings.model_validate_json(text)
        except ValidationError:
            return self._reset()
        return LoadResult(self.current, LoadOutcome.LOADED)

    def read(self) -> Settings:
        """The stored settings, or defaults; changes nothing on disk (for ``wegly-lookup``)."""
        try:
            return Settings.model_validate_json(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValidationError):
            return Settings()

    def _reset(self) -> LoadResult:
        self.current = Settings()
        target = self._backup_path()
        backup: Path | None = target
        try:
            os.replace(self.path, target)
        except OSError:
            backup = None
        with contextlib.suppress(SettingsError):
            self.save(self.current)
        return LoadResult(self.current, LoadOutcome.RESET, backup)

    def _backup_path(self) -> Path:
        n = 1
        while (candidate := self.path.with_name(f"{self.path.name}.bad-{n}")).exists():
            n += 1
        return candidate

    def save(self, settings: Settings) -> None:
        """Make ``settings`` current and hand them to :attr:`writer`; the default writer
        raises :class:`SettingsError` when the file cannot be written."""
        self.current = settings
        self.writer(
            json.dumps(settings.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
        )

    def write_file(self, data: str) -> None:
        """Write ``data`` as the settings file atomically; raises :class:`SettingsError`."""
        tmp_name: str | None = None
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                "w", encoding="utf-8", dir=self.directory, prefix=".settings-", suffix=".tmp",
                delete=False,
            ) as tmp:  # fmt: skip
                tmp_name = tmp.name
                tmp.write(data)
                tmp.flush()
                os.fsync(tmp.fileno())
            os.replace(tmp_name, self.path)
            tmp_name = None
        except OSError as err:
            raise SettingsError(f"{self.path}: {err.strerror or type(err).__name__}") from None
        finally:
            if tmp_name is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp_name)

    def update_profile(self, name: str, **changes: object) -> None:
        """Change some fields of one profile and save (``base_url``, ``origin``, ``timeout``)."""
        current = self.current
        profile = Profile.model_validate({**current.profile(name).model_dump(), **changes})
        if current.profiles.get(name) == profile:
            return
        self.save(current.model_copy(update={"profiles": {**current.profiles, name: profile}}))

    def set_recent_chat_ids(self, ids: list[str]) -> None:
        """Keep these chat ids (newest first) and save; ids that are not chat ids are dropped."""
        valid = [i for i in ids if is_chat_id(i)][:MAX_RECENT_CHATS]
        if valid != self.current.recent_chat_ids:
            self.save(self.current.model_copy(update={"recent_chat_ids": valid}))

    def set_language(self, language: str) -> None:
        """Keep ``system``, ``pt_BR`` or ``en`` and save; raises ValueError for others."""
        if language != self.current.language:
            try:
                updated = Settings.model_validate(
                    {**self.current.model_dump(), "language": language}
                )
            except ValidationError:
                raise ValueError(f"unknown language {language!r}") from None
            self.save(updated)

    def set_theme(self, theme: str) -> None:
        """Keep ``system``, ``light`` or ``dark`` and save; raises ValueError for others."""
        if theme != self.current.theme:
            try:
                updated = Settings.model_validate({**self.current.model_dump(), "theme": theme})
            except ValidationError:
                raise ValueError(f"unknown theme {theme!r}") from None
            self.save(updated)
