"""The partial-data warning in words: which part of a chat could not be read, for an agent.

A field that could not be read is known by its path in the payload
(``("crm_person", "documents", 0, "value")``); agents read "Documento 1 do CRM não pôde ser
lido" instead. :func:`warning_text` picks the sentence of the longest known start of the path
(list positions counted from 1); an unknown path gets a generic sentence. The path itself and
the technical reason stay in the "Copy details" text only.

Whole sentences, not "{thing} could not be read": Portuguese agrees the participle with the
noun (lido / lida / lidos).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from wegly_viewer.core.i18n import tr
from wegly_viewer.core.language import tr_noop

TRANSLATION_CONTEXT = "warnings"
ANY_POSITION = "#"  # stands for a list position in a pattern

# Path pattern (list positions as ANY_POSITION) -> English sentence; ``{n}`` is the position of
# the last list item in the pattern, counted from 1.
_SENTENCES: dict[tuple[str, ...], str] = {
    (): tr_noop("warnings", "The chat could not be read; only its raw data is available."),
    ("id",): tr_noop("warnings", "The chat ID could not be read."),
    ("wa_contact_id",): tr_noop("warnings", "The customer's WhatsApp ID could not be read."),
    ("remote_profile_name",): tr_noop("warnings", "The WhatsApp profile name could not be read."),
    ("contact_name",): tr_noop("warnings", "The customer's name could not be read."),
    ("contact_number",): tr_noop("warnings", "The customer's number could not be read."),
    ("status",): tr_noop("warnings", "The chat status could not be read."),
    ("chat_type",): tr_noop("warnings", "The chat type could not be read."),
    ("unread_count",): tr_noop("warnings", "The number of unread messages could not be read."),
    ("is_manually_unread",): tr_noop(
        "warnings", "Whether the chat was marked unread could not be read."
    ),
    ("priority",): tr_noop("warnings", "The priority could not be read."),
    ("archived_at",): tr_noop("warnings", "The archiving date could not be read."),
    ("assigned_agent_id",): tr_noop("warnings", "The assigned agent could not be read."),
    ("assigned_agent",): tr_noop("warnings", "The assigned agent could not be read."),
    ("phone_number",): tr_noop("warnings", "The line could not be read."),
    ("last_message_at",): tr_noop("warnings", "The time of the last message could not be read."),
    ("last_customer_msg_at",): tr_noop(
        "warnings", "The time of the customer's last message could not be read."
    ),
    ("session_expires_at",): tr_noop(
        "warnings", "The end of the 24-hour window could not be read."
    ),
    ("created_at",): tr_noop("warnings", "The creation date of the chat could not be read."),
    ("updated_at",): tr_noop("warnings", "The date of the chat's last change could not be read."),
    ("last_message",): tr_noop("warnings", "Part of the last message could not be read."),
    ("last_message", "reactions"): tr_noop(
        "warnings", "The reactions to the last message could not be read."
    ),
    ("last_message", "reactions", ANY_POSITION): tr_noop(
        "warnings", "Reaction {n} to the last message could not be read."
    ),
    ("last_message", "media"): tr_noop(
        "warnings", "The media of the last message could not be read."
    ),
    ("last_message", "call"): tr_noop("warnings", "The call details could not be read."),
    ("last_message", "quoted_message"): tr_noop(
        "warnings", "The quoted message could not be read."
    ),
    ("crm_person",): tr_noop("warnings", "Part of the CRM record could not be read."),
    ("crm_person", "name"): tr_noop("warnings", "The name in the CRM could not be read."),
    ("crm_person", "birth_date"): tr_noop("warnings", "The birth date could not be read."),
    ("crm_person", "gender"): tr_noop("warnings", "The gender could not be read."),
    ("crm_person", "notes"): tr_noop("warnings", "The CRM notes could not be read."),
    ("crm_person", "documents"): tr_noop("warnings", "The CRM documents could not be read."),
    ("crm_person", "documents", ANY_POSITION): tr_noop(
        "warnings", "CRM document {n} could not be read."
    ),
    ("crm_person", "contacts"): tr_noop("warnings", "The CRM contacts could not be read."),
    ("crm_person", "contacts", ANY_POSITION): tr_noop(
        "warnings", "CRM contact {n} could not be read."
    ),
    ("crm_person", "address"): tr_noop("warnings", "The CRM address could not be read."),
    ("participants",): tr_noop("warnings", "The participants could not be read."),
    ("participants", ANY_POSITION): tr_noop("warnings", "Participant {n} could not be read."),
    ("assignable_agents",): tr_noop("warnings", "The assignable agents could not be read."),
    ("assignable_agents", ANY_POSITION): tr_noop(
        "warnings", "Assignable agent {n} could not be read."
    ),
    ("crm_marketing_lead_source",): tr_noop("warnings", "The lead sources could not be read."),
    ("crm_marketing_lead_source", ANY_POSITION): tr_noop(
        "warnings", "Lead source {n} could not be read."
    ),
}
_GENERIC = tr_noop("warnings", "A part of the chat could not be read.")


def _pattern(path: Sequence[str | int]) -> tuple[str, ...]:
    return tuple(ANY_POSITION if isinstance(part, int) else part for part in path)


def warning_text(path: Sequence[str | int]) -> str:
    """The sentence for an unreadable value at ``path``, in the installed language."""
    pattern = _pattern(path)
    for length in range(len(pattern), -1, -1):
        sentence = _SENTENCES.get(pattern[:length])
        if sentence is None or (length == 0 and pattern):
            continue
        positions = [part for part in path[:length] if isinstance(part, int)]
        n = positions[-1] + 1 if positions else 0
        return tr(TRANSLATION_CONTEXT, sentence).replace("{n}", str(n))
    return tr(TRANSLATION_CONTEXT, _GENERIC)


def format_path(path: Iterable[str | int]) -> str:
    """``("crm_person", "documents", 0, "value")`` -> ``crm_person.documents[0].value``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


@dataclass(frozen=True)
class FieldWarning:
    """One value of a payload that could not be read (and was dropped).

    Attributes:
        path: where it was, e.g. ``("crm_person", "documents", 0)``; ``()`` for the whole
            payload.
        detail: the technical reason (pydantic's words, never the value, which may be personal
            data), for "Copy details" only.
    """

    path: tuple[str | int, ...]
    detail: str

    @property
    def text(self) -> str:
        """What an agent reads, in the installed language: "CRM document 1 could not be read."."""
        return warning_text(self.path)

    @property
    def technical(self) -> str:
        """``crm_person.documents[0]: input should be a valid dictionary`` (Copy details)."""
        return f"{format_path(self.path) or '(chat)'}: {self.detail}"

    def __str__(self) -> str:
        return self.technical


def warning_sentences(warnings: Iterable[FieldWarning]) -> list[str]:
    """The readable sentences of ``warnings``, each once, in order (two bad values of the same
    document make one sentence)."""
    return list(dict.fromkeys(warning.text for warning in warnings))
