"""Realistic pt-BR sample chats shaped like ``ChatDetail`` in ``resources/api/openapi.yaml``.

Every identifier is derived deterministically (fixed UUIDs or ``uuid5`` of a name) so the same
chat, agent and reaction ids come back on every run; only timestamps move, relative to ``now``,
so the 24-hour-window states ("closes in 12 min", "closed 3 days ago") stay true whenever the
samples are built.
"""

from __future__ import annotations

import copy
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any, Final

JSONDict = dict[str, Any]

DEMO_CHAT_IDS: Final[dict[str, str]] = {
    "open_reactions": "d0000000-0000-4000-8000-000000000001",
    "resolved": "d0000000-0000-4000-8000-000000000002",
    "group": "d0000000-0000-4000-8000-000000000003",
    "archived": "d0000000-0000-4000-8000-000000000004",
    "history_import": "d0000000-0000-4000-8000-000000000005",
    "window_closing": "d0000000-0000-4000-8000-000000000006",
    "window_closed_null_expiry": "d0000000-0000-4000-8000-000000000007",
    "no_crm_person": "d0000000-0000-4000-8000-000000000008",
    "many_agents": "d0000000-0000-4000-8000-000000000009",
    "snoozed_urgent": "d0000000-0000-4000-8000-00000000000a",
    "malformed_fields": "d0000000-0000-4000-8000-00000000000b",
}
"""Demo chat name -> fixed lowercase chat UUID served by the contract server."""

DEMO_CHAT_NAMES: Final[dict[str, str]] = {
    "open_reactions": "Maria Aparecida Souza",
    "resolved": "João Pedro Almeida",
    "group": "Equipe Vendas Curitiba",
    "archived": "Fernanda Costa Ribeiro",
    "history_import": "Luiz Henrique Barbosa",
    "window_closing": "Camila Nascimento",
    "window_closed_null_expiry": "Thiago Mendes Carvalho",
    "no_crm_person": "+55 11 91234-5678",
    "many_agents": "Condomínio Edifício Copan",
    "snoozed_urgent": "Roberto Cavalcanti Neto",
    "malformed_fields": "Sandra Regina Pires",
}
"""Demo chat name -> what a person calls it (the sample's contact name), without building the
samples (~70 ms, most of it the 10,000-reaction one) just to list them on the start page."""

ERROR_CHAT_IDS: Final[dict[str, str]] = {
    "unauthorized": "e0000000-0000-4000-8000-000000000401",
    "forbidden_domain": "e0000000-0000-4000-8000-000000000403",
    "not_found": "e0000000-0000-4000-8000-000000000404",
    "rate_limited": "e0000000-0000-4000-8000-000000000429",
    "server_error": "e0000000-0000-4000-8000-000000000500",
    "unavailable": "e0000000-0000-4000-8000-000000000503",
    "slow": "e0000000-0000-4000-8000-000000000030",
    "malformed_json": "e0000000-0000-4000-8000-000000000001",
    "not_object": "e0000000-0000-4000-8000-000000000002",
    "id_mismatch": "e0000000-0000-4000-8000-000000000003",
    "huge_with_length": "e0000000-0000-4000-8000-000000000060",
    "huge_chunked": "e0000000-0000-4000-8000-000000000061",
    "html_error": "e0000000-0000-4000-8000-000000000502",
}
"""Misbehaviour name -> fixed chat UUID whose lookups fail in that way (see ``server.py``)."""

ID_MISMATCH_SERVED_ID: Final = "f0000000-0000-4000-8000-00000000beef"
"""The chat id carried by the body served for ``ERROR_CHAT_IDS["id_mismatch"]``."""

SCHEMA_INVALID_SAMPLES: Final[frozenset[str]] = frozenset({DEMO_CHAT_IDS["malformed_fields"]})
"""Chat ids (keys of ``build_samples``) that break the schema on purpose; skip them in validation."""

# uuid5 namespace for every derived id; changing it would change every sample id.
_NAMESPACE: Final = uuid.UUID("5a1e0000-0000-4000-8000-000000000000")

_AGENT_STATUSES: Final = ("ONLINE", "AWAY", "OFFLINE")


def _uid(*parts: object) -> str:
    """A stable UUID string derived from ``parts``."""
    return str(uuid.uuid5(_NAMESPACE, "/".join(str(part) for part in parts)))


