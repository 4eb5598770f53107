"""``wegly-viewer``: the desktop app (``python -m wegly_viewer``).

For now a placeholder window; the viewer itself arrives with the desktop-viewer issue.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
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
        help="colour theme, kept for the next start (default: the stored one, else system)",
    )
    parser.add_argument(
        "--lang",
        choices=["pt_BR", "en"],
        help="language of the texts (default: the stored one, else the system locale)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (Qt plugins, keyring, TLS, fonts, a demo lookup) and exit",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, then start the Qt app (imported late so --help stays instant)."""
    args = build_parser().parse_args(argv)
    if args.self_test:
        return _self_test()
    from wegly_viewer.ui.app import run

    return run(args)


def _self_test() -> int:
    """Run ``--self-test``; a windowed Windows build has no stdout, so it writes a file then."""
    from wegly_viewer.ui.self_test import run_self_test

    if sys.stdout is not None:
        return run_self_test()
    path = os.environ.get("WEGLY_SELF_TEST_OUTPUT") or os.path.join(
        tempfile.gettempdir(), "wegly-viewer-self-test.txt"
    )
    with open(path, "w", encoding="utf-8") as out:
        return run_self_test(out)


if __name__ == "__main__":
    sys.exit(main())
