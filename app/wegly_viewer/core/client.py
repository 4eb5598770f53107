"""The Wegly HTTP client: bounded, retrying, size-capped, and careful with the API key.

Knows nothing of Qt: the GUI runs it on a worker thread, the CLI calls it directly. Every
failure becomes a :class:`~wegly_viewer.core.errors.WeglyError`; the key is sent only in the
``Authorization`` header of requests to the configured host and never appears in any message,
detail, repr or log line.

Bounds, whatever the server does (docs/architecture.md, "Limits"):

* **time**: one overall deadline per request, ``timeout × (1 + max_retries)`` seconds plus
  2 s per retry for the pauses (34 s by default), covering connecting, the headers, the body, every attempt and the waits
  between them; a watchdog shuts the sockets down when it passes (1xx floods, header drips);
* **memory**: the body is decoded in bounded steps and the DECODED size is held to
  ``max_body_bytes`` (:mod:`wegly_viewer.core.bounded_body`); JSON deeper than
  :data:`MAX_JSON_DEPTH` levels is refused.
"""

from __future__ import annotations

import json
import logging
import math
import random
import re
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any, Self

import httpx

from wegly_viewer.core.bounded_body import ACCEPT_ENCODING, BodyError, BodyProblem, read_body
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
from wegly_viewer.core.transport import (
    AbortableBackend,
    ProxyConfigError,
    ProxySettings,
    RoutingTransport,
    TrustFileError,
    Watchdog,
    extra_ca_files,
    is_loopback,
    no_trust_context,
    proxy_host,
    shared_trust_context,
)
from wegly_viewer.core.version import user_agent

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 25 * 1024 * 1024
MAX_RETRIES = 2
RETRY_AFTER_CAP = 30.0
MAX_REDIRECTS = 3
BACKOFF_BASE = 0.4
RETRY_PAUSE_S = 2.0  # the deadline's allowance per retry for the pause before it (backoff)
MAX_TIMEOUT_S = 600.0  # the longest per-attempt timeout accepted (the settings' bound too)
MAX_JSON_DEPTH = 64  # real chats nest about 6 levels; deeper is refused, not recursed into
_ERROR_BODY_BYTES = 16 * 1024  # enough for an excerpt of an error page
_RETRY_STATUSES = frozenset({502, 503, 504})


@dataclass(frozen=True)
class _Response:
    status: int
    headers: httpx.Headers
    body: bytes
    url: httpx.URL


# A host in ASCII (IDNA-encoded): a name or an IPv4/IPv6 address, nothing else.
_HOST_CHARS = re.compile(r"[A-Za-z0-9.-]+|[0-9A-Fa-f:.]+")

__all__ = ["ChatClient", "is_loopback", "parse_retry_after", "validate_base_url"]


def validate_base_url(base_url: str) -> httpx.URL:
    """Parse and check a server address: https, or plain http only for loopback hosts.

    Raises:
        WeglyError: ``invalid_input`` with ``bad_base_url`` or ``insecure_url``.
    """
    try:
        # Host names are IDNA-checked here (httpx raises idna's errors, ValueErrors).
        url = httpx.URL(base_url.strip())
        host = url.host
        ascii_host = url.raw_host.decode("ascii")
    except (httpx.InvalidURL, TypeError, ValueError):
        raise WeglyError(ErrorKind.INVALID_INPUT, "bad_base_url") from None
    if (
        url.scheme not in {"http", "https"}
        or not _HOST_CHARS.fullmatch(ascii_host)
        or url.userinfo
        or url.query
    ):
        raise WeglyError(ErrorKind.INVALID_INPUT, "bad_base_url")
    if url.scheme == "http" and not is_loopback(host):
        raise WeglyError(ErrorKind.INVALID_INPUT, "insecure_url")
    return url


