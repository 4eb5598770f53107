"""Runs chat lookups in the background and tells the window what happened.

The GUI thread only starts lookups and receives results; the HTTP request and the parsing of
the (possibly huge) payload both happen on a pool thread. Every lookup gets a request id and
only the latest one may reach the window: a new lookup, Cancel or shutdown bumps the id, so a
late result of a superseded request is dropped.

When a chat has loaded, its conversation (the timeline endpoint) is fetched by a second task
under the same request id: the chat is on screen without waiting for it, a timeline of an older
lookup is dropped like any stale result, and a failed timeline only reaches the conversation
tab (``timeline_failed``), never the chat.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot

from wegly_viewer.core.client import ChatClient
from wegly_viewer.core.clock import Clock
from wegly_viewer.core.defaults import DEFAULT_TIMEOUT_S
from wegly_viewer.core.errors import WeglyError
from wegly_viewer.core.models import ChatDetail
from wegly_viewer.core.timeline import DEFAULT_PAGE_SIZE, TimelineFacts, build_timeline_facts
from wegly_viewer.ui.prepared import PreparedChat, PreparedTimeline, prepare_chat, prepare_timeline
from wegly_viewer.ui.workers import TaskRunner

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Connection:
    """Where and how to reach the API (the token stays out of every repr)."""

    base_url: str
    token: str | None
    origin: str | None = None
    timeout: float = DEFAULT_TIMEOUT_S
    ca_bundle: str | None = None

    def __repr__(self) -> str:
        return f"Connection(base_url={self.base_url!r}, origin={self.origin!r})"


class _ProgressRelay(QObject):
    """Lives on the GUI thread; the worker emits on it, so the signal arrives queued.

    Signals:
        attempt(int, int, int): request id, attempt number, most attempts there can be.
    """

    attempt = Signal(int, int, int)


class _Lookup:
    """One request: builds its own client on the worker so Cancel can abort just this one."""

    def __init__(
        self,
        connection: Connection,
        chat_id: str,
        clock: Clock,
        on_attempt: Callable[[int, int], None] | None = None,
    ) -> None:
        self._connection = connection
        self._clock = clock
        self._chat_id = chat_id
        self._on_attempt = on_attempt
        self._client: ChatClient | None = None
        self._cancelled = False

    def __call__(self) -> PreparedChat:
        c = self._connection
        client = ChatClient(
            c.base_url,
            c.token,
            c.origin,
            c.timeout,
            ca_bundle=c.ca_bundle,
            clock=self._clock,
            on_attempt=self._on_attempt,
        )
        self._client = client
        try:
            if self._cancelled:
                client.cancel()
            parsed = client.get_chat(self._chat_id)
        finally:
            client.close()
        # Still on the worker: turn the (possibly huge) chat into rows here, not in the GUI.
        return prepare_chat(parsed)

    def cancel(self) -> None:
        self._cancelled = True
        if self._client is not None:
            self._client.cancel()


class _TimelineFetch:
    """One timeline page for a loaded chat, merged into ``previous`` (an older page) on the worker."""

    def __init__(
        self,
        connection: Connection,
        chat: ChatDetail,
        clock: Clock,
        previous: TimelineFacts | None,
        page_size: int,
    ) -> None:
        self._connection = connection
        self._chat = chat
        self._clock = clock
        self._previous = previous
        self._page_size = page_size
        self._client: ChatClient | None = None
        self._cancelled = False

    def __call__(self) -> PreparedTimeline:
        c = self._connection
        client = ChatClient(
            c.base_url, c.token, c.origin, c.timeout, ca_bundle=c.ca_bundle, clock=self._clock
        )
        self._client = client
        offset = self._previous.next_offset if self._previous is not None else 0
        try:
            if self._cancelled:
                client.cancel()
            parsed = client.get_timeline(self._chat.id or "", limit=self._page_size, offset=offset)
        finally:
            client.close()
        facts = build_timeline_facts(self._chat, parsed.model, self._previous, parsed.warnings)
        return prepare_timeline(facts)

    def cancel(self) -> None:
        self._cancelled = True
        if self._client is not None:
            self._client.cancel()


class LookupController(QObject):
    """Starts, supersedes and cancels chat lookups.

    Signals:
        started(str): a lookup for this chat id began.
        loaded(object): a :class:`PreparedChat` arrived for the latest lookup.
        failed(object): the latest lookup failed; a :class:`WeglyError` (or, for a bug, any
            exception, which the window reports without a traceback).
        cancelled(): the latest lookup was cancelled.
        timeline_started(bool): the conversation of the loaded chat is being fetched (True: an
            older page, "Carregar anteriores").
        timeline_loaded(object): :class:`PreparedTimeline` of the latest lookup's chat.
        timeline_failed(object): fetching the conversation failed (the chat stays shown).
        progress(int, int): the latest lookup began attempt n (first) of at most m (second);
            the worker never waits for the GUI to take it.
    """

    started = Signal(str)
    progress = Signal(int, int)
    loaded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    timeline_started = Signal(bool)
    timeline_loaded = Signal(object)
    timeline_failed = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        connection: Connection,
        clock: Clock,
        parent: QObject | None = None,
        *,
        timeline_page_size: int = DEFAULT_PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._page_size = timeline_page_size
        self._timeline_job: _TimelineFetch | None = None
        self._timeline: TimelineFacts | None = None
        self._timeline_chat: ChatDetail | None = None
        self._clock = clock
        self._connection = connection
        self._request_id = 0
        self._current: _Lookup | None = None
        self._last_chat_id: str | None = None
        self._closed = False
        self._relay = _ProgressRelay(self)
        self._relay.attempt.connect(self._on_relay_attempt)

    @property
    def connection(self) -> Connection:
        return self._connection

    def set_connection(self, connection: Connection) -> None:
        """Use another server or key from the next lookup on (e.g. after a key change)."""
        self._connection = connection

    @property
    def is_busy(self) -> bool:
        return self._current is not None

    def lookup(self, chat_id: str) -> int:
        """Fetch ``chat_id`` (already normalised), superseding any running lookup."""
        if self._closed:
            return self._request_id
        self._abandon_current()
        self._request_id += 1
        self._last_chat_id = chat_id
        request_id = self._request_id
        relay = self._relay

        def on_attempt(attempt: int, total: int) -> None:  # on the worker: a queued signal only
            relay.attempt.emit(request_id, attempt, total)

        job = _Lookup(self._connection, chat_id, self._clock, on_attempt)
        self._current = job
        self.started.emit(chat_id)
        self._runner.start(
            self._request_id,
            job,
            on_success=self._on_task_succeeded,
            on_failure=self._on_task_failed,
            on_cancel=self._on_task_cancelled,
        )
        return self._request_id

    @property
    def timeline_busy(self) -> bool:
        return self._timeline_job is not None

    def reload_timeline(self) -> bool:
        """Fetch the conversation of the chat on screen again (after it failed)."""
        if self._closed or self._timeline_job is not None or self._timeline_chat is None:
            return False
        self._timeline = None
        self._start_timeline(self._timeline_chat, None)
        return True

    def load_older_timeline(self) -> bool:
        """Fetch the page before the oldest one received; False when there is nothing to ask."""
        timeline = self._timeline
        if (
            self._closed
            or self._timeline_job is not None
            or self._timeline_chat is None
            or timeline is None
            or not timeline.has_older
        ):
            return False
        self._start_timeline(self._timeline_chat, timeline)
        return True

    def _start_timeline(self, chat: ChatDetail, previous: TimelineFacts | None) -> None:
        job = _TimelineFetch(self._connection, chat, self._clock, previous, self._page_size)
        self._timeline_job = job
        self._timeline_chat = chat
        self.timeline_started.emit(previous is not None)
        self._runner.start(
            self._request_id,
            job,
            on_success=self._on_timeline_succeeded,
            on_failure=self._on_timeline_failed,
            on_cancel=self._on_timeline_cancelled,
        )

    def refresh(self) -> bool:
        """Look up the last chat again; False when there is none."""
        if self._last_chat_id is None:
            return False
        self.lookup(self._last_chat_id)
        return True

    def cancel(self) -> None:
        """Stop the running lookup; nothing it returns will be shown."""
        if self._current is None:
            return
        self._abandon_current()
        self._request_id += 1
        self.cancelled.emit()

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Cancel everything and wait (bounded) for the pool. Idempotent."""
        if not self._closed:
            self._closed = True
            self._abandon_current()
            self._request_id += 1
        return self._runner.shutdown(timeout_ms)

    def _abandon_current(self) -> None:
        if self._current is not None:
            self._current.cancel()
            self._current = None
        if self._timeline_job is not None:
            self._timeline_job.cancel()
            self._timeline_job = None
        self._timeline = None
        self._timeline_chat = None

    def _finish(self) -> None:
        self._current = None

    @Slot(int, int, int)
    def _on_relay_attempt(self, request_id: int, attempt: int, total: int) -> None:
        if request_id != self._request_id or self._closed or self._current is None:
            return
        self.progress.emit(attempt, total)

    @Slot(int, object)
    def _on_task_succeeded(self, request_id: int, result: object) -> None:
        if request_id != self._request_id or self._closed:
            return
        self._finish()
        self.loaded.emit(result)
        chat = getattr(result, "chat", None)
        if isinstance(chat, ChatDetail) and chat.id and not self._closed:
            self._start_timeline(chat, None)

    @Slot(int, object)
    def _on_task_failed(self, request_id: int, error: object) -> None:
        if request_id != self._request_id or self._closed:
            return
        if not isinstance(error, WeglyError):
            log.error("lookup failed unexpectedly: %s", type(error).__name__)
        self._finish()
        self.failed.emit(error)

    @Slot(int)
    def _on_task_cancelled(self, request_id: int) -> None:
        if request_id != self._request_id or self._closed:
            return
        self._finish()
        self.cancelled.emit()

    @Slot(int, object)
    def _on_timeline_succeeded(self, request_id: int, result: object) -> None:
        if request_id != self._request_id or self._closed or self._timeline_job is None:
            return
        self._timeline_job = None
        if isinstance(result, PreparedTimeline):
            self._timeline = result.facts
        self.timeline_loaded.emit(result)

    @Slot(int, object)
    def _on_timeline_failed(self, request_id: int, error: object) -> None:
        if request_id != self._request_id or self._closed or self._timeline_job is None:
            return
        if not isinstance(error, WeglyError):
            log.error("timeline failed unexpectedly: %s", type(error).__name__)
        self._timeline_job = None
        self.timeline_failed.emit(error)

    @Slot(int)
    def _on_timeline_cancelled(self, request_id: int) -> None:
        if request_id != self._request_id or self._closed:
            return
        self._timeline_job = None
