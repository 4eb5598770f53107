"""``wegly-lookup`` against a server that misbehaves on purpose: every case ends with the
documented exit code, one stderr line, within the deadline and under the memory bound."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from hostile_cli import (
    DEADLINE_TIMEOUT_1_S,
    MAX_RSS_MB,
    STARTUP_SLACK_S,
    Run,
    assert_one_clean_line,
    run_cli,
)
from hostile_server import CHAT_ID, HostileServer, big_unpacked, gzip_bomb, stacked_gzip_bomb


@pytest.fixture(scope="module")
def hostile() -> Iterator[HostileServer]:
    gzip_bomb(), stacked_gzip_bomb(), big_unpacked()  # built once, before any timing starts
    with HostileServer() as server:
        yield server


@pytest.fixture
def other_host() -> Iterator[HostileServer]:
    with HostileServer() as server:
        yield server


def lookup(server: HostileServer, behaviour: str, token: str, *extra: str) -> Run:
    server.clear()
    return run_cli(
        CHAT_ID, "--base-url", f"{server.url}/{behaviour}", "--timeout", "1", *extra, token=token
    )


# behaviour, exit code, words of the one stderr line
FAILURES = [
    ("drip-headers", 5, "did not answer in time"),
    ("drip-body", 5, "did not answer in time"),
    ("flood-1xx", 5, "did not answer in time"),
    ("hang", 5, "did not answer in time (3 attempts)"),
    ("reset-mid-body", 5, "No connection to 127.0.0.1"),
    ("gzip-bomb", 6, "too large"),
    ("gzip-gzip-bomb", 6, "too large"),
    ("bomb-401", 3, "Wegly refused the API key (error 401)"),
    ("big-unpacked", 6, "larger than 25 MB"),
    ("gzip-gzip-gzip", 6, "packed in a format this app does not read"),
    ("bad-gzip", 6, "damaged: it could not be unpacked"),
    ("brotli", 6, "packed in a format this app does not read"),
    ("deep-nesting", 6, "more than 64 levels inside one another"),
    ("nesting-100", 6, "more than 64 levels inside one another"),
    ("redirect-loop", 6, "on to other addresses too many times"),
    ("redirect-https", 6, "to another address (127.0.0.1)"),
    ("redirect-bad-idn", 6, "an address that is not valid; it was not followed"),
    ("storm-429", 7, "asks to wait 1 s"),
    ("storm-503", 5, "(error 503, 3 attempts)"),
    ("retry-after-huge", 7, "Too many requests in a row"),
    ("retry-after-nan", 5, "(error 503, 3 attempts)"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("behaviour", "code", "words"), FAILURES)
def test_misbehaving_server_ends_in_its_exit_code_in_time_and_memory(
    hostile: HostileServer, api_token: str, behaviour: str, code: int, words: str
) -> None:
    run = lookup(hostile, behaviour, api_token)

    assert_one_clean_line(run, code, api_token)
    assert words in run.err
    assert run.out == ""
    assert run.seconds < DEADLINE_TIMEOUT_1_S + STARTUP_SLACK_S
    assert run.max_rss_kb < MAX_RSS_MB * 1024, f"peak {run.max_rss_kb // 1024} MB"
    assert all(r.headers.get("authorization") == f"Bearer {api_token}" for r in hostile.seen())


@pytest.mark.slow
def test_a_huge_retry_after_fails_at_once(hostile: HostileServer, api_token: str) -> None:
    """``Retry-After: 1e400`` is longer than the deadline: no wait, no OverflowError."""
    run = lookup(hostile, "retry-after-huge", api_token)
    assert run.code == 7
    assert run.seconds < STARTUP_SLACK_S
    assert len(hostile.seen()) == 1


def test_redirect_to_another_host_is_not_followed_and_the_key_stays(
    hostile: HostileServer, other_host: HostileServer, api_token: str
) -> None:
    hostile.redirect_to = other_host.url.replace("127.0.0.1", "localhost")
    run = lookup(hostile, "redirect-other-host", api_token)

    assert_one_clean_line(run, 6, api_token)
    assert "another address (localhost)" in run.err
    assert other_host.seen() == []  # nothing, so no key, went to the other host


@pytest.mark.parametrize(
    ("behaviour", "name"),
    [("gzip-ok", "Zé Gzip"), ("deflate-raw-ok", "Zé Deflate"), ("ok", "Maria")],
)
def test_well_packed_answers_still_load(
    hostile: HostileServer, api_token: str, behaviour: str, name: str
) -> None:
    run = lookup(hostile, behaviour, api_token)
    assert run.code == 0, run.err
    assert name in run.out
    assert hostile.seen()[0].headers["accept-encoding"] == "gzip, deflate"


def test_invalid_utf8_is_shown_as_replacement_characters(
    hostile: HostileServer, api_token: str
) -> None:
    run = lookup(hostile, "invalid-utf8", api_token, "--json")
    assert run.code == 0, run.err
    assert json.loads(run.out)["contact_name"] == "Jo\ufffd\ufffdana"


def test_json_output_is_valid_json_even_with_non_finite_numbers(
    hostile: HostileServer, api_token: str
) -> None:
    """NaN, Infinity and 1e400 come out as strings with the server's text (README, --json)."""
    run = lookup(hostile, "non-finite", api_token, "--json")
    assert run.code == 0, run.err

    def refuse(constant: str) -> object:
        raise AssertionError(f"{constant} is not valid JSON")

    data = json.loads(run.out, parse_constant=refuse)
    assert data["score"] == "NaN"
    assert data["big"] == "1e400"
    assert data["low"] == "-Infinity"
    assert data["priority"] == "Infinity"
    assert "Traceback" not in run.err


