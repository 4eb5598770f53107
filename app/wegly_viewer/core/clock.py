"""The one place the product reads the wall clock.

Everything that shows or decides on "now" (relative times, the 24-hour window, ages, the demo
samples, ``Retry-After`` dates) gets a :class:`Clock` from the composition root (``ui/app.py``
for the window, ``main()`` for ``wegly-lookup`` and the contract server) instead of calling
``datetime.now()`` itself, so tests run at a fixed moment and pass on any date, in any time zone.
Monotonic deadlines (``time.monotonic``) are not wall-clock reads and stay where they are.
A test (``tests/core/test_clock_rule.py``) fails when product code reads the wall clock elsewhere.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Where "now" comes from."""

    def now(self) -> datetime:
        """The current moment as an aware UTC datetime."""
        ...


class SystemClock:
    """The computer's clock: what the app and the CLI use."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that moves only when told to: tests, and reproducible screenshots.

    Args:
        start: the moment to show; a naive datetime is taken as UTC.
    """

    def __init__(self, start: datetime) -> None:
        self._now = _aware(start)

    def now(self) -> datetime:
        return self._now

    def set(self, when: datetime) -> None:
        self._now = _aware(when)

    def advance(self, delta: timedelta) -> None:
        self._now += delta


def wall_clock_ns() -> int:
    """Nanoseconds since the epoch, for start-up timing against a launcher's own timestamp."""
    return time.time_ns()


def _aware(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
