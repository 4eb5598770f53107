"""The readable summary ``wegly-lookup`` prints: a chat as short labelled lines for a terminal.

Every word goes through core's ``tr`` (context "summary", installed by ``cli.main`` from the
``.ts`` catalogue), values through ``core.formatting`` (``01/12/2026 18:05``, ``há 3 min``) and
enum values through ``core.models.label_of``. The labels of the top-level lines are padded to
the widest label of the language being spoken, so the values line up in both languages.
"""

from __future__ import annotations

from datetime import datetime

from wegly_viewer.core.chat_facts import (
    AddressFacts,
    ChatFacts,
    CrmFacts,
    MessageFacts,
    SenderKind,
    build_chat_facts,
)
from wegly_viewer.core.formatting import (
    birth_text,
    format_number,
    format_phone,
    local_time,
    mask_document,
    printable,
    relative_time,
    window_text,
)
from wegly_viewer.core.i18n import tr
from wegly_viewer.core.models import (
    ACTOR_LABELS,
    AGENT_STATUS_LABELS,
    MESSAGE_STATUS_LABELS,
    MESSAGE_TYPE_LABELS,
    ORIGIN_LABELS,
    ChatDetail,
    label_of,
)

_MAX_REACTION_GROUPS = 12
_MAX_REACTORS = 10
_MAX_PARTICIPANT_NAMES = 8


class _Lines:
    """Top-level ``Label: value`` lines (aligned when written out) and indented lines."""

    def __init__(self) -> None:
        self._items: list[tuple[str | None, str]] = []

    def head(self, text: str) -> None:
        self._items.append((None, text))

    def row(self, label: str, value: str) -> None:
        self._items.append((label, value))

    def sub(self, text: str, depth: int = 1) -> None:
        self._items.append((None, "  " * depth + text))

    def text(self) -> list[str]:
        width = max((len(label) for label, _ in self._items if label is not None), default=0)
        return [
            text if label is None else f"{label.ljust(width)} {text}".rstrip()
            for label, text in self._items
        ]


def summary_lines(chat: ChatDetail, now: datetime) -> list[str]:
    """The chat as short labelled lines for a terminal, seen at ``now`` (text made printable)."""
    p = printable
    facts = build_chat_facts(chat)
    out = _Lines()
    who = p(chat.display_name) or tr("summary", "(no name)")
    if chat.remote_profile_name and chat.remote_profile_name != chat.display_name:
        who += f" (WhatsApp: {p(chat.remote_profile_name)})"
    if chat.contact_number:
        who += f" · {format_phone(p(chat.contact_number))}"
    out.head(who)
    out.row(tr("summary", "Chat:"), p(chat.id))
    state = [label_of(chat.status) or "-", label_of(chat.chat_type) or "-"]
    if chat.archived_at:
        state.append(tr("summary", "archived {when}").format(when=local_time(chat.archived_at)))
    out.row(tr("summary", "Status:"), " · ".join(p(s) for s in state))
    out.row(tr("summary", "Priority:"), p(label_of(chat.priority)) or "-")
    out.row(tr("summary", "Unread:"), _unread_text(chat))
    agent = facts.overview.assigned
    out.row(
        tr("summary", "Assigned to:"), p(agent.label if agent else "") or tr("summary", "nobody")
    )
    if chat.phone_number:
        line = chat.phone_number.display_number or chat.phone_number.raw_number
        out.row(tr("summary", "Line:"), format_phone(p(line)) or "-")
    window = facts.overview.window.at(now)
    when = f" ({local_time(window.expires_at)})" if window else ""
    out.row(tr("summary", "24 h window:"), f"{window_text(window)}{when}")
    _message_lines(out, facts, now)
    _person_lines(out, facts.crm, now)
    _agent_lines(out, facts)
    if facts.lead_source_count:
        out.row(tr("summary", "Lead sources:"), format_number(facts.lead_source_count))
    return out.text()


def _unread_text(chat: ChatDetail) -> str:
    count = chat.unread_count
    if count is None:
        text = "-"
    elif count == 0:
        text = tr("summary", "no unread messages")
    else:
        text = tr("summary", "%Ln unread message(s)", None, count)
    if chat.is_manually_unread:
        text += " " + tr("summary", "(marked unread by hand)")
    return text


def _no_sender(kind: SenderKind) -> str:
    if kind is SenderKind.CONTACT:
        return tr("summary", "the customer")
    if kind is SenderKind.MEMBER:
        return tr("summary", "a group member")
    return tr("summary", "an agent")


