"""The log file never holds the key, bearer headers or document numbers."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from wegly_viewer.core.logs import LOG_FILE, setup_logging

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJsb2cifQ.bG9nLXNpZ25hdHVyZS14eXo"


@pytest.fixture
def app_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("wegly_viewer")
    saved = (list(logger.handlers), logger.level)
    yield logger
    for handler in logger.handlers:
        if handler not in saved[0]:
            handler.close()
    logger.handlers[:] = saved[0]
    logger.setLevel(saved[1])


@pytest.mark.allow_error_log  # logs an exception on purpose to see it scrubbed
def test_log_file_is_scrubbed(tmp_path: Path, app_logger: logging.Logger) -> None:
    path = setup_logging(tmp_path)
    assert path == tmp_path / LOG_FILE
    log = logging.getLogger("wegly_viewer.test")
    log.info("request with Authorization: Bearer %s for CPF %s", TOKEN, "123.456.789-09")
    try:
        raise ValueError(f"boom {TOKEN}")
    except ValueError:
        log.exception("failed for 12345678909")
    for handler in app_logger.handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "request with Authorization" in text
    assert "ValueError" in text  # the traceback is kept, scrubbed
    assert TOKEN not in text
    assert TOKEN.split(".")[2] not in text
    assert "123.456.789-09" not in text
    assert "12345678909" not in text


def test_unwritable_log_folder_does_not_fail(tmp_path: Path, app_logger: logging.Logger) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert setup_logging(blocker / "logs") is None
