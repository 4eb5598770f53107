#!/usr/bin/env bash
# Start-up time to the first painted window, from source and from the frozen bundle:
#   packaging/measure-startup.sh [RUNS]   (default 5; run packaging/build.sh first)
# Each run starts the app with WEGLY_EXIT_AFTER_SHOW=1, which quits right after the main
# window's first paint event, on the offscreen platform, without a key (keyring disabled so
# the timing never waits for a D-Bus keyring), and reports wall-clock time per run.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
export QT_QPA_PLATFORM=offscreen WEGLY_EXIT_AFTER_SHOW=1
export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
export XDG_CONFIG_HOME=${XDG_CONFIG_HOME:-$(mktemp -d)}  # fresh settings, like a first start

measure() {
    local label=$1
    shift
    local times=()
    "$@" >/dev/null 2>&1 || { echo "$label: failed to start" >&2; return 1; }  # warm-up
    for _ in $(seq "$runs"); do
        if [ -n "${drop_caches:-}" ]; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
        # The app prints first-paint-ms=N: wall clock from here (exec) to its first paint.
        local out
        out=$(WEGLY_T0_NS=$(date +%s%N) "$@" 2>&1 >/dev/null | grep -o 'first-paint-ms=[0-9]*' | cut -d= -f2)
        [ -n "$out" ] || { echo "$label: no first-paint figure" >&2; return 1; }
        times+=("$out")
    done
    sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
    echo "$label: median ${median} ms (runs: ${sorted% })"
}

measure "source (.venv/bin/wegly-viewer)" .venv/bin/wegly-viewer
if [ -x dist/wegly-chat-viewer/wegly-chat-viewer ]; then
    measure "frozen (dist/wegly-chat-viewer)" dist/wegly-chat-viewer/wegly-chat-viewer
fi
if [ -n "${COLD:-}" ] && [ "$(id -u)" = 0 ]; then
    # Cold: the page cache dropped before each run (outside the timing), as after a reboot.
    drop_caches=1
    measure "source, cold cache" .venv/bin/wegly-viewer
    if [ -x dist/wegly-chat-viewer/wegly-chat-viewer ]; then
        measure "frozen, cold cache" dist/wegly-chat-viewer/wegly-chat-viewer
    fi
fi
