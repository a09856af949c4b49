#!/usr/bin/env bash
# Installs what building, running and testing Ferry needs on Debian 12 or 13, and nothing that is already there.
# Usage: packaging/install-deps.sh [build|test|host]
#   build  the compiler, CMake and Qt (and KDE Frameworks' notifications on Debian 13)
#   test   also the servers and tools the tests start
#   host   also what makes the Debian 13 root of the second CI leg (packaging/debian-root.sh)
set -euo pipefail

release=$(. /etc/os-release && echo "${VERSION_ID:-}")
build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6sql6-sqlite
    qt6-translations-l10n
    libgl-dev zlib1g-dev
)
test_packages=(curl dbus dbus-x11 xvfb xauth aria2 desktop-file-utils appstream dpkg-dev file)
case "$release" in
12)
    # The fuzzers' clang and runtime, and the screenshots' ImageMagick, are only needed once: on this leg.
    test_packages+=(nginx-light clang libclang-rt-14-dev imagemagick)
    ;;
13)
    # Debian 13 packages KDE Frameworks 6, and moved Qt's SVG plugins out of libqt6svg6.
    build_packages+=(libkf6notifications-dev qt6-svg-plugins)
    test_packages+=(nginx)
    ;;
*)
    echo "install-deps: written for Debian 12 and 13, not '${release:-unknown}'; install the equivalents of:" >&2
    echo "  ${build_packages[*]} ${test_packages[*]}" >&2
    exit 1
    ;;
esac

wanted=("${build_packages[@]}")
case "${1:-build}" in
build) ;;
test) wanted+=("${test_packages[@]}") ;;
host) wanted+=("${test_packages[@]}" debootstrap bubblewrap) ;;
*) echo "usage: $0 [build|test|host]" >&2; exit 2 ;;
esac

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
