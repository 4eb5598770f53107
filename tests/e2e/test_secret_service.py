"""The key really lands in a Secret Service keyring (GNOME Keyring on a private D-Bus)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux")
    or shutil.which("dbus-run-session") is None
    or shutil.which("gnome-keyring-daemon") is None,
    reason="needs dbus-run-session and gnome-keyring-daemon (apt: dbus gnome-keyring)",
)

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzZWNyZXQtc2VydmljZSJ9.c3Mtc2lnbmF0dXJl"

# Runs inside the private session: save, read back, check the backend, forget.
_PROBE = """
import sys
from wegly_viewer.core.secrets import KeyringTokenStore
store = KeyringTokenStore()
store.set("ci-profile", sys.argv[1])
assert store.get("ci-profile") == sys.argv[1], "read back differs"
print("LOCATION", store.location)
store.delete("ci-profile")
assert store.get("ci-profile") is None, "still there after delete"
store.delete("ci-profile")  # forgetting twice is fine
print("OK")
"""


def test_token_round_trip_through_gnome_keyring() -> None:
    home = Path(tempfile.mkdtemp())
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS")
    }
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
    )
    script = (
        "printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
        f'exec "{sys.executable}" -c "$PROBE" "$TOKEN"'
    )
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script],
        env={**env, "PROBE": _PROBE, "TOKEN": TOKEN},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "OK" in done.stdout
    assert "SecretService" in done.stdout or "Secret Service" in done.stdout
    assert TOKEN not in done.stdout + done.stderr
    # Nothing about the key was written in plain text under the fake home.
    for path in home.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path


# The self-test's keyring line in a real Secret Service, with the user's own key stored first:
# the round trip uses its own service name, so the user's key is still there, unchanged, after.
_SELF_TEST_PROBE = """
import os, keyring
from wegly_viewer.ui.self_test import check_keyring
keyring.set_password("wegly-chat-viewer", "default", "users-own-key")
result = check_keyring()
print(result.status, result.detail)
print("USER", keyring.get_password("wegly-chat-viewer", "default"))
print("LEFT", keyring.get_password("wegly-chat-viewer-self-test", f"self-test-{os.getpid()}"))
"""


def test_self_test_keyring_round_trip_leaves_the_users_key_alone() -> None:
    home = Path(tempfile.mkdtemp())
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS")
    }
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime), QT_QPA_PLATFORM="offscreen")
    script = (
        "printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
        f'exec "{sys.executable}" -c "$PROBE"'
    )
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script],
        env={**env, "PROBE": _SELF_TEST_PROBE},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == [
        "ok SecretService Keyring: stored, read back and deleted a test entry "
        "(wegly-chat-viewer-self-test)",
        "USER users-own-key",
        "LEFT None",
    ]
