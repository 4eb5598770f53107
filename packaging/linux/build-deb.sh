#!/usr/bin/env bash
# Builds the Debian/Ubuntu package from a PyInstaller bundle:
#   packaging/linux/build-deb.sh [BUNDLE_DIR] [VERSION]
# -> dist/wegly-chat-viewer_<version>_<arch>.deb (xz). App in /opt/wegly-chat-viewer, launcher
# /usr/bin/wegly-viewer, .desktop with the wegly-viewer:// scheme, hicolor SVG icon, AppStream.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PKG=wegly-chat-viewer
BUNDLE=${1:-$ROOT/dist/$PKG}
VERSION=${2:-$("$ROOT/.venv/bin/python" -c 'from importlib.metadata import version; print(version("wegly-chat-viewer"))')}
ARCH=$(dpkg --print-architecture)
# PEP 440 pre-releases sort before the release in Debian only with a tilde: 1.0rc1 -> 1.0~rc1.
DEB_VERSION=$(echo "$VERSION" | sed -E 's/^([0-9.]+)\.?(a|b|rc|dev)/\1~\2/')
MAINTAINER=${DEB_MAINTAINER:-Wegly Chat Viewer developers <noreply@wegly.com.br>}
RES=$ROOT/resources
STAGE=$ROOT/build/deb/${PKG}_${DEB_VERSION}_${ARCH}
OUT=$ROOT/dist/${PKG}_${DEB_VERSION}_${ARCH}.deb
# What the bundle needs from the system: every library a bundled ELF file NEEDs that the bundle
# does not carry, found with packaging/linux/check_bundle.py (CI fails when one is missing here).
# xcb and Wayland (X11 and Wayland sessions), GL/EGL, plus what Qt loads by name at run time.
DEPENDS_LIBS="libegl1, libgl1, libxcb1, libwayland-client0, libwayland-cursor0, libwayland-egl1, \
libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0, \
libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-randr0, libxcb-render-util0, \
libxcb-shape0, libxcb-xkb1, ca-certificates, fonts-noto-color-emoji | fonts-symbola"

[ -x "$BUNDLE/$PKG" ] || { echo "no bundle at $BUNDLE (run packaging/build.sh)" >&2; exit 1; }
grep -q "<release version=\"$VERSION\"" "$RES/linux/com.wegly.ChatViewer.metainfo.xml" || {
    echo "add <release version=\"$VERSION\" date=...> to resources/linux/com.wegly.ChatViewer.metainfo.xml" >&2
    exit 1
}
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$RES/linux/$PKG.desktop"
else
    echo "warning: desktop-file-validate not installed; .desktop file not checked" >&2
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic "$RES/linux/com.wegly.ChatViewer.metainfo.xml" \
        || { echo "AppStream metadata has errors" >&2; exit 1; }
else
    echo "warning: appstreamcli not installed; AppStream metadata not checked" >&2
fi

rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/metainfo" \
    "$STAGE/usr/share/doc/$PKG" "$STAGE/usr/share/man/man1" "$STAGE/usr/share/lintian/overrides"
cp -a "$BUNDLE" "$STAGE/opt/$PKG"
cat > "$STAGE/usr/bin/wegly-viewer" <<'SH'
#!/bin/sh
# Wegly Chat Viewer; the app itself is a self-contained bundle in /opt/wegly-chat-viewer.
exec /opt/wegly-chat-viewer/wegly-chat-viewer "$@"
SH
chmod 755 "$STAGE/usr/bin/wegly-viewer"
install -m 644 "$RES/linux/$PKG.desktop" "$STAGE/usr/share/applications/$PKG.desktop"
install -m 644 "$RES/icons/$PKG.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/$PKG.svg"
install -m 644 "$RES/linux/com.wegly.ChatViewer.metainfo.xml" "$STAGE/usr/share/metainfo/"
gzip -9n < "$RES/linux/wegly-viewer.1" > "$STAGE/usr/share/man/man1/wegly-viewer.1.gz"
# Machine-readable copyright (DEP-5); the LGPL text is the system's common licence.
cat > "$STAGE/usr/share/doc/$PKG/copyright" <<TXT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Wegly Chat Viewer
Source: https://wegly.com.br

