#!/usr/bin/env bash
# Several servers, one lost: two Open Liberty servers of the built portal (ports 9481, 9482) on one PostgreSQL
# database, sign-in sessions kept there (SESSION_STORE=database), Debian's nginx in front (9480, round robin), and
# a Keycloak of the tests' realm (8380), all on loopback. A resident signs in through the balancer; a steward's
# edit on one server is searched for on the other; a back-channel logout sent to one ends a session on both; then
# reads and replies are spread over both servers while one is killed (kill -9). Afterwards every reply the client
# saw acknowledged must be in the database, and the resident's session must still work through the survivor.
# Prints its figures; exits non-zero if any check fails. Bounded in time; stops everything it started.
#
# Needs: the built application (mvn verify, or mvn package and an itServer created), nginx, psql, python3, and
# an empty-able PostgreSQL database: FAILOVER_PG_URL (default postgresql://portal_test:portal_test@127.0.0.1:5432/portal_failover).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
export WORK=$root/target/failover
wlp=$root/target/liberty/wlp
pg_url=${FAILOVER_PG_URL:-postgresql://portal_test:portal_test@127.0.0.1:5432/portal_failover}
balancer_port=9480 ports=(9481 9482)
kc_port=8380 kc_management=9380 kc_smtp=8325 kc_mail=8326
keycloak_version=$(sed -n 's:.*<version.keycloak>\(.*\)</version.keycloak>.*:\1:p' "$root/pom.xml")
greenmail_version=$(sed -n 's:.*<version.greenmail>\(.*\)</version.greenmail>.*:\1:p' "$root/pom.xml")
cache=$HOME/.cache/care-communities
export BALANCER=http://localhost:$balancer_port KEYCLOAK=http://localhost:$kc_port
export SERVERS="http://localhost:${ports[0]} http://localhost:${ports[1]}"
load_seconds=${FAILOVER_LOAD_SECONDS:-20} kill_after=${FAILOVER_KILL_AFTER:-8}

for need in nginx psql python3; do
  command -v $need >/dev/null || { echo "failover: $need is missing" >&2; exit 1; }
done
[ -f "$root/target/care-communities.war" ] && [ -x "$wlp/bin/server" ] \
  || { echo "failover: build first (mvn verify)" >&2; exit 1; }

rm -rf "$WORK"; mkdir -p "$WORK/nginx"
stop_all() {
  set +e
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null
  for s in a b; do "$wlp/bin/server" stop failover-$s >/dev/null 2>&1; done
  bash "$root/keycloak-realm/keycloak.sh" stop "$WORK/keycloak" >/dev/null 2>&1
}
trap stop_all EXIT

pg_part() { python3 -c "import sys,urllib.parse as u;p=u.urlparse(sys.argv[1]);print({'host':p.hostname,'port':p.port or 5432,'name':p.path[1:],'user':p.username,'password':p.password}[sys.argv[2]])" "$pg_url" "$1"; }
bash "$root/src/test/postgresql/empty-database.sh" postgresql "$pg_url"

echo "failover: Keycloak on $KEYCLOAK"
bash "$root/keycloak-realm/keycloak.sh" start "$cache/keycloak-$keycloak_version" $kc_port $kc_management \
  "$WORK/keycloak" "$BALANCER" $kc_smtp $kc_mail "$cache/greenmail-standalone-$greenmail_version.jar"

# two servers of the same build and configuration, each on its own port; one signing key for both (CSRF tokens
# made by one are checked by the other), and one referral key (what one seals, the other opens)
signing_key=$(python3 -c "import secrets; print(secrets.token_urlsafe(48))")
referral_key=$(python3 -c "import base64,secrets; print(base64.b64encode(secrets.token_bytes(32)).decode())")
for i in 0 1; do
  s=$([ $i = 0 ] && echo a || echo b)
  dir=$wlp/usr/servers/failover-$s
  rm -rf "$dir"; mkdir -p "$dir/apps" "$dir/lib/jdbc"
  cp -r "$root/liberty/." "$dir/"
  cp "$root/target/care-communities.war" "$dir/apps/"
  cp "$root/target/jdbc/postgresql.jar" "$dir/lib/jdbc/"
  cat > "$dir/server.env" <<ENV
HTTP_PORT=${ports[$i]}
DB_KIND=postgresql
DB_HOST=$(pg_part host)
DB_PORT=$(pg_part port)
DB_NAME=$(pg_part name)
DB_USER=$(pg_part user)
DB_PASSWORD=$(pg_part password)
SESSION_STORE=database
OIDC_ORIGIN=$KEYCLOAK
OIDC_CLIENT_SECRET=portal-demo-secret
PORTAL_BASE_URL=$BALANCER
DEMO_DATA=true
SESSION_SIGNOUTS_POLL_SECONDS=1
RATE_PROXIES=127.0.0.1
RATE_EXEMPT=127.0.0.1
FORUM_POSTS_PER_MINUTE=100000
FORUM_NEW_POSTS_PER_MINUTE=100000
DIGEST_CHECK_SECONDS=0
PORTAL_SIGNING_KEY=$signing_key
REFERRAL_KEY=$referral_key
ENV
done
ready() { curl -fs -o /dev/null "http://localhost:$1/health/ready"; }
wait_ready() {
  for _ in $(seq 1 180); do ready "$1" && return 0; sleep 1; done
  echo "failover: the server on $1 did not become ready" >&2; tail -30 "$wlp/usr/servers/failover-$2/logs/messages.log" >&2; exit 1
}
# the first migrates and loads the demo; the second starts on the database it made
"$wlp/bin/server" start failover-a >/dev/null
wait_ready ${ports[0]} a
"$wlp/bin/server" start failover-b >/dev/null
wait_ready ${ports[1]} b
bash "$root/keycloak-realm/keycloak.sh" wait $kc_management
echo "failover: two servers ready on ${ports[*]}"

cat > "$WORK/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 512; }
http {
  access_log $WORK/nginx/access.log;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream portal {
    server 127.0.0.1:${ports[0]} max_fails=1 fail_timeout=10s;
    server 127.0.0.1:${ports[1]} max_fails=1 fail_timeout=10s;
  }
  server {
    listen 127.0.0.1:$balancer_port;
    location / {
      proxy_pass http://portal;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_connect_timeout 2s;
      proxy_read_timeout 15s;
    }
  }
}
NGINX
nginx -c "$WORK/nginx.conf"
# FAILOVER_PAUSE=N: leave everything running N seconds first, to look at it by hand
sleep "${FAILOVER_PAUSE:-0}"

timeout 180 python3 "$root/deploy/failover/client.py" prepare

timeout $((load_seconds + 60)) python3 "$root/deploy/failover/client.py" load &
client=$!
sleep "$kill_after"
victim=$(cat "$wlp/usr/servers/.pid/failover-a.pid")
kill -9 "$victim"
echo "failover: killed the server on ${ports[0]} (pid $victim) after ${kill_after} s of load"
sleep $((load_seconds - kill_after))
touch "$WORK/stop"
wait $client

# every acknowledged reply is in the database
psql -Atq "$pg_url" -c "SELECT body FROM forum_post WHERE body LIKE 'Reply failover-%'" \
  | sed 's/^Reply //' | sort > "$WORK/stored.txt"
sort "$WORK/acked.txt" | sed '/^$/d' > "$WORK/acked-sorted.txt"
acked=$(wc -l < "$WORK/acked-sorted.txt")
missing=$(comm -23 "$WORK/acked-sorted.txt" "$WORK/stored.txt" | wc -l)
fivexx=$(python3 -c "import json;print(json.load(open('$WORK/seen.json'))['5xx'])")
signed_out=$(python3 -c "import json;print(json.load(open('$WORK/seen.json'))['signed_out'])")
timeout 60 python3 "$root/deploy/failover/client.py" after
echo "failover: acknowledged replies $acked, in the database $((acked - missing)), missing $missing;" \
  "5xx seen $fivexx (requests in flight on the dying server); signed out $signed_out"
[ "$missing" = 0 ] || { echo "failover: acknowledged replies were lost" >&2; exit 1; }
[ "$signed_out" = 0 ] || { echo "failover: the resident was signed out" >&2; exit 1; }
[ "$acked" -gt 0 ] || { echo "failover: no reply was acknowledged" >&2; exit 1; }
echo "failover: passed"

# Backups that restore: the database just used, dumped (pg_dump) and restored into an empty one; the surviving
# server stopped, the other started on the copy; the same threads, services, agreements and members, and every
# agreement's audit trail holding, seen through the portal
"$wlp/bin/server" stop failover-b >/dev/null
restore_url=${RESTORE_PG_URL:-${pg_url%/*}/portal_restore}
pg_dump -Fc -f "$WORK/portal.dump" "$pg_url"
bash "$root/src/test/postgresql/empty-database.sh" postgresql "$restore_url"
pg_restore --no-owner --no-privileges -d "$restore_url" "$WORK/portal.dump"
counts="SELECT (SELECT COUNT(*) FROM forum_thread) || ' threads, ' || (SELECT COUNT(*) FROM forum_post) || ' posts, '
  || (SELECT COUNT(*) FROM asset_service) || ' services, ' || (SELECT COUNT(*) FROM partnership_agreement)
  || ' agreements, ' || (SELECT COUNT(*) FROM partnership_audit) || ' audit entries, '
  || (SELECT COUNT(*) FROM member) || ' members'"
before=$(psql -Atq "$pg_url" -c "$counts")
after=$(psql -Atq "$restore_url" -c "$counts")
echo "backup: $(du -h "$WORK/portal.dump" | cut -f1) dump; original: $before; restored: $after"
[ "$before" = "$after" ] || { echo "backup: the restored copy differs" >&2; exit 1; }
# what the restored portal must show: a thread, a service and the public agreements, as found in the copy
psql -Atq -F $'\t' "$restore_url" > "$WORK/expected.tsv" <<'SQL'
SELECT 'page', '/forums/' || f.slug || '/threads/' || t.id, t.title FROM forum_thread t JOIN forum f ON f.id = t.forum_id
  WHERE t.title NOT LIKE '%&%' AND t.title NOT LIKE '%<%' AND t.title NOT LIKE '%"%' AND t.title NOT LIKE '%''%' ORDER BY t.id LIMIT 3;
SELECT 'page', '/asset-map/services/' || s.uuid, s.name FROM asset_service s WHERE s.status = 'PUBLISHED'
  AND s.name NOT LIKE '%&%' AND s.name NOT LIKE '%''%' ORDER BY s.id LIMIT 3;
SELECT 'agreement', a.uuid, a.title FROM partnership_agreement a JOIN partnership_board b ON b.id = a.board_id
  JOIN neighbourhood n ON n.id = b.neighbourhood_id WHERE n.slug = 'kingsmead' ORDER BY a.id;
SQL
python3 - "$WORK" <<'PY'
import json, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1] + "/expected.tsv") if line.strip()]
json.dump({"pages": [[r[1], r[2]] for r in rows if r[0] == "page"],
           "agreements": [r[1] for r in rows if r[0] == "agreement"]}, open(sys.argv[1] + "/expected.json", "w"))
PY
"$wlp/bin/server" stop failover-a >/dev/null 2>&1 || true
sed -i "s|^DB_NAME=.*|DB_NAME=${restore_url##*/}|" \
  "$wlp/usr/servers/failover-a/server.env"
"$wlp/bin/server" start failover-a >/dev/null
wait_ready ${ports[0]} a
timeout 120 python3 "$root/deploy/failover/client.py" restored
echo "backup: passed"
