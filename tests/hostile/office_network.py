"""An office network on loopback: a company CA, an https API signed by it, a CONNECT proxy.

The proxy tunnels every ``CONNECT host:port`` to the local https server whatever the host, so
``https://api.wegly.test`` (a name no DNS knows) is reachable only through it: a lookup that
works proves the proxy was used. Certificates are made with the ``openssl`` command.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import shutil
import socket
import ssl
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hostile_server import accept_until_stopped

API_HOST = "api.wegly.test"


@dataclass
class Certificates:
    ca: Path  # the company CA, to trust through SSL_CERT_FILE or the profile
    cert: Path  # the server's, for API_HOST, signed by the CA
    key: Path


def make_certificates(folder: Path) -> Certificates:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make the test certificates")

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True, cwd=folder)

    openssl(
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Office CA",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        "-keyout", "ca.key", "-out", "ca.pem",
    )  # fmt: skip
    openssl(
        "req", "-new", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={API_HOST}",
        "-keyout", "server.key", "-out", "server.csr",
    )  # fmt: skip
    (folder / "ext.cnf").write_text(
        f"subjectAltName=DNS:{API_HOST}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"
    )
    openssl(
        "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-days", "2", "-extfile", "ext.cnf", "-out", "server.pem",
    )  # fmt: skip
    return Certificates(folder / "ca.pem", folder / "server.pem", folder / "server.key")


@dataclass
class TlsApi:
    """An https server answering every GET with ``chat`` (and recording the headers)."""

    certificates: Certificates
    chat: dict[str, object]
    headers: list[dict[str, str]] = field(default_factory=list)
    port: int = 0

    def __post_init__(self) -> None:
        seen = self.headers
        body = json.dumps(self.chat).encode()

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                seen.append({k.lower(): v for k, v in self.headers.items()})
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.certificates.cert, self.certificates.key)
        self._httpd.socket = context.wrap_socket(self._httpd.socket, server_side=True)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,))
        self._thread.daemon = True
        self._thread.start()

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)


class ConnectProxy:
    """A CONNECT-only HTTP proxy that sends every tunnel to ``127.0.0.1:target_port``."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.tunnels: list[str] = []  # the "host:port" of each CONNECT
        self.requests: list[str] = []  # the request line of anything else (plain proxying)
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._sock.close()

    def _serve(self) -> None:
        accept_until_stopped(self._sock, self._stop, self._tunnel)

    def _tunnel(self, client: socket.socket) -> None:
        with contextlib.closing(client):
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = client.recv(4096)
                if not chunk:
                    return
                head += chunk
            line = head.split(b"\r\n", 1)[0].decode("latin-1")
            method, target, _ = line.split(" ", 2)
            if method != "CONNECT":
                self.requests.append(line)
                client.sendall(b"HTTP/1.1 405 Only CONNECT\r\nContent-Length: 0\r\n\r\n")
                return
            self.tunnels.append(target)
            with socket.create_connection(("127.0.0.1", self.target_port)) as upstream:
                client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                pipe = threading.Thread(target=_copy, args=(upstream, client), daemon=True)
                pipe.start()
                _copy(client, upstream)
                pipe.join(5)


def _copy(source: socket.socket, sink: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while data := source.recv(65536):
            sink.sendall(data)
    with contextlib.suppress(OSError):
        sink.shutdown(socket.SHUT_WR)
