"""Reading an HTTP body with bounded memory: the one place the API client and avatars decode.

httpx's ``iter_bytes()`` decompresses each network chunk fully before the caller can count it,
so a few kilobytes of ``Content-Encoding: gzip, gzip`` become gigabytes in memory. Here the raw
bytes are read with ``iter_raw()`` and undone layer by layer with ``zlib`` objects limited to
:data:`CHUNK` bytes of output per step, so nothing is ever decoded beyond what is counted:

* the DECODED size is held to the caller's cap (and the raw size too);
* after :data:`RATIO_FLOOR` decoded bytes, more than :data:`MAX_RATIO` times the raw bytes is
  refused as a compression bomb (real JSON packs 5-20 times);
* at most :data:`MAX_LAYERS` layers of ``gzip``/``deflate``; any other coding is refused.

Peak memory is therefore about the cap plus a few chunks, whatever the server sends.
"""

from __future__ import annotations

import enum
import zlib
from collections.abc import Callable, Iterator

import httpx

ACCEPT_ENCODING = "gzip, deflate"  # what we decode; sent so servers do not pick brotli or zstd
CHUNK = 64 * 1024
MAX_LAYERS = 2
RATIO_FLOOR = 1024 * 1024
MAX_RATIO = 300
_GZIP = frozenset({"gzip", "x-gzip"})
_KNOWN = _GZIP | {"deflate"}


class BodyProblem(enum.Enum):
    TOO_LARGE = "too_large"  # more than the cap, raw or decoded
    PACKED_TOO_TIGHT = "too_large_packed"  # decoded/raw ratio of a compression bomb
    BAD_ENCODING = "bad_encoding"  # the bytes are not what Content-Encoding says
    UNSUPPORTED_ENCODING = "unsupported_encoding"  # brotli, zstd, compress, too many layers


class BodyError(Exception):
    """The body was refused; ``problem`` says why, ``note`` is a technical line for details."""

    def __init__(self, problem: BodyProblem, note: str) -> None:
        super().__init__(note)
        self.problem = problem
        self.note = note


def content_codings(headers: httpx.Headers) -> list[str]:
    """The codings to undo, in the order they were applied (``identity`` dropped).

    Raises:
        BodyError: ``UNSUPPORTED_ENCODING`` for an unknown coding or more than two layers.
    """
    codings: list[str] = []
    for value in headers.get_list("Content-Encoding", split_commas=True):
        coding = value.strip().lower()
        if coding in ("", "identity"):
            continue
        if coding not in _KNOWN:
            raise BodyError(BodyProblem.UNSUPPORTED_ENCODING, f"Content-Encoding {coding[:40]!r}")
        codings.append(coding)
    if len(codings) > MAX_LAYERS:
        raise BodyError(BodyProblem.UNSUPPORTED_ENCODING, f"{len(codings)} Content-Encoding layers")
    return codings


def _inflate(chunks: Iterator[bytes], coding: str) -> Iterator[bytes]:
    """Undo one gzip/deflate layer lazily, never more than :data:`CHUNK` bytes per step."""
    decoder: zlib._Decompress | None = None
    head = b""
    for data in chunks:
        if decoder is None:
            if coding in _GZIP:
                decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
            else:
                # "deflate" is zlib-wrapped by the RFC, raw in some servers: look at the header.
                head += data
                if len(head) < 2:
                    continue
                wrapped = (head[0] & 0x0F) == 8 and (head[0] * 256 + head[1]) % 31 == 0
                decoder = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
                data, head = head, b""
        yield from _drain(decoder, data)
    if decoder is None:
        if head:
            raise BodyError(BodyProblem.BAD_ENCODING, f"{coding}: truncated")
        return  # an empty body
    yield from _drain(decoder, b"")
    if not decoder.eof:
        raise BodyError(BodyProblem.BAD_ENCODING, f"{coding}: truncated")


def _drain(decoder: zlib._Decompress, data: bytes) -> Iterator[bytes]:
    while not decoder.eof:
        try:
            out = decoder.decompress(data, CHUNK)
        except zlib.error as exc:
            raise BodyError(BodyProblem.BAD_ENCODING, f"zlib: {exc}") from None
        data = decoder.unconsumed_tail
        if not out and not data:
            return
        if out:
            yield out


def read_body(
    response: httpx.Response,
    limit: int,
    *,
    truncate: bool = False,
    check: Callable[[], None] | None = None,
) -> bytes:
    """The decoded body of a streamed ``response``, at most ``limit`` bytes.

    Args:
        limit: the cap, for the decoded body (the raw body is held to it too).
        truncate: cut the body at ``limit`` instead of refusing it (error pages: an excerpt).
        check: called before every network read and decoded chunk; raises to stop
            (cancel, deadline).

    Raises:
        BodyError: too large, packed like a bomb, or not what ``Content-Encoding`` says.
        httpx.TransportError: the network failed while reading.
    """
    codings = content_codings(response.headers)
    length = response.headers.get("Content-Length", "").strip()
    if not truncate and length.isdigit() and int(length) > limit:
        raise BodyError(BodyProblem.TOO_LARGE, f"Content-Length {length}")
    raw_count = 0

    def raw() -> Iterator[bytes]:
        nonlocal raw_count
        for chunk in response.iter_raw(CHUNK):
            if check is not None:
                check()
            raw_count += len(chunk)
            if raw_count > limit and not truncate:
                raise BodyError(BodyProblem.TOO_LARGE, f"more than {limit} bytes on the wire")
            yield chunk

    stream: Iterator[bytes] = raw()
    for coding in reversed(codings):  # the last one applied is undone first
        stream = _inflate(stream, coding)
    body = bytearray()
    for chunk in stream:
        if check is not None:
            check()
        body += chunk
        if len(body) > limit:
            if truncate:
                del body[limit:]
                break
            if codings:
                raise BodyError(BodyProblem.TOO_LARGE, f"more than {limit} bytes once unpacked")
            raise BodyError(BodyProblem.TOO_LARGE, f"more than {limit} bytes")
        if codings and len(body) > RATIO_FLOOR and len(body) > MAX_RATIO * max(raw_count, 1):
            raise BodyError(
                BodyProblem.PACKED_TOO_TIGHT,
                f"{len(body)} bytes unpacked from {raw_count} (more than {MAX_RATIO} times)",
            )
    return bytes(body)
