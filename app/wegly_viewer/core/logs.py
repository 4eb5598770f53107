"""Logging to a rotating file in the user's log folder, scrubbed of secrets and personal data.

Support can ask for this file; it must never hold the API key, a CPF/CNPJ or a bearer header,
whatever a developer passes to a log call, so the scrubbing happens in a handler filter.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from platformdirs import user_log_dir

from wegly_viewer.core.redact import redact_personal, redact_secrets
from wegly_viewer.core.version import APP_NAME

LOG_FILE = "wegly-chat-viewer.log"


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (arguments merged) and traceback text, scrubbed."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = redact_personal(redact_secrets(message))
        record.args = None
        if record.exc_info:
            formatter = logging.Formatter()
            record.exc_text = redact_personal(
                redact_secrets(formatter.formatException(record.exc_info))
            )
            record.exc_info = None
        return True


def log_directory() -> Path:
    return Path(user_log_dir(APP_NAME, appauthor=False))


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Send the app's logs to a rotating file (1 MB × 3). Returns its path, or None if the
    folder cannot be written (the app then logs to stderr only; it never fails to start)."""
    root = logging.getLogger("wegly_viewer")
    root.setLevel(level)
    scrub = RedactingFilter()
    console = logging.StreamHandler()
    console.addFilter(scrub)
    console.setLevel(logging.WARNING)
    root.addHandler(console)
    folder = directory or log_directory()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_FILE
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.addFilter(scrub)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path