def iso(moment: datetime) -> str:
    """Format ``moment`` as the API does: UTC, millisecond precision, ``Z`` suffix.

    Args:
        moment: An aware datetime (a naive one is taken as UTC).

    Returns:
        For example ``"2026-11-25T19:32:05.123Z"``.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def _user(key: str, name: str, *, avatar: bool = True) -> JSONDict:
    # Avatars are "a URL or empty" in real payloads; both shapes are served.
    return {
        "id": _uid("user", key),
        "name": name,
        "avatar": f"https://cdn.wegly.com.br/avatars/{_uid('avatar', key)}.png" if avatar else "",
    }


def _agent(key: str, name: str, *, avatar: bool = True) -> JSONDict:
    """An ``{agent_id, user}`` record (the shape of assigned agents and participants)."""
    return {"agent_id": _uid("agent", key), "user": _user(key, name, avatar=avatar)}


def _assignable(agent: JSONDict, status: str) -> JSONDict:
    return {"agent_id": agent["agent_id"], "status": status, "user": dict(agent["user"])}


def _message_agent(agent: JSONDict) -> JSONDict:
    """A ``message.agent`` record, which uses ``id`` where other places use ``agent_id``."""
    return {"id": agent["agent_id"], "user": dict(agent["user"])}


# The staff of the demo company. Keys are stable ids; names are what the UI shows.
_STAFF: Final[dict[str, tuple[str, bool, str]]] = {
    "ana": ("Ana Beatriz Lima", True, "ONLINE"),
    "carlos": ("Carlos Eduardo Santos", True, "AWAY"),
    "juliana": ("Juliana Ferreira", False, "OFFLINE"),
    "rafael": ("Rafael Oliveira", True, "ONLINE"),
    "patricia": ("Patrícia Gonçalves", True, "ONLINE"),
    "bruno": ("Bruno Araújo", False, "AWAY"),
}


def _staff(key: str) -> JSONDict:
    name, avatar, _status = _STAFF[key]
    return _agent(key, name, avatar=avatar)


def _staff_assignable() -> list[JSONDict]:
    return [_assignable(_staff(key), status) for key, (_n, _a, status) in _STAFF.items()]


def _phone_line(which: str) -> JSONDict:
    """The company's WhatsApp line a chat arrived on."""
    lines = {
        "sp": ("+55 11 4003-9876", "551140039876", "109876543210987"),
        "sac": ("+55 11 3003-1234", "551130031234", "108765432109876"),
    }
    display, raw, provider_id = lines[which]
    return {
        "id": _uid("phone-line", which),
        "display_number": display,
        "raw_number": raw,
        "phone_number_id": provider_id,
    }


def _reaction(
    key: str,
    emoji: str,
    created_at: datetime,
    *,
    contact_wa_id: str | None = None,
    staff: JSONDict | None = None,
) -> JSONDict:
    """One reaction from the contact (``contact_wa_id``) or from a staff member (``staff``)."""
    return {
        "id": _uid("reaction", key),
        "emoji": emoji,
        "actor": "CONTACT" if staff is None else "AGENT",
        "reactor_wa_id": contact_wa_id if staff is None else None,
        "reactor_user_id": staff["user"]["id"] if staff is not None else None,
        "created_at": iso(created_at),
    }


def _message(
    key: str,
    *,
    body: str | None,
    sent_at: datetime,
    inbound: bool,
    agent: JSONDict | None = None,
    status: str = "read",
    reactions: list[JSONDict] | None = None,
    msg_type: str = "text",
) -> JSONDict:
    """A ``Message`` as ``last_message`` carries it (no ``created_at`` on the chat endpoint)."""
    return {
        "id": _uid("message", key),
        "type": msg_type,
        "origin": "INBOUND" if inbound else "OUTBOUND",
        "from_me": not inbound,
        "sent_via": "CONTACT" if inbound else "AGENT",
        "status": status,
        "body_text": body,
        "content_payload": {"preview_url": False} if body else {},
        "reactions": reactions if reactions is not None else [],
        "meta_timestamp": iso(sent_at),
        "is_history": False,
        "history_phase": None,
        "history_chunk_order": None,
        "history_progress": None,
        "is_media_placeholder": False,
        "agent": _message_agent(agent) if agent is not None else None,
        "user": dict(agent["user"]) if agent is not None else None,
        "media": None,
        "call": None,
        "quoted_message": None,
        "crm_marketing_lead_source": None,
    }


