"""What a chat means (``build_chat_facts``): the 24-hour window, reactions and addresses."""

from __future__ import annotations

import warnings
from datetime import UTC, datetime, timedelta
from typing import Any

from wegly_viewer.core.chat_facts import AddressFacts, ChatFacts, WindowState, build_chat_facts
from wegly_viewer.core.models import ChatDetail, parse_chat

# A moment of its own (not fixed_time.NOW): the expectations below were written for noon.
AT = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
CONTACT = "5511987654321"


def facts_of(raw: dict[str, Any]) -> ChatFacts:
    """parse_chat then build_chat_facts, failing the test on any warning of either."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parsed = parse_chat(raw)
    assert parsed.warnings == []
    return build_chat_facts(parsed.model)


# --- 24-hour window --------------------------------------------------------------------------


def test_window_open_with_remaining_time() -> None:
    chat = ChatDetail(session_expires_at=AT + timedelta(hours=3, minutes=12))
    window = build_chat_facts(chat).overview.window
    at = window.at(AT)
    assert at is not None
    assert at.is_open
    assert at.remaining == timedelta(hours=3, minutes=12)
    assert at.expires_at == datetime(2026, 11, 25, 15, 12, tzinfo=UTC)
    assert not at.derived
    assert window.state(AT) is WindowState.OPEN


def test_window_closed_reports_time_since_closing() -> None:
    chat = ChatDetail(
        session_expires_at=AT - timedelta(days=2),
        last_customer_msg_at=AT - timedelta(days=3),
    )
    window = build_chat_facts(chat).overview.window
    at = window.at(AT)
    assert at is not None
    assert not at.is_open
    assert at.remaining == timedelta(days=2)
    assert at.expires_at == datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # not last message + 24 h
    assert not at.derived
    assert window.state(AT) is WindowState.CLOSED


def test_window_derived_from_last_customer_message() -> None:
    window = facts_of(
        {"session_expires_at": None, "last_customer_msg_at": "2026-11-24T20:00:00Z"}
    ).overview.window
    assert window.derived
    assert window.expires_at == datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
    at = window.at(AT)
    assert at is not None
    assert at.derived
    assert at.expires_at == datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
    assert at.is_open
    assert at.remaining == timedelta(hours=8)
    # The same window, seen after it closed.
    later = window.at(datetime(2026, 11, 26, 1, 0, tzinfo=UTC))
    assert later is not None
    assert not later.is_open
    assert later.remaining == timedelta(hours=5)


def test_window_unknown_without_any_timestamp() -> None:
    assert build_chat_facts(ChatDetail()).overview.window.at(AT) is None
    window = facts_of({"session_expires_at": None}).overview.window
    assert window.at(AT) is None
    assert window.expires_at is None
    assert window.state(AT) is WindowState.UNKNOWN


# --- reactions -------------------------------------------------------------------------------


def chat_with_staff(reactions: list[dict[str, Any]] | None) -> dict[str, Any]:
    return {
        "wa_contact_id": CONTACT,
        "contact_name": "Maria Silva",
        "participants": [{"agent_id": "agent-p", "user": {"id": "user-p", "name": "Paulo"}}],
        "assignable_agents": [
            {"agent_id": "agent-b", "status": "online", "user": {"id": "user-b", "name": "Bia"}},
            {"agent_id": "agent-x", "user": {"id": "user-x", "name": None}},
        ],
        "assigned_agent": {"agent_id": "agent-a", "user": {"id": "user-a", "name": "Ana"}},
        "last_message": {
            "agent": {"id": "agent-m", "user": {"id": "user-m", "name": "Mário"}},
            "reactions": reactions,
        },
    }


def test_reaction_groups_count_order_and_keep_emoji_sequences_intact() -> None:
    emojis = [
        ("❤️", {"reactor_user_id": "user-a"}),
        ("👍🏽", {"actor": "CONTACT", "reactor_wa_id": CONTACT}),
        ("👍", {"reactor_user_id": "user-b"}),
        ("👍🏽", {"reactor_user_id": "user-p"}),
        ("👨‍👩‍👧", {"reactor_user_id": "user-m"}),
        ("🇧🇷", {"reactor_user_id": "nobody"}),
        ("👍🏽", {"reactor_user_id": "agent-b"}),
        ("❤️", {"actor": "CONTACT"}),
        ("❤", {"reactor_user_id": "user-a"}),  # no variation selector: a different key
        (None, {"reactor_user_id": "user-a"}),
        ("", {"reactor_user_id": "user-a"}),
    ]
    message = facts_of(chat_with_staff([{"emoji": e, **who} for e, who in emojis])).last_message
    assert message is not None
    groups = message.reaction_groups
    assert [(g.emoji, g.count) for g in groups] == [
        ("👍🏽", 3),
        ("❤️", 2),
        ("👍", 1),
        ("👨‍👩‍👧", 1),
        ("🇧🇷", 1),
        ("❤", 1),
    ]
    assert groups[0].reactors == ("Maria Silva", "Paulo", "Bia")
    assert groups[1].reactors == ("Ana", "Maria Silva")
    assert groups[3].reactors == ("Mário",)
    assert groups[4].reactors == ("nobody",)
    family = groups[3].emoji
    assert len(family) == 5  # man, ZWJ, woman, ZWJ, girl: not split into pieces
    assert message.reaction_count == 11  # every reaction is listed, even without an emoji


def test_no_reactions_no_groups() -> None:
    for reactions in (None, []):
        message = facts_of(chat_with_staff(reactions)).last_message
        assert message is not None
        assert message.reaction_groups == ()
        assert message.reactions == ()


def test_large_payload_groups_every_reaction() -> None:
    agents = [
        {"agent_id": f"agent-{i}", "status": "online", "user": {"id": f"user-{i}", "name": f"A{i}"}}
        for i in range(3000)
    ]
    reactions = [
        {"emoji": "👍🏽" if i % 3 else "🇧🇷", "reactor_user_id": f"user-{i % 3000}"}
        for i in range(10_000)
    ]
    facts = facts_of({"assignable_agents": agents, "last_message": {"reactions": reactions}})
    assert facts.last_message is not None
    groups = facts.last_message.reaction_groups
    assert [(g.emoji, g.count) for g in groups] == [("👍🏽", 6666), ("🇧🇷", 3334)]
    assert groups[1].reactors[:2] == ("A0", "A3")
    assert len(facts.agents.assignable) == 3000


# --- addresses -------------------------------------------------------------------------------


def address_of(**parts: str | None) -> AddressFacts | None:
    crm = facts_of({"crm_person": {"name": "Maria", "address": parts}}).crm
    assert crm is not None
    return crm.address


def test_address_in_brazilian_layout() -> None:
    address = address_of(
        street="Av. Paulista",
        number="1000",
        complement="apto 12",
        district="Bela Vista",
        city="São Paulo",
        state="sp",
        postal_code="01310100",
    )
    assert address == AddressFacts(
        name="",
        street_line="Av. Paulista, 1000 - apto 12",
        district="Bela Vista",
        city_line="São Paulo/SP",
        postal_code="01310-100",
    )


def test_address_skips_missing_parts() -> None:
    assert address_of(street="Rua A", complement=" ", city="Recife") == AddressFacts(
        name="", street_line="Rua A", district="", city_line="Recife", postal_code=""
    )
    assert address_of(complement="fundos", state="PE", postal_code="50000-000") == AddressFacts(
        name="", street_line="fundos", district="", city_line="PE", postal_code="50000-000"
    )
    assert address_of() == AddressFacts(
        name="", street_line="", district="", city_line="", postal_code=""
    )
