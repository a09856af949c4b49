#!/usr/bin/env bash
# Ferry against curl and aria2c on files served by a private nginx on loopback (issue 4, DESIGN.md section 7).
# Usage: tests/bench/run.sh [--quick] [--runs N] [--size-mib N] [--limited-mib N] [--store-rows N] [--no-build]
#                           [--only CASES] [--baseline FERRY]
# See tests/bench/README.md for what each case measures and how the ratios are computed.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=tests/bench/nginx.sh
source "$root/tests/bench/nginx.sh"
runs=${FERRY_BENCH_RUNS:-3}
size_mib=1024          # case a and d
limited_mib=1024       # case b (served at 20 MiB/s per connection)
store_rows=100000      # case e
small_count=1000       # case c
small_kib=64
build=1
jobs=${FERRY_BENCH_JOBS:-2}
only=abcde             # the cases to run
baseline=""            # another ferry binary, measured in case e alternately with this one

usage() {
    sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'
    exit "${1:-0}"
}
while [ $# -gt 0 ]; do
    case $1 in
        --quick) size_mib=256; limited_mib=128; store_rows=10000; runs=1 ;;
        --runs) runs=${2:?}; shift ;;
        --size-mib) size_mib=${2:?}; shift ;;
        --limited-mib) limited_mib=${2:?}; shift ;;
        --store-rows) store_rows=${2:?}; shift ;;
        --no-build) build=0 ;;
        --only) only=${2:?}; shift ;;
        --baseline) baseline=${2:?}; shift ;;
        -h|--help) usage 0 ;;
        *) echo "run.sh: unknown argument $1" >&2; usage 2 >&2 ;;
    esac
    shift
done
for n in "$runs" "$size_mib" "$limited_mib" "$store_rows"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: counts and sizes must be positive integers" >&2; exit 2; }
done
[[ $only =~ ^[a-e]+$ ]] || { echo "run.sh: --only takes case letters a to e, such as --only e" >&2; exit 2; }
if [ -n "$baseline" ]; then
    [ -x "$baseline" ] || { echo "run.sh: --baseline $baseline is not an executable" >&2; exit 2; }
    baseline=$(cd "$(dirname "$baseline")" && pwd)/$(basename "$baseline")
fi
want() { [[ $only == *"$1"* ]]; }
network=0 # cases a to d download from nginx
if [[ $only =~ [a-d] ]]; then network=1; fi

say() { printf '%s\n' "$*" >&2; }

# --- tools and build -------------------------------------------------------------------------------------------
"$root/packaging/install-deps.sh" test
if [ ! -x /usr/bin/time ]; then
    say "Installing: time"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends time >/dev/null
fi
nginx_bin=$(PATH="$PATH:/usr/sbin:/usr/local/sbin" command -v nginx)

ferry=$root/build/release/app/ferry
guiprobe=$root/build/release/tests/bench/bench_guiprobe
storebench=$root/build/release/tests/bench/bench_store
qnamfloor=$root/build/release/tests/bench/bench_qnamfloor
targets=(ferry)
binaries=("$ferry")
if want c; then targets+=(bench_qnamfloor); binaries+=("$qnamfloor"); fi
if want d; then targets+=(bench_guiprobe); binaries+=("$guiprobe"); fi
if want e; then targets+=(bench_store); binaries+=("$storebench"); fi
if [ "$build" = 1 ]; then
    say "Building ${targets[*]} in the release preset (-j$jobs)..."
    (cd "$root" && cmake --preset release >/dev/null &&
        cmake --build --preset release --parallel "$jobs" --target "${targets[@]}" >/dev/null)
fi
for binary in "${binaries[@]}"; do
    [ -x "$binary" ] || { say "run.sh: $binary is missing (build with: cmake --preset release && cmake --build --preset release)"; exit 1; }
done
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

# --- space, temp dirs and cleanup ------------------------------------------------------------------------------
avail_mib() { df -Pm "$1" | awk 'NR == 2 { print $4 }'; }
need_shm=$((network ? size_mib + small_count * small_kib / 1024 + 128 : 16))
if [ "$(avail_mib /dev/shm)" -lt "$need_shm" ]; then
    say "run.sh: /dev/shm has $(avail_mib /dev/shm) MiB free, the benchmark needs $need_shm MiB (try --quick)"
    exit 1
