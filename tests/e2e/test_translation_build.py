"""The compiled catalogue ships: ts2qm writes what lrelease writes, the wheel carries the .qm and
the .ts, an editable install compiles the .qm into the package folder it imports from.

The bundle and the .deb are checked in ``.ci/package`` (their ``--self-test`` line).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT / "packaging"))
import ts2qm  # noqa: E402
import update_translations  # noqa: E402

NAMES = {
    "wegly_viewer_en.qm",
    "wegly_viewer_en.ts",
    "wegly_viewer_pt_BR.qm",
    "wegly_viewer_pt_BR.ts",
}

# Every construct lupdate (and a translator with Linguist) can leave in our catalogue.
EDGE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}" sourcelanguage="en">
<context>
    <name>Zeta</name>
    <message>
        <source>Open</source>
        <comment>verb</comment>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Only with comment</source>
        <comment>menu</comment>
        <translation>Só com comentário</translation>
    </message>
    <message>
        <source>Unfinished but filled</source>
        <translation type="unfinished">Não terminada</translation>
    </message>
    <message>
        <source>Unfinished and empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished empty</source>
        <translation></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="obsolete">Velha</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Sumiu</translation>
    </message>
</context>
<context>
    <name>Alpha ção</name>
    <message numerus="yes">
        <source>%Ln reaction(s)</source>
        <translation>
            <numerusform>%Ln reação</numerusform>
            <numerusform>%Ln reações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform>%n dia</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab&amp;s &lt;b&gt; "q" 😀
second line</source>
        <translation>Abas&amp; &lt;b&gt; 😀
segunda<byte value="x9"/>fim</translation>
    </message>
    <message>
        <source>Ctl<byte value="x1"/>x</source>
        <translation>ctl</translation>
    </message>
</context>
<context>
    <name></name>
    <message>
        <source>No context</source>
        <translation>Sem contexto</translation>
    </message>
</context>
</TS>
"""


def lrelease(ts: Path, qm: Path) -> bytes:
    subprocess.run(
        [update_translations._tool("lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        timeout=60,
    )
    return qm.read_bytes()


@pytest.mark.parametrize("name", ["wegly_viewer_pt_BR", "wegly_viewer_en"])
def test_ts2qm_writes_the_same_bytes_as_lrelease_for_our_catalogue(
    tmp_path: Path, name: str
) -> None:
    ts = TS_DIR / f"{name}.ts"
    ts2qm.compile_file(ts, tmp_path / "ours.qm")
    assert (tmp_path / "ours.qm").read_bytes() == lrelease(ts, tmp_path / "lrelease.qm")


@pytest.mark.parametrize("language", ["pt_BR", "en", "en_US"])
def test_ts2qm_writes_the_same_bytes_as_lrelease_for_every_kind_of_entry(
    tmp_path: Path, language: str
) -> None:
    ts = tmp_path / "edge.ts"
    ts.write_text(EDGE_TS.format(language=language), encoding="utf-8")
    ts2qm.compile_file(ts, tmp_path / "ours.qm")
    assert (tmp_path / "ours.qm").read_bytes() == lrelease(ts, tmp_path / "lrelease.qm")


def test_qt_reads_what_ts2qm_wrote(tmp_path: Path) -> None:
    ts = tmp_path / "edge.ts"
    ts.write_text(EDGE_TS.format(language="pt_BR"), encoding="utf-8")
    ts2qm.compile_file(ts, tmp_path / "edge.qm")
    translator = QTranslator()
    assert translator.load(str(tmp_path / "edge.qm"))
    assert translator.translate("Zeta", "Open", "verb") == "Abrir"
    assert translator.translate("Zeta", "Open") == "Aberta"
    assert translator.translate("Zeta", "Unfinished but filled") == "Não terminada"
    assert translator.translate("Zeta", "Unfinished and empty") == ""  # Qt shows the source
    assert translator.translate("Zeta", "Old") == ""
    assert translator.translate("Alpha ção", "%Ln reaction(s)", None, 1) == "%Ln reação"
    assert translator.translate("Alpha ção", "%Ln reaction(s)", None, 0) == "%Ln reação"
    assert translator.translate("Alpha ção", "%Ln reaction(s)", None, 2) == "%Ln reações"
    assert translator.translate("", "No context") == "Sem contexto"


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (('language="pt_BR"', 'language="de"'), "no plural rules for language 'de'"),
        (("<message>", '<message id="open">'), "id-based catalogues are not supported"),
        (
            ("<translation>Aberta</translation>", '<translation variants="yes">A</translation>'),
            "length variants are not supported",
        ),
    ],
)
def test_ts2qm_refuses_what_it_would_compile_differently(
    tmp_path: Path, change: tuple[str, str], error: str
) -> None:
    ts = tmp_path / "edge.ts"
    ts.write_text(EDGE_TS.format(language="pt_BR").replace(*change, 1), encoding="utf-8")
    with pytest.raises(ValueError, match=error):
        ts2qm.compile_file(ts, tmp_path / "edge.qm")


