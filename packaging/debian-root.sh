#!/usr/bin/env bash
# Runs a command of this checkout inside a Debian root of another release, made with debootstrap from the Debian
# archive: the second CI leg builds and tests Ferry on Debian 13 (Qt 6.8, KDE Frameworks 6) this way.
#   packaging/debian-root.sh SUITE COMMAND [ARGS...]     e.g. packaging/debian-root.sh trixie packaging/ferry-dev.sh leg
# The root and its build trees are kept in $FERRY_ROOTS (default /var/cache/ferry-ci), so a machine that keeps them
# only installs what changed; a fresh one spends a few minutes on debootstrap and apt. Needs root, debootstrap and
# bubblewrap (packaging/install-deps.sh host installs both).
set -euo pipefail
cd "$(dirname "$0")/.."
suite=${1:?usage: $0 SUITE COMMAND [ARGS...]}
shift
[ $# -gt 0 ] || { echo "usage: $0 SUITE COMMAND [ARGS...]" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "debian-root: debootstrap and the root's apt need root" >&2; exit 1; }

cache=${FERRY_ROOTS:-/var/cache/ferry-ci}
root=$cache/$suite
builds=$cache/$suite-build
mirror=${FERRY_DEBIAN_MIRROR:-http://deb.debian.org/debian}
mkdir -p "$cache" "$builds"

if [ ! -x "$root/usr/bin/apt-get" ]; then
    # Made aside and moved in place only when whole, so an interrupted run never leaves a half root to reuse.
    echo "debian-root: making a $suite root in $root" >&2
    rm -rf "$root.partial"
    debootstrap --variant=minbase "$suite" "$root.partial" "$mirror" >"$cache/$suite-debootstrap.log" 2>&1 ||
        { tail -n 20 "$cache/$suite-debootstrap.log" >&2; exit 1; }
    printf 'deb %s %s main\n' "$mirror" "$suite" >"$root.partial/etc/apt/sources.list"
    mv "$root.partial" "$root"
fi

# A private mount and PID namespace: the checkout at /src, the root's own build trees over /src/build (the host's
# build trees are of another Qt), an empty /tmp, and nothing of the host's session (no display, no bus). Every
# process started inside ends with the command. The root may start user and mount namespaces of its own (the
# disk-full test mounts a small tmpfs).
keep_env=()
for name in FERRY_CI FERRY_FUZZ_SECONDS; do
    [ -n "${!name:-}" ] && keep_env+=(--setenv "$name" "${!name}")
done
exec bwrap --bind "$root" / --proc /proc --dev /dev --perms 1777 --tmpfs /tmp --perms 1777 --tmpfs /dev/shm \
    --ro-bind /etc/resolv.conf /etc/resolv.conf --bind "$PWD" /src --bind "$builds" /src/build \
    --unshare-pid --die-with-parent --clearenv --chdir /src \
    --setenv PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin --setenv HOME /tmp \
    --setenv LANG C.UTF-8 --setenv TERM "${TERM:-dumb}" "${keep_env[@]}" "$@"
