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
import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Final, TypeVar

TEXT_LIMIT: Final = 2_000
"""Characters of one value (a name, a number, an id) that a label or cell receives."""
LONG_TEXT_LIMIT: Final = 20_000
"""Characters of a message body, CRM notes or payload shown in a text box."""
MAX_LIST_ITEMS: Final = 10_000
"""Items read from any list of a chat (reactions, agents, contacts...); the rest is skipped."""
ELLIPSIS: Final = "…"
BIG_PAYLOAD_ITEMS: Final = 2_000
"""Items in a payload's lists from which its parsing runs under :func:`kept_out_of_collections`."""

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


# Per dataclass type: its fields' names and the limit of each (looked up once, not per value:
# a chat's facts hold tens of thousands of dataclasses).
_FIELD_LIMITS: dict[type, tuple[tuple[str, int], ...]] = {}
# Values that hold no text: returned as they are without a look at their type's fields.
_ATOMIC: Final = (int, float, type(None))
_HOLDERS: Final = frozenset({tuple, list})


def _field_limits(kind: type) -> tuple[tuple[str, int], ...]:
    limits = _FIELD_LIMITS.get(kind)
    if limits is None:
        limits = tuple(
            (field.name, LONG_TEXT_LIMIT if field.name in _LONG_FIELDS else TEXT_LIMIT)
            for field in dataclasses.fields(kind)
        )
        _FIELD_LIMITS[kind] = limits
    return limits


def _bound(value: Any, limit: int) -> Any:
    if isinstance(value, str):
        return value if len(value) <= limit else bounded(value, limit)
    if isinstance(value, _ATOMIC):
        return value
    if isinstance(value, tuple | list):
        items = [_bound(item, TEXT_LIMIT) for item in value[:MAX_LIST_ITEMS]]
        if len(items) == len(value) and all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return type(value)(items)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes: dict[str, Any] = {}
        for name, field_limit in _field_limits(type(value)):
            old = getattr(value, name)
            kind = type(old)
            if kind is str:  # most values: checked here, without a call per value
                if len(old) <= field_limit:
                    continue
                new = bounded(old, field_limit)
            elif kind not in _HOLDERS and not hasattr(kind, "__dataclass_fields__"):
                continue  # numbers, datetimes, enums: nothing to cap
            else:
                new = _bound(old, field_limit)
            if new is not old:
                changes[name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value


# --- garbage collection of big payloads ------------------------------------------------------

_gc_lock = threading.Lock()
_gc_depth = 0
_gc_thresholds: tuple[int, int, int] = (700, 10, 10)


@contextmanager
def kept_out_of_collections() -> Iterator[None]:
    """Build a big payload's objects without full garbage collections, then freeze them.

    A chat with 10,000 reactions and 3,000 agents makes ~60,000 tracked objects (models, facts,
    rows). Each time that many survive, CPython runs a full collection, which walks every
    tracked object while holding the GIL: 60-100 ms in which the GUI thread cannot run
    (measured), although nothing here is garbage: models, facts and rows hold no cycles. So
    while the body runs only the young generations are collected (a few thousand objects at a
    time), and at the end ``gc.freeze()`` moves what exists to the permanent generation, which
    collections skip. Frozen objects are still freed by reference counting when the chat is
    dropped; the price is that cyclic garbage pending at that moment is never collected
    (a few objects: it happens once per big payload). Nested and concurrent uses (two lookups)
    share one state: thresholds are restored and the freeze done by the last one out.
    """
    global _gc_depth, _gc_thresholds  # one process-wide collector state
    with _gc_lock:
        if _gc_depth == 0:
            _gc_thresholds = gc.get_threshold()
            young, middle, _old = _gc_thresholds
            gc.set_threshold(young, middle, 1_000_000_000)  # no full collection meanwhile
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0:
                gc.freeze()
                gc.set_threshold(*_gc_thresholds)


def list_items(payload: object, depth: int = 3) -> int:
    """How many items the lists in ``payload`` hold, down to ``depth`` levels of objects (a
    cheap size estimate: a chat's big lists are its agents and its last message's reactions)."""
    if isinstance(payload, list):
        return len(payload)
    if not isinstance(payload, dict) or depth <= 0:
        return 0
    return sum(list_items(child, depth - 1) for child in payload.values())
