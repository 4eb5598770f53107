"""Pull one chat UUID out of whatever a support person pastes.

People copy chat IDs from the Wegly web app's address bar, from log lines, webhook payloads and
chat messages, so the input may be a bare UUID in any case, wrapped in braces or ``urn:uuid:``,
surrounded by text, or inside a URL. Only a well-formed UUID ever leaves this module, so nothing
else (``12345``, ``../../etc/passwd``) can reach the network. A pasted API key (a JWT) is refused
without being echoed, because people do paste the wrong clipboard.
"""

from __future__ import annotations

import re

from wegly_viewer.core.errors import ErrorKind, WeglyError

_HEX = "0-9a-fA-F"
# A dashed UUID not glued to more hex digits or dashes (so a longer hex blob is not half-read).
_DASHED = re.compile(
    rf"(?<![{_HEX}-])([{_HEX}]{{8}})-([{_HEX}]{{4}})-([{_HEX}]{{4}})-([{_HEX}]{{4}})-([{_HEX}]{{12}})(?![{_HEX}-])"
)
# 32 hex digits with no dashes count only as a whole token (e.g. ``{3F2B...}`` or a bare paste).
_COMPACT = re.compile(rf"^\{{?([{_HEX}]{{32}})\}}?$")
# A JWT: three base64url segments, the first being base64 of '{"' (so it starts with eyJ).
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")
# Words that, right before a UUID in a URL or text, mark it as the chat's (when several appear).
_CHAT_HINT = re.compile(r"(?:chats?|conversations?|chat_?id|chatId)[/=:\s]*$", re.IGNORECASE)

MAX_INPUT_CHARS = 10_000


def looks_like_api_key(text: str) -> bool:
    """True when ``text`` contains something shaped like a JWT (an integration key)."""
    return _JWT.search(text) is not None


def looks_like_chat_id(text: str) -> bool:
    """True when ``text`` (e.g. what was pasted as an API key) is a chat ID or a chat link.

    An integration key is a JWT (``eyJ…``) and never contains a UUID, so this questions the
    other wrong clipboard: a chat ID pasted into the key field."""
    if looks_like_api_key(text):
        return False
    try:
        extract_chat_id(text)
    except WeglyError:
        return False
    return True


def _invalid(message_id: str) -> WeglyError:
    return WeglyError(ErrorKind.INVALID_INPUT, message_id)


def extract_chat_id(text: str) -> str:
    """Return the one chat UUID contained in ``text``, lowercase and dashed.

    Raises:
        WeglyError: kind ``invalid_input`` when there is no UUID, several different ones with no
            hint which is the chat, or the text looks like an API key. The message never
            repeats the input, so a pasted secret is not echoed.
    """
    text = text[:MAX_INPUT_CHARS].strip()
    if not text:
        raise _invalid("empty_input")
    if looks_like_api_key(text):
        raise _invalid("looks_like_key")

    compact = _COMPACT.match(text)
    if compact:
        h = compact.group(1).lower()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    found: dict[str, bool] = {}  # uuid -> preceded by a chat hint; insertion-ordered
    for match in _DASHED.finditer(text):
        uuid = "-".join(match.groups()).lower()
        hinted = _CHAT_HINT.search(text, 0, match.start()) is not None
        found[uuid] = found.get(uuid, False) or hinted
    if not found:
        raise _invalid("no_uuid")
    if len(found) == 1:
        return next(iter(found))
    hinted_ids = [uuid for uuid, hinted in found.items() if hinted]
    if len(hinted_ids) == 1:
        return hinted_ids[0]
    raise _invalid("many_uuids")


def is_chat_id(text: str) -> bool:
    """True when ``text`` is exactly a normalised chat UUID (what :func:`extract_chat_id` returns)."""
    return _DASHED.fullmatch(text) is not None and text == text.lower()
