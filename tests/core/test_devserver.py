"""The local contract server: samples match the OpenAPI contract, errors misbehave as named."""

from __future__ import annotations

import copy
import json
import re
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator, FormatChecker, ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from wegly_viewer.core.clock import FixedClock
from wegly_viewer.devserver import (
    DEMO_CHAT_IDS,
    DEMO_CHAT_NAMES,
    ERROR_CHAT_IDS,
    HUGE_BODY_SIZE,
    ID_MISMATCH_SERVED_ID,
    LONG_CONVERSATION_SIZE,
    PAGING_IGNORED_TOTAL,
    SCHEMA_INVALID_SAMPLES,
    TIMELINE_CHAT_IDS,
    ContractServer,
    Reply,
    build_samples,
)

SPEC_PATH = Path(__file__).resolve().parents[2] / "resources" / "api" / "openapi.yaml"
SPEC_URI = "urn:wegly-openapi"
NOW = datetime(2026, 11, 25, 19, 30, 0, tzinfo=UTC)
CHATS = "/integrations/external/chats"
UNREAD = f"{CHATS}/notifications/unread"
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

# Every httpx.Client loads the CA bundle (~50 ms) unless handed a context; the server is plain
# HTTP, so one shared context is enough and keeps each test fast.
TLS = ssl.create_default_context()

VALID_NAMES = [
    name for name, chat_id in DEMO_CHAT_IDS.items() if chat_id not in SCHEMA_INVALID_SAMPLES
]

# ---------------------------------------------------------------------------------------------
# Schema validation helpers
# ---------------------------------------------------------------------------------------------

_RFC3339 = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.(?P<fraction>\d+))?(?:[Zz]|[+-]\d{2}:\d{2})"
)


def _is_rfc3339_date_time(value: object) -> bool:
    """RFC 3339 ``date-time``: shape by regex, ranges (month 13, Feb 30) by ``fromisoformat``."""
    if not isinstance(value, str):
        return True  # formats only constrain strings; "type" handles the rest
    match = _RFC3339.fullmatch(value)
    if match is None:
        return False
    normalized = value.upper().replace("Z", "+00:00")
    fraction = match.group("fraction")
    if fraction:
        # fromisoformat takes at most microseconds; RFC 3339 allows any number of digits.
        normalized = normalized.replace(f".{fraction}", f".{fraction[:6].ljust(6, '0')}", 1)
    try:
        datetime.fromisoformat(normalized)
    except ValueError:
        return False
    return True


def _format_checker() -> FormatChecker:
    # jsonschema only checks "date-time" when the optional rfc3339-validator package is installed;
    # it is not a dependency here, so without this the check would silently pass everything.
    checker = FormatChecker()
    checker.checks("date-time")(_is_rfc3339_date_time)
    return checker


@pytest.fixture(scope="module")
def registry() -> Registry[Any]:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    resource = Resource.from_contents(spec, default_specification=DRAFT202012)
    return Registry().with_resource(SPEC_URI, resource)


def _validator(registry: Registry[Any], schema: str) -> Draft202012Validator:
    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}#/components/schemas/{schema}"},
        registry=registry,
        format_checker=_format_checker(),
    )


def _leaf_errors(errors: Iterable[ValidationError]) -> Iterator[ValidationError]:
    for error in errors:
        if error.context:
            yield from _leaf_errors(error.context)
        else:
            yield error


def _error_paths(validator: Draft202012Validator, instance: Any) -> set[str]:
    """Where the instance breaks the schema, as ``a/b/0`` paths.

    Nullable fields are ``anyOf: [<schema>, null]``, whose error sits on the field itself; the
    useful paths are the deepest ones among the branch errors (the null branch always fails at
    the field, which would otherwise hide the real location).
    """
    paths = {
        "/".join(str(part) for part in error.absolute_path)
        for error in _leaf_errors(validator.iter_errors(instance))
    }
    return {path for path in paths if not any(other.startswith(f"{path}/") for other in paths)}


@pytest.fixture(scope="module")
def samples() -> dict[str, dict[str, Any]]:
    return build_samples(NOW)


def _sample(samples: dict[str, dict[str, Any]], name: str) -> dict[str, Any]:
    return samples[DEMO_CHAT_IDS[name]]


