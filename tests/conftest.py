"""Shared fixtures: a contract server on loopback and the key it expects."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from fixed_time import NOW
from wegly_viewer.core.clock import FixedClock
from wegly_viewer.devserver import ContractServer

# .ci/run sets this to run the suite again with the wall clock somewhere else (an ISO date-time,
# or "+400d"): a test that reads the wall clock instead of the injected one then fails.
WALL_CLOCK_ENV = "WEGLY_TEST_WALL_CLOCK"


def pytest_configure(config: pytest.Config) -> None:
    moved_to = os.environ.get(WALL_CLOCK_ENV, "").strip()
    if not moved_to:
        return
    import time_machine

    if moved_to.startswith("+") and moved_to.endswith("d"):
        destination = datetime.now(UTC) + timedelta(days=int(moved_to[1:-1]))
    else:
        destination = datetime.fromisoformat(moved_to)
    # A timestamp, not a datetime: an aware datetime would make time-machine set TZ too.
    traveller = time_machine.travel(destination.timestamp(), tick=True)
    traveller.start()
    config.add_cleanup(traveller.stop)


def pytest_report_header(config: pytest.Config) -> str | None:
    moved_to = os.environ.get(WALL_CLOCK_ENV, "").strip()
    if not moved_to:
        return None
    return f"wall clock moved to {datetime.now(UTC).isoformat()} (TZ={os.environ.get('TZ', '')})"


# JWT-shaped, like a real Wegly integration key, so redaction is exercised for real.
API_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ0ZXN0LWtleSJ9.c2lnbmF0dXJlLXRlc3Q"


@pytest.fixture
def api_token() -> str:
    return API_TOKEN


@pytest.fixture
def clock() -> FixedClock:
    """The injected clock, stopped at :data:`NOW` (tests may move it)."""
    return FixedClock(NOW)


@pytest.fixture
def server(clock: FixedClock) -> Iterator[ContractServer]:
    """A fresh contract server (own script queue and request log) that checks the key."""
    with ContractServer(token=API_TOKEN, clock=clock) as running:
        yield running


@pytest.fixture
def other_server(clock: FixedClock) -> Iterator[ContractServer]:
    """Another server; tests reach it as ``localhost`` so it counts as another host."""
    with ContractServer(token=None, clock=clock) as running:
        yield running
