"""Compile a Qt Linguist ``.ts`` catalogue to a ``.qm`` file in pure Python (standard library only).

Byte for byte what ``lrelease`` (Qt 6, default options) writes for the catalogues this project
has; tests/e2e/test_translation_build.py compares the two. It exists for the wheel's build hook
(hatch_build.py): pip builds the wheel in an isolated environment that has hatchling but not
PySide6, and pulling the ~270 MB PySide6-Essentials into every build environment only to run
lrelease would cost more than the whole compile (see docs/packaging.md).

    python packaging/ts2qm.py FILE.ts OUT.qm
    python packaging/ts2qm.py --only-stale SOURCES_DIR OUT_DIR   # every wegly_viewer_*.ts

What it supports is what lupdate writes for us: contexts, plain and plural ("numerus")
messages, disambiguation comments, finished/unfinished/obsolete/vanished entries, and the
languages in ``LANGUAGES``. Anything else (id-based catalogues, length variants, another
language) raises ValueError instead of writing a file Qt would read differently.
"""

from __future__ import annotations

import struct
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
# Section tags of the .qm format (qtbase/src/corelib/kernel/qtranslator.cpp).
_LANGUAGE, _HASHES, _MESSAGES, _NUMERUS_RULES = 0xA7, 0x42, 0x69, 0x88
# Tags inside one message.
_END, _TRANSLATION, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 6, 7, 8
_NULL = b"\xff\xff\xff\xff"  # a null QString: what lrelease writes for an empty translation
# The .ts language -> Qt's numerus rules for it (qttools' numerus.cpp): pt_BR takes the
# singular for "n <= 1" (French style), English for "n == 1".
LANGUAGES: dict[str, bytes] = {
    "pt_BR": bytes([0x03, 0x01]),  # Q_LEQ 1
    "en": bytes([0x01, 0x01]),  # Q_EQ 1
    "en_US": bytes([0x01, 0x01]),
}


@dataclass(frozen=True)
class Message:
    context: bytes
    source: bytes
    comment: bytes
    translations: tuple[str, ...]


def _text(element: ET.Element | None) -> str:
    """The text of ``element`` as lupdate wrote it (``<byte value="x1"/>`` for control bytes)."""
    if element is None:
        return ""
    parts = [element.text or ""]
    for child in element:
        if child.tag != "byte":
            raise ValueError(f"unsupported <{child.tag}> inside <{element.tag}>")
        value = child.get("value", "")
        parts.append(chr(int(value[1:], 16) if value.startswith("x") else int(value)))
        parts.append(child.tail or "")
    return "".join(parts)


def read_ts(path: Path) -> tuple[str, list[Message]]:
    """The language and the messages lrelease would compile from ``path``."""
    root = ET.parse(path).getroot()  # noqa: S314 - our own catalogue
    language = root.get("language", "")
    messages = []
    for context in root.iter("context"):
        name = _text(context.find("name"))
        for message in context.iter("message"):
            if message.get("id"):
                raise ValueError("id-based catalogues are not supported")
            translation = message.find("translation")
            if translation is None:
                raise ValueError(f"message without <translation> in {name}")
            kind = translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            if (
                translation.get("variants") == "yes"
                or translation.find("lengthvariant") is not None
            ):
                raise ValueError("length variants are not supported")
            if message.get("numerus") == "yes":
                forms = tuple(_text(form) for form in translation.iter("numerusform"))
            else:
                forms = (_text(translation),)
            if kind == "unfinished" and not (forms and forms[0]):
                continue  # untranslated: Qt falls back to the source text
            messages.append(
                Message(
                    name.encode(),
                    _text(message.find("source")).encode(),
                    _text(message.find("comment")).encode(),
                    forms,
                )
            )
    return language, messages


def elf_hash(data: bytes) -> int:
    """Qt's hash of ``source + comment`` for the lookup table (stops at a NUL byte)."""
    h = 0
    for byte in data.split(b"\0", 1)[0]:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _bytes(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def _message(message: Message) -> bytes:
    out = bytearray()
    for form in message.translations:
        out += bytes([_TRANSLATION]) + (_bytes(form.encode("utf-16-be")) if form else _NULL)
    out += bytes([_COMMENT]) + _bytes(message.comment)
    out += bytes([_SOURCE]) + _bytes(message.source)
    out += bytes([_CONTEXT]) + _bytes(message.context)
    out.append(_END)
    return bytes(out)


def _section(tag: int, data: bytes) -> bytes:
    return bytes([tag]) + _bytes(data)


def compile_qm(language: str, messages: list[Message]) -> bytes:
    """The .qm file for ``messages`` in ``language``."""
    if language not in LANGUAGES:
        raise ValueError(f"no plural rules for language {language!r}; add them to LANGUAGES")
    rules = LANGUAGES[language]
    pairs = Counter((message.context, message.source) for message in messages)
    ordered: dict[tuple[bytes, bytes, bytes], Message] = {}
    for message in messages:
        # lrelease keeps a disambiguation comment only when messages differ by it alone.
        if pairs[message.context, message.source] == 1:
            message = replace(message, comment=b"")
        key = (message.context, message.source, message.comment)
        if key in ordered:
            raise ValueError(f"duplicate message {message.source!r} in {message.context!r}")
        ordered[key] = message
    body = bytearray()
    offsets = []
    for key in sorted(ordered):
        message = ordered[key]
        offsets.append((elf_hash(message.source + message.comment), len(body)))
        body += _message(message)
    table = b"".join(struct.pack(">II", h, offset) for h, offset in sorted(offsets))
    out = bytearray(MAGIC)
    out += _section(_LANGUAGE, language.encode())
    if body:
        out += _section(_HASHES, table) + _section(_MESSAGES, bytes(body))
    out += _section(_NUMERUS_RULES, rules)
    return bytes(out)


def compile_file(ts: Path, qm: Path) -> int:
    """Compile ``ts`` into ``qm``; returns how many messages it holds."""
    language, messages = read_ts(ts)
    qm.parent.mkdir(parents=True, exist_ok=True)
    qm.write_bytes(compile_qm(language, messages))
    return len(messages)


def catalogues(sources: Path) -> list[Path]:
    """The project's ``.ts`` files in ``sources`` (error when there are none)."""
    found = sorted(sources.glob("wegly_viewer_*.ts"))
    if not found:
        raise FileNotFoundError(f"no wegly_viewer_*.ts in {sources}")
    return found


def compile_dir(sources: Path, out: Path, *, only_stale: bool = False) -> list[Path]:
    """Compile every catalogue in ``sources`` to ``out/<name>.qm``; returns the ``.qm`` paths.

    With ``only_stale``, a ``.qm`` at least as new as its ``.ts`` is left as it is.
    """
    written = []
    for ts in catalogues(sources):
        qm = out / ts.with_suffix(".qm").name
        if not (only_stale and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime):
            compile_file(ts, qm)
        written.append(qm)
    return written


def main(argv: list[str]) -> None:
    only_stale = argv[:1] == ["--only-stale"]
    args = argv[1:] if only_stale else argv
    if len(args) != 2:
        raise SystemExit(__doc__)
    source, out = Path(args[0]), Path(args[1])
    if source.is_dir():
        compile_dir(source, out, only_stale=only_stale)
    else:
        compile_file(source, out)


if __name__ == "__main__":
    main(sys.argv[1:])