# ---------------------------------------------------------------------------------------------
# Server fixtures
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def server() -> Iterator[ContractServer]:
    with ContractServer(clock=FixedClock(NOW)) as running:
        yield running


@pytest.fixture
def client(server: ContractServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=10, verify=TLS) as http:
        yield http


# ---------------------------------------------------------------------------------------------
# The format checker is real
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2026-11-25T19:30:00Z", True),
        ("2026-11-25T19:30:00.123Z", True),
        ("2026-11-25T19:30:00.1234567-03:00", True),
        ("not a date", False),
        ("2026-02-30T10:00:00Z", False),
        ("2026-11-25 19:30:00Z", False),
        ("2026-11-25T19:30:00", False),
        ("1732540800", False),
    ],
)
def test_date_time_checker(value: str, ok: bool) -> None:
    assert _format_checker().conforms(value, "date-time") is ok


def test_broken_sample_fails_validation(
    registry: Registry[Any], samples: dict[str, dict[str, Any]]
) -> None:
    validator = _validator(registry, "ChatDetail")
    broken = copy.deepcopy(_sample(samples, "open_reactions"))
    assert _error_paths(validator, broken) == set()
    broken["created_at"] = "not a date"
    broken["last_message"]["reactions"][0]["created_at"] = "2026-02-30T10:00:00Z"
    broken["crm_person"]["id"] = "not-a-uuid"
    broken["crm_person"]["birth_date"] = "14/03/1985"
    assert _error_paths(validator, broken) == {
        "created_at",
        "last_message/reactions/0/created_at",
        "crm_person/id",
        "crm_person/birth_date",
    }


def test_malformed_sample_breaks_the_schema_where_intended(
    registry: Registry[Any], samples: dict[str, dict[str, Any]]
) -> None:
    chat = _sample(samples, "malformed_fields")
    assert chat["id"] in SCHEMA_INVALID_SAMPLES
    assert chat["last_message"]["meta_timestamp"] == "1732540800"  # valid: a plain string
    assert _error_paths(_validator(registry, "ChatDetail"), chat) == {
        "unread_count",
        "priority",
        "status",
        "crm_person/documents/0",
        "last_message/reactions/1/created_at",
    }


# ---------------------------------------------------------------------------------------------
# Samples
# ---------------------------------------------------------------------------------------------


def test_samples_are_keyed_by_the_demo_ids(samples: dict[str, dict[str, Any]]) -> None:
    assert len(VALID_NAMES) >= 8
    assert set(samples) == set(DEMO_CHAT_IDS.values())
    ids = list(DEMO_CHAT_IDS.values()) + list(ERROR_CHAT_IDS.values()) + [ID_MISMATCH_SERVED_ID]
    assert len(set(ids)) == len(ids)
    assert all(UUID_RE.fullmatch(chat_id) for chat_id in ids)
    assert all(chat["id"] == chat_id for chat_id, chat in samples.items())


def test_demo_names_table_is_what_the_server_calls_each_sample() -> None:
    """The start page lists the demo chats from the table, without building the samples."""
    server = ContractServer(clock=FixedClock(NOW))  # never started: names only
    served = {key: server.chat_name(chat_id) for key, chat_id in DEMO_CHAT_IDS.items()}
    assert served == DEMO_CHAT_NAMES
    assert DEMO_CHAT_NAMES["open_reactions"] == "Maria Aparecida Souza"


@pytest.mark.parametrize("name", VALID_NAMES)
def test_sample_validates_against_chat_detail(
    registry: Registry[Any], samples: dict[str, dict[str, Any]], name: str
) -> None:
    errors = list(_validator(registry, "ChatDetail").iter_errors(_sample(samples, name)))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def test_every_sample_has_every_chat_detail_field(
    registry: Registry[Any], samples: dict[str, dict[str, Any]]
) -> None:
    fields = set(registry.contents(SPEC_URI)["components"]["schemas"]["ChatDetail"]["properties"])
    for chat in samples.values():
        assert fields <= set(chat), (chat["id"], fields - set(chat))


