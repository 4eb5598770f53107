"""The table of bench/run.py and its verdicts: pass/miss against the target, and the gross
regressions (worse than GROSS_FACTOR × the target) that fail the quick mode in CI.

Pure Python, no Qt, no timing: tests/core/test_bench_thresholds.py feeds it made-up rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

GROSS_FACTOR = 3.0  # CI fails only on a figure worse than 3× its target


@dataclass(frozen=True)
class Row:
    """One figure of the table.

    Attributes:
        figure: what is measured.
        measured: the figure as printed ("412 ms").
        baseline: the baseline(s) measured in the same run, as printed.
        ratio: measured against the baseline, as printed ("2.01×").
        score: the number the target applies to (a ratio, ms, MB); None when not measured.
        target: the target for ``score`` (lower is better).
        target_text: the target as printed ("≤ 1.3×").
        note: why there is no figure, or what else to know.
        gross_floor: for a figure in absolute units, what this machine cannot go below (a
            baseline process measured in the same run); a figure is gross only beyond
            GROSS_FACTOR × the larger of the target and this floor, so a slow machine does not
            fail CI with a product that is as fast as the machine allows.
        known_ceiling: for a target still missed by more than GROSS_FACTOR (listed with its
            measured figures in docs/performance.md, "Known misses"), CI fails only beyond
            this ceiling: it then guards the figure reached against regressions.
    """

    figure: str
    measured: str
    baseline: str
    ratio: str
    score: float | None
    target: float
    target_text: str
    note: str = ""
    gross_floor: float = 0.0
    known_ceiling: float = 0.0

    @property
    def met(self) -> bool | None:
        return None if self.score is None else self.score <= self.target

    @property
    def gross(self) -> bool:
        """Worse than GROSS_FACTOR × the target: a regression CI must not let through."""
        limit = max(GROSS_FACTOR * max(self.target, self.gross_floor), self.known_ceiling)
        return self.score is not None and self.score > limit

    @property
    def verdict(self) -> str:
        if self.score is None:
            return self.note or "not measured"
        if self.gross:
            return f"**GROSS** (> {GROSS_FACTOR:g}× target)"
        return "pass" if self.met else "miss"


def gross_regressions(rows: Sequence[Row]) -> list[Row]:
    return [row for row in rows if row.gross]


def exit_code(rows: Sequence[Row]) -> int:
    """1 when any figure is a gross regression, else 0 (a miss alone does not fail)."""
    return 1 if gross_regressions(rows) else 0


def markdown_table(rows: Sequence[Row]) -> str:
    lines = [
        "| # | figure | measured | baseline (same run) | ratio | target | result |",
        "|---|---|---|---|---|---|---|",
    ]
    for number, row in enumerate(rows, start=1):
        cells = (
            str(number),
            row.figure,
            row.measured,
            row.baseline,
            row.ratio,
            row.target_text,
            row.verdict,
        )
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines)


def times(value: float, baseline: float) -> str:
    """``value`` as a ratio of ``baseline`` ("2.01×"), or "—" without a baseline."""
    return f"{value / baseline:.2f}×" if baseline > 0 else "—"
