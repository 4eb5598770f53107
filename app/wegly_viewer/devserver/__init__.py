"""Local contract server for the Wegly chat API: sample chats, scripted and broken replies.

Standard library only and Qt-free (import-linter enforces it), so tests, the CLI and demos can
all run it: ``python -m wegly_viewer.devserver --port 8765``.
"""

from wegly_viewer.devserver.conversations import (
    LONG_CONVERSATION_SIZE,
    PAGING_IGNORED_TOTAL,
    TIMELINE_CHAT_IDS,
    conversation_records,
)
from wegly_viewer.devserver.samples import (
    DEMO_CHAT_IDS,
    DEMO_CHAT_NAMES,
    ERROR_CHAT_IDS,
    ID_MISMATCH_SERVED_ID,
    SCHEMA_INVALID_SAMPLES,
    build_samples,
    build_timeline,
)
from wegly_viewer.devserver.server import (
    HUGE_BODY_SIZE,
    ContractServer,
    RecordedRequest,
    Reply,
)

__all__ = [
    "DEMO_CHAT_IDS",
    "DEMO_CHAT_NAMES",
    "ERROR_CHAT_IDS",
    "HUGE_BODY_SIZE",
    "ID_MISMATCH_SERVED_ID",
    "LONG_CONVERSATION_SIZE",
    "PAGING_IGNORED_TOTAL",
    "SCHEMA_INVALID_SAMPLES",
    "TIMELINE_CHAT_IDS",
    "ContractServer",
    "RecordedRequest",
    "Reply",
    "build_samples",
    "build_timeline",
    "conversation_records",
]