def test_samples_are_deterministic_and_cheap() -> None:
    started = time.perf_counter()
    first = build_samples(NOW)
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0
    assert first == build_samples(NOW)
    later = build_samples(NOW + timedelta(days=3))
    assert [c["last_message"]["id"] for c in first.values()] == [
        c["last_message"]["id"] for c in later.values()
    ]


def _staff_user_ids(chat: dict[str, Any]) -> set[str]:
    agents = [*chat["participants"], *chat["assignable_agents"]]
    if chat["assigned_agent"]:
        agents.append(chat["assigned_agent"])
    return {agent["user"]["id"] for agent in agents}


def test_open_reactions_sample(samples: dict[str, dict[str, Any]]) -> None:
    chat = _sample(samples, "open_reactions")
    assert (chat["status"], chat["priority"]) == ("OPEN", 2)
    expires = datetime.fromisoformat(chat["session_expires_at"])
    assert timedelta(hours=4) < expires - NOW < timedelta(hours=6)
    reactions = chat["last_message"]["reactions"]
    assert len(reactions) >= 6
    contact = [r for r in reactions if r["actor"] == "CONTACT"]
    staff = [r for r in reactions if r["actor"] != "CONTACT"]
    assert contact
    assert all(r["reactor_wa_id"] == chat["wa_contact_id"] for r in contact)
    assert staff
    assert {r["reactor_user_id"] for r in staff} <= _staff_user_ids(chat)
    emoji = [r["emoji"] for r in reactions]
    assert {"👍🏽", "❤️", "👨‍👩‍👧", "🇧🇷"} <= set(emoji)
    assert len(set(emoji)) < len(emoji)  # repeats, so grouping shows counts
    assert "<script>alert(1)</script>" in chat["last_message"]["body_text"]
    documents = {d["label"]: d["value"] for d in chat["crm_person"]["documents"]}
    assert documents["CPF"] == "123.456.789-09"
    assert {"CNPJ", "RG"} <= set(documents)
    contacts = [c["value"] for c in chat["crm_person"]["contacts"]]
    assert any("@" in value for value in contacts)
    assert any(value.startswith("+55") for value in contacts)
    assert chat["crm_person"]["address"]["city"] == "São Paulo"
    assert chat["crm_marketing_lead_source"] == [
        {"source": "facebook_ads", "campaign": "Black Friday 2026", "ad_id": "120210000000"}
    ]


def test_state_samples(samples: dict[str, dict[str, Any]]) -> None:
    def at(name: str, key: str) -> datetime:
        return datetime.fromisoformat(_sample(samples, name)[key])

    resolved = _sample(samples, "resolved")
    assert (resolved["status"], resolved["priority"]) == ("RESOLVED", 1)
    assert at("resolved", "session_expires_at") == NOW - timedelta(days=3)

    group = _sample(samples, "group")
    assert group["chat_type"] == "GROUP"
    assert len(group["participants"]) >= 3

    archived = _sample(samples, "archived")
    assert archived["archived_at"] is not None
    assert archived["status"] == "RESOLVED"

    message = _sample(samples, "history_import")["last_message"]
    assert message["is_history"] is True
    assert (message["history_phase"], message["history_chunk_order"]) == (1, 3)
    assert message["history_progress"] == 42
    assert message["meta_timestamp"].isdigit()

    assert at("window_closing", "session_expires_at") == NOW + timedelta(minutes=12)
    assert at("window_closing", "last_customer_msg_at") == NOW - timedelta(hours=23, minutes=48)

    null_expiry = _sample(samples, "window_closed_null_expiry")
    assert null_expiry["session_expires_at"] is None
    assert at("window_closed_null_expiry", "last_customer_msg_at") == NOW - timedelta(days=2)

    no_person = _sample(samples, "no_crm_person")
    assert no_person["crm_person"] is None
    assert no_person["assigned_agent"] is None
    assert no_person["last_message"]["is_media_placeholder"] is True
    assert no_person["last_message"]["media"]["mime_type"] == "image/jpeg"

    many = _sample(samples, "many_agents")
    assert len(many["assignable_agents"]) == 3000
    assert len(many["participants"]) == 50
    assert len(many["last_message"]["reactions"]) == 10_000
    assert {a["status"] for a in many["assignable_agents"]} == {"ONLINE", "AWAY", "OFFLINE"}

    urgent = _sample(samples, "snoozed_urgent")
    assert (urgent["status"], urgent["priority"]) == ("SNOOZED", 3)
    assert urgent["last_message"]["status"] == "processing"
    assert urgent["last_message"]["quoted_message"]["body_text"]
    assert urgent["last_message"]["call"]["duration_ms"] > 0


