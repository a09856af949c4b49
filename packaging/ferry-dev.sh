#!/usr/bin/env bash
# The two commands of the README. Each does its own set-up on a fresh Debian 12 or 13 machine.
#   packaging/ferry-dev.sh run [ferry arguments]   build (release) and start Ferry
#   packaging/ferry-dev.sh test [ctest arguments]  both CI legs: this machine's Debian, then Debian 13 in a root
#   packaging/ferry-dev.sh leg [ctest arguments]   one leg, on this machine's Debian only
# A leg builds with warnings as errors, runs every test, and builds and checks the .deb. On Debian 12 the suite
# runs under ASan and UBSan and the header parsers are fuzzed; on Debian 13 (Qt 6.8, KNotifications) it is an
# optimised build, and the .deb is installed and removed again (the root is CI's own).
set -euo pipefail
cd "$(dirname "$0")/.."

release=$(. /etc/os-release && echo "${VERSION_ID:-}")
command=${1:-}
shift || true
case "$command" in
run)
    packaging/install-deps.sh build
    cmake --preset release >/dev/null
    cmake --build --preset release
    exec build/release/app/ferry "$@"
    ;;
test)
    packaging/install-deps.sh host
    start=$SECONDS
    "$0" leg "$@"
    echo "ferry-dev: Debian $release leg passed in $((SECONDS - start)) s" >&2
    if [ "$release" != 13 ]; then
        start=$SECONDS
        packaging/debian-root.sh trixie sh -c 'packaging/install-deps.sh test && packaging/ferry-dev.sh leg "$@"' \
            leg "$@"
        echo "ferry-dev: Debian 13 leg passed in $((SECONDS - start)) s" >&2
    fi
    ;;
leg)
    packaging/install-deps.sh test
    # Everything the tests need is installed above, so none may skip (nginx, mount namespaces). A private
    # session bus serves the D-Bus tests; every other server is started by the test that needs it.
    export FERRY_CI=1
    preset=ci
    [ "$release" = 12 ] || preset=ci-release
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
    dbus-run-session -- ctest --preset "$preset" -j2 "$@"
    if [ "$release" = 12 ]; then
        # The header parsers under libFuzzer, for a bounded time, starting from the checked-in corpus.
        cmake --preset fuzz >/dev/null
        cmake --build --preset fuzz
        corpus=$(mktemp -d)
        trap 'rm -rf "$corpus"' EXIT
        cp tests/fuzz/corpus/* "$corpus"/
        build/fuzz/tests/fuzz/fuzz_headers -max_total_time="${FERRY_FUZZ_SECONDS:-60}" -rss_limit_mb=2048 \
            -print_final_stats=1 "$corpus" 2>&1 | tail -n 12
    fi
    # The Debian package, from an optimised build of the two programs it ships, checked and run from a scratch
    # root (packaging/check-deb.sh says what is checked).
    cmake --preset release -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
    cmake --build --preset release --target ferry ferry-native-host
    if [ "$release" = 12 ]; then
        packaging/check-deb.sh build/release
    else
        packaging/check-deb.sh --install build/release
    fi
    ;;
*)
    echo "usage: $0 run [ferry arguments] | test [ctest arguments] | leg [ctest arguments]" >&2
    exit 2
    ;;
esac
