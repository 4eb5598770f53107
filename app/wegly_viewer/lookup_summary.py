"""The readable summary ``wegly-lookup`` prints: a chat as short labelled lines for a terminal."""

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
    format_phone,
    local_time,
    mask_document,
    printable,
    relative_time,
    window_text,
)
from wegly_viewer.core.models import (
    ACTOR_LABELS,
    MESSAGE_STATUS_LABELS,
    ORIGIN_LABELS,
    ChatDetail,
    label_of,
)


def summary_lines(chat: ChatDetail, now: datetime) -> list[str]:
    """The chat as short labelled lines for a terminal, seen at ``now`` (text made printable)."""
    p = printable
    facts = build_chat_facts(chat)
    lines: list[str] = []
    who = p(chat.display_name) or "(no name)"
    if chat.remote_profile_name and chat.remote_profile_name != chat.display_name:
        who += f" (WhatsApp: {p(chat.remote_profile_name)})"
    if chat.contact_number:
        who += f" · {format_phone(p(chat.contact_number))}"
    lines.append(who)
    lines.append(f"Chat:        {p(chat.id)}")
    state = [label_of(chat.status) or "-", label_of(chat.chat_type) or "-"]
    if chat.archived_at:
        state.append(f"archived {local_time(chat.archived_at)}")
    lines.append(f"Status:      {' · '.join(p(s) for s in state)}")
    lines.append(f"Priority:    {p(label_of(chat.priority)) or '-'}")
    unread = f"{chat.unread_count if chat.unread_count is not None else '-'}"
    if chat.is_manually_unread:
        unread += " (marked unread by hand)"
    lines.append(f"Unread:      {unread}")
    agent = facts.overview.assigned
    lines.append(f"Assigned to: {p(agent.label if agent else '') or 'nobody'}")
    if chat.phone_number:
        line = chat.phone_number.display_number or chat.phone_number.raw_number
        lines.append(f"Line:        {format_phone(p(line)) or '-'}")
    window = facts.overview.window.at(now)
    when = f" ({local_time(window.expires_at)})" if window else ""
    lines.append(f"24 h window: {window_text(window)}{when}")
    lines.extend(_message_lines(facts, now))
    lines.extend(_person_lines(facts.crm))
    lines.extend(_agent_lines(facts))
    if facts.lead_source_count:
        lines.append(f"Lead sources: {facts.lead_source_count}")
    return lines


_NO_SENDER = {SenderKind.CONTACT: "contact", SenderKind.MEMBER: "member"}


def _message_lines(chat: ChatFacts, now: datetime) -> list[str]:
    msg: MessageFacts | None = chat.last_message
    if msg is None:
        return ["Last message: none"]
    p = printable
    sender = p(msg.sender) or _NO_SENDER.get(msg.sender_kind, "staff")
    facts = [
        label_of(msg.origin, ORIGIN_LABELS),
        f"from {sender}",
        label_of(msg.status, MESSAGE_STATUS_LABELS),
        p(msg.type),
    ]
    sent = msg.sent_at
    if sent:
        facts.append(f"{local_time(sent)}, {relative_time(sent, now)}")
    lines = [f"Last message: {', '.join(f for f in facts if f)}"]
    if msg.history is not None:
        history = msg.history
        lines.append(f"  History import: phase {history.phase}, progress {history.progress}%")
    if msg.media is not None and msg.media.placeholder:
        lines.append("  Media not available yet")
    body = p(msg.body).strip()
    if body:
        lines.extend(f"  {line}" for line in body.splitlines())
    groups = msg.reaction_groups
    if groups:
        strip = "  ".join(f"{p(g.emoji)} {g.count}" for g in groups[:12])
        more = f"  (+{len(groups) - 12} more)" if len(groups) > 12 else ""
        total = sum(g.count for g in groups)
        lines.append(f"  Reactions ({total}): {strip}{more}")
        for reaction in msg.reactions[:10]:
            actor = label_of(reaction.actor or None, ACTOR_LABELS)
            lines.append(
                f"    {p(reaction.emoji)} {p(reaction.reactor)}" + (f" ({actor})" if actor else "")
            )
        if len(msg.reactions) > 10:
            lines.append(f"    … and {len(msg.reactions) - 10} more")
    return lines


def _address_text(address: AddressFacts) -> str:
    cep = f"CEP {address.postal_code}" if address.postal_code else ""
    parts = (address.street_line, address.district, address.city_line, cep)
    return ", ".join(part for part in parts if part)


def _person_lines(person: CrmFacts | None) -> list[str]:
    if person is None:
        return ["CRM person:  none"]
    p = printable
    head = p(person.name) or "(no name)"
    if person.birth_date:
        head += f", born {person.birth_date.isoformat()}"
    lines = [f"CRM person:  {head}"]
    for doc in person.documents:
        lines.append(f"  {p(doc.label) or 'Document'}: {mask_document(doc.label, p(doc.value))}")
    for contact in person.contacts:
        star = " (primary)" if contact.primary else ""
        lines.append(f"  {contact.kind}: {p(contact.text)}{star}")
    if person.address is not None:
        address = _address_text(person.address)
        if address:
            lines.append(f"  Address: {p(address)}")
    if person.notes:
        lines.append(f"  Notes: {p(person.notes).strip()}")
    return lines


def _agent_lines(chat: ChatFacts) -> list[str]:
    participants = chat.agents.participants
    assignable = chat.agents.assignable
    lines = [f"Participants: {len(participants)}"]
    names = [p.name for p in participants[:8] if p.name]
    if names:
        more = f", … (+{len(participants) - 8})" if len(participants) > 8 else ""
        lines[0] += f" ({printable(', '.join(names))}{more})"
    statuses: dict[str, int] = {}
    for agent in assignable:
        key = (agent.status or "unknown").lower()
        statuses[key] = statuses.get(key, 0) + 1
    by_status = ", ".join(f"{count} {status}" for status, count in sorted(statuses.items()))
    lines.append(f"Assignable agents: {len(assignable)}" + (f" ({by_status})" if by_status else ""))
    return lines
