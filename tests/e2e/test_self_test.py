"""``wegly-viewer --self-test``: as a real subprocess, and its exit code when a check fails."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wegly_viewer.ui import self_test
from wegly_viewer.ui.self_test import CheckResult, run_checks, run_self_test

CHECK_NAMES = (
    "version",
    "python",
    "qt",
    "platform plugins",
    "image formats",
    "keyring",
    "tls trust",
    "emoji font",
    "translations",
    "lookup",
)


def viewer_command() -> list[str]:
    script = Path(sys.executable).with_name("wegly-viewer")
    return [str(script)] if script.exists() else [sys.executable, "-m", "wegly_viewer"]


def test_self_test_subprocess_passes_and_names_every_check() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # never probe the developer's real keychain
    proc = subprocess.run(
        [*viewer_command(), "--self-test"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == len(CHECK_NAMES)
    for line, name in zip(lines, CHECK_NAMES, strict=True):
        status, rest = line.split(None, 1)
        assert status.strip() in ("ok", "warn"), line
        assert rest.startswith(f"{name}: "), line
    assert "lookup: chat d0000000" in proc.stdout


def test_self_test_without_display_variable_uses_offscreen() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    proc = subprocess.run(
        [*viewer_command(), "--self-test"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "running on offscreen" in proc.stdout
    assert "warn  keyring: none (PYTHON_KEYRING_BACKEND=" in proc.stdout


def test_a_failing_check_makes_the_exit_code_non_zero(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(self_test, "check_tls", lambda: CheckResult("FAIL", "no CAs"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    out = io.StringIO()
    assert run_self_test(out) == 1
    assert "FAIL  tls trust: no CAs" in out.getvalue()
    # The other checks still ran, the end-to-end lookup included.
    assert "ok    lookup: chat d0000000" in out.getvalue()


def test_a_check_that_raises_is_a_failure_and_the_rest_still_run() -> None:
    def broken() -> CheckResult:
        raise RuntimeError("plugin exploded")

    out = io.StringIO()
    code = run_checks(
        [("broken", broken), ("fine", lambda: CheckResult("warn", "only a warning"))], out
    )
    assert code == 1
    assert out.getvalue().splitlines() == [
        "FAIL  broken: RuntimeError: plugin exploded",
        "warn  fine: only a warning",
    ]


def test_warnings_alone_exit_zero() -> None:
    out = io.StringIO()
    assert run_checks([("fonts", lambda: CheckResult("warn", "no emoji"))], out) == 0
