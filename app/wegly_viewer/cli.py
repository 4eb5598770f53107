"""``wegly-lookup``: look up one Wegly chat from a terminal or a script.

No Qt import here (import-linter enforces it), so the command starts fast. Exit codes are part
of the interface scripts rely on: one per error kind, in ``core.errors.ERROR_KINDS``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from typing import Protocol, TextIO

from wegly_viewer.core.chat_id import extract_chat_id
from wegly_viewer.core.clock import Clock, SystemClock
from wegly_viewer.core.command_line import CommandParser, command_language
from wegly_viewer.core.defaults import DEFAULT_BASE_URL, DEFAULT_TIMEOUT_S, DEMO_TOKEN
from wegly_viewer.core.errors import ERROR_KINDS, ErrorKind, WeglyError
from wegly_viewer.core.formatting import format_number, printable
from wegly_viewer.core.i18n import install_catalogue, tr
from wegly_viewer.core.secrets import (
    DEFAULT_PROFILE,
    KeyringTokenStore,
    TokenStoreError,
    token_from_env,
)
from wegly_viewer.core.settings_file import SETTINGS_FILE_NAME, user_settings_dir
from wegly_viewer.core.version import __version__

PROG = "wegly-lookup"
EXIT_OK = 0
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    """The command line, in the installed language (install the catalogue first)."""
    parser = CommandParser(
        PROG,
        tr("wegly-lookup", "Look up a Wegly chat by its ID (or a link or text that contains it)."),
        tr(
            "wegly-lookup",
            "The API key comes from WEGLY_TOKEN, else from the system keyring (the profile's key,\n"
            "saved by Wegly Chat Viewer).\n"
            "\n"
            "Exit codes:\n"
            "  0  chat shown\n"
            "  2  invalid input or command line (nothing was sent)\n"
            "  3  API key rejected or not allowed\n"
            "  4  chat not found\n"
            "  5  no connection, or Wegly server error\n"
            "  6  invalid answer from the server\n"
            "  7  too many requests",
        ),
    )
    parser.arguments.add_argument(
        "chat",
        metavar=tr("wegly-lookup", "CHAT"),
        help=tr("wegly-lookup", "the chat ID, or a link or text that contains it"),
    )
    options = parser.options
    options.add_argument(
        "--lang",
        choices=["pt_BR", "en"],
        help=tr(
            "wegly-lookup", "language of the texts (default: the saved one, else the system's)"
        ),
    )
    options.add_argument(
        "--json", action="store_true", help=tr("wegly-lookup", "print the chat as received (JSON)")
    )
    options.add_argument(
        "--base-url",
        metavar="URL",
        help=tr("wegly-lookup", "Wegly server address (default: the profile's, else {url})").format(
            url=DEFAULT_BASE_URL
        ),
    )
    options.add_argument(
        "--origin",
        metavar=tr("wegly-lookup", "DOMAIN"),
        help=tr(
            "wegly-lookup",
            "the allowed domain, for keys restricted to one (default: the profile's)",
        ),
    )
    options.add_argument(
        "--timeout",
        type=float,
        metavar=tr("wegly-lookup", "SECONDS"),
        help=tr(
            "wegly-lookup", "seconds to wait per attempt (default: the profile's, else {seconds})"
        ).format(seconds=format_number(int(DEFAULT_TIMEOUT_S))),
    )
    options.add_argument(
        "--profile",
        default=DEFAULT_PROFILE,
        metavar=tr("wegly-lookup", "NAME"),
        help=tr("wegly-lookup", "which saved profile (server, key and domain) to use"),
    )
    options.add_argument(
        "--demo",
        action="store_true",
        help=tr("wegly-lookup", "use the built-in demo server (no key needed)"),
    )
    parser.add_version(f"{PROG} {__version__}")
    return parser


def _fail(err: WeglyError, stderr: TextIO) -> int:
    stderr.write(f"{PROG}: {printable(err.user_message)}\n")
    return ERROR_KINDS[err.kind].exit_code


@contextmanager
def _demo_server(clock: Clock) -> Iterator[str]:
    from wegly_viewer.devserver import ContractServer

    with ContractServer(token=DEMO_TOKEN, clock=clock) as server:
        yield server.url


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    """Run the command; returns the exit code (the console script exits with it).

    The language is chosen and its catalogue installed before anything is printed (``--help``
    and usage errors included). ``clock`` is the composition's seam for a fixed time (tests);
    the command itself runs on the system clock.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    stdout, stderr = sys.stdout, sys.stderr
    for stream in (stdout, stderr):
        # UTF-8 whatever the console code page: names and emoji must come out intact.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    install_catalogue(command_language(argv, os.environ))
    args = build_parser().parse_args(argv)
    clock = clock if clock is not None else SystemClock()
    if args.timeout is not None and not (math.isfinite(args.timeout) and 0 < args.timeout <= 600):
        problem = tr(
            "wegly-lookup", "--timeout must be a number of seconds above 0 and at most 600"
        )
        stderr.write(f"{PROG}: {problem}\n")
        return 2
    try:
        chat_id = extract_chat_id(args.chat)
        token = DEMO_TOKEN if args.demo else _token(args.profile)
        profile = _profile(args.profile)
        timeout = args.timeout if args.timeout is not None else profile.timeout
        origin = args.origin if args.origin is not None or args.demo else profile.origin
        server: AbstractContextManager[str] = (
            _demo_server(clock) if args.demo else nullcontext(args.base_url or profile.base_url)
        )
        # Imported only once the input is valid: --help, usage errors and invalid chat IDs
        # answer without loading httpx and pydantic (nor httpx's own command line:
        # wegly_viewer.core keeps it out).
        # Pydantic plugins are found through every installed package's entry points (~5-20 ms);
        # the app uses none (the documented switch; a value the user set wins).
        os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
        from wegly_viewer.core.client import ChatClient

        with (
            server as base_url,
            ChatClient(
                base_url, token, origin, timeout, ca_bundle=profile.ca_bundle, clock=clock
            ) as client,
        ):
            parsed = client.get_chat(chat_id)
        text = _json_text(parsed.raw) if args.json else ""
    except WeglyError as err:
        return _fail(err, stderr)
    except KeyboardInterrupt:
        interrupted = tr("wegly-lookup", "interrupted")
        stderr.write(f"{PROG}: {interrupted}\n")
        return EXIT_INTERRUPTED

    # The chat loaded but some parts could not be read: the sentences in words (the paths and
    # technical reasons are in --json's data and the app's "Copy details", not here).
    from wegly_viewer.core.field_words import warning_sentences

    warning = tr("wegly-lookup", "warning:")
    for sentence in warning_sentences(parsed.warnings):
        stderr.write(f"{PROG}: {warning} {printable(sentence)}\n")
    if args.json:
        stdout.write(text + "\n")
    else:
        from wegly_viewer.lookup_summary import summary_lines

        stdout.write("\n".join(summary_lines(parsed.model, clock.now())) + "\n")
    stdout.flush()
    return EXIT_OK


