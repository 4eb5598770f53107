"""The error banner and the key dialog for every error kind: a title, the right buttons, no crash."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from wegly_viewer.core.errors import ErrorKind, WeglyError
from wegly_viewer.core.field_words import FieldWarning
from wegly_viewer.core.secrets import MemoryTokenStore
from wegly_viewer.ui.dialogs.token_dialog import TokenDialog
from wegly_viewer.ui.widgets.error_banner import ErrorBanner
from wegly_viewer.ui.workers import TaskRunner

TITLES = {
    ErrorKind.INVALID_INPUT: "Cannot look this up",
    ErrorKind.AUTH: "API key rejected",
    ErrorKind.FORBIDDEN: "Key not allowed",
    ErrorKind.NOT_FOUND: "Chat not found",
    ErrorKind.NETWORK: "No connection to Wegly",
    ErrorKind.SERVER: "Wegly server error",
    ErrorKind.BAD_RESPONSE: "Invalid answer from the server",
    ErrorKind.RATE_LIMITED: "Too many requests",
}


@pytest.mark.parametrize("kind", list(ErrorKind))
def test_banner_shows_every_kind(qtbot: QtBot, kind: ErrorKind) -> None:
    banner = ErrorBanner()
    qtbot.addWidget(banner)
    banner.show_error(WeglyError(kind, "not_json", detail="HTTP 200 from /chats/x"))
    assert banner.isVisible()
    assert banner.severity == "error"
    assert banner.title.text() == TITLES.get(kind, "a new kind needs its title in TITLES")
    assert (
        banner.message.text()
        == "The server's answer could not be read (it is broken or incomplete)."
    )
    assert banner.copy_button.isVisible()


@pytest.mark.parametrize(
    ("kind", "message_id", "retry", "change_key"),
    [
        (ErrorKind.INVALID_INPUT, "no_uuid", False, False),
        (ErrorKind.INVALID_INPUT, "no_token", False, True),  # no key yet: enter one
        (ErrorKind.AUTH, "auth", False, True),
        (ErrorKind.FORBIDDEN, "forbidden", False, True),
        (ErrorKind.NOT_FOUND, "not_found", False, False),
        (ErrorKind.NETWORK, "tls", True, False),
        (ErrorKind.SERVER, "server_error", True, False),
        (ErrorKind.BAD_RESPONSE, "id_missing", True, False),
        (ErrorKind.RATE_LIMITED, "rate_limited_unknown", True, False),
    ],
)
def test_banner_offers_the_next_step_of_its_kind(
    qtbot: QtBot, kind: ErrorKind, message_id: str, retry: bool, change_key: bool
) -> None:
    banner = ErrorBanner()
    qtbot.addWidget(banner)
    banner.show_error(WeglyError(kind, message_id, params={"status": 401, "attempts": 1}))
    assert banner.retry_button.isVisible() is retry
    assert banner.change_key_button.isVisible() is change_key


def test_banner_for_an_unexpected_exception_is_generic(qtbot: QtBot) -> None:
    banner = ErrorBanner()
    qtbot.addWidget(banner)
    banner.show_error(RuntimeError("secret internals"))
    assert banner.title.text() == "Something went wrong"
    assert "secret internals" not in banner.message.text() + banner.detail
    assert banner.retry_button.isVisible()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(5000)


@pytest.mark.parametrize(
    ("kind", "message_id", "status"),
    [
        (ErrorKind.AUTH, "auth", "Key rejected. Wegly refused the API key (error 403): it has"),
        (ErrorKind.FORBIDDEN, "forbidden", "Key not allowed. Wegly knows the API key but does"),
        (ErrorKind.NETWORK, "tls", "No connection. The server's security certificate could"),
        (ErrorKind.SERVER, "server_error", "Server error. Wegly was reached but failed to"),
        (ErrorKind.NOT_FOUND, "not_found", "Test failed. Chat not found."),
        (ErrorKind.INVALID_INPUT, "bad_token", "Test failed. The saved API key contains"),
        (ErrorKind.BAD_RESPONSE, "not_json", "Test failed. The server's answer could not be"),
        (ErrorKind.RATE_LIMITED, "rate_limited_unknown", "Test failed. Too many requests in"),
    ],
)
def test_key_dialog_names_the_failure_of_its_kind(
    qtbot: QtBot, runner: TaskRunner, kind: ErrorKind, message_id: str, status: str
) -> None:
    def failing_test(token: str, origin: str | None) -> None:
        raise WeglyError(kind, message_id, params={"status": 403, "attempts": 3})

    dialog = TokenDialog(MemoryTokenStore(), "default", runner, failing_test)
    qtbot.addWidget(dialog)
    dialog.token_input.setText("eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.c2ln")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.status.text() != "Testing the key…", timeout=5000)
    assert dialog.status.text().startswith(status)
    assert dialog.test_button.isEnabled()


def test_warnings_say_which_parts_in_words_and_copy_the_technical_detail(qtbot: QtBot) -> None:
    banner = ErrorBanner()
    qtbot.addWidget(banner)
    banner.show_warnings(
        [
            FieldWarning(("crm_person", "documents", 0), "input should be a valid dictionary"),
            FieldWarning(("crm_person", "documents", 0, "value"), "input should be a string"),
            FieldWarning(("unread_count",), "input should be a valid integer"),
        ]
    )
    assert banner.severity == "warning"
    assert banner.title.text() == "Part of the chat could not be read"
    text = banner.message.text()
    assert text.splitlines()[0] == "Everything else is shown. What is missing:"
    assert "• CRM document 1 could not be read." in text.splitlines()
    assert "• The number of unread messages could not be read." in text.splitlines()
    assert text.count("CRM document 1") == 1  # one sentence per part, however many values
    assert "valid" not in text and "crm_person" not in text
    assert banner.detail == (
        "crm_person.documents[0]: input should be a valid dictionary\n"
        "crm_person.documents[0].value: input should be a string\n"
        "unread_count: input should be a valid integer"
    )


def test_warnings_in_portuguese(qtbot: QtBot, pt_br: None) -> None:
    banner = ErrorBanner()
    qtbot.addWidget(banner)
    banner.show_warnings([FieldWarning(("crm_person", "documents", 1), "not a dictionary")])
    assert "• Documento 2 do CRM não pôde ser lido." in banner.message.text().splitlines()
