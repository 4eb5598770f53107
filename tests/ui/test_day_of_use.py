"""Issue 11, through the real window against the contract server: never the wrong customer on
screen, a way back to the start page, a fresh view per chat, triage at a glance, and what a slow
or rate-limiting server looks like."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QScrollArea, QSplitter, QWidget
from pytestqt.qtbot import QtBot
from test_main_window import look_up, tab_text

from wegly_viewer.core.clock import FixedClock
from wegly_viewer.devserver import (
    DEMO_CHAT_IDS,
    ERROR_CHAT_IDS,
    ContractServer,
    Reply,
    build_samples,
)
from wegly_viewer.ui.app import Options, ViewerApp
from wegly_viewer.ui.main_window import MainWindow
from wegly_viewer.ui.widgets.badge import Badge

OPEN_ID = DEMO_CHAT_IDS["open_reactions"]  # Maria Aparecida Souza
RESOLVED_ID = DEMO_CHAT_IDS["resolved"]  # João Pedro Almeida
NOT_FOUND_ID = ERROR_CHAT_IDS["not_found"]
SLOW_ID = ERROR_CHAT_IDS["slow"]


def submit(window: MainWindow, text: str) -> None:
    """Paste and press Enter without waiting for the answer."""
    window.lookup_bar.input.setText(text)
    window.lookup_bar.submit()


def activate(qtbot: QtBot, window: MainWindow) -> None:
    """Shortcuts fire only in the active window (offscreen too)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


# --- 1. never the wrong customer on screen ---------------------------------------------------


def test_a_failed_lookup_never_leaves_the_previous_chat_looking_current(
    qtbot: QtBot, viewer: ViewerApp
) -> None:
    window = viewer.window
    look_up(qtbot, viewer, OPEN_ID)
    assert window.windowTitle() == "Maria Aparecida Souza — Wegly Chat Viewer"
    assert not window.previous_bar.isVisible()

    look_up(qtbot, viewer, NOT_FOUND_ID)

    # The banner says which ID failed …
    assert window.banner.isVisible()
    assert window.banner.title.text() == "Chat not found"
    assert f"Chat looked up: {NOT_FOUND_ID}" in window.banner.message.text().splitlines()
    # … and Maria's chat, still on screen, says it is the previous one, dimmed.
    assert window.stack.currentWidget() is window.chat_page
    assert window.previous_bar.isVisible()
    assert window.previous_label.text() == (
        "Showing the previous chat: Maria Aparecida Souza. The lookup of chat "
        f"{NOT_FOUND_ID} did not work: nothing below is about that chat."
    )
    view = window.chat_view
    assert view is not None and not view.isEnabled()
    assert "Maria Aparecida Souza" in tab_text(viewer, "tab_overview")  # there, but dimmed
    assert window.windowTitle() == "Wegly Chat Viewer"  # no name: it is not the current chat
    assert window.lookup_bar.chat_id == NOT_FOUND_ID

    # "Back to this chat": Maria's chat is the current one again, with its ID in the field.
    qtbot.mouseClick(window.back_to_chat_button, Qt.MouseButton.LeftButton)
    assert view.isEnabled()
    assert not window.previous_bar.isVisible()
    assert not window.banner.isVisible()
    assert window.lookup_bar.chat_id == OPEN_ID
    assert window.windowTitle() == "Maria Aparecida Souza — Wegly Chat Viewer"


def test_a_failed_lookup_without_a_chat_shown_stays_on_the_start_page(
    qtbot: QtBot, viewer: ViewerApp
) -> None:
    window = viewer.window
    look_up(qtbot, viewer, NOT_FOUND_ID)
    assert window.stack.currentWidget() is window.empty_page
    assert not window.previous_bar.isVisible()
    assert f"Chat looked up: {NOT_FOUND_ID}" in window.banner.message.text()


