"""The conversation panel on its own: it never shows another chat's conversation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wegly_viewer.core.clock import FixedClock
from wegly_viewer.core.models import ChatDetail, parse_lenient
from wegly_viewer.core.timeline import build_timeline_facts, parse_timeline_page
from wegly_viewer.devserver import DEMO_CHAT_IDS, build_samples, conversation_records
from wegly_viewer.ui.panels.conversation import ConversationPanel
from wegly_viewer.ui.prepared import prepare_chat, prepare_timeline


def test_a_conversation_of_another_chat_is_never_shown(qtbot: QtBot, clock: FixedClock) -> None:
    samples = build_samples(clock.now())
    open_chat = samples[DEMO_CHAT_IDS["open_reactions"]]
    resolved = samples[DEMO_CHAT_IDS["resolved"]]
    panel = ConversationPanel(clock)
    qtbot.addWidget(panel)
    shown = prepare_chat(parse_lenient(ChatDetail, resolved))
    panel.show_chat(shown)
    other = parse_lenient(ChatDetail, open_chat).model
    page = parse_timeline_page({"records": conversation_records(open_chat)[::-1]}).model
    panel.show_timeline(prepare_timeline(build_timeline_facts(other, page)))
    assert panel.facts is None
    assert panel.model.rowCount() == 0
    assert panel.state_label.text() == "Loading the conversation…"
    mine = parse_timeline_page({"records": conversation_records(resolved)}).model
    panel.show_timeline(prepare_timeline(build_timeline_facts(shown.chat, mine)))
    assert panel.facts is not None
    assert panel.model.rowCount() == 6  # a day separator and five messages


def test_a_reaction_from_year_one_is_shown_without_its_time(
    qtbot: QtBot, clock: FixedClock
) -> None:
    chat = {"id": "c0000000-0000-4000-8000-0000000000aa", "contact_name": "Maria"}
    record = {
        "id": "e1",
        "event_type": "MESSAGE",
        "event_at": "2026-11-25T13:00:00Z",
        "message": {
            "id": "m1",
            "body_text": "oi",
            "from_me": False,
            "reactions": [
                {"emoji": "👍", "actor": "CONTACT", "created_at": "0001-01-01T00:00:00Z"}
            ],
        },
    }
    panel = ConversationPanel(clock)
    qtbot.addWidget(panel)
    panel.show_chat(prepare_chat(parse_lenient(ChatDetail, chat)))
    page = parse_timeline_page({"records": [record]}).model
    parsed = parse_lenient(ChatDetail, chat).model
    panel.show_timeline(prepare_timeline(build_timeline_facts(parsed, page)))
    words = panel.model.data(panel.model.index(1), Qt.ItemDataRole.AccessibleTextRole)
    assert words == "Maria · oi · 10:00 AM · Reactions: 👍 1: Maria"
