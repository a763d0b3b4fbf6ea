#!/usr/bin/env bash
# Marsad's main job on the embedded default: set up, build, store the sample articles that ship
# in the repo (data/golden/: our own English and Arabic example reports, some reporting the
# same incident) in ./marsad.sqlite, and serve the dashboard and the API over it:
#   http://127.0.0.1:8080/   (MARSAD_HOST / MARSAD_PORT to change; Ctrl-C stops)
# Ingesting is idempotent: run it again and nothing is added. `scripts/tour.sh` shows
# extraction itself (explanations and scores).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
swift build -c release --product marsad
bin=.build/release/marsad
db=${MARSAD_DB:-marsad.sqlite}
"$bin" ingest --db "$db" data/golden/en_gold.jsonl data/golden/ar_gold.jsonl data/golden/dedup.jsonl
"$bin" stats --db "$db" | head -1
exec "$bin" serve --db "$db" --host "${MARSAD_HOST:-127.0.0.1}" --port "${MARSAD_PORT:-8080}"
