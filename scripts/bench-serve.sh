#!/usr/bin/env bash
# HTTP load on `GET /api/events` with filters over a synthetic 1,000,000-event database
# (made once under bench-out/ by `marsad bench store`, then reused), with wrk on loopback:
#   1. the server as shipped (response cache on) — requests drawn at random from 2,520 distinct
#      filter combinations (type × governorate × year window × sort), so most requests are
#      cache misses at first and the run shows the steady state;
#   2. the same server with the cache off (--cache-entries 0): every request runs its query;
#   3. the cached server on one fixed URL (the cache's ceiling, a peer for the two above).
# Server and wrk share this 2-core machine (nothing pinned); wrk runs 1 thread, 32 connections.
#   scripts/bench-serve.sh [seconds per run, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
source scripts/setup.sh
command -v wrk >/dev/null || { echo "bench-serve: wrk is needed (apt-get install wrk)" >&2; exit 1; }
swift build -c release --product marsad >/dev/null
bin=.build/release/marsad
db=bench-out/events-1m.sqlite
mkdir -p bench-out
[ -f "$db" ] || "$bin" bench store --db "$db" --runs 1 >/dev/null
port=18080
lua=bench-out/events-paths.lua
python3 - "$lua" <<'PY'
import itertools, random, sys, urllib.parse
types = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"]
admin1 = ["Aleppo", "Damascus", "Deir ez-Zor", "Homs", "Idlib", "Hama", "Raqqa", "Al-Hasakah", "Daraa", "Nineveh", "Al Anbar", "Baghdad", "Kirkuk", "Diyala"]
years = [("2015-01-01", "2015-12-31"), ("2019-01-01", "2020-12-31"), ("2024-01-01", "2026-12-31"), ("2012-01-01", "2026-12-31"), ("2025-06-01", "2025-12-31")]
sorts = ["-date", "-fatalities", "date"]
limits = [20, 50]
paths = []
for t, a, (s, u), o, n in itertools.product(types, admin1, years, sorts, limits):
    q = urllib.parse.urlencode({"type": t, "admin1": a, "since": s, "until": u, "sort": o, "limit": n})
    paths.append("/api/events?" + q)
paths = sorted(set(paths))
random.Random(7).shuffle(paths)
with open(sys.argv[1], "w") as f:
    f.write("paths = {\n" + ",\n".join('"%s"' % p for p in paths) + "\n}\n")
    f.write("counter = 0\nrequest = function()\n  counter = counter + 1\n  return wrk.format(\"GET\", paths[math.random(#paths)])\nend\n")
print(f"bench-serve: {len(paths)} distinct filtered URLs", file=sys.stderr)
PY
run() {  # name, server args…, then wrk args after --
  local name=$1; shift
  local server=() ; while [ "$1" != "--" ]; do server+=("$1"); shift; done; shift
  "$bin" serve --db "$db" --port $port "${server[@]}" > bench-out/serve.log 2>&1 &
  local pid=$!
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
  echo "== $name"
  wrk -t1 -c32 -d"${secs}s" --latency "$@" | grep -E "Requests/sec|Latency  |50%|90%|99%|Non-2xx|Socket errors|requests in"
  kill $pid; wait $pid 2>/dev/null || true
}
run "cached server, 2,520 filter combinations at random" -- -s "$lua" "http://127.0.0.1:$port"
run "uncached server (--cache-entries 0), same mix" --cache-entries 0 -- -s "$lua" "http://127.0.0.1:$port"
run "cached server, one fixed URL" -- "http://127.0.0.1:$port/api/events?type=Battles&admin1=Aleppo&since=2024-01-01&limit=50"
