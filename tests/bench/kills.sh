#!/usr/bin/env bash
# What a kill costs: Ferry, aria2c and curl download the same file from a private nginx on loopback, each killed
# with SIGKILL at the same random moments and started again with its own resume, and nginx's log says how many
# bytes each had to be sent in all. Prints the bytes fetched again per kill and per connection.
#
#   tests/bench/kills.sh [--kills N] [--size-mib N] [--rate-kib N] [--no-build]
#
# Every tool gets the same total rate: --rate-kib per connection (default 1024) with eight connections, eight times
# that with one, so the kills fall at the same points of the file for all. The tools take turns kill by kill.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=tests/bench/nginx.sh
source "$root/tests/bench/nginx.sh"
kills=30
size_mib=256
rate_kib=1024
build=1
while [ $# -gt 0 ]; do
    case $1 in
    --kills) kills=$2; shift 2 ;;
    --size-mib) size_mib=$2; shift 2 ;;
    --rate-kib) rate_kib=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "usage: $0 [--kills N] [--size-mib N] [--rate-kib N] [--no-build]" >&2; exit 2 ;;
    esac
done
say() { printf '%s\n' "$*" >&2; }

"$root/packaging/install-deps.sh" test
nginx_bin=$(PATH="$PATH:/usr/sbin:/usr/local/sbin" command -v nginx)
ferry=$root/build/release/app/ferry
if [ "$build" = 1 ]; then
    (cd "$root" && cmake --preset release >/dev/null && cmake --build --preset release --target ferry >/dev/null)
fi
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

work=$(mktemp -d /var/tmp/ferry-kills.XXXXXX)
nginx_pid=""
cleanup() {
    [ -z "$nginx_pid" ] || kill "$nginx_pid" 2>/dev/null || true
    pkill -9 -f "$work/" 2>/dev/null || true
    rm -rf -- "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
chmod 755 "$work"
mkdir -p "$work/www" "$work/logs" "$work/tmp"
head -c $((size_mib * 1024 * 1024)) /dev/urandom >"$work/www/file.bin"
want_sha=$(sha256sum "$work/www/file.bin" | cut -d' ' -f1)

port=$((20000 + RANDOM % 40000))
nginx_conf "$work" "    log_format sent '\$uri \$body_bytes_sent';
    access_log $work/logs/access.log sent;
    sendfile on;" "    server {
        listen 127.0.0.1:$port;
        location /eight/ { alias $work/www/; limit_rate ${rate_kib}k; }
        location /one/ { alias $work/www/; limit_rate $((rate_kib * 8))k; }
    }"
nginx_run "$work" "$nginx_bin"
for _ in $(seq 50); do curl -sf -o /dev/null -r 0-0 "http://127.0.0.1:$port/one/file.bin" && break; sleep 0.1; done

# Each tool: a name, its connections, its first command and its resume (run in its own dir as the current dir).
tools=(ferry8 aria2c8 ferry1 curl1)
connections() { case $1 in *8) echo 8 ;; *) echo 1 ;; esac; }
url() { [ "$(connections "$1")" = 8 ] && echo "http://127.0.0.1:$port/eight/$1/file.bin" || echo "http://127.0.0.1:$port/one/$1/file.bin"; }
start() {
    local tool=$1 first=$2 dir=$work/$1
    case $tool in
    ferry*) if [ "$first" = 1 ]; then
                "$ferry" fetch --data-dir "$dir/data" --dest "$dir" --id k --connections "$(connections "$tool")" "$(url "$tool")"
            else
                "$ferry" resume --data-dir "$dir/data" k
            fi ;;
    aria2c8) aria2c -q -c -x8 -s8 -k1M --auto-save-interval=1 --file-allocation=none --dir "$dir" "$(url "$tool")" ;;
    curl1) curl -sf -C - -o "$dir/file.bin" "$(url "$tool")" ;;
    esac
}
# nginx serves /eight/ferry8/file.bin from the same file: one alias per tool keeps the logs apart.
for tool in "${tools[@]}"; do mkdir -p "$work/$tool" "$work/www/$tool"; ln -s ../file.bin "$work/www/$tool/file.bin"; done

declare -A ended killed
for tool in "${tools[@]}"; do ended[$tool]=0; killed[$tool]=0; done
RANDOM=20261206
for round in $(seq "$kills"); do
    delay=$(printf '0.%03d' $((300 + RANDOM % 700)))
    for tool in "${tools[@]}"; do
        [ "${ended[$tool]}" = 1 ] && continue
        start "$tool" $((round == 1)) >>"$work/logs/$tool.out" 2>&1 &
        pid=$!
        sleep "$delay"
        if kill -0 "$pid" 2>/dev/null; then
            pkill -9 -P "$pid" 2>/dev/null || true
            kill -9 "$pid" 2>/dev/null || true
            killed[$tool]=$((killed[$tool] + 1))
        else
            ended[$tool]=1
        fi
        wait "$pid" 2>/dev/null || true
    done
done
printf '%-8s %6s %12s %16s %s\n' tool kills "again MiB" "MiB/kill/conn" sha256 
for tool in "${tools[@]}"; do
    [ "${ended[$tool]}" = 1 ] || start "$tool" 0 >>"$work/logs/$tool.out" 2>&1 || true
    sent=$(awk -v t="/$tool/" 'index($1, t) { s += $2 } END { print s + 0 }' "$work/logs/access.log")
    again=$((sent - size_mib * 1024 * 1024))
    got=$(sha256sum "$work/$tool/file.bin" 2>/dev/null | cut -d' ' -f1)
    awk -v t="$tool" -v k="${killed[$tool]}" -v a="$again" -v c="$(connections "$tool")" -v ok="$([ "$got" = "$want_sha" ] && echo ok || echo WRONG)" \
        'BEGIN { printf "%-8s %6d %12.1f %16.3f %s\n", t, k, a / 1048576, k ? a / 1048576 / k / c : 0, ok }'
done
