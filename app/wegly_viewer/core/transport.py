"""HTTP plumbing shared by the API client and the avatar downloads.

:class:`AbortableBackend` lets another thread stop a request that is blocked on a socket read,
which is what makes Cancel, closing the window and the overall deadline (:class:`Watchdog`)
take effect at once. :func:`build_transport` keeps that backend while honouring the
``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY``/``NO_PROXY`` variables (httpx ignores them once
a transport is given). :func:`trust_context` adds an optional company CA bundle;
:func:`shared_trust_context` builds it once per trust setting for every client to share.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import re
import socket
import ssl
import sys
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import certifi
import httpcore
import httpx
import truststore


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback IP addresses (the only hosts allowed over http)."""
    if host.lower() in {"localhost", "localhost."}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def is_public_address(address: str) -> bool:
    """True for a globally routable IP address (not loopback, private, link-local, ...)."""
    try:
        ip = ipaddress.ip_address(address.strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class TrustFileError(Exception):
    """An extra CA bundle could not be read; the message names the file."""


# Where truststore looks when OpenSSL's default paths hold no CA (its _openssl.py, 0.10);
# ui/self_test.py reports from the same list what a real connection would trust.
CA_FILE_CANDIDATES = (
    "/etc/ssl/cert.pem",
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
    "/etc/pki/tls/cert.pem",
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/ssl/ca-bundle.pem",
)


_HASHED_CERT_NAME = re.compile(r"^[0-9a-fA-F]{8}\.[0-9]$")


def os_trust_context() -> ssl.SSLContext:
    """TLS verified against the OS trust store, so CAs installed by IT (proxies) just work.

    On macOS and Windows that is truststore (the platform's verifier). Elsewhere the OS store
    is OpenSSL's default CA file and folder, which truststore re-reads at every handshake
    (about 30 ms holding the GIL, measured): the same files are loaded here once instead.
    """
    if sys.platform in ("darwin", "win32"):
        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # verifies the chain and the host name
    defaults = ssl.get_default_verify_paths()
    if defaults.cafile or (defaults.capath and _holds_hashed_certs(defaults.capath)):
        context.set_default_verify_paths()
    else:
        for cafile in CA_FILE_CANDIDATES:
            if os.path.isfile(cafile):
                context.load_verify_locations(cafile=cafile)
                break
    return context


def _holds_hashed_certs(capath: str) -> bool:
    try:
        names = os.listdir(capath)
    except OSError:
        return False
    return any(_HASHED_CERT_NAME.match(name) for name in names)


def extra_ca_files(profile_file: str | None, env: Mapping[str, str] | None = None) -> list[str]:
    """The extra CA bundles to trust: the profile's setting, then ``SSL_CERT_FILE``."""
    env = os.environ if env is None else env
    files = [profile_file or "", env.get("SSL_CERT_FILE", "")]
    return [f.strip() for f in files if f and f.strip()]


def trust_context(extra_files: Sequence[str] = ()) -> ssl.SSLContext:
    """The OS trust store, plus the CAs in ``extra_files`` (TLS-inspecting office networks).

    With extra files the context is the standard library's (OS defaults + certifi + the
    files): truststore's platform verifiers on macOS/Windows would ignore added CAs.

    Raises:
        TrustFileError: a file is missing or holds no certificate.
    """
    if not extra_files:
        return os_trust_context()
    context = ssl.create_default_context(cafile=certifi.where())
    context.load_default_certs()
    for path in extra_files:
        try:
            context.load_verify_locations(cafile=path)
        except (OSError, ssl.SSLError, ValueError):
            raise TrustFileError(path) from None
    return context


def no_trust_context() -> ssl.SSLContext:
    """A verifying TLS context that trusts no CA, for a client whose server speaks plain http
    (the contract server on this computer): loading a CA store costs ~25-80 ms that such a
    client never needs, and should it ever meet https (a redirect) the handshake fails,
    never succeeds unverified."""
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # CERT_REQUIRED, host names checked


_SHARED_CONTEXTS_MAX = 8  # trust settings kept: profiles rarely differ, files rarely change
_shared_contexts: dict[tuple[tuple[str, int, int], ...], ssl.SSLContext] = {}
_shared_lock = threading.Lock()


def shared_trust_context(extra_files: Sequence[str] = ()) -> ssl.SSLContext:
    """:func:`trust_context` for ``extra_files``, built once and then shared by every client.

    Loading a CA store takes tens of milliseconds holding the GIL; one verifying context per
    trust setting serves every lookup and avatar download, on any thread (an
    :class:`ssl.SSLContext` is not changed by using it; each request keeps its own sockets,
    so cancelling stays per request). A file that changed (time or size) is a new setting.

    Raises:
        TrustFileError: a file is missing or holds no certificate (never cached).
    """
    key = tuple(_file_version(path) for path in extra_files)
    with _shared_lock:
        cached = _shared_contexts.get(key)
    if cached is not None:
        return cached
    context = trust_context(extra_files)
    with _shared_lock:
        kept = _shared_contexts.setdefault(key, context)  # the first built wins a race
        while len(_shared_contexts) > _SHARED_CONTEXTS_MAX:
            del _shared_contexts[next(iter(_shared_contexts))]
    return kept


def _file_version(path: str) -> tuple[str, int, int]:
    try:
        stat = os.stat(path)
    except OSError:
        return (path, -1, -1)  # trust_context reports it
    return (path, stat.st_mtime_ns, stat.st_size)


class TrackedStream(httpcore.NetworkStream):
    """A socket stream the backend can abort from another thread."""

    def __init__(self, inner: httpcore.NetworkStream, backend: AbortableBackend) -> None:
        self._inner = inner
        self._backend = backend
        backend.register(self)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        self._backend.unregister(self)
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        self._backend.unregister(self)
        return TrackedStream(
            self._inner.start_tls(ssl_context, server_hostname, timeout), self._backend
        )

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)

    def abort(self) -> None:
        sock = self._inner.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class AbortableBackend(httpcore.SyncBackend):
    """httpcore's socket backend, plus :meth:`abort` to unblock reads from another thread.

    A blocking ``recv`` cannot be cancelled, but shutting its socket down makes it return at
    once. That is what lets "Cancel" and closing the window take effect immediately instead of
    after the read timeout.

    Args:
        public_only: connect only to globally routable addresses, checked after DNS
            resolution (avatars: a chat payload must not make us probe local services).
    """

    def __init__(self, *, public_only: bool = False) -> None:
        self._streams: set[TrackedStream] = set()
        self._lock = threading.Lock()
        self._public_only = public_only

    def register(self, stream: TrackedStream) -> None:
        with self._lock:
            self._streams.add(stream)

    def unregister(self, stream: TrackedStream) -> None:
        with self._lock:
            self._streams.discard(stream)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        if self._public_only:
            host = self._public_address(host, port)
        stream = super().connect_tcp(host, port, timeout, local_address, socket_options)
        return TrackedStream(stream, self)

    @staticmethod
    def _public_address(host: str, port: int) -> str:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from None
        addresses = [str(info[4][0]) for info in infos]
        if not addresses or not all(is_public_address(a) for a in addresses):
            raise httpcore.ConnectError(f"{host} is a local or private address: refused")
        return addresses[0]

    def abort(self) -> None:
        with self._lock:
            streams = list(self._streams)
        for stream in streams:
            stream.abort()


