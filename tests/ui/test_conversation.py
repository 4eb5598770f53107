"""The conversation tab through the real window: contract server, real client, worker threads."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QStyleOptionViewItem, QToolTip
from pytestqt.qtbot import QtBot
from test_main_window import look_up

from wegly_viewer.core.secrets import MemoryTokenStore
from wegly_viewer.devserver import DEMO_CHAT_IDS, TIMELINE_CHAT_IDS, ContractServer, Reply
from wegly_viewer.ui.app import Options, ViewerApp
from wegly_viewer.ui.models.timeline_model import MATCH_ROLE
from wegly_viewer.ui.panels.conversation import ConversationPanel
from wegly_viewer.ui.translations import install_translators, remove_translators

OPEN_ID = DEMO_CHAT_IDS["open_reactions"]
RESOLVED_ID = DEMO_CHAT_IDS["resolved"]


def conversation(viewer: ViewerApp) -> ConversationPanel:
    view = viewer.window.chat_view
    assert view is not None
    return view.conversation


def read_conversation(
    qtbot: QtBot, viewer: ViewerApp, chat_id: str, pasted: str = ""
) -> ConversationPanel:
    """Paste ``pasted`` (default: ``chat_id``), open the Conversation tab, wait for the timeline."""
    look_up(qtbot, viewer, pasted or chat_id)
    panel = conversation(viewer)
    view = viewer.window.chat_view
    assert view is not None
    view.setCurrentWidget(panel)
    qtbot.waitUntil(
        lambda: panel.facts is not None and panel.facts.chat_id == chat_id, timeout=15_000
    )
    return panel


def rows(panel: ConversationPanel) -> list[str]:
    """What each row says (what a screen reader reads for it)."""
    model = panel.model
    return [
        str(model.data(model.index(n), Qt.ItemDataRole.AccessibleTextRole))
        for n in range(model.rowCount())
    ]


def test_a_pasted_link_shows_the_whole_conversation_in_time_order_with_reactions(
    qtbot: QtBot, viewer: ViewerApp
) -> None:
    panel = read_conversation(
        qtbot, viewer, OPEN_ID, f"veja https://app.wegly.com.br/chats/{OPEN_ID.upper()} obrigado"
    )
    view = viewer.window.chat_view
    assert view is not None
    assert view.indexOf(panel) == 1  # first after the overview
    assert panel.count_label.text() == "16 messages"
    assert not panel.older_button.isVisible()
    assert rows(panel) == [
        "Oct 15, 2026",
        "Maria Aparecida Souza · Imported from WhatsApp history · Oi! Vocês entregam em "
        "Guarulhos? Vi o anúncio no Instagram. · 7:00 PM",
        "Rafael Oliveira · Imported from WhatsApp history · Entregamos sim, Maria! Frete grátis "
        "acima de R$ 199. · 9:24 PM · Sent",
        "Nov 22, 2026",
        "Maria Aparecida Souza · Boa tarde! Fiz um pedido na Black Friday e ainda não recebi o "
        "rastreio. · 5:25 PM",
        "Ana Beatriz Lima · Boa tarde, Maria! Aqui é a Ana. Pode me passar o número do pedido, "
        "por favor? · 5:30 PM · Read · Reactions: 🙏 1: Maria Aparecida Souza (Nov 22, 2026 "
        "5:31 PM)",
        "Maria Aparecida Souza · replying to Ana Beatriz Lima: Boa tarde, Maria! Aqui é a Ana. "
        "Pode me passar o número do pedido, por favor? · É o 10.482 · 5:35 PM",
        "Ana Beatriz Lima · replying to Maria Aparecida Souza: É o 10.482 · Obrigada! O pedido "
        "10.482 foi separado hoje e sai para entrega amanhã. 🚚 · 5:40 PM · Read · Reactions: "
        "👍 1: Maria Aparecida Souza (Nov 22, 2026 5:42 PM); ❤️ 1: Carlos Eduardo Santos "
        "(Nov 22, 2026 5:45 PM)",
        "Maria Aparecida Souza · Se precisar, meu CPF é 123.456.789-09 · 5:50 PM",
        "Maria Aparecida Souza · comprovante-pix-10482.pdf (application/pdf · not available "
        "yet) · 6:00 PM",
        "Ana Beatriz Lima · Recebi o comprovante, está tudo certo ✅ · 6:05 PM · Read",
        "Nov 23, 2026",
        "Event TRANSFER · 3:00 PM",
        "Carlos Eduardo Santos · Oi Maria, aqui é o Carlos, vou acompanhar sua entrega. · "
        "3:10 PM · Read",
        "Incoming call · 3 min 5 s · 3:40 PM",
        "Carlos Eduardo Santos · Como combinamos por telefone: se não chegar até sexta, "
        "reenviamos sem custo. · 3:50 PM · Read · Reactions: 👍🏽 1: Maria Aparecida Souza "
        "(Nov 23, 2026 3:53 PM)",
        "Yesterday",
        "Event TRANSFER · 5:30 PM",
        # HTML-looking text is text.
        "Ana Beatriz Lima · <b>Importante</b>: o entregador passa entre 8h e 12h. · 6:00 PM · "
        "Delivered",
        "Maria Aparecida Souza · <b>Oi</b> tudo bem? <script>alert(1)</script> 😀 Gostaria de "
        "saber o prazo de entrega do pedido nº 10.482, por favor. · 7:00 PM · Reactions: "
        "👍🏽 3: Maria Aparecida Souza (Nov 24, 2026 7:01 PM), Carlos Eduardo Santos "
        "(Nov 24, 2026 7:03 PM), Bruno Araújo (Nov 24, 2026 7:07 PM); ❤️ 2: Ana Beatriz Lima "
        "(Nov 24, 2026 7:02 PM), Patrícia Gonçalves (Nov 24, 2026 7:06 PM); 👨‍👩‍👧 1: Rafael "
        "Oliveira (Nov 24, 2026 7:04 PM); 🇧🇷 1: Juliana Ferreira (Nov 24, 2026 7:05 PM)",
    ]
    # Keyboard focus on the last bubble says who reacted, and links to every reaction.
    last = panel.model.index(panel.model.rowCount() - 1)
    assert panel.view.currentIndex() == last
    assert panel.details_label.text().startswith(
        "Reactions: 👍🏽 3: Maria Aparecida Souza (Nov 24, 2026 7:01 PM), Carlos Eduardo Santos"
    )
    assert panel.details_label.textFormat() == Qt.TextFormat.PlainText
    assert panel.all_reactions_button.isVisible()
    qtbot.mouseClick(panel.all_reactions_button, Qt.MouseButton.LeftButton)
    assert view.currentWidget() is view.panel("tab_last_message")


def test_hovering_a_reaction_shows_who_reacted_and_when(qtbot: QtBot, viewer: ViewerApp) -> None:
    panel = read_conversation(qtbot, viewer, OPEN_ID)
    viewer.window.resize(1000, 800)
    last = panel.model.index(panel.model.rowCount() - 1)
    panel.view.scrollTo(last)
    qtbot.waitUntil(lambda: panel.view.visualRect(last).isValid())
    option = QStyleOptionViewItem()
    option.initFrom(panel.view)
    option.rect = panel.view.visualRect(last)
    layout = panel.delegate.layout_at(option.rect, option.font, last)
    assert layout is not None
    chip, group = layout.chips[1]
    assert group.emoji == "❤️"
    event = QHelpEvent(
        QEvent.Type.ToolTip, chip.center(), panel.view.viewport().mapToGlobal(chip.center())
    )
    assert panel.delegate.helpEvent(event, panel.view, option, last)
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    # Shown as plain text (escaped inside the tooltip's rich-text wrapper).
    assert QToolTip.text() == (
        "<qt>❤️ 2 reactions\nAna Beatriz Lima (Nov 24, 2026 7:02 PM)\n"
        "Patrícia Gonçalves (Nov 24, 2026 7:06 PM)</qt>"
    )
    QToolTip.hideText()


def test_clicking_a_quote_jumps_to_the_quoted_message(qtbot: QtBot, viewer: ViewerApp) -> None:
    panel = read_conversation(qtbot, viewer, OPEN_ID)
    reply_row = next(n for n, text in enumerate(rows(panel)) if "replying to Maria" in text)
    reply = panel.model.index(reply_row)
    panel.view.scrollTo(reply)
    qtbot.waitUntil(lambda: panel.view.visualRect(reply).isValid())
    option = QStyleOptionViewItem()
    option.initFrom(panel.view)
    rect = panel.view.visualRect(reply)
    layout = panel.delegate.layout_at(rect, option.font, reply)
    assert layout is not None and layout.quote is not None
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=layout.quote.center())
    current = panel.view.currentIndex().row()
    assert rows(panel)[current] == (
        "Maria Aparecida Souza · replying to Ana Beatriz Lima: Boa tarde, Maria! Aqui é a Ana. "
        "Pode me passar o número do pedido, por favor? · É o 10.482 · 5:35 PM"
    )
    # Enter on a reply does the same from the keyboard.
    panel.view.setCurrentIndex(panel.model.index(current))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert rows(panel)[panel.view.currentIndex().row()].startswith(
        "Ana Beatriz Lima · Boa tarde, Maria! Aqui é a Ana."
    )


def numbers(panel: ConversationPanel) -> list[int]:
    """The "#N" numbers of the long conversation's messages, top to bottom."""
    return [int(found[1]) for text in rows(panel) if (found := re.search(r"· #(\d+) ", text))]


