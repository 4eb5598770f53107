"""Running ``wegly-lookup`` as a subprocess and measuring it: exit code, time, peak memory."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

# The lookup deadline for ``--timeout 1`` with the default two retries: 1 s × 3 attempts plus
# 2 s for each pause between attempts (README, "Limits"), typed here as the docs state it.
DEADLINE_TIMEOUT_1_S = 7.0
# Starting Python and importing httpx/pydantic, on a loaded CI runner.
STARTUP_SLACK_S = 4.0
# The CLI's peak resident memory whatever a server sends (README, "Limits").
MAX_RSS_MB = 150


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float
    max_rss_kb: int

    @property
    def err_lines(self) -> list[str]:
        return self.err.strip().splitlines()


def lookup_command() -> list[str]:
    script = Path(sys.executable).with_name("wegly-lookup")
    return [str(script)] if script.exists() else [sys.executable, "-m", "wegly_viewer.cli"]


# Linux charges a child's peak RSS with the memory of the process it was forked from (the
# high-water mark survives exec), and pytest with Qt loaded is big: a small launcher starts
# the CLI and reports the CLI's own peak (resource usage of its child, through wait4).
_LAUNCHER = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(proc.pid, 0)
sys.stderr.write(f"\\n@@maxrss={usage.ru_maxrss}@@{os.waitstatus_to_exitcode(status)}\\n")
"""


def env_for(token: str | None, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "WEGLY_TOKEN" and "PROXY" not in k.upper()}
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "SSL_CERT_FILE"):
        env.pop(variable, None)
    env["LANG"] = "en_US.UTF-8"
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="wegly-hostile-config-")
    if token is not None:
        env["WEGLY_TOKEN"] = token
    env.update(extra or {})
    return env


def run_cli(
    *args: str,
    token: str | None,
    env: dict[str, str] | None = None,
    limit_s: float = 60,
) -> Run:
    command = [sys.executable, "-c", _LAUNCHER, *lookup_command(), *args]
    started = time.monotonic()
    try:
        done = subprocess.run(
            command, capture_output=True, env=env_for(token, env), timeout=limit_s
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"wegly-lookup {args} did not finish in {limit_s} s")
    seconds = time.monotonic() - started
    err = done.stderr.decode("utf-8", errors="replace")
    err, _, report = err.rpartition("\n@@maxrss=")
    rss, _, code = report.strip().partition("@@")
    return Run(int(code), done.stdout.decode("utf-8"), err, seconds, int(rss))


def assert_one_clean_line(run: Run, code: int, token: str | None = None) -> None:
    """The documented exit code, no traceback, exactly one line on stderr, no key."""
    assert run.code == code, run.err
    assert "Traceback" not in run.err
    assert len(run.err_lines) == 1, run.err
    assert run.err_lines[0].startswith("wegly-lookup: ")
    if token:
        for text in (run.out, run.err):
            assert token not in text
            assert token.split(".")[2] not in text