def _crm_person(
    key: str,
    *,
    name: str,
    birth_date: str,
    gender: int,
    notes: str,
    phone: str,
    email: str | None,
    documents: list[tuple[int, str, str]],
    address: tuple[str, str, str | None, str, str, str, str],
) -> JSONDict:
    contacts: list[JSONDict] = [
        {"id": _uid("contact", key, "phone"), "type": 1, "value": phone, "primary": True}
    ]
    if email is not None:
        contacts.append(
            {"id": _uid("contact", key, "email"), "type": 2, "value": email, "primary": False}
        )
    street, number, complement, district, city, state, postal_code = address
    return {
        "id": _uid("crm-person", key),
        "name": name,
        "birth_date": birth_date,
        "gender": gender,
        "notes": notes,
        "contacts": contacts,
        "documents": [
            {"id": _uid("document", key, label), "type": doc_type, "label": label, "value": value}
            for doc_type, label, value in documents
        ],
        "address": {
            "id": _uid("address", key),
            "status": 1,
            "type": 1,
            "name": "Residencial",
            "street": street,
            "number": number,
            "complement": complement,
            "district": district,
            "city": city,
            "state": state,
            "postal_code": postal_code,
        },
    }


def _chat(
    name: str,
    *,
    wa_contact_id: str,
    profile_name: str | None,
    contact_name: str,
    contact_number: str | None,
    status: str,
    priority: int,
    unread_count: int,
    last_message: JSONDict | None,
    last_message_at: datetime,
    last_customer_msg_at: datetime | None,
    session_expires_at: datetime | None,
    created_at: datetime,
    assigned: JSONDict | None,
    crm_person: JSONDict | None,
    participants: list[JSONDict],
    assignable_agents: list[JSONDict],
    chat_type: str = "INDIVIDUAL",
    line: str = "sp",
    archived_at: datetime | None = None,
    is_manually_unread: bool = False,
    lead_source: list[JSONDict] | None = None,
) -> JSONDict:
    """A full ``ChatDetail`` with every documented key present."""
    return {
        "id": DEMO_CHAT_IDS[name],
        "wa_contact_id": wa_contact_id,
        "remote_profile_name": profile_name,
        "contact_name": contact_name,
        "contact_number": contact_number,
        "status": status,
        "chat_type": chat_type,
        "unread_count": unread_count,
        "is_manually_unread": is_manually_unread,
        "priority": priority,
        "archived_at": iso(archived_at) if archived_at is not None else None,
        "assigned_agent_id": assigned["agent_id"] if assigned is not None else None,
        "phone_number": _phone_line(line),
        "assigned_agent": copy.deepcopy(assigned),
        "last_message_at": iso(last_message_at),
        "last_message": last_message,
        "last_customer_msg_at": iso(last_customer_msg_at) if last_customer_msg_at else None,
        "session_expires_at": iso(session_expires_at) if session_expires_at else None,
        "created_at": iso(created_at),
        "updated_at": iso(last_message_at),
        "crm_person": crm_person,
        "participants": participants,
        "assignable_agents": assignable_agents,
        "crm_marketing_lead_source": lead_source,
    }


def _open_reactions(now: datetime) -> JSONDict:
    wa_id = "5511987654321"
    sent = now - timedelta(hours=19)
    ana, carlos, rafael = _staff("ana"), _staff("carlos"), _staff("rafael")
    juliana, patricia, bruno = _staff("juliana"), _staff("patricia"), _staff("bruno")
    # Multi-codepoint emoji on purpose (skin tone, VS16, ZWJ family, flag) and repeats so the
    # reactions panel has to group by the whole grapheme and show counts.
    reactions = [
        _reaction("or-1", "👍🏽", sent + timedelta(minutes=1), contact_wa_id=wa_id),
        _reaction("or-2", "❤️", sent + timedelta(minutes=2), staff=ana),
        _reaction("or-3", "👍🏽", sent + timedelta(minutes=3), staff=carlos),
        _reaction("or-4", "👨‍👩‍👧", sent + timedelta(minutes=4), staff=rafael),
        _reaction("or-5", "🇧🇷", sent + timedelta(minutes=5), staff=juliana),
        _reaction("or-6", "❤️", sent + timedelta(minutes=6), staff=patricia),
        _reaction("or-7", "👍🏽", sent + timedelta(minutes=7), staff=bruno),
    ]
    message = _message(
        "open_reactions/last",
        body="<b>Oi</b> tudo bem? <script>alert(1)</script> 😀 Gostaria de saber o prazo de entrega do pedido nº 10.482, por favor.",
        sent_at=sent,
        inbound=True,
        reactions=reactions,
    )
    message["crm_marketing_lead_source"] = [{"source": "facebook_ads"}]
    person = _crm_person(
        "maria",
        name="Maria Aparecida Souza",
        birth_date="1985-03-14",
        gender=2,
        notes="Cliente desde 2019. Prefere contato pelo WhatsApp à tarde; não ligar antes das 10h.",
        phone="+55 11 98765-4321",
        email="maria.souza@exemplo.com.br",
        documents=[
            (1, "CPF", "123.456.789-09"),
            (2, "CNPJ", "12.345.678/0001-95"),
            (3, "RG", "12.345.678-9"),
        ],
        address=(
            "Avenida Paulista",
            "1578",
            "Apto 82, Bloco B",
            "Bela Vista",
            "São Paulo",
            "SP",
            "01310-200",
        ),
    )
    return _chat(
        "open_reactions",
        wa_contact_id=wa_id,
        profile_name="Maria Souza 🌻",
        contact_name="Maria Aparecida Souza",
        contact_number="+55 11 98765-4321",
        status="OPEN",
        priority=2,
        unread_count=3,
        last_message=message,
        last_message_at=sent,
        last_customer_msg_at=sent,
        session_expires_at=sent + timedelta(hours=24),
        created_at=now - timedelta(days=412),
        assigned=ana,
        crm_person=person,
        participants=[ana, carlos, rafael, juliana, patricia, bruno],
        assignable_agents=_staff_assignable(),
        lead_source=[
            {"source": "facebook_ads", "campaign": "Black Friday 2026", "ad_id": "120210000000"}
        ],
    )