def abortable_transport(
    tls: ssl.SSLContext, backend: AbortableBackend, proxy: str | None = None
) -> httpx.HTTPTransport:
    """An httpx transport whose sockets ``backend`` can abort (directly or via ``proxy``)."""
    transport = httpx.HTTPTransport(verify=tls, proxy=proxy)
    # httpx has no public hook for the socket backend; both of its pool types (direct and via
    # an HTTP proxy) read this attribute when opening connections.
    pool = transport._pool
    if isinstance(pool, httpcore.ConnectionPool):
        pool._network_backend = backend
    return transport


class ProxyConfigError(Exception):
    """A proxy variable holds something that is not a usable proxy address."""


@dataclass(frozen=True)
class ProxySettings:
    """The proxies the environment asks for (``None``: connect directly)."""

    https: str | None = None
    http: str | None = None
    no_proxy: str = ""

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> ProxySettings:
        env = os.environ if env is None else env

        def read(name: str) -> str | None:
            # Lower case first, as curl and urllib do; ALL_PROXY for both schemes.
            for key in (name.lower(), name.upper(), "all_proxy", "ALL_PROXY"):
                value = env.get(key, "").strip()
                if value:
                    return value if "://" in value else f"http://{value}"
            return None

        no_proxy = (env.get("no_proxy") or env.get("NO_PROXY") or "").strip()
        return cls(read("https_proxy"), read("http_proxy"), no_proxy)

    def proxy_for(self, url: httpx.URL) -> str | None:
        """The proxy for ``url``, or ``None``; loopback hosts and ``NO_PROXY`` go direct."""
        if is_loopback(url.host) or self._bypassed(url):
            return None
        return self.https if url.scheme == "https" else self.http

    def _bypassed(self, url: httpx.URL) -> bool:
        """``NO_PROXY`` as curl reads it: ``*``, or names matching the host or a parent."""
        if self.no_proxy == "*":
            return True
        host = url.host.lower().rstrip(".")
        with_port = f"{host}:{url.port}" if url.port else host
        for entry in self.no_proxy.split(","):
            name = entry.strip().lstrip(".").lower().removeprefix("*.")
            if name and any(h == name or h.endswith("." + name) for h in (host, with_port)):
                return True
        return False


