#!/usr/bin/env bash
# The live venue's figures for docs/results.md: `gatebook serve` and `gatebook load` on
# loopback, each configuration run REPEAT times in one go, medians printed as a table.
# Usage: scripts/venue-bench.sh GATEBOOK OUT_DIR
#   throughput  MESSAGES per run, sessions 1, 4 and 16, fsync batch and none, as fast as possible
#   latency     open loop at 10k, 100k and 500k messages/s, fsync none and batch
#   backend     BACKEND=card-sim scripts/venue-bench.sh ... runs the same on the Verilated card
# Needs python3 (for reading the JSON summaries).
set -euo pipefail
gatebook=$1 out=$2
MESSAGES=${MESSAGES:-1000000}
LATENCY_MESSAGES=${LATENCY_MESSAGES:-200000}
REPEAT=${REPEAT:-3}
BACKEND=${BACKEND:-sw}
MODE=${MODE:-all}
mkdir -p "$out"

run() { # name sessions fsync rate messages
  local name=$1 sessions=$2 fsync=$3 rate=$4 messages=$5 dir="$out/$1"
  rm -rf "$dir"; mkdir -p "$dir"
  "$gatebook" sessions --split "$sessions" --throttle-messages 100000000 > "$dir/sessions.toml"
  "$gatebook" serve --journal "$dir/journal" --sessions "$dir/sessions.toml" --listen 127.0.0.1:0 \
    --fsync "$fsync" --backend "$BACKEND" --snapshot-every 0 --client-buffer 268435456 > "$dir/serve.out" 2> "$dir/serve.log" &
  local server=$!
  for _ in $(seq 1 400); do
    grep -q "^listening on" "$dir/serve.out" 2>/dev/null && break
    sleep 0.05
  done
  local addr
  addr=$(sed -n 's/^listening on \([^ ]*\).*/\1/p' "$dir/serve.out")
  local rate_arg=()
  [ "$rate" != "max" ] && rate_arg=(--rate "$rate")
  "$gatebook" load --connect "$addr" --sessions "$sessions" --messages "$messages" --seed 1 \
    "${rate_arg[@]}" --summary "$dir/summary.json" --plot "$dir/latency.svg" > "$dir/load.out"
  kill -INT $server
  wait $server
}

median() { # key file...
  python3 - "$@" <<'PY'
import json, statistics, sys
key, files = sys.argv[1], sys.argv[2:]
values = []
for f in files:
    v = json.load(open(f))
    for k in key.split('.'):
        v = v[k]
    values.append(v)
print(f"{statistics.median(values):.1f}")
PY
}

if [ "$MODE" = all ] || [ "$MODE" = throughput ]; then
  echo "| sessions | fsync | messages/s (median of $REPEAT) | reports/s | p50 µs | p99 µs |"
  echo "|---|---|---|---|---|---|"
  for sessions in 1 4 16; do
    for fsync in batch none; do
      files=()
      for r in $(seq 1 "$REPEAT"); do
        run "tp-$sessions-$fsync-$r" "$sessions" "$fsync" max "$MESSAGES"
        files+=("$out/tp-$sessions-$fsync-$r/summary.json")
      done
      echo "| $sessions | $fsync | $(median messages_per_s "${files[@]}") | $(median reports_per_s "${files[@]}") | $(median latency_us.p50 "${files[@]}") | $(median latency_us.p99 "${files[@]}") |"
    done
  done
fi

if [ "$MODE" = all ] || [ "$MODE" = latency ]; then
  echo
  echo "| rate (messages/s) | fsync | p50 µs | p90 µs | p99 µs | p99.9 µs | max µs (medians of $REPEAT) |"
  echo "|---|---|---|---|---|---|---|"
  for rate in 10000 100000 500000; do
    for fsync in none batch; do
      files=()
      for r in $(seq 1 "$REPEAT"); do
        run "lat-$rate-$fsync-$r" 4 "$fsync" "$rate" "$LATENCY_MESSAGES"
        files+=("$out/lat-$rate-$fsync-$r/summary.json")
      done
      echo "| $rate | $fsync | $(median latency_us.p50 "${files[@]}") | $(median latency_us.p90 "${files[@]}") | $(median latency_us.p99 "${files[@]}") | $(median latency_us.p999 "${files[@]}") | $(median latency_us.max "${files[@]}") |"
    done
  done
fi
