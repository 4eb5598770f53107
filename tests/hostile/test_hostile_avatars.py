"""Avatar downloads from hosts a chat payload names: https and public addresses only, the
same size and decompression rules as the API, one deadline per fetch."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Iterator

import httpcore
import pytest
from hostile_server import HostileServer, big_unpacked, gzip_bomb, stacked_gzip_bomb

from wegly_viewer.core.avatars import AvatarError, AvatarFetcher
from wegly_viewer.core.transport import AbortableBackend


@pytest.fixture(scope="module")
def hostile() -> Iterator[HostileServer]:
    gzip_bomb(), stacked_gzip_bomb(), big_unpacked()  # built before any measuring
    with HostileServer() as server:
        yield server


@pytest.fixture
def local_fetcher() -> Iterator[AvatarFetcher]:
    """Loopback allowed, as while the API itself is on this computer (the hostile server)."""
    fetcher = AvatarFetcher(timeout=0.5, max_bytes=1_000_000, allow_loopback=True)
    yield fetcher
    fetcher.abort()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://127.0.0.1:{port}/ok/a.png", "local address refused (127.0.0.1)"),
        ("http://localhost:{port}/ok/a.png", "local address refused (localhost)"),
        ("https://127.0.0.1:{port}/ok/a.png", "local address refused (127.0.0.1)"),
        ("https://[::1]:{port}/ok/a.png", "local address refused (::1)"),
        ("https://10.1.2.3/a.png", "private address refused (10.1.2.3)"),
        ("https://192.168.0.1/a.png", "private address refused (192.168.0.1)"),
        ("https://169.254.169.254/latest/meta-data", "private address refused (169.254.169.254)"),
        ("https://[fd00::1]/a.png", "private address refused (fd00::1)"),
        ("https://[::ffff:10.0.0.1]/a.png", "private address refused (::ffff:10.0.0.1)"),
        ("https://printer.local/a.png", "local address refused (printer.local)"),
        ("https://xn--zz.example/a.png", "invalid avatar address"),
    ],
)
def test_a_chat_cannot_make_the_app_probe_local_services(
    hostile: HostileServer, url: str, message: str
) -> None:
    hostile.clear()
    fetcher = AvatarFetcher(timeout=0.5)
    try:
        with pytest.raises(AvatarError) as caught:
            fetcher.fetch(url.format(port=hostile.port))
    finally:
        fetcher.abort()
    assert str(caught.value) == message
    assert hostile.seen() == []


def test_a_public_name_resolving_to_a_local_address_is_refused_at_connect() -> None:
    """The name check cannot see DNS: the socket backend checks the resolved address too."""
    backend = AbortableBackend(public_only=True)
    with pytest.raises(httpcore.ConnectError, match="local or private address"):
        backend.connect_tcp("localhost", 9, timeout=1)


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("https://127.0.0.1:{port}", "redirect to another scheme refused (127.0.0.1)"),
        ("http://10.0.0.1", "plain http refused (10.0.0.1)"),
        ("https://192.168.1.10", "private address refused (192.168.1.10)"),
        ("http://cdn.example.com", "plain http refused (cdn.example.com)"),
    ],
)
def test_redirects_may_not_change_scheme_or_reach_private_addresses(
    hostile: HostileServer, local_fetcher: AvatarFetcher, target: str, message: str
) -> None:
    hostile.clear()
    hostile.redirect_to = target.format(port=hostile.port)  # Location: this + the path
    with pytest.raises(AvatarError) as caught:
        local_fetcher.fetch(f"{hostile.url}/redirect-other-host/a.png")
    assert str(caught.value) == message
    assert [r.path for r in hostile.seen()] == ["/redirect-other-host/a.png"]


@pytest.mark.parametrize(
    ("behaviour", "message"),
    [
        ("gzip-bomb", "image larger than 1000000 bytes (127.0.0.1)"),
        ("gzip-gzip-bomb", "image larger than 1000000 bytes (127.0.0.1)"),
        ("big-unpacked", "image larger than 1000000 bytes (127.0.0.1)"),
        ("gzip-gzip-gzip", "unsupported_encoding from 127.0.0.1"),
        ("bad-gzip", "bad_encoding from 127.0.0.1"),
    ],
)
def test_avatar_bombs_and_bad_encodings_are_refused_with_bounded_memory(
    hostile: HostileServer, local_fetcher: AvatarFetcher, behaviour: str, message: str
) -> None:
    tracemalloc.start()
    try:
        with pytest.raises(AvatarError) as caught:
            local_fetcher.fetch(f"{hostile.url}/{behaviour}/a.png")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert str(caught.value) == message
    assert peak < 8 * 1024 * 1024, f"peak {peak // 1024} KiB"


@pytest.mark.parametrize("behaviour", ["drip-headers", "drip-body", "flood-1xx", "hang"])
def test_a_slow_avatar_host_gives_up_within_three_timeouts(
    hostile: HostileServer, local_fetcher: AvatarFetcher, behaviour: str
) -> None:
    started = time.monotonic()
    with pytest.raises(AvatarError):
        local_fetcher.fetch(f"{hostile.url}/{behaviour}/a.png")
    assert time.monotonic() - started < 1.5 + 1.0  # 3 × 0.5 s, plus scheduling slack
