#!/usr/bin/env bash
# Growth: the load benchmark on PostgreSQL with a share of the scale data (issue 24). For the share given (0.01,
# 0.1 or 1), it makes a database of its own anew, fills it with the three generators (neighbourhoods and the
# partnership, then services, then forums; each prints what it wrote and how long it took), serves it with the run
# command (Keycloak too, for the signed-in loads) with pages rendered for every request (PAGES_KEPT_SECONDS=0: the
# data's cost is what is measured), runs the Gatling benchmark and the asset search at 8 connections with wrk, and
# stops what it started. The figures land in benchmark/target/growth-<share>.md and -wrk.txt.
#
# Needs Debian's PostgreSQL 15 running on 127.0.0.1:5432 (this script runs psql as the postgres user), and wrk.
# Usage: benchmark/growth/run.sh SHARE [KEEP]   (KEEP=keep: serve an already generated database again)
set -euo pipefail
cd "$(dirname "$0")/../.."
share=${1:?"the share of the scale data: 0.01, 0.1 or 1"}
label=$(echo "$share" | tr -d .)
db=portal_scale_$label
user=portal_bench
password=portal_bench
url=jdbc:postgresql://127.0.0.1:5432/$db
out=benchmark/target
mkdir -p "$out"
log=$out/growth-$share.log
: > "$log"

if [ "${2:-}" != keep ]; then
  su postgres -c "psql -q" <<SQL
SELECT 'CREATE ROLE $user LOGIN' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$user')\gexec
ALTER ROLE $user LOGIN PASSWORD '$password';
DROP DATABASE IF EXISTS $db;
CREATE DATABASE $db OWNER $user;
SQL
  mvn -B -ntp -q test-compile
  services=$(awk -v s="$share" 'BEGIN { printf "%d", 100000 * s }')
  for generator in "GeneratePartnership $share" "GenerateServices $services" "GenerateForums $share"; do
    set -- $generator
    echo "== $1 $2" | tee -a "$log"
    mvn -B -ntp -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.carecommunities.benchmark.$1 \
        -Dexec.args="$url $2 $user $password" 2>&1 | grep -v '^\s*$' | tail -3 | tee -a "$log"
  done
  su postgres -c "psql -q -d $db -c 'VACUUM ANALYZE'"
fi

echo "== rows" | tee -a "$log"
su postgres -c "psql -At -d $db" <<'SQL' | tee -a "$log"
SELECT 'services ' || count(*) FROM asset_service;
SELECT 'forums ' || count(*) FROM forum;
SELECT 'threads ' || count(*) FROM forum_thread;
SELECT 'posts ' || count(*) FROM forum_post;
SELECT 'members ' || count(*) FROM member;
SELECT 'agreements ' || count(*) FROM partnership_agreement;
SELECT 'commitments ' || count(*) FROM partnership_commitment;
SELECT 'database ' || pg_size_pretty(pg_database_size(current_database()));
SQL

# serve it: the run command, on this database, rendering every page
export DB_KIND=postgresql DB_NAME=$db DB_USER=$user DB_PASSWORD=$password DEMO_DATA=true PAGES_KEPT_SECONDS=0 \
    RATE_EXEMPT=127.0.0.1 FORUM_POSTS_PER_MINUTE=100000
setsid mvn -B -ntp -Prun package liberty:run -DskipTests > "$out/growth-$share-server.log" 2>&1 &
server=$!
stop() {
  kill -- -"$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  target/liberty/wlp/bin/server stop defaultServer > /dev/null 2>&1 || true
}
trap stop EXIT
for _ in $(seq 1 600); do
  curl -sf http://localhost:9080/health/ready > /dev/null 2>&1 && break
  sleep 1
done
curl -sf http://localhost:9080/health/ready > /dev/null || { echo "the portal did not start: see $out/growth-$share-server.log" >&2; exit 1; }

# the pages the scale data adds: its longest thread's first and last page, its biggest forum, a neighbourhood and
# a board of its own
q() { su postgres -c "psql -At -d $db -c \"$1\""; }
long=$(q "SELECT f.slug || '/threads/' || t.id || ' ' || t.reply_count FROM forum_thread t JOIN forum f ON f.id = t.forum_id ORDER BY t.reply_count DESC, t.id LIMIT 1")
forum=$(q "SELECT f.slug FROM forum f JOIN forum_thread t ON t.forum_id = f.id GROUP BY f.slug ORDER BY count(*) DESC, f.slug LIMIT 1")
place=$(q "SELECT slug FROM neighbourhood WHERE slug LIKE 'scale-%' ORDER BY id LIMIT 1")
thread=/forums/${long% *}
last=$(( ${long#* } / 25 + 1 ))
pages="longest thread ($((${long#* } + 1)) posts), first page|$thread;its last page ($last)|$thread?page=$last"
pages="$pages;biggest forum|/forums/$forum;scale neighbourhood page|/neighbourhoods/$place"
pages="$pages;scale board page|/partnerships/$place;its meetings, last page|/partnerships/$place/meetings?page=999"
echo "== pages of the scale data: $pages" | tee -a "$log"

mvn -B -ntp -q -f benchmark/pom.xml gatling:test -Dfigures="$PWD/$out/growth-$share.md" -Dpages="$pages" 2>&1 \
    | tail -40 | tee -a "$log"

# the asset search at 8 connections (issue 24: p95 at 100,000 services), words and category near a postcode, then
# the postcode alone
{
  for search in "q=walking&category=physical-activity&postcode=KM2+4AB" "postcode=KM2+4AB"; do
    echo "== wrk -t2 -c8 -d20s /asset-map?$search"
    wrk -t2 -c8 -d20s -s src/test/resources/benchmark/p95.lua "http://localhost:9080/asset-map?$search"
  done
} | tee "$out/growth-$share-wrk.txt" | tee -a "$log"