def _resolved(now: datetime) -> JSONDict:
    carlos = _staff("carlos")
    last_inbound = now - timedelta(days=4)
    sent = last_inbound + timedelta(minutes=35)
    message = _message(
        "resolved/last",
        body="Obrigado pelo contato, João! Seu pedido nº 4821 já foi entregue. Qualquer dúvida é só chamar. 😊",
        sent_at=sent,
        inbound=False,
        agent=carlos,
        status="read",
        reactions=[
            _reaction("res-1", "🙏", sent + timedelta(minutes=2), contact_wa_id="5581998765432")
        ],
    )
    person = _crm_person(
        "joao",
        name="João Pedro Almeida",
        birth_date="1992-07-21",
        gender=1,
        notes="Comprou geladeira em 2025. Garantia estendida até 2027.",
        phone="+55 81 99876-5432",
        email="joao.almeida@exemplo.com.br",
        documents=[(1, "CPF", "987.654.321-00")],
        address=(
            "Rua da Aurora",
            "325",
            None,
            "Boa Vista",
            "Recife",
            "PE",
            "50050-000",
        ),
    )
    return _chat(
        "resolved",
        wa_contact_id="5581998765432",
        profile_name="João Pedro",
        contact_name="João Pedro Almeida",
        contact_number="+55 81 99876-5432",
        status="RESOLVED",
        priority=1,
        unread_count=0,
        last_message=message,
        last_message_at=sent,
        last_customer_msg_at=last_inbound,
        session_expires_at=last_inbound + timedelta(hours=24),
        created_at=now - timedelta(days=30),
        assigned=carlos,
        crm_person=person,
        participants=[carlos],
        assignable_agents=_staff_assignable(),
        line="sac",
        lead_source=[{"source": "google_ads", "campaign": "Eletrodomésticos Nordeste"}],
    )


def _group(now: datetime) -> JSONDict:
    members = [_staff(key) for key in ("ana", "carlos", "juliana", "rafael", "patricia")]
    sent = now - timedelta(hours=2, minutes=7)
    message = _message(
        "group/last",
        body="Pessoal, a reunião de amanhã foi remarcada para 14h 📅 Levem os números de outubro.",
        sent_at=sent,
        inbound=True,
        reactions=[
            _reaction("grp-1", "👍", sent + timedelta(minutes=1), staff=members[0]),
            _reaction("grp-2", "👍", sent + timedelta(minutes=3), staff=members[1]),
            _reaction("grp-3", "😅", sent + timedelta(minutes=4), staff=members[3]),
        ],
    )
    person = _crm_person(
        "equipe-curitiba",
        name="Equipe Vendas Curitiba",
        birth_date="2020-01-15",
        gender=0,
        notes="Grupo interno da filial de Curitiba.",
        phone="+55 41 3333-2211",
        email="vendas.curitiba@exemplo.com.br",
        documents=[(2, "CNPJ", "98.765.432/0001-10")],
        address=(
            "Rua XV de Novembro",
            "700",
            "Sala 1203",
            "Centro",
            "Curitiba",
            "PR",
            "80020-310",
        ),
    )
    return _chat(
        "group",
        wa_contact_id="120363025246125486",
        profile_name="Equipe Vendas Curitiba 🛒",
        contact_name="Equipe Vendas Curitiba",
        contact_number=None,
        status="OPEN",
        priority=1,
        unread_count=12,
        last_message=message,
        last_message_at=sent,
        last_customer_msg_at=sent,
        session_expires_at=sent + timedelta(hours=24),
        created_at=now - timedelta(days=200),
        assigned=members[2],
        crm_person=person,
        participants=members,
        assignable_agents=_staff_assignable(),
        chat_type="GROUP",
        lead_source=None,
    )


