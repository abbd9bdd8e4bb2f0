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

# The demo's central server (SQLite mode) in folder $1, on a free loopback port: created on first
# use with the demo directory and two demo users (a navigator and a team lead) whose passwords
# are generated, kept in $1/demo-users.txt (mode 600) and printed. Sets server_pid, server_url.
start_demo_server() {
    local dir=$1 srv="$root/build/${2:-dev}/bin/navigator-server"
    server_pid= server_url=
    if [ ! -x "$srv" ]; then
        echo "dev.sh: navigator-server was not built; Navigator runs without a server" >&2
        return 1
    fi
    mkdir -p "$dir" && chmod 700 "$dir"
    local db="sqlite:$dir/server.db"
    if [ ! -s "$dir/demo-users.txt" ]; then
        echo "dev.sh: creating the demo server in $dir"
        rm -f "$dir/server.db"
        "$srv" migrate --db "$db" >/dev/null
        "$srv" import --format demo "${NAV_DEMO_SERVICES:-3000}" --db "$db" >/dev/null
        "$srv" team add Demo --db "$db" >/dev/null
        local nav_pw lead_pw
        nav_pw=$(tr -dc 'A-Za-z0-9' </dev/urandom | head -c 14 || true)
        lead_pw=$(tr -dc 'A-Za-z0-9' </dev/urandom | head -c 14 || true)
        printf '%s\n' "$nav_pw" | "$srv" user add demo.navigator --team Demo --role navigator \
            --display-name "Demo Navigator" --db "$db" >/dev/null
        printf '%s\n' "$lead_pw" | "$srv" user add demo.lead --team Demo --role team-lead \
            --cleared --display-name "Demo Team Lead" --db "$db" >/dev/null
        (umask 077 && printf 'demo.navigator %s\ndemo.lead %s\n' "$nav_pw" "$lead_pw" >"$dir/demo-users.txt")
    fi
    : >"$dir/server.out"
    "$srv" serve --db "$db" --listen 127.0.0.1:0 >"$dir/server.out" 2>"$dir/server.log" &
    server_pid=$!
    local port= i
    for i in $(seq 1 100); do
        port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$dir/server.out" | head -n1)
        [ -n "$port" ] && break
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    if [ -z "$port" ]; then
        echo "dev.sh: the demo server did not start (see $dir/server.log)" >&2
        kill "$server_pid" 2>/dev/null || true
        server_pid=
        return 1
    fi
    server_url="http://127.0.0.1:$port"
    echo "dev.sh: demo server at $server_url (log: $dir/server.log)"
    echo "dev.sh: demo users (fictitious data only):"
    sed 's/^/dev.sh:   user /; s/ \([^ ]*\)$/  password \1/' "$dir/demo-users.txt"
}

stop_demo_server() {
    [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    return 0
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
        if start_demo_server "$profile-server"; then
            launch+=(--server "$server_url" --user demo.navigator)
        fi
        trap stop_demo_server EXIT
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "dev.sh: no display: running on a virtual X display (Xvfb); nothing appears on screen"
            xvfb-run -a -s "-screen 0 1600x1000x24" "${launch[@]}" && exit 0 || exit $?
        fi
        "${launch[@]}" && exit 0 || exit $?
    fi
    # No desktop keychain (SSH, a bare server): the test harness's private session bus and
    # unlocked gnome-keyring, and a throw-away profile, since a key kept in a keyring that dies
    # with this command must not guard a profile that outlives it.
    profile=$(mktemp -d /tmp/navigator-demo.XXXXXX)
    echo "dev.sh: no desktop keychain found: private keyring, throw-away profile $profile"
    launch+=(--profile "$profile")
    if start_demo_server "$profile-server"; then
        launch+=(--server "$server_url" --user demo.navigator)
    fi
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
    stop_demo_server
    rm -rf "$profile" "$profile-server"
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