Files: *
Copyright: 2026 Wegly Chat Viewer developers
License: proprietary
 All rights reserved.

Files: opt/$PKG/_internal/PySide6/* opt/$PKG/_internal/shiboken6/*
Copyright: The Qt Company Ltd. and other contributors
License: LGPL-3
 Qt 6, PySide6 and Shiboken6 are used under the GNU Lesser General Public License version 3.
 .
 On Debian systems, the complete text of the GNU Lesser General Public License version 3 can
 be found in /usr/share/common-licenses/LGPL-3.

Files: opt/$PKG/_internal/libpython* opt/$PKG/_internal/python3*
Copyright: Python Software Foundation
License: PSF-2.0
 CPython is used under the Python Software Foundation License version 2; httpx, pydantic,
 keyring, truststore, platformdirs and their dependencies under their own licences, whose
 texts are in /opt/$PKG/_internal/*.dist-info.
TXT
# Debian changelog of this native package: the release the metainfo lists for this version.
RELEASE_DATE=$(sed -n "s/.*<release version=\"$VERSION\" date=\"\([0-9-]*\)\".*/\1/p" \
    "$RES/linux/com.wegly.ChatViewer.metainfo.xml")
{
    echo "$PKG ($DEB_VERSION) stable; urgency=medium"
    echo
    echo "  * Wegly Chat Viewer $VERSION; see the project's release notes."
    echo
    echo " -- $MAINTAINER  $(LC_ALL=C date -u -R -d "$RELEASE_DATE 12:00")"
} | gzip -9n > "$STAGE/usr/share/doc/$PKG/changelog.gz"
install -m 644 "$ROOT/packaging/linux/lintian-overrides" "$STAGE/usr/share/lintian/overrides/$PKG"
# Shared libraries are not programs (lintian: shared-library-is-executable).
find "$STAGE/opt/$PKG/_internal" -type f -name '*.so*' -exec chmod 644 {} +

# The glibc the bundle needs: the highest GLIBC_ symbol version of any of its ELF files (the
# build system's glibc, at most); .ci/package checks it against docs/install.md.
GLIBC=$(python3 "$ROOT/packaging/linux/check_bundle.py" glibc "$BUNDLE")
cat > "$STAGE/DEBIAN/control" <<CTL
Package: $PKG
Version: $DEB_VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
Depends: libc6 (>= $GLIBC), $DEPENDS_LIBS
Recommends: gnome-keyring
Section: net
Priority: optional
Homepage: https://wegly.com.br
Description: Look up Wegly WhatsApp chats by ID
 Desktop app for support staff who run WhatsApp customer service on Wegly:
 paste a chat ID (or a link or text containing one) and see the chat, the last
 message with its emoji reactions, the CRM person and the agents. The API key is
 kept in the system keyring (gnome-keyring or KWallet).
CTL
cat > "$STAGE/DEBIAN/postinst" <<'SH'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q /usr/share/applications || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
    fi
fi
exit 0
SH
cat > "$STAGE/DEBIAN/postrm" <<'SH'
#!/bin/sh
set -e
if [ "$1" = remove ] || [ "$1" = purge ]; then
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q /usr/share/applications || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
    fi
fi
exit 0
SH
chmod 755 "$STAGE/DEBIAN/postinst" "$STAGE/DEBIAN/postrm"
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z \
    | xargs -0 md5sum > DEBIAN/md5sums)
chmod 644 "$STAGE/DEBIAN/md5sums"
# Root-owned, no group/other write, directories 755: what dpkg and lintian expect.
find "$STAGE" -type d -exec chmod 755 {} +
chmod -R go-w "$STAGE"

mkdir -p "$(dirname "$OUT")"
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$OUT" >/dev/null
echo "built $OUT ($(du -h "$OUT" | cut -f1))"
