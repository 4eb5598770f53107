"""Typed, lenient models of what the Wegly API returns for a chat.

Real payloads are messier than the docs (see ``resources/api/openapi.yaml`` and the API notes):
every field may be missing or null, enums grow, timestamps come in several shapes, and objects
carry fields the docs never listed. So every field here is optional, unknown fields are kept
(``extra="allow"``), enums are open (known values become enum members with labels, unknown values
stay as the raw string) and :func:`parse_chat` turns a malformed field into ``None`` plus a
warning naming its path, instead of losing the whole chat to one bad value.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import IntEnum, StrEnum
from types import UnionType
from typing import Annotated, Any, Generic, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, create_model

from wegly_viewer.core.bounds import (
    BIG_PAYLOAD_ITEMS,
    MAX_LIST_ITEMS,
    at_most,
    kept_out_of_collections,
    list_items,
)
from wegly_viewer.core.field_words import FieldWarning, format_path, warning_sentences

__all__ = ["FieldWarning", "format_path", "warning_sentences"]  # re-exported: parse results
from wegly_viewer.core.i18n import tr
from wegly_viewer.core.language import tr_noop

# The context in which every enum label is translated (core's tr, or Qt's in the GUI).
LABELS_CONTEXT = "labels"

# --- field types -----------------------------------------------------------------------------


_EPOCH_DIGITS = re.compile(r"^\d{9,13}(?:\.\d+)?$")


def parse_timestamp(value: object) -> datetime | None:
    """Parse the timestamp shapes the API is known to send into an aware UTC datetime.

    Accepts ISO-8601 with ``Z``, an offset, microseconds or nothing (naive means UTC), and
    epoch seconds or milliseconds given as digits (WhatsApp's own ``meta_timestamp`` format).

    Raises:
        ValueError: for anything else, so the lenient parser can null the field with a warning.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        parsed = _from_epoch(value)
    elif isinstance(value, str):
        text = value.strip()
        if _EPOCH_DIGITS.match(text):
            parsed = _from_epoch(float(text))
        else:
            try:
                parsed = datetime.fromisoformat(text)
            except ValueError:
                raise ValueError("not an ISO-8601 timestamp") from None
    else:
        raise ValueError("not a timestamp")
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _from_epoch(value: float) -> datetime:
    try:
        seconds = float(value)  # OverflowError for ints beyond float range (JSON allows them)
        if seconds > 1e11:  # milliseconds: 1e11 s would be the year 5138
            seconds /= 1000
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        raise ValueError("epoch out of range") from None


def _to_date(value: object) -> object:
    """Birth dates sometimes arrive as full timestamps; keep the date part."""
    if isinstance(value, str) and len(value) > 10 and value[4:5] == "-" and value[10] in "T ":
        return value[:10]
    return value


# Numbers become strings (``coerce_numbers_to_str`` in :class:`WeglyModel`, done by pydantic's
# core instead of a Python validator per field: 50,000 calls for a chat with 10,000 reactions):
# WhatsApp ids and phone numbers are digit strings on the wire, but an integration that
# serialises them as numbers should not lose the field. Booleans stay errors.
Text = str | None


def _timestamp(value: object) -> datetime | None:
    """:func:`parse_timestamp` for a field, remembering the last few texts it parsed: the
    reactions of a broadcast share one timestamp text, 10,000 times."""
    if isinstance(value, str) and len(value) <= _TIMESTAMP_TEXT_MAX:
        cached = _timestamps.get(value)
        if cached is None:
            cached = parse_timestamp(value)
            if len(_timestamps) >= _TIMESTAMP_CACHE_SIZE:
                _timestamps.clear()
            _timestamps[value] = cached
        return cached
    return parse_timestamp(value)


_TIMESTAMP_TEXT_MAX = 40
_TIMESTAMP_CACHE_SIZE = 256
# Parsed timestamps by text (immutable aware datetimes: safe to share between threads).
_timestamps: dict[str, datetime | None] = {}

Timestamp = Annotated[datetime | None, BeforeValidator(_timestamp)]
BirthDate = Annotated[date | None, BeforeValidator(_to_date)]


class ChatStatus(StrEnum):
    """Documented chat states; other values are kept as plain strings."""

    OPEN = "OPEN"
    RESOLVED = "RESOLVED"
    SNOOZED = "SNOOZED"

    @property
    def label(self) -> str:
        """The status in words, in the installed language (``aberto`` / ``open``)."""
        return tr(LABELS_CONTEXT, _CHAT_STATUS_LABELS[self.value])


class ChatType(StrEnum):
    """Documented chat kinds; other values are kept as plain strings."""

    INDIVIDUAL = "INDIVIDUAL"
    GROUP = "GROUP"

    @property
    def label(self) -> str:
        """The kind in words, in the installed language (``grupo`` / ``group``)."""
        return tr(LABELS_CONTEXT, _CHAT_TYPE_LABELS[self.value])


class Priority(IntEnum):
    """Chat priority as documented (member names are Wegly's own pt-BR words)."""

    BAIXA = 0
    NORMAL = 1
    ALTA = 2
    URGENTE = 3

    @property
    def label(self) -> str:
        """The priority in words, in the installed language (``alta`` / ``high``)."""
        return tr(LABELS_CONTEXT, _PRIORITY_LABELS[self.value])


# English sources of the labels above (translated at display time, in LABELS_CONTEXT).
_CHAT_STATUS_LABELS = {
    "OPEN": tr_noop("labels", "open"),
    "RESOLVED": tr_noop("labels", "resolved"),
    "SNOOZED": tr_noop("labels", "snoozed"),
}
_CHAT_TYPE_LABELS = {
    "INDIVIDUAL": tr_noop("labels", "individual"),
    "GROUP": tr_noop("labels", "group"),
}
_PRIORITY_LABELS = {
    0: tr_noop("labels", "low"),
    1: tr_noop("labels", "normal"),
    2: tr_noop("labels", "high"),
    3: tr_noop("labels", "urgent"),
}


# Open enums: try the enum first, fall back to the raw value (left_to_right keeps "OPEN" an enum
# member instead of letting the plain-str branch win in pydantic's smart union mode).
OpenChatStatus = Annotated[ChatStatus | str | None, Field(union_mode="left_to_right")]
OpenChatType = Annotated[ChatType | str | None, Field(union_mode="left_to_right")]
OpenPriority = Annotated[Priority | int | None, Field(union_mode="left_to_right")]

# Labels of open string enums whose full value list is not documented: English sources,
# translated by :func:`label_of` at display time. Unknown values are shown verbatim.
MESSAGE_STATUS_LABELS = {
    "processing": tr_noop("labels", "Processing"),
    "pending": tr_noop("labels", "Pending"),
    "sent": tr_noop("labels", "Sent"),
    "delivered": tr_noop("labels", "Delivered"),
    "read": tr_noop("labels", "Read"),
    "played": tr_noop("labels", "Played"),
    "failed": tr_noop("labels", "Failed"),
    "deleted": tr_noop("labels", "Deleted"),
}
# A message's direction (``Recebida`` / ``Enviada``).
ORIGIN_LABELS = {"INBOUND": tr_noop("labels", "Received"), "OUTBOUND": tr_noop("labels", "Sent")}
# Who did something: a message's sent_via, a reaction's actor.
ACTOR_LABELS = {
    "CONTACT": tr_noop("labels", "Customer"),
    "AGENT": tr_noop("labels", "Agent"),
    "USER": tr_noop("labels", "Agent"),
    "BOT": tr_noop("labels", "Automation"),
}

# An assignable agent's presence.
AGENT_STATUS_LABELS = {
    "ONLINE": tr_noop("labels", "online"),
    "AWAY": tr_noop("labels", "away"),
    "OFFLINE": tr_noop("labels", "offline"),
    "BUSY": tr_noop("labels", "busy"),
}
# A message's kind (``Texto``, ``Imagem``), capitalised like the statuses beside it in the Last
# message tab and the CLI; unknown kinds are shown as sent.
MESSAGE_TYPE_LABELS = {
    "text": tr_noop("labels", "Text"),
    "image": tr_noop("labels", "Image"),
    "audio": tr_noop("labels", "Audio"),
    "voice": tr_noop("labels", "Voice message"),
    "ptt": tr_noop("labels", "Voice message"),  # WhatsApp's "push to talk": a voice note
    "video": tr_noop("labels", "Video"),
    "document": tr_noop("labels", "Document"),
    "sticker": tr_noop("labels", "Sticker"),
    "location": tr_noop("labels", "Location"),
    "contacts": tr_noop("labels", "Contact card"),
    "template": tr_noop("labels", "Message template"),
    "interactive": tr_noop("labels", "Interactive message"),
    "call": tr_noop("labels", "Call"),
    "reaction": tr_noop("labels", "Reaction"),
}


def label_of(value: object, labels: dict[str, str] | None = None) -> str:
    """Human label of an open-enum value in the installed language: the enum's label, a table
    entry (translated in :data:`LABELS_CONTEXT`), or the raw value when it is not known (shown
    as sent, never blank); ``""`` only for no value at all."""
    if value is None:
        return ""
    label = getattr(value, "label", None)
    if isinstance(label, str):
        return label
    text = str(value)
    if labels:
        source = labels.get(text, labels.get(text.lower(), labels.get(text.upper())))
        if source is not None:
            return tr(LABELS_CONTEXT, source)
    return text


# --- models ----------------------------------------------------------------------------------


class WeglyModel(BaseModel):
    """Base of all API models: lenient about extras, never about types."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, coerce_numbers_to_str=True)


class UserSummary(WeglyModel):
    id: Text = None
    name: Text = None
    avatar: Text = None


class AssignedAgent(WeglyModel):
    """``{agent_id, user}``: the shape of assigned agent, participants and assignable agents."""

    agent_id: Text = None
    user: UserSummary | None = None


class ChatParticipant(AssignedAgent):
    pass


class AssignableAgent(AssignedAgent):
    status: Text = None


class MessageAgent(WeglyModel):
    """A message's agent, ``{id, user}`` (note: ``id``, not ``agent_id``)."""

    id: Text = None
    user: UserSummary | None = None


class PhoneNumber(WeglyModel):
    id: Text = None
    display_number: Text = None
    raw_number: Text = None
    phone_number_id: Text = None


class Reaction(WeglyModel):
    id: Text = None
    emoji: Text = None
    actor: Text = None
    reactor_wa_id: Text = None
    reactor_user_id: Text = None
    created_at: Timestamp = None


class Media(WeglyModel):
    id: Text = None
    mime_type: Text = None
    file_name: Text = None
    is_downloaded: bool | None = None
    url: Text = None


class Call(WeglyModel):
    id: Text = None
    status: Text = None
    direction: Text = None
    started_at: Timestamp = None
    ended_at: Timestamp = None
    duration_ms: int | None = None
    recording_processed: bool | None = None
    recording_available: bool | None = None
    has_recording: bool | None = None


def _one_or_many(value: object) -> object:
    """Lead sources are documented as an array but are also seen as a single object."""
    if isinstance(value, dict):
        return [value]
    return value


LeadSources = Annotated[
    list[dict[str, Any]] | None, BeforeValidator(at_most), BeforeValidator(_one_or_many)
]


# Lists are read up to MAX_LIST_ITEMS items (core/bounds.at_most): validating a server's
# million-item list would hold the GIL on the worker for seconds and stall the GUI thread.


class Message(WeglyModel):
    id: Text = None
    type: Text = None
    origin: Text = None
    from_me: bool | None = None
    sent_via: Text = None
    status: Text = None
    body_text: Text = None
    content_payload: dict[str, Any] | None = None
    reactions: Annotated[list[Reaction] | None, BeforeValidator(at_most)] = None
    # Kept raw: ISO on some pages, epoch seconds on others. See :attr:`provider_time`.
    meta_timestamp: Text = None
    created_at: Timestamp = None
    is_history: bool | None = None
    history_phase: int | None = None
    history_chunk_order: int | None = None
    history_progress: int | None = None
    is_media_placeholder: bool | None = None
    agent: MessageAgent | None = None
    user: UserSummary | None = None
    media: Media | None = None
    call: Call | None = None
    quoted_message: Message | None = None
    crm_marketing_lead_source: LeadSources = None

    @property
    def provider_time(self) -> datetime | None:
        """``meta_timestamp`` parsed (ISO first, then epoch digits); None when unreadable."""
        try:
            return parse_timestamp(self.meta_timestamp)
        except ValueError:
            return None

    @property
    def sent_at(self) -> datetime | None:
        """Best known time of the message (this endpoint has no ``created_at``)."""
        return self.provider_time or self.created_at


class CrmPersonContact(WeglyModel):
    id: Text = None
    type: int | None = None
    value: Text = None
    primary: bool | None = None


class CrmPersonDocument(WeglyModel):
    id: Text = None
    type: int | None = None
    label: Text = None
    value: Text = None


class CrmPersonAddress(WeglyModel):
    id: Text = None
    status: int | None = None
    type: int | None = None
    name: Text = None
    street: Text = None
    number: Text = None
    complement: Text = None
    district: Text = None
    city: Text = None
    state: Text = None
    postal_code: Text = None


class CrmPerson(WeglyModel):
    id: Text = None
    name: Text = None
    birth_date: BirthDate = None
    gender: int | None = None
    notes: Text = None
    contacts: Annotated[list[CrmPersonContact] | None, BeforeValidator(at_most)] = None
    documents: Annotated[list[CrmPersonDocument] | None, BeforeValidator(at_most)] = None
    address: CrmPersonAddress | None = None


@dataclass(frozen=True)
class ServiceWindow:
    """WhatsApp's 24-hour customer-service window of a chat at a given moment.

    Attributes:
        expires_at: when free-form replies stop being allowed.
        is_open: whether the window is open at ``now``.
        remaining: time left while open, time since closing otherwise (never negative).
        derived: True when computed from ``last_customer_msg_at`` + 24 h.
    """

    expires_at: datetime
    is_open: bool
    remaining: timedelta
    derived: bool


@dataclass(frozen=True)
class ReactionGroup:
    """All reactions with the same emoji: ``👍 3``."""

    emoji: str
    count: int
    reactors: tuple[str, ...]


class ChatDetail(WeglyModel):
    """One chat as returned by ``GET /integrations/external/chats/{id}``."""

    id: Text = None
    wa_contact_id: Text = None
    remote_profile_name: Text = None
    contact_name: Text = None
    contact_number: Text = None
    status: OpenChatStatus = None
    chat_type: OpenChatType = None
    unread_count: int | None = None
    is_manually_unread: bool | None = None
    priority: OpenPriority = None
    archived_at: Timestamp = None
    assigned_agent_id: Text = None
    phone_number: PhoneNumber | None = None
    assigned_agent: AssignedAgent | None = None
    last_message_at: Timestamp = None
    last_message: Message | None = None
    last_customer_msg_at: Timestamp = None
    session_expires_at: Timestamp = None
    created_at: Timestamp = None
    updated_at: Timestamp = None
    crm_person: CrmPerson | None = None
    participants: Annotated[list[ChatParticipant] | None, BeforeValidator(at_most)] = None
    assignable_agents: Annotated[list[AssignableAgent] | None, BeforeValidator(at_most)] = None
    crm_marketing_lead_source: LeadSources = None

    @property
    def display_name(self) -> str:
        """What a person calls this chat: contact name, else profile name, else number."""
        return self.contact_name or self.remote_profile_name or self.contact_number or ""

    def agent_names(self) -> dict[str, str]:
        """Names of staff by agent id and by user id, from every agent list in the chat."""
        names: dict[str, str] = {}
        agents: list[AssignedAgent | MessageAgent] = [
            *(self.assignable_agents or []),
            *(self.participants or []),
        ]
        if self.assigned_agent:
            agents.append(self.assigned_agent)
        if self.last_message and self.last_message.agent:
            agents.append(self.last_message.agent)
        for agent in agents:
            user = agent.user
            if user is None or not user.name:
                continue
            agent_id = agent.agent_id if isinstance(agent, AssignedAgent) else agent.id
            for key in (agent_id, user.id):
                if key:
                    names[key] = user.name
        return names

    def reactor_name(self, reaction: Reaction, names: dict[str, str] | None = None) -> str:
        """Who reacted, in words: an agent's name, the contact's name/number, or an id."""
        names = self.agent_names() if names is None else names
        if reaction.reactor_user_id:
            return names.get(reaction.reactor_user_id, reaction.reactor_user_id)
        wa_id = reaction.reactor_wa_id
        if (wa_id and wa_id == self.wa_contact_id) or (reaction.actor or "").upper() == "CONTACT":
            return self.display_name or wa_id or tr("labels", "customer")
        return wa_id or tr("labels", "unknown")


class TimelineEvent(WeglyModel):
    id: Text = None
    event_type: Text = None
    event_at: Timestamp = None
    message: Message | None = None


class TimelinePage(WeglyModel):
    total: int | None = None
    records: list[TimelineEvent] | None = None


class UnreadSummary(WeglyModel):
    unread_messages_total: int | None = None
    unread_chats_total: int | None = None


# --- lenient parsing -------------------------------------------------------------------------

ModelT = TypeVar("ModelT", bound=WeglyModel)

# Each round removes at least one bad value; a payload with more broken values than this is
# garbage and gets the empty-model fallback instead of an unbounded loop.
_MAX_REPAIR_ROUNDS = 25


@dataclass
class Parsed(Generic[ModelT]):
    """A parsed payload, the raw JSON it came from, and the fields that could not be read.

    Attributes:
        model: the typed model; malformed fields are None.
        raw: the JSON exactly as received (for "Raw JSON" views and ``--json``).
        warnings: one per unreadable value (its path, the reason, and a sentence in words).
    """

    model: ModelT
    raw: dict[str, Any]
    warnings: list[FieldWarning] = field(default_factory=list)


def _locate(data: Any, loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
    """The part of an error location that exists in ``data``.

    Pydantic appends union branch tags (``'enum[ChatStatus]'``, ``'str'``) and model-type names
    to locations; they are not keys of the payload, so the walk stops at the first one.
    """
    path: list[str | int] = []
    node = data
    for part in loc:
        in_dict = isinstance(node, dict) and isinstance(part, str) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if not (in_dict or in_list):
            break
        node = node[part]
        path.append(part)
    return tuple(path)


def _describe(error_type: str, msg: str) -> str:
    # pydantic's messages never include the input value, which may be personal data.
    return msg[0].lower() + msg[1:] if msg else error_type


def parse_lenient(model: type[ModelT], raw: dict[str, Any]) -> Parsed[ModelT]:
    """Validate ``raw`` into ``model``, dropping malformed values instead of failing.

    A bad scalar or object becomes None; a bad list item is removed. Every dropped value is
    reported once in :attr:`Parsed.warnings` by its path, without its (possibly personal) value.
    A big payload is validated without full garbage collections (see
    :func:`core.bounds.kept_out_of_collections`) and its big lists in slices
    (:func:`_parse_in_slices`).
    """
    if list_items(raw) >= BIG_PAYLOAD_ITEMS:
        with kept_out_of_collections():
            return _parse_in_slices(model, raw)
    return _parse_lenient(model, raw)


# pydantic validates a payload in one call that holds the GIL throughout (~40 ms for 10,000
# reactions and 3,000 agents: the window froze that long); a big payload's long lists of
# models are validated in slices of this many items instead, and the GUI thread runs between.
SLICE_ITEMS = 500
# How deep in nested models long lists are looked for (chat -> last message -> reactions;
# timeline event -> message -> reactions).
_SLICE_DEPTH = 3

_FieldPath = tuple[str, ...]


@dataclass(frozen=True)
class _NestedField:
    """A model's field that holds other models: a list of them (``holder``: the model that
    validates one slice of it) or a single one (``model``)."""

    name: str
    holder: type[WeglyModel] | None = None
    model: type[WeglyModel] | None = None
    limit: int | None = None  # the list's items read at most (its ``at_most`` validator)


_nested_fields: dict[type[WeglyModel], tuple[_NestedField, ...]] = {}


def _model_in(annotation: object) -> type[WeglyModel] | None:
    """The model class an annotation names (``Message``, ``Message | None``), else None."""
    if isinstance(annotation, type) and issubclass(annotation, WeglyModel):
        return annotation
    if get_origin(annotation) in (Union, UnionType):
        found = [m for m in map(_model_in, get_args(annotation)) if m is not None]
        return found[0] if len(found) == 1 else None
    return None


def _list_model_in(annotation: object) -> type[WeglyModel] | None:
    """The item model of a list annotation (``list[Reaction] | None``), else None."""
    if get_origin(annotation) is list:
        args = get_args(annotation)
        return _model_in(args[0]) if len(args) == 1 else None
    if get_origin(annotation) in (Union, UnionType):
        found = [m for m in map(_list_model_in, get_args(annotation)) if m is not None]
        return found[0] if len(found) == 1 else None
    return None


def _fields_of(model: type[WeglyModel]) -> tuple[_NestedField, ...]:
    """The fields of ``model`` that hold models, in declaration order (read once from its
    ``model_fields``)."""
    known = _nested_fields.get(model)
    if known is not None:
        return known
    nested: list[_NestedField] = []
    for name, info in model.model_fields.items():
        annotation = info.annotation
        if annotation is None:
            continue
        if _list_model_in(annotation) is not None:
            # The field itself (its validators too: at_most) on a model of its own.
            holder = create_model(
                f"{model.__name__}_{name}_slice", __base__=WeglyModel, items=(annotation, info)
            )
            capped = any(getattr(rule, "func", None) is at_most for rule in info.metadata)
            limit = MAX_LIST_ITEMS if capped else None
            nested.append(_NestedField(name, holder=holder, limit=limit))
            continue
        inner = _model_in(annotation)
        if inner is not None:
            nested.append(_NestedField(name, model=inner))
    known = tuple(nested)
    _nested_fields[model] = known
    return known


def _pull_big_lists(
    model: type[WeglyModel],
    data: dict[str, Any],
    path: _FieldPath,
    depth: int,
    pulled: list[tuple[_FieldPath, type[WeglyModel], list[Any]]],
) -> None:
    """Take the long lists of models out of ``data`` (a copy of the payload's dict at
    ``path``), copying the dicts on the way down so the payload stays as it came."""
    for nested in _fields_of(model):
        value = data.get(nested.name)
        if nested.holder is not None:
            if isinstance(value, list) and len(value) > SLICE_ITEMS:
                data[nested.name] = []
                items = value if nested.limit is None else value[: nested.limit]
                pulled.append(((*path, nested.name), nested.holder, items))
        elif (
            nested.model is not None
            and depth > 1
            and isinstance(value, dict)
            and list_items(value, _SLICE_DEPTH) > SLICE_ITEMS
        ):
            data[nested.name] = child = dict(value)
            _pull_big_lists(nested.model, child, (*path, nested.name), depth - 1, pulled)


def _parse_in_slices(model: type[ModelT], raw: dict[str, Any]) -> Parsed[ModelT]:
    """:func:`_parse_lenient` of ``raw``, its lists of more than :data:`SLICE_ITEMS` models
    (found from the models' fields, down to :data:`_SLICE_DEPTH` nested models) taken out and
    validated in slices: the same items, the same warnings at the same paths."""
    outer = dict(raw)
    pulled: list[tuple[_FieldPath, type[WeglyModel], list[Any]]] = []
    _pull_big_lists(model, outer, (), _SLICE_DEPTH, pulled)
    parsed = _parse_lenient(model, outer)
    if not pulled:
        return Parsed(parsed.model, raw, parsed.warnings)
    warnings = list(parsed.warnings)
    for path, holder, items in pulled:
        target: object = parsed.model
        for key in path[:-1]:
            target = getattr(target, key, None)
        if not isinstance(target, WeglyModel):  # its object could not be read: the list too
            continue
        values: list[Any] = []
        for start in range(0, len(items), SLICE_ITEMS):
            part = _parse_lenient(holder, {"items": items[start : start + SLICE_ITEMS]})
            values.extend(getattr(part.model, "items", None) or [])
            for warning in part.warnings:
                where = warning.path
                if where[:1] == ("items",) and len(where) > 1 and isinstance(where[1], int):
                    where = (*path, start + where[1], *where[2:])
                else:
                    where = path
                warnings.append(FieldWarning(where, warning.detail))
        setattr(target, path[-1], values)
    return Parsed(parsed.model, raw, warnings)


def _parse_lenient(model: type[ModelT], raw: dict[str, Any]) -> Parsed[ModelT]:
    try:
        return Parsed(model.model_validate(raw), raw)
    except ValidationError:
        pass
    warnings: list[FieldWarning] = []
    rounds = _MAX_REPAIR_ROUNDS
    try:
        data = copy.deepcopy(raw)
    except RecursionError:  # nested deeper than the Python stack (json.loads accepts ~1000 levels)
        data, rounds = {}, 0
    for _ in range(rounds):
        try:
            return Parsed(model.model_validate(data), raw, warnings)
        except ValidationError as exc:
            if not _repair(data, exc, warnings):
                break
    warnings.append(FieldWarning((), "the chat could not be read; only its raw JSON is available"))
    return Parsed(model.model_validate({}), raw, warnings)


def _repair(data: dict[str, Any], exc: ValidationError, warnings: list[FieldWarning]) -> bool:
    """Null or remove every value an error points at; False if nothing could be changed."""
    seen: set[tuple[str | int, ...]] = set()
    removals: dict[int, tuple[list[Any], set[int]]] = {}
    changed = False
    for error in exc.errors(include_input=False, include_url=False):
        path = _locate(data, tuple(error["loc"]))
        if not path or path in seen:
            continue
        seen.add(path)
        parent: Any = data
        for part in path[:-1]:
            parent = parent[part]
        last = path[-1]
        if isinstance(parent, list) and isinstance(last, int):
            removals.setdefault(id(parent), (parent, set()))[1].add(last)
        else:
            parent[last] = None
        warnings.append(FieldWarning(path, _describe(error["type"], error["msg"])))
        changed = True
    for items, indexes in removals.values():
        for index in sorted(indexes, reverse=True):
            del items[index]
    return changed


def parse_chat(raw: dict[str, Any]) -> Parsed[ChatDetail]:
    """Parse a chat payload leniently (see :func:`parse_lenient`)."""
    return parse_lenient(ChatDetail, raw)
