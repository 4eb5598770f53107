"""A local HTTP server that speaks the Wegly chat endpoints, for tests and demos.

It serves the sample chats of ``samples.py`` and a set of chat ids that misbehave on purpose
(``ERROR_CHAT_IDS``: auth failures, rate limits, slow and huge responses, broken JSON...), and lets
a test script exact replies per chat. Standard library only, so it runs anywhere the core runs.
"""

from __future__ import annotations

import contextlib
import copy
import json
import re
import socket
import socketserver
import sys
import threading
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Final
from urllib.parse import parse_qs, unquote, urlsplit

from wegly_viewer.core.clock import Clock
from wegly_viewer.devserver.conversations import (
    TIMELINE_CHAT_IDS,
    build_timeline_chats,
    conversation_records,
    long_padding,
    page,
    paging_ignored_page,
)
from wegly_viewer.devserver.samples import (
    DEMO_CHAT_IDS,
    ERROR_CHAT_IDS,
    ID_MISMATCH_SERVED_ID,
    JSONDict,
    build_samples,
    build_timeline,
)

JSON_CONTENT_TYPE: Final = "application/json; charset=utf-8"
CHATS_PREFIX: Final = "/integrations/external/chats/"
UNREAD_PATH: Final = CHATS_PREFIX + "notifications/unread"
HUGE_BODY_SIZE: Final = 60 * 1024 * 1024
"""Bytes served by the ``huge_*`` error chats: above any sane client size cap."""
STREAM_CHUNK_SIZE: Final = 64 * 1024
SLOW_DELAY_SECONDS: Final = 30.0
AVATARS_PREFIX: Final = "/avatars/"
"""``/avatars/<rrggbb>.png``: a solid 16×16 PNG of that colour, served without the key (like a CDN)."""
_AVATAR_PATH_RE: Final = re.compile(r"/avatars/([0-9a-f]{6})\.png")
ALLOWED_DOMAIN: Final = "crm.lojaexemplo.com.br"
"""The ``allowed_domain`` the ``forbidden_domain`` error chat claims its key is bound to."""

_UUID_RE: Final = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE
)
_SAMPLE_IDS: Final = frozenset(DEMO_CHAT_IDS.values())
_ERROR_NAMES_BY_ID: Final = {chat_id: name for name, chat_id in ERROR_CHAT_IDS.items()}
# A client that hangs up mid-body (size cap, cancel, shutdown) raises one of these on write.
_DISCONNECTS: Final = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)