def test_failing_refresh_of_the_same_chat_keeps_it_current(
    qtbot: QtBot, viewer: ViewerApp, server: ContractServer
) -> None:
    window = viewer.window
    look_up(qtbot, viewer, OPEN_ID)
    server.script(OPEN_ID, [Reply(404, {"message": "Not Found"})])
    window.refresh()
    qtbot.waitUntil(lambda: viewer.controller is not None and not viewer.controller.is_busy)
    assert window.banner.isVisible()
    assert not window.previous_bar.isVisible()  # the same customer: not "the previous chat"
    assert window.chat_view is not None and window.chat_view.isEnabled()
    assert window.data_age_label.text() == "Updated at 2:00 PM"  # the data's age says the rest


def test_a_cancelled_lookup_returns_to_the_chat_it_left(qtbot: QtBot, viewer: ViewerApp) -> None:
    window = viewer.window
    look_up(qtbot, viewer, OPEN_ID)
    submit(window, SLOW_ID)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.loading_page, timeout=3000)
    window.cancel_action.trigger()
    qtbot.waitUntil(lambda: viewer.controller is not None and not viewer.controller.is_busy)

    assert window.stack.currentWidget() is window.chat_page
    assert not window.previous_bar.isVisible()
    assert window.chat_view is not None and window.chat_view.isEnabled()
    assert window.lookup_bar.chat_id == OPEN_ID  # the field matches the chat on screen again
    assert not window.banner.isVisible()
    assert window.statusBar().currentMessage() == (
        "Lookup cancelled. Back to the chat of Maria Aparecida Souza."
    )
    assert window.windowTitle() == "Maria Aparecida Souza — Wegly Chat Viewer"


def test_while_another_chat_loads_the_shown_one_is_marked_previous(
    qtbot: QtBot, viewer: ViewerApp, clock: FixedClock
) -> None:
    window = viewer.window
    look_up(qtbot, viewer, OPEN_ID)
    submit(window, SLOW_ID)
    # Before the busy page appears (250 ms), Maria's chat is already marked.
    assert window.stack.currentWidget() is window.chat_page
    assert window.previous_bar.isVisible()
    assert window.previous_label.text() == (
        f"Showing the previous chat: Maria Aparecida Souza. Looking up chat {SLOW_ID}…"
    )
    assert window.chat_view is not None and not window.chat_view.isEnabled()
    assert window.windowTitle() == "Wegly Chat Viewer"
    # Then the busy page: what is happening, and for how long (from the injected clock).
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.loading_page, timeout=3000)
    assert window.loading_label.text() == f"Looking up chat {SLOW_ID}…"
    assert window.loading_detail.text() == "Waiting for 0 s"
    clock.advance(timedelta(seconds=7))
    qtbot.waitUntil(lambda: window.loading_detail.text() == "Waiting for 7 s", timeout=3000)
    window.cancel_lookup()
    qtbot.waitUntil(lambda: viewer.controller is not None and not viewer.controller.is_busy)


def test_a_retried_lookup_says_which_attempt_it_is_on(
    qtbot: QtBot, viewer: ViewerApp, server: ContractServer
) -> None:
    window = viewer.window
    busy = Reply(503, {"message": "Service Unavailable"})
    server.script(RESOLVED_ID, [busy, Reply(503, {"message": "busy"}, delay=5.0)])
    submit(window, RESOLVED_ID)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.loading_page, timeout=3000)
    qtbot.waitUntil(
        lambda: window.loading_detail.text().startswith("Waiting for 0 s · attempt 2 of 3"),
        timeout=5000,
    )
    assert window.loading_detail.text().splitlines() == [
        "Waiting for 0 s · attempt 2 of 3",
        "Wegly was slow or busy, so the app is asking again by itself.",
    ]
    assert window.loading_detail.isVisible()
    window.cancel_lookup()
    qtbot.waitUntil(lambda: viewer.controller is not None and not viewer.controller.is_busy)
    assert window.stack.currentWidget() is window.empty_page


