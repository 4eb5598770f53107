"""ChatClient against the contract server over real loopback HTTP."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from fixed_time import NOW
from wegly_viewer.core.client import ChatClient, parse_retry_after, validate_base_url
from wegly_viewer.core.clock import FixedClock
from wegly_viewer.core.errors import ErrorKind, LookupCancelled, WeglyError
from wegly_viewer.core.models import ChatDetail, ChatStatus
from wegly_viewer.devserver import DEMO_CHAT_IDS, ERROR_CHAT_IDS, ContractServer, Reply

OPEN_ID = DEMO_CHAT_IDS["open_reactions"]
CHAT_PATH = "/integrations/external/chats/"


def make_client(server: ContractServer, token: str, **kwargs: Any) -> ChatClient:
    kwargs.setdefault("timeout", 2.0)
    kwargs.setdefault("clock", FixedClock(NOW))
    return ChatClient(server.url, token, **kwargs)


def fetch_error(client: ChatClient, chat_id: str) -> WeglyError:
    with pytest.raises(WeglyError) as caught:
        client.get_chat(chat_id)
    return caught.value


def assert_no_token(err: WeglyError, token: str) -> None:
    for text in (str(err), err.user_message, err.detail, repr(err), repr(err.params)):
        assert token not in text
        assert token.split(".")[1] not in text


def chat_requests(server: ContractServer, chat_id: str) -> list[Any]:
    return [r for r in server.requests if r.path == CHAT_PATH + chat_id]


def test_fetches_and_parses_a_chat(server: ContractServer, api_token: str) -> None:
    with make_client(server, api_token) as client:
        parsed = client.get_chat(OPEN_ID.upper())  # the client normalises what it is given

    chat = parsed.model
    assert isinstance(chat, ChatDetail)
    assert chat.id == OPEN_ID
    assert chat.status is ChatStatus.OPEN
    assert chat.last_message is not None and chat.last_message.reactions
    assert parsed.warnings == []
    assert parsed.raw["id"] == OPEN_ID
    request = chat_requests(server, OPEN_ID)[0]
    assert request.headers["authorization"] == f"Bearer {api_token}"
    assert request.headers["user-agent"].startswith("WeglyChatViewer/")
    assert request.headers["accept"] == "application/json"
    assert "origin" not in request.headers  # desktop clients send none unless configured


def test_origin_and_referer_sent_when_configured(server: ContractServer, api_token: str) -> None:
    with make_client(server, api_token, origin="https://crm.example.com.br/") as client:
        client.get_chat(OPEN_ID)
    request = chat_requests(server, OPEN_ID)[0]
    assert request.headers["origin"] == "https://crm.example.com.br"
    assert request.headers["referer"] == "https://crm.example.com.br/"


def test_every_sample_chat_loads_without_warnings(server: ContractServer, api_token: str) -> None:
    with make_client(server, api_token) as client:
        for name, chat_id in DEMO_CHAT_IDS.items():
            parsed = client.get_chat(chat_id)
            assert parsed.model.id == chat_id, name
            if name != "malformed_fields":
                assert parsed.warnings == [], name


def test_malformed_fields_become_warnings_not_failures(
    server: ContractServer, api_token: str
) -> None:
    with make_client(server, api_token) as client:
        parsed = client.get_chat(DEMO_CHAT_IDS["malformed_fields"])
    assert parsed.warnings
    assert parsed.model.id == DEMO_CHAT_IDS["malformed_fields"]
    assert parsed.model.contact_name  # the rest of the chat is still there


def test_timeline_and_unread(server: ContractServer, api_token: str) -> None:
    with make_client(server, api_token) as client:
        timeline = client.get_timeline(OPEN_ID)
        unread = client.get_unread()
    assert timeline.model.records
    assert timeline.model.total is not None
    assert timeline.model.total >= len(timeline.model.records)
    assert unread.model.unread_chats_total is not None


@pytest.mark.parametrize(
    ("name", "kind", "status"),
    [
        ("unauthorized", ErrorKind.AUTH, 401),
        ("forbidden_domain", ErrorKind.FORBIDDEN, 403),
        ("not_found", ErrorKind.NOT_FOUND, 404),
        ("server_error", ErrorKind.SERVER, 500),
        ("malformed_json", ErrorKind.BAD_RESPONSE, 200),
        ("not_object", ErrorKind.BAD_RESPONSE, 200),
        ("id_mismatch", ErrorKind.BAD_RESPONSE, None),
    ],
)
def test_error_modes_map_to_kinds(
    server: ContractServer, api_token: str, name: str, kind: ErrorKind, status: int | None
) -> None:
    with make_client(server, api_token) as client:
        err = fetch_error(client, ERROR_CHAT_IDS[name])
    assert err.kind is kind
    if status is not None:
        assert err.status == status
    assert err.user_message
    # "Copy details" names the request (URL only, never the key), whatever went wrong.
    assert err.detail.splitlines()[0] == f"GET {server.url}{CHAT_PATH}{ERROR_CHAT_IDS[name]}"
    assert_no_token(err, api_token)
    # Only GETs on timeouts/429/502/503/504 are retried: these are not.
    assert len(chat_requests(server, ERROR_CHAT_IDS[name])) == 1


def test_401_says_expired_or_revoked_and_403_says_domain_or_permission(
    server: ContractServer, api_token: str
) -> None:
    with make_client(server, api_token) as client:
        rejected = fetch_error(client, ERROR_CHAT_IDS["unauthorized"])
        forbidden = fetch_error(client, ERROR_CHAT_IDS["forbidden_domain"])
    assert rejected.user_message == (
        "Wegly refused the API key (error 401): it has expired, was revoked or was copied "
        "wrong. Create a new key in Wegly (Configurações → Integrações → Gerenciar chaves) and "
        "save it again."
    )
    assert forbidden.user_message == (
        "Wegly knows the API key but does not allow it here (error 403): the key is "
        "restricted to an allowed domain, or has no permission to read chats. If the key has an "
        'allowed domain, enter that domain under "Change API key…" → "Allowed domain" '
        "(wegly-lookup: --origin); otherwise ask for a key that may read chats."
    )
    for err in (rejected, forbidden):
        assert "allowed_domain" not in err.user_message
        assert "Origin" not in err.user_message
    assert "HTTP 403" in forbidden.detail  # the technical words stay in "Copy details"


def test_401_and_403_in_portuguese(server: ContractServer, api_token: str, pt_br: None) -> None:
    with make_client(server, api_token) as client:
        rejected = fetch_error(client, ERROR_CHAT_IDS["unauthorized"])
        forbidden = fetch_error(client, ERROR_CHAT_IDS["forbidden_domain"])
    assert rejected.user_message.startswith(
        "A Wegly recusou a chave da API (erro 401): ela expirou, foi revogada ou foi copiada errada."
    )
    assert forbidden.user_message.startswith(
        "A Wegly reconhece a chave da API, mas não permite o uso dela aqui (erro 403): a chave "
        "está restrita a um domínio permitido ou não tem permissão para ler chats."
    )


def test_wrong_token_is_auth_error_and_never_echoed(server: ContractServer) -> None:
    wrong = "eyJhbGciOiJIUzI1NiJ9.eyJ3cm9uZyI6dHJ1ZX0.d3Jvbmctc2lnbmF0dXJl"
    with make_client(server, wrong) as client:
        err = fetch_error(client, OPEN_ID)
        assert wrong not in repr(client)
    assert err.kind is ErrorKind.AUTH
    assert_no_token(err, wrong)


def test_not_found_for_unknown_chat(server: ContractServer, api_token: str) -> None:
    with make_client(server, api_token) as client:
        err = fetch_error(client, "0f0f0f0f-0000-4000-8000-00000000beef")
    assert err.kind is ErrorKind.NOT_FOUND


def test_invalid_input_sends_nothing(server: ContractServer, api_token: str) -> None:
    with make_client(server, api_token) as client:
        for text in ("12345", "", "../../etc/passwd"):
            err = fetch_error(client, text)
            assert err.kind is ErrorKind.INVALID_INPUT
    assert server.requests == []


def test_missing_token_is_invalid_input_without_request(server: ContractServer) -> None:
    with ChatClient(server.url, None, clock=FixedClock(NOW)) as client:
        err = fetch_error(client, OPEN_ID)
    assert (err.kind, err.message_id) == (ErrorKind.INVALID_INPUT, "no_token")
    assert server.requests == []


def test_retries_502_then_succeeds(server: ContractServer, api_token: str) -> None:
    server.script(OPEN_ID, [Reply(502, "<html>Bad Gateway</html>"), Reply(503, {"x": 1})])
    with make_client(server, api_token) as client:
        parsed = client.get_chat(OPEN_ID)
    assert parsed.model.id == OPEN_ID
    assert len(chat_requests(server, OPEN_ID)) == 3


def test_reports_each_attempt_to_the_caller(server: ContractServer, api_token: str) -> None:
    """The window shows "tentativa 2 de 3" from these calls (made on the requesting thread)."""
    server.script(OPEN_ID, [Reply(502, "<html>Bad Gateway</html>"), Reply(503, {"x": 1})])
    attempts: list[tuple[int, int]] = []
    with make_client(
        server, api_token, on_attempt=lambda n, total: attempts.append((n, total))
    ) as client:
        client.get_chat(OPEN_ID)
    assert attempts == [(1, 3), (2, 3), (3, 3)]


def test_gives_up_after_two_retries(server: ContractServer, api_token: str) -> None:
    with make_client(server, api_token) as client:
        err = fetch_error(client, ERROR_CHAT_IDS["unavailable"])
    assert err.kind is ErrorKind.SERVER  # Wegly was reached: not "no connection"
    assert err.status == 503
    assert err.params["attempts"] == 3
    assert err.user_message == (
        "Wegly was reached but failed to answer (error 503, 3 attempts). "
        "The problem is on Wegly's side; try again in a few minutes."
    )
    assert len(chat_requests(server, ERROR_CHAT_IDS["unavailable"])) == 3


def test_html_error_page_excerpt_is_sanitised(server: ContractServer, api_token: str) -> None:
    with make_client(server, api_token, max_retries=0) as client:
        err = fetch_error(client, ERROR_CHAT_IDS["html_error"])
    assert err.status == 502
    assert "Body:" in err.detail
    assert len(err.detail) < 1200


def test_honours_retry_after_then_succeeds(server: ContractServer, api_token: str) -> None:
    server.script(OPEN_ID, [Reply(429, {"message": "slow down"}, {"Retry-After": "1"})])
    started = time.monotonic()
    with make_client(server, api_token) as client:
        parsed = client.get_chat(OPEN_ID)
    elapsed = time.monotonic() - started
    assert parsed.model.id == OPEN_ID
    assert elapsed >= 0.9  # waited as asked
    assert len(chat_requests(server, OPEN_ID)) == 2


def test_rate_limited_after_retries(server: ContractServer, api_token: str) -> None:
    with make_client(server, api_token) as client:
        err = fetch_error(client, ERROR_CHAT_IDS["rate_limited"])
    assert err.kind is ErrorKind.RATE_LIMITED
    assert err.retry_after == pytest.approx(1.0)
    assert "1 s" in err.user_message
    assert len(chat_requests(server, ERROR_CHAT_IDS["rate_limited"])) == 3


def test_retry_after_beyond_cap_fails_fast(server: ContractServer, api_token: str) -> None:
    server.script(OPEN_ID, [Reply(429, b"", {"Retry-After": "3600"})])
    started = time.monotonic()
    with make_client(server, api_token) as client:
        err = fetch_error(client, OPEN_ID)
    assert time.monotonic() - started < 2
    assert err.kind is ErrorKind.RATE_LIMITED
    assert err.retry_after == pytest.approx(3600)
    assert "wait 1 h before" in err.user_message


def test_timeout_is_retried_then_reported(server: ContractServer, api_token: str) -> None:
    started = time.monotonic()
    with make_client(server, api_token, timeout=0.5, max_retries=1) as client:
        err = fetch_error(client, ERROR_CHAT_IDS["slow"])
    elapsed = time.monotonic() - started
    assert err.kind is ErrorKind.NETWORK
    assert err.message_id == "timeout"
    assert err.params["attempts"] == 2
    assert elapsed < 0.5 * 2 + 2  # two attempts and a short backoff, not the server's 30 s
    assert len(chat_requests(server, ERROR_CHAT_IDS["slow"])) == 2


def test_connection_refused_is_network_error(api_token: str) -> None:
    with ContractServer(clock=FixedClock(NOW)) as gone:
        url = gone.url
    with ChatClient(url, api_token, timeout=1, max_retries=1, clock=FixedClock(NOW)) as client:
        err = fetch_error(client, OPEN_ID)
    assert err.kind is ErrorKind.NETWORK
    assert err.message_id == "connect"
    assert_no_token(err, api_token)


@pytest.mark.parametrize("name", ["huge_with_length", "huge_chunked"])
def test_oversized_response_refused(server: ContractServer, api_token: str, name: str) -> None:
    with make_client(server, api_token, timeout=10) as client:
        err = fetch_error(client, ERROR_CHAT_IDS[name])
    assert err.kind is ErrorKind.BAD_RESPONSE
    assert err.message_id == "too_large"
    assert "25 MB" in err.user_message


def test_small_cap_applies_to_normal_chats(server: ContractServer, api_token: str) -> None:
    with make_client(server, api_token, max_body_bytes=10_000) as client:
        err = fetch_error(client, DEMO_CHAT_IDS["many_agents"])
    assert err.message_id == "too_large"


def test_same_host_redirect_is_followed(server: ContractServer, api_token: str) -> None:
    server.script(OPEN_ID, [Reply(307, b"", {"Location": CHAT_PATH + OPEN_ID})])
    with make_client(server, api_token) as client:
        assert client.get_chat(OPEN_ID).model.id == OPEN_ID
    assert all(r.headers.get("authorization") for r in chat_requests(server, OPEN_ID))


def test_redirect_to_other_host_is_refused_and_carries_no_token(
    server: ContractServer, other_server: ContractServer, api_token: str
) -> None:
    elsewhere = other_server.url.replace("127.0.0.1", "localhost") + CHAT_PATH + OPEN_ID
    server.script(OPEN_ID, [Reply(302, b"", {"Location": elsewhere})])
    with make_client(server, api_token) as client:
        err = fetch_error(client, OPEN_ID)
    assert err.kind is ErrorKind.BAD_RESPONSE
    assert err.message_id == "redirect_other_host"
    assert other_server.requests == []
    assert_no_token(err, api_token)


def test_redirect_loop_is_bounded(server: ContractServer, api_token: str) -> None:
    loop = Reply(302, b"", {"Location": CHAT_PATH + OPEN_ID})
    server.script(OPEN_ID, [loop] * 10)
    with make_client(server, api_token) as client:
        err = fetch_error(client, OPEN_ID)
    assert err.message_id == "too_many_redirects"


def test_html_and_emoji_round_trip_exactly(server: ContractServer, api_token: str) -> None:
    chat_id = "5e1ec7ed-0000-4000-8000-00000000c0de"
    chat = {
        "id": chat_id,
        "contact_name": "<b>Zé</b> &amp; <script>alert(1)</script>",
        "last_message": {"body_text": "👨‍👩‍👧 🇧🇷 👍🏽 ❤️ \u200b", "reactions": []},
        "brand_new_field": {"nested": [1, "dois"]},
    }
    server.set_chat(chat)
    with make_client(server, api_token) as client:
        parsed = client.get_chat(chat_id)
    assert parsed.raw == chat
    assert parsed.model.contact_name == chat["contact_name"]
    assert parsed.model.last_message is not None
    assert parsed.model.last_message.body_text == "👨‍👩‍👧 🇧🇷 👍🏽 ❤️ \u200b"
    assert parsed.model.model_extra == {"brand_new_field": {"nested": [1, "dois"]}}


def test_cancel_stops_a_retry_wait(server: ContractServer, api_token: str) -> None:
    import threading

    server.script(OPEN_ID, [Reply(429, b"", {"Retry-After": "20"})])
    client = make_client(server, api_token, timeout=10)  # a 30 s deadline: the wait fits
    threading.Timer(0.3, client.cancel).start()
    started = time.monotonic()
    with pytest.raises(LookupCancelled):
        client.get_chat(OPEN_ID)
    assert time.monotonic() - started < 5
    client.close()


def test_client_repr_and_errors_hide_token(api_token: str) -> None:
    client = ChatClient("https://api.wegly.com.br", api_token, clock=FixedClock(NOW))
    assert api_token not in repr(client)
    assert "api.wegly.com.br" in repr(client)
    client.close()


@pytest.mark.parametrize(
    ("url", "message_id"),
    [
        ("http://api.wegly.com.br", "insecure_url"),
        ("ftp://api.wegly.com.br", "bad_base_url"),
        ("https://user:pw@api.wegly.com.br", "bad_base_url"),
        ("not a url", "bad_base_url"),
    ],
)
def test_base_url_rules(url: str, message_id: str) -> None:
    with pytest.raises(WeglyError) as caught:
        validate_base_url(url)
    assert caught.value.message_id == message_id


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080", "http://localhost", "http://[::1]:1"])
def test_plain_http_allowed_for_loopback(url: str) -> None:
    assert validate_base_url(url).scheme == "http"


def test_parse_retry_after_forms() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    assert parse_retry_after("5", now) == 5.0
    assert parse_retry_after("Wed, 25 Nov 2026 12:00:30 GMT", now) == pytest.approx(30)
    assert parse_retry_after("Wed, 25 Nov 2026 11:00:00 GMT", now) == 0.0  # already past
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None
    # Hostile values: infinite or absurd waits are "a day" (longer than any deadline), NaN none.
    assert parse_retry_after("1e400", now) == 86_400.0
    assert parse_retry_after("inf", now) == 86_400.0
    assert parse_retry_after("-1e400", now) == 0.0
    assert parse_retry_after("nan", now) is None
    assert parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT", now) == 86_400.0


@pytest.mark.parametrize(
    ("origin", "header"),
    [
        ("crm.example.com.br", "https://crm.example.com.br"),
        ("https://crm.example.com.br/", "https://crm.example.com.br"),
        ("http://localhost:8080", "http://localhost:8080"),
        ("https://café.com.br", "https://xn--caf-dma.com.br"),
        ("", None),
    ],
)
def test_origin_is_normalised_to_an_ascii_origin(origin: str, header: str | None) -> None:
    from wegly_viewer.core.client import normalize_origin

    assert normalize_origin(origin) == header


@pytest.mark.parametrize("timeout", [float("inf"), float("nan"), 0.0, -1.0, 601.0])
def test_client_refuses_a_timeout_that_is_not_finite_and_bounded(timeout: float) -> None:
    with pytest.raises(WeglyError) as caught:
        ChatClient("https://api.wegly.com.br", "k", timeout=timeout, clock=FixedClock(NOW))
    assert caught.value.kind is ErrorKind.INVALID_INPUT
    assert caught.value.message_id == "bad_timeout"


def test_tls_is_verified_against_a_self_signed_server(api_token: str) -> None:
    """A https server with a self-signed certificate is refused before anything is sent."""
    import http.server
    import shutil
    import ssl
    import subprocess
    import tempfile
    import threading
    from pathlib import Path

    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a self-signed certificate")
    tmp = Path(tempfile.mkdtemp())
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
            "-subj", "/CN=127.0.0.1", "-keyout", str(tmp / "k.pem"), "-out", str(tmp / "c.pem"),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    seen: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.headers.get("Authorization", ""))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(tmp / "c.pem", tmp / "k.pem")
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"https://127.0.0.1:{httpd.server_address[1]}"
        with ChatClient(url, api_token, timeout=2, max_retries=0, clock=FixedClock(NOW)) as client:
            err = fetch_error(client, OPEN_ID)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert err.kind is ErrorKind.NETWORK
    assert err.message_id == "tls_untrusted"  # self-signed: which problem, and what to do
    assert "127.0.0.1" in err.user_message
    assert "SSL_CERT_FILE" in err.user_message
    assert seen == []
    assert json.dumps(err.params)  # params stay plain data


def test_cancel_unblocks_a_read_in_progress(server: ContractServer, api_token: str) -> None:
    """Cancel shuts the socket down: a request blocked on a silent server stops at once."""
    import threading

    client = make_client(server, api_token, timeout=20)
    threading.Timer(0.3, client.cancel).start()
    started = time.monotonic()
    with pytest.raises(LookupCancelled):
        client.get_chat(ERROR_CHAT_IDS["slow"])
    assert time.monotonic() - started < 2
    client.close()
