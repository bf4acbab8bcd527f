#!/usr/bin/env bash
# 500,000 anonymous GETs without cookies at a running portal (the run command's, with RATE_EXEMPT=127.0.0.1), then
# whether /health/live is UP and how the server's heap after a full collection compares with before.
# Needs wrk (Debian: apt-get install wrk) and the JDK's jcmd. Usage: benchmark/soak/run.sh [requests] [base]
set -euo pipefail
requests=${1:-500000}
base=${2:-http://localhost:9080}
here=$(cd "$(dirname "$0")" && pwd)
pid=$(pgrep -f 'ws-server.jar|ws-launch.jar' | head -1)
[ -n "$pid" ] || { echo "no Liberty server is running" >&2; exit 1; }

heap() {  # used heap after a full collection, in MB
  jcmd "$pid" GC.run > /dev/null
  sleep 1
  jcmd "$pid" GC.heap_info | awk '/used/ && !done { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i+1); sub(/K,?/, "", v); printf "%.1f", v / 1024; done = 1 } }'
}

wrk -t2 -c32 -d20s -s "$here/anonymous.lua" "$base" > /dev/null  # warm
before=$(heap)
rss_before=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
started=$(date +%s)
done_requests=0
rounds=0
while [ "$done_requests" -lt "$requests" ]; do
  out=$(wrk -t2 -c32 -d30s -s "$here/anonymous.lua" "$base")
  n=$(echo "$out" | awk '/requests in/ { print $1 }')
  errors=$(echo "$out" | awk '/Non-2xx or 3xx/ { print $NF }')
  done_requests=$((done_requests + n))
  rounds=$((rounds + 1))
  echo "round $rounds: $n requests (non-2xx/3xx: ${errors:-0}), heap now $(jcmd "$pid" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { print $(i+1); exit } }')"
done
after=$(heap)
rss_after=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
live=$(curl -s "$base/health/live")
echo
echo "requests: $done_requests in $(( $(date +%s) - started )) s"
echo "heap used after a full collection: before ${before} MB, after ${after} MB"
echo "resident: before ${rss_before} MB, after ${rss_after} MB"
echo "/health/live: $live"
