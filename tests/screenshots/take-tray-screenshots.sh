#!/bin/sh
# Screenshots of Ferry's tray menu and of a completion notification (issue 6), for people to look at.
#
#   tests/screenshots/take-tray-screenshots.sh [BUILD_DIR] [OUT_DIR]
#
# Runs on Xvfb with a private D-Bus session, a real tray host (trayer) and a real notification daemon (dunst), then
# ferry_trayscreenshots, which drives the real core and tray and saves tray-menu.png and notification.png.
# BUILD_DIR defaults to build/screenshots (configured as Release when new); OUT_DIR to BUILD_DIR/screenshots.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/screenshots}
out=${2:-$build/screenshots}

for tool in xvfb-run dbus-run-session trayer dunst; do
    command -v "$tool" >/dev/null || { echo "take-tray-screenshots: $tool is needed" >&2; exit 1; }
done
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$build" -j2 --target ferry_trayscreenshots

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out" "$work/config/dunst" "$work/runtime" "$work/data"
chmod 700 "$work/runtime"
# dunst below the tray strip, in the top right corner, as a desktop places it.
cat > "$work/config/dunst/dunstrc" <<'CONF'
[global]
    font = DejaVu Sans 10
    origin = top-right
    offset = 12x44
    width = 360
    frame_width = 1
    frame_color = "#5e81ac"
    corner_radius = 6
    padding = 10
    horizontal_padding = 12
    icon_position = left
    max_icon_size = 48
    format = "<b>%s</b>\n%b"
    # "(A)" in front of a notification that has actions, as dunst offers them through its context menu.
    show_indicators = yes
[urgency_normal]
    background = "#2e3440"
    foreground = "#eceff4"
    timeout = 0
CONF
export XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime"

xvfb-run -a -s "-screen 0 1100x700x24 -dpi 96" dbus-run-session -- sh -c '
    xsetroot -solid "#4c566a" 2>/dev/null || true
    trayer --edge top --align right --widthtype request --height 28 --tint 0x2e3440 --transparent true \
        --alpha 0 --SetDockType true --expand true &
    dunst &
    "$1" "$2" "$3"
    status=$?
    kill %1 %2 2>/dev/null || true
    exit $status
' sh "$build/tests/ui/ferry_trayscreenshots" "$out" "$work/data"