def test_only_stale_leaves_a_newer_qm_alone(tmp_path: Path) -> None:
    written = ts2qm.compile_dir(TS_DIR, tmp_path)
    assert {path.name for path in written} == {"wegly_viewer_en.qm", "wegly_viewer_pt_BR.qm"}
    pt = tmp_path / "wegly_viewer_pt_BR.qm"
    pt.write_bytes(b"newer than its .ts")
    ts2qm.compile_dir(TS_DIR, tmp_path, only_stale=True)
    assert pt.read_bytes() == b"newer than its .ts"
    ts_time = (TS_DIR / "wegly_viewer_pt_BR.ts").stat().st_mtime
    os.utime(pt, (ts_time - 10, ts_time - 10))
    ts2qm.compile_dir(TS_DIR, tmp_path, only_stale=True)
    assert pt.read_bytes() == lrelease(TS_DIR / "wegly_viewer_pt_BR.ts", tmp_path / "ref.qm")


def _pip(*args: str) -> None:
    """pip as a subprocess. Never an install into the running environment: pip would first
    uninstall the project's own editable install there (even with ``--prefix``)."""
    done = subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_wheel_carries_the_compiled_catalogue_and_the_ts(tmp_path: Path) -> None:
    # Built from the source tree as it is: a .qm an editable install left in
    # app/wegly_viewer/translations is ignored by git and must not reach the wheel twice.
    _pip("wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT))
    (wheel,) = tmp_path.glob("wegly_chat_viewer-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = [
            name for name in archive.namelist() if name.startswith("wegly_viewer/translations/")
        ]
        assert sorted(names) == sorted(f"wegly_viewer/translations/{name}" for name in NAMES)
        archive.extractall(tmp_path / "site")
    shipped = tmp_path / "site" / "wegly_viewer" / "translations"
    for language in ("pt_BR", "en"):
        ts = TS_DIR / f"wegly_viewer_{language}.ts"
        assert (shipped / ts.name).read_bytes() == ts.read_bytes()
        assert (shipped / f"wegly_viewer_{language}.qm").read_bytes() == lrelease(
            ts, tmp_path / f"{language}.qm"
        )
    translator = QTranslator()
    assert translator.load("wegly_viewer_pt_BR", str(shipped))
    assert translator.translate("MainWindow", "&Help") == "Aj&uda"


def test_an_editable_install_compiles_the_qm_into_the_package_it_imports(tmp_path: Path) -> None:
    """``pip install -e .`` imports wegly_viewer from app/: the hook writes the .qm there."""
    project = tmp_path / "project"  # a copy: the test never writes into the source tree
    shutil.copytree(
        ROOT / "app",
        project / "app",
        ignore=shutil.ignore_patterns("__pycache__", "*.qm"),
    )
    shutil.copytree(TS_DIR, project / "resources" / "translations")
    (project / "packaging").mkdir()
    for name in ("pyproject.toml", "README.md", "hatch_build.py", ".gitignore"):
        shutil.copy(ROOT / name, project / name)
    shutil.copy(ROOT / "packaging" / "ts2qm.py", project / "packaging" / "ts2qm.py")
    package = project / "app" / "wegly_viewer" / "translations"
    assert not list(package.glob("*.qm"))
    venv = tmp_path / "venv"  # its own environment, see _pip
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    _pip("--python", str(python), "install", "--no-deps", "-q", "-e", str(project))
    assert sorted(path.name for path in package.iterdir()) == [
        "wegly_viewer_en.qm",
        "wegly_viewer_pt_BR.qm",
    ]
    assert (package / "wegly_viewer_pt_BR.qm").read_bytes() == lrelease(
        TS_DIR / "wegly_viewer_pt_BR.ts", tmp_path / "pt_BR.qm"
    )
    pth = "".join(path.read_text() for path in venv.rglob("*.pth"))
    assert str(project / "app") in pth
