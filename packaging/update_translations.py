"""Extract the UI strings into resources/translations/*.ts (lupdate), or compile them to .qm.

    python packaging/update_translations.py            # refresh the .ts files after changing strings
    python packaging/update_translations.py --release DIR   # compile .qm files into DIR (lrelease)

The build compiles the .qm itself (hatch_build.py, the PyInstaller spec: packaging/ts2qm.py, the
same bytes as lrelease). After a refresh, the .qm of an editable install
(app/wegly_viewer/translations) are recompiled when they are older than their .ts.

Every ``tr("Context", "text")`` (ui/text.py), ``QCoreApplication.translate("Context", "text")``
and ``tr_noop("Context", "text")`` marker (core/language.py) is found; context and text must be
string literals. tests/test_translations.py fails when the committed .ts files are stale.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "app" / "wegly_viewer"
TRANSLATIONS = ROOT / "resources" / "translations"
PACKAGE_QM = SOURCES / "translations"  # where `pip install -e .` compiled the .qm
LANGUAGES = ("pt_BR", "en")
# lupdate reads our helpers as its own functions: tr(ctx, text) is translate(ctx, text),
# tr_noop(ctx, text) is QT_TRANSLATE_NOOP. It skips a call that has keyword arguments.
ALIASES = "translate+=tr,QT_TRANSLATE_NOOP+=tr_noop"


def ts_files(directory: Path = TRANSLATIONS) -> list[Path]:
    return [directory / f"wegly_viewer_{language}.ts" for language in LANGUAGES]


def _tool(name: str) -> str:
    """The PySide6 tool next to this Python (the venv), else on PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found (install PySide6-Essentials)")
    return found


# lupdate's Python parser marks a message as a plural ("numerus") only when the count is a
# literal number, never for ``tr(ctx, "%n day(s)", None, days)``, and then drops the plural
# forms already translated. So every message whose source has %n or %Ln is made a plural here,
# after lupdate, with the forms it had before.
_PLURAL_MARK = re.compile(r"%L?n")
_CONTEXT = re.compile(r"<context>\n    <name>(?P<name>[^<]*)</name>\n(?P<body>.*?)</context>", re.S)
_SINGLE = re.compile(
    r"    <message>\n        <source>(?P<source>[^<]*)</source>\n"
    r"        <translation(?P<attrs>[^>]*)>(?P<text>[^<]*)</translation>\n    </message>"
)
_FORM_COUNT = {"pt_BR": 2, "en": 2}


def _plural_forms(ts: Path) -> dict[tuple[str, str], tuple[bool, list[str]]]:
    """(context, source) -> (finished, forms) of the plural messages already in ``ts``."""
    if not ts.exists():
        return {}
    text = ts.read_text(encoding="utf-8")
    saved = {}
    for context in _CONTEXT.finditer(text):
        for message in re.finditer(
            r'<message numerus="yes">\n        <source>([^<]*)</source>\n'
            r"        <translation([^>]*)>(.*?)</translation>",
            context["body"],
            re.S,
        ):
            forms = re.findall(r"<numerusform>([^<]*)</numerusform>", message[3])
            key = (html.unescape(context["name"]), html.unescape(message[1]))
            saved[key] = ("unfinished" not in message[2], [html.unescape(f) for f in forms])
    return saved


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _mark_plurals(
    text: str, saved: dict[tuple[str, str], tuple[bool, list[str]]], count: int
) -> str:
    def context(match: re.Match[str]) -> str:
        name = html.unescape(match["name"])

        def message(found: re.Match[str]) -> str:
            source = html.unescape(found["source"])
            if not _PLURAL_MARK.search(source):
                return found[0]
            finished, forms = saved.get((name, source), (False, []))
            forms = (forms + [""] * count)[:count]
            attrs = "" if finished and all(forms) else ' type="unfinished"'
            lines = "".join(f"            <numerusform>{_escape(f)}</numerusform>\n" for f in forms)
            return (
                f'    <message numerus="yes">\n        <source>{found["source"]}</source>\n'
                f"        <translation{attrs}>\n{lines}        </translation>\n    </message>"
            )

        return match[0].replace(match["body"], _SINGLE.sub(message, match["body"]))

    return _CONTEXT.sub(context, text)


def update(directory: Path = TRANSLATIONS) -> None:
    """Run lupdate over the sources into the .ts files in ``directory`` (new or existing)."""
    directory.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))
    for language, ts in zip(LANGUAGES, ts_files(directory), strict=True):
        saved = _plural_forms(ts)
        subprocess.run(
            [
                _tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-tr-function-alias",
                ALIASES,
                *sources,
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )  # fmt: skip  (its "Removed plural forms" note is expected: see _mark_plurals)
        ts.write_text(
            _mark_plurals(ts.read_text(encoding="utf-8"), saved, _FORM_COUNT[language]),
            encoding="utf-8",
        )


def release(output: Path, directory: Path = TRANSLATIONS) -> list[Path]:
    """Compile every .ts into ``output`` as .qm; returns the files written."""
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in ts_files(directory):
        qm = output / ts.with_suffix(".qm").name
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", type=Path, metavar="DIR", help="compile .qm files into DIR")
    args = parser.parse_args()
    if args.release:
        release(args.release)
    else:
        update()
        if any(PACKAGE_QM.glob("*.qm")):
            sys.path.insert(0, str(ROOT / "packaging"))
            import ts2qm

            ts2qm.compile_dir(TRANSLATIONS, PACKAGE_QM, only_stale=True)


if __name__ == "__main__":
    main()