fi
need_disk=$((network ? 2 * size_mib + limited_mib + 512 : 512))
if [ "$(avail_mib /var/tmp)" -lt "$need_disk" ]; then
    say "run.sh: /var/tmp has $(avail_mib /var/tmp) MiB free, the benchmark needs $need_disk MiB"
    exit 1
fi

work=""
shm=""
nginx_pid=""
cleanup() {
    if [ -n "$nginx_pid" ] && kill -0 "$nginx_pid" 2>/dev/null; then
        kill -TERM "$nginx_pid" 2>/dev/null || true
        wait "$nginx_pid" 2>/dev/null || true
    fi
    [ -z "$shm" ] || rm -rf -- "$shm"
    [ -z "$work" ] || rm -rf -- "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
work=$(mktemp -d /var/tmp/ferry-bench.XXXXXX)
shm=$(mktemp -d /dev/shm/ferry-bench.XXXXXX)
chmod 755 "$work"
www=$work/www
results=$work/results
mkdir -p "$www/small" "$work/logs" "$work/tmp" "$results" "$work/disk"

# --- served files and nginx (cases a to d) -----------------------------------------------------------------------
base=""
generate_files() {
    local i name
    say "Generating files ($size_mib MiB, $limited_mib MiB, $small_count x $small_kib KiB)..."
    head -c "$((size_mib * 1048576))" /dev/urandom >"$www/big.bin"
    if [ "$limited_mib" = "$size_mib" ]; then
        ln "$www/big.bin" "$www/limited.bin"
    else
        head -c "$((limited_mib * 1048576))" /dev/urandom >"$www/limited.bin"
    fi
    for ((i = 0; i < small_count; i++)); do
        printf -v name 'f%04d.bin' "$i"
        head -c "$((small_kib * 1024))" /dev/urandom >"$www/small/$name"
    done
    sync
    cat "$www/big.bin" "$www/limited.bin" "$www/small"/* >/dev/null # into the page cache: nginx serves from memory
}

start_nginx() {
    local port=$1
    nginx_conf "$work" "    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;" "    server {
        listen 127.0.0.1:$port;
        root $www;
        location /limited/ { alias $www/; limit_rate 20m; }
    }"
    nginx_run "$work" "$nginx_bin"
    for _ in $(seq 50); do
        if ! kill -0 "$nginx_pid" 2>/dev/null; then
            wait "$nginx_pid" 2>/dev/null || true
            nginx_pid=""
            return 1
        fi
        curl -sf -o /dev/null "http://127.0.0.1:$port/small/f0000.bin" && return 0
        sleep 0.1
    done
    return 1
}

serve_files() {
    local port="" candidate
    for _ in $(seq 20); do
        candidate=$((20000 + RANDOM % 40000))
        (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null && continue # somebody listens there
        if start_nginx "$candidate"; then
            port=$candidate
            break
        fi
    done
    [ -n "$port" ] || { say "run.sh: nginx did not start:"; cat "$work/logs/error.log" "$work/logs/nginx.out" >&2 || true; exit 1; }
    base=http://127.0.0.1:$port
    say "nginx $("$nginx_bin" -v 2>&1 | sed 's/.*\///') on $base"
}

if [ "$network" = 1 ]; then
    generate_files
    serve_files
fi

# --- measuring -------------------------------------------------------------------------------------------------
# measure CASE TOOL ROUND BYTES CMD...: runs CMD under GNU time; appends "round bytes wall user sys rss_kib".
measure() {
    local case=$1 tool=$2 round=$3 bytes=$4
    shift 4
    local timing=$work/time.out start end
    start=$EPOCHREALTIME
    if ! /usr/bin/time -f '%U %S %M' -o "$timing" "$@" >"$work/logs/$case.$tool.out" 2>&1; then
        say "run.sh: $tool failed in case $case (round $round):"
        tail -n 20 "$work/logs/$case.$tool.out" >&2
        exit 1
    fi
    end=$EPOCHREALTIME
    local wall
    wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.6f", b - a }')
    echo "$round $bytes $wall $(tail -n 1 "$timing")" >>"$results/$case.$tool"
}
expect_size() {
    local file=$1 size=$2 actual
    actual=$(stat -c %s "$file" 2>/dev/null || echo missing)
    [ "$actual" = "$size" ] || { say "run.sh: $file has $actual bytes, expected $size"; exit 1; }
}
fresh() { rm -rf -- "$1" && mkdir -p "$1"; }

big_bytes=$((size_mib * 1048576))
limited_bytes=$((limited_mib * 1048576))
aria2_quiet=(--allow-overwrite=true --auto-file-renaming=false --file-allocation=none --summary-interval=0
    --console-log-level=warn --show-console-readout=false --check-integrity=false)

# in_turn ROUND FN... [-- ARG...]: runs the tools' functions, each as FN ROUND ARG..., with the order rotated every
# round (round 1: A B C, round 2: B C A, ...), each after a sync, so that no tool always runs right after another
# one's writes or write-back.
in_turn() {
    local round=$1 tools=() i
    shift
    while [ $# -gt 0 ] && [ "$1" != -- ]; do
        tools+=("$1")
        shift
    done
    [ $# -eq 0 ] || shift
    for ((i = 0; i < ${#tools[@]}; i++)); do
        sync
        "${tools[$(((round - 1 + i) % ${#tools[@]}))]}" "$round" "$@"
    done
}

# Case a: one file on one connection, to memory and to disk (ROUND CASE DEST).
a_ferry() {
    fresh "$3"
    measure "$2" ferry "$1" "$big_bytes" "$ferry" fetch --data-dir "$work/data-$2" --dest "$3" --connections 1 \
        "$base/big.bin"
    expect_size "$3/big.bin" "$big_bytes"
    rm -rf -- "$work/data-$2" "$3"
}
a_curl() {
    fresh "$3"
    measure "$2" curl "$1" "$big_bytes" curl -s -o "$3/big.bin" "$base/big.bin"
    expect_size "$3/big.bin" "$big_bytes"
    rm -rf -- "$3"
}
a_aria2c() {
    fresh "$3"
    measure "$2" aria2c "$1" "$big_bytes" aria2c -x1 -s1 "${aria2_quiet[@]}" -d "$3" -o big.bin "$base/big.bin"
    expect_size "$3/big.bin" "$big_bytes"
    rm -rf -- "$3"
}
single_file() { in_turn "$3" a_ferry a_curl a_aria2c -- "$1" "$2"; }

# Case b: 20 MiB/s per connection, so only more connections go faster.
b_ferry() {
    fresh "$shm/b"
    measure b ferry "$1" "$limited_bytes" "$ferry" fetch --data-dir "$work/data-b" --dest "$shm/b" \
        --connections 8 "$base/limited/limited.bin"
    expect_size "$shm/b/limited.bin" "$limited_bytes"
    rm -rf -- "$work/data-b" "$shm/b"
}
b_aria2c() {
    fresh "$shm/b"
    measure b aria2c "$1" "$limited_bytes" aria2c -x8 -s8 -k1M "${aria2_quiet[@]}" -d "$shm/b" -o limited.bin \
        "$base/limited/limited.bin"
    expect_size "$shm/b/limited.bin" "$limited_bytes"
    rm -rf -- "$shm/b"
}
limited_file() { in_turn "$1" b_ferry b_aria2c; }

# Case c: many small files in one registration.
small_urls=()
if want c; then
    for ((i = 0; i < small_count; i++)); do
        printf -v name 'f%04d.bin' "$i"
        small_urls+=("$base/small/$name")
        echo "$base/small/$name" >>"$work/small.list"
    done
fi
small_bytes=$((small_count * small_kib * 1024))
expect_files() {
    local dir=$1 count
    count=$(find "$dir" -type f -name 'f*.bin' -size "$((small_kib * 1024))c" | wc -l)
    [ "$count" = "$small_count" ] || { say "run.sh: $dir has $count complete files, expected $small_count"; exit 1; }
}
c_ferry() {
    fresh "$shm/c"
    measure c ferry "$1" "$small_bytes" "$ferry" fetch --data-dir "$work/data-c" --dest "$shm/c" "${small_urls[@]}"
    expect_files "$shm/c"
    rm -rf -- "$work/data-c" "$shm/c"
}
c_curl() {
    fresh "$shm/c"
    awk -v d="$shm/c" '{ n = $0; sub(".*/", "", n); printf "url = \"%s\"\noutput = \"%s/%s\"\n", $0, d, n }' \
        "$work/small.list" >"$work/curl.config"
    measure c curl "$1" "$small_bytes" curl -s --parallel --parallel-max 8 -K "$work/curl.config"
    expect_files "$shm/c"
    rm -rf -- "$shm/c"
}
c_aria2c() {
    fresh "$shm/c"
    measure c aria2c "$1" "$small_bytes" aria2c -j8 -x1 -s1 "${aria2_quiet[@]}" -d "$shm/c" -i "$work/small.list"
    expect_files "$shm/c"
    rm -rf -- "$shm/c"
}
# Not a competitor: Qt's HTTP client alone on the same URLs (bench_qnamfloor.cpp), the floor under Ferry's time.
c_qnamfloor() { measure c qnamfloor "$1" "$small_bytes" "$qnamfloor" "$work/small.list" 8 3; }
# The same, with every body written to a new file and flushed: the least any tool that keeps the files must do.
c_qnamfiles() {
    fresh "$shm/c"
    measure c qnamfiles "$1" "$small_bytes" "$qnamfloor" "$work/small.list" 8 3 "$shm/c"
    expect_files "$shm/c"
    rm -rf -- "$shm/c"
}
many_files() { in_turn "$1" c_ferry c_curl c_aria2c c_qnamfloor c_qnamfiles; }

