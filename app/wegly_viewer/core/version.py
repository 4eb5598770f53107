"""The one version of the app, read from the installed package metadata (set in pyproject)."""

import platform
from importlib import metadata

APP_NAME = "Wegly Chat Viewer"
DIST_NAME = "wegly-chat-viewer"

try:
    __version__ = metadata.version(DIST_NAME)
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"


def user_agent() -> str:
    """The User-Agent every request carries, e.g. ``WeglyChatViewer/0.1.0 (Linux; Python 3.11)``."""
    return f"WeglyChatViewer/{__version__} ({platform.system() or 'unknown'}; Python {platform.python_version()})"