class RoutingTransport(httpx.BaseTransport):
    """Sends each request directly or through the proxy its URL calls for.

    Every route's sockets belong to one :class:`AbortableBackend`, so cancelling and the
    deadline work through proxies too. The backend's ``public_only`` rule applies to direct
    connections only (a proxy on the office network is the user's choice).
    """

    def __init__(
        self, tls: ssl.SSLContext, backend: AbortableBackend, proxies: ProxySettings
    ) -> None:
        self._tls = tls
        self._backend = backend
        self._proxies = proxies
        self._direct = abortable_transport(tls, backend)
        self._via: dict[str, httpx.HTTPTransport] = {}
        self._proxy_backend = AbortableBackend()
        for proxy in {p for p in (proxies.https, proxies.http) if p}:
            try:
                self._via[proxy] = abortable_transport(tls, self._proxy_backend, proxy)
            except (ValueError, TypeError, ImportError, httpx.InvalidURL) as exc:
                raise ProxyConfigError(f"{type(exc).__name__}: {proxy_host(proxy)}") from None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        proxy = self._proxies.proxy_for(request.url)
        transport = self._direct if proxy is None else self._via[proxy]
        return transport.handle_request(request)

    def abort(self) -> None:
        self._backend.abort()
        self._proxy_backend.abort()

    def close(self) -> None:
        self._direct.close()
        for transport in self._via.values():
            transport.close()


def proxy_host(proxy: str) -> str:
    """The host of a proxy address, for messages (never its user name or password)."""
    try:
        return httpx.URL(proxy).host or "?"
    except (httpx.InvalidURL, ValueError, TypeError):
        return "?"


class Watchdog:
    """Aborts every socket of a request when its overall deadline passes.

    httpx's timeouts are per read: a server dripping two bytes a second, or sending
    ``102 Processing`` forever, never trips them. This thread shuts the sockets down at the
    deadline (and again every 0.1 s, for a connection opened meanwhile) until :meth:`stop`.
    """

    def __init__(self, deadline: float, abort: Any) -> None:
        self._deadline = deadline
        self._abort = abort
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wegly-deadline", daemon=True)

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self._deadline

    def remaining(self) -> float:
        return max(0.0, self._deadline - time.monotonic())

    def _run(self) -> None:
        delay = self.remaining()
        while not self._stopped.wait(delay):
            self._abort()
            delay = 0.1

    def __enter__(self) -> Watchdog:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def stop(self) -> None:
        """End the watch; the thread is gone when this returns (no thread outlives a request)."""
        self._stopped.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(1.0)
