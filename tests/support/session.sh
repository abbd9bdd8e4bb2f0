#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
#
# session.sh [--xvfb] [--keyring] [--] COMMAND [ARG...]
#
# Runs COMMAND in a throw-away desktop-like session and exits with its exit code:
#   always     a fresh HOME, XDG_RUNTIME_DIR (mode 700), XDG_CONFIG_HOME, XDG_DATA_HOME,
#              XDG_CACHE_HOME and TMPDIR under one temporary folder, removed at exit;
#   --keyring  a private D-Bus session bus (dbus-run-session) with gnome-keyring-daemon serving
#              org.freedesktop.secrets; its "login" collection is the default alias, unlocked with
#              the password exported as NAV_TEST_KEYRING_PASSWORD (tests use it to re-unlock);
#   --xvfb     an Xvfb server on a free display (1600x1000x24, cookie auth), DISPLAY exported;
#              implies a private session bus, since Qt would otherwise autolaunch one into HOME.
#              Services the bus activates do not see the display, so the keyring never shows an
#              unlock prompt that would wait for a person: a locked keyring fails as headless.
#
# Nothing is left behind: on normal exit, on SIGTERM/SIGINT/SIGHUP (forwarded to the command)
# and even on SIGKILL of this script (ctest's timeout kills the whole process tree): a detached
# watchdog then stops any process that still carries this session's NAV_SESSION_ROOT and removes
# the folder. Daemon logs (dbus-daemon, gnome-keyring, Xvfb) are printed only on failure.
#
# Exit codes: COMMAND's own; 128+N if COMMAND died of signal N; 125 if the session could not be
# set up (the reason is printed on stderr).

set -u -o pipefail

readonly self="$(readlink -f -- "${BASH_SOURCE[0]}")"
readonly setup_failed=125

die() {
    printf 'session.sh: %s\n' "$*" >&2
    exit "$setup_failed"
}

# Waits for a background child, also across trapped signals that interrupt `wait`; sets
# child_rc to its exit status.
child_rc=0
wait_child() {
    local pid=$1 rc
    while :; do
        wait "$pid"
        rc=$?
        # wait returns >128 both when the child died of a signal and when a trapped signal
        # interrupted it; only in the latter case is the child still there.
        if ((rc > 128)) && kill -0 "$pid" 2>/dev/null; then
            continue
        fi
        child_rc=$rc
        return 0
    done
}

# Sends TERM, gives the process a moment, then KILL. Target is a pid or -pgid.
stop_process() {
    local target=$1 i
    kill -TERM -- "$target" 2>/dev/null || return 0
    for ((i = 0; i < 50; i++)); do
        kill -0 -- "$target" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL -- "$target" 2>/dev/null
    return 0
}

