#!/usr/bin/env bash
# Installs what building, running and testing Ferry needs on Debian 12, and nothing that is already there.
# Usage: packaging/install-deps.sh [build|test]   (test also brings the servers and tools the tests start)
set -euo pipefail

build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6sql6-sqlite
    qt6-translations-l10n
    libgl-dev zlib1g-dev
)
test_packages=(nginx-light curl dbus dbus-x11 xvfb xauth aria2 imagemagick clang libclang-rt-14-dev
    desktop-file-utils appstream dpkg-dev file)

wanted=("${build_packages[@]}")
if [ "${1:-build}" = test ]; then
    wanted+=("${test_packages[@]}")
fi

missing=()
for package in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
run_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    run_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${run_root[@]}" apt-get update -qq
"${run_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
