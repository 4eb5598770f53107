"""Every figure of issue 13 in one table, each against its baseline measured in the same run.

    PYTHONPATH=app QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run.py [--quick]

Medians of interleaved runs (app, baseline, app, baseline, …: a machine that slows down slows
both). Time is this process's wall clock around each child (exec → the line it prints, or exec →
exit), so the app and its baseline are measured the same way. The table is Markdown, for
docs/performance.md; progress goes to stderr.

``--quick`` (CI): fewer runs, no leak row; like the full run it exits 1 only on a gross
regression, a figure worse than 3× its target (bench/report.py), never on a plain miss.
Method and figures: docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from statistics import median
from typing import Any

from harness import (
    BENCH,
    NORMAL_CHAT,
    ROOT,
    TOKEN,
    chat_url,
    child_env,
    describe_machine,
    parse_fields,
    rss_is_peak,
    run_json_child,
    server_process,
    time_process,
    time_to_line,
)
from report import Row, exit_code, markdown_table, times

FROZEN = ROOT / "dist" / "wegly-chat-viewer" / "wegly-chat-viewer"
PY = sys.executable
APP = [PY, "-m", "wegly_viewer"]
BARE = [PY, str(BENCH / "bare_window.py")]
CHILD = [PY, str(BENCH / "app_child.py")]
PAINT_LINE = "first-paint-ms="


def progress(text: str) -> None:
    sys.stderr.write(f"[bench {time.strftime('%H:%M:%S')}] {text}\n")
    sys.stderr.flush()


def interleaved(
    runs: int, contenders: dict[str, Callable[[], float]], warm_up: bool = True
) -> dict[str, list[float]]:
    """Each contender ``runs`` times, in turn (the order rotates every run); a first, uncounted
    run of each fills the page cache."""
    names = list(contenders)
    if warm_up:
        for name in names:
            contenders[name]()
    results: dict[str, list[float]] = {name: [] for name in names}
    for run in range(runs):
        for name in names[run % len(names) :] + names[: run % len(names)]:
            results[name].append(contenders[name]())
    return results


def first_paint(command: Sequence[str]) -> Callable[[], float]:
    """Seconds to the first paint; the bare window's RSS at it is kept in ``BARE_RSS``."""

    def measure() -> float:
        env = child_env({"WEGLY_EXIT_AFTER_SHOW": "1"})
        elapsed, line = time_to_line(command, PAINT_LINE, env)
        rss = parse_fields(line).get("rss-mb")
        if rss:
            BARE_RSS.append(rss)
        return elapsed

    return measure


BARE_RSS: list[float] = []


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def startup_rows(runs: int) -> list[Row]:
    progress(
        f"start-up to first paint: app, bare window{', frozen' if FROZEN.exists() else ''} × {runs}"
    )
    contenders = {"app": first_paint(APP), "bare": first_paint(BARE)}
    if FROZEN.exists():
        contenders["frozen"] = first_paint([str(FROZEN)])
    got = {name: median(values) for name, values in interleaved(runs, contenders).items()}
    app, bare = got["app"], got["bare"]
    rows = [
        Row(
            "start-up to first paint (`python -m wegly_viewer`)",
            ms(app),
            f"bare `QMainWindow` {ms(bare)}",
            times(app, bare),
            app / bare,
            1.3,
            "≤ 1.3×",
        )
    ]
    if FROZEN.exists():
        frozen = got["frozen"]
        rows.append(
            Row(
                "frozen bundle: start-up to first paint",
                ms(frozen),
                f"source {ms(app)}",
                times(frozen, app),
                frozen / app,
                1.0,
                "≤ source",
            )
        )
    else:
        rows.append(_not_built("frozen bundle: start-up to first paint"))
    return rows


def _not_built(figure: str) -> Row:
    return Row(figure, "—", "—", "—", None, 1.0, "≤ source", "not built (packaging/build.sh)")


def startup_gap_row(runs: int, idle_cap_ms: int) -> Row:
    progress(f"longest GUI-thread turn after the first paint: app, idle bare window × {runs}")
    gaps: list[float] = []
    spans: list[float] = []
    idle: list[float] = []
    env = child_env({"WEGLY_TOKEN": TOKEN})
    for _ in range(runs):
        result = run_json_child([*CHILD, "startup"], env)
        gaps.append(_num(result, "gap_ms"))
        span = _num(result, "paint_to_ready_ms")
        spans.append(span)
        # The same span on an idle bare window: the floor this machine puts under any gap.
        idle_ms = min(round(span + 300), idle_cap_ms)
        bare = run_json_child([*BARE, "--gaps", str(idle_ms)], child_env())
        idle.append(_num(bare, "gap_ms"))
    gap, floor = median(gaps), median(idle)
    return Row(
        "longest GUI-thread turn, first paint → start-up done (1 ms timer)",
        f"{gap:.0f} ms (max {max(gaps):.0f}; ready {median(spans):.0f} ms after the paint)",
        f"idle bare window, same span: {floor:.0f} ms",
        times(gap, floor),
        gap,
        16,
        "≤ 16 ms",
        known_ceiling=KNOWN_GAP_CEILING_MS,
    )


