"""What a chat needs before it can be shown, built on the lookup worker with the parsing.

A chat with 10,000 reactions and 3,000 agents takes ~100 ms of pure Python to work out (the
chat facts) and turn into table rows. Doing that on the worker keeps the GUI thread to the quick
part: swapping prepared rows into the models and setting label texts. Every text is capped
here too (``core.bounds.bounded_facts``), so a 10 MB name costs the GUI thread nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wegly_viewer.core.bounds import (
    BIG_PAYLOAD_ITEMS,
    bounded_facts,
    kept_out_of_collections,
    list_items,
)
from wegly_viewer.core.chat_facts import ChatFacts, build_chat_facts
from wegly_viewer.core.models import ChatDetail, Parsed, ReactionGroup
from wegly_viewer.core.redact import RowPath, document_masks
from wegly_viewer.core.timeline import TimelineFacts, TimelineRow, timeline_rows
from wegly_viewer.ui.models.agents_model import AgentRow, build_agent_rows
from wegly_viewer.ui.models.reactions_model import ReactionRow, ReactionRows, build_reaction_rows
from wegly_viewer.ui.models.timeline_model import search_haystack


@dataclass(frozen=True)
class PreparedChat:
    """A parsed chat, what it means, and its ready-made rows (no Qt objects: built on a worker).

    Attributes:
        facts: the chat's facts; each panel is given its slice of them.
        document_masks: where the raw response holds document numbers, and their masked text
            (the raw JSON tab shows these until the documents are revealed).
    """

    parsed: Parsed[ChatDetail]
    facts: ChatFacts
    reaction_rows: list[ReactionRow]
    participant_rows: list[AgentRow]
    assignable_rows: list[AgentRow]
    document_masks: dict[RowPath, str] = field(default_factory=dict)

    @property
    def chat(self) -> ChatDetail:
        return self.parsed.model

    @property
    def reaction_groups(self) -> tuple[ReactionGroup, ...]:
        message = self.facts.last_message
        return message.reaction_groups if message is not None else ()


def prepare_chat(parsed: Parsed[ChatDetail]) -> PreparedChat:
    """Work out the chat's facts and build the rows every tab needs; pure and thread-safe.

    A big chat's facts and rows are built without full garbage collections, which would hold
    the GIL long enough to stall the GUI thread (``core.bounds.kept_out_of_collections``).
    """
    if list_items(parsed.raw) >= BIG_PAYLOAD_ITEMS:
        with kept_out_of_collections():
            return _prepare_chat(parsed)
    return _prepare_chat(parsed)


def _prepare_chat(parsed: Parsed[ChatDetail]) -> PreparedChat:
    # Texts are capped here, on the worker (core/bounds.py): the GUI thread never lays out
    # a megabyte name, and the tables get bounded rows.
    facts = bounded_facts(build_chat_facts(parsed.model))
    message = facts.last_message
    # The reactions table keeps the parsed chat and its facts with its rows: when it is given
    # another chat's rows it frees all of them in slices (ui/models/releaser.py).
    reaction_rows = ReactionRows(
        build_reaction_rows(message.reactions if message is not None else ()), (parsed, facts)
    )
    return PreparedChat(
        parsed=parsed,
        facts=facts,
        reaction_rows=reaction_rows,
        participant_rows=build_agent_rows(facts.agents.participants),
        assignable_rows=build_agent_rows(facts.agents.assignable),
        document_masks=document_masks(parsed.raw),
    )


@dataclass(frozen=True)
class PreparedTimeline:
    """A conversation and its list rows (day separators included), built on the worker."""

    facts: TimelineFacts
    rows: list[TimelineRow]
    search_texts: list[str]


def prepare_timeline(facts: TimelineFacts) -> PreparedTimeline:
    """The rows of the conversation's list and what search looks in (folded words of each
    row: 5,000 of them take ~50 ms, which the GUI thread would feel at the first search)."""
    rows = timeline_rows(facts.entries)
    return PreparedTimeline(facts, rows, search_haystack(rows))
