"""``wegly-lookup`` end to end: a real subprocess talking real HTTP to the contract server."""

from __future__ import annotations

import dataclasses
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from fixed_time import NOW
from wegly_viewer.core.clock import FixedClock
from wegly_viewer.devserver import DEMO_CHAT_IDS, ERROR_CHAT_IDS, ContractServer
from wegly_viewer.devserver.samples import build_samples

OPEN_ID = DEMO_CHAT_IDS["open_reactions"]


@dataclass
class Run:
    code: int
    out: str
    err: str
    max_rss_kb: int = 0


def lookup_command() -> list[str]:
    script = Path(sys.executable).with_name("wegly-lookup")
    return [str(script)] if script.exists() else [sys.executable, "-m", "wegly_viewer.cli"]


def clean_env(token: str | None, config_home: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "WEGLY_TOKEN"}
    # English, whatever the developer's locale (the language tests set their own).
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(variable, None)
    env["LANG"] = "en_US.UTF-8"
    # Never touch the developer's real keychain: the "fail" backend means "no keyring".
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    # Nor the developer's settings file (the profile's server address is read from there).
    env["XDG_CONFIG_HOME"] = str(config_home or tempfile.mkdtemp(prefix="wegly-cli-config-"))
    if token is not None:
        env["WEGLY_TOKEN"] = token
    return env


