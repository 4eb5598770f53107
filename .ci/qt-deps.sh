# Sourced by ./run, ./test and .ci/run: makes sure Qt's system libraries and fonts are present.
# Debian/Ubuntu only; elsewhere (macOS, Windows) the PySide6 wheels carry what they need.

QT_APT_PACKAGES="libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 fonts-dejavu-core
fonts-noto-color-emoji"

# True when apt can install packages here: Debian/Ubuntu, and root or password-less sudo.
can_apt_install() {
    command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 || return 1
    [ "$(id -u)" = 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }
}

# Installs the given Debian packages with apt (as root or through sudo); the caller checked
# can_apt_install.
_apt_install() {
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    echo "Installing system packages: $*"
    $sudo apt-get -o DPkg::Lock::Timeout=120 update -qq >/dev/null
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=120 install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_qt_deps() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local missing=""
    for pkg in $QT_APT_PACKAGES $*; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing="$missing $pkg"
    done
    [ -z "$missing" ] && return 0
    if ! can_apt_install; then
        echo "Qt needs these system packages first; install them and run this again:" >&2
        echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends$missing" >&2
        return 1
    fi
    # shellcheck disable=SC2086
    _apt_install $missing
}

# True when .venv has a Python that starts and a pip that runs (not a half-made venv left by an
# earlier try that failed, e.g. for want of python3-venv).
_venv_usable() {
    [ -x .venv/bin/python ] || return 1
    # Compare the output, not just the exit code: a truncated file also "exits 0".
    [ "$(.venv/bin/python -c 'import sys, pip; print(sys.version_info >= (3, 11))' 2>/dev/null)" = True ] \
        && .venv/bin/python -m pip --version 2>/dev/null | grep -q '^pip '
}

# Makes sure "$1 -m venv" can create a venv with pip. Debian and Ubuntu ship venv/ensurepip
# separately (python3.X-venv): installed with apt when root/sudo allows, else named exactly.
_ensure_venv_module() {
    local python="$1"
    "$python" -c 'import ensurepip, venv' >/dev/null 2>&1 && return 0
    local version
    version="$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
    local pkg="python$version-venv"
    if command -v dpkg-query >/dev/null 2>&1; then
        if can_apt_install; then
            _apt_install "$pkg"
            "$python" -c 'import ensurepip, venv' >/dev/null 2>&1 && return 0
        fi
        echo "$python cannot create a virtual environment: its venv/ensurepip module is missing." >&2
        echo "  Install it and run this again: sudo apt-get install -y $pkg" >&2
    else
        echo "$python cannot create a virtual environment (no venv/ensurepip module)." >&2
        echo "  Install a full Python 3.11+ (python.org or your package manager), or set PYTHON=." >&2
    fi
    return 1
}

# Creates .venv (Python 3.11+) and installs the project with the given extras when pyproject
# changed since the last install. A broken .venv (no python, no pip) is made again.
ensure_venv() {
    local spec="$1"
    local python="${PYTHON:-python3}"
    if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        echo "Python 3.11 or newer is needed (tried: $python). Set PYTHON=/path/to/python3.11." >&2
        return 1
    fi
    if ! _venv_usable; then
        if [ -e .venv ]; then
            echo "Repairing .venv (left incomplete by an earlier run): making it again."
            rm -rf .venv
        fi
        _ensure_venv_module "$python" || return 1
        if ! "$python" -m venv .venv || ! _venv_usable; then
            rm -rf .venv  # never leave a half-made venv behind for the next run
            echo "Could not create .venv with $python." >&2
            return 1
        fi
    fi
    local stamp=".venv/.installed-$(echo "$spec" | tr -c 'a-z' '_')"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        echo "Installing Wegly Chat Viewer into .venv ..."
        .venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
        .venv/bin/python -m pip install -q -e "$spec"
        touch "$stamp"
    fi
    # The install compiled the .qm into app/wegly_viewer/translations (hatch_build.py); a .ts
    # changed since then is compiled again (milliseconds), so ./run never shows old texts.
    .venv/bin/python packaging/ts2qm.py --only-stale resources/translations app/wegly_viewer/translations
}
