"""Rows built on the worker (PreparedChat) show exactly what the panels build themselves."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot
from ui_helpers import model_texts

from fixed_time import NOW
from wegly_viewer.core.clock import FixedClock
from wegly_viewer.core.models import parse_chat
from wegly_viewer.devserver import DEMO_CHAT_IDS
from wegly_viewer.devserver.samples import build_samples
from wegly_viewer.ui.panels.agents import AgentsPanel
from wegly_viewer.ui.panels.last_message import LastMessagePanel
from wegly_viewer.ui.prepared import PreparedChat, prepare_chat


def test_prepared_rows_match_what_panels_build(qtbot: QtBot, clock: FixedClock) -> None:
    raw = build_samples(NOW)[DEMO_CHAT_IDS["open_reactions"]]
    parsed = parse_chat(raw)
    built: list[PreparedChat] = []
    worker = threading.Thread(target=lambda: built.append(prepare_chat(parsed)))
    worker.start()
    worker.join(10)
    prepared = built[0]
    assert len(prepared.reaction_rows) == len(parsed.model.last_message.reactions or [])  # type: ignore[union-attr]

    direct, from_worker = LastMessagePanel(clock), LastMessagePanel(clock)
    agents_direct, agents_worker = AgentsPanel(), AgentsPanel()
    for widget in (direct, from_worker, agents_direct, agents_worker):
        qtbot.addWidget(widget)
    direct.show_chat(parsed.model)
    from_worker.show_chat(parsed.model, prepared)
    agents_direct.show_chat(parsed.model)
    agents_worker.show_chat(parsed.model, prepared)

    assert model_texts(direct.reactions_model) == model_texts(from_worker.reactions_model)
    assert "Ana Beatriz Lima" in model_texts(from_worker.reactions_model)
    for name in ("participants_model", "assignable_model"):
        assert model_texts(getattr(agents_direct, name)) == model_texts(
            getattr(agents_worker, name)
        )


def test_rows_built_on_the_worker_speak_pt_br(gui_pt_br: None) -> None:
    """The worker thread translates too (Qt's translators are process-wide and thread-safe)."""
    raw = build_samples(NOW)[DEMO_CHAT_IDS["open_reactions"]]
    parsed = parse_chat(raw)
    built: list[PreparedChat] = []
    worker = threading.Thread(target=lambda: built.append(prepare_chat(parsed)))
    worker.start()
    worker.join(10)
    prepared = built[0]

    first = prepared.reaction_rows[0]
    assert first[:2] == ("👍🏽", "Maria Aparecida Souza")
    assert first[3] == "24/11/2026 19:01"  # São Paulo (tests/ui/conftest.py)
    statuses = [row.status for row in prepared.assignable_rows]
    assert statuses == ["Online", "Ausente", "Offline", "Online", "Online", "Ausente"]  # API order
