"""The Wegly HTTP client: bounded, retrying, size-capped, and careful with the API key.

Knows nothing of Qt: the GUI runs it on a worker thread, the CLI calls it directly. Every
failure becomes a :class:`~wegly_viewer.core.errors.WeglyError`; the key is sent only in the
``Authorization`` header of requests to the configured host and never appears in any message,
detail, repr or log line.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import random
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any, Self

import httpx
import truststore

from wegly_viewer.core.chat_id import extract_chat_id
from wegly_viewer.core.clock import Clock
from wegly_viewer.core.defaults import API_PREFIX, DEFAULT_BASE_URL
from wegly_viewer.core.errors import ErrorKind, LookupCancelled, WeglyError
from wegly_viewer.core.formatting import format_seconds
from wegly_viewer.core.models import (
    ChatDetail,
    ModelT,
    Parsed,
    TimelinePage,
    UnreadSummary,
    parse_lenient,
)
from wegly_viewer.core.redact import excerpt, redact_secrets
from wegly_viewer.core.transport import AbortableBackend, abortable_transport
from wegly_viewer.core.version import user_agent

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 25 * 1024 * 1024
MAX_RETRIES = 2
RETRY_AFTER_CAP = 30.0
MAX_REDIRECTS = 3
BACKOFF_BASE = 0.4
_ERROR_BODY_BYTES = 16 * 1024  # enough for an excerpt of an error page
_RETRY_STATUSES = frozenset({502, 503, 504})


@dataclass(frozen=True)
class _Response:
    status: int
    headers: httpx.Headers
    body: bytes
    url: httpx.URL


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback IP addresses (the only hosts allowed over http)."""
    if host.lower() in {"localhost", "localhost."}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def validate_base_url(base_url: str) -> httpx.URL:
    """Parse and check a server address: https, or plain http only for loopback hosts.

    Raises:
        WeglyError: ``invalid_input`` with ``bad_base_url`` or ``insecure_url``.
    """
    try:
        url = httpx.URL(base_url.strip())
    except (httpx.InvalidURL, TypeError):
        raise WeglyError(ErrorKind.INVALID_INPUT, "bad_base_url") from None
    if url.scheme not in {"http", "https"} or not url.host or url.userinfo or url.query:
        raise WeglyError(ErrorKind.INVALID_INPUT, "bad_base_url")
    if url.scheme == "http" and not is_loopback(url.host):
        raise WeglyError(ErrorKind.INVALID_INPUT, "insecure_url")
    return url


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def _is_tls_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc)


