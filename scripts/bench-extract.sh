#!/usr/bin/env bash
# Extraction speed and memory on a news corpus (release build, one core), with a
# tokenise-only peer measured in the same run, then the end-to-end CLI (JSON in, JSON out)
# under /usr/bin/time for wall time and peak RSS.
#   scripts/bench-extract.sh [corpus.jsonl]   (default: ../shared/data/corpora/en_reuters21578.jsonl)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/data/corpora/en_reuters21578.jsonl}
[ -f "$corpus" ] || { echo "bench-extract: $corpus not found; skipping (pass a corpus path)"; exit 0; }
source scripts/setup.sh
swift build -c release --product marsad >/dev/null
bin=.build/release/marsad
"$bin" bench extract "$corpus"
size=$(stat -c %s "$corpus")
out=$(mktemp)
/usr/bin/time -f "%e %M" -o "$out.time" taskset -c 0 "$bin" extract "$corpus" > "$out" 2>/dev/null || true
read -r secs kb < "$out.time"
awk -v s="$secs" -v b="$size" -v kb="$kb" -v n="$(wc -l < "$out")" 'BEGIN {
  printf "end to end CLI    %.1f MB/s of JSONL (%.2f s for %.1f MB, one core), peak RSS %.0f MB, %d events\n", b/1e6/s, s, b/1e6, kb/1024, n }'
rm -f "$out" "$out.time"
