"""HTTP plumbing shared by the API client and the avatar downloads.

:class:`AbortableBackend` lets another thread stop a request that is blocked on a socket read,
which is what makes Cancel and closing the window take effect at once.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx
import truststore


def os_trust_context() -> ssl.SSLContext:
    """TLS verified against the OS trust store, so CAs installed by IT (proxies) just work."""
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


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
    """

    def __init__(self) -> None:
        self._streams: set[TrackedStream] = set()
        self._lock = threading.Lock()

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
        stream = super().connect_tcp(host, port, timeout, local_address, socket_options)
        return TrackedStream(stream, self)

    def abort(self) -> None:
        with self._lock:
            streams = list(self._streams)
        for stream in streams:
            stream.abort()


def abortable_transport(tls: ssl.SSLContext, backend: AbortableBackend) -> httpx.HTTPTransport:
    transport = httpx.HTTPTransport(verify=tls, trust_env=True)
    # httpx has no public hook for the socket backend; both of its pool types (direct and via
    # an HTTP proxy) read this attribute when opening connections.
    pool = transport._pool
    if isinstance(pool, httpcore.ConnectionPool):
        pool._network_backend = backend
    return transport
