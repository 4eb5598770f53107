"""Secret and personal-data scrubbing, and where the API key is kept."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from wegly_viewer.core.redact import REDACTED, excerpt, redact_personal, redact_secrets
from wegly_viewer.core.secrets import (
    KEYRING_SERVICE,
    TOKEN_ENV_VAR,
    KeyringTokenStore,
    MemoryTokenStore,
    TokenStoreError,
    token_from_env,
)

TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ0ZXN0LWtleSJ9.c2lnbmF0dXJlLXRlc3Q"
OTHER_JWT = "eyJhbGciOiJSUzI1NiJ9.eyJjb21wYW55IjoiYWNtZSJ9.U2lnbmVkQnlTb21lb25lRWxzZQ"
OPAQUE = "wgl_live_4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c"


# --- redact_secrets ---------------------------------------------------------------------------


def test_given_secret_is_replaced_everywhere() -> None:
    text = f"key={OPAQUE}; again {OPAQUE}."
    assert redact_secrets(text, OPAQUE) == f"key={REDACTED}; again {REDACTED}."


def test_any_jwt_is_replaced_even_if_not_given() -> None:
    text = f'{{"error": "invalid token {OTHER_JWT}", "hint": "x"}}'
    cleaned = redact_secrets(text)
    assert OTHER_JWT not in cleaned
    assert "U2lnbmVkQnlTb21lb25lRWxzZQ" not in cleaned
    assert cleaned == f'{{"error": "invalid token {REDACTED}", "hint": "x"}}'


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("Bearer xyz", f"Bearer {REDACTED}"),
        ("sent bearer abc.def, then failed", f"sent bearer {REDACTED}, then failed"),
        ("Authorization: xyz", f"Authorization: {REDACTED}"),
        ("authorization=xyz", f"authorization={REDACTED}"),
        ("Authorization: Bearer xyz", f"Authorization: {REDACTED}"),
        ("Authorization: Basic dXNlcjpwYXNz", f"Authorization: {REDACTED}"),
        ('{"Authorization": "Token s3cr3t"}', f'{{"Authorization": "{REDACTED}"}}'),
    ],
)
def test_bearer_and_authorization_values_are_replaced(text: str, cleaned: str) -> None:
    assert redact_secrets(text) == cleaned


def test_empty_or_missing_secrets_change_nothing() -> None:
    text = "HTTP 401: unauthorized"
    assert redact_secrets(text, "", None) == text


def test_redact_personal_replaces_cpf_and_cnpj_but_not_phones() -> None:
    text = "cpf 123.456.789-09 / 12345678909, cnpj 12.345.678/0001-95, fone 5511987654321"
    cleaned = redact_personal(text)
    assert cleaned == f"cpf {REDACTED} / {REDACTED}, cnpj {REDACTED}, fone 5511987654321"


# --- excerpt ----------------------------------------------------------------------------------


def test_excerpt_truncates_with_an_ellipsis() -> None:
    assert excerpt("a" * 1000, limit=50) == "a" * 50 + "…"
    assert excerpt("short body") == "short body"
    assert len(excerpt("b" * 10_000)) == 301


def test_excerpt_strips_control_characters_and_keeps_lines() -> None:
    body = "erro\x00 no\x07 servidor\x1b\nlinha 2\x7f"
    assert excerpt(body) == "erro no servidor\nlinha 2"


def test_excerpt_decodes_bytes_leniently() -> None:
    assert excerpt(b"caf\xc3\xa9 \xff ok") == "café \ufffd ok"


def test_excerpt_removes_document_numbers_and_secrets() -> None:
    body = (
        f'{{"message": "cliente 123.456.789-09 (12345678909) sem acesso", '
        f'"token": "{TOKEN}", "auth": "Bearer {OPAQUE}"}}'
    )
    shown = excerpt(body.encode(), OPAQUE)
    for secret in ("123.456.789-09", "12345678909", TOKEN, OPAQUE, "c2lnbmF0dXJlLXRlc3Q"):
        assert secret not in shown
    assert "sem acesso" in shown
    assert shown.count(REDACTED) == 4


def test_excerpt_never_shows_a_fragment_of_a_secret_cut_at_the_window() -> None:
    # A server echoing the key many times: once earlier copies shrink to "[redacted]", a copy
    # cut in half at the internal window must not slide into the excerpt.
    body = (OPAQUE + " ") * 40
    shown = excerpt(body, OPAQUE, limit=100)
    assert "wgl_live" not in shown
    # Only "[redacted]" words (the last one possibly cut by the limit) and spaces remain.
    assert all(REDACTED.startswith(word) for word in shown.removesuffix("…").split())


# --- MemoryTokenStore -------------------------------------------------------------------------


def test_memory_store_round_trip_and_repr_hides_tokens() -> None:
    store = MemoryTokenStore()
    assert store.get("default") is None
    store.set("default", TOKEN)
    store.set("staging", OPAQUE)
    assert store.get("default") == TOKEN
    assert store.get("staging") == OPAQUE
    assert repr(store) == "MemoryTokenStore(profiles=['default', 'staging'])"
    assert TOKEN not in repr(store)
    assert OPAQUE not in str(store)
    store.delete("default")
    store.delete("never-saved")
    assert store.get("default") is None
    assert store.get("staging") == OPAQUE
    assert "not saved" in store.location


# --- KeyringTokenStore ------------------------------------------------------------------------


class MemoryKeyring(KeyringBackend):
    """A keyring kept in a dict, so tests never touch the real OS keychain."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("not found") from None


