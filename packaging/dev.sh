#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
#
# One entry point for a fresh Debian 12 machine (root or sudo):
#   packaging/dev.sh run    install packages, build, start Navigator on a demo profile
#   packaging/dev.sh test   install packages, build (warnings are errors), run every test
#   packaging/dev.sh build [preset]   just build (presets: dev, ci, asan)
# Environment: NAV_DEMO_PROFILE=<dir> to choose the demo profile folder; NAV_JOBS=<n> for builds.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=${NAV_JOBS:-$(nproc)}

build() {
    local preset=$1
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
}

# True when a session bus answers and offers a Secret Service (running or activatable).
has_keychain() {
    [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || return 1
    local m
    for m in ListNames ListActivatableNames; do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            "org.freedesktop.DBus.$m" 2>/dev/null | grep -q '"org.freedesktop.secrets"' && return 0
    done
    return 1
}

cmd=${1:-}
case "$cmd" in
run)
    bash packaging/install-deps.sh
    build dev
    exe="$root/build/dev/bin/navigator"
    profile=${NAV_DEMO_PROFILE:-}
    launch=("$exe" --demo)
    # The data key lives in the desktop keychain.
    if has_keychain; then
        profile=${profile:-${XDG_DATA_HOME:-$HOME/.local/share}/navigator-demo}
        echo "dev.sh: demo profile: $profile (delete the folder to start over)"
        launch+=(--profile "$profile")
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "dev.sh: no display: running on a virtual X display (Xvfb); nothing appears on screen"
            exec xvfb-run -a -s "-screen 0 1600x1000x24" "${launch[@]}"
        fi
        exec "${launch[@]}"
    fi
    # No desktop keychain (SSH, a bare server): the test harness's private session bus and
    # unlocked gnome-keyring, and a throw-away profile, since a key kept in a keyring that dies
    # with this command must not guard a profile that outlives it.
    profile=$(mktemp -d /tmp/navigator-demo.XXXXXX)
    echo "dev.sh: no desktop keychain found: private keyring, throw-away profile $profile"
    launch+=(--profile "$profile")
    session=(tests/support/session.sh --keyring)
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        # session.sh scrubs the caller's desktop: hand the real display to Navigator itself.
        launch=(env DISPLAY="${DISPLAY:-}" WAYLAND_DISPLAY="${WAYLAND_DISPLAY:-}"
                XAUTHORITY="${XAUTHORITY:-$HOME/.Xauthority}" "${launch[@]}")
    else
        echo "dev.sh: no display: running on a virtual X display (Xvfb); nothing appears on screen"
        session+=(--xvfb)
    fi
    # Forward TERM/INT/HUP to the session so it can stop Navigator and its daemons.
    "${session[@]}" -- "${launch[@]}" &
    pid=$!
    trap 'kill -TERM "$pid" 2>/dev/null' TERM INT HUP
    rc=0
    while :; do
        wait "$pid" && rc=0 || rc=$?
        kill -0 "$pid" 2>/dev/null || break
    done
    rm -rf "$profile"
    exit $rc
    ;;
test)
    bash packaging/install-deps.sh
    build ci
    # Each test starts what it needs (tests/support/session.sh: D-Bus, gnome-keyring, Xvfb)
    # and stops it again; nothing is left running.
    ctest --preset ci
    ;;
build)
    bash packaging/install-deps.sh
    build "${2:-dev}"
    ;;
*)
    sed -n '4,10p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
