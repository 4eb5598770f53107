"""read_body: decoded size capped, bombs refused with bounded memory, codings checked."""

from __future__ import annotations

import gzip
import tracemalloc
import zlib
from collections.abc import Iterator

import httpx
import pytest

from wegly_viewer.core.bounded_body import BodyError, BodyProblem, read_body


class Wire(httpx.SyncByteStream):
    """The body as the network gives it: raw bytes in 16 KiB reads (httpx decodes nothing)."""

    def __init__(self, body: bytes) -> None:
        self._body = body

    def __iter__(self) -> Iterator[bytes]:
        for start in range(0, len(self._body), 16384):
            yield self._body[start : start + 16384]


def response(body: bytes, encoding: str | None = None, **headers: str) -> httpx.Response:
    if encoding is not None:
        headers["Content-Encoding"] = encoding
    return httpx.Response(200, headers=headers, stream=Wire(body))


def zeros_gzip(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    return b"".join(packer.compress(bytes(1 << 20)) for _ in range(size >> 20)) + packer.flush()


TEXT = b'{"id": "abc", "contact_name": "Z\xc3\xa9"}' * 20


def test_plain_gzip_deflate_and_stacked_bodies_are_decoded() -> None:
    raw_deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
    assert read_body(response(TEXT), 10_000) == TEXT
    assert read_body(response(gzip.compress(TEXT), "gzip"), 10_000) == TEXT
    assert read_body(response(zlib.compress(TEXT), "deflate"), 10_000) == TEXT
    assert (
        read_body(response(raw_deflate.compress(TEXT) + raw_deflate.flush(), "deflate"), 10_000)
        == TEXT
    )
    stacked = gzip.compress(gzip.compress(TEXT))
    assert read_body(response(stacked, "gzip, gzip"), 10_000) == TEXT
    assert read_body(response(gzip.compress(TEXT), "identity, GZIP"), 10_000) == TEXT


def test_stacked_bomb_is_refused_with_memory_near_the_chunk_size() -> None:
    bomb = gzip.compress(zeros_gzip(256 << 20))  # ~1 KB that unpack to 256 MB
    assert len(bomb) < 2_000
    tracemalloc.start()
    try:
        with pytest.raises(BodyError) as caught:
            read_body(response(bomb, "gzip, gzip"), 25 * 1024 * 1024)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.problem is BodyProblem.PACKED_TOO_TIGHT
    assert peak < 4 * 1024 * 1024  # the ratio trips after 1 MiB; a few 64 KiB chunks besides


def test_decoded_size_over_the_cap_is_too_large_even_when_the_ratio_is_modest() -> None:
    body = gzip.compress(bytes(range(256)) * 40_000, 1)  # ~10 MB, packs only a little
    with pytest.raises(BodyError) as caught:
        read_body(response(body, "gzip"), 1_000_000)
    assert caught.value.problem is BodyProblem.TOO_LARGE
    assert "once unpacked" in caught.value.note


def test_raw_size_over_the_cap_is_too_large() -> None:
    with pytest.raises(BodyError) as caught:
        read_body(response(b"x" * 2000), 1000)
    assert caught.value.problem is BodyProblem.TOO_LARGE


def test_content_length_over_the_cap_is_refused_before_reading() -> None:
    with pytest.raises(BodyError, match="Content-Length 5000"):
        read_body(response(b"", **{"Content-Length": "5000"}), 1000)


def test_truncate_keeps_an_excerpt_instead_of_refusing() -> None:
    assert read_body(response(gzip.compress(TEXT), "gzip"), 10, truncate=True) == TEXT[:10]
    bomb = gzip.compress(zeros_gzip(64 << 20))
    assert read_body(response(bomb, "gzip, gzip"), 100, truncate=True) == bytes(100)


@pytest.mark.parametrize(
    ("body", "encoding", "problem"),
    [
        (TEXT, "gzip", BodyProblem.BAD_ENCODING),  # says gzip, is not
        (gzip.compress(TEXT)[:-12], "gzip", BodyProblem.BAD_ENCODING),  # cut short
        (b"\x1b\x03\x00", "br", BodyProblem.UNSUPPORTED_ENCODING),
        (TEXT, "zstd", BodyProblem.UNSUPPORTED_ENCODING),
        (TEXT, "compress", BodyProblem.UNSUPPORTED_ENCODING),
        (gzip.compress(gzip.compress(gzip.compress(TEXT))), "gzip, gzip, gzip",
         BodyProblem.UNSUPPORTED_ENCODING),
    ],
)  # fmt: skip
def test_bodies_that_are_not_what_they_say_are_refused(
    body: bytes, encoding: str, problem: BodyProblem
) -> None:
    with pytest.raises(BodyError) as caught:
        read_body(response(body, encoding), 1_000_000)
    assert caught.value.problem is problem


def test_check_runs_while_reading_and_can_stop_it() -> None:
    calls: list[int] = []

    def check() -> None:
        calls.append(1)
        if len(calls) > 3:
            raise TimeoutError("deadline")

    with pytest.raises(TimeoutError):
        read_body(response(gzip.compress(bytes(10 << 20)), "gzip"), 20 << 20, check=check)
    assert len(calls) == 4
