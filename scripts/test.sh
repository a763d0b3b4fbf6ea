#!/usr/bin/env bash
# Runs Marsad's test suite (Swift Testing): unit, property and golden tests. Tests never
# read ../shared. Re-record golden snapshots after an intended change: RECORD_GOLDEN=1 scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
swift build --build-tests
swift test --skip-build
