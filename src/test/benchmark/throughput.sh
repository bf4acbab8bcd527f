#!/usr/bin/env bash
# Throughput of the forum's pages as a ratio to an 8 KB static file served by the same Liberty, in one run:
#   src/test/benchmark/throughput.sh [base URL] [exploded app folder]
# against a portal started by the README's run command (defaults: http://127.0.0.1:9080 and target/frontend, a folder
# the run command serves at the site root).
# Needs wrk (apt-get install wrk). Anonymous GETs, 32 connections, 2 threads, 15 s each after a 5 s warm-up.
# Every request carries one session cookie: today each anonymous request without one makes a server session,
# which piles up on the heap and slows every later run (see the trust-and-safety issue), so runs would not compare.
set -euo pipefail
base=${1:-http://127.0.0.1:9080}
app=${2:-target/frontend}
seconds=${SECONDS_EACH:-15}
head -c 8192 /dev/zero | tr '\0' 'x' > "$app/static/bench-8k.txt"
trap 'rm -f "$app/static/bench-8k.txt"' EXIT
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/static/bench-8k.txt")" = 200 ] || { echo "$app is not served at $base/" >&2; exit 1; }
thread=$(curl -s "$base/forums/search?q=surgery&forum=northgate-hill-general" | grep -o '/forums/northgate-hill-general/threads/[0-9]*' | head -1)
[ -n "$thread" ] || { echo "no demo thread found at $base" >&2; exit 1; }
cookie=$(curl -s -D - -o /dev/null "$base/" | tr -d '\r' | awk -F'[ ;]' 'tolower($1) == "set-cookie:" {print $2; exit}')
declare -A paths=([static]=/static/bench-8k.txt [thread]=$thread [forum]=/forums/kingsmead-general [search]="/forums/search?q=bus")
rate() {
  wrk -t2 -c32 -d5s -H "Cookie: $cookie" "$base$1" >/dev/null 2>&1
  wrk -t2 -c32 -d"${seconds}s" -H "Cookie: $cookie" "$base$1" | awk '/Requests\/sec/ {print $2}'
}
static=$(rate "${paths[static]}")
printf '%-8s %10s req/s\n' static "$static"
for name in thread forum search; do
  r=$(rate "${paths[$name]}")
  printf '%-8s %10s req/s  %5.1f%% of static\n' "$name" "$r" "$(echo "100 * $r / $static" | bc -l)"
done
