"""Lenient chat models: open enums, timestamps, malformed fields, agents and reactions."""

from __future__ import annotations

import copy
import re
import warnings
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wegly_viewer.core.models import (
    ACTOR_LABELS,
    MESSAGE_STATUS_LABELS,
    ORIGIN_LABELS,
    ChatDetail,
    ChatStatus,
    ChatType,
    FieldWarning,
    Message,
    Priority,
    Reaction,
    label_of,
    parse_chat,
    parse_lenient,
    parse_timestamp,
)

OPENAPI = Path(__file__).resolve().parents[2] / "resources" / "api" / "openapi.yaml"

CHAT_ID = "3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def valid_chat() -> dict[str, Any]:
    """A realistic, fully valid chat payload (fresh copy per call)."""
    return {
        "id": CHAT_ID,
        "wa_contact_id": "5511987654321",
        "remote_profile_name": "Mari",
        "contact_name": "Maria Silva",
        "contact_number": "+55 11 98765-4321",
        "status": "OPEN",
        "chat_type": "INDIVIDUAL",
        "unread_count": 3,
        "priority": 2,
        "last_message_at": "2026-11-25T10:00:00Z",
        "last_customer_msg_at": "2026-11-25T10:00:00Z",
        "session_expires_at": "2026-11-26T10:00:00Z",
        "assigned_agent": {
            "agent_id": "a0000000-0000-4000-8000-000000000001",
            "user": {"id": "u0000000-0000-4000-8000-000000000001", "name": "Ana Souza"},
        },
        "last_message": {
            "id": "m0000000-0000-4000-8000-000000000001",
            "type": "text",
            "body_text": "Olá, tudo bem? 👋",
            "meta_timestamp": "1764064800",
            "reactions": [
                {"emoji": "👍", "actor": "CONTACT", "reactor_wa_id": "5511987654321"},
                {
                    "emoji": "❤️",
                    "reactor_user_id": "u0000000-0000-4000-8000-000000000001",
                    "created_at": "2026-11-25T10:01:00Z",
                },
                {"emoji": "😂", "actor": "CONTACT", "created_at": "2026-11-25T10:02:00Z"},
            ],
        },
        "crm_person": {
            "name": "Maria da Silva",
            "birth_date": "1990-05-10",
            "gender": 1,
            "documents": [
                {"label": "RG", "value": "12.345.678-9"},
                {"label": "CPF", "value": "123.456.789-09"},
            ],
            "contacts": [{"type": 1, "value": "maria@example.com", "primary": True}],
            "address": {"city": "São Paulo", "state": "SP", "postal_code": "01310100"},
        },
        "participants": [],
        "assignable_agents": [],
    }