load_note() { awk '{ printf "load average %s %s %s", $1, $2, $3 }' /proc/loadavg; }
say "Machine: $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM, $(load_note)"
say "Busiest processes: $(ps -eo pcpu=,comm= --sort=-pcpu | head -n 3 | awk '{ printf "%s(%s%%) ", $2, $1 }')"
load_start=$(load_note)

for ((round = 1; round <= runs && network; round++)); do
    if want a; then
        say "Round $round/$runs: a (/dev/shm)"; single_file a-shm "$shm/a" "$round"
        say "Round $round/$runs: a (disk)"; single_file a-disk "$work/disk/a" "$round"
    fi
    if want b; then say "Round $round/$runs: b (limit_rate 20m)"; limited_file "$round"; fi
    if want c; then say "Round $round/$runs: c ($small_count files)"; many_files "$round"; fi
    if want d; then
        say "Round $round/$runs: d (GUI-thread probe)"
        fresh "$shm/d"
        if ! "$guiprobe" "$base/big.bin" "$shm/d" 1 >>"$results/d" 2>"$work/logs/d.err"; then
            say "run.sh: bench_guiprobe failed:"; cat "$work/logs/d.err" >&2; exit 1
        fi
        expect_size "$shm/d/big.bin" "$big_bytes"
        rm -rf -- "$shm/d"
    fi
