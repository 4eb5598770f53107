"""``wegly-viewer``: the desktop app (``python -m wegly_viewer``).

For now a placeholder window; the viewer itself arrives with the desktop-viewer issue.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from wegly_viewer.core.version import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wegly-viewer", description=f"{APP_NAME} {__version__}")
    parser.add_argument("chat", nargs="?", help="chat UUID, or a link or text containing it")
    parser.add_argument("--demo", action="store_true", help="use the built-in demo server")
    parser.add_argument(
        "--demo-if-no-key",
        action="store_true",
        help="use the demo server when no API key is stored (what ./run does)",
    )
    parser.add_argument("--base-url", help="API server address")
    parser.add_argument("--profile", default="default", help="keyring profile name")
    parser.add_argument(
        "--theme",
        choices=["system", "light", "dark"],
        default="system",
        help="colour theme (default: follow the system)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, then start the Qt app (imported late so --help stays instant)."""
    args = build_parser().parse_args(argv)
    from wegly_viewer.ui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
