"""Text helpers every layer of the UI shares (panels and item models): translation, the dash
for missing values, tooltips that show untrusted text literally, and the cap on how much text
any label receives (``bounded``, ``core/bounds.py``). Imports only QtCore."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from wegly_viewer.core.bounds import LONG_TEXT_LIMIT, TEXT_LIMIT, bounded

__all__ = ["EMPTY", "LONG_TEXT_LIMIT", "TEXT_LIMIT", "bounded", "plain_tooltip", "tr"]

EMPTY = "—"  # shown for values the API did not send


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context`` (``QCoreApplication.translate``); the one tr helper.

    For plurals pass ``n`` positionally, ``tr("Ctx", "%n reaction(s)", None, n)``: lupdate
    only sees that form. ``%Ln`` writes ``n`` with the language's digit grouping (``10.000``).
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


def plain_tooltip(text: str | None) -> str | None:
    """A tooltip that shows API text literally.

    Qt renders a tooltip as rich text whenever it *looks* like HTML, so untrusted text is
    escaped inside an explicit rich-text wrapper. At most ``TEXT_LIMIT`` characters are shown.
    """
    if not text:
        return None
    return f"<qt>{html.escape(bounded(text))}</qt>"
