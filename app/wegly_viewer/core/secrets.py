"""Where the API key lives: the OS keyring, or memory for this session only.

The key never goes to a settings file, a log or an exception. ``keyring`` is imported lazily
because its backend discovery costs time on start-up and the window should paint first.
"""

from __future__ import annotations

import os
import threading
from typing import Protocol

from wegly_viewer.core.formatting import format_seconds
from wegly_viewer.core.i18n import tr

KEYRING_SERVICE = "wegly-chat-viewer"
DEFAULT_PROFILE = "default"
TOKEN_ENV_VAR = "WEGLY_TOKEN"  # noqa: S105 - a variable name, not a secret
KEYRING_WAIT_SECONDS = 10.0
"""How long ``wegly-lookup`` waits for the keyring (a locked one may wait for a prompt forever)."""


class TokenStoreError(Exception):
    """The keyring could not be used (none installed, locked, or it failed).

    The message names the problem in words (in the installed language, translated when it is
    raised) and never contains the key.
    """


class TokenStore(Protocol):
    """Keeps one API key per profile."""

    @property
    def location(self) -> str:
        """Where keys are kept, in words (shown to the user after saving)."""
        ...

    def get(self, profile: str) -> str | None: ...

    def set(self, profile: str, token: str) -> None: ...

    def delete(self, profile: str) -> None: ...


class KeyringTokenStore:
    """The OS keychain: Windows Credential Manager, macOS Keychain, Secret Service on Linux."""

    def __init__(self, service: str = KEYRING_SERVICE) -> None:
        self._service = service

    @property
    def location(self) -> str:
        try:
            import keyring

            backend = keyring.get_keyring()
        except Exception as exc:
            raise TokenStoreError(_describe(exc)) from None
        name = getattr(backend, "name", None) or type(backend).__name__
        return tr("secrets", "system keyring ({name})").format(name=name)

    def get(self, profile: str) -> str | None:
        try:
            import keyring

            token = keyring.get_password(self._service, profile)
        except Exception as exc:
            raise TokenStoreError(_describe(exc)) from None
        return token or None

    def set(self, profile: str, token: str) -> None:
        try:
            import keyring

            keyring.set_password(self._service, profile, token)
        except Exception as exc:
            raise TokenStoreError(_describe(exc)) from None

    def delete(self, profile: str) -> None:
        try:
            import keyring
            import keyring.errors

            keyring.delete_password(self._service, profile)
        except keyring.errors.PasswordDeleteError:
            return  # nothing stored: forgetting is already done
        except Exception as exc:
            raise TokenStoreError(_describe(exc)) from None


class MemoryTokenStore:
    """Keys kept in memory only: for tests and for "use for this session only"."""

    def __init__(self) -> None:
        self._tokens: dict[str, str] = {}

    @property
    def location(self) -> str:
        return tr("secrets", "memory, for this session only (not saved)")

    def get(self, profile: str) -> str | None:
        return self._tokens.get(profile)

    def set(self, profile: str, token: str) -> None:
        self._tokens[profile] = token

    def delete(self, profile: str) -> None:
        self._tokens.pop(profile, None)

    def __repr__(self) -> str:  # never the tokens
        return f"MemoryTokenStore(profiles={sorted(self._tokens)!r})"


def _describe(exc: BaseException) -> str:
    # Only the exception type and its keyring-level message: keyring backends do not put the
    # password in their errors, and the type name tells support what failed.
    kind = type(exc).__name__
    if kind == "NoKeyringError":
        return tr("secrets", "no system keyring is available on this computer")
    if kind == "KeyringLocked" or "locked" in str(exc).lower():
        return tr("secrets", "the system keyring is locked")
    return tr("secrets", "the system keyring failed ({kind})").format(kind=kind)


def token_from_env() -> str | None:
    """The key from ``WEGLY_TOKEN``, which overrides the stored one for this run."""
    token = os.environ.get(TOKEN_ENV_VAR, "").strip()
    return token or None


def read_token_within(store: TokenStore, profile: str, seconds: float) -> str | None:
    """``store.get(profile)``, but giving up after ``seconds``.

    A locked Secret Service can wait for its unlock prompt indefinitely. The call runs on a
    daemon thread, so a process that gives up can still exit while it hangs.

    Raises:
        TokenStoreError: when the store failed, or did not answer in time.
    """
    result: list[str | None] = []
    failure: list[TokenStoreError] = []

    def read() -> None:
        try:
            result.append(store.get(profile))
        except TokenStoreError as err:
            failure.append(err)
        except Exception as exc:  # a store outside this module: never a traceback
            failure.append(TokenStoreError(_describe(exc)))

    reader = threading.Thread(target=read, name="wegly-keyring", daemon=True)
    reader.start()
    reader.join(seconds)
    if reader.is_alive():
        raise TokenStoreError(
            tr(
                "secrets", "the system keyring did not answer within {duration} (is it locked?)"
            ).format(duration=format_seconds(seconds))
        )
    if failure:
        raise failure[0]
    return result[0] if result else None
