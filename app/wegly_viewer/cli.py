"""``wegly-lookup``: look up one Wegly chat from a terminal or a script.

No Qt import here (import-linter enforces it), so the command starts fast. Exit codes are part
of the interface scripts rely on: one per error kind, in ``core.errors.ERROR_KINDS``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import NoReturn, TextIO

from wegly_viewer.core.chat_id import extract_chat_id
from wegly_viewer.core.clock import Clock, SystemClock
from wegly_viewer.core.defaults import DEFAULT_BASE_URL, DEFAULT_TIMEOUT_S, DEMO_TOKEN
from wegly_viewer.core.errors import ERROR_KINDS, ErrorKind, WeglyError
from wegly_viewer.core.formatting import printable
from wegly_viewer.core.secrets import (
    DEFAULT_PROFILE,
    KeyringTokenStore,
    TokenStoreError,
    token_from_env,
)
from wegly_viewer.core.version import __version__

PROG = "wegly-lookup"
EXIT_OK = 0


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line instead of argparse's usage block: scripts log stderr.
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _ArgumentParser(
        prog=PROG,
        description="Look up a Wegly chat by its ID (or a link / text containing it).",
        epilog=(
            "The API key comes from WEGLY_TOKEN, else from the system keyring entry of the "
            "profile. Exit codes: 0 ok, 2 invalid input, 3 key rejected, 4 chat not found, "
            "5 network/server error, 6 invalid response, 7 rate limited."
        ),
    )
    parser.add_argument("chat", metavar="CHAT", help="chat UUID, or a link or text containing it")
    parser.add_argument(
        "--lang",
        choices=["pt_BR", "en"],
        help="language of the texts (default: the stored one, else the system locale)",
    )
    parser.add_argument("--json", action="store_true", help="print the chat JSON as received")
    parser.add_argument(
        "--base-url",
        help=f"API server (default: the profile's, as kept by the app, else {DEFAULT_BASE_URL})",
    )
    parser.add_argument(
        "--origin", help="Origin to send, for keys restricted to a domain (default: the profile's)"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        help=f"seconds per attempt (default: the profile's, else {DEFAULT_TIMEOUT_S})",
    )
    parser.add_argument("--profile", default=DEFAULT_PROFILE, help="keyring profile name")
    parser.add_argument(
        "--demo", action="store_true", help="use the built-in demo server (no key needed)"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _fail(err: WeglyError, stderr: TextIO) -> int:
    stderr.write(f"{PROG}: {printable(err.user_message)}\n")
    return ERROR_KINDS[err.kind].exit_code


@contextmanager
def _demo_server(clock: Clock) -> Iterator[str]:
    from wegly_viewer.devserver import ContractServer

    with ContractServer(token=DEMO_TOKEN, clock=clock) as server:
        yield server.url


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code (the console script exits with it)."""
    args = build_parser().parse_args(argv)
    clock = SystemClock()
    stdout, stderr = sys.stdout, sys.stderr
    for stream in (stdout, stderr):
        # UTF-8 whatever the console code page: names and emoji must come out intact.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    if args.timeout is not None and not args.timeout > 0:
        stderr.write(f"{PROG}: --timeout must be a positive number of seconds\n")
        return 2
    try:
        chat_id = extract_chat_id(args.chat)
        token = DEMO_TOKEN if args.demo else _token(args.profile, stderr)
        # The app's settings give the profile's defaults; read only, never repaired from here.
        from wegly_viewer.core.settings import SettingsStore
        from wegly_viewer.core.settings_file import user_settings_dir

        profile = SettingsStore(user_settings_dir()).read().profile(args.profile)
        timeout = args.timeout if args.timeout is not None else profile.timeout
        origin = args.origin if args.origin is not None or args.demo else profile.origin
        server: AbstractContextManager[str] = (
            _demo_server(clock) if args.demo else nullcontext(args.base_url or profile.base_url)
        )
        # Imported only once the input is valid: --help, usage errors and invalid chat IDs
        # answer without loading httpx and pydantic.
        from wegly_viewer.core.client import ChatClient

        with (
            server as base_url,
            ChatClient(base_url, token, origin, timeout, clock=clock) as client,
        ):
            parsed = client.get_chat(chat_id)
    except WeglyError as err:
        return _fail(err, stderr)
    except KeyboardInterrupt:
        stderr.write(f"{PROG}: interrupted\n")
        return 130

    for warning in parsed.warnings:
        stderr.write(f"{PROG}: warning: could not read {warning}\n")
    if args.json:
        stdout.write(json.dumps(parsed.raw, indent=2, ensure_ascii=False) + "\n")
    else:
        from wegly_viewer.lookup_summary import summary_lines

        stdout.write("\n".join(summary_lines(parsed.model, clock.now())) + "\n")
    stdout.flush()
    return EXIT_OK


def _token(profile: str, stderr: TextIO) -> str:
    token = token_from_env()
    if token:
        return token
    try:
        token = KeyringTokenStore().get(profile)
    except TokenStoreError as err:
        stderr.write(f"{PROG}: {err}; set WEGLY_TOKEN instead\n")
        token = None
    if not token:
        raise WeglyError(ErrorKind.INVALID_INPUT, "no_token")
    return token


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
