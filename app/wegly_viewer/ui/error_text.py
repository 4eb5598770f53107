"""The user message of a core error as the GUI shows it.

Core translates its own messages (``core/i18n.tr``, installed over Qt's translator by
``ui/translations.py``): the template is translated first and filled in afterwards.
"""

from __future__ import annotations

from wegly_viewer.core.errors import WeglyError


def error_text(error: WeglyError) -> str:
    return error.user_message