def _message(n: int, at: str, body: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"a0000000-0000-4000-8000-{n:012d}",
        "event_type": "MESSAGE",
        "event_at": at,
        "message": {"id": f"b0000000-0000-4000-8000-{n:012d}", "body_text": body,
                    "from_me": False, **extra},
    }  # fmt: skip


def test_shuffled_records_unknown_events_and_imported_history_are_placed_by_time(
    qtbot: QtBot, viewer: ViewerApp, server: ContractServer
) -> None:
    records = [
        _message(3, "2026-11-25T13:10:00Z", "terceira"),
        {"id": "e-rated", "event_type": "CHAT_RATED", "event_at": "2026-11-25T13:05:00Z"},
        _message(1, "2026-11-25T13:00:00Z", "primeira"),
        # Imported today, written on 20/11 at 09:00 São Paulo time.
        _message(0, "2026-11-25T16:00:00Z", "do histórico", meta_timestamp="1763640000",
                 is_history=True),
        {"id": "e-blank", "event_at": "2026-11-25T13:20:00Z"},
        _message(2, "2026-11-25T13:07:00Z", "segunda"),
    ]  # fmt: skip
    server.set_timeline(RESOLVED_ID, records, paging=False)
    panel = read_conversation(qtbot, viewer, RESOLVED_ID)
    assert rows(panel) == [
        "Nov 20, 2025",
        "João Pedro Almeida · Imported from WhatsApp history · do histórico · 9:00 AM",
        "Today",
        "João Pedro Almeida · primeira · 10:00 AM",
        "Event CHAT_RATED · 10:05 AM",
        "João Pedro Almeida · segunda · 10:07 AM",
        "João Pedro Almeida · terceira · 10:10 AM",
        "Event without a type · 10:20 AM",
    ]


