"""Run the contract server by hand: ``python -m wegly_viewer.devserver [--port N] [--token T]``.

Prints the base URL and every demo and error chat id, then serves until Ctrl+C (or SIGTERM).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from wegly_viewer.core.clock import SystemClock
from wegly_viewer.devserver.conversations import TIMELINE_CHAT_IDS
from wegly_viewer.devserver.samples import DEMO_CHAT_IDS, ERROR_CHAT_IDS
from wegly_viewer.devserver.server import ContractServer


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m wegly_viewer.devserver",
        description="Local fake of the Wegly chat API with sample and misbehaving chats.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="interface to bind (default: %(default)s)"
    )
    parser.add_argument(
        "--port", type=int, default=8765, help="TCP port, 0 for any free one (default: %(default)s)"
    )
    parser.add_argument(
        "--token", default=None, help="require 'Authorization: Bearer TOKEN' (default: no auth)"
    )
    return parser.parse_args(argv)


def _table(title: str, ids: dict[str, str]) -> str:
    width = max(len(name) for name in ids)
    rows = "\n".join(f"  {name.ljust(width)}  {chat_id}" for name, chat_id in ids.items())
    return f"{title}:\n{rows}"


def main(argv: Sequence[str] | None = None) -> int:
    """Start the server, print how to use it and serve until interrupted.

    Args:
        argv: Arguments without the program name (default: ``sys.argv[1:]``).

    Returns:
        The process exit code.
    """
    args = _parse_args(argv)
    server = ContractServer(token=args.token, host=args.host, port=args.port, clock=SystemClock())
    try:
        server.start()
    except OSError as exc:
        print(f"Cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    done = threading.Event()

    def on_sigterm(signum: int, frame: FrameType | None) -> None:
        done.set()

    signal.signal(signal.SIGTERM, on_sigterm)
    auth = "Bearer token required" if args.token else "none"
    try:
        print(
            f"Wegly contract server listening on {server.url}\n"
            f"Chat endpoint: {server.url}/integrations/external/chats/<id>   (auth: {auth})\n\n"
            f"{_table('Demo chats', DEMO_CHAT_IDS)}\n\n"
            f"{_table('Error chats', ERROR_CHAT_IDS)}\n\n"
            f"{_table('Timeline chats (paging: ?limit=&offset=)', TIMELINE_CHAT_IDS)}\n\n"
            "Press Ctrl+C to stop.",
            flush=True,
        )
        # Short waits rather than one long one: on Windows a blocking wait ignores Ctrl+C.
        while not done.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
