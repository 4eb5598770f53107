"""A loopback HTTP server that misbehaves on purpose, one behaviour per first path segment.

Raw sockets, not http.server: the point is to send what no well-behaved server library
would (endless ``102 Processing``, headers at two bytes a second, resets mid-body, stacked
compression bombs). ``http://127.0.0.1:PORT/<behaviour>`` is used as the API's base URL, so
``wegly-lookup --base-url URL/drip-headers CHAT`` meets the dripping server. Every request is
recorded (path and headers) so tests can prove what was, and was not, sent.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import json
import socket
import struct
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass

CHAT_ID = "3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f"
_MAX_HEAD = 64 * 1024


def accept_until_stopped(
    listener: socket.socket, stop: threading.Event, handle: Callable[[socket.socket], None]
) -> None:
    """Accepts connections on ``listener`` (which has a short timeout) until ``stop`` is set or
    the socket is closed, each handled on a thread of its own."""
    while not stop.is_set():
        try:
            conn, _ = listener.accept()
        except TimeoutError:
            continue
        except OSError:
            return
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


@dataclass
class Seen:
    """One request as the server read it."""

    path: str
    headers: dict[str, str]


def _gzip_stream(size: int, level: int = 9) -> bytes:
    """gzip of ``size`` zero bytes, built in 1 MiB steps (never ``size`` bytes in memory)."""
    packer = zlib.compressobj(level, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1 << 20)
    parts = [packer.compress(zeros) for _ in range(size >> 20)]
    parts.append(packer.flush())
    return b"".join(parts)


@functools.cache
def gzip_bomb() -> bytes:
    """About 200 KB that unpack to 200 MB."""
    return _gzip_stream(200 << 20)


@functools.cache
def stacked_gzip_bomb() -> bytes:
    """``Content-Encoding: gzip, gzip``: about 1 KB on the wire, 512 MB unpacked."""
    return gzip.compress(_gzip_stream(512 << 20), 9)


@functools.cache
def big_unpacked() -> bytes:
    """40 MB of plain-looking JSON text, gzip'd: over the 25 MB cap, yet not a bomb."""
    filler = bytes(range(256)).hex() * (40_000_000 // 512)
    return gzip.compress(json.dumps(chat(notes=filler)).encode(), 1)


def chat(**extra: object) -> dict[str, object]:
    """A minimal chat the client accepts (its id is :data:`CHAT_ID`)."""
    return {"id": CHAT_ID, "contact_name": "Maria", "status": "OPEN", **extra}


class HostileServer:
    """Serves each connection in its own thread; ``behaviours`` maps a name to a handler."""

    def __init__(self) -> None:
        self.requests: list[Seen] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self._sock.settimeout(0.1)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.redirect_to = ""  # where the cross-host redirect points (set by a test)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._sock.close()

    def __enter__(self) -> HostileServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def seen(self) -> list[Seen]:
        with self._lock:
            return list(self.requests)

    def clear(self) -> None:
        with self._lock:
            self.requests.clear()

    # --- plumbing ----------------------------------------------------------------------------

    def _serve(self) -> None:
        accept_until_stopped(self._sock, self._stop, self._handle)

    def _handle(self, conn: socket.socket) -> None:
        with contextlib.closing(conn):
            conn.settimeout(30)
            try:
                while not self._stop.is_set():
                    head = self._read_head(conn)
                    if head is None:
                        return
                    path, headers = head
                    with self._lock:
                        self.requests.append(Seen(path, headers))
                    behaviour = path.strip("/").split("/", 1)[0]
                    handler = getattr(self, "b_" + behaviour.replace("-", "_"), self.b_missing)
                    if handler(conn, path) is not True:  # True: keep the connection open
                        return
            except OSError:
                return

    def _read_head(self, conn: socket.socket) -> tuple[str, dict[str, str]] | None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(4096)
            if not chunk or len(data) > _MAX_HEAD:
                return None
            data += chunk
        lines = data.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
        path = lines[0].split(" ")[1]
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        return path, headers

    def _stopped_wait(self, seconds: float) -> bool:
        return self._stop.wait(seconds)

    @staticmethod
    def send(
        conn: socket.socket,
        status: int,
        body: bytes,
        headers: dict[str, str] | None = None,
        reason: str = "X",
    ) -> bool:
        lines = [f"HTTP/1.1 {status} {reason}", f"Content-Length: {len(body)}"]
        lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
        conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        conn.sendall(body)  # not concatenated: no copy of a big body in this process
        return True

    def send_json(self, conn: socket.socket, data: object, status: int = 200) -> bool:
        return self.send(
            conn, status, json.dumps(data).encode(), {"Content-Type": "application/json"}
        )

    # --- behaviours: b_<name>(conn, path) ------------------------------------------------------

    def b_missing(self, conn: socket.socket, path: str) -> bool:
        return self.send(conn, 404, b"no such behaviour")

    def b_ok(self, conn: socket.socket, path: str) -> bool:
        return self.send_json(conn, chat())

    def b_hang(self, conn: socket.socket, path: str) -> None:
        self._stopped_wait(60)  # reads the request, never answers

    def b_drip_headers(self, conn: socket.socket, path: str) -> None:
        """The status line and headers at 2 bytes a second, forever."""
        head = b"HTTP/1.1 200 OK\r\n" + b"X-Slow: " + b"a" * 10_000
        for i in range(0, len(head), 2):
            if self._stopped_wait(1.0):
                return
            conn.sendall(head[i : i + 2])

    def b_drip_body(self, conn: socket.socket, path: str) -> None:
        body = json.dumps(chat(notes="x" * 10_000)).encode()
        conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n\r\n".encode())
        for i in range(0, len(body), 2):
            if self._stopped_wait(0.5):
                return
            conn.sendall(body[i : i + 2])

    def b_flood_1xx(self, conn: socket.socket, path: str) -> None:
        """``102 Processing`` twenty times a second, forever (each one is a complete answer)."""
        while not self._stopped_wait(0.05):
            conn.sendall(b"HTTP/1.1 102 Processing\r\n\r\n")

    def b_reset_mid_body(self, conn: socket.socket, path: str) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + b'{"id": "' * 100)
        # SO_LINGER 0: close() sends a TCP reset instead of a clean end.
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    def b_gzip_bomb(self, conn: socket.socket, path: str) -> bool:
        return self.send(conn, 200, gzip_bomb(), {"Content-Encoding": "gzip"})

    def b_gzip_gzip_bomb(self, conn: socket.socket, path: str) -> bool:
        return self.send(conn, 200, stacked_gzip_bomb(), {"Content-Encoding": "gzip, gzip"})

    def b_bomb_401(self, conn: socket.socket, path: str) -> bool:
        return self.send(conn, 401, stacked_gzip_bomb(), {"Content-Encoding": "gzip, gzip"})

    def b_gzip_gzip_gzip(self, conn: socket.socket, path: str) -> bool:
        body = gzip.compress(gzip.compress(gzip.compress(json.dumps(chat()).encode())))
        return self.send(conn, 200, body, {"Content-Encoding": "gzip, gzip, gzip"})

    def b_big_unpacked(self, conn: socket.socket, path: str) -> bool:
        return self.send(conn, 200, big_unpacked(), {"Content-Encoding": "gzip"})

    def b_gzip_ok(self, conn: socket.socket, path: str) -> bool:
        body = gzip.compress(json.dumps(chat(contact_name="Zé Gzip")).encode())
        return self.send(conn, 200, body, {"Content-Encoding": "gzip"})

    def b_deflate_raw_ok(self, conn: socket.socket, path: str) -> bool:
        packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
        raw = json.dumps(chat(contact_name="Zé Deflate")).encode()
        return self.send(
            conn, 200, packer.compress(raw) + packer.flush(), {"Content-Encoding": "deflate"}
        )

    def b_bad_gzip(self, conn: socket.socket, path: str) -> bool:
        return self.send(conn, 200, json.dumps(chat()).encode(), {"Content-Encoding": "gzip"})

    def b_brotli(self, conn: socket.socket, path: str) -> bool:
        return self.send(conn, 200, b"\x1b\x03\x00\xf8", {"Content-Encoding": "br"})

    def b_invalid_utf8(self, conn: socket.socket, path: str) -> bool:
        body = json.dumps(chat(contact_name="Jo\x00ana")).encode().replace(b"\\u0000", b"\xff\xfe")
        return self.send(conn, 200, body, {"Content-Type": "application/json"})

    def b_deep_nesting(self, conn: socket.socket, path: str) -> bool:
        depth = 100_000
        body = b'{"id": "' + CHAT_ID.encode() + b'", "x": ' + b"[" * depth + b"]" * depth + b"}"
        return self.send(conn, 200, body)

    def b_nesting_100(self, conn: socket.socket, path: str) -> bool:
        body = b'{"id": "' + CHAT_ID.encode() + b'", "x": ' + b"[" * 100 + b"]" * 100 + b"}"
        return self.send(conn, 200, body)

    def b_non_finite(self, conn: socket.socket, path: str) -> bool:
        body = (
            b'{"id": "' + CHAT_ID.encode() + b'", "contact_name": "Ana", "score": NaN, '
            b'"big": 1e400, "low": -Infinity, "priority": Infinity}'
        )
        return self.send(conn, 200, body)

    def b_redirect_loop(self, conn: socket.socket, path: str) -> bool:
        return self.send(conn, 302, b"", {"Location": path})

    def b_redirect_other_host(self, conn: socket.socket, path: str) -> bool:
        return self.send(conn, 302, b"", {"Location": self.redirect_to + path})

    def b_redirect_https(self, conn: socket.socket, path: str) -> bool:
        return self.send(conn, 302, b"", {"Location": f"https://127.0.0.1:{self.port}{path}"})

    def b_redirect_bad_idn(self, conn: socket.socket, path: str) -> bool:
        return self.send(conn, 302, b"", {"Location": "https://xn--zz.example/x"})

    def b_storm_429(self, conn: socket.socket, path: str) -> bool:
        return self.send(conn, 429, b"", {"Retry-After": "1"})

    def b_storm_503(self, conn: socket.socket, path: str) -> bool:
        return self.send(conn, 503, b"busy", {"Retry-After": "1"})

    def b_retry_after_huge(self, conn: socket.socket, path: str) -> bool:
        return self.send(conn, 429, b"", {"Retry-After": "1e400"})

    def b_retry_after_nan(self, conn: socket.socket, path: str) -> bool:
        return self.send(conn, 503, b"", {"Retry-After": "nan"})

    def b_echo_origin(self, conn: socket.socket, path: str) -> bool:
        return self.send_json(conn, chat())