def _num(result: dict[str, Any], key: str) -> float:
    value = result[key]
    assert isinstance(value, int | float), (key, value)
    return float(value)


# Known misses (docs/performance.md): the figures reached, with room for a busy machine; CI
# fails beyond these instead of 3x the target. Measured: huge-chat turns 21-41 ms median, 79 ms
# max, in single runs up to 157 ms on a busy machine (a worker's C calls holding the GIL:
# json.loads of the chat and timeline bodies, pydantic slices); +14-17 MB kept by the
# allocator after one huge chat (+35 MB after five).
KNOWN_GAP_CEILING_MS = 250.0
KNOWN_RSS_BACK_CEILING_MB = 45.0


def chat_rows(url: str, runs: int, warm_ups: int) -> list[Row]:
    progress(f"huge chat (many_agents) against httpx.get+json.loads × {runs}, in one window")
    got = run_json_child(
        [*CHILD, "chats", url, str(runs), str(warm_ups)],
        child_env({"WEGLY_TOKEN": TOKEN}),
        timeout=600,
    )
    shown, raw = _num(got, "huge_shown_ms"), _num(got, "raw_ms")
    gap, normal_gap = _num(got, "huge_gap_ms"), _num(got, "normal_gap_ms")
    leave = _num(got, "leave_gap_ms")
    huge_rss = _num(got, "huge_rss_mb")
    before, after = _num(got, "normal_before_mb"), _num(got, "normal_after_mb")
    huge_last, after_last = _num(got, "huge_rss_last_mb"), _num(got, "normal_after_last_mb")
    huge_text, back = f"{huge_rss:.0f} MB", f"{after - before:+.1f} MB"
    if runs > 1:  # what repeating the huge chat adds
        huge_text += f" (after huge chat {runs}: {huge_last:.0f} MB)"
        back += f"; after huge chat {runs}: {after_last - before:+.1f} MB"
    bare_rss = median(BARE_RSS) if BARE_RSS else 0.0
    peak = " (peak: no /proc here)" if rss_is_peak() else ""
    parts = got.get("breakdown")
    if isinstance(parts, dict) and parts.get("huge"):
        huge_text += f"; {parts['huge']}"
        back += f"; {parts.get('normal_after', '')}; before: {parts.get('normal_before', '')}"
    return [
        Row(
            "huge chat: Enter → first tab painted",
            f"{shown:.0f} ms",
            f"`httpx.get`+`json.loads` {raw:.0f} ms",
            times(shown, raw),
            shown / raw,
            2.0,
            "≤ 2×",
        ),
        Row(
            "huge chat: longest GUI-thread turn while loading",
            f"{gap:.0f} ms (max {_num(got, 'huge_gap_max_ms'):.0f})",
            f"normal chat lookup {normal_gap:.0f} ms",
            times(gap, normal_gap),
            gap,
            16,
            "≤ 16 ms",
            gross_floor=normal_gap,
            known_ceiling=KNOWN_GAP_CEILING_MS,
        ),
        Row(
            "huge chat → normal chat: longest GUI-thread turn",
            f"{leave:.0f} ms",
            f"normal chat lookup {normal_gap:.0f} ms",
            times(leave, normal_gap),
            leave,
            16,
            "≤ 16 ms",
            gross_floor=normal_gap,
            known_ceiling=KNOWN_GAP_CEILING_MS,
        ),
        Row(
            "RSS after the (first) huge chat" + peak,
            huge_text,
            f"bare window {bare_rss:.0f} MB",
            times(huge_rss, bare_rss),
            huge_rss,
            110,
            "≤ 110 MB",
        ),
        Row(
            "RSS back on a normal chat after the (first) huge one, once freed" + peak,
            f"{after:.0f} MB ({back})",
            f"normal chat before the huge one {before:.0f} MB",
            times(after, before),
            after - before,
            5,
            "≤ +5 MB",
            known_ceiling=KNOWN_RSS_BACK_CEILING_MB,
        ),
    ]


def leak_row(url: str, lookups: int) -> Row:
    figure = f"leak: RSS growth over lookups 20 → {lookups or 200} (normal chats)"
    if lookups <= 20:
        return Row(figure, "—", "—", "—", None, 3, "≤ 3 MB", "full mode only (tests/ui covers it)")
    progress(f"leak: {lookups} lookups of normal chats")
    got = run_json_child(
        [*CHILD, "leak", url, str(lookups)], child_env({"WEGLY_TOKEN": TOKEN}), timeout=1200
    )
    start, end = _num(got, "rss_from_mb"), _num(got, "rss_to_mb")
    count = _num(got, "to") - _num(got, "from")
    growth = end - start
    return Row(
        figure,
        f"{growth:+.1f} MB ({growth * 1000 / count:+.0f} KB/lookup)",
        f"RSS at lookup {_num(got, 'from'):.0f}: {start:.0f} MB",
        times(end, start),
        growth,
        3,
        "≤ 3 MB",
    )