def test_paging_is_sent_and_honoured(
    qtbot: QtBot, viewer: ViewerApp, server: ContractServer
) -> None:
    chat_id = TIMELINE_CHAT_IDS["long_conversation"]
    panel = read_conversation(qtbot, viewer, chat_id)
    assert panel.count_label.text() == "50 of 5,000 messages"
    assert panel.older_button.isVisible()
    assert numbers(panel) == list(range(4951, 5000))  # the 49 newest + the last message
    last = rows(panel)[-1]
    qtbot.mouseClick(panel.older_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.count_label.text() == "100 of 5,000 messages", timeout=15_000)
    assert server.timeline_requests(chat_id) == [
        {"limit": ["50"], "offset": ["0"]},
        {"limit": ["50"], "offset": ["50"]},
    ]
    assert numbers(panel) == list(range(4901, 5000))  # older ones above, in time order
    assert rows(panel)[-1] == last
    assert not panel.notice_label.isVisible()


def test_a_server_that_ignores_paging_is_detected(
    qtbot: QtBot, viewer: ViewerApp, server: ContractServer
) -> None:
    chat_id = TIMELINE_CHAT_IDS["timeline_paging_ignored"]
    panel = read_conversation(qtbot, viewer, chat_id)
    assert panel.count_label.text() == "50 of 230 messages"
    before = rows(panel)
    qtbot.mouseClick(panel.older_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.notice_label.isVisible(), timeout=15_000)
    assert panel.notice_label.text() == (
        "Earlier messages are not available: the server sent the same messages again."
    )
    assert not panel.older_button.isVisible()
    assert rows(panel) == before  # nothing doubled
    controller = viewer.controller
    assert controller is not None
    assert not controller.load_older_timeline()  # and it does not ask again
    assert len(server.timeline_requests(chat_id)) == 2