def _archived(now: datetime) -> JSONDict:
    juliana = _staff("juliana")
    last_inbound = now - timedelta(days=12)
    sent = last_inbound + timedelta(hours=1)
    message = _message(
        "archived/last",
        body="Perfeito, Fernanda! Cancelamento confirmado. O estorno aparece em até 2 faturas.",
        sent_at=sent,
        inbound=False,
        agent=juliana,
    )
    person = _crm_person(
        "fernanda",
        name="Fernanda Costa Ribeiro",
        birth_date="1978-11-02",
        gender=2,
        notes="Pediu cancelamento da assinatura. Não oferecer retenção novamente.",
        phone="+55 41 99123-4567",
        email="fernanda.ribeiro@exemplo.com.br",
        documents=[(1, "CPF", "111.444.777-35")],
        address=(
            "Rua Padre Anchieta",
            "2050",
            "Casa 3",
            "Bigorrilho",
            "Curitiba",
            "PR",
            "80730-000",
        ),
    )
    return _chat(
        "archived",
        wa_contact_id="5541991234567",
        profile_name="Fê Ribeiro",
        contact_name="Fernanda Costa Ribeiro",
        contact_number="+55 41 99123-4567",
        status="RESOLVED",
        priority=0,
        unread_count=0,
        last_message=message,
        last_message_at=sent,
        last_customer_msg_at=last_inbound,
        session_expires_at=last_inbound + timedelta(hours=24),
        created_at=now - timedelta(days=90),
        assigned=juliana,
        crm_person=person,
        participants=[juliana],
        assignable_agents=_staff_assignable(),
        archived_at=now - timedelta(days=10),
        lead_source=None,
    )


def _history_import(now: datetime) -> JSONDict:
    rafael = _staff("rafael")
    imported_sent = now - timedelta(days=35)
    message = _message(
        "history_import/last",
        body="Bom dia! Vocês ainda têm o sofá retrátil cinza em estoque? 🛋️",
        sent_at=imported_sent,
        inbound=True,
        status="sent",
    )
    # WhatsApp's own history sync stamps messages with epoch seconds as text.
    message.update(
        {
            "meta_timestamp": str(int(imported_sent.timestamp())),
            "is_history": True,
            "history_phase": 1,
            "history_chunk_order": 3,
            "history_progress": 42,
        }
    )
    person = _crm_person(
        "luiz",
        name="Luiz Henrique Barbosa",
        birth_date="1969-05-30",
        gender=1,
        notes="Contato importado do WhatsApp Business (coexistência).",
        phone="+55 11 97654-3210",
        email=None,
        documents=[],
        address=(
            "Rua Augusta",
            "2690",
            None,
            "Jardins",
            "São Paulo",
            "SP",
            "01412-100",
        ),
    )
    return _chat(
        "history_import",
        wa_contact_id="5511976543210",
        profile_name="Luiz H.",
        contact_name="Luiz Henrique Barbosa",
        contact_number="+55 11 97654-3210",
        status="OPEN",
        priority=0,
        unread_count=1,
        last_message=message,
        last_message_at=imported_sent,
        last_customer_msg_at=imported_sent,
        session_expires_at=imported_sent + timedelta(hours=24),
        created_at=now - timedelta(hours=1),
        assigned=rafael,
        crm_person=person,
        participants=[rafael],
        assignable_agents=_staff_assignable(),
        lead_source=None,
    )


def _window_closing(now: datetime) -> JSONDict:
    patricia = _staff("patricia")
    last_inbound = now - timedelta(hours=23, minutes=48)
    message = _message(
        "window_closing/last",
        body="Pode me mandar o boleto atualizado? Vence hoje 😬",
        sent_at=last_inbound,
        inbound=True,
        status="delivered",
    )
    person = _crm_person(
        "camila",
        name="Camila Nascimento",
        birth_date="1996-09-09",
        gender=2,
        notes="Parcelamento em 10x; boleto vence todo dia 25.",
        phone="+55 81 98888-7766",
        email="camila.nascimento@exemplo.com.br",
        documents=[(1, "CPF", "529.982.247-25")],
        address=(
            "Avenida Boa Viagem",
            "4100",
            "Apto 1501",
            "Boa Viagem",
            "Recife",
            "PE",
            "51021-000",
        ),
    )
    return _chat(
        "window_closing",
        wa_contact_id="5581988887766",
        profile_name="Camila N.",
        contact_name="Camila Nascimento",
        contact_number="+55 81 98888-7766",
        status="OPEN",
        priority=2,
        unread_count=2,
        last_message=message,
        last_message_at=last_inbound,
        last_customer_msg_at=last_inbound,
        session_expires_at=now + timedelta(minutes=12),
        created_at=now - timedelta(days=3),
        assigned=patricia,
        crm_person=person,
        participants=[patricia],
        assignable_agents=_staff_assignable(),
        lead_source=[{"source": "instagram", "campaign": "Parcelamento sem juros"}],
    )