# Every process started in the session inherits NAV_SESSION_ROOT: find and stop survivors
# (daemonised or bus-activated helpers that left our process tree).
sweep_session_processes() {
    local root=$1 files pid
    # Status 2 is expected: processes vanish while grep reads /proc.
    files=$(grep -lzxF -- "NAV_SESSION_ROOT=$root" /proc/[0-9]*/environ 2>/dev/null)
    for pid in $files; do
        pid=${pid#/proc/}
        pid=${pid%/environ}
        [[ $pid == "$$" || $pid == "${BASHPID:-$$}" ]] && continue
        kill -KILL "$pid" 2>/dev/null
    done
    return 0
}

###################################################################################################
# Inner part: runs inside dbus-run-session, owns the keyring daemon and the command.

inner_main() {
    local want_keyring=$1
    shift
    local keyring_pid='' command_pid='' rc

    stop_inner() {
        if [[ -n $command_pid ]]; then
            stop_process "$command_pid"
            wait_child "$command_pid"
        fi
        [[ -n $keyring_pid ]] && stop_process "$keyring_pid"
        return 0
    }
    on_inner_signal() {
        local sig=$1
        trap - TERM INT HUP
        stop_inner
        exit $((128 + sig))
    }
    trap 'on_inner_signal 15' TERM
    trap 'on_inner_signal 2' INT
    trap 'on_inner_signal 1' HUP

    if [[ $want_keyring == 1 ]]; then
        # --foreground keeps the daemon our child, so it dies with this session. --unlock reads
        # the password on stdin and creates the "login" keyring (default alias) in a fresh HOME.
        printf '%s' "$NAV_TEST_KEYRING_PASSWORD" \
            | env -u DISPLAY -u WAYLAND_DISPLAY \
                gnome-keyring-daemon --foreground --unlock --components=secrets \
                >>"$NAV_SESSION_ROOT/log/gnome-keyring.log" 2>&1 &
        keyring_pid=$!
        export GNOME_KEYRING_CONTROL="$XDG_RUNTIME_DIR/keyring"

        # Wait until the daemon owns the name; asking earlier would let the bus activate a second,
        # locked daemon from /usr/share/dbus-1/services.
        local i owned=0
        for ((i = 0; i < 200; i++)); do
            if dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
                org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
                | grep -q 'boolean true'; then
                owned=1
                break
            fi
            kill -0 "$keyring_pid" 2>/dev/null || break
            sleep 0.05
        done
        if ((owned == 0)); then
            stop_inner
            die "gnome-keyring-daemon did not come up (log: $(tr '\n' ' ' \
                <"$NAV_SESSION_ROOT/log/gnome-keyring.log"))"
        fi
        local locked
        locked=$(dbus-send --session --print-reply --dest=org.freedesktop.secrets \
            /org/freedesktop/secrets/aliases/default org.freedesktop.DBus.Properties.Get \
            string:org.freedesktop.Secret.Collection string:Locked 2>&1)
        if [[ $locked != *'boolean false'* ]]; then
            stop_inner
            die "the default keyring collection is missing or locked: $locked"
        fi
    fi

    "$@" &
    command_pid=$!
    wait_child "$command_pid"
    rc=$child_rc
    command_pid=''
    trap - TERM INT HUP
    stop_inner
    return "$rc"
}

case ${1:-} in
--inner)
    shift
    inner_main "$@"
    exit $?
    ;;
--watchdog)
    while kill -0 "$2" 2>/dev/null; do sleep 0.5; done
    sweep_session_processes "$3"
    rm -rf -- "$3"
    exit 0
    ;;
esac

###################################################################################################
# Outer part: temporary folder, Xvfb, the bus, cleanup.

want_xvfb=0
want_keyring=0
while (($#)); do
    case $1 in
    --xvfb) want_xvfb=1 ;;
    --keyring) want_keyring=1 ;;
    --) shift; break ;;
    -*) die "unknown option $1 (usage: session.sh [--xvfb] [--keyring] -- COMMAND [ARG...])" ;;
    *) break ;;
    esac
    shift