# ---------------------------------------------------------------------------------------------
# Routes
# ---------------------------------------------------------------------------------------------


def test_chat_route_serves_the_sample(
    client: httpx.Client, samples: dict[str, dict[str, Any]]
) -> None:
    chat_id = DEMO_CHAT_IDS["open_reactions"]
    response = client.get(f"{CHATS}/{chat_id}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    assert response.json() == samples[chat_id]
    # Emoji and accents travel as UTF-8, not \\u escapes.
    assert "São Paulo".encode() in response.content
    assert client.get(f"{CHATS}/{chat_id.upper()}").json()["id"] == chat_id


@pytest.mark.parametrize("name", [*VALID_NAMES, "long_conversation", "timeline_paging_ignored"])
def test_timeline_validates(registry: Registry[Any], client: httpx.Client, name: str) -> None:
    chat_id = {**DEMO_CHAT_IDS, **TIMELINE_CHAT_IDS}[name]
    response = client.get(f"{CHATS}/{chat_id}/timeline", params={"limit": 5000})
    assert response.status_code == 200
    page = response.json()
    checked = copy.deepcopy(page)
    for record in checked["records"]:
        # The 10,000 reactions were validated with the chat; re-checking them here would only
        # double the slowest test.
        if record.get("message"):
            del record["message"]["reactions"][100:]
    errors = list(_validator(registry, "TimelinePage").iter_errors(checked))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]
    assert len(page["records"]) >= 3
    assert page["total"] >= len(page["records"])
    # The conversation ends with the chat's own last message (the newest record comes first).
    chat = client.get(f"{CHATS}/{chat_id}").json()
    assert page["records"][0]["message"]["id"] == chat["last_message"]["id"]


def _features(records: list[dict[str, Any]]) -> set[str]:
    ids = {r["message"]["id"] for r in records if r.get("message")}
    found: set[str] = set()
    for record in records:
        message = record.get("message")
        if record["event_type"] != "MESSAGE":
            found.add(f"event {record['event_type']}")
            continue
        quoted = message.get("quoted_message")
        if quoted and quoted["id"] in ids:
            found.add("reply to an earlier message")
        actors = {reaction["actor"] for reaction in message["reactions"]}
        found.update(f"reaction from {actor}" for actor in actors)
        if message.get("call"):
            found.add(f"call {message['call']['direction']}")
        if message.get("is_media_placeholder"):
            found.add("media placeholder")
        if message.get("is_history"):
            found.add("history import")
            # Placed by the original time: the event is the import, later than the message.
            written = datetime.fromtimestamp(int(message["meta_timestamp"]), UTC)
            assert datetime.fromisoformat(record["event_at"]) >= written
        if message.get("user") and message["origin"] == "INBOUND":
            found.add("group member")
    return found


def test_sample_conversations_are_rich(client: httpx.Client) -> None:
    def records(name: str) -> list[dict[str, Any]]:
        url = f"{CHATS}/{DEMO_CHAT_IDS[name]}/timeline"
        return list(client.get(url, params={"limit": 5000}).json()["records"])

    assert _features(records("open_reactions")) == {
        "event TRANSFER",
        "reply to an earlier message",
        "reaction from CONTACT",
        "reaction from AGENT",
        "call INBOUND",
        "media placeholder",
        "history import",
    }
    assert "group member" in _features(records("group"))
    assert "call OUTBOUND" in _features(records("snoozed_urgent"))
    assert "history import" in _features(records("history_import"))
    texts = [r["message"]["body_text"] for r in records("open_reactions") if r.get("message")]
    assert "É o 10.482" in texts  # pt-BR, like the rest of the samples