def _window_closed_null_expiry(now: datetime) -> JSONDict:
    bruno = _staff("bruno")
    last_inbound = now - timedelta(days=2)
    sent = last_inbound + timedelta(minutes=4)
    message = _message(
        "window_closed_null_expiry/last",
        body="Olá, Thiago! Segue o orçamento solicitado. Fico à disposição.",
        sent_at=sent,
        inbound=False,
        agent=bruno,
        status="delivered",
    )
    person = _crm_person(
        "thiago",
        name="Thiago Mendes Carvalho",
        birth_date="1988-12-01",
        gender=1,
        notes="Orçamento de reforma de cozinha.",
        phone="+55 41 98765-1234",
        email="thiago.carvalho@exemplo.com.br",
        documents=[(1, "CPF", "390.533.447-05")],
        address=(
            "Rua Marechal Deodoro",
            "1200",
            None,
            "Centro",
            "Curitiba",
            "PR",
            "80060-010",
        ),
    )
    return _chat(
        "window_closed_null_expiry",
        wa_contact_id="5541987651234",
        profile_name="Thiago Carvalho",
        contact_name="Thiago Mendes Carvalho",
        contact_number="+55 41 98765-1234",
        status="OPEN",
        priority=1,
        unread_count=0,
        last_message=message,
        last_message_at=sent,
        last_customer_msg_at=last_inbound,
        session_expires_at=None,
        created_at=now - timedelta(days=5),
        assigned=bruno,
        crm_person=person,
        participants=[bruno],
        assignable_agents=_staff_assignable(),
        lead_source=None,
    )


def _no_crm_person(now: datetime) -> JSONDict:
    sent = now - timedelta(minutes=42)
    message = _message(
        "no_crm_person/last",
        body=None,
        sent_at=sent,
        inbound=True,
        status="delivered",
        msg_type="image",
    )
    message.update(
        {
            "is_media_placeholder": True,
            "media": {
                "id": _uid("media", "no_crm_person/last"),
                "mime_type": "image/jpeg",
                "file_name": "IMG-20261120-WA0007.jpg",
                "is_downloaded": False,
                "url": None,
            },
        }
    )
    return _chat(
        "no_crm_person",
        wa_contact_id="5511912345678",
        profile_name="~ Sem nome",
        contact_name="+55 11 91234-5678",
        contact_number="+55 11 91234-5678",
        status="OPEN",
        priority=0,
        unread_count=1,
        last_message=message,
        last_message_at=sent,
        last_customer_msg_at=sent,
        session_expires_at=sent + timedelta(hours=24),
        created_at=sent,
        assigned=None,
        crm_person=None,
        participants=[],
        assignable_agents=_staff_assignable(),
        is_manually_unread=True,
        lead_source=None,
    )


_FIRST_NAMES: Final = (
    "Ana", "Bruno", "Camila", "Diego", "Eduarda", "Felipe", "Gabriela", "Heitor", "Isabela",
    "João", "Larissa", "Matheus", "Natália", "Otávio", "Paula", "Rodrigo", "Sabrina", "Tiago",
    "Vitória", "Wesley",
)  # fmt: skip
_LAST_NAMES: Final = (
    "Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima",
    "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Araújo", "Melo", "Barbosa", "Rocha",
    "Dias", "Nascimento", "Conceição", "Simões", "Brandão", "Ávila",
)  # fmt: skip
_MANY_EMOJI: Final = ("👍", "❤️", "😂", "😮", "😢", "🙏", "👍🏽", "🇧🇷", "👨‍👩‍👧", "🔥", "🎉", "👏🏿")


