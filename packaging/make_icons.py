"""Render the SVG app icon into PNGs, a Windows .ico and a macOS .icns (no Pillow needed).

    python packaging/make_icons.py [--out build/icons]

Both container formats hold PNG images, which Windows Vista+ and macOS 10.7+ read, so Qt's
SVG renderer is all it takes. Run by packaging/build.sh and the release workflow; the spec
also runs it when the icons are missing.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "wegly-chat-viewer.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# OSType of each PNG slot in an .icns file, by pixel size (retina slots reuse the same sizes).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, encoded as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QImageReader, QImageWriter

    reader = QImageReader(str(svg))
    reader.setScaledSize(QSize(size, size))
    image = reader.read()
    if image.isNull():
        raise SystemExit(f"cannot render {svg}: {reader.errorString()}")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"png")).write(image):
        raise SystemExit(f"cannot encode a {size} px PNG")
    return bytes(buffer.data().data())


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (width/height 0 means 256)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(pngs[size] for size in sizes)


def build_icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file with one PNG chunk per slot."""
    chunks = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument("--svg", type=Path, default=SVG)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted({*ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(args.svg, size) for size in sizes}
    args.out.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 64, 128, 256, 512):
        (args.out / f"wegly-chat-viewer-{size}.png").write_bytes(pngs[size])
    (args.out / "wegly-chat-viewer.ico").write_bytes(build_ico({s: pngs[s] for s in ICO_SIZES}))
    (args.out / "wegly-chat-viewer.icns").write_bytes(build_icns(pngs))
    del app
    print(f"icons written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