# --- 12. rate limit: a countdown and one retry by itself ------------------------------------


def _rate_limited() -> Reply:
    # Longer than the client waits by itself (30 s), so the lookup fails at once.
    return Reply(429, {"message": "Too Many Requests"}, {"Retry-After": "31"})


def test_the_rate_limit_banner_counts_down_and_retries_once(
    qtbot: QtBot, viewer: ViewerApp, server: ContractServer, clock: FixedClock
) -> None:
    window = viewer.window
    server.script(RESOLVED_ID, [_rate_limited()])
    look_up(qtbot, viewer, RESOLVED_ID)
    banner = window.banner
    assert banner.title.text() == "Too many requests"
    assert banner.note.isVisible()
    assert banner.note.text() == "Trying again by itself in 31 s…"

    clock.advance(timedelta(seconds=20))
    qtbot.waitUntil(lambda: banner.note.text() == "Trying again by itself in 11 s…", timeout=3000)
    clock.advance(timedelta(seconds=11))
    view = window.chat_view
    assert view is not None
    qtbot.waitUntil(lambda: view.chat is not None and view.chat.id == RESOLVED_ID, timeout=5000)
    assert not banner.isVisible()
    asked = [r for r in server.requests if r.path.endswith(RESOLVED_ID)]
    assert len(asked) == 2


def test_the_automatic_retry_happens_only_once(
    qtbot: QtBot, viewer: ViewerApp, server: ContractServer, clock: FixedClock
) -> None:
    window = viewer.window
    server.script(RESOLVED_ID, [_rate_limited(), _rate_limited()])
    look_up(qtbot, viewer, RESOLVED_ID)
    clock.advance(timedelta(seconds=31))
    qtbot.waitUntil(
        lambda: len([r for r in server.requests if r.path.endswith(RESOLVED_ID)]) == 2,
        timeout=5000,
    )
    qtbot.waitUntil(lambda: viewer.controller is not None and not viewer.controller.is_busy)
    qtbot.waitUntil(window.banner.isVisible)
    assert window.banner.title.text() == "Too many requests"
    assert not window.banner.note.isVisible()  # no second countdown
    clock.advance(timedelta(seconds=60))
    qtbot.wait(1500)
    assert len([r for r in server.requests if r.path.endswith(RESOLVED_ID)]) == 2


# --- 2. a way back -----------------------------------------------------------------------------


def test_the_start_page_is_one_click_or_alt_home_away(qtbot: QtBot, viewer: ViewerApp) -> None:
    window = viewer.window
    look_up(qtbot, viewer, OPEN_ID)
    assert window.stack.currentWidget() is window.chat_page
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.empty_page
    assert window.recent_list.isVisible()
    assert window.recent_list.item(0).text() == f"Maria Aparecida Souza  ·  {OPEN_ID}"
    assert window.windowTitle() == "Wegly Chat Viewer"
    assert window.lookup_bar.input.text() == ""

    qtbot.mouseClick(window.recent_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.recent_list.visualItemRect(window.recent_list.item(0)).center())  # fmt: skip
    qtbot.waitUntil(lambda: viewer.controller is not None and not viewer.controller.is_busy)
    assert window.stack.currentWidget() is window.chat_page

    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.empty_page


def test_in_demo_mode_the_sample_list_is_one_click_away(
    qtbot: QtBot, make_viewer: Callable[..., ViewerApp]
) -> None:
    viewer = make_viewer(Options(demo=True))
    window = viewer.window
    look_up(qtbot, viewer, OPEN_ID)
    assert not window.demo_list.isVisible()
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    assert window.demo_list.isVisible()
    item = window.demo_list.item(DEMO_INDEX_RESOLVED)
    assert item.text().startswith("João Pedro Almeida")
    qtbot.mouseClick(window.demo_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.demo_list.visualItemRect(item).center())  # fmt: skip
    qtbot.waitUntil(lambda: viewer.controller is not None and not viewer.controller.is_busy)
    assert window.chat_view is not None and window.chat_view.chat is not None
    assert window.chat_view.chat.id == RESOLVED_ID
    assert window.windowTitle() == "João Pedro Almeida — Wegly Chat Viewer — demo"