done

listed=0
if want e; then
    say "Case e: creating a store of $store_rows finished registrations..."
    "$storebench" --create "$store_rows" "$work/store" >"$work/logs/e.create" 2>&1 ||
        { cat "$work/logs/e.create" >&2; exit 1; }
    for ((round = 1; round <= runs; round++)); do
        say "Round $round/$runs: e (ferry list --json${baseline:+, alternating with the baseline})"
        if [ -n "$baseline" ]; then
            measure e baseline-list "$round" 0 "$baseline" list --json --data-dir "$work/store"
        fi
        measure e ferry-list "$round" 0 "$ferry" list --json --data-dir "$work/store"
        measure e open-page "$round" 0 "$storebench" "$work/store"
        grep -o 'open_and_page_ms=[0-9.]*' "$work/logs/e.open-page.out" | cut -d= -f2 >>"$results/e.open-page.ms"
    done
    listed=$("$ferry" list --json --data-dir "$work/store" | grep -c '"id"' || true)
    if [ -n "$baseline" ] && ! cmp -s <("$baseline" list --json --data-dir "$work/store") \
        <("$ferry" list --json --data-dir "$work/store"); then
        say "run.sh: ferry list --json prints other bytes than the baseline $baseline"
        exit 1
    fi
fi
load_end=$(load_note)

