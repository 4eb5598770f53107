"""Shared fixtures: a contract server on loopback and the key it expects.

Also the suite's strictness: a test that logs at ERROR level fails (unless marked
``allow_error_log``), and Hypothesis runs derandomised under ``CI``.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, settings

from fixed_time import NOW
from speech import speak
from wegly_viewer.core.clock import FixedClock
from wegly_viewer.devserver import ContractServer

# Reproducible in CI (same examples every run, no example database), random locally. No
# deadline: on a loaded 2-core runner one slow example would otherwise fail a correct test.
settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)

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


class _ErrorRecords(logging.Handler):
    """Collects every record at ERROR or above that reaches the root logger."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _fail_on_error_log(request: pytest.FixtureRequest) -> Iterator[None]:
    """An ERROR log is a bug the user would see in the log file: it fails the test.

    A test whose point is that an error gets logged says so with ``@pytest.mark.allow_error_log``.
    """
    handler = _ErrorRecords()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
    if handler.records and request.node.get_closest_marker("allow_error_log") is None:
        lines = "\n".join(f"  {r.name}: {r.getMessage()}" for r in handler.records)
        pytest.fail(f"logged at ERROR level (mark allow_error_log if intended):\n{lines}")


@pytest.fixture
def set_tz(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Sets the process time zone (``TZ`` + ``time.tzset``) for one test; restored after.

    Zones: :data:`fixed_time.SAO_PAULO_TZ`, :data:`fixed_time.BERLIN_TZ`.
    """
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is Unix-only")

    def set_to(zone: str) -> None:
        monkeypatch.setenv("TZ", zone)
        time.tzset()

    yield set_to
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(autouse=True)
def _english_by_default() -> Iterator[None]:
    """Every test starts in English (core's tr is process-wide); ``pt_br`` switches."""
    speak("en")
    yield
    speak("en")


@pytest.fixture
def pt_br() -> None:
    """Core texts (times, numbers, errors) in Brazilian Portuguese for this test."""
    speak("pt_BR")