def test_a_failed_timeline_leaves_the_loaded_chat_on_screen(
    qtbot: QtBot, viewer: ViewerApp
) -> None:
    chat_id = TIMELINE_CHAT_IDS["timeline_server_error"]
    look_up(qtbot, viewer, chat_id)
    panel = conversation(viewer)
    qtbot.waitUntil(lambda: "could not be loaded" in panel.state_label.text(), timeout=15_000)
    assert panel.state_label.text() == (
        "The conversation could not be loaded. Wegly server error: Wegly was reached but failed "
        "to answer (error 500, 1 attempt). The problem is on Wegly's side; try again in a few "
        "minutes."
    )
    window = viewer.window
    assert window.stack.currentWidget() is window.chat_page
    assert not window.banner.isVisible()
    view = window.chat_view
    assert view is not None and view.chat is not None and view.chat.id == chat_id
    overview = [label.text() for label in view.panel("tab_overview").findChildren(QLabel)]
    assert "Conversa com erro no servidor (500)" in overview


def test_a_stale_timeline_never_lands_after_a_newer_lookup(
    qtbot: QtBot, viewer: ViewerApp, server: ContractServer
) -> None:
    stale = {"total": 1, "records": [_message(9, "2026-11-25T13:00:00Z", "LINHA ANTIGA")]}
    server.script_timeline(OPEN_ID, [Reply(200, stale, delay=1.5)])
    controller = viewer.controller
    assert controller is not None
    landed: list[str] = []
    controller.timeline_loaded.connect(lambda prepared: landed.append(prepared.facts.chat_id))
    look_up(qtbot, viewer, OPEN_ID)  # the chat is on screen; its timeline is still coming
    panel = conversation(viewer)
    assert panel.state_label.text() == "Loading the conversation…"
    panel_now = read_conversation(qtbot, viewer, RESOLVED_ID)
    qtbot.wait(1800)  # past the stale answer's delay: abandoned or late, it changes nothing
    assert panel_now.facts is not None and panel_now.facts.chat_id == RESOLVED_ID
    assert not any("LINHA ANTIGA" in text for text in rows(panel_now))
    assert landed == [RESOLVED_ID]  # only the newer lookup's conversation was delivered
    assert any("Recebi a geladeira agora" in text for text in rows(panel_now))


def test_search_highlights_and_moves_between_matches(qtbot: QtBot, viewer: ViewerApp) -> None:
    panel = read_conversation(qtbot, viewer, OPEN_ID)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search_bar.isVisible() and panel.search_input.hasFocus()
    qtbot.keyClicks(panel.search_input, "PEDIDO")
    assert panel.match_count == 5
    assert panel.match_label.text() == "5 of 5"  # the newest match first
    current = panel.view.currentIndex()
    assert "prazo de entrega do pedido" in rows(panel)[current.row()]
    highlighted = [
        n
        for n in range(panel.model.rowCount())
        if panel.model.data(panel.model.index(n), MATCH_ROLE)
    ]
    assert len(highlighted) == 5
    qtbot.keyClick(panel.search_input, Qt.Key.Key_Return)  # next wraps to the first
    assert panel.match_label.text() == "1 of 5"
    assert "Fiz um pedido na Black Friday" in rows(panel)[panel.view.currentIndex().row()]
    panel.previous_match()
    assert panel.match_label.text() == "5 of 5"
    panel.search_input.setText("nada disso")
    assert panel.match_label.text() == "No matches"
    qtbot.keyClick(panel.search_input, Qt.Key.Key_Escape)
    assert not panel.search_bar.isVisible()


