"""fetch_avatar against a tiny image server on loopback: bounded, credential-free, https-only."""

from __future__ import annotations

import contextlib
import re
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from wegly_viewer.core.avatars import AvatarError, url_host
from wegly_viewer.core.avatars import fetch_avatar as fetch_public_avatar


def fetch_avatar(url: str, **kwargs: Any) -> bytes:
    """The test servers are on loopback over http: allowed only as in the demo."""
    return fetch_public_avatar(url, allow_loopback=True, **kwargs)


def tiny_png() -> bytes:
    """A valid 1x1 PNG, built by hand so this Qt-free test needs no image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x98\x00\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


PNG = tiny_png()
BIG = PNG + b"\0" * 5000


@dataclass
class ImageServer:
    url: str
    headers: list[dict[str, str]] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def running_server() -> Iterator[ImageServer]:
    seen = ImageServer("")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.headers.append({k.lower(): v for k, v in self.headers.items()})
            seen.paths.append(self.path)
            path = self.path.split("?", 1)[0]
            if path == "/avatar.png":
                self._send(200, PNG)
            elif path == "/big.png":
                self._send(200, BIG)
            elif path == "/big-unsized.png":  # no Content-Length: the cap must hold while reading
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Connection", "close")
                self.end_headers()
                with contextlib.suppress(OSError):  # the client stops reading at the cap
                    self.wfile.write(BIG)
                self.close_connection = True
            elif path.startswith("/hop/"):
                left = int(path.rsplit("/", 1)[1])
                target = "/avatar.png" if left == 0 else f"/hop/{left - 1}"
                self._redirect(target)
            elif path == "/to-plain-http":
                self._redirect("http://cdn.example.com/avatar.png")
            elif path == "/slow.png":
                time.sleep(5.0)  # far beyond the test's 0.2 s timeout
                self._send(200, PNG)
            elif path == "/empty.png":
                self._send(200, b"")
            else:
                self._send(404, b"not here")

        def _send(self, status: int, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except OSError:  # the client gave up first (timeout and size-cap tests)
                self.close_connection = True

        def _redirect(self, location: str) -> None:
            self.send_response(302)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:  # quiet test output
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    seen.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def image_server(running_server: ImageServer) -> ImageServer:
    """The module's server with an empty request log."""
    running_server.headers.clear()
    running_server.paths.clear()
    return running_server


def test_fetches_the_image_bytes(image_server: ImageServer) -> None:
    assert fetch_avatar(f"{image_server.url}/avatar.png") == PNG


def test_sends_no_credentials_and_identifies_itself(image_server: ImageServer) -> None:
    fetch_avatar(f"{image_server.url}/avatar.png")

    headers = image_server.headers[0]
    assert "authorization" not in headers
    assert "cookie" not in headers
    assert headers["user-agent"].startswith("WeglyChatViewer/")


@pytest.mark.parametrize("path", ["/big.png", "/big-unsized.png"])
def test_refuses_images_over_the_size_cap(image_server: ImageServer, path: str) -> None:
    with pytest.raises(AvatarError, match="larger than"):
        fetch_avatar(f"{image_server.url}{path}", max_bytes=len(PNG) + 100)

    assert fetch_avatar(f"{image_server.url}{path}", max_bytes=len(BIG)) == BIG


def test_http_error_is_an_avatar_error_naming_only_the_host(image_server: ImageServer) -> None:
    url = f"{image_server.url}/missing.png?signature=SECRET-TOKEN"

    with pytest.raises(AvatarError) as caught:
        fetch_avatar(url)

    message = str(caught.value)
    assert "404" in message
    assert "127.0.0.1" in message
    assert "SECRET-TOKEN" not in message
    assert "missing.png" not in message
    assert caught.value.__cause__ is None  # no chained exception carrying the URL either


def test_empty_body_is_an_error(image_server: ImageServer) -> None:
    with pytest.raises(AvatarError, match="empty"):
        fetch_avatar(f"{image_server.url}/empty.png")


def test_follows_up_to_three_redirects(image_server: ImageServer) -> None:
    assert fetch_avatar(f"{image_server.url}/hop/2") == PNG  # 3 redirects

    with pytest.raises(AvatarError, match="too many redirects"):
        fetch_avatar(f"{image_server.url}/hop/3")  # 4 redirects


def test_redirect_to_plain_http_elsewhere_is_refused(image_server: ImageServer) -> None:
    with pytest.raises(AvatarError, match="plain http refused"):
        fetch_avatar(f"{image_server.url}/to-plain-http")
    assert image_server.paths == ["/to-plain-http"]  # nothing was requested from the target


def test_timeout_is_an_avatar_error(image_server: ImageServer) -> None:
    started = time.monotonic()
    with pytest.raises(AvatarError, match="Timeout"):
        fetch_avatar(f"{image_server.url}/slow.png", timeout=0.2)
    # A hang detector, not a speed claim: well under the 5 s the server takes to answer.
    assert time.monotonic() - started < 4.0


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://cdn.wegly.com.br/avatars/a.png", "plain http refused (cdn.wegly.com.br)"),
        ("ftp://cdn.wegly.com.br/a.png", "not a web address (cdn.wegly.com.br)"),
        ("file:///etc/passwd", "not a web address (?)"),
        ("data:image/png;base64,AAAA", "not a web address (?)"),
        (
            "https://user:password@cdn.wegly.com.br/a.png",  # would become Basic auth
            "address with credentials refused (cdn.wegly.com.br)",
        ),
        ("https:///no-host.png", "not a web address (?)"),
        ("not a url", "not a web address (?)"),
        ("", "not a web address (?)"),
    ],
)
def test_refuses_unsafe_or_invalid_addresses_without_connecting(url: str, message: str) -> None:
    with pytest.raises(AvatarError, match=f"^{re.escape(message)}$"):
        fetch_avatar(url, timeout=0.5)


@pytest.mark.parametrize("userinfo", ["user:password@", "user@", ":password@"])
def test_refuses_credentials_in_the_address_before_connecting(
    image_server: ImageServer, userinfo: str
) -> None:
    """httpx would send them as Basic auth; a reachable loopback server proves none is sent."""
    url = image_server.url.replace("http://", f"http://{userinfo}") + "/avatar.png"
    with pytest.raises(AvatarError, match=r"^address with credentials refused \(127\.0\.0\.1\)$"):
        fetch_avatar(url, timeout=2)
    assert image_server.paths == []  # no connection: the server saw no request


def test_plain_http_is_allowed_for_localhost_names(image_server: ImageServer) -> None:
    port = image_server.url.rsplit(":", 1)[1]
    assert fetch_avatar(f"http://localhost:{port}/avatar.png") == PNG


def test_url_host_never_includes_path_or_query() -> None:
    assert url_host("https://cdn.wegly.com.br/a/b.png?token=abc") == "cdn.wegly.com.br"
    assert url_host("not a url") == "?"
    assert url_host("http://[::1]:8080/x") == "::1"


def test_abort_stops_a_download_blocked_on_a_silent_server() -> None:
    """Shutdown must not wait for a CDN that never answers."""
    import socket
    import threading

    from wegly_viewer.core.avatars import AvatarFetcher

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/a.png"
        fetcher = AvatarFetcher(timeout=30, allow_loopback=True)
        threading.Timer(0.3, fetcher.abort).start()
        started = time.monotonic()
        with pytest.raises(AvatarError):
            fetcher.fetch(url)
        assert time.monotonic() - started < 15  # hang detector: the timeout alone is 30 s
        with pytest.raises(AvatarError, match="stopped"):
            fetcher.fetch(url)
