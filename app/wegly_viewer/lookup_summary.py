"""The readable summary ``wegly-lookup`` prints: a chat as short labelled lines for a terminal."""

from __future__ import annotations

from datetime import datetime

from wegly_viewer.core.formatting import (
    contact_kind,
    format_address_lines,
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
    Message,
    group_reactions,
    label_of,
)


def summary_lines(chat: ChatDetail, now: datetime) -> list[str]:
    """The chat as short labelled lines for a terminal, seen at ``now`` (text made printable)."""
    p = printable
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
    agent = chat.assigned_agent.display_name if chat.assigned_agent else ""
    lines.append(f"Assigned to: {p(agent) or 'nobody'}")
    if chat.phone_number:
        line = chat.phone_number.display_number or chat.phone_number.raw_number
        lines.append(f"Line:        {format_phone(p(line)) or '-'}")
    window = chat.service_window(now)
    when = f" ({local_time(window.expires_at)})" if window else ""
    lines.append(f"24 h window: {window_text(window)}{when}")
    lines.extend(_message_lines(chat, chat.last_message, now))
    lines.extend(_person_lines(chat))
    lines.extend(_agent_lines(chat))
    if chat.crm_marketing_lead_source:
        lines.append(f"Lead sources: {len(chat.crm_marketing_lead_source)}")
    return lines


def _message_lines(chat: ChatDetail, msg: Message | None, now: datetime) -> list[str]:
    if msg is None:
        return ["Last message: none"]
    p = printable
    if msg.from_me is True:
        sender = (msg.agent.user.name if msg.agent and msg.agent.user else None) or "staff"
    else:
        sender = chat.display_name or "contact"
    facts = [
        label_of(msg.origin, ORIGIN_LABELS),
        f"from {p(sender)}",
        label_of(msg.status, MESSAGE_STATUS_LABELS),
        p(msg.type),
    ]
    sent = msg.sent_at or chat.last_message_at
    if sent:
        facts.append(f"{local_time(sent)}, {relative_time(sent, now)}")
    lines = [f"Last message: {', '.join(f for f in facts if f)}"]
    if msg.is_history:
        lines.append(
            f"  History import: phase {msg.history_phase}, progress {msg.history_progress}%"
        )
    if msg.is_media_placeholder:
        lines.append("  Media not available yet")
    body = p(msg.body_text).strip()
    if body:
        lines.extend(f"  {line}" for line in body.splitlines())
    groups = group_reactions(chat, msg.reactions)
    if groups:
        strip = "  ".join(f"{p(g.emoji)} {g.count}" for g in groups[:12])
        more = f"  (+{len(groups) - 12} more)" if len(groups) > 12 else ""
        total = sum(g.count for g in groups)
        lines.append(f"  Reactions ({total}): {strip}{more}")
        for reaction in (msg.reactions or [])[:10]:
            actor = label_of(reaction.actor, ACTOR_LABELS)
            lines.append(
                f"    {p(reaction.emoji)} {p(chat.reactor_name(reaction))}"
                + (f" ({actor})" if actor else "")
            )
        if len(msg.reactions or []) > 10:
            lines.append(f"    … and {len(msg.reactions or []) - 10} more")
    return lines


def _person_lines(chat: ChatDetail) -> list[str]:
    person = chat.crm_person
    if person is None:
        return ["CRM person:  none"]
    p = printable
    head = p(person.name) or "(no name)"
    if person.birth_date:
        head += f", born {person.birth_date.isoformat()}"
    lines = [f"CRM person:  {head}"]
    for doc in person.documents or []:
        lines.append(f"  {p(doc.label) or 'Document'}: {mask_document(doc.label, p(doc.value))}")
    for contact in person.contacts or []:
        kind = contact_kind(contact.value)
        value = format_phone(contact.value) if kind == "phone" else contact.value
        star = " (primary)" if contact.primary else ""
        lines.append(f"  {kind}: {p(value)}{star}")
    if person.address:
        a = person.address
        parts = format_address_lines(
            a.street, a.number, a.complement, a.district, a.city, a.state, a.postal_code
        )
        if parts:
            lines.append(f"  Address: {p(', '.join(parts))}")
    if person.notes:
        lines.append(f"  Notes: {p(person.notes).strip()}")
    return lines


def _agent_lines(chat: ChatDetail) -> list[str]:
    participants = chat.participants or []
    assignable = chat.assignable_agents or []
    lines = [f"Participants: {len(participants)}"]
    names = [p.display_name for p in participants[:8] if p.display_name]
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