def test_copy_conversation_gives_time_sender_text_and_reactions_with_documents_masked(
    qtbot: QtBot, viewer: ViewerApp
) -> None:
    panel = read_conversation(qtbot, viewer, OPEN_ID)
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Maria Aparecida Souza\n[Oct 15, 2026 7:00 PM] Maria Aparecida Souza")
    assert (
        "[Nov 22, 2026 5:40 PM] Ana Beatriz Lima: (reply to: É o 10.482) Obrigada! O pedido "
        "10.482 foi separado hoje e sai para entrega amanhã. 🚚\n"
        "    Reactions: 👍 1 (Maria Aparecida Souza); ❤️ 1 (Carlos Eduardo Santos)\n"
    ) in copied
    assert (
        "[Nov 22, 2026 5:50 PM] Maria Aparecida Souza: Se precisar, meu CPF é ***.456.789-**\n"
        in copied
    )
    assert "123.456.789-09" not in copied
    assert "[Nov 23, 2026 3:40 PM] Incoming call · 3 min 5 s\n" in copied
    assert viewer.window.statusBar().currentMessage() == "Conversation copied (documents masked)."


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogue compiled into a temporary folder (as tests/ui/test_translations.py does)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
    import update_translations

    qm_dir = tmp_path_factory.mktemp("qm")
    update_translations.release(qm_dir)
    return qm_dir


def test_the_conversation_speaks_portuguese(
    qtbot: QtBot,
    qapp: QApplication,
    compiled: Path,
    make_viewer: Callable[..., ViewerApp],
    server: ContractServer,
    api_token: str,
) -> None:
    installed = install_translators(qapp, "pt_BR", compiled)
    try:
        store = MemoryTokenStore()
        store.set("default", api_token)
        viewer = make_viewer(Options(base_url=server.url), store)
        view = viewer.window.chat_view
        assert view is not None
        assert view.tabText(1) == "Co&nversa"
        panel = read_conversation(qtbot, viewer, OPEN_ID)
        said = rows(panel)
        assert said[said.index("22/11/2026") + 1].startswith("Maria Aparecida Souza · Boa tarde!")
        assert "Ontem" in said
        assert "Chamada recebida · 3 min 5 s · 15:40" in said
        assert (
            "Maria Aparecida Souza · comprovante-pix-10482.pdf (application/pdf · ainda não "
            "disponível) · 18:00"
        ) in said
        assert said[-1].startswith("Maria Aparecida Souza · <b>Oi</b> tudo bem?") and said[
            -1
        ].endswith("🇧🇷 1: Juliana Ferreira (24/11/2026 19:05)")
        assert panel.count_label.text() == "16 mensagens"
        assert panel.copy_button.text() == "Co&piar conversa"
        panel = read_conversation(qtbot, viewer, TIMELINE_CHAT_IDS["long_conversation"])
        assert panel.count_label.text() == "50 de 5.000 mensagens"
        assert panel.older_button.text() == "Carre&gar anteriores"
    finally:
        remove_translators(qapp, installed)


def test_a_failed_older_page_keeps_the_conversation(
    qtbot: QtBot, viewer: ViewerApp, server: ContractServer
) -> None:
    chat_id = TIMELINE_CHAT_IDS["long_conversation"]
    panel = read_conversation(qtbot, viewer, chat_id)
    before = rows(panel)
    server.script_timeline(chat_id, [Reply(404, {"message": "gone"})])
    qtbot.mouseClick(panel.older_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.notice_label.isVisible(), timeout=15_000)
    assert panel.notice_label.text().startswith("Could not load earlier messages. Chat not found: ")
    assert rows(panel) == before
    assert panel.older_button.isEnabled()  # it may be tried again
    assert panel.stack.currentWidget() is panel.view


def test_a_malformed_timeline_is_said_inside_the_tab(qtbot: QtBot, viewer: ViewerApp) -> None:
    look_up(qtbot, viewer, TIMELINE_CHAT_IDS["timeline_malformed"])
    panel = conversation(viewer)
    qtbot.waitUntil(lambda: "could not be loaded" in panel.state_label.text(), timeout=15_000)
    assert panel.state_label.text() == (
        "The conversation could not be loaded. Invalid answer from the server: "
        "The server's answer could not be read (it is broken or incomplete)."
    )
    assert not viewer.window.banner.isVisible()