class FailingKeyring(KeyringBackend):
    """A keyring whose every call raises the configured exception."""

    priority = 1

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


@pytest.fixture
def install_keyring() -> Iterator[Callable[[Any], Any]]:
    """Returns a function installing a keyring backend; the previous one is restored after."""
    previous = keyring.get_keyring()

    def install(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


def test_keyring_store_round_trip(install_keyring) -> None:
    backend = install_keyring(MemoryKeyring())
    store = KeyringTokenStore()
    assert store.get("default") is None
    store.set("default", TOKEN)
    store.set("staging", OPAQUE)
    assert backend.passwords == {
        (KEYRING_SERVICE, "default"): TOKEN,
        (KEYRING_SERVICE, "staging"): OPAQUE,
    }
    assert store.get("default") == TOKEN
    store.delete("default")
    assert store.get("default") is None
    assert store.get("staging") == OPAQUE
    store.delete("default")  # already gone: forgetting twice is fine
    store.delete("never-saved")


def test_keyring_store_uses_its_service_name(install_keyring) -> None:
    backend = install_keyring(MemoryKeyring())
    KeyringTokenStore(service="wegly-test").set("p", OPAQUE)
    assert backend.passwords == {("wegly-test", "p"): OPAQUE}
    assert KeyringTokenStore().get("p") is None


def test_keyring_empty_password_counts_as_none(install_keyring) -> None:
    backend = install_keyring(MemoryKeyring())
    backend.passwords[(KEYRING_SERVICE, "default")] = ""
    assert KeyringTokenStore().get("default") is None


def test_keyring_location_names_the_backend(install_keyring) -> None:
    install_keyring(MemoryKeyring())
    location = KeyringTokenStore().location
    assert location.startswith("system keyring (")
    assert "MemoryKeyring" in location


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (keyring.errors.NoKeyringError("No recommended backend"), "no system keyring"),
        (keyring.errors.KeyringLocked("Keyring is locked"), "locked"),
        (keyring.errors.KeyringLocked(), "locked"),
        (keyring.errors.KeyringError(f"cannot store {TOKEN}"), "failed (KeyringError)"),
        (RuntimeError(f"D-Bus said no to {OPAQUE}"), "failed (RuntimeError)"),
    ],
)
def test_keyring_failures_become_token_store_errors_without_the_token(
    install_keyring, error: Exception, words: str
) -> None:
    install_keyring(FailingKeyring(error))
    store = KeyringTokenStore()
    calls = [
        lambda: store.set("default", TOKEN),
        lambda: store.get("default"),
        lambda: store.delete("default"),
    ]
    for call in calls:
        with pytest.raises(TokenStoreError) as caught:
            call()
        message = str(caught.value)
        assert words in message
        assert TOKEN not in message
        assert OPAQUE not in message
        assert caught.value.__cause__ is None
        assert caught.value.__suppress_context__


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            keyring.errors.NoKeyringError("No recommended backend"),
            "não há chaveiro do sistema neste computador",
        ),
        (keyring.errors.KeyringLocked(), "o chaveiro do sistema está bloqueado"),
        (RuntimeError(f"D-Bus said no to {OPAQUE}"), "o chaveiro do sistema falhou (RuntimeError)"),
    ],
)
def test_keyring_failures_in_portuguese(
    install_keyring, pt_br: None, error: Exception, expected: str
) -> None:
    install_keyring(FailingKeyring(error))
    with pytest.raises(TokenStoreError) as caught:
        KeyringTokenStore().get("default")
    assert str(caught.value) == expected


def test_store_locations_in_portuguese(install_keyring, pt_br: None) -> None:
    install_keyring(MemoryKeyring())
    location = KeyringTokenStore().location
    assert location.startswith("chaveiro do sistema (")
    assert location.endswith("MemoryKeyring)")
    assert MemoryTokenStore().location == "memória, só nesta sessão (não salva)"


# --- environment ------------------------------------------------------------------------------


def test_token_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENV_VAR, f"  {TOKEN}\n")
    assert token_from_env() == TOKEN
    monkeypatch.setenv(TOKEN_ENV_VAR, "   ")
    assert token_from_env() is None
    monkeypatch.delenv(TOKEN_ENV_VAR)
    assert token_from_env() is None
