"""Both commands' command lines in the user's language, without Qt and without patching argparse.

``wegly-lookup`` and ``wegly-viewer`` decide the language before building their parser
(:func:`command_language`: ``--lang``, then the ``language`` setting, then the locale) and install
the ``.ts`` catalogue (:func:`wegly_viewer.core.i18n.install_catalogue`), so every help text is
translated when it is written. argparse's own words ("usage:", "options:", "show this help
message and exit", its error messages) come from its module's gettext; instead of patching that,
:class:`CommandParser` writes its own: the usage prefix through :class:`_Formatter`, its own
``-h``, its own section titles, and :meth:`CommandParser.error` rewrites argparse's English error
messages (the known shapes; anything else is shown as argparse wrote it).

A start that prints nothing need not read the catalogue (~10 ms with the language choice):
:func:`parse_quietly` parses first without printing, and only help, the version or a usage error
build the parser again in the user's language to say it.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Mapping, Sequence
from typing import NoReturn, cast

from wegly_viewer.core.i18n import tr
from wegly_viewer.core.language import (
    LANGUAGES,
    Language,
    LanguageSetting,
    choose_language,
    tr_noop,
)

TRANSLATION_CONTEXT = "command line"
# The arguments that print (then exit) when parsed: with them the parser is built translated.
_PRINTING_ARGUMENTS = frozenset({"-h", "--help", "--version"})


class _QuietUsageError(Exception):
    """A usage error while parsing quietly: the caller parses again, translated, to say it."""


def flag_language(argv: Sequence[str]) -> Language | None:
    """The ``--lang`` value in ``argv`` (``--lang en`` or ``--lang=en``), read before parsing;
    None when absent or not a known language (the parser then reports it)."""
    value: str | None = None
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
    for language in LANGUAGES:
        if value == language:
            return language
    return None


def command_language(argv: Sequence[str], environ: Mapping[str, str]) -> Language:
    """The language a command speaks: ``--lang``, else the stored setting, else the locale."""
    flag = flag_language(argv)
    setting: LanguageSetting = "system"
    if flag is None:
        from wegly_viewer.core.settings_file import peek_language, user_settings_dir

        setting = cast(LanguageSetting, peek_language(user_settings_dir()))
    return choose_language(environ, setting, flag)


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """argparse's layout with a translated "usage: " (description and epilog kept as written)."""

    def add_usage(
        self,
        usage: str | None,
        actions: object,
        groups: object,
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = tr("command line", "usage: ")
        super().add_usage(usage, actions, groups, prefix)  # type: ignore[arg-type]


# argparse's English error messages (Python 3.11+) -> our wording; fields are named groups.
_ARGPARSE_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"the following arguments are required: (?P<names>.+)"),
        tr_noop("command line", "missing: {names}"),
    ),
    (
        re.compile(r"unrecognized arguments: (?P<names>.+)"),
        tr_noop("command line", "unknown arguments: {names}"),
    ),
    (
        re.compile(r"argument (?P<option>\S+?): invalid float value: (?P<value>.+)"),
        tr_noop("command line", "{option}: not a number: {value}"),
    ),
    (
        re.compile(r"argument (?P<option>\S+?): invalid \w+ value: (?P<value>.+)"),
        tr_noop("command line", "{option}: invalid value: {value}"),
    ),
    (
        re.compile(
            r"argument (?P<option>\S+?): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)"
        ),
        tr_noop("command line", "{option}: {value} is not one of {choices}"),
    ),
    (
        re.compile(r"argument (?P<option>\S+?): expected one argument"),
        tr_noop("command line", "{option} needs a value"),
    ),
    (
        re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)"),
        tr_noop("command line", "{option} is ambiguous: it could be {matches}"),
    ),
    (
        re.compile(r"argument (?P<option>\S+?): (?P<problem>.+)"),
        tr_noop("command line", "{option}: {problem}"),
    ),
)


def translate_argparse_error(message: str) -> str:
    """argparse's English ``message`` in the installed language (unknown shapes unchanged)."""
    for pattern, template in _ARGPARSE_ERRORS:
        match = pattern.fullmatch(message)
        if match is not None:
            try:
                return tr(TRANSLATION_CONTEXT, template).format(**match.groupdict())
            except (KeyError, IndexError, ValueError):
                return template.format(**match.groupdict())
    return message


class CommandParser(argparse.ArgumentParser):
    """An argument parser whose every word is translated (build it after the catalogue is in).

    Arguments go into :attr:`arguments` and :attr:`options` (translated section titles);
    ``-h/--help`` is its own. A usage error prints one line, ``prog: problem (see --help)``:
    scripts log stderr.
    """

    def __init__(self, prog: str, description: str, epilog: str | None = None) -> None:
        super().__init__(
            prog=prog,
            description=description,
            epilog=epilog,
            formatter_class=_Formatter,
            add_help=False,
            # "--lan en" would be parsed as --lang but not seen by flag_language: no abbreviations.
            allow_abbrev=False,
        )
        self.quiet = False  # True: a usage error raises _QuietUsageError instead of printing
        self.arguments = self.add_argument_group(tr("command line", "arguments"))
        self.options = self.add_argument_group(tr("command line", "options"))
        self.options.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help=tr("command line", "show this help and exit"),
        )

    def add_version(self, version: str) -> None:
        self.options.add_argument(
            "--version",
            action="version",
            version=version,
            help=tr("command line", "show the version and exit"),
        )

    def error(self, message: str) -> NoReturn:
        if self.quiet:
            raise _QuietUsageError(message)
        problem = translate_argparse_error(message)
        self.exit(
            2,
            tr("command line", "{prog}: {problem} (see --help)").format(
                prog=self.prog, problem=problem
            )
            + "\n",
        )


def parse_quietly(parser: CommandParser, argv: Sequence[str]) -> argparse.Namespace | None:
    """``argv`` parsed by ``parser`` without printing anything; None when parsing would print
    (help, the version, a usage error): then install the catalogue, build the parser again and
    let it speak. The parser's texts need not be translated for this."""
    if any(arg in _PRINTING_ARGUMENTS for arg in argv):
        return None
    parser.quiet = True
    try:
        return parser.parse_args(argv)
    except _QuietUsageError:
        return None
    finally:
        parser.quiet = False