def test_a_link_opens_only_when_clicked(qtbot: QtBot, viewer: ViewerApp) -> None:
    panel = read_conversation(qtbot, viewer, RESOLVED_ID)
    opened: list[str] = []
    panel.open_url = lambda url: opened.append(url.toString()) or True
    row = next(n for n, text in enumerate(rows(panel)) if "Rastreio: https://" in text)
    index = panel.model.index(row)
    panel.view.scrollTo(index)
    qtbot.waitUntil(lambda: panel.view.visualRect(index).isValid())
    option = QStyleOptionViewItem()
    option.initFrom(panel.view)
    layout = panel.delegate.layout_at(panel.view.visualRect(index), option.font, index)
    assert layout is not None and layout.text is not None
    entry = panel.model.entry(row)
    assert entry is not None
    start = entry.text.index("https://")
    line = layout.text.lineForTextPosition(start + 5)
    point = QPoint(
        int(layout.text_origin.x() + line.cursorToX(start + 5)[0]),
        int(layout.text_origin.y() + line.y() + line.height() / 2),
    )
    qtbot.wait(300)  # painted, hovered: nothing opens by itself
    assert opened == []
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened == ["https://rastreio.exemplo.com.br/4821"]  # without the full stop


def test_loading_earlier_keeps_the_message_that_was_on_top(qtbot: QtBot, viewer: ViewerApp) -> None:
    panel = read_conversation(qtbot, viewer, TIMELINE_CHAT_IDS["long_conversation"])
    viewer.window.resize(1000, 800)
    bar = panel.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())  # the newest
    qtbot.wait(1600)  # the list is laid out
    bar.setValue(bar.maximum() // 2)
    top = panel.view.indexAt(panel.view.viewport().rect().topLeft())
    top_text = rows(panel)[top.row()]
    qtbot.mouseClick(panel.older_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.count_label.text() == "100 of 5,000 messages", timeout=15_000)
    qtbot.wait(200)
    now_top = panel.view.indexAt(panel.view.viewport().rect().topLeft()).row()
    assert abs(now_top - rows(panel).index(top_text)) <= 1
    assert now_top > 40  # not thrown back to the oldest message


def test_try_again_after_a_failed_timeline(
    qtbot: QtBot, viewer: ViewerApp, server: ContractServer
) -> None:
    server.script_timeline(RESOLVED_ID, [Reply(500, {"message": "boom"})])
    look_up(qtbot, viewer, RESOLVED_ID)
    panel = conversation(viewer)
    view = viewer.window.chat_view
    assert view is not None
    view.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.retry_button.isVisible(), timeout=15_000)
    assert panel.state_label.text().startswith("The conversation could not be loaded.")
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.facts is not None, timeout=15_000)
    assert panel.stack.currentWidget() is panel.view
    assert any("Recebi a geladeira agora" in text for text in rows(panel))
    assert len(server.timeline_requests(RESOLVED_ID)) == 2


def test_an_empty_conversation_and_unreadable_records_are_said(
    qtbot: QtBot, viewer: ViewerApp, server: ContractServer
) -> None:
    server.set_timeline(RESOLVED_ID, [])
    look_up(qtbot, viewer, RESOLVED_ID)
    panel = conversation(viewer)
    qtbot.waitUntil(lambda: panel.facts is not None, timeout=15_000)
    assert panel.state_label.text() == "No messages in this conversation yet."
    assert panel.retry_button.isHidden()
    server.set_timeline(RESOLVED_ID, [_message(1, "2026-11-25T13:00:00Z", "oi"), "lixo"])
    panel = read_conversation(qtbot, viewer, OPEN_ID)
    panel = read_conversation(qtbot, viewer, RESOLVED_ID)
    assert rows(panel) == ["Today", "João Pedro Almeida · oi · 10:00 AM"]
    assert panel.notice_label.text() == (
        "Parts of the conversation could not be read; the rest is shown."
    )


def test_ctrl_f_searches_the_conversation_only_while_its_tab_is_shown(
    qtbot: QtBot, viewer: ViewerApp
) -> None:
    panel = read_conversation(qtbot, viewer, OPEN_ID)
    window = viewer.window
    view = window.chat_view
    assert view is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setCurrentWidget(view.panel("tab_overview"))
    view.tabBar().setFocus()
    qtbot.keyClick(view.tabBar(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search_bar.isHidden()
    qtbot.keyClick(view.tabBar(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert view.currentWidget() is panel
    qtbot.keyClick(view.tabBar(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search_bar.isVisible() and panel.search_input.hasFocus()
