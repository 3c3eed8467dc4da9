#!/usr/bin/env bash
# bp whatsapp import against a sequential Python script (benches/import_requests.py), both
# importing the same CSV into `bp sandbox serve --latency 20`, alternating, in one session;
# then bp's peak RSS on a 1,000,000-row file. Prints medians and the ratio.
#
#   bash benches/import.sh            # RUNS=5 ROWS=100000 BIG=1000000 LATENCY=20
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
ROWS=${ROWS:-100000}
BIG=${BIG:-1000000}
LATENCY=${LATENCY:-20}

python3 -c 'import phonenumbers, requests' 2>/dev/null || pip install --quiet phonenumbers requests
cargo build --release --quiet
BP=$PWD/target/release/bp
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_STATE_HOME=$work/state XDG_DATA_HOME=$work/data
unset BP_PROFILE BP_CONFIG

python3 benches/gen_contacts.py "$ROWS" > "$work/contacts.csv"

serve() { # start a sandbox with latency $1 ms and export its credentials
    kill $(jobs -p) 2>/dev/null || true
    : > "$work/env"
    "$BP" sandbox serve --addr 127.0.0.1:0 --no-persist --latency "$1" > "$work/env" 2>/dev/null &
    for _ in $(seq 200); do
        [ "$(wc -l < "$work/env")" -ge 6 ] && break
        sleep 0.05
    done
    # shellcheck disable=SC1091
    . "$work/env"
}
seconds() { # wall seconds of a command, its output discarded
    local s e
    s=$(date +%s.%N)
    "$@" > /dev/null 2>&1
    e=$(date +%s.%N)
    awk -v s="$s" -v e="$e" 'BEGIN { printf "%.3f\n", e - s }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

serve "$LATENCY"
bp_times=() py_times=()
for run in $(seq "$RUNS"); do
    bp_times+=("$(seconds "$BP" whatsapp import "$work/contacts.csv")")
    py_times+=("$(seconds python3 benches/import_requests.py "$work/contacts.csv")")
    echo "run $run: bp ${bp_times[-1]} s, python ${py_times[-1]} s" >&2
done
bp_median=$(printf '%s\n' "${bp_times[@]}" | median)
py_median=$(printf '%s\n' "${py_times[@]}" | median)
rss_100k=$(/usr/bin/time -v "$BP" whatsapp import "$work/contacts.csv" 2>&1 >/dev/null | awk '/Maximum resident/ { print $6 }')

python3 benches/gen_contacts.py "$BIG" > "$work/big.csv"
serve 0
rss_big=$(/usr/bin/time -v "$BP" whatsapp import "$work/big.csv" 2>&1 >/dev/null | awk '/Maximum resident/ { print $6 }')

echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
echo "| what | median of $RUNS | |"
echo "| --- | --- | --- |"
echo "| bp whatsapp import, $ROWS rows, ${LATENCY} ms latency | ${bp_median} s | |"
echo "| import_requests.py (sequential, batches of 100), same rows | ${py_median} s | |"
awk -v b="$bp_median" -v p="$py_median" 'BEGIN { printf "| ratio | %.1fx faster | |\n", p / b }'
echo "| bp peak RSS, $ROWS rows | $((rss_100k / 1024)) MB | |"
echo "| bp peak RSS, $BIG rows | $((rss_big / 1024)) MB | |"
