#!/usr/bin/env bash
# The two commands of the README. Each does its own set-up on a fresh Debian 12 machine.
#   packaging/ferry-dev.sh run [ferry arguments]   build (release) and start Ferry
#   packaging/ferry-dev.sh test                    build (warnings are errors), run every test, build and check
#                                                  the .deb
set -euo pipefail
cd "$(dirname "$0")/.."

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
    packaging/install-deps.sh test
    # The whole suite, once, built with ASan and UBSan and with warnings as errors.
    cmake --preset ci >/dev/null
    cmake --build --preset ci
    # Everything the tests need is installed above, so none may skip (nginx, mount namespaces). A private
    # session bus serves the D-Bus tests; every other server is started by the test that needs it.
    export FERRY_CI=1
    dbus-run-session -- ctest --preset ci -j2 "$@"
    # The header parsers under libFuzzer, for a bounded time, starting from the checked-in corpus.
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz
    corpus=$(mktemp -d)
    trap 'rm -rf "$corpus"' EXIT
    cp tests/fuzz/corpus/* "$corpus"/
    build/fuzz/tests/fuzz/fuzz_headers -max_total_time="${FERRY_FUZZ_SECONDS:-60}" -rss_limit_mb=2048 \
        -print_final_stats=1 "$corpus" 2>&1 | tail -n 12
    # The Debian package, from an optimised build of the two programs it ships, checked and run from a scratch
    # root (packaging/check-deb.sh says what is checked).
    cmake --preset release -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
    cmake --build --preset release --target ferry ferry-native-host
    packaging/check-deb.sh build/release
    ;;
*)
    echo "usage: $0 run [ferry arguments] | test [ctest arguments]" >&2
    exit 2
    ;;
esac
