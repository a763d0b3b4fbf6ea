#!/usr/bin/env bash
# Ingest throughput end to end (read JSONL, extract, store in SQLite, cluster incidents) on one
# core, then the same command again (it must add nothing, fast), then event-query latency on a
# synthetic 1,000,000-event database (made once under bench-out/, then reused).
#   scripts/bench-ingest.sh [corpus.jsonl]   (default: ../shared/data/corpora/en_reuters21578.jsonl)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/data/corpora/en_reuters21578.jsonl}
source scripts/setup.sh
swift build -c release --product marsad >/dev/null
bin=.build/release/marsad
mkdir -p bench-out
if [ -f "$corpus" ]; then
  db=bench-out/ingest.sqlite
  rm -f "$db" "$db-wal" "$db-shm"
  n=$(wc -l < "$corpus")
  for run in first second; do
    start=$(date +%s.%N)
    taskset -c 0 "$bin" ingest --db "$db" "$corpus" | tail -1
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" -v n="$n" -v r="$run" 'BEGIN { printf "%s run: %.2f s, %.0f articles/s\n", r, e-s, n/(e-s) }'
  done
else
  echo "bench-ingest: $corpus not found; skipping the ingest run"
fi
"$bin" bench store --db bench-out/events-1m.sqlite
