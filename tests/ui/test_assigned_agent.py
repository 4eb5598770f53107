"""Who a chat is assigned to: one fallback rule, the same answer in ``wegly-lookup`` and the window.

The rule: the assignee's user name, else a name the chat's other agent lists give for the same
agent id, then for the same user id, else the agent id; nobody when none of these is known.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from fixed_time import NOW
from wegly_viewer.core.clock import FixedClock
from wegly_viewer.core.models import parse_chat
from wegly_viewer.lookup_summary import summary_lines
from wegly_viewer.ui.chat_view import ChatView
from wegly_viewer.ui.prepared import prepare_chat

BASE: dict[str, Any] = {"id": "chat-1", "contact_name": "Maria Silva"}
PARTICIPANT = {"agent_id": "agent-7", "user": {"id": "user-7", "name": "Joana Prado"}}

CASES = {
    # (a) no user on the assignee; a participant with the same agent id has a name.
    "name-by-agent-id": (
        {"assigned_agent": {"agent_id": "agent-7"}, "participants": [PARTICIPANT]},
        "Joana Prado",
        "Joana Prado",
    ),
    # A nameless user whose user id an assignable agent names.
    "name-by-user-id": (
        {
            "assigned_agent": {"agent_id": "agent-9", "user": {"id": "user-7", "name": None}},
            "assignable_agents": [{**PARTICIPANT, "status": "online"}],
        },
        "Joana Prado",
        "Joana Prado",
    ),
    # The assignee's own name beats the name known elsewhere for the same agent id.
    "own-name-first": (
        {
            "assigned_agent": {"agent_id": "agent-7", "user": {"id": "user-7", "name": "Jô"}},
            "participants": [PARTICIPANT],
        },
        "Jô",
        "Jô",
    ),
    # (b) only an agent id, no name anywhere: the id.
    "id-only": (
        {"assigned_agent": {"agent_id": "agent-42"}, "participants": [PARTICIPANT]},
        "agent-42",
        "agent-42",
    ),
    "id-only-top-level": ({"assigned_agent_id": "agent-42"}, "agent-42", "agent-42"),
    # (c) nobody assigned.
    "none": ({"participants": [PARTICIPANT]}, "nobody", "Nobody assigned"),
    "empty-object": ({"assigned_agent": {}}, "nobody", "Nobody assigned"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_assigned_agent_in_cli_and_window(qtbot: QtBot, clock: FixedClock, case: str) -> None:
    extra, cli_expected, gui_expected = CASES[case]
    parsed = parse_chat({**BASE, **extra})
    assert parsed.warnings == []

    lines = summary_lines(parsed.model, NOW)
    assert [line for line in lines if line.startswith("Assigned to:")] == [
        f"Assigned to:       {cli_expected}"
    ]

    view = ChatView(clock)
    qtbot.addWidget(view)
    view.show_prepared(prepare_chat(parsed))
    label = view.panel("tab_overview").findChild(QLabel, "overview_agent")
    assert label is not None
    assert label.text() == gui_expected


@pytest.mark.parametrize(
    ("extra", "pt_br"),
    [
        ({"assigned_agent": {"agent_id": "agent-7"}, "participants": [PARTICIPANT]}, "Joana Prado"),
        ({"assigned_agent_id": "agent-42"}, "agent-42"),
        ({"assigned_agent": {}}, "Sem atendente"),
    ],
)
def test_assigned_agent_in_the_window_in_pt_br(
    gui_pt_br: None, qtbot: QtBot, clock: FixedClock, extra: dict[str, Any], pt_br: str
) -> None:
    view = ChatView(clock)
    qtbot.addWidget(view)
    view.show_prepared(prepare_chat(parse_chat({**BASE, **extra})))
    label = view.panel("tab_overview").findChild(QLabel, "overview_agent")
    assert label is not None
    assert label.text() == pt_br
