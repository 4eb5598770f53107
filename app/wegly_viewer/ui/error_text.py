"""The user message of a core error, translated in the GUI.

Core keeps its messages as English templates with named fields (``core/errors.py``). The
template is translated first and filled in afterwards, so a translation can move the fields.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wegly_viewer.core.errors import MESSAGES, WeglyError


def error_text(error: WeglyError) -> str:
    template = QCoreApplication.translate("errors", MESSAGES[error.message_id])
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the error
        return error.user_message
