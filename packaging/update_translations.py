"""Extract the UI strings into resources/translations/*.ts (lupdate), or compile them to .qm.

    python packaging/update_translations.py            # refresh the .ts files after changing strings
    python packaging/update_translations.py --release DIR   # compile .qm files into DIR (lrelease)

Every ``tr("Context", "text")`` (ui/text.py), ``QCoreApplication.translate("Context", "text")``
and ``tr_noop("Context", "text")`` marker (core/language.py) is found; context and text must be
string literals. tests/test_translations.py fails when the committed .ts files are stale.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "app" / "wegly_viewer"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("pt_BR", "en")
# lupdate reads our helpers as its own functions: tr(ctx, text) is translate(ctx, text).
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


def update(directory: Path = TRANSLATIONS) -> None:
    """Run lupdate over the sources into the .ts files in ``directory`` (new or existing)."""
    directory.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))
    for ts in ts_files(directory):
        subprocess.run(
            [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
             "-source-language", "en", "-tr-function-alias", ALIASES, *sources, "-ts", str(ts)],
            cwd=ROOT, check=True,
        )  # fmt: skip


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


if __name__ == "__main__":
    main()
