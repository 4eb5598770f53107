"""bench/run.py --quick fails CI only on a gross regression: a figure worse than 3× its target.

The verdict logic of bench/report.py, fed made-up rows (no timing here: the figures themselves
are the benchmark's).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPORT = Path(__file__).resolve().parents[2] / "bench" / "report.py"
if not REPORT.is_file():
    pytest.skip("bench/ is not shipped in the sdist", allow_module_level=True)


def load_report() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_report", REPORT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_report"] = module  # dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module


report = load_report()


def row(score: float | None, target: float, note: str = "") -> object:
    return report.Row("start-up", "—", "—", "—", score, target, f"≤ {target}", note)


@pytest.mark.parametrize(
    ("score", "target", "verdict", "code"),
    [
        (3.1 * 1.3, 1.3, "**GROSS** (> 3× target)", 1),  # start-up ratio 4.03×
        (2.9 * 1.3, 1.3, "miss", 0),  # 3.77×: a miss, not a CI failure
        (1.2, 1.3, "pass", 0),
        (3.1 * 16, 16, "**GROSS** (> 3× target)", 1),  # a 49.6 ms GUI-thread turn
        (2.9 * 16, 16, "miss", 0),  # 46.4 ms
        (3.1 * 110, 110, "**GROSS** (> 3× target)", 1),  # 341 MB after the huge chat
        (2.9 * 130, 130, "miss", 0),  # a 377 ms wegly-lookup
    ],
)
def test_only_a_figure_worse_than_three_times_its_target_fails(
    score: float, target: float, verdict: str, code: int
) -> None:
    rows = [row(1.0, 1.3), row(score, target)]
    assert rows[1].verdict == verdict
    assert report.exit_code(rows) == code


def test_a_row_not_measured_neither_passes_nor_fails() -> None:
    missing = row(None, 1.0, "not built (packaging/build.sh)")
    assert missing.verdict == "not built (packaging/build.sh)"
    assert report.exit_code([missing]) == 0


def test_table_is_markdown_with_one_line_per_figure() -> None:
    table = report.markdown_table([row(4.03, 1.3), row(None, 1.0, "not built")])
    assert table.splitlines() == [
        "| # | figure | measured | baseline (same run) | ratio | target | result |",
        "|---|---|---|---|---|---|---|",
        "| 1 | start-up | — | — | — | ≤ 1.3 | **GROSS** (> 3× target) |",
        "| 2 | start-up | — | — | — | ≤ 1.0 | not built |",
    ]


@pytest.mark.parametrize(
    ("cli_ms", "httpx_floor_ms", "verdict"),
    [
        (400.0, 100.0, "**GROSS** (> 3× target)"),  # > 3 × 130 on a machine with a 100 ms floor
        (400.0, 250.0, "miss"),  # a slow machine: 1.6× its own bare httpx process
        (760.0, 250.0, "**GROSS** (> 3× target)"),  # > 3 × the 250 ms floor
    ],
)
def test_an_absolute_figure_is_gross_only_beyond_three_times_the_machines_floor(
    cli_ms: float, httpx_floor_ms: float, verdict: str
) -> None:
    cli = report.Row(
        "wegly-lookup", "—", "—", "—", cli_ms, 130, "≤ 130 ms", gross_floor=httpx_floor_ms
    )
    assert cli.verdict == verdict


@pytest.mark.parametrize(("kept_mb", "code"), [(36.8, 0), (61.0, 1)])
def test_a_known_miss_fails_ci_only_beyond_its_recorded_ceiling(kept_mb: float, code: int) -> None:
    back = report.Row("RSS back", "—", "—", "—", kept_mb, 5, "≤ +5 MB", known_ceiling=60.0)
    assert back.met is False  # still a miss in the table
    assert report.exit_code([back]) == code
