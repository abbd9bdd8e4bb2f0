#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Navigator contributors
#
# Installs the Debian 12 packages Navigator needs to build, run and test.
# Idempotent: installs only what is missing. Needs root or sudo.
#   packaging/install-deps.sh            build + run + test packages
#   packaging/install-deps.sh --runtime  only what the workstation needs to run
set -euo pipefail

build_pkgs=(
  cmake g++ make ninja-build pkg-config git
  qt6-base-dev qt6-base-private-dev qt6-multimedia-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libgl-dev libvulkan-dev
  qtkeychain-qt6-dev libsecret-1-0 libsqlcipher-dev sqlcipher
  libstemmer-dev libphonenumber-dev libargon2-dev zlib1g-dev
  libre-dev librem-dev libspeexdsp-dev libopus-dev libssl-dev
  fonts-dejavu-core
)
test_pkgs=(
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools sqlite3
  postgresql nginx openssl
  kamailio kamailio-tls-modules baresip sip-tester sox coturn
  pulseaudio pulseaudio-utils gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  gstreamer1.0-pulseaudio
)
runtime_pkgs=(
  libqt6widgets6 libqt6sql6 libqt6network6 qt6-qpa-plugins qtkeychain-qt6-dev libsecret-1-0
  libsqlcipher0 gnome-keyring dbus-x11 libre0 librem0 libspeexdsp1 libopus0 libqt6multimedia6
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-pulseaudio
)

want=("${build_pkgs[@]}" "${test_pkgs[@]}")
[ "${1:-}" = "--runtime" ] && want=("${runtime_pkgs[@]}")

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#want[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO=sudo
fi
echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

# The tests start their own nginx, PostgreSQL clusters and Kamailio on free loopback ports. The
# system services these packages just set up are not wanted (they would hold ports 80 and
# 5060): stop and disable them. A package that was already installed is left alone.
for p in "${missing[@]}"; do
  case "$p" in nginx|kamailio|coturn) ;; *) continue ;; esac
  if command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then
    $SUDO systemctl disable --now "$p" >/dev/null 2>&1 || true
  else
    $SUDO service "$p" stop >/dev/null 2>&1 || true
    $SUDO update-rc.d "$p" disable >/dev/null 2>&1 || true
  fi
  echo "install-deps: $p system service stopped and disabled (tests run their own)"
done
