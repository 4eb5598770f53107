"""Fail soft for people, loud for developers: unexpected exceptions and Qt messages.

An exception nobody caught is written (scrubbed) to the log and shown in a dialog with
"Copy details"; the app keeps running. Qt's own warnings go to ``logging``.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from wegly_viewer.core.redact import redact_personal, redact_secrets
from wegly_viewer.ui.text import tr

log = logging.getLogger("wegly_viewer.crash")
_qt_log = logging.getLogger("wegly_viewer.qt")


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    details = redact_personal(redact_secrets("".join(traceback.format_exception(kind, error, tb))))
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        tr("CrashDialog", "Something went wrong"),
        tr(
            "CrashDialog",
            "An unexpected error happened. The app keeps running; if it happens again, copy the "
            "details and send them to support.",
        ),
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText(details)
    copy = box.addButton(tr("CrashDialog", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy:
        clipboard = QApplication.clipboard()
        clipboard.setText(details)


def _qt_message_handler(mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    _qt_log.log(level, "%s", message)


def install() -> None:
    """Route uncaught exceptions and Qt messages (call once, from the app's entry point)."""
    sys.excepthook = _excepthook
    qInstallMessageHandler(_qt_message_handler)
