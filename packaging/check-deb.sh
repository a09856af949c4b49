#!/usr/bin/env bash
# Makes the Debian package from a built release tree and checks it the way a user would meet it:
#   packaging/check-deb.sh BUILD_DIR     (configured with CMAKE_INSTALL_PREFIX=/usr; ferry and the host built)
# 1. cpack -G DEB; the package holds the binary, the host and its manifests, the desktop entry, the metainfo,
#    the icons and the D-Bus activation file, and depends on the plugins Qt loads at run time;
# 2. apt can satisfy its dependencies on this system (a simulation: nothing is installed);
# 3. unpacked into a scratch root with dpkg -x, the files it installed are valid and point at each other, and the
#    packaged ferry and ferry-native-host run.
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR}
fail() { echo "check-deb: $*" >&2; exit 1; }

rm -f "$build"/ferry_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
debs=("$build"/ferry_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no single ferry_*.deb in $build"
deb=$(realpath "${debs[0]}")
echo "check-deb: $(basename "$deb"), $(stat -c %s "$deb") bytes"

contents=$(dpkg-deb -c "$deb" | awk '{ print $6 }')
for path in \
    usr/bin/ferry \
    usr/libexec/ferry-native-host \
    usr/share/applications/org.ferry.Ferry.desktop \
    usr/share/metainfo/org.ferry.Ferry.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/org.ferry.Ferry.svg \
    usr/share/icons/hicolor/symbolic/apps/org.ferry.Ferry-symbolic.svg \
    usr/share/dbus-1/services/org.ferry.Ferry.service \
    etc/chromium/native-messaging-hosts/org.ferry.ferry.json \
    etc/opt/chrome/native-messaging-hosts/org.ferry.ferry.json \
    usr/lib/mozilla/native-messaging-hosts/org.ferry.ferry.json; do
    grep -qx "\./$path" <<<"$contents" || fail "the package lacks /$path"
done
depends=$(dpkg-deb -f "$deb" Depends)
for package in libqt6widgets6 libqt6dbus6 libqt6sql6-sqlite libqt6svg6; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package: $depends"
done
dpkg-deb -I "$deb" conffiles | grep -qx /etc/chromium/native-messaging-hosts/org.ferry.ferry.json ||
    fail "the Chromium manifest is not a conffile"
# apt reads the package's Depends and Recommends and resolves them against this system without installing.
apt_args=(install --simulate --no-install-recommends "$deb")
apt-get "${apt_args[@]}" >/dev/null 2>&1 || { apt-get "${apt_args[@]}" >&2 || true; fail "apt cannot install it"; }

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/org.ferry.Ferry.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.ferry.Ferry.metainfo.xml" >/dev/null
grep -qx 'Exec=/usr/bin/ferry' "$root/usr/share/dbus-1/services/org.ferry.Ferry.service" ||
    fail "the activation file does not start /usr/bin/ferry"
for manifest in "$root"/etc/chromium/native-messaging-hosts/*.json "$root"/usr/lib/mozilla/native-messaging-hosts/*.json; do
    grep -q '"path": "/usr/libexec/ferry-native-host"' "$manifest" || fail "$manifest does not name the host"
done

expected="ferry $(dpkg-deb -f "$deb" Version | sed 's/-[^-]*$//')"
version=$("$root/usr/bin/ferry" --version)
[ "$version" = "$expected" ] || fail "the packaged ferry --version says '$version', not '$expected'"
echo "check-deb: $root/usr/bin/ferry --version: $version"
# The host answers a message that is not a hand-over without needing Ferry or a bus: 2 bytes of length, then {}.
reply=$(printf '\002\000\000\000{}' | DBUS_SESSION_BUS_ADDRESS=disabled: "$root/usr/libexec/ferry-native-host" | tail -c +5)
[ "$reply" = '{"detail":"exactly one of \"url\" and \"urls\" is needed","error":"invalid-message"}' ] ||
    fail "the packaged ferry-native-host answered '$reply'"
echo "check-deb: the packaged ferry-native-host answers: $reply"