done
(($#)) || die "no command given (usage: session.sh [--xvfb] [--keyring] -- COMMAND [ARG...])"

for tool in mktemp setsid grep; do
    command -v "$tool" >/dev/null || die "$tool is not installed"
done
if ((want_keyring || want_xvfb)); then
    for tool in dbus-run-session dbus-daemon dbus-send; do
        command -v "$tool" >/dev/null || die "$tool is not installed (package dbus)"
    done
fi
if ((want_keyring)); then
    command -v gnome-keyring-daemon >/dev/null || die "gnome-keyring-daemon is not installed"
fi
if ((want_xvfb)); then
    command -v Xvfb >/dev/null || die "Xvfb is not installed (package xvfb)"
    command -v xauth >/dev/null || die "xauth is not installed (package xauth)"
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/nav-session.XXXXXXXX") || die "cannot create a temporary folder"
chmod 700 "$root"
export NAV_SESSION_ROOT="$root"

xvfb_pid=''
child_pid=''
cleaned=0

cleanup() {
    ((cleaned)) && return 0
    cleaned=1
    [[ -n $child_pid ]] && stop_process "-$child_pid"
    [[ -n $xvfb_pid ]] && stop_process "$xvfb_pid" && wait "$xvfb_pid" 2>/dev/null
    sweep_session_processes "$root"
    rm -rf -- "$root"
}

on_signal() {
    local sig=$1
    trap - TERM INT HUP
    if [[ -n $child_pid ]]; then
        # The command, the bus and the keyring all sit in the child's process group.
        stop_process "-$child_pid"
        wait_child "$child_pid"
    fi
    cleanup
    exit $((128 + sig))
}

trap cleanup EXIT
trap 'on_signal 15' TERM
trap 'on_signal 2' INT
trap 'on_signal 1' HUP

# If this script is SIGKILLed (ctest's timeout kills the process tree), no trap runs: a watchdog
# outside our process tree (setsid -f: its parent exits at once) notices and cleans up. It holds
# no pipe of ours open, so it never delays the end of the test; on a normal exit the final sweep
# stops it, since it carries NAV_SESSION_ROOT too.
setsid -f bash "$self" --watchdog "$$" "$root" </dev/null >/dev/null 2>&1

mkdir -m 700 "$root/home" "$root/run" "$root/tmp" "$root/log" || die "cannot populate $root"
export HOME="$root/home"
export XDG_RUNTIME_DIR="$root/run"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CACHE_HOME="$HOME/.cache"
export TMPDIR="$root/tmp"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
# Nothing of the caller's desktop may leak in.
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DISPLAY WAYLAND_DISPLAY \
    XAUTHORITY SESSION_MANAGER XDG_SESSION_ID

if ((want_xvfb)); then
    # The server accepts every cookie in its -auth file whatever the display number, so the
    # cookie is written before the free display is known and the client entry added after.
    cookie=$(mcookie 2>/dev/null || od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    : >"$root/Xauthority.server"
    xauth -q -f "$root/Xauthority.server" add :0 . "$cookie" || die "xauth failed"
    mkfifo "$root/displayfd"
    Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp -auth "$root/Xauthority.server" \
        3>"$root/displayfd" </dev/null >>"$root/log/xvfb.log" 2>&1 &
    xvfb_pid=$!
    display=''
    read -r -t 30 display <"$root/displayfd"
    [[ $display =~ ^[0-9]+$ ]] \
        || die "Xvfb did not start (log: $(tr '\n' ' ' <"$root/log/xvfb.log"))"
    export DISPLAY=":$display"
    export XAUTHORITY="$root/Xauthority"
    : >"$XAUTHORITY"
    xauth -q -f "$XAUTHORITY" add "$DISPLAY" . "$cookie" || die "xauth failed"
fi

if ((want_keyring)); then
    export NAV_TEST_KEYRING_PASSWORD="${NAV_TEST_KEYRING_PASSWORD:-navigator-test-keyring}"
else
    unset NAV_TEST_KEYRING_PASSWORD
fi

# setsid puts the child in its own process group (its pgid is its pid), so one signal reaches the
# command, the bus and the keyring; without a controlling terminal the command can still read a
# terminal on stdin when run by hand.
if ((want_keyring || want_xvfb)); then
    # A wrapper keeps dbus-daemon's chatter (fd limit as root, activations) in the log, and hides
    # the display from what the bus activates: gnome-keyring's unlock prompt (gcr-prompter) would
    # otherwise open on Xvfb and wait for a person, so a locked keyring would hang a GUI test.
    mkdir -m 700 "$root/bin"
    printf '#!/bin/sh\nexec env -u DISPLAY -u WAYLAND_DISPLAY %s "$@" 2>>"%s"\n' \
        "$(command -v dbus-daemon)" "$root/log/dbus-daemon.log" >"$root/bin/dbus-daemon"
    chmod 700 "$root/bin/dbus-daemon"
    setsid dbus-run-session --dbus-daemon="$root/bin/dbus-daemon" -- \
        bash "$self" --inner "$want_keyring" "$@" &
    child_pid=$!
else
    setsid "$@" &
    child_pid=$!
fi

wait_child "$child_pid"
rc=$child_rc
child_pid=''

if ((rc != 0)); then
    {
        printf 'session.sh: exit code %s; HOME=%s' "$rc" "$HOME"
        ((want_xvfb)) && printf ' DISPLAY=%s' "$DISPLAY"
        ((want_keyring)) && printf ' keyring=gnome-keyring'
        printf '\n'
        for log in "$root"/log/*.log; do
            [[ -s $log ]] || continue
            printf -- '--- %s ---\n' "${log##*/}"
            cat -- "$log"
        done
    } >&2
fi
exit "$rc"
