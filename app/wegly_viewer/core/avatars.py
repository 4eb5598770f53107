"""Download of agents' avatar images: public URLs on other hosts, fetched without credentials.

Avatars live on CDNs, not on the API host, so the API key must never travel with them: no
``Authorization`` header is ever sent and URLs carrying user info are refused (httpx would turn
it into Basic auth). Every fetch is bounded (timeout, size cap, body deadline, few redirects)
and every failure becomes one :class:`AvatarError` whose message names the host only, since
avatar URLs may carry signed tokens in their query string. Knows nothing of Qt.
"""

from __future__ import annotations

import threading
import time
from urllib.parse import urlsplit

import httpx

from wegly_viewer.core.client import is_loopback
from wegly_viewer.core.transport import AbortableBackend, abortable_transport, os_trust_context
from wegly_viewer.core.version import user_agent

MAX_REDIRECTS = 3
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


class AvatarError(Exception):
    """An avatar could not be fetched; the message names the host, never the full URL."""


def url_host(url: str) -> str:
    """The host of ``url`` for log lines (never the path or query, which may hold tokens)."""
    try:
        return urlsplit(url.strip()).hostname or "?"
    except ValueError:
        return "?"


def _checked(url: httpx.URL) -> httpx.URL:
    host = url.host or "?"
    if url.scheme not in {"http", "https"} or not url.host:
        raise AvatarError(f"not a web address ({host})")
    if url.userinfo:
        raise AvatarError(f"address with credentials refused ({host})")
    if url.scheme == "http" and not is_loopback(url.host):
        raise AvatarError(f"plain http refused ({host})")
    return url


class AvatarFetcher:
    """Downloads avatars over one shared, abortable connection pool.

    Safe to call :meth:`fetch` from several worker threads; :meth:`abort` (any thread) makes
    running downloads fail at once and refuses new ones, so shutdown never waits on a slow CDN.

    Args:
        timeout: seconds for connecting and for each read; the whole body gets three times this.
        max_bytes: larger images are refused without being buffered.
    """

    def __init__(self, *, timeout: float = 5.0, max_bytes: int = 1_000_000) -> None:
        self._timeout = timeout
        self._max_bytes = max_bytes
        self._aborted = threading.Event()
        self._backend = AbortableBackend()
        tls = os_trust_context()
        self._http = httpx.Client(
            timeout=httpx.Timeout(timeout),
            verify=tls,
            follow_redirects=False,  # checked by hand: scheme rules and a small limit
            headers={"User-Agent": user_agent(), "Accept": "image/*"},
            trust_env=True,
            transport=abortable_transport(tls, self._backend),
        )

    def abort(self) -> None:
        """Fail running downloads now and refuse new ones; then release the connections."""
        self._aborted.set()
        self._backend.abort()
        self._http.close()

    def fetch(self, url: str) -> bytes:
        """Download one avatar image and return its bytes (undecoded).

        Raises:
            AvatarError: for every failure (bad address, HTTP status, timeout, TLS, size,
                redirects, aborted).
        """
        if self._aborted.is_set():
            raise AvatarError("avatar downloads stopped")
        try:
            target = _checked(httpx.URL(url.strip()))
        except (httpx.InvalidURL, TypeError, ValueError):
            raise AvatarError("invalid avatar address") from None
        try:
            for _ in range(MAX_REDIRECTS + 1):
                body, location = _get_once(self._http, target, self._timeout, self._max_bytes)
                if location is None:
                    return body
                try:
                    target = _checked(target.join(location))
                except httpx.InvalidURL:
                    raise AvatarError(f"bad redirect from {target.host}") from None
        except (httpx.HTTPError, RuntimeError) as exc:  # RuntimeError: client closed by abort
            raise AvatarError(f"{type(exc).__name__} from {target.host}") from None
        raise AvatarError(f"too many redirects ({target.host})")


def fetch_avatar(url: str, *, timeout: float = 5.0, max_bytes: int = 1_000_000) -> bytes:
    """Download one avatar with a one-off :class:`AvatarFetcher` (see there)."""
    fetcher = AvatarFetcher(timeout=timeout, max_bytes=max_bytes)
    try:
        return fetcher.fetch(url)
    finally:
        fetcher.abort()


def _get_once(
    http: httpx.Client, url: httpx.URL, timeout: float, max_bytes: int
) -> tuple[bytes, str | None]:
    """One GET: the body of a 2xx answer, or the ``Location`` of a redirect."""
    with http.stream("GET", url) as response:
        status = response.status_code
        location = response.headers.get("Location")
        if status in _REDIRECT_STATUSES and location:
            return b"", location
        if not 200 <= status < 300:
            raise AvatarError(f"HTTP {status} from {url.host}")
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > max_bytes:
            raise AvatarError(f"image larger than {max_bytes} bytes ({url.host})")
        body = bytearray()
        # A server trickling bytes could keep each read under the read timeout; bound the whole.
        deadline = time.monotonic() + timeout * 3
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > max_bytes:
                raise AvatarError(f"image larger than {max_bytes} bytes ({url.host})")
            if time.monotonic() > deadline:
                raise AvatarError(f"image download too slow ({url.host})")
        if not body:
            raise AvatarError(f"empty image ({url.host})")
        return bytes(body), None
