"""Download of agents' avatar images: public URLs on other hosts, fetched without credentials.

Avatars live on CDNs, not on the API host, so the API key must never travel with them: no
``Authorization`` header is ever sent and URLs carrying user info are refused (httpx would turn
it into Basic auth). Any host named in a chat payload can be asked for an avatar, so:

* **https only**, and only public addresses: a loopback, private or link-local host is refused,
  by name and again after DNS resolution (no blind requests to local services); plain http to
  loopback only with ``allow_loopback`` (demo and tests);
* a redirect may not change the scheme nor lead to such an address;
* the body is read by :mod:`wegly_viewer.core.bounded_body` (decoded size capped, bombs
  refused) and the whole fetch has one deadline (3 × ``timeout``) enforced by a watchdog.

Every failure becomes one :class:`AvatarError` whose message names the host only, since
avatar URLs may carry signed tokens in their query string. Knows nothing of Qt.
"""

from __future__ import annotations

import ipaddress
import threading
import time
from urllib.parse import urlsplit

import httpx

from wegly_viewer.core.bounded_body import ACCEPT_ENCODING, BodyError, read_body
from wegly_viewer.core.transport import (
    AbortableBackend,
    ProxyConfigError,
    ProxySettings,
    RoutingTransport,
    TrustFileError,
    Watchdog,
    extra_ca_files,
    is_loopback,
    is_public_address,
    shared_trust_context,
)
from wegly_viewer.core.version import user_agent

MAX_REDIRECTS = 3
DEADLINE_FACTOR = 3  # a whole fetch (every redirect, the body) gets 3 × timeout
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


class AvatarError(Exception):
    """An avatar could not be fetched; the message names the host, never the full URL."""


def url_host(url: str) -> str:
    """The host of ``url`` for log lines (never the path or query, which may hold tokens)."""
    try:
        return urlsplit(url.strip()).hostname or "?"
    except ValueError:
        return "?"


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return True


def _checked(url: httpx.URL, allow_loopback: bool) -> httpx.URL:
    try:
        host = url.host or "?"
        url.raw_host.decode("ascii")
    except (ValueError, TypeError):
        raise AvatarError("invalid avatar address") from None
    if url.scheme not in {"http", "https"} or not url.host:
        raise AvatarError(f"not a web address ({host})")
    if url.userinfo:
        raise AvatarError(f"address with credentials refused ({host})")
    loopback = is_loopback(host)
    if loopback and not allow_loopback:
        raise AvatarError(f"local address refused ({host})")
    if url.scheme == "http" and not (loopback and allow_loopback):
        raise AvatarError(f"plain http refused ({host})")
    if not loopback and _is_ip_literal(host) and not is_public_address(host):
        raise AvatarError(f"private address refused ({host})")
    if host.lower().rstrip(".").endswith((".localhost", ".local", ".internal")):
        raise AvatarError(f"local address refused ({host})")
    return url