def _json_text(raw: object) -> str:
    """The chat as JSON, always valid: the client already turned ``NaN``/``Infinity`` and
    numbers too large for a float into strings holding the server's text (README, "--json");
    ``allow_nan=False`` is the guard, and what cannot be written is an invalid answer."""
    try:
        return json.dumps(raw, indent=2, ensure_ascii=False, allow_nan=False)
    except (ValueError, RecursionError):
        raise WeglyError(ErrorKind.BAD_RESPONSE, "not_json") from None


class _ProfileValues(Protocol):
    """What a lookup reads of a profile (``core.settings.Profile`` has these fields)."""

    @property
    def base_url(self) -> str: ...
    @property
    def origin(self) -> str | None: ...
    @property
    def timeout(self) -> float: ...
    @property
    def ca_bundle(self) -> str | None: ...


@dataclass(frozen=True)
class _UnsavedProfile:
    """A profile never configured: ``Profile()``'s defaults (tests/e2e/test_cli.py checks)."""

    base_url: str = DEFAULT_BASE_URL
    origin: str | None = None
    timeout: float = DEFAULT_TIMEOUT_S
    ca_bundle: str | None = None


def _profile(name: str) -> _ProfileValues:
    """The profile's defaults from the app's settings; read only, never repaired from here.

    Without a settings file (a script on a server) the defaults are known without building the
    settings schema (pydantic, ~25 ms); a file that vanishes meanwhile also reads as defaults.
    """
    directory = user_settings_dir()
    if not (directory / SETTINGS_FILE_NAME).exists():
        return _UnsavedProfile()
    from wegly_viewer.core.settings import SettingsStore

    return SettingsStore(directory).read().profile(name)


def _token(profile: str) -> str:
    token = token_from_env()
    if token:
        return token
    # Read at call time (tests shorten the wait); a locked keyring may wait for a prompt forever.
    from wegly_viewer.core.secrets import KEYRING_WAIT_SECONDS, read_token_within

    try:
        token = read_token_within(KeyringTokenStore(), profile, KEYRING_WAIT_SECONDS)
    except TokenStoreError as err:
        # One line: what is wrong with the keyring and what to do instead.
        raise WeglyError(
            ErrorKind.INVALID_INPUT, "keyring_unusable", params={"problem": str(err)}
        ) from None
    if not token:
        raise WeglyError(ErrorKind.INVALID_INPUT, "no_token")
    return token


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
