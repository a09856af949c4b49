#!/usr/bin/env bash
# Makes the Debian package from a built release tree and checks it the way a user would meet it:
#   packaging/check-deb.sh [--install] BUILD_DIR  (configured with CMAKE_INSTALL_PREFIX=/usr; ferry and the host built)
# 1. cpack -G DEB; the package holds the binary, the host and its manifests, the desktop entry, the metainfo,
#    the icons and the D-Bus activation file (and the notification events where KNotifications is built in), and
#    depends on the packages that hold the plugins Qt loads at run time;
# 2. apt can satisfy its dependencies on this system (a simulation: nothing is installed);
# 3. unpacked into a scratch root with dpkg -x, the files it installed are valid and point at each other, and the
#    packaged ferry and ferry-native-host run;
# 4. with --install (on a machine of CI's own: the Debian 13 root), apt installs it, the installed ferry runs and
#    speaks German to a German session, and apt purges it again.
set -euo pipefail
install=false
if [ "${1:-}" = --install ]; then
    install=true
    shift
fi
build=${1:?usage: $0 [--install] BUILD_DIR}
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
# The plugins' packages are whichever hold them on this release (libqt6svg6 on Debian 12, qt6-svg-plugins on 13).
plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS)
wanted=(libqt6widgets6 libqt6dbus6)
for plugin in sqldrivers/libqsqlite.so iconengines/libqsvgicon.so imageformats/libqsvg.so; do
    wanted+=("$(dpkg-query --search "$plugins/$plugin" | cut -d: -f1)")
done
# Where KNotifications is built in, the package carries its events and shlibdeps finds the library.
knotifications=false
if [ "$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/bin/ferry | grep -ac libKF6Notifications || true)" -gt 0 ]; then
    knotifications=true
    wanted+=(libkf6notifications6)
    grep -qx "\./usr/share/knotifications6/ferry.notifyrc" <<<"$contents" || fail "the package lacks ferry.notifyrc"
fi
for package in "${wanted[@]}"; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package: $depends"
done
echo "check-deb: Depends: $depends"
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

if $install; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends "$deb" >/dev/null || fail "apt could not install $deb"
    trap 'apt-get purge -y -qq ferry >/dev/null; rm -rf "$root"' EXIT
    [ "$(/usr/bin/ferry --version)" = "$expected" ] || fail "the installed ferry does not say '$expected'"
    # The root has no de_DE locale generated; Qt says so on stderr and still picks the language from LANG.
    help=$(LANG=de_DE.UTF-8 /usr/bin/ferry --help 2>/dev/null)
    grep -q "Diese Hilfe anzeigen." <<<"$help" || fail "the installed ferry does not speak German: $help"
    if $knotifications; then
        [ -f /usr/share/knotifications6/ferry.notifyrc ] || fail "ferry.notifyrc is not where KNotifications looks"
    fi
    echo "check-deb: installed with apt, ran /usr/bin/ferry (also in German), purged"
fi
