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

if sys.platform.startswith("win"):
    PLATFORM_LINES: tuple[str, ...] = ("platform windows", "platform offscreen")
elif sys.platform == "darwin":
    PLATFORM_LINES = ("platform cocoa", "platform offscreen")
else:
    PLATFORM_LINES = ("platform xcb", "platform wayland", "platform offscreen")

CHECK_NAMES = (
    "version",
    "python",
    "qt",
    "platform plugins",
    *PLATFORM_LINES,
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


ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def compiled(tmp_path: Path) -> Path:
    """Our catalogue compiled into a temporary folder, as the build does (never the source tree)."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import ts2qm
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    ts2qm.compile_dir(ROOT / "resources" / "translations", tmp_path / "qm")
    return tmp_path / "qm"


def test_translations_lists_ours_qts_and_the_lookup_catalogue(qtbot: QtBot, compiled: Path) -> None:
    out = io.StringIO()
    checks = [("translations", lambda: self_test.check_translations(compiled))]
    assert run_checks(checks, out) == 0
    line = "ok    translations: ours pt_BR, en; Qt's pt_BR yes; wegly-lookup pt_BR, en"
    assert out.getvalue() == f"{line}\n"
    # The bundle build and the package check grep for exactly this line.
    for script in (ROOT / "packaging" / "build.sh", ROOT / ".ci" / "package"):
        assert f'"{line}"' in script.read_text(encoding="utf-8"), script


def test_translations_missing_from_a_frozen_bundle_fail(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    out = io.StringIO()
    assert run_checks([("translations", lambda: self_test.check_translations(tmp_path))], out) == 1
    assert out.getvalue() == (
        "FAIL  translations: ours none; Qt's pt_BR yes; wegly-lookup pt_BR, en; "
        f"missing our .qm in {tmp_path}\n"
    )


def test_a_frozen_bundle_with_half_the_catalogue_fails(
    qtbot: QtBot, compiled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    (compiled / "wegly_viewer_pt_BR.qm").unlink()
    result = self_test.check_translations(compiled)
    assert result.status == "FAIL"
    assert result.detail.startswith("ours en; Qt's pt_BR yes;")


def test_translations_missing_from_source_only_warn(qtbot: QtBot, tmp_path: Path) -> None:
    result = self_test.check_translations(tmp_path)
    assert result.status == "warn"
    assert result.detail.endswith(f"missing our .qm in {tmp_path} (pip install -e . compiles ours)")


def test_a_qm_older_than_its_ts_in_a_checkout_warns(qtbot: QtBot, compiled: Path) -> None:
    ts = ROOT / "resources" / "translations" / "wegly_viewer_en.ts"
    old = ts.stat().st_mtime - 60
    os.utime(compiled / "wegly_viewer_en.qm", (old, old))
    result = self_test.check_translations(compiled)
    assert result.status == "warn"
    assert "; ours en older than the .ts (python packaging/ts2qm.py --only-stale" in result.detail


def test_each_platform_plugin_gets_a_line_that_loads_it(qtbot: QtBot) -> None:
    out = io.StringIO()
    run_checks(self_test.default_checks()[4:5], out)
    first = PLATFORM_LINES[0].removeprefix("platform ")
    suffix = {"windows": ".dll", "cocoa": ".dylib"}.get(first, ".so")
    prefix = "" if first == "windows" else "lib"
    assert out.getvalue() == f"ok    platform {first}: {prefix}q{first}{suffix} loads\n"


def _plugins_in(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(self_test, "_plugin_dirs", lambda: [folder])


def test_a_required_platform_plugin_that_is_missing_fails(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "platforms").mkdir()
    _plugins_in(monkeypatch, tmp_path)
    result = self_test.check_platform_plugin("xcb", required=True)
    assert (result.status, result.detail) == (
        "FAIL",
        "missing (no qxcb plugin in the platforms folder)",
    )


def test_an_optional_plugin_whose_libraries_do_not_load_only_warns(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A real file the dynamic linker refuses, as a plugin with a missing library is refused.
    (tmp_path / "platforms").mkdir()
    (tmp_path / "platforms" / "libqwayland.so").write_bytes(b"\x7fELF broken")
    _plugins_in(monkeypatch, tmp_path)
    result = self_test.check_platform_plugin("wayland", required=False)
    assert result.status == "warn"
    assert result.detail.startswith("libqwayland.so does not load: ")


def test_version_check_warns_when_the_installed_metadata_is_another_version() -> None:
    def older(name: str) -> str:
        assert name == "wegly-chat-viewer"
        return "0.0.9"

    result = self_test.check_version(older)
    assert result.status == "warn"
    assert result.detail == (
        "0.1.0, but the installed package says 0.0.9: reinstall "
        "(pip install --force-reinstall wegly-chat-viewer)"
    )


def test_version_check_passes_when_the_metadata_agrees_or_the_tree_is_not_installed() -> None:
    from importlib.metadata import PackageNotFoundError

    def missing(name: str) -> str:
        raise PackageNotFoundError(name)

    assert self_test.check_version(lambda name: "0.1.0") == CheckResult("ok", "0.1.0")
    assert self_test.check_version(missing) == CheckResult(
        "ok", "0.1.0 (source tree, not installed)"
    )
