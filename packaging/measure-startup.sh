#!/usr/bin/env bash
# Start-up time, from source and from the frozen bundle, in interleaved runs (medians):
#   packaging/measure-startup.sh [RUNS]   (default 5; run packaging/build.sh first)
# "first paint": each run starts the app with WEGLY_EXIT_AFTER_SHOW=1, which quits right after
# the main window's first paint event, on the offscreen platform, without a key (keyring disabled
# so the timing never waits for a D-Bus keyring); the app reports the wall clock from exec.
# "--version": the whole process, exec to exit. Each run measures every variant in turn, so a
# machine that gets busier slows all of them alike.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
export QT_QPA_PLATFORM=offscreen WEGLY_EXIT_AFTER_SHOW=1
export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
export XDG_CONFIG_HOME=${XDG_CONFIG_HOME:-$(mktemp -d)}  # fresh settings, like a first start

labels=("source (.venv/bin/wegly-viewer)")
commands=(.venv/bin/wegly-viewer)
if [ -x dist/wegly-chat-viewer/wegly-chat-viewer ]; then
    labels+=("frozen (dist/wegly-chat-viewer)")
    commands+=(dist/wegly-chat-viewer/wegly-chat-viewer)
fi

paint_ms() {  # the app prints first-paint-ms=N: wall clock from here (exec) to its first paint
    local out
    out=$(WEGLY_T0_NS=$(date +%s%N) "$1" 2>&1 >/dev/null | grep -o 'first-paint-ms=[0-9]*' | cut -d= -f2)
    [ -n "$out" ] || { echo "$1: no first-paint figure" >&2; return 1; }
    echo "$out"
}

version_ms() {
    local start end
    start=$(date +%s%N)
    "$1" --version >/dev/null
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }

measure() {  # measure SUFFIX: every variant, RUNS interleaved rounds
    local suffix=$1 i
    declare -A paint version
    for i in "${!commands[@]}"; do  # warm-up, untimed
        "${commands[$i]}" >/dev/null 2>&1 || { echo "${labels[$i]}: failed to start" >&2; return 1; }
    done
    for _ in $(seq "$runs"); do
        for i in "${!commands[@]}"; do
            if [ -n "${drop_caches:-}" ]; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
            paint[$i]+="$(paint_ms "${commands[$i]}") "
            if [ -n "${drop_caches:-}" ]; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
            version[$i]+="$(version_ms "${commands[$i]}") "
        done
    done
    for i in "${!commands[@]}"; do
        # shellcheck disable=SC2086 # the lists are space-separated numbers
        echo "${labels[$i]}$suffix: first paint median $(median ${paint[$i]}) ms" \
            "(runs: ${paint[$i]% }); --version median $(median ${version[$i]}) ms (runs: ${version[$i]% })"
    done
}

measure ""
if [ -n "${COLD:-}" ] && [ "$(id -u)" = 0 ]; then
    # Cold: the page cache dropped before each run (outside the timing), as after a reboot.
    drop_caches=1
    measure ", cold cache"
fi
