"""``wegly-viewer``: the desktop app (``python -m wegly_viewer``).

For now a placeholder window; the viewer itself arrives with the desktop-viewer issue.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from wegly_viewer.core.command_line import CommandParser, command_language, parse_quietly
from wegly_viewer.core.i18n import install_catalogue, tr
from wegly_viewer.core.version import APP_NAME, __version__


def build_parser() -> CommandParser:
    """The command line, in the installed language (install the catalogue first)."""
    parser = CommandParser("wegly-viewer", f"{APP_NAME} {__version__}")
    parser.arguments.add_argument(
        "chat",
        nargs="?",
        metavar=tr("wegly-viewer", "CHAT"),
        help=tr("wegly-viewer", "the chat ID, or a link or text that contains it"),
    )
    options = parser.options
    options.add_argument(
        "--demo", action="store_true", help=tr("wegly-viewer", "use the built-in demo server")
    )
    options.add_argument(
        "--demo-if-no-key",
        action="store_true",
        help=tr("wegly-viewer", "use the demo server when no API key is saved (what ./run does)"),
    )
    options.add_argument(
        "--base-url", metavar="URL", help=tr("wegly-viewer", "Wegly server address")
    )
    options.add_argument(
        "--profile",
        default="default",
        metavar=tr("wegly-viewer", "NAME"),
        help=tr("wegly-viewer", "which saved profile (server, key and domain) to use"),
    )
    options.add_argument(
        "--theme",
        choices=["system", "light", "dark"],
        help=tr(
            "wegly-viewer",
            "colours: system, light or dark; kept for the next start (default: the saved one)",
        ),
    )
    options.add_argument(
        "--lang",
        choices=["pt_BR", "en"],
        help=tr(
            "wegly-viewer", "language of the texts (default: the saved one, else the system's)"
        ),
    )
    parser.add_version(f"wegly-viewer {__version__}")
    options.add_argument(
        "--self-test",
        action="store_true",
        help=tr(
            "wegly-viewer",
            "check this installation (Qt plugins, keyring, TLS, fonts, a demo lookup) and exit",
        ),
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, then start the Qt app (imported late so --help stays instant).

    The help and usage errors speak the language the window will (``--lang``, the setting,
    the locale), read from the ``.ts`` catalogue without Qt; a start that prints nothing skips
    it (the app installs Qt's translators anyway).
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_quietly(build_parser(), argv)
    if args is None:  # help, the version or a usage error: said in the user's language
        install_catalogue(command_language(argv, os.environ))
        args = build_parser().parse_args(argv)
    if args.self_test:
        return _self_test()
    import_qt_without_feature_hook()
    from wegly_viewer.ui.app import run

    return run(args)


def import_qt_without_feature_hook() -> None:
    """Import PySide6, then put Python's own ``__import__`` back.

    PySide6 replaces ``builtins.__import__`` with its ``__feature__`` hook (for
    ``from __feature__ import snake_case``, which this app never uses): it then reads the
    source file of every module imported or imported from after it, our window's included
    (~10 ms before the first paint, and more on the preloader thread, which holds the GIL
    for the GUI thread meanwhile). PySide6 keeps the original as ``builtins.__orig_import__``;
    anything else in its place is left alone.
    """
    import builtins

    import PySide6.QtCore  # noqa: F401

    original = getattr(builtins, "__orig_import__", None)
    if original is not None and builtins.__import__ is getattr(
        builtins, "__feature_import__", None
    ):
        builtins.__import__ = original


def _self_test() -> int:
    """Run ``--self-test``; a windowed Windows build has no stdout, so it writes a file then."""
    import tempfile

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
