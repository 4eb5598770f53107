"""Realistic pt-BR conversations (timelines) for the sample chats, and how they are paged.

Every sample chat gets a conversation that ends with its own ``last_message`` (same id, same
reactions): replies quoting earlier messages, reactions from the customer and from staff, calls,
media placeholders, imported history, and a ``TRANSFER`` event (an event type the spec does not
list: clients must show it as a neutral line). ``long_conversation`` has 5,000 messages.

Paging (our choice; the API's real parameters are undocumented): ``limit`` (default
:data:`DEFAULT_LIMIT`, at most :data:`MAX_LIMIT`) and ``offset`` counted from the newest record,
so offset 0 is the latest page. Pages are served newest first, which is not the order a client
must show them in.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Final

from wegly_viewer.devserver.samples import (
    DEMO_CHAT_IDS,
    JSONDict,
    _message,
    _reaction,
    _staff,
    _uid,
    build_samples,
    iso,
)

DEFAULT_LIMIT: Final = 50
MAX_LIMIT: Final = 5_000
LONG_CONVERSATION_SIZE: Final = 5_000

TIMELINE_CHAT_IDS: Final[dict[str, str]] = {
    "long_conversation": "d1000000-0000-4000-8000-000000005000",
    "timeline_not_found": "d1000000-0000-4000-8000-000000000404",
    "timeline_server_error": "d1000000-0000-4000-8000-000000000500",
    "timeline_slow": "d1000000-0000-4000-8000-000000000030",
    "timeline_malformed": "d1000000-0000-4000-8000-000000000001",
    "timeline_paging_ignored": "d1000000-0000-4000-8000-000000000002",
}
"""Chats whose detail loads normally but whose timeline is special: 5,000 messages, or one of
the timeline error modes (404, 500, slow, broken JSON, a server that ignores paging)."""

PAGING_IGNORED_TOTAL: Final = 230
"""The ``total`` the paging-ignoring timeline claims while always sending the same 50 records."""


@dataclass
class _Script:
    """Builds a conversation oldest first; ``at`` values are minutes before the last message."""

    chat: JSONDict
    end: datetime
    records: list[JSONDict] = field(default_factory=list)

    @property
    def wa_id(self) -> str:
        return str(self.chat.get("wa_contact_id") or "")

    def _key(self) -> str:
        return f"{self.chat['id']}/conversa/{len(self.records)}"

    def message(
        self,
        minutes_before: float,
        body: str | None,
        *,
        staff: str | None = None,
        member: str | None = None,
        status: str = "read",
        reactions: list[tuple[str, str | None, int]] | None = None,
        quote: JSONDict | None = None,
        msg_type: str = "text",
    ) -> JSONDict:
        """Add a message; ``reactions`` are ``(emoji, staff key or None for the contact,
        minutes after the message)``. Returns the message (to quote it later)."""
        at = self.end - timedelta(minutes=minutes_before)
        key = self._key()
        agent = _staff(staff) if staff else None
        message = _message(
            key,
            body=body,
            sent_at=at,
            inbound=staff is None,
            agent=agent,
            status=status,
            msg_type=msg_type,
            reactions=[
                _reaction(
                    f"{key}/{index}",
                    emoji,
                    at + timedelta(minutes=after),
                    contact_wa_id=self.wa_id if who is None else None,
                    staff=_staff(who) if who is not None else None,
                )
                for index, (emoji, who, after) in enumerate(reactions or [])
            ],
        )
        if member is not None:  # a group member writes: the message names the person
            message["user"] = _staff(member)["user"]
        message["created_at"] = iso(at + timedelta(seconds=1))
        if quote is not None:
            message["quoted_message"] = _quoted(quote)
        self.records.append(_message_event(key, at, message))
        return message

    def media(
        self, minutes_before: float, file_name: str, mime: str, *, staff: str | None = None
    ) -> JSONDict:
        kind = (
            mime.split("/")[0] if mime.split("/")[0] in ("image", "audio", "video") else "document"
        )
        message = self.message(minutes_before, None, staff=staff, msg_type=kind, status="delivered")
        message["is_media_placeholder"] = True
        message["media"] = {
            "id": _uid("media", self._key()),
            "mime_type": mime,
            "file_name": file_name,
            "is_downloaded": False,
            "url": None,
        }
        return message

    def call(self, minutes_before: float, *, inbound: bool, seconds: int) -> JSONDict:
        at = self.end - timedelta(minutes=minutes_before)
        message = self.message(
            minutes_before, None, staff=None if inbound else "ana", msg_type="call"
        )
        message["call"] = {
            "id": _uid("call", self._key()),
            "status": "COMPLETED",
            "direction": "INBOUND" if inbound else "OUTBOUND",
            "started_at": iso(at),
            "ended_at": iso(at + timedelta(seconds=seconds)),
            "duration_ms": seconds * 1000,
            "recording_processed": False,
            "recording_available": False,
            "has_recording": False,
        }
        return message

    def history(self, days_before: float, body: str, *, inbound: bool = True) -> JSONDict:
        """A message imported from the WhatsApp Business app: its event is the import (recent),
        its ``meta_timestamp`` (epoch seconds, as WhatsApp sends it) the original time."""
        original = self.end - timedelta(days=days_before)
        message = self.message(0, body, staff=None if inbound else "rafael", status="sent")
        message.update(
            {
                "meta_timestamp": str(int(original.timestamp())),
                "created_at": iso(self.end - timedelta(minutes=30)),
                "is_history": True,
                "history_phase": 1,
                "history_chunk_order": 3,
                "history_progress": 42,
            }
        )
        # The event is stamped when the import ran, not when the message was written.
        self.records[-1]["event_at"] = iso(self.end - timedelta(minutes=30))
        return message

    def transfer(self, minutes_before: float, from_staff: str, to_staff: str) -> None:
        at = self.end - timedelta(minutes=minutes_before)
        self.records.append(
            {
                "id": _uid("event", self._key()),
                "event_type": "TRANSFER",
                "event_at": iso(at),
                "message": None,
                "from_agent": _staff(from_staff)["user"]["name"],
                "to_agent": _staff(to_staff)["user"]["name"],
            }
        )

    def last(self) -> None:
        """End with the chat's own ``last_message`` (same id and reactions as the chat)."""
        last = self.chat.get("last_message")
        if isinstance(last, dict):
            message = copy.deepcopy(last)
            message.setdefault("created_at", iso(self.end))
            self.records.append(_message_event(f"{self.chat['id']}/last", self.end, message))


