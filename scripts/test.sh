#!/usr/bin/env bash
# Runs Marsad's test suite (Swift Testing): unit, property, golden, in-process HTTP tests and
# the headless-Chromium dashboard test (screenshots in .build/test-artifacts/). Tests never
# read ../shared. Re-record golden snapshots after an intended change: RECORD_GOLDEN=1 scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
marsad_extra_debs="chromium"
source scripts/setup.sh
swift build --build-tests
swift test --skip-build