DEMO_INDEX_RESOLVED = list(DEMO_CHAT_IDS).index("resolved")


def test_recent_chats_by_name_in_the_lookup_field_and_only_ids_on_disk(
    qtbot: QtBot, viewer: ViewerApp, settings: Any, settings_dir: Path
) -> None:
    window = viewer.window
    look_up(qtbot, viewer, OPEN_ID)
    look_up(qtbot, viewer, RESOLVED_ID)
    field = window.lookup_bar.input
    field.clear()
    field.setFocus()
    qtbot.keyClicks(field, "maria")
    popup = window.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    shown = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert shown == [f"Maria Aparecida Souza  ·  {OPEN_ID}"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: viewer.controller is not None and not viewer.controller.is_busy)
    view = window.chat_view
    assert view is not None and view.chat is not None and view.chat.id == OPEN_ID

    # Down in the empty field lists them all, newest first.
    field.clear()
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    shown = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert shown == [
        f"Maria Aparecida Souza  ·  {OPEN_ID}",
        f"João Pedro Almeida  ·  {RESOLVED_ID}",
    ]
    popup.hide()

    settings.sync()
    on_disk = (settings_dir / "settings.json").read_text(encoding="utf-8")
    assert OPEN_ID in on_disk and RESOLVED_ID in on_disk
    for path in settings_dir.parent.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            assert "Maria" not in text and "João" not in text, path


# --- 3. per-chat view state --------------------------------------------------------------------


def test_filters_searches_and_splitters_start_fresh_for_another_chat(
    qtbot: QtBot, viewer: ViewerApp
) -> None:
    window = viewer.window
    look_up(qtbot, viewer, OPEN_ID)
    view = window.chat_view
    assert view is not None
    agents = view.panel("tab_agents")
    view.setCurrentWidget(agents)
    agents_filter = agents.findChild(QLineEdit, "agents_filter")
    assert agents_filter is not None
    no_match = agents.findChild(QWidget, "agents_no_match")
    assert no_match is not None
    agents_filter.setText("zzz")
    # A filter that hides everything says so, with a way out.
    assert no_match.isVisible()
    assert "No agent matches the filter “zzz”." in tab_text(viewer, "tab_agents")
    clear_button = agents.findChild(QPushButton, "agents_clear_filter")
    assert clear_button is not None and clear_button.text() == "Clear filter"
    qtbot.mouseClick(clear_button, Qt.MouseButton.LeftButton)
    assert agents_filter.text() == ""
    assert not no_match.isVisible()

    agents_filter.setText("Ana")
    splitter = agents.findChild(QSplitter)
    assert splitter is not None
    splitter.setSizes([40, 400])
    raw_search = view.panel("tab_raw_json").findChild(QLineEdit, "raw_search")
    assert raw_search is not None
    raw_search.setText("Maria")

    window.resize(720, 480)  # small enough for the overview to scroll
    view.setCurrentIndex(0)
    overview_area = view.panel("tab_overview").findChild(QScrollArea)
    assert overview_area is not None
    qtbot.waitUntil(lambda: overview_area.verticalScrollBar().maximum() > 0)
    overview_area.verticalScrollBar().setValue(overview_area.verticalScrollBar().maximum())

    window.refresh()  # the same chat again keeps what the agent set
    qtbot.waitUntil(lambda: viewer.controller is not None and not viewer.controller.is_busy)
    assert agents_filter.text() == "Ana"
    assert raw_search.text() == "Maria"
    assert overview_area.verticalScrollBar().value() > 0

    look_up(qtbot, viewer, RESOLVED_ID)  # another chat starts fresh
    assert agents_filter.text() == ""
    assert raw_search.text() == ""
    assert " of " not in tab_text(viewer, "tab_agents")  # no "Participants (0 of 2)"
    assert overview_area.verticalScrollBar().value() == 0
    first, second = splitter.sizes()
    assert abs(first - second) <= 1, (first, second)  # back to half and half


