"""The one version of the app, a constant here; pyproject reads it (``[tool.hatch.version]``).

A constant, not ``importlib.metadata``: reading the installed metadata costs ~50 ms at every
start (the viewer's first paint, ``wegly-lookup``), and a source tree that was never installed
still knows its version.
"""

APP_NAME = "Wegly Chat Viewer"
DIST_NAME = "wegly-chat-viewer"

# Read by hatchling's regex version source: keep it a plain ``__version__ = "…"`` line.
__version__ = "0.1.0"


def user_agent() -> str:
    """The User-Agent every request carries, e.g. ``WeglyChatViewer/0.1.0 (Linux; Python 3.11)``."""
    import platform  # only when a client is built: ~10 ms that the first paint need not pay

    return f"WeglyChatViewer/{__version__} ({platform.system() or 'unknown'}; Python {platform.python_version()})"