def cli_row(url: str, runs: int, warm_up: bool) -> Row:
    progress(f"wegly-lookup whole process against curl and a bare httpx process × {runs}")
    script = Path(PY).parent / "wegly-lookup"
    lookup = [str(script)] if script.exists() else [PY, "-m", "wegly_viewer.cli"]
    target = chat_url(url, NORMAL_CHAT)
    env = {"WEGLY_TOKEN": TOKEN, "BENCH_URL": target}
    contenders: dict[str, Callable[[], float]] = {
        "cli": lambda: time_process([*lookup, NORMAL_CHAT, "--base-url", url], child_env(env)),
        "httpx": lambda: time_process(
            [
                PY,
                "-c",
                "import os, httpx; httpx.get(os.environ['BENCH_URL'], "
                "headers={'Authorization': 'Bearer ' + os.environ['WEGLY_TOKEN']})",
            ],
            child_env(env),
        ),
    }
    # What any Python lookup with this stack pays before its first byte: the interpreter and
    # the imports of httpx and pydantic (a model class built, as pydantic builds them lazily).
    contenders["imports"] = lambda: time_process(
        [PY, "-c", "import httpx, pydantic\nclass M(pydantic.BaseModel):\n    x: int"],
        child_env(env),
    )
    curl = shutil.which("curl")
    if curl:
        contenders["curl"] = lambda: time_process(
            [curl, "-sf", "-o", os.devnull, "-H", f"Authorization: Bearer {TOKEN}", target],
            child_env(env),
        )
    measured = interleaved(runs, contenders, warm_up)
    got = {name: median(values) for name, values in measured.items()}
    cli, httpx = got["cli"], got["httpx"]
    baseline = (
        f"`python -c httpx.get` {ms(httpx)}; `python -c 'import httpx, pydantic'` "
        f"{ms(got['imports'])}"
    )
    ratio = f"{times(cli, httpx)} httpx"
    if curl:
        baseline += f"; `curl -s` {ms(got['curl'])}"
        ratio += f", {times(cli, got['curl'])} curl"
    return Row(
        "`wegly-lookup` whole process",
        ms(cli),
        baseline,
        ratio,
        cli * 1000,
        130,
        "≤ 130 ms",
        gross_floor=httpx * 1000,
    )


def frozen_version_row(runs: int) -> Row:
    figure = "frozen bundle: `--version`"
    if not FROZEN.exists():
        return _not_built(figure)
    progress(f"--version: frozen, source × {runs}")
    got = interleaved(
        runs,
        {
            "frozen": lambda: time_process([str(FROZEN), "--version"], child_env()),
            "source": lambda: time_process([*APP, "--version"], child_env()),
        },
    )
    frozen, source = median(got["frozen"]), median(got["source"])
    return Row(
        figure,
        ms(frozen),
        f"source {ms(source)}",
        times(frozen, source),
        frozen / source,
        1.0,
        "≤ source",
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="CI: fewer runs, no leak row")
    parser.add_argument("--runs", type=int, help="start-up and CLI runs (default 9, quick 3)")
    parser.add_argument(
        "--leak-lookups", type=int, help="lookups of the leak row (default 200, quick 0: none)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    runs = args.runs or (3 if args.quick else 9)
    quick = args.quick
    gap_runs, chat_runs, warm_ups = (3, 3, 2) if quick else (5, 5, 4)
    leak_lookups = (
        args.leak_lookups if args.leak_lookups is not None else (0 if args.quick else 200)
    )
    started = time.monotonic()
    machine = describe_machine()
    progress("; ".join(machine))
    rows = startup_rows(runs)
    frozen_paint = rows.pop()
    rows.append(startup_gap_row(gap_runs, 1500 if quick else 10_000))
    with server_process() as url:
        rows += chat_rows(url, chat_runs, warm_ups)
        rows.append(leak_row(url, leak_lookups))
        rows.append(cli_row(url, runs, warm_up=not quick))  # the app runs warmed httpx
    rows += [frozen_paint, frozen_version_row(runs)]
    took = time.monotonic() - started
    mode = "quick" if quick else "full"
    print(f"### bench/run.py ({mode}: {runs} start-up and CLI runs, medians; took {took:.0f} s)")
    print()
    for line in machine:
        print(f"- {line}")
    if hasattr(os, "getloadavg"):
        print("- load average at the end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    print()
    print(markdown_table(rows))
    code = exit_code(rows)
    if code:
        progress("gross regression: a figure is worse than 3× its target")
    return code


if __name__ == "__main__":
    sys.exit(main())
