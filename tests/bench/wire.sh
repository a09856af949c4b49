#!/usr/bin/env bash
# What goes over the wire, counted by the server: Ferry, aria2c and curl download the same files from a private
# nginx on loopback, taking turns round by round, and nginx's log says how many bytes each was sent.
#
#   tests/bench/wire.sh [--rounds N] [--size-mib N] [--limit-mib N] [--no-build]
#
# 1. Over-fetch: a --size-mib file (default 64) over 8 connections (Ferry, aria2c) and 1 (curl), no limit: bytes
#    sent over the file's size, in per cent; medians over the rounds.
# 2. A speed limit against a TLS server that offers HTTP/2: a 200 MiB file at --limit-mib MiB/s (default 5) for
#    Ferry (8 connections), curl --http2 and aria2c; the rate nginx saw from the first request's start to the last
#    one's end, and each client's peak resident memory.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=tests/bench/nginx.sh
source "$root/tests/bench/nginx.sh"
rounds=5
size_mib=64
limit_mib=5
build=1
while [ $# -gt 0 ]; do
    case $1 in
    --rounds) rounds=$2; shift 2 ;;
    --size-mib) size_mib=$2; shift 2 ;;
    --limit-mib) limit_mib=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "usage: $0 [--rounds N] [--size-mib N] [--limit-mib N] [--no-build]" >&2; exit 2 ;;
    esac
done

"$root/packaging/install-deps.sh" test
nginx_bin=$(PATH="$PATH:/usr/sbin:/usr/local/sbin" command -v nginx)
ferry=$root/build/release/app/ferry
if [ "$build" = 1 ]; then
    (cd "$root" && cmake --preset release >/dev/null && cmake --build --preset release --target ferry >/dev/null)
fi
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