# Linux charges a child's peak RSS with the memory of the process it was forked from (the
# high-water mark survives exec), and pytest with Qt loaded is big. So a small launcher
# process starts the CLI and reports the CLI's own peak through wait4.
_LAUNCHER = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(proc.pid, 0)
sys.stderr.write(f"\\n@@maxrss={usage.ru_maxrss}@@{os.waitstatus_to_exitcode(status)}\\n")
"""


def run_cli(
    *args: str, token: str | None = None, timeout: float = 60, config_home: Path | None = None
) -> Run:
    """Run wegly-lookup through the launcher; Linux reports the peak RSS in KiB."""
    command = [sys.executable, "-c", _LAUNCHER, *lookup_command(), *args]
    env = clean_env(token, config_home)
    try:
        done = subprocess.run(command, capture_output=True, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"wegly-lookup {args} did not finish in {timeout} s")
    err = done.stderr.decode("utf-8")
    err, _, report = err.rpartition("\n@@maxrss=")
    rss, _, code = report.strip().partition("@@")
    return Run(int(code), done.stdout.decode("utf-8"), err, int(rss))


def assert_clean_failure(run: Run, code: int, token: str | None = None) -> None:
    assert run.code == code, run.err
    assert run.out == ""
    assert "Traceback" not in run.err
    lines = run.err.strip().splitlines()
    assert 1 <= len(lines) <= 2, run.err
    if token:
        assert token not in run.err
        assert token.split(".")[2] not in run.err


def test_demo_prints_readable_summary() -> None:
    run = run_cli(OPEN_ID, "--demo")
    assert run.code == 0, run.err
    assert run.err == ""
    out = run.out
    assert "Status:            open · individual" in out
    assert "Priority:          high" in out
    assert "24 h window:       open, closes in" in out
    assert " reactions: " in out
    assert "👍🏽" in out
    assert "***.456.789-**" in out  # CPF masked
    assert "123.456.789-09" not in out
    assert "Assignable agents:" in out


def test_demo_json_is_the_chat_as_served() -> None:
    run = run_cli(f"https://app.wegly.com.br/chats/{OPEN_ID.upper()}", "--demo", "--json")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert data["id"] == OPEN_ID
    assert "\\u" not in run.out  # UTF-8, not escapes
    # The same sample the demo served (built relative to "now": compare the stable fields).
    expected = build_samples(NOW)[OPEN_ID]
    assert data["contact_name"] == expected["contact_name"]
    assert data["crm_person"] == expected["crm_person"]
    served = [r["emoji"] for r in data["last_message"]["reactions"]]
    assert served == [r["emoji"] for r in expected["last_message"]["reactions"]]


@pytest.fixture
def chat_with_html_and_emoji(server: ContractServer) -> dict[str, object]:
    chat: dict[str, object] = {
        "id": "5e1ec7ed-0000-4000-8000-00000000c0de",
        "contact_name": "<b>Zé</b> &amp; <img src=x onerror=alert(1)>",
        "status": "SOMETHING_NEW",
        "priority": 9,
        "last_message": {
            "body_text": "Olá! 👨‍👩‍👧 🇧🇷 👍🏽 ❤️ \u200b\u202e",
            "status": "brand-new-status",
            "reactions": [{"emoji": "👨‍👩‍👧", "actor": "CONTACT"}],
        },
        "unknown_top_level": {"keep": ["me", 1, None, True]},
    }
    server.set_chat(chat)
    return chat


def test_json_round_trips_html_emoji_and_unknown_values(
    server: ContractServer, api_token: str, chat_with_html_and_emoji: dict[str, object]
) -> None:
    chat_id = str(chat_with_html_and_emoji["id"])
    run = run_cli(chat_id, "--json", "--base-url", server.url, token=api_token)
    assert run.code == 0, run.err
    assert json.loads(run.out) == chat_with_html_and_emoji
    assert "👨‍👩‍👧" in run.out
    assert api_token not in run.out + run.err


def test_summary_shows_unknown_values_verbatim(
    server: ContractServer, api_token: str, chat_with_html_and_emoji: dict[str, object]
) -> None:
    run = run_cli(str(chat_with_html_and_emoji["id"]), "--base-url", server.url, token=api_token)
    assert run.code == 0, run.err
    assert "SOMETHING_NEW" in run.out
    assert "Priority:          9" in run.out
    assert "brand-new-status" in run.out
    assert "<b>Zé</b>" in run.out


def test_malformed_fields_warn_on_stderr_with_exit_0(
    server: ContractServer, api_token: str
) -> None:
    run = run_cli(DEMO_CHAT_IDS["malformed_fields"], "--base-url", server.url, token=api_token)
    assert run.code == 0
    assert "wegly-lookup: warning: The number of unread messages could not be read." in run.err
    assert "unread_count" not in run.err  # the path is for "Copy details", not for agents
    assert "Traceback" not in run.err
    assert run.out


@pytest.mark.parametrize(
    ("chat", "code"),
    [
        ("12345", 2),
        ("", 2),
        ("../../etc/passwd", 2),
        ("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijk", 2),
        (ERROR_CHAT_IDS["unauthorized"], 3),
        (ERROR_CHAT_IDS["forbidden_domain"], 3),
        (ERROR_CHAT_IDS["not_found"], 4),
        (ERROR_CHAT_IDS["server_error"], 5),
        (ERROR_CHAT_IDS["malformed_json"], 6),
        (ERROR_CHAT_IDS["not_object"], 6),
        (ERROR_CHAT_IDS["id_mismatch"], 6),
        (ERROR_CHAT_IDS["rate_limited"], 7),
    ],
)
def test_exit_codes(server: ContractServer, api_token: str, chat: str, code: int) -> None:
    run = run_cli(chat, "--base-url", server.url, token=api_token)
    assert_clean_failure(run, code, api_token)
    if code == 2:
        assert server.requests == []  # invalid input never reaches the network
    if chat.startswith("eyJ"):
        assert chat not in run.err
        assert "key" in run.err


def test_wrong_token_exit_3_with_hint(server: ContractServer) -> None:
    wrong = "eyJhbGciOiJIUzI1NiJ9.eyJ3cm9uZyI6MX0.d3JvbmctdG9rZW4tc2ln"
    run = run_cli(OPEN_ID, "--base-url", server.url, token=wrong)
    assert_clean_failure(run, 3, wrong)
    assert "expired, was revoked" in run.err
    assert "allowed_domain" not in run.err


def test_no_token_and_no_keyring_is_exit_2_without_request(server: ContractServer) -> None:
    run = run_cli(OPEN_ID, "--base-url", server.url, token=None)
    assert_clean_failure(run, 2)
    assert "WEGLY_TOKEN" in run.err
    assert server.requests == []


def test_usage_error_is_exit_2_one_line() -> None:
    run = run_cli("--timeout", "abc", OPEN_ID)
    assert_clean_failure(run, 2)
    run = run_cli(OPEN_ID, "--base-url", "http://api.wegly.com.br", token="t")
    assert_clean_failure(run, 2)
    assert "https" in run.err


def test_connection_refused_exit_5(api_token: str) -> None:
    with ContractServer(clock=FixedClock(NOW)) as gone:
        url = gone.url
    run = run_cli(OPEN_ID, "--base-url", url, "--timeout", "1", token=api_token)
    assert_clean_failure(run, 5, api_token)


@pytest.mark.slow
def test_never_answering_server_is_abandoned_in_time(api_token: str) -> None:
    """A server that accepts connections but never answers: timeout × attempts, plus backoff."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)  # the kernel completes handshakes; nobody ever reads or answers
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        started = time.monotonic()
        run = run_cli(OPEN_ID, "--base-url", url, "--timeout", "1", token=api_token)
        elapsed = time.monotonic() - started
    assert_clean_failure(run, 5, api_token)
    assert "did not answer in time (3 attempts)" in run.err
    assert "No connection" in run.err
    # 3 attempts × 1 s, up to ~2.1 s of jittered backoff, plus interpreter start-up.
    assert 3 <= elapsed < 3 + 2.1 + 2.5, elapsed


@pytest.mark.slow
@pytest.mark.parametrize("name", ["huge_with_length", "huge_chunked"])
def test_60_mb_response_refused_with_bounded_memory(
    server: ContractServer, api_token: str, name: str
) -> None:
    run = run_cli(ERROR_CHAT_IDS[name], "--base-url", server.url, token=api_token)
    assert_clean_failure(run, 6, api_token)
    assert "larger than 25 MB" in run.err
    print(f"\nwegly-lookup peak RSS refusing a 60 MB body ({name}): {run.max_rss_kb} KiB")
    if sys.platform.startswith("linux"):
        assert run.max_rss_kb < 100 * 1024, f"peak RSS {run.max_rss_kb} KiB"


