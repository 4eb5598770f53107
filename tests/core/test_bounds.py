"""The caps on text and lists (core/bounds.py): a server's megabytes never reach a label."""

from __future__ import annotations

from wegly_viewer.core.bounds import bounded, bounded_facts
from wegly_viewer.core.chat_facts import build_chat_facts
from wegly_viewer.core.models import parse_chat


def test_bounded_keeps_short_text_and_cuts_long_text_with_an_ellipsis() -> None:
    assert bounded("Maria") == "Maria"
    assert bounded("x" * 2_000) == "x" * 2_000
    assert bounded("x" * 2_001) == "x" * 1_999 + "…"
    assert bounded("abcdef", 4) == "abc…"


def test_every_list_of_a_chat_is_read_up_to_10_000_items() -> None:
    raw = {
        "id": "c",
        "participants": [{"agent_id": str(n)} for n in range(25_000)],
        "assignable_agents": [{}] * 10_001,
        "crm_person": {"contacts": [{}] * 12_000, "documents": [{}] * 10_000},
        "last_message": {"reactions": [{"emoji": "👍"}] * 30_000},
        "crm_marketing_lead_source": [{}] * 20_000,
    }
    chat = parse_chat(raw).model
    assert chat.participants is not None and len(chat.participants) == 10_000
    assert chat.participants[-1].agent_id == "9999"
    assert chat.assignable_agents is not None and len(chat.assignable_agents) == 10_000
    assert chat.crm_person is not None
    assert chat.crm_person.contacts is not None and len(chat.crm_person.contacts) == 10_000
    assert chat.crm_person.documents is not None and len(chat.crm_person.documents) == 10_000
    assert chat.last_message is not None and chat.last_message.reactions is not None
    assert len(chat.last_message.reactions) == 10_000
    assert chat.crm_marketing_lead_source is not None
    assert len(chat.crm_marketing_lead_source) == 10_000
    assert len(raw["participants"]) == 25_000  # the raw JSON keeps everything


def test_facts_are_capped_values_2_000_characters_bodies_and_notes_20_000() -> None:
    name = "Zé " * 1_000_000
    chat = parse_chat(
        {
            "id": "c",
            "contact_name": name,
            "last_message": {"body_text": "b" * 50_000, "from_me": False},
            "crm_person": {"name": name, "notes": "n" * 50_000},
            "participants": [{"user": {"name": name}}],
        }
    ).model
    facts = bounded_facts(build_chat_facts(chat))
    assert facts.overview.contact_name == ("Zé " * 667)[:1_999] + "…"
    assert facts.last_message is not None
    assert facts.last_message.body == "b" * 19_999 + "…"
    assert facts.crm is not None
    assert len(facts.crm.name) == 2_000
    assert facts.crm.notes == "n" * 19_999 + "…"
    assert len(facts.agents.participants[0].name) == 2_000


def test_facts_without_long_values_come_back_unchanged() -> None:
    facts = build_chat_facts(parse_chat({"id": "c", "contact_name": "Maria"}).model)
    assert bounded_facts(facts) is facts
