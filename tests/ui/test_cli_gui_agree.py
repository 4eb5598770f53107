"""Every sample chat: ``wegly-lookup``'s summary and the window's panels say the same things."""

from __future__ import annotations

import re
from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from fixed_time import NOW
from wegly_viewer.core.clock import FixedClock
from wegly_viewer.core.models import parse_chat
from wegly_viewer.devserver import DEMO_CHAT_IDS
from wegly_viewer.devserver.samples import build_samples
from wegly_viewer.lookup_summary import summary_lines
from wegly_viewer.ui.chat_view import ChatView
from wegly_viewer.ui.panels.agents import AgentsPanel
from wegly_viewer.ui.panels.base import EMPTY
from wegly_viewer.ui.panels.last_message import LastMessagePanel
from wegly_viewer.ui.panels.overview import OverviewPanel
from wegly_viewer.ui.prepared import prepare_chat
from wegly_viewer.ui.widgets.badge import Badge

_CLI_NOBODY = {"nobody", "an agent", "the customer", "a group member"}
_CLI_REACTIONS = re.compile(r"^  (?P<total>\d[\d,]*) reactions?: (?P<strip>.*)$")
_GUI_WINDOW = {
    "Window open": "open",
    "Window closing soon": "open",
    "Window closed": "closed",
    "Window unknown": "unknown",
}


pytestmark = pytest.mark.usefixtures("gui_en")  # English as shipped (plural forms included)


def panels(view: ChatView) -> tuple[OverviewPanel, LastMessagePanel, AgentsPanel]:
    return (
        cast(OverviewPanel, view.panel("tab_overview")),
        cast(LastMessagePanel, view.panel("tab_last_message")),
        cast(AgentsPanel, view.panel("tab_agents")),
    )


def _line(lines: list[str], prefix: str) -> str:
    return next(line for line in lines if line.startswith(prefix))[len(prefix) :].strip()


def _number(text: str) -> int | None:
    """``1,026`` / ``1.026`` / ``1026`` as 1026 (either side may group digits)."""
    digits = text.replace(",", "").replace(".", "")
    return int(digits) if digits.isdigit() else None


def _counts(strip: str, separator: str) -> dict[str, int]:
    pairs = [part.rsplit(" ", 1) for part in strip.split(separator) if part.strip()]
    counts = {emoji.strip(): _number(count) for emoji, count in pairs}
    return {emoji: count for emoji, count in counts.items() if count is not None}


@pytest.mark.parametrize("name", sorted(DEMO_CHAT_IDS))
def test_cli_and_panels_agree(qtbot: QtBot, clock: FixedClock, name: str) -> None:
    parsed = parse_chat(build_samples(NOW)[DEMO_CHAT_IDS[name]])
    lines = summary_lines(parsed.model, NOW)
    view = ChatView(clock)
    qtbot.addWidget(view)
    view.show_prepared(prepare_chat(parsed))
    overview, last_message, agents = panels(view)

    # Assigned agent.
    cli_agent = _line(lines, "Assigned to:")
    gui_agent = overview._agent.text()
    assert (cli_agent if cli_agent != "nobody" else "Nobody assigned") == gui_agent
    assert agents._assigned_name_label.text() in (gui_agent, EMPTY)

    # Sender of the last message.
    message = _line(lines, "Last message:")
    gui_sender = last_message._fields.value("sender").text()
    if message == "none":
        assert last_message._stack.currentWidget() is last_message._empty
    else:
        cli_sender = next(
            part[len("from ") :] for part in message.split(", ") if part.startswith("from ")
        )
        assert (EMPTY if cli_sender in _CLI_NOBODY else cli_sender) == gui_sender

    # Reaction counts per emoji (each side shows the most frequent first; compare what both show).
    cli_reactions = next((m for m in map(_CLI_REACTIONS.match, lines) if m), None)
    gui_strip = last_message._summary.text()
    if not cli_reactions:
        assert gui_strip == "No reactions"
    else:
        total, strip = cli_reactions["total"], cli_reactions["strip"]
        cli_counts = _counts(strip.split("  (+")[0], "  ")
        gui_counts = _counts(gui_strip, "   ")
        shown = min(len(cli_counts), len(gui_counts))
        assert list(cli_counts.items())[:shown] == list(gui_counts.items())[:shown]
        count = _number(total)
        title = last_message._reactions_box.title()
        assert title == (f"{count:,} reactions" if count != 1 else "1 reaction")

    # The 24-hour window.
    cli_window = _line(lines, "24 h window:").split(",")[0].split(" ")[0]
    badge = overview.findChild(Badge, "badge_window")
    assert badge is not None
    assert _GUI_WINDOW[badge.text()] == cli_window


def test_group_sender_and_assignee_literal(qtbot: QtBot, clock: FixedClock) -> None:
    parsed = parse_chat(build_samples(NOW)[DEMO_CHAT_IDS["group"]])
    lines = summary_lines(parsed.model, NOW)
    assert any(", from Equipe Vendas Curitiba, " in line for line in lines)
    view = ChatView(clock)
    qtbot.addWidget(view)
    view.show_prepared(prepare_chat(parsed))
    _, last_message, _ = panels(view)
    assert last_message._fields.value("sender").text() == "Equipe Vendas Curitiba"
    assert last_message._summary.text() == "👍 2   😅 1"
    assert "  3 reactions: 👍 2  😅 1" in lines