def _message_lines(out: _Lines, chat: ChatFacts, now: datetime) -> None:
    msg: MessageFacts | None = chat.last_message
    label = tr("summary", "Last message:")
    if msg is None:
        out.row(label, tr("summary", "none"))
        return
    p = printable
    sender = p(msg.sender) or _no_sender(msg.sender_kind)
    facts = [
        label_of(msg.origin or None, ORIGIN_LABELS),
        tr("summary", "from {sender}").format(sender=sender),
        label_of(msg.status or None, MESSAGE_STATUS_LABELS),
        p(label_of(msg.type or None, MESSAGE_TYPE_LABELS)),
    ]
    sent = msg.sent_at
    if sent:
        facts.append(f"{local_time(sent)}, {relative_time(sent, now)}")
    out.row(label, ", ".join(f for f in facts if f))
    if msg.history is not None:
        history = msg.history
        phase = "-" if history.phase is None else str(history.phase)
        progress = "-" if history.progress is None else str(history.progress)
        out.sub(
            tr("summary", "History import: phase {phase}, {progress}% done").format(
                phase=phase, progress=progress
            )
        )
    if msg.media is not None and msg.media.placeholder:
        out.sub(tr("summary", "Media not available yet"))
    body = p(msg.body).strip()
    if body:
        for line in body.splitlines():
            out.sub(line)
    _reaction_lines(out, msg)


def _reaction_lines(out: _Lines, msg: MessageFacts) -> None:
    p = printable
    groups = msg.reaction_groups
    if not groups:
        return
    shown = groups[:_MAX_REACTION_GROUPS]
    strip = "  ".join(f"{p(g.emoji)} {format_number(g.count)}" for g in shown)
    if len(groups) > len(shown):
        more = tr("summary", "(+{count} more)").format(
            count=format_number(len(groups) - len(shown))
        )
        strip += f"  {more}"
    total = sum(g.count for g in groups)
    count = tr("summary", "%Ln reaction(s)", None, total)
    out.sub(f"{count}: {strip}")
    for reaction in msg.reactions[:_MAX_REACTORS]:
        actor = label_of(reaction.actor or None, ACTOR_LABELS)
        line = f"{p(reaction.emoji)} {p(reaction.reactor)}" + (f" ({p(actor)})" if actor else "")
        out.sub(line, 2)
    hidden = len(msg.reactions) - _MAX_REACTORS
    if hidden > 0:
        out.sub(tr("summary", "… and {count} more").format(count=format_number(hidden)), 2)


def _address_text(address: AddressFacts) -> str:
    cep = f"CEP {address.postal_code}" if address.postal_code else ""
    parts = (address.street_line, address.district, address.city_line, cep)
    return ", ".join(part for part in parts if part)


def _contact_kind(kind: str) -> str:
    if kind == "phone":
        return tr("summary", "Phone:")
    if kind == "email":
        return tr("summary", "E-mail:")
    return tr("summary", "Contact:")


def _person_lines(out: _Lines, person: CrmFacts | None, now: datetime) -> None:
    label = tr("summary", "CRM record:")
    if person is None:
        out.row(label, tr("summary", "none (no CRM record linked)"))
        return
    p = printable
    out.row(label, p(person.name) or tr("summary", "(no name)"))
    if person.birth_date:
        today = now.astimezone().date()
        born = tr("summary", "Birth date:")
        out.sub(f"{born} {birth_text(person.birth_date, today)}")
    for doc in person.documents:
        name = p(doc.label) or tr("summary", "Document")
        out.sub(f"{name}: {mask_document(doc.label, p(doc.value))}")
    for contact in person.contacts:
        star = " " + tr("summary", "(main)") if contact.primary else ""
        out.sub(f"{_contact_kind(contact.kind)} {p(contact.text)}{star}")
    if person.address is not None:
        address = _address_text(person.address)
        if address:
            where = tr("summary", "Address:")
            out.sub(f"{where} {p(address)}")
    if person.notes:
        notes = tr("summary", "Notes:")
        out.sub(f"{notes} {p(person.notes).strip()}")


def _agent_lines(out: _Lines, chat: ChatFacts) -> None:
    participants = chat.agents.participants
    assignable = chat.agents.assignable
    text = format_number(len(participants))
    names = [a.name for a in participants[:_MAX_PARTICIPANT_NAMES] if a.name]
    if names:
        hidden = len(participants) - _MAX_PARTICIPANT_NAMES
        more = f", … (+{format_number(hidden)})" if hidden > 0 else ""
        text += f" ({printable(', '.join(names))}{more})"
    out.row(tr("summary", "Participants:"), text)
    statuses: dict[str, int] = {}
    for agent in assignable:
        status = label_of(agent.status or None, AGENT_STATUS_LABELS) or tr("summary", "unknown")
        statuses[status] = statuses.get(status, 0) + 1
    # "ausente: 2" rather than "2 ausente": a count after the word needs no plural agreement.
    by_status = ", ".join(
        f"{printable(status)}: {format_number(count)}" for status, count in sorted(statuses.items())
    )
    text = format_number(len(assignable)) + (f" ({by_status})" if by_status else "")
    out.row(tr("summary", "Assignable agents:"), text)