def test_cli_answers_usage_and_bad_input_without_heavy_imports() -> None:
    """--help, usage errors and invalid IDs must not wait for httpx/pydantic to load."""
    code = (
        "import sys, wegly_viewer.cli;"
        "print(sorted(m for m in ('httpx', 'pydantic', 'keyring') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# A lookup in a subprocess that then names the modules it loaded (a ``None`` entry in
# sys.modules is an import that was blocked, not a module).
_LOADED_AFTER_LOOKUP = """
import contextlib, io, json, sys
from wegly_viewer import cli
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = cli.main(sys.argv[1:])
loaded = sorted(name for name, module in sys.modules.items() if module is not None)
print(json.dumps({"code": code, "out": out.getvalue(), "loaded": loaded}))
"""


def loaded_after_lookup(*args: str, token: str) -> tuple[int, str, set[str]]:
    """The exit code, the output and every module that a ``cli.main(args)`` run loaded."""
    done = subprocess.run(
        [sys.executable, "-c", _LOADED_AFTER_LOOKUP, *args],
        capture_output=True, text=True, env=clean_env(token), timeout=60, check=True,
    )  # fmt: skip
    report = json.loads(done.stdout)
    return report["code"], report["out"], set(report["loaded"])


# What a lookup with WEGLY_TOKEN and no settings file has no use for: httpx's own command line
# (click, rich, pygments: ~50 ms when installed), the keyring, the settings schema (pydantic),
# the timeline's parsing, Qt. ``--json`` does not build the summary's facts either.
NOT_FOR_A_LOOKUP = (
    "httpx._main", "click", "rich", "pygments", "keyring", "wegly_viewer.core.settings",
    "wegly_viewer.core.timeline", "PySide6", "wegly_viewer.ui",
)  # fmt: skip


def test_a_lookup_loads_only_what_it_uses(server: ContractServer, api_token: str) -> None:
    code, out, loaded = loaded_after_lookup(OPEN_ID, "--base-url", server.url, token=api_token)
    assert (code, out.splitlines()[1]) == (0, "Chat:              " + OPEN_ID)
    assert sorted(loaded.intersection(NOT_FOR_A_LOOKUP)) == []
    assert {"httpx", "pydantic", "wegly_viewer.lookup_summary"} <= loaded

    code, out, loaded = loaded_after_lookup(
        OPEN_ID, "--json", "--base-url", server.url, token=api_token
    )
    assert (code, json.loads(out)["id"]) == (0, OPEN_ID)
    assert sorted(loaded.intersection(NOT_FOR_A_LOOKUP)) == []
    assert "wegly_viewer.core.chat_facts" not in loaded
    assert "wegly_viewer.lookup_summary" not in loaded


def test_a_profile_never_saved_reads_as_the_app_defaults() -> None:
    """Without a settings file the CLI skips the schema; its defaults are ``Profile()``'s."""
    from wegly_viewer.cli import _UnsavedProfile
    from wegly_viewer.core.settings import Profile

    expected = {
        "base_url": "https://api.wegly.com.br", "origin": None, "timeout": 10.0, "ca_bundle": None
    }  # fmt: skip
    assert {name: getattr(Profile(), name) for name in Profile.model_fields} == expected
    assert dataclasses.asdict(_UnsavedProfile()) == expected


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_CONFIG_HOME locates the settings on Linux")
def test_profile_server_and_origin_come_from_the_app_settings(
    server: ContractServer, api_token: str, tmp_path: Path
) -> None:
    config = tmp_path / "wegly-chat-viewer"
    config.mkdir()
    profile = {"base_url": server.url, "origin": "https://crm.example.com", "timeout": 5.0}
    (config / "settings.json").write_text(
        json.dumps({"version": 1, "profiles": {"work": profile}}), encoding="utf-8"
    )
    run = run_cli(OPEN_ID, "--profile", "work", token=api_token, config_home=tmp_path)
    assert run.code == 0, run.err
    assert "Maria Aparecida Souza" in run.out
    assert server.requests[-1].headers.get("origin") == "https://crm.example.com"
    # A flag still wins over the stored value.
    run = run_cli(
        OPEN_ID, "--profile", "work", "--origin", "https://other.example.com",
        token=api_token, config_home=tmp_path,
    )  # fmt: skip
    assert run.code == 0, run.err
    assert server.requests[-1].headers.get("origin") == "https://other.example.com"


def test_help_in_any_language_loads_no_httpx_pydantic_or_qt() -> None:
    """--help reads the catalogue (ElementTree) and the settings' language, nothing heavy."""
    code = (
        "import sys\nfrom wegly_viewer import cli\ntry:\n    cli.main(['--help', '--lang', 'pt_BR'])\n"
        "except SystemExit:\n    pass\n"
        "heavy = ('httpx', 'pydantic', 'keyring', 'PySide6')\n"
        "print(sorted(m for m in heavy if m in sys.modules), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.strip() == "[]"
    assert "uso: wegly-lookup" in done.stdout