def test_timeline_paging_is_honoured(client: httpx.Client) -> None:
    url = f"{CHATS}/{TIMELINE_CHAT_IDS['long_conversation']}/timeline"
    default = client.get(url).json()
    first = client.get(url, params={"limit": 50, "offset": 0}).json()
    second = client.get(url, params={"limit": 50, "offset": 50}).json()
    assert default == first
    assert first["total"] == second["total"] == LONG_CONVERSATION_SIZE == 5000
    assert len(first["records"]) == len(second["records"]) == 50
    first_ids = {r["id"] for r in first["records"]}
    assert not first_ids & {r["id"] for r in second["records"]}
    # Offsets count from the newest record: the second page is older than the first.
    oldest_first = min(r["event_at"] for r in first["records"])
    assert max(r["event_at"] for r in second["records"]) < oldest_first
    tail = client.get(url, params={"limit": 50, "offset": 4990}).json()
    assert len(tail["records"]) == 10


def test_paging_ignored_timeline_sends_the_same_page(client: httpx.Client) -> None:
    url = f"{CHATS}/{TIMELINE_CHAT_IDS['timeline_paging_ignored']}/timeline"
    first = client.get(url, params={"limit": 50, "offset": 0}).json()
    again = client.get(url, params={"limit": 50, "offset": 50}).json()
    assert first == again
    assert (first["total"], len(first["records"])) == (PAGING_IGNORED_TOTAL, 50) == (230, 50)


@pytest.mark.parametrize(
    ("name", "status"),
    [("timeline_not_found", 404), ("timeline_server_error", 500), ("timeline_malformed", 200)],
)
def test_timeline_error_modes_leave_the_chat_alone(
    client: httpx.Client, name: str, status: int
) -> None:
    chat_id = TIMELINE_CHAT_IDS[name]
    assert client.get(f"{CHATS}/{chat_id}").status_code == 200
    response = client.get(f"{CHATS}/{chat_id}/timeline")
    assert response.status_code == status
    if name == "timeline_malformed":
        with pytest.raises(json.JSONDecodeError):
            response.json()


def test_slow_timeline_does_not_answer_in_time(client: httpx.Client) -> None:
    chat_id = TIMELINE_CHAT_IDS["timeline_slow"]
    assert client.get(f"{CHATS}/{chat_id}").status_code == 200
    with pytest.raises(httpx.ReadTimeout):
        client.get(f"{CHATS}/{chat_id}/timeline", timeout=0.3)


def test_timeline_chats_are_not_samples(server: ContractServer) -> None:
    assert not set(TIMELINE_CHAT_IDS.values()) & set(server.chat_ids())


def test_scripted_and_set_timelines(server: ContractServer, client: httpx.Client) -> None:
    chat_id = DEMO_CHAT_IDS["resolved"]
    server.script_timeline(chat_id, [Reply(503, {"message": "down"})])
    assert client.get(f"{CHATS}/{chat_id}/timeline").status_code == 503
    assert client.get(f"{CHATS}/{chat_id}").status_code == 200  # the chat route is not scripted
    assert client.get(f"{CHATS}/{chat_id}/timeline").status_code == 200
    records = [{"id": f"e{n}", "event_type": "MESSAGE"} for n in range(5)]
    server.set_timeline(chat_id, records)
    paged = client.get(f"{CHATS}/{chat_id}/timeline", params={"limit": 2, "offset": 1}).json()
    assert paged == {"total": 5, "records": [records[3], records[2]]}
    server.set_timeline(chat_id, records, paging=False, total=40)
    ignored = client.get(f"{CHATS}/{chat_id}/timeline", params={"limit": 2, "offset": 1}).json()
    assert ignored == {"records": records, "total": 40}
    assert server.timeline_requests(chat_id)[-1] == {"limit": ["2"], "offset": ["1"]}


def test_unread_summary(
    registry: Registry[Any], client: httpx.Client, samples: dict[str, dict[str, Any]]
) -> None:
    response = client.get(UNREAD)
    assert response.status_code == 200
    summary = response.json()
    assert not list(_validator(registry, "UnreadSummary").iter_errors(summary))
    counts = [c["unread_count"] for c in samples.values() if isinstance(c["unread_count"], int)]
    assert summary["unread_messages_total"] == sum(counts)
    assert 0 < summary["unread_chats_total"] <= len(samples)