def solid_png(rgb: tuple[int, int, int], side: int = 16) -> bytes:
    """A ``side``×``side`` PNG of one colour (8-bit RGB, no Qt needed)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return len(data).to_bytes(4, "big") + kind + data + crc.to_bytes(4, "big")

    header = side.to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])  # 8-bit RGB, no interlace
    rows = (b"\x00" + bytes(rgb) * side) * side  # filter byte 0 per row
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


_HTML_502: Final = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)


@dataclass(frozen=True)
class Reply:
    """One scripted response (see ``ContractServer.script``).

    Attributes:
        status: HTTP status code.
        body: ``dict``/``list`` are sent as UTF-8 JSON (non-ASCII kept as is), ``str`` as UTF-8,
            ``bytes`` verbatim.
        headers: Extra headers. ``Content-Type`` defaults to JSON; ``Content-Length`` is computed
            unless given here.
        delay: Seconds to wait before answering (cut short when the server stops).
    """

    status: int = 200
    body: bytes | dict[str, Any] | list[Any] | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0

    def body_bytes(self) -> bytes:
        """The body as it goes on the wire."""
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode("utf-8")
        return _json_bytes(self.body)


@dataclass(frozen=True)
class RecordedRequest:
    """A request as the server saw it.

    Attributes:
        method: ``GET``, ``POST``, ...
        path: The raw request target, including any query string.
        headers: Header names lower-cased; a repeated header keeps its last value.
    """

    method: str
    path: str
    headers: dict[str, str]


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _message(text: str) -> bytes:
    return _json_bytes({"message": text})


class _HTTPServer(ThreadingHTTPServer):
    """The socket server, pointing back at its ``ContractServer``."""

    daemon_threads = True
    # Don't join handler threads on close: an idle keep-alive client would block stop().
    block_on_close = False

    def __init__(self, address: tuple[str, int], contract: ContractServer) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.contract = contract
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        """Bind without ``HTTPServer``'s reverse-DNS lookup (``getfqdn`` can stall for seconds)."""
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = host.decode() if isinstance(host, bytes) else str(host)
        self.server_port = int(port)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet when a client hung up; anything else is a bug here and gets a traceback."""
        if isinstance(sys.exception(), (*_DISCONNECTS, TimeoutError)):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    """Routes one request to ``ContractServer``; HTTP/1.1 so chunked bodies are possible."""

    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; with Nagle on, delayed ACKs add ~40 ms to
    # every response on loopback.
    disable_nagle_algorithm = True
    server: _HTTPServer
    server_version = "WeglyContractServer/1"

    def setup(self) -> None:
        """Register the connection so ``stop()`` can cut it."""
        super().setup()
        self.server.contract._track(self.connection, add=True)

    def finish(self) -> None:
        """Forget the connection, ignoring a client that already hung up."""
        try:
            with contextlib.suppress(*_DISCONNECTS):
                super().finish()
        finally:
            self.server.contract._track(self.connection, add=False)

    def log_message(self, format: str, *args: Any) -> None:
        """Silence the per-request stderr log."""

    def do_GET(self) -> None:
        """Serve the chat routes."""
        self.server.contract._handle(self, head_only=False)

    def do_HEAD(self) -> None:
        """Only GET is allowed."""
        self.server.contract._handle(self, head_only=True)

    def do_POST(self) -> None:
        """Answered with 405 (the API subset served here is read-only)."""
        self.server.contract._handle(self, head_only=False)

    def do_PUT(self) -> None:
        """Answered with 405."""
        self.server.contract._handle(self, head_only=False)

    def do_PATCH(self) -> None:
        """Answered with 405."""
        self.server.contract._handle(self, head_only=False)

    def do_DELETE(self) -> None:
        """Answered with 405."""
        self.server.contract._handle(self, head_only=False)

    def do_OPTIONS(self) -> None:
        """Answered with 405."""
        self.server.contract._handle(self, head_only=False)

    # ---- response helpers used by ContractServer ----

    def send_body(
        self,
        status: int,
        body: bytes,
        headers: dict[str, str] | None = None,
        *,
        head_only: bool = False,
    ) -> None:
        """Send a complete response with ``Content-Length`` (unless given) and a default type."""
        given = {name.lower() for name in (headers or {})}
        try:
            self.send_response(status)
            if "content-type" not in given:
                self.send_header("Content-Type", JSON_CONTENT_TYPE)
            # 1xx/204/304 must not carry a body or its length.
            bodiless = status < 200 or status in (204, 304)
            if "content-length" not in given and not bodiless:
                self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            if "content-length" in given or self.close_connection:
                # A scripted length may lie; don't reuse a connection whose framing is unknown.
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            if not head_only and not bodiless:
                self.wfile.write(body)
            self.wfile.flush()
        except _DISCONNECTS:
            self.close_connection = True

    def send_stream(self, status: int, chunks: Iterator[bytes], total: int | None) -> None:
        """Stream ``chunks``: with ``Content-Length: total``, or chunked when ``total`` is None.

        A client that hangs up part-way (a size cap doing its job) just ends the response.
        """
        try:
            self.send_response(status)
            self.send_header("Content-Type", JSON_CONTENT_TYPE)
            if total is None:
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Content-Length", str(total))
            self.end_headers()
            stopping = self.server.contract._stopping
            for chunk in chunks:
                if stopping.is_set():
                    self.close_connection = True
                    return
                if total is None:
                    self.wfile.write(f"{len(chunk):x}\r\n".encode("ascii") + chunk + b"\r\n")
                else:
                    self.wfile.write(chunk)
            if total is None:
                self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except _DISCONNECTS:
            self.close_connection = True


def _huge_chunks(chat_id: str) -> Iterator[bytes]:
    """A valid JSON chat of exactly ``HUGE_BODY_SIZE`` bytes, 64 KiB at a time.

    The padding is one long string field, so only one 64 KiB block ever exists in memory.
    """
    head = f'{{"id": "{chat_id}", "contact_name": "Payload gigante", "notes": "'.encode()
    tail = b'"}'
    padding = HUGE_BODY_SIZE - len(head) - len(tail)
    block = b"x" * STREAM_CHUNK_SIZE
    yield head
    full, rest = divmod(padding, STREAM_CHUNK_SIZE)
    for _ in range(full):
        yield block
    yield block[:rest] + tail


class ContractServer:
    """A local, threaded fake of the Wegly chat API.

    Routes (GET only, others answer 405):
        ``/integrations/external/chats/{id}``: a ``ChatDetail``;
        ``/integrations/external/chats/{id}/timeline``: a ``TimelinePage``; the sample chats'
        conversations (``conversations.py``) are paged with ``?limit=`` (default 50) and
        ``?offset=`` (records from the newest), the chats of ``TIMELINE_CHAT_IDS`` have 5,000
        messages, ignore paging or fail (404, 500, slow, broken JSON) while their detail loads;
        ``/integrations/external/chats/notifications/unread``: an ``UnreadSummary``.

    Order of checks: bearer token (401), method (405), route (404), scripted replies, chat-id
    shape (400), error chats, samples (404 when unknown).

    Attributes:
        requests: Every request received, in arrival order.
    """

    def __init__(
        self,
        token: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        clock: Clock,
    ) -> None:
        """Prepare the server; nothing is bound until ``start()``.

        Args:
            token: When set, requests need ``Authorization: Bearer <token>`` or get 401.
            host: Interface to bind (loopback by default; an IPv6 literal also works).
            port: TCP port; 0 picks a free one (see ``url``).
            clock: Where the samples' reference time comes from (the caller's clock); read
                once, when the samples are first built.
        """
        self._token = token
        self._address = (host, port)
        self._clock = clock
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._chats: dict[str, JSONDict] | None = None
        self._encoded: dict[str, bytes] = {}
        self._scripts: dict[str, list[Reply]] = {}
        self._timeline_scripts: dict[str, list[Reply]] = {}
        self._timelines: dict[str, tuple[list[JSONDict], bool, int | None]] = {}
        self._conversations: dict[str, list[JSONDict]] = {}
        self._timeline_chats: dict[str, JSONDict] | None = None
        self._connections: set[socket.socket] = set()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._started = False
        self._latency: Callable[[], float] | None = None

    # ---- lifecycle ----

    def start(self) -> ContractServer:
        """Bind and serve in a daemon thread.

        Returns:
            ``self``, for ``server = ContractServer().start()``.

        Raises:
            RuntimeError: When called twice (a server runs once).
            OSError: When the address cannot be bound.
        """
        with self._lock:
            if self._started:
                raise RuntimeError("ContractServer.start() called twice")
            self._started = True
        self._httpd = _HTTPServer(self._address, self)
        # A short poll interval keeps stop() fast; serve_forever only checks for shutdown then.
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"ContractServer:{self._httpd.server_address[1]}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, cut open connections and release the port. Safe to call again."""
        with self._lock:
            httpd, self._httpd = self._httpd, None
            connections = list(self._connections)
        if httpd is None:
            return
        # Wake handlers waiting on delays before anything else, so none answers after stop().
        self._stopping.set()
        httpd.shutdown()
        httpd.server_close()
        for connection in connections:
            # Unblocks handler threads parked on idle keep-alive reads; they then close it.
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=2)

    def __enter__(self) -> ContractServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """Base URL such as ``http://127.0.0.1:54321`` (no trailing slash).

        Raises:
            RuntimeError: Before ``start()`` or after ``stop()``.
        """
        httpd = self._httpd
        if httpd is None:
            raise RuntimeError("ContractServer is not running")
        host, port = httpd.server_address[:2]
        host_text = host.decode() if isinstance(host, bytes) else host
        if ":" in host_text:
            host_text = f"[{host_text}]"
        return f"http://{host_text}:{port}"

    # ---- test controls ----

    def script(self, chat_id: str, replies: list[Reply]) -> None:
        """Queue ``replies`` for the next GETs of ``/integrations/external/chats/{chat_id}``.

        Each matching request pops one reply; once they are used up the chat behaves normally
        again. Calling again appends. The bearer-token check still comes first.

        Args:
            chat_id: The path segment to match (case-insensitive).
            replies: Responses to give, in order.
        """
        with self._lock:
            self._scripts.setdefault(chat_id.lower(), []).extend(replies)

    def script_timeline(self, chat_id: str, replies: list[Reply]) -> None:
        """Queue ``replies`` for the next GETs of ``…/chats/{chat_id}/timeline`` (like
        :meth:`script`, for the timeline route only)."""
        with self._lock:
            self._timeline_scripts.setdefault(chat_id.lower(), []).extend(replies)

    def set_timeline(
        self,
        chat_id: str,
        records: list[Any],
        *,
        paging: bool = True,
        total: int | None = None,
    ) -> None:
        """Serve ``records`` (given oldest first, any JSON values) as ``chat_id``'s timeline.

        Args:
            paging: honour ``limit``/``offset`` like the samples (newest page first); False
                sends every record each time, in the order given, like a server that ignores
                paging.
            total: the ``total`` to claim (default: the number of records).
        """
        with self._lock:
            self._timelines[chat_id.lower()] = (copy.deepcopy(records), paging, total)

    def timeline_requests(self, chat_id: str) -> list[dict[str, list[str]]]:
        """The query parameters of every timeline request received for ``chat_id``."""
        suffix = f"{CHATS_PREFIX}{chat_id.lower()}/timeline"
        with self._lock:
            requests = list(self.requests)
        return [
            parse_qs(urlsplit(r.path).query)
            for r in requests
            if urlsplit(r.path).path.lower() == suffix
        ]

    def set_latency(self, latency: float | Callable[[], float] | None) -> None:
        """Wait before answering every chat request (for stress tests); None for no wait.

        Args:
            latency: seconds, or a callable giving the seconds for each request (called on the
                handler's thread, e.g. ``lambda: rng.uniform(0, 0.05)``); cut short by ``stop()``.
        """
        if latency is None or callable(latency):
            self._latency = latency
        else:
            seconds = float(latency)
            self._latency = lambda: seconds

    def set_chat(self, chat: JSONDict) -> None:
        """Add or replace a chat, served under its ``"id"`` (lower-cased).

        Args:
            chat: Any JSON object with a string ``id``; it is copied, not validated.

        Raises:
            ValueError: If ``chat["id"]`` is not a string.
        """
        chat_id = chat.get("id")
        if not isinstance(chat_id, str):
            raise ValueError("chat needs a string 'id'")
        key = chat_id.lower()
        stored = copy.deepcopy(chat)
        with self._lock:
            self._samples()[key] = stored
            self._encoded.pop(key, None)

    def chat_ids(self) -> list[str]:
        """Ids of every chat served normally (samples and ``set_chat`` additions)."""
        with self._lock:
            return list(self._samples())

    def chat_name(self, chat_id: str) -> str:
        """What a person calls a served chat (contact, then profile name), else the id."""
        with self._lock:
            chat = self._samples().get(chat_id.lower(), {})
        return str(chat.get("contact_name") or chat.get("remote_profile_name") or chat_id)

    # ---- internals ----

    def _samples(self) -> dict[str, JSONDict]:
        # Built on first use, under self._lock: servers that only answer errors never pay for it.
        if self._chats is None:
            self._chats = build_samples(self._clock.now())
        return self._chats

    def _track(self, connection: socket.socket, *, add: bool) -> None:
        with self._lock:
            if add:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def _chat_bytes(self, chat_id: str) -> bytes | None:
        with self._lock:
            cached = self._encoded.get(chat_id)
            if cached is not None:
                return cached
            chat = self._samples().get(chat_id) or self._special_chats().get(chat_id)
            if chat is None:
                return None
            # Encoding the 10,000-reaction sample takes tens of ms: do it once per chat.
            encoded = self._encoded[chat_id] = _json_bytes(chat)
            return encoded

    def _handle(self, handler: _Handler, *, head_only: bool) -> None:
        headers = {name.lower(): value for name, value in handler.headers.items()}
        with self._lock:
            self.requests.append(RecordedRequest(handler.command, handler.path, headers))
        if self._stopping.is_set():
            handler.close_connection = True
            return
        avatar = _AVATAR_PATH_RE.fullmatch(urlsplit(handler.path).path)
        if avatar is not None and handler.command == "GET":  # public, like a CDN: no key needed
            colour = bytes.fromhex(avatar.group(1))
            png = solid_png((colour[0], colour[1], colour[2]))
            handler.send_body(200, png, {"Content-Type": "image/png"})
            return
        if self._token is not None and headers.get("authorization") != f"Bearer {self._token}":
            handler.send_body(
                401, _message("Unauthorized"), {"WWW-Authenticate": "Bearer"}, head_only=head_only
            )
            return
        if handler.command != "GET":
            self._discard_body(handler, headers)
            handler.send_body(
                405, _message("Method Not Allowed"), {"Allow": "GET"}, head_only=head_only
            )
            return
        path = urlsplit(handler.path).path
        if path == UNREAD_PATH:
            handler.send_body(200, _json_bytes(self._unread_summary()))
            return
        if not path.startswith(CHATS_PREFIX):
            handler.send_body(404, _message("Not found"))
            return
        parts = path[len(CHATS_PREFIX) :].split("/")
        if len(parts) == 1 and parts[0]:
            self._serve_chat(handler, unquote(parts[0]).lower(), timeline=False)
        elif len(parts) == 2 and parts[0] and parts[1] == "timeline":
            self._serve_chat(handler, unquote(parts[0]).lower(), timeline=True)
        else:
            handler.send_body(404, _message("Not found"))

    @staticmethod
    def _discard_body(handler: _Handler, headers: dict[str, str]) -> None:
        """Read a small request body so the 405 isn't lost to a reset; else drop the connection.

        Closing a socket with unread input makes the kernel send RST, and the client may then
        never see the response.
        """
        try:
            length = int(headers.get("content-length", "0"))
        except ValueError:
            length = -1
        if 0 <= length <= 1024 * 1024 and "transfer-encoding" not in headers:
            with contextlib.suppress(*_DISCONNECTS):
                handler.rfile.read(length)
        else:
            handler.close_connection = True

    def _serve_chat(self, handler: _Handler, chat_id: str, *, timeline: bool) -> None:
        latency = self._latency
        if latency is not None:
            wait = latency()
            if wait > 0 and self._stopping.wait(wait):
                handler.close_connection = True
                return
        with self._lock:
            queue = (self._timeline_scripts if timeline else self._scripts).get(chat_id)
            reply = queue.pop(0) if queue else None
        if reply is not None:
            if reply.delay > 0 and self._stopping.wait(reply.delay):
                handler.close_connection = True
                return
            handler.send_body(reply.status, reply.body_bytes(), reply.headers)
            return
        if not _UUID_RE.fullmatch(chat_id):
            handler.send_body(400, _message("Invalid chat id: expected a UUID"))
            return
        error = _ERROR_NAMES_BY_ID.get(chat_id)
        if error is not None:
            self._serve_error(handler, error, chat_id, timeline=timeline)
            return
        if timeline:
            self._serve_timeline(handler, chat_id)
            return
        body = self._chat_bytes(chat_id)
        if body is None:
            handler.send_body(404, _message("Chat not found"))
        else:
            handler.send_body(200, body)

    def _special_chats(self) -> dict[str, JSONDict]:
        # Under self._lock. Chats of TIMELINE_CHAT_IDS: served, but not samples (not counted in
        # the unread summary, not in chat_ids()).
        if self._timeline_chats is None:
            self._timeline_chats = build_timeline_chats(self._clock.now())
        return self._timeline_chats

    def _records(self, chat_id: str, chat: JSONDict) -> list[JSONDict]:
        # Under self._lock: a conversation is built once per chat (5,000 messages take ~0.1 s).
        records = self._conversations.get(chat_id)
        if records is None:
            records = self._conversations[chat_id] = conversation_records(chat)
        return records

    def _serve_timeline(self, handler: _Handler, chat_id: str) -> None:
        """A timeline page: test-set records, a special timeline chat, a sample's conversation
        (paged with ``limit``/``offset``), or the short legacy page of a chat a test set."""
        query = parse_qs(urlsplit(handler.path).query)

        def number(name: str) -> int | None:
            values = query.get(name)
            return int(values[0]) if values and values[0].isdigit() else None

        limit, offset = number("limit"), number("offset")
        with self._lock:
            given = self._timelines.get(chat_id)
            special = self._special_chats().get(chat_id)
            sample = self._samples().get(chat_id)
            body: JSONDict | None = None
            if given is not None:
                records, paging, total = given
                body = page(records, limit, offset) if paging else {"records": list(records)}
                body["total"] = len(records) if total is None else total
            elif special is not None:
                name = next(k for k, v in TIMELINE_CHAT_IDS.items() if v == chat_id)
                records = self._records(chat_id, special)
                if name == "timeline_paging_ignored":
                    body = paging_ignored_page(long_padding(records))
                elif name == "long_conversation":
                    body = page(records, limit, offset)
                else:
                    body = {"mode": name}
            elif sample is not None:
                if chat_id in _SAMPLE_IDS:
                    body = page(self._records(chat_id, sample), limit, offset)
                else:
                    body = build_timeline(sample)
        if body is None:
            handler.send_body(404, _message("Chat not found"))
            return
        mode = body.get("mode")
        if mode == "timeline_not_found":
            handler.send_body(404, _message("Timeline not found"))
        elif mode == "timeline_server_error":
            handler.send_body(500, _message("Internal server error"))
        elif mode == "timeline_malformed":
            handler.send_body(200, b'{"total": 3, "records": [{"id": ')
        elif mode == "timeline_slow":
            if self._stopping.wait(SLOW_DELAY_SECONDS):
                handler.close_connection = True
                return
            handler.send_body(200, _json_bytes({"total": 0, "records": []}))
        else:
            handler.send_body(200, _json_bytes(body))

    def _serve_error(self, handler: _Handler, error: str, chat_id: str, *, timeline: bool) -> None:
        """Misbehave as the error chat ``error`` does; timelines misbehave the same way."""
        if error == "unauthorized":
            handler.send_body(401, _message("Unauthorized"), {"WWW-Authenticate": "Bearer"})
        elif error == "forbidden_domain":
            body = {
                "message": "Origin not allowed for this integration key",
                "allowed_domain": ALLOWED_DOMAIN,
                "origin": handler.headers.get("Origin") or handler.headers.get("Referer"),
            }
            handler.send_body(403, _json_bytes(body))
        elif error == "not_found":
            handler.send_body(404, _message("Chat not found"))
        elif error == "rate_limited":
            handler.send_body(429, _message("Too Many Requests"), {"Retry-After": "1"})
        elif error == "server_error":
            handler.send_body(500, _message("Internal server error"))
        elif error == "unavailable":
            handler.send_body(503, _message("Service Unavailable"))
        elif error == "html_error":
            handler.send_body(
                502, _HTML_502.encode("ascii"), {"Content-Type": "text/html; charset=utf-8"}
            )
        elif error == "malformed_json":
            handler.send_body(200, b'{"id": ')
        elif error == "not_object":
            handler.send_body(200, b"[1,2,3]")
        elif error in ("huge_with_length", "huge_chunked"):
            total = HUGE_BODY_SIZE if error == "huge_with_length" else None
            handler.send_stream(200, _huge_chunks(chat_id), total)
        elif error == "slow":
            # Event.wait, not sleep: stop() sets the event and this handler gives up at once.
            if self._stopping.wait(SLOW_DELAY_SECONDS):
                handler.close_connection = True
                return
            chat = self._stand_in_chat(chat_id)
            handler.send_body(200, _json_bytes(build_timeline(chat) if timeline else chat))
        else:  # id_mismatch
            chat = self._stand_in_chat(ID_MISMATCH_SERVED_ID)
            handler.send_body(200, _json_bytes(build_timeline(chat) if timeline else chat))

    def _stand_in_chat(self, chat_id: str) -> JSONDict:
        """A valid chat (a copy of the "resolved" sample) carrying ``chat_id``."""
        with self._lock:
            chat = copy.deepcopy(self._samples()[DEMO_CHAT_IDS["resolved"]])
        chat["id"] = chat_id
        return chat

    def _unread_summary(self) -> JSONDict:
        with self._lock:
            chats = list(self._samples().values())
        messages = 0
        unread_chats = 0
        for chat in chats:
            count = chat.get("unread_count")
            # bool is an int subclass; malformed samples carry strings. Count only real ints.
            unread = count if isinstance(count, int) and not isinstance(count, bool) else 0
            messages += max(unread, 0)
            if unread > 0 or chat.get("is_manually_unread") is True:
                unread_chats += 1
        return {"unread_messages_total": messages, "unread_chats_total": unread_chats}