# --- 10. triage at a glance ------------------------------------------------------------------


def test_badges_title_and_age_tell_the_chat_at_a_glance(
    qtbot: QtBot, viewer: ViewerApp, clock: FixedClock
) -> None:
    window = viewer.window
    look_up(qtbot, viewer, DEMO_CHAT_IDS["archived"])
    view = window.chat_view
    assert view is not None
    archived = view.findChild(Badge, "badge_archived")
    assert archived is not None and archived.isVisible()
    assert archived.text() == "Archived"
    assert archived.toolTip().startswith("This chat was archived in Wegly on ")
    assert window.windowTitle() == "Fernanda Costa Ribeiro — Wegly Chat Viewer"
    assert window.data_age_label.text() == "Updated at 2:00 PM"
    assert window.age_timer.isActive()
    clock.advance(timedelta(minutes=3))
    window.age_timer.timeout.emit()  # its 30 s tick, now
    assert window.data_age_label.text() == "Updated at 2:00 PM (3 min ago)"

    look_up(qtbot, viewer, DEMO_CHAT_IDS["snoozed_urgent"])
    status = view.findChild(Badge, "badge_status")
    assert status is not None and status.text() == "Chat snoozed"
    assert status.toolTip() == "The chat was snoozed: an agent put it aside for later."
    assert not archived.isVisible()


def test_triage_words_in_portuguese(
    window_pt_br: Path, qtbot: QtBot, viewer: ViewerApp, server: ContractServer, clock: FixedClock
) -> None:
    window = viewer.window
    look_up(qtbot, viewer, DEMO_CHAT_IDS["archived"])
    view = window.chat_view
    assert view is not None
    archived = view.findChild(Badge, "badge_archived")
    assert archived is not None and archived.text() == "Arquivado"
    assert window.data_age_label.text() == "Atualizado às 14:00"
    clock.advance(timedelta(minutes=3))
    window.age_timer.timeout.emit()
    assert window.data_age_label.text() == "Atualizado às 14:00 (há 3 min)"
    status = view.findChild(Badge, "badge_status")
    window_badge = view.findChild(Badge, "badge_window")
    assert status is not None and window_badge is not None
    # What the agent can still send is the window's, not the chat's: the two words differ.
    assert status.text().startswith("Chat ")
    assert window_badge.text().startswith("Janela de 24 h ")
    assert window_badge.toolTip() == (
        "Com a janela de 24 horas aberta, o atendente pode mandar qualquer mensagem; depois "
        "que ela encerra, só modelos aprovados."
    )

    chat = build_samples(clock.now())[OPEN_ID]
    chat["id"] = "5e1ec7ed-0000-4000-8000-0000000000a1"
    chat["assigned_agent"] = {}
    chat.pop("assigned_agent_id", None)
    server.set_chat(chat)
    look_up(qtbot, viewer, chat["id"])
    assert "Sem atendente" in tab_text(viewer, "tab_overview")
    assert "Sem atendente" in tab_text(viewer, "tab_agents")

    look_up(qtbot, viewer, NOT_FOUND_ID)
    assert window.previous_label.text() == (
        "Mostrando o chat anterior: Maria Aparecida Souza. A busca do chat "
        f"{NOT_FOUND_ID} não deu certo: nada abaixo é desse chat."
    )
    assert f"Chat procurado: {NOT_FOUND_ID}" in window.banner.message.text()
    assert window.back_to_chat_button.text() == "Voltar a este chat"
    assert window.home_button.text() == "Início"
