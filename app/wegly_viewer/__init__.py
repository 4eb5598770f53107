"""Wegly Chat Viewer: look up a Wegly WhatsApp chat by ID and show everything about it."""

from wegly_viewer.core.version import APP_NAME, __version__

__all__ = ["APP_NAME", "__version__"]
