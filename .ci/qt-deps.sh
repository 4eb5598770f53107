# Sourced by ./run, ./test and .ci/run: makes sure Qt's system libraries and fonts are present.
# Debian/Ubuntu only; elsewhere (macOS, Windows) the PySide6 wheels carry what they need.

QT_APT_PACKAGES="libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 fonts-dejavu-core
fonts-noto-color-emoji"

ensure_qt_deps() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local missing=""
    for pkg in $QT_APT_PACKAGES $*; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing="$missing $pkg"
    done
    [ -z "$missing" ] && return 0
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo="sudo"
        else
            echo "Qt needs these system packages first; install them and run this again:" >&2
            echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends$missing" >&2
            return 1
        fi
    fi
    echo "Installing system packages:$missing"
    $sudo apt-get update -qq >/dev/null
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# Creates .venv (Python 3.11+) and installs the project with the given extras when pyproject
# changed since the last install.
ensure_venv() {
    local spec="$1"
    local python="${PYTHON:-python3}"
    if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        echo "Python 3.11 or newer is needed (tried: $python). Set PYTHON=/path/to/python3.11." >&2
        return 1
    fi
    [ -x .venv/bin/python ] || "$python" -m venv .venv
    local stamp=".venv/.installed-$(echo "$spec" | tr -c 'a-z' '_')"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        echo "Installing Wegly Chat Viewer into .venv ..."
        .venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
        .venv/bin/python -m pip install -q -e "$spec"
        touch "$stamp"
    fi
}