def normalize_origin(origin: str | None) -> str | None:
    """The ``Origin`` header for an allowed domain: ``scheme://host[:port]``, host in ASCII.

    ``crm.example.com.br`` means ``https://crm.example.com.br``; an international name is
    sent in its ASCII form (``https://xn--...``). Empty means none.

    Raises:
        WeglyError: ``invalid_input``/``bad_origin`` for anything else (paths, credentials,
            other schemes, invalid names).
    """
    text = (origin or "").strip().rstrip("/")
    if not text:
        return None
    if "://" not in text:
        text = f"https://{text}"
    try:
        url = httpx.URL(text)
        host = url.raw_host.decode("ascii")
    except (httpx.InvalidURL, TypeError, ValueError):
        raise WeglyError(ErrorKind.INVALID_INPUT, "bad_origin") from None
    if (
        url.scheme not in {"http", "https"}
        or not host
        or url.userinfo
        or url.query
        or url.fragment
        or url.path not in ("", "/")
        or not _HOST_CHARS.fullmatch(host)
    ):
        raise WeglyError(ErrorKind.INVALID_INPUT, "bad_origin")
    if ":" in host:  # IPv6
        host = f"[{host}]"
    return f"{url.scheme}://{host}" + (f":{url.port}" if url.port else "")


def checked_timeout(timeout: float) -> float:
    """``timeout`` if it is a finite number of seconds in (0, :data:`MAX_TIMEOUT_S`].

    Raises:
        WeglyError: ``invalid_input``/``bad_timeout``.
    """
    try:
        value = float(timeout)
    except (TypeError, ValueError, OverflowError):
        raise WeglyError(ErrorKind.INVALID_INPUT, "bad_timeout") from None
    if not math.isfinite(value) or not 0 < value <= MAX_TIMEOUT_S:
        raise WeglyError(ErrorKind.INVALID_INPUT, "bad_timeout")
    return value


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()[:100]
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            seconds = (when - now).total_seconds()
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if math.isnan(seconds):
        return None
    # "1e400" is infinite: a wait longer than a day is as good as "much later".
    return min(max(0.0, seconds), _RETRY_AFTER_MAX)


_RETRY_AFTER_MAX = 86_400.0


def _tls_problem(exc: BaseException) -> str:
    """Which certificate problem broke the handshake: a message id of :data:`MESSAGES`."""
    seen: BaseException | None = exc
    texts: list[str] = []
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            code = seen.verify_code
            if code in (9, 10):  # not yet valid, expired
                return "tls_expired"
            if code == 62:  # hostname mismatch
                return "tls_wrong_host"
            if code in (2, 18, 19, 20, 21):  # unknown issuer, self-signed
                return "tls_untrusted"
        texts.append(str(seen).lower())
        seen = seen.__cause__ or seen.__context__
    text = " ".join(texts)
    if "expired" in text or "not yet valid" in text:
        return "tls_expired"
    if "hostname" in text or "doesn't match" in text or "not valid for" in text:
        return "tls_wrong_host"
    if "self signed" in text or "self-signed" in text or "issuer" in text or "untrusted" in text:
        return "tls_untrusted"
    return "tls"


def _non_finite_as_text(text: str) -> str:
    return text  # NaN, Infinity, -Infinity: kept as the strings the server wrote


def _finite_float(text: str) -> float | str:
    value = float(text)
    return value if math.isfinite(value) else text  # 1e400: its text, not inf


