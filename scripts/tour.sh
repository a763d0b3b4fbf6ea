#!/usr/bin/env bash
# A tour of extraction on the embedded default: build, extract events from the sample
# articles that ship in the repo (data/golden/en_gold.jsonl, our own example reports),
# print them, and score them against their hand coding. Sets up what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
swift build -c release --product marsad
bin=.build/release/marsad
echo "== Events extracted from data/golden/en_gold.jsonl (first 5 shown as JSON, all in marsad-sample-events.jsonl)"
"$bin" extract data/golden/en_gold.jsonl > marsad-sample-events.jsonl
head -n 5 marsad-sample-events.jsonl
echo
echo "== One article explained"
head -n 1 data/golden/en_gold.jsonl | "$bin" extract --explain -
echo
echo "== Scored against the hand coding"
"$bin" eval --gold data/golden/en_gold.jsonl
echo
echo "== Stored in marsad.sqlite (ingest is idempotent: run this again and nothing is added)"
"$bin" ingest --db marsad.sqlite data/golden/en_gold.jsonl data/golden/ar_gold.jsonl data/golden/dedup.jsonl
"$bin" stats --db marsad.sqlite | head -12
echo
echo "== Incidents reported by several articles (English and Arabic reports merged)"
"$bin" events --db marsad.sqlite --incidents | grep '"sources_count":[2-9]' | head -n 3