@pytest.mark.parametrize(
    ("method", "path", "status", "message"),
    [
        ("GET", f"{CHATS}/{'0' * 8}-0000-4000-8000-{'0' * 12}", 404, "Chat not found"),
        ("GET", f"{CHATS}/{'0' * 8}-0000-4000-8000-{'0' * 12}/timeline", 404, "Chat not found"),
        ("GET", f"{CHATS}/not-a-uuid", 400, None),
        ("GET", f"{CHATS}/{DEMO_CHAT_IDS['resolved']}/messages", 404, None),
        ("GET", "/integrations/external/deals/123", 404, None),
        ("GET", "/", 404, None),
        ("POST", f"{CHATS}/{DEMO_CHAT_IDS['resolved']}", 405, None),
        ("DELETE", f"{CHATS}/{DEMO_CHAT_IDS['resolved']}", 405, None),
    ],
)
def test_routing_errors(
    client: httpx.Client, method: str, path: str, status: int, message: str | None
) -> None:
    response = client.request(method, path, content=b'{"x": 1}' if method == "POST" else None)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    body = response.json()
    assert isinstance(body, dict)
    if message is not None:
        assert body == {"message": message}
    if status == 405:
        assert response.headers["allow"] == "GET"


def test_head_is_not_allowed(client: httpx.Client) -> None:
    response = client.head(f"{CHATS}/{DEMO_CHAT_IDS['resolved']}")
    assert response.status_code == 405
    assert response.content == b""
    # The connection is still usable after a bodiless response.
    assert client.get(UNREAD).status_code == 200


# ---------------------------------------------------------------------------------------------
# Error chats
# ---------------------------------------------------------------------------------------------

EXPECTED_STATUS = {
    "unauthorized": 401,
    "forbidden_domain": 403,
    "not_found": 404,
    "rate_limited": 429,
    "server_error": 500,
    "unavailable": 503,
    "malformed_json": 200,
    "not_object": 200,
    "id_mismatch": 200,
    "html_error": 502,
}


def test_every_error_chat_is_covered() -> None:
    assert set(ERROR_CHAT_IDS) == {*EXPECTED_STATUS, "slow", "huge_with_length", "huge_chunked"}


@pytest.mark.parametrize(("name", "status"), EXPECTED_STATUS.items())
def test_error_chat_status(client: httpx.Client, name: str, status: int) -> None:
    for _ in range(2):  # every time, not only on the first request
        assert client.get(f"{CHATS}/{ERROR_CHAT_IDS[name]}").status_code == status


def test_error_chat_bodies(client: httpx.Client) -> None:
    def get(name: str, **headers: str) -> httpx.Response:
        return client.get(f"{CHATS}/{ERROR_CHAT_IDS[name]}", headers=headers)

    assert get("unauthorized").json() == {"message": "Unauthorized"}
    forbidden = get("forbidden_domain", Origin="https://example.org").json()
    assert forbidden["allowed_domain"]
    assert forbidden["origin"] == "https://example.org"
    assert get("rate_limited").headers["retry-after"] == "1"
    with pytest.raises(json.JSONDecodeError):
        json.loads(get("malformed_json").content)
    assert get("malformed_json").content == b'{"id": '
    assert get("not_object").json() == [1, 2, 3]
    mismatch = get("id_mismatch").json()
    assert mismatch["id"] == ID_MISMATCH_SERVED_ID
    assert mismatch["id"] != ERROR_CHAT_IDS["id_mismatch"]
    html = get("html_error")
    assert html.headers["content-type"].startswith("text/html")
    assert b"502 Bad Gateway" in html.content


def test_id_mismatch_body_is_a_valid_chat(registry: Registry[Any], client: httpx.Client) -> None:
    body = client.get(f"{CHATS}/{ERROR_CHAT_IDS['id_mismatch']}").json()
    assert not list(_validator(registry, "ChatDetail").iter_errors(body))


@pytest.mark.parametrize("name", ["huge_with_length", "huge_chunked"])
def test_huge_bodies_stream_in_full(client: httpx.Client, name: str) -> None:
    received = 0
    tail = b""
    with client.stream("GET", f"{CHATS}/{ERROR_CHAT_IDS[name]}") as response:
        assert response.status_code == 200
        if name == "huge_with_length":
            assert response.headers["content-length"] == str(HUGE_BODY_SIZE)
        else:
            assert "content-length" not in response.headers
            assert response.headers["transfer-encoding"] == "chunked"
        for chunk in response.iter_raw():
            received += len(chunk)
            tail = (tail + chunk)[-16:]
    assert received == HUGE_BODY_SIZE
    assert tail.endswith(b'"}')