@pytest.mark.parametrize(
    "base_url", ["https://xn--zz.example", "https://☃.example", "https://a\u200b.example"]
)
def test_base_url_with_an_invalid_international_name_is_exit_2(
    api_token: str, base_url: str
) -> None:
    run = run_cli(CHAT_ID, "--base-url", base_url, token=api_token)
    assert_one_clean_line(run, 2, api_token)
    assert "The server address is not valid" in run.err


def test_international_origin_is_sent_in_its_ascii_form(
    hostile: HostileServer, api_token: str
) -> None:
    run = lookup(hostile, "echo-origin", api_token, "--origin", "café.com.br")
    assert run.code == 0, run.err
    headers = hostile.seen()[0].headers
    assert headers["origin"] == "https://xn--caf-dma.com.br"
    assert headers["referer"] == "https://xn--caf-dma.com.br/"


@pytest.mark.parametrize(
    "origin", ["https://💩.la", "ftp://crm.example.com", "https://crm.example.com/path", "a b"]
)
def test_invalid_origin_is_exit_2_without_a_request(
    hostile: HostileServer, api_token: str, origin: str
) -> None:
    run = lookup(hostile, "ok", api_token, "--origin", origin)
    assert_one_clean_line(run, 2, api_token)
    assert "The allowed domain is not valid" in run.err
    assert hostile.seen() == []


@pytest.mark.parametrize("timeout", ["inf", "nan", "-inf", "1e309", "0", "-1", "601"])
def test_timeout_must_be_finite_and_bounded(api_token: str, timeout: str) -> None:
    run = run_cli(CHAT_ID, f"--timeout={timeout}", token=api_token)
    assert_one_clean_line(run, 2, api_token)
    assert "--timeout must be a number of seconds above 0 and at most 600" in run.err


def test_missing_key_is_exactly_one_line(hostile: HostileServer) -> None:
    run = run_cli(CHAT_ID, "--base-url", f"{hostile.url}/ok", token=None)
    assert_one_clean_line(run, 2)
    assert "WEGLY_TOKEN" in run.err
    hostile.clear()
    assert hostile.seen() == []
