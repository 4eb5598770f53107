"""Packaging inputs stay consistent: one version, the URL scheme, the icons the spec needs.

The build itself (PyInstaller, .deb, install, --self-test) runs in ``.ci/package``.
"""

from __future__ import annotations

import configparser
import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import metadata
from pathlib import Path

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


def test_release_workflow_matches_github_schema(tmp_path: Path) -> None:
    """The release workflow is valid for GitHub (schema check; actionlint is not installable
    on these machines), and the check does reject a broken workflow."""
    workflow = Path(__file__).resolve().parents[2] / ".github" / "workflows" / "release.yml"
    done = _check_workflow(workflow)
    assert done.returncode == 0, done.stdout + done.stderr
    text = workflow.read_text(encoding="utf-8")
    assert text.count("--self-test") >= 3  # Windows, macOS and the Linux package check
    broken = tmp_path / "broken.yml"
    broken.write_text(text.replace("runs-on:", "runs_on:", 1), encoding="utf-8")
    assert _check_workflow(broken).returncode != 0
