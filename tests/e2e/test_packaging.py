"""Packaging inputs stay consistent: one version, the URL scheme, the icons the spec needs.

The build itself (PyInstaller, .deb, install, --self-test) runs in ``.ci/package``.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import metadata
from pathlib import Path
from types import ModuleType

import pytest

from wegly_viewer.core.chat_id import extract_chat_id

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "resources" / "linux" / "wegly-chat-viewer.desktop"
METAINFO = ROOT / "resources" / "linux" / "com.wegly.ChatViewer.metainfo.xml"
CHAT_ID = "d0000000-0000-4000-8000-000000000001"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_opens_the_url_scheme_with_the_launcher() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "wegly-viewer %u"
    assert "x-scheme-handler/wegly-viewer;" in entry["MimeType"]
    assert entry["Icon"] == "wegly-chat-viewer"
    assert "Comment[pt_BR]" in entry


@pytest.mark.parametrize(
    "link",
    [
        f"wegly-viewer://chat/{CHAT_ID}",
        f"wegly-viewer://chat/{CHAT_ID.upper()}/",
        f"wegly-viewer://chat/{CHAT_ID}?from=crm",
    ],
)
def test_scheme_links_are_accepted_as_the_chat_argument(link: str) -> None:
    assert extract_chat_id(link) == CHAT_ID


def test_metainfo_lists_this_version_and_launches_the_desktop_file() -> None:
    root = ET.parse(METAINFO).getroot()  # noqa: S314 - our own file
    assert root.findtext("id") == "com.wegly.ChatViewer"
    assert root.findtext("launchable") == DESKTOP.name
    versions = [release.get("version") for release in root.iter("release")]
    assert metadata.version("wegly-chat-viewer") in versions


def test_make_icons_writes_ico_and_icns(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
        env=env,
        timeout=60,
    )
    ico = (tmp_path / "wegly-chat-viewer.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    first_offset = struct.unpack("<I", ico[6 + 12 : 6 + 16])[0]
    assert ico[first_offset : first_offset + 8] == b"\x89PNG\r\n\x1a\n"
    icns = (tmp_path / "wegly-chat-viewer.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    png_256 = (tmp_path / "wegly-chat-viewer-256.png").read_bytes()
    assert png_256[16:24] == struct.pack(">II", 256, 256)  # IHDR width, height


def _check_workflow(path: Path) -> subprocess.CompletedProcess[str]:
    tool = Path(sys.executable).with_name("check-jsonschema")
    return subprocess.run(
        [str(tool), "--builtin-schema", "vendor.github-workflows", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )


WORKFLOWS = ROOT / ".github" / "workflows"


@pytest.mark.parametrize("name", ["ci.yml", "release.yml"])
def test_workflows_match_github_schema(tmp_path: Path, name: str) -> None:
    """Each workflow is valid for GitHub's schema (actionlint itself runs in .ci/run), and the
    check does reject a broken workflow."""
    workflow = WORKFLOWS / name
    done = _check_workflow(workflow)
    assert done.returncode == 0, done.stdout + done.stderr
    broken = tmp_path / "broken.yml"
    broken.write_text(workflow.read_text(encoding="utf-8").replace("runs-on:", "runs_on:", 1))
    assert _check_workflow(broken).returncode != 0


def test_release_builds_nothing_before_the_tests_pass() -> None:
    text = (WORKFLOWS / "release.yml").read_text(encoding="utf-8")
    assert "  tests:\n    uses: ./.github/workflows/ci.yml\n" in text
    jobs = re.findall(r"^  ([a-z-]+):\n", text.split("\njobs:\n", 1)[1], re.MULTILINE)
    assert jobs == ["tests", "linux", "windows", "macos"]
    assert text.count("    needs: tests\n") == 3
    assert "    container: debian:12\n" in text  # the oldest system the .deb supports
    assert text.count("--self-test") >= 3  # Windows, macOS and the Linux package check
    ci = (WORKFLOWS / "ci.yml").read_text(encoding="utf-8")
    assert "on:\n  push:\n  pull_request:\n  workflow_call:\n" in ci
    assert "./test -p no:cacheprovider" in ci
    assert "matrix:\n        os: [windows-2022, macos-14]" in ci


def test_install_docs_state_the_glibc_floor_the_build_checks() -> None:
    text = (ROOT / "docs" / "install.md").read_text(encoding="utf-8")
    assert "Debian 12 / Ubuntu 22.10 ou mais novo (64 bits; glibc 2.36 ou mais nova)" in text
    assert "Debian 12 / Ubuntu 22.10 or newer (64-bit; glibc 2.36 or newer)" in text
    assert "22.04" not in text.replace("não instala no Ubuntu 22.04", "").replace(
        "does not install on Ubuntu 22.04", ""
    )


def test_metainfo_screenshots_are_in_the_repository() -> None:
    root = ET.parse(METAINFO).getroot()  # noqa: S314 - our own file
    images = list(root.iter("image"))
    assert [image.text for image in images] == [
        "https://wegly.com.br/chat-viewer/screenshots/pt_BR-light-1-overview.png",
        "https://wegly.com.br/chat-viewer/screenshots/pt_BR-light-2-conversation.png",
        "https://wegly.com.br/chat-viewer/screenshots/pt_BR-dark-1-overview.png",
    ]
    for image in images:
        png = (ROOT / "docs" / "screenshots" / str(image.text).rsplit("/", 1)[1]).read_bytes()
        width, height = struct.unpack(">II", png[16:24])
        assert (image.get("width"), image.get("height")) == (str(width), str(height))


def _check_bundle() -> ModuleType:
    sys.path.insert(0, str(ROOT / "packaging" / "linux"))
    try:
        import check_bundle
    finally:
        sys.path.remove(str(ROOT / "packaging" / "linux"))
    return check_bundle


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("patchelf") is None,
    reason="needs Linux and patchelf (apt: patchelf)",
)
def test_a_host_runpath_is_found_and_pointed_into_the_bundle(tmp_path: Path) -> None:
    check_bundle = _check_bundle()
    internal = tmp_path / "_internal" / "python3.11" / "lib-dynload"
    internal.mkdir(parents=True)
    lib = internal / "_ext.so"
    shutil.copy(Path(sys.executable).resolve(), lib)
    subprocess.run(["patchelf", "--set-rpath", "/root/.pyenv/lib", str(lib)], check=True)
    assert check_bundle.host_paths(lib) == ["/root/.pyenv/lib"]
    check_bundle.fix_runpath(tmp_path)
    assert check_bundle.runpaths(lib) == ["$ORIGIN/../.."]
    assert check_bundle.host_paths(lib) == []
    floor = check_bundle.glibc_floor(tmp_path)
    assert floor >= (2, 2)