work=$(mktemp -d /var/tmp/ferry-wire.XXXXXX)
nginx_pid=""
cleanup() {
    [ -z "$nginx_pid" ] || kill "$nginx_pid" 2>/dev/null || true
    rm -rf -- "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
chmod 755 "$work"
mkdir -p "$work/www" "$work/logs" "$work/tmp" "$work/tls"
head -c $((size_mib * 1024 * 1024)) /dev/urandom >"$work/www/file.bin"
head -c $((200 * 1024 * 1024)) /dev/urandom >"$work/www/big.bin"
# A throwaway authority and a certificate for 127.0.0.1 that it signed.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/tls/ca.key" -out "$work/tls/ca.pem" -days 2 \
    -subj "/CN=wire bench CA" -addext "basicConstraints=critical,CA:TRUE" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout "$work/tls/key.pem" -out "$work/tls/req.csr" -subj "/CN=127.0.0.1" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1\n' >"$work/tls/ext.cnf"
openssl x509 -req -in "$work/tls/req.csr" -CA "$work/tls/ca.pem" -CAkey "$work/tls/ca.key" -CAcreateserial \
    -out "$work/tls/cert.pem" -days 2 -extfile "$work/tls/ext.cnf" 2>/dev/null

port=$((20000 + RANDOM % 20000))
tls_port=$((port + 1))
nginx_conf "$work" "    log_format sent '\$uri \$body_bytes_sent \$request_time \$msec \$server_protocol';
    access_log $work/logs/access.log sent;
    sendfile on;" "    server {
        listen 127.0.0.1:$port;
        location / { alias $work/www/; }
    }
    server {
        listen 127.0.0.1:$tls_port ssl http2;
        ssl_certificate $work/tls/cert.pem;
        ssl_certificate_key $work/tls/key.pem;
        location / { alias $work/www/; }
    }"
nginx_run "$work" "$nginx_bin"
for _ in $(seq 50); do curl -sf -o /dev/null -r 0-0 "http://127.0.0.1:$port/file.bin" && break; sleep 0.1; done

# Each run gets its own alias (/<tag>/file.bin -> the file), which keeps its lines apart in the log.
alias_for() { mkdir -p "$work/www/$1"; ln -sf "../$2" "$work/www/$1/$2"; }
sent_for() { awk -v t="/$1/" 'index($1, t) == 1 { s += $2 } END { print s + 0 }' "$work/logs/access.log"; }
# The rate nginx saw for a tag: all bytes over the span from the first request's start to the last one's end.
rate_for() {
    awk -v t="/$1/" 'index($1, t) == 1 { s += $2; b = $4 - $3; if (first == "" || b < first) first = b; if ($4 > last) last = $4; p[$5] = 1 }
        END { for (k in p) protos = protos k " "; printf "%.2f MiB/s over %.1f s (%s)", s / 1048576 / (last - first), last - first, protos }' \
        "$work/logs/access.log"
}
# Runs a command and prints the peak resident memory it reached, in MiB (from /proc, every 50 ms).
peak_rss() {
    "$@" >/dev/null 2>&1 &
    local pid=$! peak=0 rss
    while kill -0 "$pid" 2>/dev/null; do
        rss=$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
        [ "${rss:-0}" -gt "$peak" ] && peak=$rss
        sleep 0.05
    done
    wait "$pid" || echo "(exit $?)" >&2
    echo $((peak / 1024))
}

echo "1. Over-fetch: ${size_mib} MiB, no limit, bytes sent over the size (%), $rounds rounds"
declare -A over
for round in $(seq "$rounds"); do
    for tool in ferry8 aria2c8 curl1; do
        tag=$tool-$round
        alias_for "$tag" file.bin
        dir=$work/out/$tag
        mkdir -p "$dir"
        url="http://127.0.0.1:$port/$tag/file.bin"
        case $tool in
        ferry8) "$ferry" fetch --data-dir "$dir/data" --dest "$dir" --connections 8 "$url" >/dev/null 2>&1 ;;
        aria2c8) aria2c -q -x8 -s8 -k1M --file-allocation=none --dir "$dir" "$url" ;;
        curl1) curl -sf -o "$dir/file.bin" "$url" ;;
        esac
        cmp -s "$dir/file.bin" "$work/www/file.bin" || echo "$tag: WRONG CONTENT" >&2
        over[$tool]+="$(awk -v s="$(sent_for "$tag")" -v z=$((size_mib * 1048576)) 'BEGIN { printf "%.2f", (s - z) * 100 / z }') "
        rm -rf "$dir"
    done
done
for tool in ferry8 aria2c8 curl1; do
    printf '  %-8s median %6s %%   (%s)\n' "$tool" \
        "$(tr ' ' '\n' <<<"${over[$tool]}" | sed '/^$/d' | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')" \
        "${over[$tool]% }"
done

echo "2. 200 MiB at ${limit_mib} MiB/s from a TLS server offering HTTP/2: rate at the server, peak RSS"
limit=$((limit_mib * 1024 * 1024))
for tool in ferry8 curl aria2c8; do
    tag=limit-$tool
    alias_for "$tag" big.bin
    dir=$work/out/$tag
    mkdir -p "$dir"
    url="https://127.0.0.1:$tls_port/$tag/big.bin"
    case $tool in
    ferry8) rss=$(SSL_CERT_FILE=$work/tls/ca.pem peak_rss "$ferry" fetch --data-dir "$dir/data" --dest "$dir" \
                  --connections 8 --limit-rate "$limit" "$url") ;;
    curl) rss=$(peak_rss curl -sf --http2 --cacert "$work/tls/ca.pem" --limit-rate "$limit" -o "$dir/big.bin" "$url") ;;
    aria2c8) rss=$(peak_rss aria2c -q -x8 -s8 -k1M --file-allocation=none --ca-certificate="$work/tls/ca.pem" \
                   --max-download-limit="$limit" --dir "$dir" "$url") ;;
    esac
    cmp -s "$dir/big.bin" "$work/www/big.bin" || echo "$tag: WRONG CONTENT" >&2
    printf '  %-8s %s, peak RSS %s MiB\n' "$tool" "$(rate_for "$tag")" "$rss"
    rm -rf "$dir"
done
