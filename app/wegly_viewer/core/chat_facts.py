"""What a chat means, worked out once for every screen and for ``wegly-lookup``'s summary.

:func:`build_chat_facts` turns a parsed :class:`~wegly_viewer.core.models.ChatDetail` into typed
values: who sent the last message and in which direction, who is assigned (one fallback rule),
who reacted with what, the 24-hour window, call durations, the history-import phase, CRM rows
and agent rows. Values are enums, numbers, datetimes and plain strings from the payload, never
sentences: wording (and its translation) belongs to whoever shows them.

It is pure and thread-safe; the GUI builds it on the lookup worker (a chat with 10,000
reactions and 3,000 agents), the CLI right before printing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from wegly_viewer.core.formatting import contact_kind, format_cep, format_phone
from wegly_viewer.core.models import (
    AssignableAgent,
    AssignedAgent,
    ChatDetail,
    ChatStatus,
    ChatType,
    CrmPersonAddress,
    Message,
    Priority,
    Reaction,
    ReactionGroup,
    ServiceWindow,
)

SERVICE_WINDOW = timedelta(hours=24)
"""How long after the customer's last message free-form replies are allowed (WhatsApp's rule)."""

# --- the pieces ------------------------------------------------------------------------------


class Direction(StrEnum):
    """Which way a message went."""

    INCOMING = "incoming"
    OUTGOING = "outgoing"
    UNKNOWN = "unknown"


class SenderKind(StrEnum):
    """Who :attr:`MessageFacts.sender` is."""

    STAFF = "staff"  # an agent of the company (outgoing, or unknown direction with an agent)
    MEMBER = "member"  # a member of a group chat named by the message
    CONTACT = "contact"  # the chat's contact (its display name)
    UNKNOWN = "unknown"  # nobody the payload names


class WindowState(StrEnum):
    """The 24-hour window at a moment."""

    OPEN = "open"
    CLOSED = "closed"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class AgentFacts:
    """One staff member of an agent list (participants, assignable agents, the assignee).

    Attributes:
        name: the user's name from the payload, else the name known for the agent elsewhere in
            the chat (by agent id, then user id); ``""`` when no name is known.
        status: an assignable agent's raw status (``""`` for other lists).
    """

    agent_id: str
    user_id: str
    name: str
    avatar_url: str
    status: str = ""

    @property
    def label(self) -> str:
        """What to call the agent: the name, else the agent id (the one fallback rule)."""
        return self.name or self.agent_id


@dataclass(frozen=True, slots=True)
class WindowFacts:
    """The inputs of the 24-hour window; :meth:`at` evaluates it for a moment.

    Attributes:
        expires_at: when free-form replies stop (None: unknown, no customer message yet).
        derived: True when computed as ``last_customer_msg_at`` + 24 h.
    """

    expires_at: datetime | None
    derived: bool
    last_customer_msg_at: datetime | None

    @classmethod
    def of(cls, chat: ChatDetail) -> WindowFacts:
        """The window of ``chat``: ``session_expires_at``, else ``last_customer_msg_at`` + 24 h."""
        expires = chat.session_expires_at
        derived = expires is None
        if expires is None and chat.last_customer_msg_at is not None:
            expires = chat.last_customer_msg_at + SERVICE_WINDOW
        return cls(expires, derived, chat.last_customer_msg_at)

    def at(self, now: datetime) -> ServiceWindow | None:
        """The window at ``now`` (the injected clock's time), or None if unknown."""
        if self.expires_at is None:
            return None
        is_open = now < self.expires_at
        remaining = (self.expires_at - now) if is_open else (now - self.expires_at)
        return ServiceWindow(self.expires_at, is_open, remaining, self.derived)

    def state(self, now: datetime) -> WindowState:
        window = self.at(now)
        if window is None:
            return WindowState.UNKNOWN
        return WindowState.OPEN if window.is_open else WindowState.CLOSED


@dataclass(frozen=True, slots=True)
class ReactionFacts:
    """One reaction: the emoji, who reacted (a name, number or id) and the raw actor."""

    emoji: str
    reactor: str
    actor: str
    created_at: datetime | None


@dataclass(frozen=True, slots=True)
class HistoryFacts:
    """A message that came in through the history import (phase 0–2, progress in %)."""

    phase: int | None
    progress: int | None
    chunk_order: int | None


@dataclass(frozen=True, slots=True)
class CallFacts:
    status: str
    direction: str
    duration: timedelta | None
    started_at: datetime | None
    has_recording: bool


@dataclass(frozen=True, slots=True)
class MediaFacts:
    placeholder: bool  # the media is announced but not downloaded yet
    file_name: str
    mime_type: str


@dataclass(frozen=True, slots=True)
class QuotedFacts:
    body: str
    origin: str  # raw origin (label it with ORIGIN_LABELS)
    sent_at: datetime | None


@dataclass(frozen=True, slots=True)
class MessageFacts:
    """The chat's last message and its reactions.

    Attributes:
        sender: the staff member's name (else their agent/user id) when :attr:`sender_kind` is
            STAFF, a group member's name for MEMBER, the contact's display name for CONTACT.
        sent_at: the message's time, else the chat's ``last_message_at``.
        reaction_groups: reactions by emoji, most frequent first.
    """

    direction: Direction
    origin: str
    sender: str
    sender_kind: SenderKind
    status: str
    type: str
    sent_via: str
    sent_at: datetime | None
    meta_timestamp: str
    body: str
    content_payload: dict[str, Any] | None
    history: HistoryFacts | None
    media: MediaFacts | None
    call: CallFacts | None
    quoted: QuotedFacts | None
    reactions: tuple[ReactionFacts, ...]
    reaction_groups: tuple[ReactionGroup, ...]

    @property
    def reaction_count(self) -> int:
        return len(self.reactions)


@dataclass(frozen=True, slots=True)
class OverviewFacts:
    """What the Overview shows (and the CLI's head lines)."""

    chat_id: str
    display_name: str
    contact_name: str
    profile_name: str
    contact_number: str
    wa_contact_id: str
    status: ChatStatus | str | None
    chat_type: ChatType | str | None
    priority: Priority | int | None
    unread_count: int | None
    manually_unread: bool
    archived_at: datetime | None
    assigned: AgentFacts | None
    line_display: str
    line_raw: str
    line_id: str
    window: WindowFacts
    created_at: datetime | None
    updated_at: datetime | None
    last_activity_at: datetime | None


@dataclass(frozen=True, slots=True)
class ContactFacts:
    kind: str  # "phone", "email" or "other"
    text: str  # phone numbers formatted, other values as sent
    primary: bool


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    label: str | None
    value: str | None


@dataclass(frozen=True, slots=True)
class AddressFacts:
    """An address in Brazilian layout, its parts ready to stack (empty parts are ``""``)."""

    name: str
    street_line: str  # "street, number - complement"
    district: str
    city_line: str  # "city/UF"
    postal_code: str  # formatted CEP digits, without the "CEP" word


@dataclass(frozen=True, slots=True)
class CrmFacts:
    """The chat's CRM person (the slice is None when no person is linked)."""

    name: str
    birth_date: date | None
    gender: int | None
    notes: str
    contacts: tuple[ContactFacts, ...]
    documents: tuple[DocumentFacts, ...]
    address: AddressFacts | None


@dataclass(frozen=True, slots=True)
class AgentsFacts:
    assigned: AgentFacts | None
    participants: tuple[AgentFacts, ...]
    assignable: tuple[AgentFacts, ...]


@dataclass(frozen=True, slots=True)
class ChatFacts:
    """Everything above for one chat; each screen takes its slice."""

    overview: OverviewFacts
    last_message: MessageFacts | None
    crm: CrmFacts | None
    agents: AgentsFacts
    lead_source_count: int


# --- building --------------------------------------------------------------------------------


def _s(value: str | None) -> str:
    return value or ""


def agent_facts(
    agent: AssignedAgent, names: dict[str, str] | None = None, agent_id: str | None = None
) -> AgentFacts:
    """One agent list entry; ``names`` (see ``ChatDetail.agent_names``) fills a missing name."""
    user = agent.user
    agent_id = agent.agent_id or agent_id or ""
    user_id = _s(user.id if user else None)
    name = _s(user.name if user else None)
    if not name and names:
        name = next((names[key] for key in (agent_id, user_id) if key and key in names), "")
    return AgentFacts(
        agent_id=agent_id,
        user_id=user_id,
        name=name,
        avatar_url=_s(user.avatar if user else None).strip(),
        status=_s(agent.status) if isinstance(agent, AssignableAgent) else "",
    )


def agent_list_facts(agents: Sequence[AssignedAgent] | None) -> tuple[AgentFacts, ...]:
    """Rows of an agent list exactly as sent (no names borrowed from elsewhere)."""
    return tuple(agent_facts(agent) for agent in agents or ())


def assigned_agent_facts(chat: ChatDetail, names: dict[str, str]) -> AgentFacts | None:
    """The assignee: user name → name known by agent id / user id → agent id; None if nobody."""
    agent = chat.assigned_agent or AssignedAgent()
    facts = agent_facts(agent, names, chat.assigned_agent_id)
    if not facts.name and not facts.agent_id:
        return None
    return facts


def _direction(message: Message) -> Direction:
    if message.from_me is not None:
        return Direction.OUTGOING if message.from_me else Direction.INCOMING
    origin = (message.origin or "").upper()
    if origin == "OUTBOUND":
        return Direction.OUTGOING
    if origin == "INBOUND":
        return Direction.INCOMING
    return Direction.UNKNOWN


def _person_name(message: Message, names: dict[str, str]) -> str:
    """The person a message names (agent or user): by name, by a known id, else the id."""
    for user in (message.agent.user if message.agent else None, message.user):
        if user is not None and user.name:
            return user.name
    agent_id = message.agent.id if message.agent else None
    user_id = message.user.id if message.user else None
    for key in (agent_id, user_id):
        if key:
            return names.get(key, key)
    return ""


def _sender(
    chat: ChatDetail, message: Message, direction: Direction, names: dict[str, str]
) -> tuple[str, SenderKind]:
    person = _person_name(message, names)
    if direction is Direction.INCOMING:
        if chat.chat_type == ChatType.GROUP and person:
            return person, SenderKind.MEMBER
        return chat.display_name, SenderKind.CONTACT
    if person:
        return person, SenderKind.STAFF
    return "", SenderKind.STAFF if direction is Direction.OUTGOING else SenderKind.UNKNOWN


def reaction_facts(
    chat: ChatDetail, reactions: Iterable[Reaction] | None, names: dict[str, str] | None = None
) -> tuple[ReactionFacts, ...]:
    """``reactions`` of ``chat`` with their reactors resolved to names."""
    names = chat.agent_names() if names is None else names
    return tuple(
        ReactionFacts(_s(r.emoji), chat.reactor_name(r, names), _s(r.actor), r.created_at)
        for r in reactions or ()
    )


def _reactions(
    chat: ChatDetail, message: Message, names: dict[str, str]
) -> tuple[tuple[ReactionFacts, ...], tuple[ReactionGroup, ...]]:
    reactions = reaction_facts(chat, message.reactions, names)
    groups: dict[str, list[str]] = {}
    for reaction in reactions:
        if reaction.emoji:
            groups.setdefault(reaction.emoji, []).append(reaction.reactor)
    ordered = sorted(groups.items(), key=lambda item: -len(item[1]))
    return reactions, tuple(ReactionGroup(e, len(who), tuple(who)) for e, who in ordered)


def _message_facts(chat: ChatDetail, message: Message, names: dict[str, str]) -> MessageFacts:
    direction = _direction(message)
    sender, sender_kind = _sender(chat, message, direction, names)
    call = message.call
    media = message.media
    quoted = message.quoted_message
    reactions, groups = _reactions(chat, message, names)
    return MessageFacts(
        direction=direction,
        origin=_s(message.origin),
        sender=sender,
        sender_kind=sender_kind,
        status=_s(message.status),
        type=_s(message.type),
        sent_via=_s(message.sent_via),
        sent_at=message.sent_at or chat.last_message_at,
        meta_timestamp=_s(message.meta_timestamp),
        body=_s(message.body_text),
        content_payload=message.content_payload,
        history=HistoryFacts(
            message.history_phase, message.history_progress, message.history_chunk_order
        )
        if message.is_history
        else None,
        media=MediaFacts(
            bool(message.is_media_placeholder),
            _s(media.file_name if media else None),
            _s(media.mime_type if media else None),
        )
        if media is not None or message.is_media_placeholder
        else None,
        call=CallFacts(
            status=_s(call.status),
            direction=_s(call.direction),
            duration=timedelta(milliseconds=max(0, call.duration_ms))
            if call.duration_ms is not None
            else None,
            started_at=call.started_at,
            has_recording=bool(call.has_recording or call.recording_available),
        )
        if call is not None
        else None,
        quoted=QuotedFacts(_s(quoted.body_text), _s(quoted.origin), quoted.sent_at)
        if quoted is not None
        else None,
        reactions=reactions,
        reaction_groups=groups,
    )


def message_facts(chat: ChatDetail, message: Message, names: dict[str, str]) -> MessageFacts:
    """One message of ``chat`` with its sender and reactors resolved (``names``: see
    ``ChatDetail.agent_names``); the timeline builds every message of the conversation with it."""
    return _message_facts(chat, message, names)


def _address(address: CrmPersonAddress) -> AddressFacts:
    def clean(value: str | None) -> str:
        return (value or "").strip()

    street_line = ", ".join(p for p in (clean(address.street), clean(address.number)) if p)
    complement = clean(address.complement)
    if complement:
        street_line = f"{street_line} - {complement}" if street_line else complement
    city_line = "/".join(p for p in (clean(address.city), clean(address.state).upper()) if p)
    return AddressFacts(
        name=_s(address.name),
        street_line=street_line,
        district=clean(address.district),
        city_line=city_line,
        postal_code=format_cep(address.postal_code) if clean(address.postal_code) else "",
    )


def _contact(value: str | None, primary: bool | None) -> ContactFacts:
    text = (value or "").strip()
    kind = contact_kind(text) if text else "other"
    return ContactFacts(kind, format_phone(text) if kind == "phone" else text, bool(primary))


def _crm_facts(chat: ChatDetail) -> CrmFacts | None:
    person = chat.crm_person
    if person is None:
        return None
    return CrmFacts(
        name=_s(person.name),
        birth_date=person.birth_date,
        gender=person.gender,
        notes=_s(person.notes),
        contacts=tuple(_contact(c.value, c.primary) for c in person.contacts or ()),
        documents=tuple(DocumentFacts(d.label, d.value) for d in person.documents or ()),
        address=_address(person.address) if person.address is not None else None,
    )


def build_chat_facts(chat: ChatDetail) -> ChatFacts:
    """Work out what ``chat`` means, once (pure and thread-safe)."""
    names = chat.agent_names()
    assigned = assigned_agent_facts(chat, names)
    message = chat.last_message
    line = chat.phone_number
    overview = OverviewFacts(
        chat_id=_s(chat.id),
        display_name=chat.display_name,
        contact_name=_s(chat.contact_name),
        profile_name=_s(chat.remote_profile_name),
        contact_number=_s(chat.contact_number),
        wa_contact_id=_s(chat.wa_contact_id),
        status=chat.status,
        chat_type=chat.chat_type,
        priority=chat.priority,
        unread_count=chat.unread_count,
        manually_unread=bool(chat.is_manually_unread),
        archived_at=chat.archived_at,
        assigned=assigned,
        line_display=_s(line.display_number if line else None),
        line_raw=_s(line.raw_number if line else None),
        line_id=_s(line.phone_number_id if line else None),
        window=WindowFacts.of(chat),
        created_at=chat.created_at,
        updated_at=chat.updated_at,
        last_activity_at=chat.last_message_at or (message.sent_at if message else None),
    )
    return ChatFacts(
        overview=overview,
        last_message=_message_facts(chat, message, names) if message is not None else None,
        crm=_crm_facts(chat),
        agents=AgentsFacts(
            assigned=assigned,
            participants=agent_list_facts(chat.participants),
            assignable=agent_list_facts(chat.assignable_agents),
        ),
        lead_source_count=len(chat.crm_marketing_lead_source or ()),
    )
