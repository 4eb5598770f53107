"""The Overview tab: identity, state badges, agent, WhatsApp line, times and the live window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel
from pytestqt.qtbot import QtBot

from wegly_viewer.core.clock import FixedClock
from wegly_viewer.core.models import ChatDetail, parse_chat
from wegly_viewer.devserver import DEMO_CHAT_IDS, build_samples
from wegly_viewer.ui.panels.base import EMPTY
from wegly_viewer.ui.panels.overview import WINDOW_REFRESH_MS, OverviewPanel
from wegly_viewer.ui.widgets.badge import Badge

NOW = datetime(2026, 11, 25, 17, 0, tzinfo=UTC)

pytestmark = pytest.mark.usefixtures("gui_en")  # English as shipped (plural forms included)


@pytest.fixture(scope="module")
def samples() -> dict[str, dict[str, Any]]:
    return build_samples(NOW)


def sample(samples: dict[str, dict[str, Any]], name: str) -> ChatDetail:
    return parse_chat(samples[DEMO_CHAT_IDS[name]]).model


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def panel(qtbot: QtBot, clock: FixedClock) -> OverviewPanel:
    widget = OverviewPanel(clock)
    qtbot.addWidget(widget)
    return widget


def text(panel: OverviewPanel, name: str) -> str:
    label = panel.findChild(QLabel, name)
    assert label is not None, name
    assert label.textFormat() == Qt.TextFormat.PlainText, name
    return label.text()


def badge(panel: OverviewPanel, name: str) -> Badge:
    found = panel.findChild(Badge, name)
    assert found is not None, name
    return found


def show(panel: OverviewPanel, chat: ChatDetail) -> None:
    panel.show_chat(chat)  # reads the panel's clock: the fixed one at NOW


def test_open_chat_shows_identity_state_agent_and_line(
    panel: OverviewPanel, samples: dict[str, dict[str, Any]]
) -> None:
    show(panel, sample(samples, "open_reactions"))

    name = panel.findChild(QLabel, "overview_contact_name")
    assert name is not None
    assert name.text() == "Maria Aparecida Souza"
    assert name.font().bold()
    assert name.font().pointSizeF() > panel.font().pointSizeF()
    assert text(panel, "overview_profile_name") == "Maria Souza 🌻"
    assert text(panel, "overview_contact_number") == "+55 11 98765-4321"
    assert text(panel, "overview_wa_contact_id") == "5511987654321"
    assert text(panel, "overview_chat_id") == DEMO_CHAT_IDS["open_reactions"]

    assert (badge(panel, "badge_status").text(), badge(panel, "badge_status").variant()) == (
        "Chat open",
        "good",
    )
    assert badge(panel, "badge_chat_type").text() == "individual"
    assert badge(panel, "badge_priority").text() == "Priority: high"
    assert badge(panel, "badge_priority").variant() == "warn"

    assert text(panel, "overview_unread") == "3 unread messages"
    assert text(panel, "overview_archived") == "No"
    assert text(panel, "overview_agent") == "Ana Beatriz Lima"
    assert text(panel, "overview_agent_avatar") == "AL"
    assert text(panel, "overview_line_display") == "+55 11 4003-9876"
    assert text(panel, "overview_line_raw") == "551140039876"
    assert text(panel, "overview_line_id") == "109876543210987"

    # São Paulo time (UTC-3, tests/ui/conftest.py); NOW is Nov 25, 2026 2:00 PM there.
    assert text(panel, "overview_created") == "Oct 9, 2025 2:00 PM (412 days ago)"
    assert text(panel, "overview_last_message") == "Nov 24, 2026 7:00 PM (19 h ago)"
    assert text(panel, "overview_updated") == "Nov 24, 2026 7:00 PM (19 h ago)"
    assert text(panel, "overview_window") == "Open, closes in 5 h"
    assert text(panel, "overview_window_basis") == "the end time sent by Wegly"
    assert badge(panel, "badge_window").variant() == "good"


def test_window_closing_in_twelve_minutes_updates_live(
    panel: OverviewPanel, clock: FixedClock, samples: dict[str, dict[str, Any]]
) -> None:
    show(panel, sample(samples, "window_closing"))

    assert text(panel, "overview_window") == "Open, closes in 12 min"
    assert badge(panel, "badge_window").variant() == "warn"
    assert panel.window_timer.isActive()
    assert panel.window_timer.interval() == WINDOW_REFRESH_MS == 30_000

    clock.set(NOW + timedelta(minutes=5))
    panel.refresh_window()
    assert text(panel, "overview_window") == "Open, closes in 7 min"

    clock.set(NOW + timedelta(days=2, minutes=12))
    panel.refresh_window()
    assert text(panel, "overview_window") == "Closed 2 days ago (templates only)"
    assert text(panel, "overview_window_expires") == "Nov 25, 2026 2:12 PM (2 days ago)"
    assert badge(panel, "badge_window").text() == "Window closed"
    assert badge(panel, "badge_window").variant() == "bad"


def test_timer_recomputes_the_window(
    qtbot: QtBot, panel: OverviewPanel, clock: FixedClock, samples: dict[str, dict[str, Any]]
) -> None:
    clock.set(NOW - timedelta(days=1))
    panel.show_chat(sample(samples, "window_closing"))
    assert text(panel, "overview_window") == "Open, closes in 1 day"

    clock.set(NOW + timedelta(minutes=2))  # the timer must read the injected clock again
    panel.window_timer.setInterval(10)
    qtbot.waitUntil(lambda: text(panel, "overview_window") == "Open, closes in 10 min")


def test_timer_runs_only_while_visible(
    qtbot: QtBot, panel: OverviewPanel, samples: dict[str, dict[str, Any]]
) -> None:
    panel.show_chat(sample(samples, "window_closing"))
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.window_timer.isActive()
    panel.hide()
    assert not panel.window_timer.isActive()
    panel.show()
    assert panel.window_timer.isActive()


def test_closed_window_derived_from_last_customer_message(
    panel: OverviewPanel, samples: dict[str, dict[str, Any]]
) -> None:
    show(panel, sample(samples, "window_closed_null_expiry"))

    # Last customer message 2 days ago + 24 h; São Paulo time.
    assert text(panel, "overview_window") == "Closed 1 day ago (templates only)"
    assert text(panel, "overview_window_basis") == (
        "the customer's last message + 24 h (Wegly sent no end time)"
    )
    assert text(panel, "overview_last_customer_msg") == ("Nov 23, 2026 2:00 PM (2 days ago)")
    assert text(panel, "overview_window_expires") == "Nov 24, 2026 2:00 PM (1 day ago)"


def test_snoozed_urgent_badges(panel: OverviewPanel, samples: dict[str, dict[str, Any]]) -> None:
    show(panel, sample(samples, "snoozed_urgent"))

    assert (badge(panel, "badge_status").text(), badge(panel, "badge_status").variant()) == (
        "Chat snoozed",
        "warn",
    )
    assert badge(panel, "badge_status").toolTip() == (
        "The chat was snoozed: an agent put it aside for later."
    )
    assert badge(panel, "badge_priority").text() == "Priority: urgent"
    assert badge(panel, "badge_priority").variant() == "bad"
    assert text(panel, "overview_line_display") == "+55 11 3003-1234"


def test_unknown_status_and_priority_are_shown_verbatim(
    panel: OverviewPanel, samples: dict[str, dict[str, Any]]
) -> None:
    show(panel, sample(samples, "malformed_fields"))

    assert badge(panel, "badge_status").text() == "PENDING_NEW"
    assert badge(panel, "badge_status").variant() == "neutral"
    assert badge(panel, "badge_priority").text() == "Priority: 7"
    assert text(panel, "overview_contact_name") == "Sandra Regina Pires"
    assert text(panel, "overview_unread") == EMPTY  # "many" could not be read


def test_manually_unread_unassigned_and_archived(
    panel: OverviewPanel, samples: dict[str, dict[str, Any]]
) -> None:
    show(panel, sample(samples, "no_crm_person"))
    assert text(panel, "overview_unread") == "1 unread message (marked unread by an agent)"
    assert text(panel, "overview_agent") == "Nobody assigned"
    avatar = panel.findChild(QLabel, "overview_agent_avatar")
    assert avatar is not None
    assert avatar.isHidden()

    show(panel, sample(samples, "archived"))
    assert text(panel, "overview_archived") == "Yes, on Nov 15, 2026 2:00 PM (10 days ago)"
    assert badge(panel, "badge_status").variant() == "neutral"  # resolved


def test_group_chat_without_number(
    panel: OverviewPanel, samples: dict[str, dict[str, Any]]
) -> None:
    show(panel, sample(samples, "group"))
    assert badge(panel, "badge_chat_type").text() == "group"
    assert text(panel, "overview_contact_number") == EMPTY
    assert text(panel, "overview_wa_contact_id") == "120363025246125486"


@pytest.mark.parametrize("raw", [{}, dict.fromkeys(ChatDetail.model_fields)])
def test_chat_of_nulls_shows_dashes(panel: OverviewPanel, raw: dict[str, Any]) -> None:
    show(panel, parse_chat(raw).model)

    for name in (
        "overview_contact_name",
        "overview_profile_name",
        "overview_contact_number",
        "overview_wa_contact_id",
        "overview_unread",
        "overview_line_display",
        "overview_created",
        "overview_updated",
        "overview_last_message",
        "overview_last_customer_msg",
    ):
        assert text(panel, name) == EMPTY, name
    assert text(panel, "overview_agent") == "Nobody assigned"
    assert badge(panel, "badge_status").text() == EMPTY
    assert badge(panel, "badge_priority").text() == f"Priority: {EMPTY}"
    assert text(panel, "overview_window") == "Unknown (no customer message yet)"
    assert "None" not in text(panel, "overview_window_basis")


def test_html_looking_values_are_shown_literally(panel: OverviewPanel) -> None:
    raw = {
        "contact_name": "<b>Zé</b><img src=x>",
        "remote_profile_name": "<i>perfil</i>",
        "assigned_agent": {"agent_id": "a1", "user": {"id": "u1", "name": "<u>Ana</u>"}},
        "status": "<script>OPEN</script>",
    }
    show(panel, parse_chat(raw).model)

    assert text(panel, "overview_contact_name") == "<b>Zé</b><img src=x>"
    assert text(panel, "overview_profile_name") == "<i>perfil</i>"
    assert text(panel, "overview_agent") == "<u>Ana</u>"
    assert badge(panel, "badge_status").text() == "<script>OPEN</script>"
    assert badge(panel, "badge_status").textFormat() == Qt.TextFormat.PlainText


def test_agent_without_name_falls_back_to_known_names_then_id(panel: OverviewPanel) -> None:
    raw = {
        "assigned_agent_id": "agent-9",
        "assigned_agent": None,
        "participants": [{"agent_id": "agent-9", "user": {"id": "u9", "name": "Bia Souza"}}],
    }
    show(panel, parse_chat(raw).model)
    assert text(panel, "overview_agent") == "Bia Souza"
    assert text(panel, "overview_agent_avatar") == "BS"

    show(panel, parse_chat({"assigned_agent": {"agent_id": "agent-7"}}).model)
    assert text(panel, "overview_agent") == "agent-7"


def test_clear_empties_everything(panel: OverviewPanel, samples: dict[str, dict[str, Any]]) -> None:
    show(panel, sample(samples, "open_reactions"))
    panel.clear()

    assert not panel.window_timer.isActive()
    for label in panel.findChildren(QLabel):
        if label.objectName().startswith("overview_") and label.objectName() != "overview_subtitle":
            assert label.text() in (EMPTY, ""), label.objectName()
    for found in panel.findChildren(Badge):
        assert found.text() == EMPTY
        assert found.variant() == "neutral"
    panel.refresh_window()  # no chat: nothing to do, no crash
    assert text(panel, "overview_window") == EMPTY


def test_assigned_agent_avatar_loads_lazily(qtbot: QtBot, clock: FixedClock) -> None:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QLabel

    from wegly_viewer.core.models import parse_chat
    from wegly_viewer.ui.avatars import AvatarCache
    from wegly_viewer.ui.workers import TaskRunner

    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    image.fill(QColor("#123456"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    png = bytes(buffer.data().data())
    fetched: list[str] = []

    def fetch(url: str) -> bytes:
        fetched.append(url)
        return png

    runner = TaskRunner()
    try:
        avatars = AvatarCache(runner, fetch)
        panel = OverviewPanel(clock, avatars)
        qtbot.addWidget(panel)
        url = "https://cdn.example.com/ana.png"
        chat = parse_chat(
            {"assigned_agent": {"agent_id": "a1", "user": {"name": "Ana Lima", "avatar": url}}}
        ).model
        panel.show_chat(chat)
        label = panel.findChild(QLabel, "overview_agent_avatar")
        assert label is not None
        initials = label.pixmap().toImage()
        qtbot.waitUntil(lambda: avatars.is_loaded(url), timeout=5000)
        qtbot.waitUntil(lambda: label.pixmap().toImage() != initials, timeout=5000)
        assert fetched == [url]
    finally:
        runner.shutdown()


# --- Brazilian Portuguese ------------------------------------------------------------------------


@pytest.fixture
def panel_pt(gui_pt_br: None, qtbot: QtBot, clock: FixedClock) -> OverviewPanel:
    widget = OverviewPanel(clock)  # built after the language is switched, like the app does
    qtbot.addWidget(widget)
    return widget


def test_pt_br_open_chat_in_brazilian_words_and_formats(
    panel_pt: OverviewPanel, samples: dict[str, dict[str, Any]]
) -> None:
    show(panel_pt, sample(samples, "open_reactions"))

    # São Paulo time; NOW is 25/11/2026 14:00 there.
    assert text(panel_pt, "overview_created") == "09/10/2025 14:00 (há 412 dias)"
    assert text(panel_pt, "overview_last_message") == "24/11/2026 19:00 (há 19 h)"
    assert text(panel_pt, "overview_window") == "Aberta, fecha em 5 h"
    assert text(panel_pt, "overview_window_expires") == "25/11/2026 19:00 (em 5 h)"
    assert text(panel_pt, "overview_window_basis") == "o fim informado pela Wegly"
    assert text(panel_pt, "overview_unread") == "3 mensagens não lidas"
    assert text(panel_pt, "overview_archived") == "Não"
    assert badge(panel_pt, "badge_priority").text() == "Prioridade: alta"
    assert badge(panel_pt, "badge_window").text() == "Janela de 24 h aberta"
    assert badge(panel_pt, "badge_status").toolTip() == (
        "O chat está aberto: está na fila de atendimento."
    )
    assert badge(panel_pt, "badge_status").text() == "Chat aberto"
    titles = {box.title() for box in panel_pt.findChildren(QGroupBox)}
    assert titles == {
        "Janela de 24 horas",
        "Cliente",
        "Chat",
        "Atendente responsável",
        "Linha do WhatsApp",
        "Datas",
    }
    captions = {label.text() for label in panel_pt.findChildren(QLabel) if label.buddy()}
    assert {"Agora:", "Fim da janela:", "Com base em:", "ID do chat:", "Alterado em:"} <= captions


def test_pt_br_screen_reader_names(
    panel_pt: OverviewPanel, samples: dict[str, dict[str, Any]]
) -> None:
    show(panel_pt, sample(samples, "open_reactions"))

    assert badge(panel_pt, "badge_chat_type").accessibleName() == "Tipo de chat: individual"
    assert badge(panel_pt, "badge_priority").accessibleName() == "Prioridade: alta"
    assert badge(panel_pt, "badge_window").accessibleName() == "Janela de 24 h aberta"
    avatar = panel_pt.findChild(QLabel, "overview_agent_avatar")
    assert avatar is not None
    assert avatar.accessibleName() == "Foto do atendente responsável"


def test_pt_br_closed_and_unknown_window(
    panel_pt: OverviewPanel, clock: FixedClock, samples: dict[str, dict[str, Any]]
) -> None:
    show(panel_pt, sample(samples, "window_closing"))
    assert text(panel_pt, "overview_window") == "Aberta, fecha em 12 min"
    assert badge(panel_pt, "badge_window").text() == "Janela de 24 h quase fechando"

    clock.set(NOW + timedelta(minutes=17))
    panel_pt.refresh_window()
    assert text(panel_pt, "overview_window") == "Encerrada há 5 min (só modelos)"
    assert text(panel_pt, "overview_window_expires") == "25/11/2026 14:12 (há 5 min)"
    assert badge(panel_pt, "badge_window").text() == "Janela de 24 h encerrada"

    show(panel_pt, sample(samples, "window_closed_null_expiry"))
    assert text(panel_pt, "overview_window_basis") == (
        "última mensagem do cliente + 24 h (a Wegly não informou o fim)"
    )

    show(panel_pt, parse_chat({}).model)
    assert text(panel_pt, "overview_window") == (
        "Desconhecida (o cliente ainda não mandou mensagem)"
    )
    assert badge(panel_pt, "badge_window").text() == "Janela de 24 h desconhecida"
    assert text(panel_pt, "overview_agent") == "Sem atendente"


@pytest.mark.parametrize(
    ("count", "pt_br"),
    [
        (0, "Nenhuma mensagem não lida"),
        (1, "1 mensagem não lida"),
        (2, "2 mensagens não lidas"),
        (10_000, "10.000 mensagens não lidas"),
    ],
)
def test_pt_br_unread_count_plurals(panel_pt: OverviewPanel, count: int, pt_br: str) -> None:
    show(panel_pt, parse_chat({"unread_count": count}).model)
    assert text(panel_pt, "overview_unread") == pt_br


def test_pt_br_marked_unread_and_archived(
    panel_pt: OverviewPanel, samples: dict[str, dict[str, Any]]
) -> None:
    show(panel_pt, sample(samples, "no_crm_person"))
    assert text(panel_pt, "overview_unread") == (
        "1 mensagem não lida (marcado como não lido por um atendente)"
    )
    show(panel_pt, sample(samples, "archived"))
    assert text(panel_pt, "overview_archived") == "Sim, em 15/11/2026 14:00 (há 10 dias)"


@pytest.mark.parametrize(
    ("count", "english"),
    [
        (0, "No unread messages"),
        (1, "1 unread message"),
        (2, "2 unread messages"),
        (10_000, "10,000 unread messages"),
    ],
)
def test_unread_count_plurals(panel: OverviewPanel, count: int, english: str) -> None:
    show(panel, parse_chat({"unread_count": count}).model)
    assert text(panel, "overview_unread") == english
