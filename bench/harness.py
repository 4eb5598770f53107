"""Shared parts of the benchmarks that need no Qt: the contract server in its own process,
resident memory, child processes timed by the wall clock, the machine's description.

The GUI-thread parts (gap monitor, waiting inside the event loop) are in :mod:`gui_probe`.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJiZW5jaCI6MX0.YmVuY2gtdG9rZW4tc2ln"  # noqa: S105 - a made-up key
NORMAL_CHAT = "d0000000-0000-4000-8000-000000000001"  # DEMO_CHAT_IDS["open_reactions"]
OTHER_NORMAL_CHAT = "d0000000-0000-4000-8000-000000000002"  # DEMO_CHAT_IDS["resolved"]
HUGE_CHAT = "d0000000-0000-4000-8000-000000000009"  # DEMO_CHAT_IDS["many_agents"]
CHATS_PATH = "/integrations/external/chats/"  # devserver.CHATS_PREFIX


def serve(pipe: Connection) -> None:
    """The contract server, in its own process: its JSON encoding must not take the measured
    process's GIL (a real Wegly server is another machine)."""
    from wegly_viewer.core.clock import SystemClock
    from wegly_viewer.devserver import ContractServer

    with ContractServer(token=TOKEN, clock=SystemClock()) as server:
        pipe.send(server.url)
        pipe.recv()  # until the benchmark is done


@contextmanager
def server_process() -> Iterator[str]:
    """Runs :func:`serve` in a spawned process; yields its base URL."""
    ours, theirs = multiprocessing.Pipe()
    child = multiprocessing.get_context("spawn").Process(target=serve, args=(theirs,), daemon=True)
    child.start()
    try:
        if not ours.poll(60):
            raise SystemExit("the contract server did not start")
        yield str(ours.recv()).rstrip("/")
    finally:
        ours.send("stop")
        child.join(timeout=10)
        if child.is_alive():
            child.terminate()


def chat_url(base_url: str, chat_id: str) -> str:
    return f"{base_url}{CHATS_PATH}{chat_id}"


def rss_mb() -> float:
    """Resident memory of this process now (Linux /proc), else its peak (other systems)."""
    statm = Path("/proc/self/statm")
    if statm.exists():
        pages = int(statm.read_text().split()[1])
        return pages * resource.getpagesize() / 1e6
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1e3


def rss_breakdown() -> str:
    """Where the resident memory is (Linux): anonymous (Python objects, malloc heaps, thread
    stacks) against file-backed (shared libraries, fonts), and Python's small-object arenas
    (1 MiB each; an arena with one live object stays). Empty elsewhere."""
    rollup = Path("/proc/self/smaps_rollup")
    if not rollup.exists():
        return ""
    fields: dict[str, int] = {}
    for line in rollup.read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0].endswith(":") and parts[1].isdigit():
            fields[parts[0][:-1]] = int(parts[1])
    anon, total = fields.get("Anonymous", 0), fields.get("Rss", 0)
    return (
        f"anon {anon / 1024:.0f} MB, files {(total - anon) / 1024:.0f} MB, "
        f"{sys.getallocatedblocks() / 1e3:.0f}k Python blocks, {len(sys.modules)} modules"
    )


def rss_is_peak() -> bool:
    """True where :func:`rss_mb` can only give the peak (no /proc)."""
    return not Path("/proc/self/statm").exists()


_PYCACHE = tempfile.mkdtemp(prefix="wegly-bench-pycache-")  # filled by the warm-up runs


def child_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of a measured child: this one, PYTHONPATH made absolute, a fresh
    settings directory (like a first start), the keyring disabled (never a D-Bus wait), and
    bytecode cached as an installed app has it (a shell with PYTHONDONTWRITEBYTECODE=1 would
    recompile every module of the app, not of the bare baselines, on every run: ~35 ms)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = _PYCACHE
    paths = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    env["PYTHONPATH"] = os.pathsep.join(str(Path(p).resolve()) for p in paths)
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="wegly-bench-")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("WEGLY_TOKEN", None)
    env.pop("WEGLY_EXIT_AFTER_SHOW", None)
    env.update(extra or {})
    return env


def time_to_line(
    command: Sequence[str], prefix: str, env: Mapping[str, str], timeout: float = 60.0
) -> tuple[float, str]:
    """Seconds from just before exec to the child writing a stderr line that starts with
    ``prefix`` (the wall clock of this process, the same for every child), and that line.

    WEGLY_T0_NS is set just before exec, so the child's own figure covers the same span.
    """
    env = dict(env)
    env["WEGLY_T0_NS"] = str(time.time_ns())
    started = time.perf_counter()
    with subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    ) as child:
        assert child.stderr is not None
        found = ""
        elapsed = 0.0
        for line in child.stderr:
            if line.startswith(prefix) and not found:
                elapsed = time.perf_counter() - started
                found = line.strip()
        child.wait(timeout)
    if not found:
        raise RuntimeError(f"{command[-1]}: no {prefix!r} line (exit {child.returncode})")
    return elapsed, found


def time_process(command: Sequence[str], env: Mapping[str, str], timeout: float = 60.0) -> float:
    """Seconds the whole process takes (exec to exit), output discarded; it must succeed."""
    started = time.perf_counter()
    done = subprocess.run(
        command,
        cwd=ROOT,
        env=dict(env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        timeout=timeout,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        tail = done.stderr.decode(errors="replace")[-300:]
        raise RuntimeError(f"{' '.join(command[:3])}… exited {done.returncode}: {tail}")
    return elapsed


def run_json_child(
    command: Sequence[str], env: Mapping[str, str], timeout: float = 300.0
) -> dict[str, object]:
    """Runs a helper that prints one JSON object as its last stdout line; returns it."""
    done = subprocess.run(
        command,
        cwd=ROOT,
        env=dict(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(
            f"{' '.join(command[1:3])} failed ({done.returncode}): {done.stderr[-800:]}"
        )
    result = json.loads(lines[-1])
    assert isinstance(result, dict)
    return result


def parse_fields(line: str) -> dict[str, float]:
    """``first-paint-ms=412 rss-mb=52.1`` → {"first-paint-ms": 412.0, "rss-mb": 52.1}."""
    fields = {}
    for item in line.split():
        name, _, value = item.partition("=")
        try:
            fields[name] = float(value)
        except ValueError:
            continue
    return fields


def describe_machine() -> list[str]:
    """CPU model, cores, RAM, OS, Python, PySide6/Qt, Qt platform, load average now."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = "?"
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
                break
    system = platform.platform()
    os_release = Path("/etc/os-release")
    if os_release.exists():
        for line in os_release.read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                system = f"{line.split('=', 1)[1].strip(chr(34))} (kernel {platform.release()})"
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {PySide6.__version__}, Qt {qVersion()}"
    except ImportError:
        qt = "PySide6 not installed"
    try:
        load = "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        load = "?"
    return [
        f"CPU: {cpu}, {os.cpu_count()} cores; RAM {ram}",
        f"OS: {system}",
        f"Python {platform.python_version()} ({sys.executable}); {qt}; "
        f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '(default)')}",
        f"load average at start (1/5/15 min): {load}",
    ]