def _many_agents(now: datetime) -> JSONDict:
    # Plain string formatting instead of uuid5/uuid.UUID: 16,000 ids in a few milliseconds.
    # The fixed "4000-8000" middle keeps them valid version-4 UUIDs.
    def fast_id(kind: int, index: int) -> str:
        return f"a9e0{kind:04x}-0000-4000-8000-{index:012x}"

    agents: list[JSONDict] = []
    for index in range(3000):
        first = _FIRST_NAMES[index % len(_FIRST_NAMES)]
        last = _LAST_NAMES[(index // len(_FIRST_NAMES)) % len(_LAST_NAMES)]
        user_id = fast_id(1, index)
        agents.append(
            {
                "agent_id": fast_id(2, index),
                "status": _AGENT_STATUSES[index % 3],
                "user": {
                    "id": user_id,
                    "name": f"{first} {last} {index // 480 + 1:02d}",
                    "avatar": ""
                    if index % 4
                    else f"https://cdn.wegly.com.br/avatars/{user_id}.png",
                },
            }
        )
    participants = [
        {"agent_id": agent["agent_id"], "user": dict(agent["user"])} for agent in agents[:50]
    ]
    sent = now - timedelta(hours=6)
    sent_ms = iso(sent)
    wa_id = "5511955554444"
    reactions: list[JSONDict] = []
    for index in range(10_000):
        from_contact = index % 97 == 0
        reactions.append(
            {
                "id": fast_id(3, index),
                "emoji": _MANY_EMOJI[(index * 7 + index // 13) % len(_MANY_EMOJI)],
                "actor": "CONTACT" if from_contact else "AGENT",
                "reactor_wa_id": wa_id if from_contact else None,
                "reactor_user_id": None if from_contact else agents[index % 3000]["user"]["id"],
                # One shared timestamp string: formatting 10,000 distinct ones is the slow part.
                "created_at": sent_ms,
            }
        )
    ana = _staff("ana")
    message = _message(
        "many_agents/last",
        body="📣 Comunicado geral: a Black Friday começa à meia-noite! Reajam para confirmar a leitura.",
        sent_at=sent,
        inbound=False,
        agent=ana,
        reactions=reactions,
    )
    person = _crm_person(
        "condominio",
        name="Condomínio Edifício Copan",
        birth_date="1966-01-01",
        gender=0,
        notes="Canal de avisos com 3 mil atendentes; use para testes de volume.",
        phone="+55 11 95555-4444",
        email="sindico@copan.exemplo.com.br",
        documents=[(2, "CNPJ", "11.222.333/0001-81")],
        address=(
            "Avenida Ipiranga",
            "200",
            None,
            "República",
            "São Paulo",
            "SP",
            "01046-010",
        ),
    )
    return _chat(
        "many_agents",
        wa_contact_id=wa_id,
        profile_name="Avisos Copan",
        contact_name="Condomínio Edifício Copan",
        contact_number="+55 11 95555-4444",
        status="OPEN",
        priority=1,
        unread_count=57,
        last_message=message,
        last_message_at=sent,
        last_customer_msg_at=now - timedelta(hours=7),
        session_expires_at=now + timedelta(hours=17),
        created_at=now - timedelta(days=700),
        assigned=ana,
        crm_person=person,
        participants=participants,
        assignable_agents=agents,
        lead_source=[{"source": "organic"}, {"source": "indicação", "by": "síndico"}],
    )


def _snoozed_urgent(now: datetime) -> JSONDict:
    rafael = _staff("rafael")
    quoted_at = now - timedelta(minutes=20)
    sent = now - timedelta(minutes=3)
    quoted = _message(
        "snoozed_urgent/quoted",
        body="Preciso falar com alguém URGENTE, meu cartão foi clonado!!! 😡",
        sent_at=quoted_at,
        inbound=True,
    )
    quoted["created_at"] = iso(quoted_at)
    message = _message(
        "snoozed_urgent/last",
        body="Chamada de voz recebida — retornando em instantes.",
        sent_at=sent,
        inbound=True,
        status="processing",
        msg_type="call",
    )
    message["quoted_message"] = quoted
    message["call"] = {
        "id": _uid("call", "snoozed_urgent"),
        "status": "COMPLETED",
        "direction": "INBOUND",
        "started_at": iso(sent - timedelta(minutes=3, seconds=5)),
        "ended_at": iso(sent),
        "duration_ms": 185_000,
        "recording_processed": True,
        "recording_available": True,
        "has_recording": True,
    }
    person = _crm_person(
        "roberto",
        name="Roberto Cavalcanti Neto",
        birth_date="1955-04-18",
        gender=1,
        notes="Cliente VIP. Suspeita de fraude no cartão final 4432.",
        phone="+55 81 99654-3210",
        email="roberto.neto@exemplo.com.br",
        documents=[(1, "CPF", "071.998.350-60"), (3, "RG", "4.567.890")],
        address=(
            "Rua do Bom Jesus",
            "183",
            None,
            "Recife Antigo",
            "Recife",
            "PE",
            "50030-170",
        ),
    )
    return _chat(
        "snoozed_urgent",
        wa_contact_id="5581996543210",
        profile_name="Roberto Neto",
        contact_name="Roberto Cavalcanti Neto",
        contact_number="+55 81 99654-3210",
        status="SNOOZED",
        priority=3,
        unread_count=4,
        last_message=message,
        last_message_at=sent,
        last_customer_msg_at=sent,
        session_expires_at=sent + timedelta(hours=24),
        created_at=now - timedelta(days=1500),
        assigned=rafael,
        crm_person=person,
        participants=[rafael, _staff("ana")],
        assignable_agents=_staff_assignable(),
        line="sac",
        lead_source=None,
    )


def _malformed_fields(now: datetime) -> JSONDict:
    """A chat with a few wrongly typed fields: the rest must still be shown."""
    chat = _open_reactions(now)
    chat["id"] = DEMO_CHAT_IDS["malformed_fields"]
    chat["contact_name"] = "Sandra Regina Pires"
    chat["remote_profile_name"] = "Sandra 🌵"
    chat["unread_count"] = "many"
    chat["priority"] = 7
    chat["status"] = "PENDING_NEW"  # unknown enum value: clients show it verbatim
    chat["crm_person"]["name"] = "Sandra Regina Pires"
    chat["crm_person"]["documents"][0] = "oops"
    chat["last_message"]["reactions"][1]["created_at"] = "not a date"
    chat["last_message"]["meta_timestamp"] = "1732540800"
    # Fresh ids so this chat's message, reactions and person don't collide with open_reactions.
    chat["last_message"]["id"] = _uid("message", "malformed_fields/last")
    for index, reaction in enumerate(chat["last_message"]["reactions"]):
        reaction["id"] = _uid("reaction", "malformed", index)
    chat["crm_person"]["id"] = _uid("crm-person", "sandra")
    return chat


def build_samples(now: datetime) -> dict[str, JSONDict]:
    """Build every demo chat, keyed by chat id (the values of ``DEMO_CHAT_IDS``).

    Args:
        now: Reference time; windows, ages and expiries are relative to it. A naive datetime is
            taken as UTC.

    Returns:
        Fresh, independent dicts (callers may mutate them).
    """
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    builders = (
        _open_reactions,
        _resolved,
        _group,
        _archived,
        _history_import,
        _window_closing,
        _window_closed_null_expiry,
        _no_crm_person,
        _many_agents,
        _snoozed_urgent,
        _malformed_fields,
    )
    samples: dict[str, JSONDict] = {}
    for build in builders:
        chat = build(now)
        samples[chat["id"]] = chat
    return samples


def build_timeline(chat: JSONDict, *, extra_total: int = 37) -> JSONDict:
    """A ``TimelinePage`` for ``chat``: a few earlier messages, then its ``last_message``.

    Args:
        chat: A chat as built by ``build_samples`` (or set by a test).
        extra_total: How many more records ``total`` claims than the page holds, so clients
            exercise "N of total".

    Returns:
        ``{"total": ..., "records": [...]}`` with ``MESSAGE`` events, oldest first.
    """
    chat_id = str(chat.get("id"))
    last = chat.get("last_message")
    end = _parse_iso(chat.get("last_message_at")) or datetime(2026, 1, 1, tzinfo=UTC)
    assigned = chat.get("assigned_agent")
    # Tests may set chats with partial agents; only a complete {agent_id, user} is reused.
    agent = (
        assigned if isinstance(assigned, dict) and isinstance(assigned.get("user"), dict) else None
    )
    script = (
        (True, "Olá, boa tarde!"),
        (False, "Boa tarde! Aqui é da Wegly, em que posso ajudar? 🙂"),
        (True, "Queria tirar uma dúvida sobre meu último pedido."),
        (False, "Claro! Pode me passar o número do pedido, por favor?"),
    )
    records: list[JSONDict] = []
    for index, (inbound, body) in enumerate(script):
        sent_at = end - timedelta(minutes=10 * (len(script) - index))
        message = _message(
            f"{chat_id}/timeline/{index}",
            body=body,
            sent_at=sent_at,
            inbound=inbound,
            agent=None if inbound else agent,
        )
        message["created_at"] = iso(sent_at)
        records.append(_event(chat_id, index, sent_at, message))
    if isinstance(last, dict):
        message = copy.deepcopy(last)
        message.setdefault("created_at", iso(end))
        records.append(_event(chat_id, len(script), end, message))
    return {"total": len(records) + extra_total, "records": records}


def _event(chat_id: str, index: int, at: datetime, message: JSONDict) -> JSONDict:
    return {
        "id": _uid("event", chat_id, index),
        "event_type": "MESSAGE",
        "event_at": iso(at),
        "message": message,
    }


def _parse_iso(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
