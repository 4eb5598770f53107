"""Product rule 8: time comes from the injected clock, never from the wall clock elsewhere."""

from __future__ import annotations

import ast
from pathlib import Path

import wegly_viewer
from wegly_viewer.core.clock import FixedClock

PACKAGE = Path(wegly_viewer.__file__).resolve().parent
CLOCK_MODULE = PACKAGE / "core" / "clock.py"

# Attribute calls that read the wall clock (Python and Qt). Monotonic clocks are fine: they
# measure deadlines, not dates.
WALL_CLOCK_CALLS = {
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("date", "today"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
    ("time", "ctime"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("QDateTime", "currentSecsSinceEpoch"),
    ("QDateTime", "currentMSecsSinceEpoch"),
    ("QDate", "currentDate"),
    ("QTime", "currentTime"),
}
# Names that, imported bare (``from time import time``), read the wall clock when called.
WALL_CLOCK_IMPORTS = {("time", "time"), ("time", "time_ns"), ("time", "localtime")}


def wall_clock_reads(source: str) -> list[str]:
    """``line: call`` for every wall-clock read in ``source``."""
    tree = ast.parse(source)
    found: list[str] = []
    bare: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                if (node.module.split(".")[-1], alias.name) in WALL_CLOCK_IMPORTS:
                    bare.add(alias.asname or alias.name)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute):
            owner = func.value
            owner_name = (
                owner.id
                if isinstance(owner, ast.Name)
                else owner.attr
                if isinstance(owner, ast.Attribute)
                else ""
            )
            if (owner_name, func.attr) in WALL_CLOCK_CALLS:
                # time.localtime(x) / gmtime(x) convert a given instant: not a read.
                if func.attr in {"localtime", "gmtime", "ctime"} and node.args:
                    continue
                found.append(f"{node.lineno}: {owner_name}.{func.attr}()")
        elif isinstance(func, ast.Name) and func.id in bare and not node.args:
            found.append(f"{node.lineno}: {func.id}()")
    return found


def test_scanner_catches_every_form() -> None:
    source = (
        "import datetime as dt\nfrom datetime import date, datetime\nimport time\n"
        "from time import time as now_s\nfrom PySide6.QtCore import QDateTime\n"
        "a = datetime.now(UTC)\nb = dt.datetime.now()\nc = date.today()\nd = time.time()\n"
        "e = now_s()\nf = QDateTime.currentDateTime()\ng = time.monotonic()\n"
        "h = time.localtime(0)\n"
    )
    assert wall_clock_reads(source) == [
        "6: datetime.now()",
        "7: datetime.now()",
        "8: date.today()",
        "9: time.time()",
        "10: now_s()",
        "11: QDateTime.currentDateTime()",
    ]


def test_no_product_module_reads_the_wall_clock_outside_the_clock_module() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): reads
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != CLOCK_MODULE and (reads := wall_clock_reads(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}
    assert wall_clock_reads(CLOCK_MODULE.read_text(encoding="utf-8"))  # the one place it is read


def test_fixed_clock_moves_only_when_told() -> None:
    from datetime import UTC, datetime, timedelta

    clock = FixedClock(datetime(2026, 3, 29, 0, 59))  # naive: taken as UTC
    assert clock.now() == datetime(2026, 3, 29, 0, 59, tzinfo=UTC)
    assert clock.now() == clock.now()
    clock.advance(timedelta(minutes=2))
    assert clock.now() == datetime(2026, 3, 29, 1, 1, tzinfo=UTC)
