#!/usr/bin/env bash
# Shared set-up for scripts/run.sh and scripts/test.sh: checks the toolchain and installs
# the Debian packages the build needs when they are missing (as root, through apt).
# The Debian packages the build links against: the system SQLite for the event store (GRDB)
# and libxml2 for reading web pages; the browser libraries the dashboard serves from
# /usr/share/javascript (never copied into the repo); and what the caller adds in
# $marsad_extra_debs (scripts/test.sh adds chromium for the browser test).
debian_packages=(libsqlite3-dev libxml2-dev pkg-config libjs-leaflet libjs-leaflet.markercluster libjs-chart.js ${marsad_extra_debs:-})
need_debs=()
for pkg in "${debian_packages[@]}"; do dpkg -s "$pkg" >/dev/null 2>&1 || need_debs+=("$pkg"); done
if [ ${#need_debs[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_debs[@]}"
  else
    echo "marsad: missing Debian packages: ${need_debs[*]} (install them with apt-get as root)" >&2; exit 1
  fi
fi
if ! command -v swift >/dev/null 2>&1; then
  for d in /opt/swift/usr/bin /usr/share/swift/usr/bin; do [ -x "$d/swift" ] && export PATH="$d:$PATH"; done
fi
command -v swift >/dev/null 2>&1 || { echo "marsad: Swift 6.3 is needed (swift not found on PATH)" >&2; exit 1; }