@pytest.mark.parametrize("name", ["huge_with_length", "huge_chunked"])
def test_client_hanging_up_on_huge_body_is_quiet(
    server: ContractServer, capfd: pytest.CaptureFixture[str], name: str
) -> None:
    for _ in range(2):
        with (
            httpx.Client(base_url=server.url, timeout=10, verify=TLS) as http,
            http.stream("GET", f"{CHATS}/{ERROR_CHAT_IDS[name]}") as response,
        ):
            next(response.iter_raw())  # read one piece, then drop the connection
    with httpx.Client(base_url=server.url, timeout=10, verify=TLS) as http:
        assert http.get(UNREAD).status_code == 200
    time.sleep(0.1)  # let the abandoned handler threads notice the broken pipe
    captured = capfd.readouterr()
    assert captured.out == ""
    assert captured.err == ""


def test_stop_is_prompt_while_a_slow_request_waits() -> None:
    server = ContractServer(clock=FixedClock(NOW)).start()
    outcome: list[BaseException | int] = []

    def fetch() -> None:
        try:
            url = f"{server.url}{CHATS}/{ERROR_CHAT_IDS['slow']}"
            response = httpx.get(url, timeout=20, verify=TLS)
            outcome.append(response.status_code)
        except BaseException as exc:  # recorded for the assertion below
            outcome.append(exc)

    worker = threading.Thread(target=fetch)
    worker.start()
    deadline = time.monotonic() + 5
    while not server.requests and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.requests, "slow request never arrived"
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 2
    worker.join(timeout=5)
    assert not worker.is_alive()
    assert len(outcome) == 1
    assert isinstance(outcome[0], httpx.TransportError)  # dropped, never answered


# ---------------------------------------------------------------------------------------------
# Auth, scripting, recording, lifecycle
# ---------------------------------------------------------------------------------------------


