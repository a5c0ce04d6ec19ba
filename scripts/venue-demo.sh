#!/usr/bin/env bash
# The live venue end to end: `gatebook serve` on the default venue, `gatebook load` against
# it, then the journal replayed offline must give exactly the reports the members received.
# Usage: scripts/venue-demo.sh GATEBOOK OUT_DIR MESSAGES SEED [serve args...]
set -euo pipefail
gatebook=$1 out=$2 messages=$3 seed=$4
shift 4
rm -rf "$out"
mkdir -p "$out"
"$gatebook" sessions --split 4 > "$out/sessions.toml"
"$gatebook" serve --journal "$out/journal" --sessions "$out/sessions.toml" \
  --listen 127.0.0.1:0 --metrics 127.0.0.1:0 "$@" > "$out/serve.out" 2> "$out/serve.log" &
server=$!
trap 'kill -9 $server 2>/dev/null || true' EXIT
for _ in $(seq 1 200); do
  grep -q "^listening on" "$out/serve.out" 2>/dev/null && break
  kill -0 $server 2>/dev/null || { cat "$out/serve.log"; exit 1; }
  sleep 0.05
done
addr=$(sed -n 's/^listening on \([^ ]*\).*/\1/p' "$out/serve.out")
echo "== gatebook serve listening on $addr (journal $out/journal)"
"$gatebook" load --connect "$addr" --sessions 4 --messages "$messages" --seed "$seed" \
  --reports-out "$out/received.csv" --summary "$out/summary.json" --plot "$out/latency.svg"
metrics=$(sed -n 's|^metrics on \(.*\)|\1|p' "$out/serve.out")
if [ -n "$metrics" ] && command -v curl >/dev/null 2>&1; then
  echo "== metrics ($metrics)"
  curl -s "$metrics" | grep -E '^gatebook_(journal_entries_total|reports_total|messages_matched_total) ' || true
fi
kill -INT $server
wait $server
trap - EXIT
"$gatebook" journal verify "$out/journal" | tail -1
"$gatebook" replay --journal "$out/journal" --output "$out/replayed.csv"
rows=$(wc -l < "$out/received.csv")
if head -n "$rows" "$out/replayed.csv" | cmp -s - "$out/received.csv"; then
  echo "== the journal replays to the $((rows - 1)) reports the members received, byte for byte"
else
  echo "== the journal's replay differs from what the members received:"
  diff <(head -n "$rows" "$out/replayed.csv") "$out/received.csv" | head -5
  exit 1
fi
