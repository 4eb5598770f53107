"""One error type for everything that can go wrong in a lookup, and all its user messages.

Every failure of the client (HTTP status, timeout, malformed JSON, oversized body, bad input)
is translated here, once, into a :class:`WeglyError` with a ``kind`` the UI and CLI switch on,
a short message for people and a sanitised ``detail`` for "Copy details". User messages live in
:data:`MESSAGES` only, so a translation layer can wrap them in one place. What each kind means
for people and scripts (banner title, CLI exit code, which next steps to offer) is one row of
:data:`ERROR_KINDS`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from wegly_viewer.core.i18n import tr
from wegly_viewer.core.language import tr_noop

# Qt context in which the GUI translates every text of this module (messages, titles, prefixes).
TRANSLATION_CONTEXT = "errors"


class ErrorKind(StrEnum):
    """What went wrong, coarse enough for a UI to pick a banner and a CLI an exit code."""

    INVALID_INPUT = "invalid_input"
    AUTH = "auth"  # HTTP 401: the key is expired, revoked or wrong
    FORBIDDEN = "forbidden"  # HTTP 403: a valid key that may not read this (domain, permission)
    NOT_FOUND = "not_found"
    NETWORK = "network"  # Wegly was not reached: no network, DNS, TLS, timeout
    SERVER = "server"  # Wegly was reached and failed (HTTP 5xx)
    BAD_RESPONSE = "bad_response"
    RATE_LIMITED = "rate_limited"


@dataclass(frozen=True)
class KindInfo:
    """What one :class:`ErrorKind` means for people and scripts.

    Attributes:
        title: the banner title (English; translated by the GUI in :data:`TRANSLATION_CONTEXT`).
        exit_code: ``wegly-lookup``'s exit status (documented in the README; scripts rely on it).
        offers_retry: the banner shows "Retry" (the same request may well work later).
        offers_change_key: the banner shows "Change API key…".
        key_test_prefix: how the key dialog's "Test connection" starts its failure line.
    """

    title: str
    exit_code: int
    offers_retry: bool
    offers_change_key: bool
    key_test_prefix: str = tr_noop("errors", "Test failed.")


def kind_table(rows: Mapping[ErrorKind, KindInfo]) -> Mapping[ErrorKind, KindInfo]:
    """``rows`` as a read-only table, refused unless every :class:`ErrorKind` has a row."""
    missing = [kind.value for kind in ErrorKind if kind not in rows]
    if missing:
        raise ValueError(f"ErrorKind without a row in ERROR_KINDS: {', '.join(missing)}")
    return MappingProxyType(dict(rows))


# One row per kind; a kind without a row fails at import (and in tests/core/test_errors.py).
ERROR_KINDS: Mapping[ErrorKind, KindInfo] = kind_table(
    {
        ErrorKind.INVALID_INPUT: KindInfo(
            tr_noop("errors", "Cannot look this up"),
            exit_code=2,
            offers_retry=False,
            offers_change_key=False,
        ),
        ErrorKind.AUTH: KindInfo(
            tr_noop("errors", "API key rejected"),
            exit_code=3,
            offers_retry=False,
            offers_change_key=True,
            key_test_prefix=tr_noop("errors", "Key rejected."),
        ),
        ErrorKind.FORBIDDEN: KindInfo(
            tr_noop("errors", "Key not allowed"),
            exit_code=3,
            offers_retry=False,
            offers_change_key=True,
            key_test_prefix=tr_noop("errors", "Key not allowed."),
        ),
        ErrorKind.NOT_FOUND: KindInfo(
            tr_noop("errors", "Chat not found"),
            exit_code=4,
            offers_retry=False,
            offers_change_key=False,
        ),
        ErrorKind.NETWORK: KindInfo(
            tr_noop("errors", "No connection to Wegly"),
            exit_code=5,
            offers_retry=True,
            offers_change_key=False,
            key_test_prefix=tr_noop("errors", "No connection."),
        ),
        ErrorKind.SERVER: KindInfo(
            tr_noop("errors", "Wegly server error"),
            exit_code=5,
            offers_retry=True,
            offers_change_key=False,
            key_test_prefix=tr_noop("errors", "Server error."),
        ),
        ErrorKind.BAD_RESPONSE: KindInfo(
            tr_noop("errors", "Invalid answer from the server"),
            exit_code=6,
            offers_retry=True,
            offers_change_key=False,
        ),
        ErrorKind.RATE_LIMITED: KindInfo(
            tr_noop("errors", "Too many requests"),
            exit_code=7,
            offers_retry=True,
            offers_change_key=False,
        ),
    }
)


# The user-facing text of every error, keyed by a message id: English source strings, translated
# (template first, fields filled in second) by :func:`message` in the context "errors". A text
# with ``%n`` is a plural message; its count is the ``attempts`` parameter.
MESSAGES: dict[str, str] = {
    "empty_input": tr_noop("errors", "Paste a chat ID or a link that contains one."),
    "no_uuid": tr_noop(
        "errors", "No chat ID found. A chat ID looks like 3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f."
    ),
    "many_uuids": tr_noop(
        "errors", "The text contains several different chat IDs; paste only one."
    ),
    "looks_like_key": tr_noop(
        "errors",
        "That looks like an API key, not a chat ID. It was not sent anywhere; keep it private.",
    ),
    "insecure_url": tr_noop(
        "errors",
        "The server address must start with https:// (http:// only for this computer).",
    ),
    "bad_base_url": tr_noop(
        "errors", "The server address is not valid; it should look like https://api.wegly.com.br."
    ),
    "no_token": tr_noop(
        "errors",
        "No API key saved. Create one in Wegly (Configurações → Integrações → Gerenciar chaves) "
        "and save it in Wegly Chat Viewer, or set WEGLY_TOKEN.",
    ),
    # {problem}: what is wrong with the system keyring, already in words (core/secrets.py).
    "keyring_unusable": tr_noop("errors", "{problem}; set WEGLY_TOKEN instead."),
    "bad_token": tr_noop(
        "errors",
        "The saved API key contains characters that cannot be sent (line breaks or accents); "
        "paste the key again.",
    ),
    "auth": tr_noop(
        "errors",
        "Wegly refused the API key (error {status}): it has expired, was revoked or was copied "
        "wrong. Create a new key in Wegly (Configurações → Integrações → Gerenciar chaves) and "
        "save it again.",
    ),
    "forbidden": tr_noop(
        "errors",
        "Wegly knows the API key but does not allow it here (error {status}): the key is "
        "restricted to an allowed domain, or has no permission to read chats. If the key has an "
        'allowed domain, enter that domain under "Change API key…" → "Allowed domain" '
        "(wegly-lookup: --origin); otherwise ask for a key that may read chats.",
    ),
    "not_found": tr_noop(
        "errors", "Chat not found. Check the ID, or whether the key belongs to the chat's company."
    ),
    "timeout": tr_noop(
        "errors",
        "No connection: Wegly did not answer in time (%n attempt(s)). "
        "Check the internet connection and try again.",
    ),
    "connect": tr_noop(
        "errors",
        "No connection to {host}. Check the internet connection or the proxy and try again.",
    ),
    "tls": tr_noop(
        "errors",
        "The server's security certificate could not be checked, so nothing was sent. "
        "A company network may need its certificate installed on this computer.",
    ),
    "tls_expired": tr_noop(
        "errors",
        "The security certificate of {host} has expired or is not valid yet, so nothing was "
        "sent. Check that this computer's date and time are right; if they are, the problem is "
        "on the server's side.",
    ),
    "tls_wrong_host": tr_noop(
        "errors",
        "The security certificate that answered is not the one of {host}, so nothing was sent. "
        "Check the server address; a company network or a Wi-Fi login page may be answering "
        "in its place.",
    ),
    "tls_untrusted": tr_noop(
        "errors",
        "The security certificate of {host} comes from an authority this computer does not "
        "trust, so nothing was sent. If the company network inspects connections, ask IT for "
        "its certificate file and set the SSL_CERT_FILE variable to that file.",
    ),
    "bad_ca_file": tr_noop(
        "errors",
        "The extra certificate file {path} could not be read (it is missing or is not a "
        "certificate file). Check the SSL_CERT_FILE variable or the profile's certificate file.",
    ),
    "bad_proxy": tr_noop(
        "errors",
        "The proxy address in HTTPS_PROXY, HTTP_PROXY or ALL_PROXY is not valid; correct or "
        "remove the variable.",
    ),
    "bad_origin": tr_noop(
        "errors",
        "The allowed domain is not valid; it should look like https://crm.example.com.br.",
    ),
    "bad_timeout": tr_noop(
        "errors", "The waiting time must be a number of seconds above 0 and at most 600."
    ),
    "server_error": tr_noop(
        "errors",
        "Wegly was reached but failed to answer (error {status}, %n attempt(s)). "
        "The problem is on Wegly's side; try again in a few minutes.",
    ),
    "http_error": tr_noop("errors", "The server gave an unexpected answer (error {status})."),
    "rate_limited": tr_noop(
        "errors", "Too many requests in a row; Wegly asks to wait {wait} before trying again."
    ),
    "rate_limited_unknown": tr_noop(
        "errors", "Too many requests in a row; wait a moment before trying again."
    ),
    "too_large": tr_noop("errors", "The answer is larger than {limit_mb} MB and was refused."),
    "too_large_packed": tr_noop(
        "errors",
        "The answer is too large and was refused: unpacked, it would be hundreds of times "
        "larger than what was sent.",
    ),
    "bad_encoding": tr_noop("errors", "The server's answer is damaged: it could not be unpacked."),
    "unsupported_encoding": tr_noop(
        "errors", "The server's answer is packed in a format this app does not read."
    ),
    "too_deep": tr_noop(
        "errors",
        "The server's answer has more than {depth} levels inside one another and was not read "
        "(it is broken).",
    ),
    "not_json": tr_noop(
        "errors", "The server's answer could not be read (it is broken or incomplete)."
    ),
    "not_object": tr_noop("errors", "The server's answer is not what was asked for."),
    "id_missing": tr_noop("errors", "The server's answer has no chat ID."),
    "id_mismatch": tr_noop(
        "errors", "The server answered with a different chat than the one asked for."
    ),
    "redirect_other_host": tr_noop(
        "errors",
        "The server sent the request on to another address ({host}); it was not followed, so "
        "the key stays private.",
    ),
    "redirect_invalid": tr_noop(
        "errors",
        "The server sent the request on to an address that is not valid; it was not followed.",
    ),
    "too_many_redirects": tr_noop(
        "errors", "The server sent the request on to other addresses too many times."
    ),
}

# The parameter that is the count of a plural message (``%n``).
_COUNT_PARAM = "attempts"


def message(message_id: str, **params: object) -> str:
    """The user message for ``message_id``, translated (template first) and filled in."""
    template = MESSAGES[message_id]
    count = params.get(_COUNT_PARAM)
    if "%n" in template and isinstance(count, int):
        translated = tr(TRANSLATION_CONTEXT, template, None, count)
        english = template.replace("%n", str(count))
    else:
        translated = tr(TRANSLATION_CONTEXT, template)
        english = template
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder: the English text rather than none.
        return english.format(**params)


@dataclass(eq=False)
class WeglyError(Exception):
    """A lookup failure that is safe to show: it never contains the API key.

    Attributes:
        kind: the coarse category (picks the banner / exit code).
        message_id: key into :data:`MESSAGES`, for translation.
        user_message: the message in the installed language, parameters filled in.
        detail: a sanitised multi-line text for "Copy details" (status, URL, body excerpt).
        status: the HTTP status code, if there was a response.
        retry_after: seconds the server asked to wait (rate limiting), if known.
        params: the values filled into the message (so a translation can reuse them).
    """

    kind: ErrorKind
    message_id: str
    detail: str = ""
    status: int | None = None
    retry_after: float | None = None
    params: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(self.user_message)

    @property
    def user_message(self) -> str:
        return message(self.message_id, **self.params)

    def __str__(self) -> str:
        return self.user_message


class LookupCancelled(Exception):  # noqa: N818 - it is an outcome, not an error
    """The caller cancelled the request (a newer lookup, Esc, or closing the window)."""
