"""The command lines' language (read before parsing) and argparse's words in pt-BR."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wegly_viewer.core.command_line import (
    CommandParser,
    command_language,
    flag_language,
    parse_quietly,
    translate_argparse_error,
)
from wegly_viewer.core.language import Language


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["x", "--lang", "en"], "en"),
        (["--lang=pt_BR", "x"], "pt_BR"),
        (["--lang", "pt_BR", "--lang", "en"], "en"),  # the last one wins, as in argparse
        (["--lang", "fr"], None),  # the parser reports it
        (["--lang"], None),
        (["--", "--lang", "en"], None),  # after "--" it is the chat argument
        (["x"], None),
    ],
)
def test_flag_language(argv: list[str], expected: Language | None) -> None:
    assert flag_language(argv) == expected


def test_flag_then_setting_then_locale(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    environ = {"LANG": "pt_BR.UTF-8"}
    assert command_language([], environ) == "pt_BR"
    assert command_language(["--lang", "en"], environ) == "en"
    folder = tmp_path / "wegly-chat-viewer"
    folder.mkdir()
    (folder / "settings.json").write_text(json.dumps({"language": "en"}), encoding="utf-8")
    assert command_language([], environ) == "en"
    assert command_language(["--lang", "pt_BR"], environ) == "pt_BR"
    assert command_language([], {"LANG": "C"}) == "en"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("the following arguments are required: CHAT", "falta informar: CHAT"),
        ("unrecognized arguments: --x y", "argumentos desconhecidos: --x y"),
        ("argument --timeout: invalid float value: 'abc'", "--timeout: não é um número: 'abc'"),
        ("argument --timeout: expected one argument", "--timeout precisa de um valor"),
        (
            "argument --lang: invalid choice: 'fr' (choose from 'pt_BR', 'en')",
            "--lang: 'fr' não é uma das opções 'pt_BR', 'en'",
        ),
        ("something argparse never said", "something argparse never said"),
    ],
)
def test_argparse_errors_in_portuguese(message: str, expected: str, pt_br: None) -> None:
    assert translate_argparse_error(message) == expected


def _viewer_like_parser() -> CommandParser:
    parser = CommandParser("wegly-viewer", "Wegly Chat Viewer 0.1.0")
    parser.arguments.add_argument("chat", nargs="?")
    parser.options.add_argument("--theme", choices=["system", "light", "dark"])
    parser.add_version("wegly-viewer 0.1.0")
    return parser


def test_a_start_that_prints_nothing_is_parsed_quietly(capsys: pytest.CaptureFixture[str]) -> None:
    """The viewer reads the catalogue only to print: an ordinary start parses without it."""
    args = parse_quietly(_viewer_like_parser(), ["--theme", "dark", "chat-1"])
    assert args is not None
    assert (args.theme, args.chat) == ("dark", "chat-1")
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize(
    "argv",
    [["-h"], ["x", "--help"], ["--version"], ["--theme", "pink"], ["--bogus"], ["a", "b"]],
)
def test_what_would_print_is_left_to_the_translated_parser(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    parser = _viewer_like_parser()
    assert parse_quietly(parser, argv) is None
    assert capsys.readouterr() == ("", "")  # nothing said yet, in no language
    with pytest.raises(SystemExit):  # the same parser speaks again afterwards
        parser.parse_args(argv)
    assert capsys.readouterr() != ("", "")
