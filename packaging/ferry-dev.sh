#!/usr/bin/env bash
# The two commands of the README. Each does its own set-up on a fresh Debian 12 machine.
#   packaging/ferry-dev.sh run [ferry arguments]   build (release) and start Ferry
#   packaging/ferry-dev.sh test                    build (warnings are errors) and run every test
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
    cmake --preset ci >/dev/null
    cmake --build --preset ci
    # A private session bus for the D-Bus tests; every other server is started by the test that needs it.
    # nginx is installed above, so its integration test must run rather than skip.
    export FERRY_REQUIRE_NGINX=1
    exec dbus-run-session -- ctest --preset ci -j2 "$@"
    ;;
*)
    echo "usage: $0 run [ferry arguments] | test [ctest arguments]" >&2
    exit 2
    ;;
esac