def _quoted(message: JSONDict) -> JSONDict:
    quoted = copy.deepcopy(message)
    quoted["quoted_message"] = None
    quoted["reactions"] = []
    return quoted


def _message_event(key: str, at: datetime, message: JSONDict) -> JSONDict:
    return {
        "id": _uid("event", key),
        "event_type": "MESSAGE",
        "event_at": iso(at),
        "message": message,
    }


def _end_of(chat: JSONDict) -> datetime:
    value = chat.get("last_message_at")
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        except ValueError:
            pass
    return datetime(2026, 1, 1, tzinfo=UTC)


def _open_reactions(s: _Script) -> None:
    day = 60 * 24
    s.history(40, "Oi! Vocês entregam em Guarulhos? Vi o anúncio no Instagram.")
    s.history(39.9, "Entregamos sim, Maria! Frete grátis acima de R$ 199.", inbound=False)
    s.message(
        2 * day + 95, "Boa tarde! Fiz um pedido na Black Friday e ainda não recebi o rastreio."
    )
    ask = s.message(
        2 * day + 90,
        "Boa tarde, Maria! Aqui é a Ana. Pode me passar o número do pedido, por favor?",
        staff="ana",
        reactions=[("🙏", None, 1)],
    )
    number = s.message(2 * day + 85, "É o 10.482", quote=ask)
    s.message(
        2 * day + 80,
        "Obrigada! O pedido 10.482 foi separado hoje e sai para entrega amanhã. 🚚",
        staff="ana",
        quote=number,
        reactions=[("👍", None, 2), ("❤️", "carlos", 5)],
    )
    s.message(2 * day + 70, "Se precisar, meu CPF é 123.456.789-09")
    s.media(2 * day + 60, "comprovante-pix-10482.pdf", "application/pdf")
    s.message(2 * day + 55, "Recebi o comprovante, está tudo certo ✅", staff="ana")
    s.transfer(day + 240, "ana", "carlos")
    s.message(day + 230, "Oi Maria, aqui é o Carlos, vou acompanhar sua entrega.", staff="carlos")
    s.call(day + 200, inbound=True, seconds=185)
    s.message(
        day + 190,
        "Como combinamos por telefone: se não chegar até sexta, reenviamos sem custo.",
        staff="carlos",
        reactions=[("👍🏽", None, 3)],
    )
    s.transfer(90, "carlos", "ana")
    s.message(
        60, "<b>Importante</b>: o entregador passa entre 8h e 12h.", staff="ana", status="delivered"
    )
    s.last()