class ChatClient:
    """Reads chats from the Wegly external API.

    Args:
        base_url: server address, ``https://api.wegly.com.br`` by default; plain ``http://``
            only for loopback (the local contract server).
        token: the integration key (a JWT), sent as ``Authorization: Bearer``.
        origin: value for ``Origin``/``Referer``, for keys restricted to a domain.
        timeout: seconds allowed for connecting and for each read; one attempt is abandoned
            after about this long, so a lookup takes at most about ``timeout × attempts``.
        max_retries: extra attempts for timeouts, connection errors, 429 and 502/503/504.
        max_body_bytes: responses above this size are refused without being buffered.
        retry_after_cap: longest ``Retry-After`` honoured by waiting; longer ones fail fast.
        transport: an httpx transport, for tests.
        clock: the injected clock (``Retry-After`` may be an HTTP date).
        on_attempt: called on the requesting thread before every attempt with the attempt
            number and the most attempts there can be (``2, 3``: "attempt 2 of 3"); it must
            return at once (the GUI relays it as a queued signal).

    The client may be used from one worker thread at a time; :meth:`cancel` may be called from
    any thread and makes the running request raise :class:`LookupCancelled` at once.
    """

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        token: str | None = None,
        origin: str | None = None,
        timeout: float = 10.0,
        *,
        max_retries: int = MAX_RETRIES,
        max_body_bytes: int = MAX_BODY_BYTES,
        retry_after_cap: float = RETRY_AFTER_CAP,
        transport: httpx.BaseTransport | None = None,
        clock: Clock,
        on_attempt: Callable[[int, int], None] | None = None,
    ) -> None:
        self._base = validate_base_url(base_url)
        self._on_attempt = on_attempt
        self._token = (token or "").strip()
        self._origin = (origin or "").strip().rstrip("/") or None
        self._timeout = float(timeout)
        self._max_retries = max(0, max_retries)
        self._max_body = max_body_bytes
        self._retry_after_cap = retry_after_cap
        self._cancelled = threading.Event()
        self._clock = clock
        # The OS trust store, so corporate proxies' CAs installed on the machine just work.
        tls = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        self._backend = AbortableBackend()
        self._http = httpx.Client(
            timeout=httpx.Timeout(self._timeout),
            verify=tls,
            follow_redirects=False,  # redirects are checked by hand: the key must stay on host
            transport=transport or abortable_transport(tls, self._backend),
            headers={"User-Agent": user_agent(), "Accept": "application/json"},
            trust_env=True,
        )

    def __repr__(self) -> str:  # never the token
        return f"ChatClient(base_url={str(self._base)!r}, origin={self._origin!r})"

    @property
    def base_url(self) -> str:
        return str(self._base).rstrip("/")

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release connections. Idempotent."""
        self.cancel()
        self._http.close()

    def cancel(self) -> None:
        """Stop the request in flight now: its retry wait ends and its sockets are shut down.

        Safe to call from any thread; the request raises :class:`LookupCancelled`. Cancelling
        is final: later requests on this client raise it too (make a new client per lookup).
        """
        self._cancelled.set()
        self._backend.abort()

    # --- endpoints ---------------------------------------------------------------------------

    def get_chat(self, chat_id: str) -> Parsed[ChatDetail]:
        """Fetch and leniently parse one chat.

        Raises:
            WeglyError: for every failure, with a kind (see :class:`ErrorKind`).
            LookupCancelled: when :meth:`cancel` was called meanwhile.
        """
        chat_id = extract_chat_id(chat_id)
        path = f"/chats/{chat_id}"
        raw = self._get_object(path)
        returned = raw.get("id")
        if not isinstance(returned, str) or not returned:
            raise self._bad_response("id_missing", raw, self._url(path))
        if returned.strip().lower() != chat_id:
            raise self._bad_response("id_mismatch", raw, self._url(path))
        return parse_lenient(ChatDetail, raw)

    def get_timeline(self, chat_id: str) -> Parsed[TimelinePage]:
        """Fetch the chat's timeline (first page; paging is undocumented)."""
        chat_id = extract_chat_id(chat_id)
        return self._get_model(TimelinePage, f"/chats/{chat_id}/timeline")

    def get_unread(self) -> Parsed[UnreadSummary]:
        """Fetch the company-wide unread counters."""
        return self._get_model(UnreadSummary, "/chats/notifications/unread")

    # --- machinery ---------------------------------------------------------------------------

    def _get_model(self, model: type[ModelT], path: str) -> Parsed[ModelT]:
        return parse_lenient(model, self._get_object(path))

    def _url(self, path: str) -> httpx.URL:
        base_path = self._base.path.rstrip("/")
        return self._base.copy_with(path=f"{base_path}{API_PREFIX}{path}")

    def _headers(self) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {self._token}"}
        if self._origin:
            headers["Origin"] = self._origin
            headers["Referer"] = self._origin + "/"
        return headers

    def _get_object(self, path: str) -> dict[str, Any]:
        if not self._token:
            raise WeglyError(ErrorKind.INVALID_INPUT, "no_token")
        if not self._token.isascii() or not self._token.isprintable():
            raise WeglyError(ErrorKind.INVALID_INPUT, "bad_token")
        url = self._url(path)
        response = self._get_with_retries(url)
        try:
            data = json.loads(response.body)
        except (ValueError, UnicodeDecodeError):
            raise self._error(ErrorKind.BAD_RESPONSE, "not_json", response) from None
        if not isinstance(data, dict):
            raise self._error(ErrorKind.BAD_RESPONSE, "not_object", response)
        return data

    def _get_with_retries(self, url: httpx.URL) -> _Response:
        attempt = 0
        while True:
            attempt += 1
            can_retry = attempt <= self._max_retries
            if self._on_attempt is not None:
                self._on_attempt(attempt, self._max_retries + 1)
            try:
                response = self._get_following_redirects(url)
            except httpx.TransportError as exc:
                if self._cancelled.is_set():
                    raise LookupCancelled from None  # our own abort() broke the socket
                if isinstance(exc, httpx.TimeoutException):
                    if can_retry:
                        self._wait(self._backoff(attempt))
                        continue
                    raise self._network("timeout", url, exc, attempts=attempt) from None
                if _is_tls_failure(exc):
                    raise self._network("tls", url, exc) from None
                if can_retry:
                    self._wait(self._backoff(attempt))
                    continue
                raise self._network("connect", url, exc, host=url.host) from None

            status = response.status
            if 200 <= status < 300:
                return response
            if status == 401:
                raise self._error(ErrorKind.AUTH, "auth", response, status=status)
            if status == 403:
                raise self._error(ErrorKind.FORBIDDEN, "forbidden", response, status=status)
            if status == 404:
                raise self._error(ErrorKind.NOT_FOUND, "not_found", response)
            retry_after = parse_retry_after(response.headers.get("Retry-After"), self._clock.now())
            if status == 429:
                if can_retry and (retry_after is None or retry_after <= self._retry_after_cap):
                    self._wait(self._backoff(attempt) if retry_after is None else retry_after)
                    continue
                if retry_after is None:
                    raise self._error(ErrorKind.RATE_LIMITED, "rate_limited_unknown", response)
                raise self._error(
                    ErrorKind.RATE_LIMITED,
                    "rate_limited",
                    response,
                    retry_after=retry_after,
                    wait=format_seconds(retry_after),
                )
            if status in _RETRY_STATUSES and can_retry:
                wait = retry_after if retry_after is not None else self._backoff(attempt)
                self._wait(min(wait, self._retry_after_cap))
                continue
            if status >= 500:
                raise self._error(
                    ErrorKind.SERVER, "server_error", response, status=status, attempts=attempt
                )
            raise self._error(ErrorKind.BAD_RESPONSE, "http_error", response, status=status)

    def _get_following_redirects(self, url: httpx.URL) -> _Response:
        for _ in range(MAX_REDIRECTS + 1):
            response = self._get_once(url)
            location = response.headers.get("Location")
            if response.status not in (301, 302, 303, 307, 308) or not location:
                return response
            try:
                target = url.join(location)
            except httpx.InvalidURL:
                raise self._error(ErrorKind.BAD_RESPONSE, "http_error", response) from None
            # Same scheme, host and port only: the Authorization header must never travel to
            # another server, and an https -> http downgrade would expose it on the wire.
            if (target.scheme, target.host, target.port) != (url.scheme, url.host, url.port):
                raise self._error(
                    ErrorKind.BAD_RESPONSE, "redirect_other_host", response, host=target.host
                )
            url = target
        raise self._error(ErrorKind.BAD_RESPONSE, "too_many_redirects", response)

    def _get_once(self, url: httpx.URL) -> _Response:
        if self._cancelled.is_set():
            raise LookupCancelled
        log.debug("GET %s", url)
        with self._http.stream("GET", url, headers=self._headers()) as response:
            ok = 200 <= response.status_code < 300
            limit = self._max_body if ok else _ERROR_BODY_BYTES
            length = response.headers.get("Content-Length", "")
            if ok and length.isdigit() and int(length) > self._max_body:
                raise self._too_large(response)
            body = bytearray()
            # A server trickling bytes could keep every single read under the read timeout;
            # the deadline bounds the whole body.
            deadline = time.monotonic() + self._timeout * 3
            for chunk in response.iter_bytes():
                if self._cancelled.is_set():
                    raise LookupCancelled
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("body deadline exceeded")
                body += chunk
                if len(body) > limit:
                    if ok:
                        raise self._too_large(response)
                    del body[limit:]
                    break
            return _Response(response.status_code, response.headers, bytes(body), url)

    def _too_large(self, response: httpx.Response) -> WeglyError:
        return WeglyError(
            ErrorKind.BAD_RESPONSE,
            "too_large",
            detail=self._detail(response.request.url, response.status_code, b""),
            status=response.status_code,
            params={"limit_mb": self._max_body // (1024 * 1024)},
        )

    def _backoff(self, attempt: int) -> float:
        # Jitter so that many viewers hitting the same hiccup do not retry in lockstep.
        factor: float = 2.0 ** (attempt - 1)
        return BACKOFF_BASE * factor * random.uniform(0.5, 1.5)  # noqa: S311 - not crypto

    def _wait(self, seconds: float) -> None:
        if self._cancelled.wait(max(0.0, seconds)):
            raise LookupCancelled

    def _detail(self, url: httpx.URL, status: int | None, body: bytes, note: str = "") -> str:
        lines = [f"GET {url}"]
        if status is not None:
            lines.append(f"HTTP {status}")
        if note:
            lines.append(note)
        if body:
            lines.append(f"Body: {excerpt(body, self._token)}")
        lines.append(user_agent())
        return redact_secrets("\n".join(lines), self._token)

    def _error(
        self,
        kind: ErrorKind,
        message_id: str,
        response: _Response,
        *,
        retry_after: float | None = None,
        **params: object,
    ) -> WeglyError:
        return WeglyError(
            kind,
            message_id,
            detail=self._detail(response.url, response.status, response.body),
            status=response.status,
            retry_after=retry_after,
            params=params,
        )

    def _bad_response(self, message_id: str, raw: dict[str, Any], url: httpx.URL) -> WeglyError:
        """A 2xx answer that is JSON but not what was asked; the detail names the request URL."""
        body = json.dumps(raw, ensure_ascii=False)[:_ERROR_BODY_BYTES].encode()
        return WeglyError(ErrorKind.BAD_RESPONSE, message_id, detail=self._detail(url, 200, body))

    def _network(
        self, message_id: str, url: httpx.URL, exc: Exception, **params: object
    ) -> WeglyError:
        note = f"{type(exc).__name__}: {redact_secrets(str(exc), self._token)}"
        return WeglyError(
            ErrorKind.NETWORK,
            message_id,
            detail=self._detail(url, None, b"", note),
            params=params,
        )
