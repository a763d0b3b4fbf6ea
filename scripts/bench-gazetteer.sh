#!/usr/bin/env bash
# Gazetteer load time and memory, matching cost on a 5 KB article, and — when ../shared is
# present — place resolution on the CENTCOM development lines.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
swift build -c release --product marsad >/dev/null
bin=.build/release/marsad
"$bin" bench gazetteer
if [ -f ../shared/data/centcom/centcom_dev.csv ]; then
  "$bin" eval --centcom ../shared/data/centcom/centcom_dev.csv
else
  echo "bench-gazetteer: ../shared/data/centcom/centcom_dev.csv not found; skipping the CENTCOM check"
fi
