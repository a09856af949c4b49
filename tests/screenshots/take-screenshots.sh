#!/bin/sh
# Screenshots of Ferry's window and dialogs under Xvfb, for people to look at (DESIGN.md section 7).
#
#   tests/screenshots/take-screenshots.sh [BUILD_DIR] [OUT_DIR]
#
# 1. ferry_screenshots prepares a data dir by driving the real core against a loopback server (active, queued,
#    paused, completed, failed, aborted and upload registrations, with icons), shows the real MainWindow and dialogs
#    and saves main-window.png, add-dialog.png and settings-dialog.png.
# 2. The ferry binary itself is then started on that data dir and the whole screen is saved as ferry-binary.png
#    (needs ImageMagick's `import`; skipped with a message when it is missing).
#
# Both follow the session's language: LANG=de_DE.UTF-8 tests/screenshots/take-screenshots.sh makes German pictures
# (tests/screenshots/main-window-de.png is one).
#
# BUILD_DIR defaults to build/screenshots (configured as Release when new); OUT_DIR to BUILD_DIR/screenshots.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/screenshots}
out=${2:-$build/screenshots}

command -v xvfb-run >/dev/null || { echo "take-screenshots: xvfb-run is needed (apt-get install xvfb)" >&2; exit 1; }
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$build" -j2 --target ferry_screenshots ferry

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out" "$work/config" "$work/runtime"
chmod 700 "$work/runtime"
# Keep the user's settings and D-Bus session out of it.
export XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime" DBUS_SESSION_BUS_ADDRESS=disabled:
screen="-screen 0 1280x860x24 -dpi 96"

xvfb-run -a -s "$screen" "$build/tests/ui/ferry_screenshots" "$out" "$work/data"

if command -v import >/dev/null; then
    xvfb-run -a -s "$screen" sh -c '
        "$1" --data-dir "$2" &
        pid=$!
        sleep 4
        import -window root "$3"
        kill "$pid"
        wait "$pid" 2>/dev/null || true
    ' sh "$build/app/ferry" "$work/data" "$out/ferry-binary.png"
    echo "wrote $out/ferry-binary.png"
else
    echo "take-screenshots: ImageMagick's import is missing, so the ferry binary itself was not captured" >&2
fi