def parse_quietly(raw: dict[str, Any]):
    """parse_chat, failing the test on any Python warning (filterwarnings=error covers most)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return parse_chat(raw)


def warning_paths(found: list[FieldWarning]) -> set[str]:
    return {warning.technical.split(":", 1)[0] for warning in found}


# --- open enums ------------------------------------------------------------------------------


def test_known_status_becomes_enum_member_with_label() -> None:
    chat = parse_quietly({"status": "OPEN", "chat_type": "GROUP"}).model
    assert chat.status is ChatStatus.OPEN
    assert chat.status.label == "open"
    assert chat.chat_type is ChatType.GROUP
    assert chat.chat_type.label == "group"


def test_enum_labels_in_portuguese_and_unknown_values_raw(pt_br: None) -> None:
    chat = parse_quietly({"status": "SNOOZED", "chat_type": "GROUP", "priority": 3}).model
    assert label_of(chat.status) == "adiado"
    assert label_of(chat.chat_type) == "grupo"
    assert label_of(chat.priority) == "urgente"
    assert label_of("INBOUND", ORIGIN_LABELS) == "Recebida"
    assert label_of("OUTBOUND", ORIGIN_LABELS) == "Enviada"
    assert [label_of(v, ACTOR_LABELS) for v in ("CONTACT", "AGENT", "USER", "BOT")] == [
        "Cliente",
        "Atendente",
        "Atendente",
        "Automação",
    ]
    statuses = ("processing", "pending", "sent", "delivered", "read", "played", "failed")
    assert [label_of(v, MESSAGE_STATUS_LABELS) for v in statuses] == [
        "Processando",
        "Pendente",
        "Enviada",
        "Entregue",
        "Lida",
        "Reproduzida",
        "Falhou",
    ]
    # Unknown values are shown as sent, never blank.
    assert label_of("brand-new-status", MESSAGE_STATUS_LABELS) == "brand-new-status"
    assert label_of("PENDING_NEW") == "PENDING_NEW"
    assert label_of(9) == "9"


def test_enum_labels_in_english() -> None:
    assert label_of(Priority.ALTA) == "high"
    assert label_of("INBOUND", ORIGIN_LABELS) == "Received"
    assert label_of("BOT", ACTOR_LABELS) == "Automation"
    assert label_of("delivered", MESSAGE_STATUS_LABELS) == "Delivered"


def test_unknown_status_and_chat_type_kept_verbatim_without_warning() -> None:
    parsed = parse_quietly({"status": "PENDING_NEW", "chat_type": "BROADCAST"})
    assert parsed.warnings == []
    assert parsed.model.status == "PENDING_NEW"
    assert type(parsed.model.status) is str
    assert parsed.model.chat_type == "BROADCAST"
    assert type(parsed.model.chat_type) is str


@pytest.mark.parametrize(
    ("value", "member", "label"),
    [
        (0, Priority.BAIXA, "baixa"),
        (1, Priority.NORMAL, "normal"),
        (2, Priority.ALTA, "alta"),
        (3, Priority.URGENTE, "urgente"),
    ],
)
def test_priority_levels_have_portuguese_labels(
    value: int, member: Priority, label: str, pt_br: None
) -> None:
    chat = parse_quietly({"priority": value}).model
    assert chat.priority is member
    assert chat.priority.label == label


def test_unknown_priority_kept_as_int_and_digit_string_becomes_member() -> None:
    unknown = parse_quietly({"priority": 7})
    assert unknown.warnings == []
    assert unknown.model.priority == 7
    assert not isinstance(unknown.model.priority, Priority)
    assert parse_quietly({"priority": "2"}).model.priority is Priority.ALTA


# --- timestamps ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-25T10:00:00Z", datetime(2026, 11, 25, 10, 0, tzinfo=UTC)),
        ("2026-11-25T12:00:00+02:00", datetime(2026, 11, 25, 10, 0, tzinfo=UTC)),
        ("2026-11-25T07:00:00-03:00", datetime(2026, 11, 25, 10, 0, tzinfo=UTC)),
        ("2026-11-25T10:00:00.123456Z", datetime(2026, 11, 25, 10, 0, 0, 123456, tzinfo=UTC)),
        ("2026-11-25T10:00:00", datetime(2026, 11, 25, 10, 0, tzinfo=UTC)),
    ],
)
def test_iso_timestamps_parse_to_aware_utc(text: str, expected: datetime) -> None:
    chat = parse_quietly({"created_at": text, "session_expires_at": text}).model
    for value in (chat.created_at, chat.session_expires_at):
        assert value == expected
        assert value.utcoffset() == timedelta(0)
        assert value.tzinfo is not None


@pytest.mark.parametrize(
    "meta",
    ["1732540800", "1732540800000", "2024-11-25T13:20:00Z", "2024-11-25T10:20:00-03:00"],
)
def test_meta_timestamp_epoch_seconds_millis_and_iso(meta: str) -> None:
    message = Message(meta_timestamp=meta)
    expected = datetime(2024, 11, 25, 13, 20, tzinfo=UTC)
    assert message.provider_time == expected
    assert message.sent_at == expected
    assert message.sent_at.utcoffset() == timedelta(0)


def test_garbage_meta_timestamp_is_kept_raw_without_warning() -> None:
    raw = {"last_message": {"meta_timestamp": "ontem às 10h", "created_at": "2026-01-02T03:04:05Z"}}
    parsed = parse_quietly(raw)
    assert parsed.warnings == []
    message = parsed.model.last_message
    assert message.meta_timestamp == "ontem às 10h"
    assert message.provider_time is None
    # sent_at falls back to created_at when the provider time is unreadable.
    assert message.sent_at == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_parse_timestamp_rejects_out_of_range_numbers_with_value_error() -> None:
    with pytest.raises(ValueError, match="epoch out of range"):
        parse_timestamp(10**400)  # json.loads accepts it; float() overflows
    assert parse_timestamp(None) is None
    assert parse_timestamp("") is None
    assert parse_timestamp(0) == datetime(1970, 1, 1, tzinfo=UTC)


def test_huge_number_in_timestamp_field_is_a_warning_not_a_crash() -> None:
    raw = valid_chat()
    raw["archived_at"] = 10**400
    parsed = parse_quietly(raw)
    assert parsed.model.archived_at is None
    assert warning_paths(parsed.warnings) == {"archived_at"}
    assert parsed.model.contact_name == "Maria Silva"


# --- lenient parsing -------------------------------------------------------------------------


def test_valid_payload_has_no_warnings_and_typed_values() -> None:
    parsed = parse_quietly(valid_chat())
    chat = parsed.model
    assert parsed.warnings == []
    assert chat.display_name == "Maria Silva"
    assert chat.unread_count == 3
    assert chat.priority is Priority.ALTA
    assert chat.crm_person.birth_date.isoformat() == "1990-05-10"
    assert [d.label for d in chat.crm_person.documents] == ["RG", "CPF"]
    assert chat.last_message.provider_time == datetime(2025, 11, 25, 10, 0, tzinfo=UTC)


def test_bad_fields_are_dropped_by_path_and_the_rest_survives() -> None:
    raw = valid_chat()
    raw["unread_count"] = "many"
    raw["crm_person"]["documents"][0] = "oops"
    raw["last_message"]["reactions"][1]["created_at"] = "not a date"
    original = copy.deepcopy(raw)

    parsed = parse_quietly(raw)
    chat = parsed.model

    assert warning_paths(parsed.warnings) == {
        "unread_count",
        "crm_person.documents[0]",
        "last_message.reactions[1].created_at",
    }
    assert chat.unread_count is None
    assert chat.contact_name == "Maria Silva"
    assert chat.status is ChatStatus.OPEN
    # The bad document is removed; the good one is still there.
    assert [(d.label, d.value) for d in chat.crm_person.documents] == [("CPF", "123.456.789-09")]
    assert chat.crm_person.name == "Maria da Silva"
    # The reaction with a bad date keeps its emoji; its neighbours are untouched.
    reactions = chat.last_message.reactions
    assert [r.emoji for r in reactions] == ["👍", "❤️", "😂"]
    assert reactions[1].created_at is None
    assert reactions[2].created_at == datetime(2026, 11, 25, 10, 2, tzinfo=UTC)
    # The input is not modified and is what Parsed.raw returns.
    assert raw == original
    assert parsed.raw is raw
    for bad in ("many", "oops", "not a date"):
        assert not any(bad in str(warning) for warning in parsed.warnings)


@pytest.mark.parametrize(
    ("field", "value"),
    [("crm_person", "x"), ("last_message", []), ("assigned_agent", 42), ("participants", "all")],
)
def test_wrong_shaped_object_becomes_none(field: str, value: object) -> None:
    raw = valid_chat()
    raw[field] = value
    parsed = parse_quietly(raw)
    assert getattr(parsed.model, field) is None
    assert warning_paths(parsed.warnings) == {field}
    assert parsed.model.contact_name == "Maria Silva"
    assert parsed.model.session_expires_at == datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def test_warnings_never_repeat_the_bad_value() -> None:
    raw = valid_chat()
    raw["crm_person"]["gender"] = "123.456.789-09"
    raw["unread_count"] = "987.654.321-00"
    parsed = parse_quietly(raw)
    assert warning_paths(parsed.warnings) == {"crm_person.gender", "unread_count"}
    assert parsed.model.crm_person.gender is None
    joined = "\n".join(w.technical + w.text for w in parsed.warnings)
    for fragment in ("123.456.789-09", "123", "456.789", "987.654.321-00", "987"):
        assert fragment not in joined


def test_bad_list_items_are_removed_everywhere_in_one_pass() -> None:
    raw = valid_chat()
    raw["last_message"]["reactions"].insert(0, "not a reaction")
    raw["crm_marketing_lead_source"] = [{"utm": "a"}, 3, {"utm": "b"}]
    raw["participants"] = [None, {"agent_id": "p1", "user": {"id": "pu1", "name": "Paulo"}}]
    parsed = parse_quietly(raw)
    chat = parsed.model
    assert [r.emoji for r in chat.last_message.reactions] == ["👍", "❤️", "😂"]
    assert chat.crm_marketing_lead_source == [{"utm": "a"}, {"utm": "b"}]
    assert [(p.agent_id, p.user and p.user.name) for p in chat.participants] == [("p1", "Paulo")]
    assert warning_paths(parsed.warnings) == {
        "last_message.reactions[0]",
        "crm_marketing_lead_source[1]",
        "participants[0]",
    }


def test_unknown_fields_are_kept_in_model_extra() -> None:
    raw = valid_chat()
    raw["sla_policy"] = {"name": "gold", "hours": 4}
    raw["crm_person"]["nickname"] = "Mari"
    raw["last_message"]["reactions"][0]["source"] = "app"
    chat = parse_quietly(raw).model
    assert chat.model_extra == {"sla_policy": {"name": "gold", "hours": 4}}
    assert chat.crm_person.model_extra == {"nickname": "Mari"}
    assert chat.last_message.reactions[0].model_extra == {"source": "app"}


def test_extras_survive_when_another_field_needs_repair() -> None:
    raw = valid_chat()
    raw["sla_policy"] = ["gold"]
    raw["unread_count"] = {}
    parsed = parse_quietly(raw)
    assert parsed.model.model_extra == {"sla_policy": ["gold"]}
    assert parsed.raw["unread_count"] == {}


def test_deeply_nested_payload_does_not_crash() -> None:
    # json.loads accepts ~1000 levels; copying such a payload exhausts Python's stack.
    node: dict[str, Any] = {}
    raw: dict[str, Any] = {"id": CHAT_ID, "last_message": node}
    for _ in range(600):
        node["quoted_message"] = {}
        node = node["quoted_message"]
    parsed = parse_quietly(raw)
    assert isinstance(parsed.model, ChatDetail)
    assert parsed.warnings
    assert parsed.raw is raw


# --- ids and lead sources --------------------------------------------------------------------


def test_numeric_whatsapp_ids_become_digit_strings_and_leading_zeros_stay() -> None:
    raw = {
        "wa_contact_id": 5511987654321,
        "contact_number": "0055119876",
        "phone_number": {"phone_number_id": 109876543210987},
        "last_message": {"reactions": [{"reactor_wa_id": "0012345"}]},
    }
    chat = parse_quietly(raw).model
    assert chat.wa_contact_id == "5511987654321"
    assert chat.contact_number == "0055119876"
    assert chat.phone_number.phone_number_id == "109876543210987"
    assert chat.last_message.reactions[0].reactor_wa_id == "0012345"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"campaign": "Black Friday", "ad_id": 12}, [{"campaign": "Black Friday", "ad_id": 12}]),
        ([{"campaign": "A"}, {"campaign": "B"}], [{"campaign": "A"}, {"campaign": "B"}]),
        ([], []),
        (None, None),
    ],
)
def test_lead_source_accepts_object_list_or_null(value: object, expected: object) -> None:
    parsed = parse_quietly({"crm_marketing_lead_source": value, "last_message": {}})
    assert parsed.warnings == []
    assert parsed.model.crm_marketing_lead_source == expected
    message = parse_quietly({"last_message": {"crm_marketing_lead_source": value}}).model
    assert message.last_message.crm_marketing_lead_source == expected


# --- agents and reactions --------------------------------------------------------------------

CONTACT = "5511987654321"


def chat_with_staff(**overrides: Any) -> ChatDetail:
    raw: dict[str, Any] = {
        "wa_contact_id": CONTACT,
        "contact_name": "Maria Silva",
        "participants": [{"agent_id": "agent-p", "user": {"id": "user-p", "name": "Paulo"}}],
        "assignable_agents": [
            {"agent_id": "agent-b", "status": "online", "user": {"id": "user-b", "name": "Bia"}},
            {"agent_id": "agent-x", "user": {"id": "user-x", "name": None}},
        ],
        "assigned_agent": {"agent_id": "agent-a", "user": {"id": "user-a", "name": "Ana"}},
        "last_message": {"agent": {"id": "agent-m", "user": {"id": "user-m", "name": "Mário"}}},
    }
    raw.update(overrides)
    return parse_quietly(raw).model


def test_agent_names_index_every_agent_list_by_agent_and_user_id() -> None:
    names = chat_with_staff().agent_names()
    assert names == {
        "agent-p": "Paulo",
        "user-p": "Paulo",
        "agent-b": "Bia",
        "user-b": "Bia",
        "agent-a": "Ana",
        "user-a": "Ana",
        "agent-m": "Mário",
        "user-m": "Mário",
    }


@pytest.mark.parametrize(
    ("reaction", "who"),
    [
        (Reaction(reactor_user_id="user-p"), "Paulo"),
        (Reaction(reactor_user_id="agent-b"), "Bia"),
        (Reaction(reactor_user_id="user-b"), "Bia"),
        (Reaction(reactor_user_id="user-m"), "Mário"),
        (Reaction(reactor_user_id="user-x"), "user-x"),  # agent without a name
        (Reaction(reactor_user_id="ffff-unknown"), "ffff-unknown"),
        (Reaction(actor="CONTACT", reactor_wa_id=CONTACT), "Maria Silva"),
        (Reaction(actor="contact"), "Maria Silva"),
        (Reaction(reactor_wa_id=CONTACT), "Maria Silva"),
        (Reaction(reactor_wa_id="5521900000000"), "5521900000000"),  # someone else in a group
        (Reaction(), "unknown"),
    ],
)
def test_reactor_name(reaction: Reaction, who: str) -> None:
    assert chat_with_staff().reactor_name(reaction) == who


def test_contact_reaction_falls_back_to_profile_name_then_number() -> None:
    reaction = Reaction(actor="CONTACT", reactor_wa_id=CONTACT)
    profile = chat_with_staff(contact_name=None, remote_profile_name="Mari")
    assert profile.reactor_name(reaction) == "Mari"
    number = chat_with_staff(contact_name=None, contact_number="+55 11 98765-4321")
    assert number.reactor_name(reaction) == "+55 11 98765-4321"
    bare = chat_with_staff(contact_name=None)
    assert bare.reactor_name(reaction) == CONTACT


def test_large_payload_parses_completely() -> None:
    agents = [
        {"agent_id": f"agent-{i}", "status": "online", "user": {"id": f"user-{i}", "name": f"A{i}"}}
        for i in range(3000)
    ]
    reactions = [
        {"emoji": "👍🏽" if i % 3 else "🇧🇷", "reactor_user_id": f"user-{i % 3000}"}
        for i in range(10_000)
    ]
    raw = {
        "id": CHAT_ID,
        "assignable_agents": agents,
        "last_message": {"reactions": reactions},
    }
    parsed = parse_quietly(raw)
    assert parsed.warnings == []
    chat = parsed.model
    assert len(chat.assignable_agents) == 3000
    assert len(chat.last_message.reactions) == 10_000
    assert chat.reactor_name(chat.last_message.reactions[3]) == "A3"


# --- property tests from the OpenAPI schema --------------------------------------------------

SCHEMA: dict[str, Any] = yaml.safe_load(OPENAPI.read_text(encoding="utf-8"))
MAX_REF_DEPTH = 3

JSON_LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**53), max_value=2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=10),
)
JSON_VALUE = st.recursive(
    JSON_LEAF,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=4,
)
EXTRA_KEYS = st.dictionaries(
    st.text(max_size=8).map(lambda key: f"x-{key}"), JSON_VALUE, max_size=1
)
DATETIMES = st.datetimes(
    min_value=datetime(1970, 1, 2),
    max_value=datetime(2100, 12, 31),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=-3)), timezone(timedelta(hours=5))]),
).map(lambda when: when.isoformat().replace("+00:00", "Z"))


def _resolve(ref: str) -> dict[str, Any]:
    node: Any = SCHEMA
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def _string(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    fmt = schema.get("format")
    if fmt == "uuid":
        return st.uuids().map(str)
    if fmt == "date-time":
        return DATETIMES
    if fmt == "date":
        return st.dates(min_value=datetime(1900, 1, 1).date()).map(lambda day: day.isoformat())
    return st.text(max_size=12)


def from_schema(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """A strategy for JSON values valid against ``schema`` (the subset openapi.yaml uses)."""
    if "$ref" in schema:
        target = _resolve(schema["$ref"])
        if depth >= MAX_REF_DEPTH and target.get("type") == "object":
            return st.builds(dict)  # stop recursing (Message.quoted_message): {} is valid
        return from_schema(target, depth + 1)
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "anyOf" in schema:
        return st.one_of([from_schema(branch, depth) for branch in schema["anyOf"]])
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        return st.one_of([from_schema({**schema, "type": one}, depth) for one in kind])
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(min_value=-(2**63), max_value=2**63)
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False)
    if kind == "string":
        return _string(schema)
    if kind == "array":
        return st.lists(from_schema(schema.get("items", {}), depth), max_size=3)
    properties = {
        name: from_schema(sub, depth) for name, sub in schema.get("properties", {}).items()
    }
    known = st.fixed_dictionaries({}, optional=properties)
    if schema.get("additionalProperties", True) is False:
        return known
    return st.tuples(known, EXTRA_KEYS).map(lambda pair: {**pair[1], **pair[0]})


CHAT_PAYLOADS = from_schema({"$ref": "#/components/schemas/ChatDetail"})
JUNK = st.one_of(
    st.integers(),
    st.sampled_from([10**400, -(10**30), 2**64, 1e308, float("inf"), -float("inf")]),
    st.text(max_size=12),
    st.sampled_from(["👍🏽", "👨‍👩‍👧", "🇧🇷❤️", "123.456.789-09", "", "null", "NaN", "9" * 40]),
    st.lists(JSON_LEAF, max_size=3),
    st.dictionaries(st.text(max_size=5), JSON_LEAF, max_size=3),
    st.none(),
    st.booleans(),
)
CHAT_FIELDS = list(_resolve("#/components/schemas/ChatDetail")["properties"])


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found: list[tuple[Any, ...]] = []
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for key, value in items:
        found.append((*prefix, key))
        if isinstance(value, dict | list):
            found.extend(_paths(value, (*prefix, key)))
    return found


def _replace(payload: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    node: Any = payload
    for part in path[:-1]:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return  # an earlier mutation removed this path
    last = path[-1]
    # An earlier mutation may have turned this node into another type: skip such paths.
    if (isinstance(node, dict) and isinstance(last, str)) or (
        isinstance(node, list) and isinstance(last, int) and last < len(node)
    ):
        node[last] = value


@st.composite
def mutated_payloads(draw: st.DrawFn) -> dict[str, Any]:
    payload = draw(CHAT_PAYLOADS)
    candidates = _paths(payload) + [(name,) for name in CHAT_FIELDS]
    for path in draw(st.lists(st.sampled_from(candidates), min_size=1, max_size=5)):
        _replace(payload, path, draw(JUNK))
    return payload


WARNING_LINE = re.compile(r"^[a-z_]+(?:\[\d+\]|\.[a-z_]+)*: \S")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CHAT_PAYLOADS)
def test_schema_valid_payloads_parse_without_warnings(payload: dict[str, Any]) -> None:
    before = copy.deepcopy(payload)
    parsed = parse_quietly(payload)
    assert isinstance(parsed.model, ChatDetail)
    assert parsed.warnings == []
    assert payload == before
    assert parsed.model.id == payload.get("id")
    if payload.get("priority") is not None:
        assert parsed.model.priority is Priority(payload["priority"])
    for name in ("created_at", "session_expires_at", "archived_at"):
        if payload.get(name) is not None:
            value = getattr(parsed.model, name)
            assert value == datetime.fromisoformat(payload[name])
            assert value.utcoffset() == timedelta(0)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_payloads())
def test_mutated_payloads_never_raise(payload: dict[str, Any]) -> None:
    before = copy.deepcopy(payload)
    parsed = parse_quietly(payload)
    assert isinstance(parsed.model, ChatDetail)
    assert payload == before
    assert parsed.raw is payload
    for warning in parsed.warnings:
        assert WARNING_LINE.match(warning.technical), warning
        assert warning.text.endswith("could not be read."), warning
    # Nothing short of garbage everywhere loses the whole chat.
    assert all(warning.path for warning in parsed.warnings)
    chat_id = payload.get("id")
    if isinstance(chat_id, str):
        assert parsed.model.id == chat_id


# --- partial-data warnings in words -----------------------------------------------------------


def test_warning_names_the_crm_document_in_words_and_keeps_the_detail() -> None:
    raw = valid_chat()
    raw["crm_person"]["documents"] = ["not a document"]
    raw["unread_count"] = "many"
    parsed = parse_quietly(raw)
    assert sorted(w.text for w in parsed.warnings) == [
        "CRM document 1 could not be read.",
        "The number of unread messages could not be read.",
    ]
    technical = sorted(w.technical for w in parsed.warnings)
    assert technical[0].startswith("crm_person.documents[0]: input should be a valid dictionary")
    assert technical[1].startswith("unread_count: input should be a valid integer")


def test_warning_sentences_in_portuguese(pt_br: None) -> None:
    from wegly_viewer.core.field_words import warning_sentences

    warnings_ = [
        FieldWarning(("crm_person", "documents", 0), "input should be a valid dictionary"),
        FieldWarning(("crm_person", "documents", 0, "value"), "input should be a valid string"),
        FieldWarning(("crm_person", "birth_date"), "input should be a valid date"),
        FieldWarning(("last_message", "reactions", 2, "emoji"), "input should be a valid string"),
        FieldWarning(("sla", "hours"), "input should be a valid integer"),
    ]
    assert warning_sentences(warnings_) == [
        "Documento 1 do CRM não pôde ser lido.",
        "A data de nascimento não pôde ser lida.",
        "A reação 3 à última mensagem não pôde ser lida.",
        "Uma parte do chat não pôde ser lida.",
    ]


def test_a_chat_with_thousands_of_items_is_read_in_slices_with_the_same_result() -> None:
    """10,000 reactions and 3,000 agents are validated 500 at a time (pydantic holds the GIL
    for one whole call, which froze the window ~40 ms): same items, same warnings, same paths."""
    from wegly_viewer.core import models

    reactions: list[object] = [
        {"id": f"r{n}", "emoji": "👍", "actor": f"Pessoa {n}"} for n in range(10_000)
    ]
    reactions[1234] = {"id": "r1234", "emoji": "👍", "created_at": {"not": "a time"}}
    agents: list[object] = [{"id": f"a{n}", "name": f"Agente {n}"} for n in range(3_000)]
    agents[700] = "not an agent"
    raw = {
        "id": "c1",
        "last_message": {"id": "m1", "reactions": reactions},
        "assignable_agents": agents,
    }
    calls: list[int] = []
    real = models._parse_lenient

    def counting(model: type[models.WeglyModel], data: dict[str, object]) -> object:
        calls.append(len(data.get("items", ())))  # type: ignore[arg-type]
        return real(model, data)  # type: ignore[type-var]

    models._parse_lenient = counting  # type: ignore[assignment]
    try:
        parsed = parse_lenient(ChatDetail, raw)
    finally:
        models._parse_lenient = real
    assert max(calls) == 500  # no validation of more than one slice at a time
    chat = parsed.model
    assert chat.last_message is not None and chat.last_message.reactions is not None
    assert len(chat.last_message.reactions) == 10_000
    assert chat.last_message.reactions[1234].created_at is None
    assert chat.last_message.reactions[9999].actor == "Pessoa 9999"
    assert chat.assignable_agents is not None and len(chat.assignable_agents) == 2_999
    assert chat.assignable_agents[700].name == "Agente 701"
    assert [w.path for w in parsed.warnings] == [
        ("last_message", "reactions", 1234, "created_at"),
        ("assignable_agents", 700),
    ]
    assert parsed.raw is raw and raw["assignable_agents"] is agents  # kept as received


def test_any_model_s_big_lists_are_read_in_slices_found_from_its_fields() -> None:
    """Not only a chat: a timeline event whose message carries 10,000 reactions is validated
    500 items at a time too (its lists found from the models' fields), with the same warnings
    at the same paths, and the raw record stays as received."""
    from wegly_viewer.core import models
    from wegly_viewer.core.models import TimelineEvent

    reactions: list[object] = [{"id": f"r{n}", "emoji": "🎉"} for n in range(10_000)]
    reactions[4321] = {"id": "r4321", "created_at": [1, 2]}
    reactions[9000] = 7
    raw = {
        "id": "e1",
        "event_at": "2026-11-24T10:00:00Z",
        "message": {"id": "m1", "quoted_message": {"id": "q1"}, "reactions": reactions},
    }
    calls: list[int] = []
    real = models._parse_lenient

    def counting(model: type[models.WeglyModel], data: dict[str, object]) -> object:
        calls.append(len(data.get("items", ())))  # type: ignore[arg-type]
        return real(model, data)  # type: ignore[type-var]

    models._parse_lenient = counting  # type: ignore[assignment]
    try:
        parsed = parse_lenient(TimelineEvent, raw)
    finally:
        models._parse_lenient = real
    assert len(calls) == 21 and max(calls) == 500  # the event itself, then 20 slices
    message = parsed.model.message
    assert message is not None and message.reactions is not None
    assert len(message.reactions) == 9_999
    assert message.reactions[4321].created_at is None
    assert message.reactions[8999].id == "r8999" and message.reactions[9000].id == "r9001"
    assert message.quoted_message is not None and message.quoted_message.id == "q1"
    assert [w.path for w in parsed.warnings] == [
        ("message", "reactions", 4321, "created_at"),
        ("message", "reactions", 9000),
    ]
    assert raw["message"]["reactions"] is reactions and len(reactions) == 10_000  # type: ignore[index]