def _resolved(s: _Script) -> None:
    s.message(40, "Oi, meu pedido 4821 chegou? O rastreio parou em Recife.")
    ask = s.message(
        36,
        "Olá, João! Vou consultar a transportadora. Rastreio: https://rastreio.exemplo.com.br/4821.",
        staff="carlos",
    )
    s.media(20, "IMG-20261121-WA0003.jpg", "image/jpeg")
    s.message(
        10, "Recebi a geladeira agora, obrigado! 🙌", quote=ask, reactions=[("🎉", "carlos", 1)]
    )
    s.last()


def _group(s: _Script) -> None:
    s.message(180, "Bom dia, equipe! Alguém fechou a meta de ontem?", member="ana")
    meta = s.message(
        170,
        "Fechei 12 vendas 💪",
        member="carlos",
        reactions=[("🔥", "ana", 1), ("👏🏿", "rafael", 2)],
    )
    s.message(160, "Parabéns, Carlos!", member="patricia", quote=meta)
    s.media(90, "relatorio-outubro.xlsx", "application/vnd.ms-excel")
    s.last()


def _history_import(s: _Script) -> None:
    s.history(80, "Olá, vocês têm sofá retrátil?")
    s.history(79.9, "Temos sim! Cinza, bege e azul.", inbound=False)
    s.history(60, "Qual o prazo de entrega para São Paulo?")
    s.history(59.8, "Até 7 dias úteis.", inbound=False)
    s.last()


def _no_crm_person(s: _Script) -> None:
    s.message(5, "Oi")
    s.message(3, "Mandei a foto do produto com defeito")
    s.last()


def _snoozed_urgent(s: _Script) -> None:
    first = s.message(20, "Preciso falar com alguém URGENTE, meu cartão foi clonado!!! 😡")
    s.message(15, "Sr. Roberto, estou bloqueando o cartão agora.", staff="rafael", quote=first)
    s.call(10, inbound=False, seconds=312)
    s.last()


def _generic(s: _Script) -> None:
    s.message(50, "Olá, boa tarde!")
    hello = s.message(45, "Boa tarde! Em que posso ajudar? 🙂", staff="ana")
    s.message(40, "Queria tirar uma dúvida sobre meu último pedido.", quote=hello)
    s.message(
        35,
        "Claro! Pode me passar o número do pedido, por favor?",
        staff="ana",
        reactions=[("👍", None, 1)],
    )
    s.last()


_SCRIPTS: Final = {
    DEMO_CHAT_IDS["open_reactions"]: _open_reactions,
    DEMO_CHAT_IDS["resolved"]: _resolved,
    DEMO_CHAT_IDS["group"]: _group,
    DEMO_CHAT_IDS["history_import"]: _history_import,
    DEMO_CHAT_IDS["no_crm_person"]: _no_crm_person,
    DEMO_CHAT_IDS["snoozed_urgent"]: _snoozed_urgent,
}

_LONG_LINES: Final = (
    "Bom dia! Chegou mais um lote de pedidos para conferência.",
    "Pedido {n} conferido, pode seguir para a expedição.",
    "Alguém sabe se o caminhão das 14h já saiu?",
    "Saiu sim, com 38 volumes.",
    "Cliente do pedido {n} pediu para trocar o endereço.",
    "Endereço atualizado no sistema ✅",
    "Lembrete: inventário na sexta às 17h.",
    "Valeu, pessoal! 👏",
)


