"""How much of a payload is shown: text and lists are capped before anything lays them out.

A server can send a 10 MB contact name or a list of millions of items. Laying out a megabyte
label freezes a Qt window for seconds (10 MB: ~100 s, measured), and validating millions of items
holds Python's GIL on the lookup worker long enough to stall the GUI thread. So:

- every text a label, tooltip or table cell shows is at most :data:`TEXT_LIMIT` characters
  (message bodies and notes :data:`LONG_TEXT_LIMIT`), cut with ``…``; the cut is made on the
  lookup worker (:func:`bounded_facts`) and again, cheaply, by the UI's label helpers;
- every list of the chat is read up to :data:`MAX_LIST_ITEMS` items (:func:`at_most`, before
  validation); the raw JSON keeps everything for the "Raw JSON" tab and ``--json``.

Pure and Qt-free: the CLI and the window share it.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Final, TypeVar

TEXT_LIMIT: Final = 2_000
"""Characters of one value (a name, a number, an id) that a label or cell receives."""
LONG_TEXT_LIMIT: Final = 20_000
"""Characters of a message body, CRM notes or payload shown in a text box."""
MAX_LIST_ITEMS: Final = 10_000
"""Items read from any list of a chat (reactions, agents, contacts...); the rest is skipped."""
ELLIPSIS: Final = "…"

_LONG_FIELDS: Final = frozenset({"body", "notes"})

T = TypeVar("T")


def bounded(text: str, limit: int = TEXT_LIMIT) -> str:
    """``text``, or its first ``limit - 1`` characters and ``…`` when it is longer."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)] + ELLIPSIS


def is_cut(text: str, limit: int = TEXT_LIMIT) -> bool:
    """Whether :func:`bounded` would shorten ``text``."""
    return len(text) > limit


def at_most(value: object) -> object:
    """A pydantic ``BeforeValidator``: a list keeps its first :data:`MAX_LIST_ITEMS` items."""
    if isinstance(value, list) and len(value) > MAX_LIST_ITEMS:
        return value[:MAX_LIST_ITEMS]
    return value


def bounded_facts(value: T) -> T:
    """A copy of a tree of frozen dataclasses (the chat facts) with every text capped.

    Strings in fields named ``body`` or ``notes`` keep :data:`LONG_TEXT_LIMIT` characters, all
    others :data:`TEXT_LIMIT`; tuples and lists are walked (and capped to
    :data:`MAX_LIST_ITEMS`), other values are kept as they are. Unchanged parts are reused.
    """
    return _bound(value, TEXT_LIMIT)  # type: ignore[no-any-return]


def _bound(value: Any, limit: int) -> Any:
    if isinstance(value, str):
        return bounded(value, limit)
    if isinstance(value, tuple | list):
        items = [_bound(item, TEXT_LIMIT) for item in value[:MAX_LIST_ITEMS]]
        if len(items) == len(value) and all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return type(value)(items)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes: dict[str, Any] = {}
        for field in dataclasses.fields(value):
            old = getattr(value, field.name)
            new = _bound(old, LONG_TEXT_LIMIT if field.name in _LONG_FIELDS else TEXT_LIMIT)
            if new is not old:
                changes[field.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value