def test_bearer_token_is_checked() -> None:
    with (
        ContractServer(token="s3cr3t", clock=FixedClock(NOW)) as server,
        httpx.Client(base_url=server.url, verify=TLS) as http,
    ):
        path = f"{CHATS}/{DEMO_CHAT_IDS['resolved']}"
        missing = http.get(path)
        assert missing.status_code == 401
        assert missing.json() == {"message": "Unauthorized"}
        assert http.get(path, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert http.get(path, headers={"Authorization": "s3cr3t"}).status_code == 401
        ok = http.get(path, headers={"Authorization": "Bearer s3cr3t"})
        assert ok.status_code == 200
        assert ok.json()["id"] == DEMO_CHAT_IDS["resolved"]
        assert http.get(UNREAD).status_code == 401


def test_script_replies_in_order_then_falls_back(
    server: ContractServer, client: httpx.Client
) -> None:
    chat_id = DEMO_CHAT_IDS["group"]
    server.script(
        chat_id,
        [
            Reply(status=429, body={"message": "devagar"}, headers={"Retry-After": "0"}),
            Reply(
                status=503, body="Serviço indisponível 😵", headers={"Content-Type": "text/plain"}
            ),
            Reply(body=b'{"id": "x"}', delay=0.05),
        ],
    )
    first = client.get(f"{CHATS}/{chat_id}")
    assert (first.status_code, first.headers["retry-after"]) == (429, "0")
    assert first.json() == {"message": "devagar"}
    second = client.get(f"{CHATS}/{chat_id}")
    assert (second.status_code, second.text) == (503, "Serviço indisponível 😵")
    third = client.get(f"{CHATS}/{chat_id.upper()}")
    assert third.content == b'{"id": "x"}'
    fallback = client.get(f"{CHATS}/{chat_id}")
    assert fallback.status_code == 200
    assert fallback.json()["chat_type"] == "GROUP"


def test_scripted_redirect_points_elsewhere(server: ContractServer, client: httpx.Client) -> None:
    with ContractServer(clock=FixedClock(NOW)) as other:
        target = f"{other.url}{CHATS}/{DEMO_CHAT_IDS['resolved']}"
        server.script(DEMO_CHAT_IDS["group"], [Reply(status=302, headers={"Location": target})])
        response = client.get(f"{CHATS}/{DEMO_CHAT_IDS['group']}")
        assert response.status_code == 302
        assert response.headers["location"] == target
        assert httpx.get(target, verify=TLS).json()["id"] == DEMO_CHAT_IDS["resolved"]


def test_set_chat_round_trips_html_and_emoji(server: ContractServer, client: httpx.Client) -> None:
    chat_id = "c0ffee00-0000-4000-8000-000000000001"
    text = "<img src=x onerror='alert(1)'> Olá &amp; até logo 👩🏾‍💻🏳️‍🌈"
    server.set_chat({"id": chat_id.upper(), "contact_name": text, "extra": {"nested": [1]}})
    assert chat_id in server.chat_ids()
    response = client.get(f"{CHATS}/{chat_id}")
    assert response.json() == {
        "id": chat_id.upper(),
        "contact_name": text,
        "extra": {"nested": [1]},
    }
    assert text.encode() in response.content
    timeline = client.get(f"{CHATS}/{chat_id}/timeline").json()
    assert timeline["total"] >= len(timeline["records"]) > 0
    with pytest.raises(ValueError, match="id"):
        server.set_chat({"contact_name": "sem id"})


def test_requests_are_recorded(server: ContractServer, client: httpx.Client) -> None:
    client.get(f"{CHATS}/{DEMO_CHAT_IDS['resolved']}?x=1", headers={"X-Trace-Id": "abc"})
    client.post(UNREAD)
    first, second = server.requests
    assert (first.method, first.path) == ("GET", f"{CHATS}/{DEMO_CHAT_IDS['resolved']}?x=1")
    assert first.headers["x-trace-id"] == "abc"
    assert all(key == key.lower() for key in first.headers)
    assert (second.method, second.path) == ("POST", UNREAD)


def test_lifecycle() -> None:
    server = ContractServer(clock=FixedClock(NOW))
    with pytest.raises(RuntimeError):
        _ = server.url
    server.start()
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", server.url)
    with pytest.raises(RuntimeError):
        server.start()
    server.stop()
    server.stop()  # idempotent
    with pytest.raises(RuntimeError):
        _ = server.url
    assert len(server.chat_ids()) == len(DEMO_CHAT_IDS)


def test_module_entry_point_prints_url_and_ids() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "wegly_viewer.devserver", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    # A watchdog instead of per-read timeouts: readline on a pipe can't time out portably.
    watchdog = threading.Timer(15, process.kill)
    watchdog.start()
    lines: list[str] = []
    try:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            if line.startswith("Press Ctrl+C"):
                break
        output = "".join(lines)
        match = re.search(r"http://127\.0\.0\.1:\d+", output)
        assert match, output
        for chat_id in [*DEMO_CHAT_IDS.values(), *ERROR_CHAT_IDS.values()]:
            assert chat_id in output
        for name in ("open_reactions", "huge_chunked"):
            assert name in output
        response = httpx.get(
            f"{match.group(0)}{CHATS}/{DEMO_CHAT_IDS['resolved']}", timeout=5, verify=TLS
        )
        assert response.status_code == 200
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
        watchdog.cancel()
    if sys.platform != "win32":  # terminate() is SIGTERM here, handled as a clean stop
        assert process.returncode == 0
    assert stderr == ""


def test_latency_knob_delays_chat_answers_until_turned_off(
    server: ContractServer, client: httpx.Client
) -> None:
    path = f"{CHATS}/{DEMO_CHAT_IDS['resolved']}"
    waits = iter([0.3, 0.0])
    server.set_latency(lambda: next(waits))
    started = time.monotonic()
    assert client.get(path).status_code == 200
    assert time.monotonic() - started >= 0.3
    started = time.monotonic()
    assert client.get(path).status_code == 200
    assert time.monotonic() - started < 0.25
    server.set_latency(0.2)  # a fixed number of seconds works too
    started = time.monotonic()
    assert client.get(path).status_code == 200
    assert time.monotonic() - started >= 0.2
    server.set_latency(None)
    started = time.monotonic()
    assert client.get(path).status_code == 200
    assert time.monotonic() - started < 0.2