# --- report ----------------------------------------------------------------------------------------------------
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Per-run metrics of a results file: MiB/s, CPU-seconds per GiB, peak RSS in MiB, wall seconds.
metric() {
    local file=$1 which=$2
    awk -v w="$which" '{
        bytes = $2; wall = $3; cpu = $4 + $5; rss = $6 / 1024
        if (w == "mibps") print bytes / 1048576 / wall
        else if (w == "cpu") print cpu / (bytes / 1073741824)
        else if (w == "cpus") print cpu
        else if (w == "rss") print rss
        else if (w == "wall") print wall
    }' "$file"
}
med() { metric "$1" "$2" | median; }
# Median over rounds of the per-round ratio A/B (runs of one round are adjacent in time).
ratio() {
    paste <(metric "$1" "$3") <(metric "$2" "$3") | awk '{ print ($2 > 0 ? $1 / $2 : 0) }' | median
}
verdict() { # value op limit
    awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN { ok = (op == ">=") ? (v >= l) : (v <= l); print ok ? "PASS" : "MISS" }'
}

report=$work/report.txt
{
    echo
    echo "Ferry benchmark: $runs alternated run(s) per tool; medians; ratios are medians of per-round ratios"
    revision="(not a git checkout)"
    if git -C "$root" rev-parse --short HEAD >/dev/null 2>&1; then
        revision="at $(git -C "$root" rev-parse --short HEAD)"
        git -C "$root" diff --quiet HEAD -- core app ui || revision+=" plus uncommitted changes in core/app/ui"
    fi
    echo "$("$ferry" --version 2>/dev/null | tail -n 1) $revision; curl $(curl --version | awk 'NR == 1 { print $2 }'), aria2c $(aria2c --version | awk 'NR == 1 { print $3 }'), nginx on loopback"
    echo "$(nproc) CPUs; at start: $load_start; at end: $load_end"
    [ "$size_mib" = 1024 ] || echo "NOTE: case a/d file is $size_mib MiB, not 1 GiB"
    [ "$limited_mib" = 1024 ] || echo "NOTE: case b file is $limited_mib MiB, not 1 GiB"
    [ "$store_rows" = 100000 ] || echo "NOTE: case e store has $store_rows rows, not 100,000"
    [ "$only" = abcde ] || echo "NOTE: only case(s) $only"
    if [[ $only =~ [a-c] ]]; then
        echo
        printf '%-7s %-10s %10s %11s %9s %9s\n' case tool "MiB/s" "CPU-s/GiB" "RSS MiB" "wall s"
        for case in a-shm a-disk b c; do
            for tool in ferry curl aria2c qnamfloor qnamfiles; do
                f=$results/$case.$tool
                [ -f "$f" ] || continue
                printf '%-7s %-10s %10.1f %11.2f %9.1f %9.2f\n' "$case" "$tool" "$(med "$f" mibps)" "$(med "$f" cpu)" \
                    "$(med "$f" rss)" "$(med "$f" wall)"
            done
        done
    fi
    echo
    echo "Ratios and targets"
    # line CASE LABEL VALUE FORMAT TARGET: the verdict is on the value itself, not on its rounded print (a median
    # ratio of 0.998 printed as 1.00 is still a miss).
    line() {
        printf '%-7s %-34s %8s   %-10s %s\n' "$1" "$2" "$(printf "$4" "$3")" "$5" "$(verdict "$3" "${5%% *}" "${5##* }")"
    }
    if want a; then
        for case in a-shm a-disk; do
            line "$case" "throughput Ferry/curl" "$(ratio "$results/$case.ferry" "$results/$case.curl" mibps)" '%.2f' ">= 0.95"
            line "$case" "CPU per GiB Ferry/curl" "$(ratio "$results/$case.ferry" "$results/$case.curl" cpu)" '%.2f' "<= 1.3"
            line "$case" "peak RSS Ferry (MiB)" "$(med "$results/$case.ferry" rss)" '%.1f' "<= 64"
            printf '%-7s %-34s %8s\n' "$case" "throughput Ferry/aria2c" "$(ratio "$results/$case.ferry" "$results/$case.aria2c" mibps | xargs printf '%.2f')"
            printf '%-7s %-34s %8s\n' "$case" "CPU per GiB Ferry/aria2c" "$(ratio "$results/$case.ferry" "$results/$case.aria2c" cpu | xargs printf '%.2f')"
        done
    fi
    if want b; then
        line b "throughput Ferry(-c8)/aria2c(-x8)" "$(ratio "$results/b.ferry" "$results/b.aria2c" mibps)" '%.3f' ">= 1.0"
    fi
    if want c; then
        line c "throughput Ferry/aria2c(-j8)" "$(ratio "$results/c.ferry" "$results/c.aria2c" mibps)" '%.3f' ">= 1.0"
        printf '%-7s %-34s %8s\n' c "throughput Ferry/curl(--parallel 8)" "$(ratio "$results/c.ferry" "$results/c.curl" mibps | xargs printf '%.2f')"
        printf '%-7s %-34s %8s   (bare QNetworkAccessManager, bodies discarded)\n' c "throughput QNAM floor/aria2c" \
            "$(ratio "$results/c.qnamfloor" "$results/c.aria2c" mibps | xargs printf '%.2f')"
        printf '%-7s %-34s %8s\n' c "throughput Ferry/QNAM floor" "$(ratio "$results/c.ferry" "$results/c.qnamfloor" mibps | xargs printf '%.2f')"
        printf '%-7s %-34s %8s   (the same, each body written to a file and flushed)\n' c \
            "throughput QNAM + files/aria2c" "$(ratio "$results/c.qnamfiles" "$results/c.aria2c" mibps | xargs printf '%.2f')"
        printf '%-7s %-34s %8s\n' c "throughput Ferry/QNAM + files" "$(ratio "$results/c.ferry" "$results/c.qnamfiles" mibps | xargs printf '%.2f')"
    fi
    if want d; then
        p50=$(awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^p50_ms=/) print substr($i, 8) }' "$results/d" | median)
        p99=$(awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^p99_ms=/) print substr($i, 8) }' "$results/d" | median)
        pmax=$(awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^max_ms=/) print substr($i, 8) }' "$results/d" | median)
        dmibps=$(awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^mibps=/) print substr($i, 7) }' "$results/d" | median)
        printf '%-7s %-34s %8s\n' d "GUI tick lateness p50 (ms)" "$p50"
        line d "GUI tick lateness p99 (ms)" "$p99" '%s' "<= 20"
        dticks=$(awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^ticks=/) print substr($i, 7) }' "$results/d" | median)
        printf '%-7s %-34s %8s   (%s ticks; throughput meanwhile %s MiB/s)\n' d "GUI tick lateness max (ms)" "$pmax" \
            "$dticks" "$dmibps"
    fi
    if want e; then
        line e "ferry list --json: wall (s)" "$(med "$results/e.ferry-list" wall)" '%.2f' "<= 1"
        line e "ferry list --json: peak RSS (MiB)" "$(med "$results/e.ferry-list" rss)" '%.1f' "<= 150"
        line e "open + list(0,100): time (s)" "$(median <"$results/e.open-page.ms" | awk '{ print $1 / 1000 }')" '%.3f' "<= 1"
        line e "open + list(0,100): peak RSS (MiB)" "$(med "$results/e.open-page" rss)" '%.1f' "<= 150"
        echo "e       ($store_rows rows, $(cut -d' ' -f2 "$work/logs/e.create") to insert; ferry list printed $listed)"
        if [ -n "$baseline" ]; then
            printf '%-7s %-34s %8s   (%s)\n' e "baseline list --json: wall (s)" \
                "$(med "$results/e.baseline-list" wall | xargs printf '%.2f')" "$baseline"
            printf '%-7s %-34s %8s\n' e "baseline list --json: RSS (MiB)" \
                "$(med "$results/e.baseline-list" rss | xargs printf '%.1f')"
            printf '%-7s %-34s %8s\n' e "list --json wall Ferry/baseline" \
                "$(ratio "$results/e.ferry-list" "$results/e.baseline-list" wall | xargs printf '%.2f')"
        fi
    fi
} >"$report"
cat "$report"
mkdir -p "$root/build/release/bench"
cp "$report" "$root/build/release/bench/last-report.txt"
for f in "$results"/*; do cp "$f" "$root/build/release/bench/raw-$(basename "$f").txt"; done