def _deeper_than(data: object, limit: int) -> bool:
    """True if ``data`` nests lists/objects more than ``limit`` levels (iteratively)."""
    stack: list[tuple[object, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def decode_json(body: bytes) -> Any:
    """Parse a JSON body the way the client does (see :meth:`ChatClient.get_chat`).

    Invalid UTF-8 becomes U+FFFD; ``NaN``/``Infinity`` and numbers too large for a float
    become strings holding the server's text, so every value can be written back as valid
    JSON (``--json``).

    Raises:
        ValueError: not JSON. RecursionError: too deep for the parser.
    """
    text = body.decode("utf-8-sig", errors="replace")
    return json.loads(text, parse_constant=_non_finite_as_text, parse_float=_finite_float)


def _is_tls_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc)


class _DeadlinePassedError(Exception):
    """Internal: the overall deadline passed (the watchdog aborted, or no time is left)."""


class ChatClient:
    """Reads chats from the Wegly external API.

    Args:
        base_url: server address, ``https://api.wegly.com.br`` by default; plain ``http://``
            only for loopback (the local contract server).
        token: the integration key (a JWT), sent as ``Authorization: Bearer``.
        origin: value for ``Origin``/``Referer``, for keys restricted to a domain.
        timeout: seconds allowed for connecting and for each read (finite, at most 600).
        max_retries: extra attempts for timeouts, connection errors, 429 and 502/503/504.
        deadline: seconds one request may take in all (connect, headers, body, every attempt,
            every wait); ``timeout × (1 + max_retries) + 2 s × max_retries`` by default
            (34 s for the defaults). When it passes the
            request fails as a timeout; a ``Retry-After`` longer than the time left fails at
            once.
        max_body_bytes: responses whose DECODED size is above this are refused, with at most
            this much ever held in memory.
        retry_after_cap: longest ``Retry-After`` honoured by waiting; longer ones fail fast.
        ca_bundle: an extra CA file to trust (the profile's), besides ``SSL_CERT_FILE`` and
            the OS trust store.
        transport: an httpx transport, for tests (no proxy routing then).
        clock: the injected clock (``Retry-After`` may be an HTTP date).
        on_attempt: called on the requesting thread before every attempt with the attempt
            number and the most attempts there can be (``2, 3``: "attempt 2 of 3"); it must
            return at once (the GUI relays it as a queued signal).

    Proxies come from ``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY``/``NO_PROXY`` (loopback
    hosts always go direct).

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
        deadline: float | None = None,
        max_body_bytes: int = MAX_BODY_BYTES,
        retry_after_cap: float = RETRY_AFTER_CAP,
        ca_bundle: str | None = None,
        transport: httpx.BaseTransport | None = None,
        clock: Clock,
        on_attempt: Callable[[int, int], None] | None = None,
    ) -> None:
        self._base = validate_base_url(base_url)
        self._on_attempt = on_attempt
        self._token = (token or "").strip()
        self._origin = normalize_origin(origin)
        self._timeout = checked_timeout(timeout)
        self._max_retries = max(0, max_retries)
        self._deadline = (
            checked_timeout(deadline)
            if deadline is not None
            else self._timeout * (1 + self._max_retries) + RETRY_PAUSE_S * self._max_retries
        )
        self._max_body = max_body_bytes
        self._retry_after_cap = retry_after_cap
        self._cancelled = threading.Event()
        self._clock = clock
        if self._base.scheme == "https":
            try:
                # The OS trust store (CAs installed by IT just work), plus any extra bundle:
                # one context per trust setting, loaded once and shared by every client.
                tls = shared_trust_context(extra_ca_files(ca_bundle))
            except TrustFileError as exc:
                raise WeglyError(
                    ErrorKind.INVALID_INPUT, "bad_ca_file", params={"path": str(exc)}
                ) from None
        else:  # plain http to this computer (validate_base_url): no CA store to load
            tls = no_trust_context()
        self._tls = tls
        self._backend = AbortableBackend()
        self._routes: RoutingTransport | None = None
        if transport is None:
            try:
                self._routes = RoutingTransport(tls, self._backend, ProxySettings.from_env())
            except ProxyConfigError as exc:
                raise WeglyError(ErrorKind.INVALID_INPUT, "bad_proxy", detail=str(exc)) from None
        self._http = httpx.Client(
            timeout=httpx.Timeout(self._timeout),
            verify=tls,
            follow_redirects=False,  # redirects are checked by hand: the key must stay on host
            transport=transport or self._routes,
            headers={
                "User-Agent": user_agent(),
                "Accept": "application/json",
                "Accept-Encoding": ACCEPT_ENCODING,
            },
            trust_env=False,  # proxies are routed by RoutingTransport, netrc never used
        )

    def __repr__(self) -> str:  # never the token
        return f"ChatClient(base_url={str(self._base)!r}, origin={self._origin!r})"

    @property
    def base_url(self) -> str:
        return str(self._base).rstrip("/")

    @property
    def tls_context(self) -> ssl.SSLContext:
        """The verifying TLS context, shared by every client of the same trust setting."""
        return self._tls

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
        self._abort_sockets()

    def _abort_sockets(self) -> None:
        if self._routes is not None:
            self._routes.abort()
        else:
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

    def get_timeline(
        self, chat_id: str, *, limit: int | None = None, offset: int | None = None
    ) -> Parsed[TimelinePage]:
        """Fetch one page of the chat's timeline.

        Paging is undocumented: ``limit`` and ``offset`` (records from the newest one) are the
        parameters we chose (``core.timeline``); a server may ignore them, which
        ``core.timeline.build_timeline_facts`` detects.
        """
        # Imported here: a chat lookup (wegly-lookup) does not need the timeline's parsing.
        from wegly_viewer.core.timeline import (
            PAGE_LIMIT_PARAM,
            PAGE_OFFSET_PARAM,
            parse_timeline_page,
        )

        chat_id = extract_chat_id(chat_id)
        params: dict[str, int] = {}
        if limit is not None:
            params[PAGE_LIMIT_PARAM] = max(1, int(limit))
        if offset is not None:
            params[PAGE_OFFSET_PARAM] = max(0, int(offset))
        return parse_timeline_page(self._get_object(f"/chats/{chat_id}/timeline", params or None))

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

    def _get_object(self, path: str, params: dict[str, int] | None = None) -> dict[str, Any]:
        if not self._token:
            raise WeglyError(ErrorKind.INVALID_INPUT, "no_token")
        if not self._token.isascii() or not self._token.isprintable():
            raise WeglyError(ErrorKind.INVALID_INPUT, "bad_token")
        url = self._url(path)
        if params:
            url = url.copy_merge_params(params)
        response = self._get_with_retries(url)
        try:
            data = decode_json(response.body)
        except RecursionError:
            raise self._error(
                ErrorKind.BAD_RESPONSE, "too_deep", response, depth=MAX_JSON_DEPTH
            ) from None
        except ValueError:
            raise self._error(ErrorKind.BAD_RESPONSE, "not_json", response) from None
        if not isinstance(data, dict):
            raise self._error(ErrorKind.BAD_RESPONSE, "not_object", response)
        if _deeper_than(data, MAX_JSON_DEPTH):
            raise self._error(ErrorKind.BAD_RESPONSE, "too_deep", response, depth=MAX_JSON_DEPTH)
        return data

    @contextmanager
    def _watched(self) -> Iterator[Watchdog]:
        """The request's overall deadline: sockets are shut down when it passes."""
        with Watchdog(time.monotonic() + self._deadline, self._abort_sockets) as dog:
            yield dog

    def _get_with_retries(self, url: httpx.URL) -> _Response:
        with self._watched() as dog:
            return self._attempts(url, dog)

    def _timed_out(self, url: httpx.URL, attempt: int, exc: Exception | None = None) -> WeglyError:
        note = exc if exc is not None else TimeoutError(f"deadline of {self._deadline:g} s")
        return self._network("timeout", url, note, attempts=attempt)

    def _attempts(self, url: httpx.URL, dog: Watchdog) -> _Response:
        attempt = 0
        while True:
            attempt += 1
            can_retry = attempt <= self._max_retries
            if self._on_attempt is not None:
                self._on_attempt(attempt, self._max_retries + 1)
            try:
                if dog.expired:
                    raise _DeadlinePassedError
                response = self._get_following_redirects(url, dog)
            except _DeadlinePassedError:
                if self._cancelled.is_set():
                    raise LookupCancelled from None
                raise self._timed_out(url, attempt) from None
            except (httpx.TransportError, httpx.DecodingError, httpx.StreamError) as exc:
                if self._cancelled.is_set():
                    raise LookupCancelled from None  # our own abort() broke the socket
                if dog.expired:
                    raise self._timed_out(url, attempt, exc) from None
                if isinstance(exc, httpx.TimeoutException):
                    if can_retry and self._wait(self._backoff(attempt), dog):
                        continue
                    raise self._network("timeout", url, exc, attempts=attempt) from None
                if _is_tls_failure(exc):
                    raise self._network(_tls_problem(exc), url, exc, host=url.host) from None
                if isinstance(exc, httpx.DecodingError):
                    raise self._body_error(
                        BodyError(BodyProblem.BAD_ENCODING, str(exc)), url
                    ) from None
                if can_retry and self._wait(self._backoff(attempt), dog):
                    continue
                if isinstance(exc, httpx.ProxyError):
                    proxy = ProxySettings.from_env().proxy_for(url) or ""
                    raise self._network("connect", url, exc, host=proxy_host(proxy)) from None
                raise self._network("connect", url, exc, host=url.host) from None
            except BodyError as exc:
                raise self._body_error(exc, url) from None

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
                if (
                    can_retry
                    and (retry_after is None or retry_after <= self._retry_after_cap)
                    and self._wait(
                        self._backoff(attempt) if retry_after is None else retry_after, dog
                    )
                ):
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
                if self._wait(min(wait, self._retry_after_cap), dog):
                    continue
            if status >= 500:
                raise self._error(
                    ErrorKind.SERVER, "server_error", response, status=status, attempts=attempt
                )
            raise self._error(ErrorKind.BAD_RESPONSE, "http_error", response, status=status)

    def _get_following_redirects(self, url: httpx.URL, dog: Watchdog) -> _Response:
        for _ in range(MAX_REDIRECTS + 1):
            response = self._get_once(url, dog)
            location = response.headers.get("Location")
            if response.status not in (301, 302, 303, 307, 308) or not location:
                return response
            try:
                target = url.join(location)
                target_host = target.host  # IDNA-decoded: raises for an invalid name
                target.raw_host.decode("ascii")
            except (httpx.InvalidURL, ValueError, TypeError):
                raise self._error(ErrorKind.BAD_RESPONSE, "redirect_invalid", response) from None
            # Same scheme, host and port only: the Authorization header must never travel to
            # another server, and an https -> http downgrade would expose it on the wire.
            if (target.scheme, target_host, target.port) != (url.scheme, url.host, url.port):
                raise self._error(
                    ErrorKind.BAD_RESPONSE,
                    "redirect_other_host",
                    response,
                    host=printable_host(target_host),
                )
            url = target
        raise self._error(ErrorKind.BAD_RESPONSE, "too_many_redirects", response)

    def _checker(self, dog: Watchdog) -> Callable[[], None]:
        def check() -> None:
            if self._cancelled.is_set():
                raise LookupCancelled
            if dog.expired:
                raise _DeadlinePassedError

        return check

    def _get_once(self, url: httpx.URL, dog: Watchdog) -> _Response:
        check = self._checker(dog)
        check()
        log.debug("GET %s", url)
        per_read = max(0.05, min(self._timeout, dog.remaining()))
        with ExitStack() as stack:
            try:
                response = stack.enter_context(
                    self._http.stream(
                        "GET", url, headers=self._headers(), timeout=httpx.Timeout(per_read)
                    )
                )
            except ValueError as exc:
                # httpx prepares the next request of a redirect even when not following it:
                # a Location with an invalid international name (idna) raises here.
                raise WeglyError(
                    ErrorKind.BAD_RESPONSE,
                    "redirect_invalid",
                    detail=self._detail(url, None, b"", f"{type(exc).__name__}: {exc}"),
                ) from None
            ok = 200 <= response.status_code < 300
            if ok:
                body = read_body(response, self._max_body, check=check)
            else:
                # An excerpt for the details; an unreadable error page is no reason to fail.
                try:
                    body = read_body(response, _ERROR_BODY_BYTES, truncate=True, check=check)
                except BodyError:
                    body = b""
            return _Response(response.status_code, response.headers, body, url)

    def _body_error(self, exc: BodyError, url: httpx.URL) -> WeglyError:
        if exc.problem is BodyProblem.TOO_LARGE:
            message_id = "too_large"
            params: dict[str, object] = {"limit_mb": self._max_body // (1024 * 1024)}
        else:
            message_id, params = exc.problem.value, {}
        return WeglyError(
            ErrorKind.BAD_RESPONSE,
            message_id,
            detail=self._detail(url, None, b"", exc.note),
            params=params,
        )

    def _backoff(self, attempt: int) -> float:
        # Jitter so that many viewers hitting the same hiccup do not retry in lockstep.
        factor: float = 2.0 ** (attempt - 1)
        return BACKOFF_BASE * factor * random.uniform(0.5, 1.5)  # noqa: S311 - not crypto

    def _wait(self, seconds: float, dog: Watchdog) -> bool:
        """Wait before retrying; False (no wait) when it would not end before the deadline."""
        seconds = max(0.0, seconds)
        if seconds >= dog.remaining():
            return False
        if self._cancelled.wait(seconds):
            raise LookupCancelled
        return True

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
        self, message_id: str, url: httpx.URL, exc: BaseException, **params: object
    ) -> WeglyError:
        note = f"{type(exc).__name__}: {redact_secrets(str(exc), self._token)}"
        return WeglyError(
            ErrorKind.NETWORK,
            message_id,
            detail=self._detail(url, None, b"", note),
            params=params,
        )


def printable_host(host: str) -> str:
    """A host name from a server for a message: printable characters only, 100 at most."""
    return "".join(c for c in host if c.isprintable())[:100] or "?"