class AvatarFetcher:
    """Downloads avatars over one shared, abortable connection pool.

    Safe to call :meth:`fetch` from several worker threads; :meth:`abort` (any thread) makes
    running downloads fail at once and refuses new ones, so shutdown never waits on a slow CDN.

    Args:
        timeout: seconds for connecting and for each read; one fetch (redirects and body
            included) gets three times this in all.
        max_bytes: larger images (decoded) are refused, never held in memory beyond this.
        allow_loopback: plain http to this computer is allowed (the demo and tests); without
            it only public https hosts are fetched.
    """

    def __init__(
        self, *, timeout: float = 5.0, max_bytes: int = 1_000_000, allow_loopback: bool = False
    ) -> None:
        self._timeout = timeout
        self._max_bytes = max_bytes
        self._allow_loopback = allow_loopback
        self._aborted = threading.Event()
        # Direct connections go to public addresses only, checked after DNS resolution.
        self._backend = AbortableBackend(public_only=not allow_loopback)
        # The lookups' context when no profile CA file is set (the OS store, SSL_CERT_FILE).
        try:
            tls = shared_trust_context(extra_ca_files(None))
        except TrustFileError:  # a lookup reports the bad file; avatars keep the OS store
            tls = shared_trust_context()
        self.tls_context = tls  # shared with the lookups of the same trust setting
        try:
            proxies = ProxySettings.from_env()
            self._routes: RoutingTransport | None = RoutingTransport(tls, self._backend, proxies)
        except ProxyConfigError:
            self._routes = RoutingTransport(tls, self._backend, ProxySettings())
        self._http = httpx.Client(
            timeout=httpx.Timeout(timeout),
            verify=tls,
            follow_redirects=False,  # checked by hand: scheme rules and a small limit
            headers={
                "User-Agent": user_agent(),
                "Accept": "image/*",
                "Accept-Encoding": ACCEPT_ENCODING,
            },
            trust_env=False,  # proxies are routed by RoutingTransport
            transport=self._routes,
        )

    def abort(self) -> None:
        """Fail running downloads now and refuse new ones; then release the connections."""
        self._aborted.set()
        if self._routes is not None:
            self._routes.abort()
        self._http.close()

    def fetch(self, url: str) -> bytes:
        """Download one avatar image and return its bytes (undecoded as an image).

        Raises:
            AvatarError: for every failure (bad address, HTTP status, timeout, TLS, size,
                encoding, redirects, aborted).
        """
        if self._aborted.is_set():
            raise AvatarError("avatar downloads stopped")
        try:
            target = _checked(httpx.URL(url.strip()), self._allow_loopback)
        except (httpx.InvalidURL, TypeError, ValueError):
            raise AvatarError("invalid avatar address") from None
        deadline = time.monotonic() + self._timeout * DEADLINE_FACTOR
        abort = self._routes.abort if self._routes is not None else (lambda: None)
        # The watchdog aborts the pool's sockets; the other fetches in flight then fail too,
        # which is acceptable for avatars (initials are shown, nothing is retried).
        with Watchdog(deadline, abort) as dog:
            try:
                for _ in range(MAX_REDIRECTS + 1):
                    body, location = self._get_once(target, dog)
                    if location is None:
                        return body
                    try:
                        following = _checked(target.join(location), self._allow_loopback)
                    except (httpx.InvalidURL, ValueError, TypeError):
                        raise AvatarError(f"bad redirect from {target.host}") from None
                    if following.scheme != target.scheme:
                        raise AvatarError(f"redirect to another scheme refused ({target.host})")
                    target = following
            except BodyError as exc:
                raise AvatarError(f"{exc.problem.value} from {target.host}") from None
            except (httpx.HTTPError, RuntimeError, OSError, ValueError) as exc:  # closed; idna
                if dog.expired and not self._aborted.is_set():
                    raise AvatarError(f"image download too slow ({target.host})") from None
                raise AvatarError(f"{type(exc).__name__} from {target.host}") from None
        raise AvatarError(f"too many redirects ({target.host})")

    def _get_once(self, url: httpx.URL, dog: Watchdog) -> tuple[bytes, str | None]:
        """One GET: the body of a 2xx answer, or the ``Location`` of a redirect."""

        def check() -> None:
            if self._aborted.is_set():
                raise AvatarError("avatar downloads stopped")
            if dog.expired:
                raise AvatarError(f"image download too slow ({url.host})")

        check()
        per_read = max(0.05, min(self._timeout, dog.remaining()))
        with self._http.stream("GET", url, timeout=httpx.Timeout(per_read)) as response:
            status = response.status_code
            location = response.headers.get("Location")
            if status in _REDIRECT_STATUSES and location:
                return b"", location
            if not 200 <= status < 300:
                raise AvatarError(f"HTTP {status} from {url.host}")
            try:
                body = read_body(response, self._max_bytes, check=check)
            except BodyError as exc:
                if exc.problem.value == "too_large":
                    raise AvatarError(
                        f"image larger than {self._max_bytes} bytes ({url.host})"
                    ) from None
                raise
            if not body:
                raise AvatarError(f"empty image ({url.host})")
            return body, None


def fetch_avatar(
    url: str, *, timeout: float = 5.0, max_bytes: int = 1_000_000, allow_loopback: bool = False
) -> bytes:
    """Download one avatar with a one-off :class:`AvatarFetcher` (see there)."""
    fetcher = AvatarFetcher(timeout=timeout, max_bytes=max_bytes, allow_loopback=allow_loopback)
    try:
        return fetcher.fetch(url)
    finally:
        fetcher.abort()