def _long_conversation(s: _Script) -> None:
    staff_keys = ("ana", "carlos", "juliana", "rafael", "patricia", "bruno")
    emoji = ("👍", "❤️", "😂", "🙏", "👍🏽", "🎉")
    previous: JSONDict | None = None
    for index in range(LONG_CONVERSATION_SIZE - 1):
        minutes_before = (LONG_CONVERSATION_SIZE - index) * 17.0
        text = _LONG_LINES[index % len(_LONG_LINES)].format(n=f"{20_000 + index}")
        reactions = (
            [(emoji[index % 6], staff_keys[index % 6], 1), (emoji[index % 6], None, 2)]
            if index % 7 == 0
            else None
        )
        staff = staff_keys[index % 6] if index % 2 else None
        quote = previous if index % 25 == 0 and previous is not None else None
        previous = s.message(
            minutes_before, f"#{index + 1} {text}", staff=staff, reactions=reactions, quote=quote
        )
    s.last()


def conversation_records(chat: JSONDict) -> list[JSONDict]:
    """Every record of ``chat``'s conversation, oldest first (the sample chats get their
    own script, others a short generic one ending with their ``last_message``)."""
    script = _Script(chat, _end_of(chat))
    chat_id = str(chat.get("id", "")).lower()
    if chat_id == TIMELINE_CHAT_IDS["long_conversation"]:
        _long_conversation(script)
    else:
        _SCRIPTS.get(chat_id, _generic)(script)
    return script.records


def page(records: list[JSONDict], limit: int | None, offset: int | None) -> JSONDict:
    """The ``TimelinePage`` for ``limit``/``offset`` over ``records`` (oldest first), served
    newest first: offset 0 is the latest page."""
    size = DEFAULT_LIMIT if limit is None else max(1, min(limit, MAX_LIMIT))
    start = max(0, offset or 0)
    newest_first = records[::-1]
    return {"total": len(records), "records": newest_first[start : start + size]}


def build_timeline_chats(now: datetime) -> dict[str, JSONDict]:
    """The chats of :data:`TIMELINE_CHAT_IDS`: copies of sample chats with their own id and name
    (their detail loads normally; only their timeline is special)."""
    samples = build_samples(now)
    base = {
        "long_conversation": ("many_agents", "Depósito Central — equipe"),
        "timeline_not_found": ("resolved", "Conversa sem histórico (404)"),
        "timeline_server_error": ("resolved", "Conversa com erro no servidor (500)"),
        "timeline_slow": ("resolved", "Conversa lenta"),
        "timeline_malformed": ("resolved", "Conversa com resposta inválida"),
        "timeline_paging_ignored": ("open_reactions", "Conversa sem páginas anteriores"),
    }
    chats: dict[str, JSONDict] = {}
    for name, (sample, title) in base.items():
        chat = copy.deepcopy(samples[DEMO_CHAT_IDS[sample]])
        chat["id"] = TIMELINE_CHAT_IDS[name]
        chat["contact_name"] = title
        if name == "long_conversation":
            chat["last_message"]["reactions"] = chat["last_message"]["reactions"][:40]
            chat["assignable_agents"] = chat["assignable_agents"][:20]
        chats[chat["id"]] = chat
    return chats


def paging_ignored_page(records: list[JSONDict]) -> JSONDict:
    """What a server that ignores ``limit``/``offset`` sends every time: the same 50 records."""
    return {"total": PAGING_IGNORED_TOTAL, "records": records[::-1][:DEFAULT_LIMIT]}


def long_padding(records: list[JSONDict]) -> list[JSONDict]:
    """Pad a short conversation to :data:`PAGING_IGNORED_TOTAL` records (older, generic ones)."""
    if len(records) >= PAGING_IGNORED_TOTAL or not records:
        return records
    first = records[0]
    start = datetime.fromisoformat(str(first["event_at"]).replace("Z", "+00:00"))
    extra: list[JSONDict] = []
    for index in range(PAGING_IGNORED_TOTAL - len(records)):
        at = start - timedelta(hours=index + 1)
        key = f"padding/{index}"
        message = _message(key, body=f"Mensagem antiga nº {index + 1}", sent_at=at, inbound=True)
        message["created_at"] = iso(at)
        extra.append(_message_event(key, at, message))
    return extra[::-1] + records
