#!/usr/bin/env bash
# One command for the Linux artefacts: the PyInstaller bundle dist/wegly-chat-viewer/, checked
# with its own --self-test, then the .deb dist/wegly-chat-viewer_<version>_<arch>.deb.
# Uses the project's .venv (created if missing) with the "package" extra (PyInstaller).
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/qt-deps.sh
# patchelf: RUNPATHs into the bundle; the Wayland libraries: so check_bundle.py can tell which
# package provides each library the bundle needs (the .deb declares them in Depends).
ensure_qt_deps binutils desktop-file-utils appstream xz-utils patchelf libxcb1 libwayland-client0 \
    libwayland-cursor0 libwayland-egl1
ensure_venv '.[package]'
export QT_QPA_PLATFORM=offscreen
# The --self-test line of a build that carries every catalogue (.ci/package checks it too).
export TRANSLATIONS_OK=${TRANSLATIONS_OK:-"ok    translations: ours pt_BR, en; Qt's pt_BR yes; wegly-lookup pt_BR, en"}

VERSION=$(.venv/bin/python -c 'from importlib.metadata import version; print(version("wegly-chat-viewer"))')
echo "== Wegly Chat Viewer $VERSION"
.venv/bin/python packaging/make_icons.py --out build/icons
rm -rf dist/wegly-chat-viewer
start=$(date +%s)
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/pyinstaller/wegly-viewer.spec
echo "== PyInstaller: $(($(date +%s) - start)) s"

BIN=dist/wegly-chat-viewer/wegly-chat-viewer
# PyInstaller keeps the RUNPATH the build host's Python gave its extensions (/root/.pyenv/...):
# point those at the bundle itself.
python3 packaging/linux/check_bundle.py fix-runpath dist/wegly-chat-viewer
echo "== frozen --version"
frozen_version=$("$BIN" --version)
[ "$frozen_version" = "wegly-viewer $VERSION" ] || {
    echo "frozen --version says '$frozen_version', expected $VERSION" >&2
    exit 1
}
# --version and --help answer without Qt (the spec's runtime hooks: docs/packaging.md, "Start-up").
if LD_DEBUG=files "$BIN" --version 2>&1 >/dev/null | grep -q 'file=libQt6Core'; then
    echo "frozen --version loads Qt (libQt6Core): a runtime hook imports PySide6 again" >&2
    exit 1
fi
echo "== frozen --self-test"
self_test=$("$BIN" --self-test) || { echo "$self_test"; exit 1; }
echo "$self_test"
# Our catalogue (.qm for the window, .ts for the catalogue reader) and Qt's own pt-BR buttons.
echo "$self_test" | grep -qxF "$TRANSLATIONS_OK" || {
    echo "the bundle's translations are incomplete (expected: $TRANSLATIONS_OK)" >&2
    exit 1
}
echo "== bundle size: $(du -sh dist/wegly-chat-viewer | cut -f1)"

packaging/linux/build-deb.sh dist/wegly-chat-viewer "$VERSION"
