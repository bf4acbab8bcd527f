#!/usr/bin/env bash
# The container image, run as Kubernetes would run it, without a container (no registry or daemon here): the
# packaged server given exactly the environment the Dockerfile's ENV and the production overlay's container give
# it (deploy/kubernetes/environment.mjs), changed only where this machine must differ: it listens on 127.0.0.1:9581
# rather than every interface, and its database is the local PostgreSQL's (IMAGE_PG_URL, emptied first) rather than
# the cluster's. First without the Secrets' values: the portal must refuse to start, saying why. Then with them: it
# must serve. Needs the built application (mvn verify), kubectl, node (deploy/kubernetes's packages), psql.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$root/target/image-check
wlp=$root/target/liberty/wlp
server=image-check
dir=$wlp/usr/servers/$server
port=9581
pg_url=${IMAGE_PG_URL:-postgresql://portal_test:portal_test@127.0.0.1:5432/portal_failover}
pg() { python3 -c "import sys,urllib.parse as u;p=u.urlparse(sys.argv[1]);print({'host':p.hostname,'port':p.port or 5432,'name':p.path[1:],'user':p.username,'password':p.password}[sys.argv[2]])" "$pg_url" "$1"; }
rm -rf "$work"; mkdir -p "$work"
trap '"$wlp/bin/server" stop $server >/dev/null 2>&1 || true' EXIT

# the image's own ENV (its last stage), then the overlay's, which Kubernetes puts over it
awk 'BEGIN{s=0} /^FROM /{s++; buf=""} {print s "\t" $0}' "$root/Dockerfile" > "$work/dockerfile.tsv"
last=$(cut -f1 "$work/dockerfile.tsv" | sort -n | tail -1)
awk -F'\t' -v s="$last" '$1==s {print $2}' "$work/dockerfile.tsv" | sed ':a;/\\$/{N;s/\\\n//;ba}' \
  | grep '^ENV ' | sed 's/^ENV //' | grep -o '[A-Z_][A-Z0-9_]*="[^"]*"' | sed 's/="\(.*\)"$/=\1/' > "$work/image.env"
(cd "$root/deploy/kubernetes" && node environment.mjs) > "$work/overlay.env"
declare -A env
while IFS='=' read -r key value; do [ -n "$key" ] && env[$key]=$value; done < "$work/image.env"
while IFS='=' read -r key value; do [ -n "$key" ] && env[$key]=$value; done < "$work/overlay.env"
# where this machine differs
env[HTTP_HOST]=127.0.0.1 env[HTTP_PORT]=$port env[DB_HOST]=$(pg host) env[DB_PORT]=$(pg port) env[DB_NAME]=$(pg name)
secrets=()
for key in "${!env[@]}"; do [[ ${env[$key]} == secret:* ]] && secrets+=("$key"); done
echo "image: ${#env[@]} settings from the Dockerfile and the production overlay; from Secrets: ${secrets[*]}"

write_env() {  # with the Secrets' values or without them
  : > "$dir/server.env"
  for key in $(printf '%s\n' "${!env[@]}" | sort); do
    value=${env[$key]}
    if [[ $value == secret:* ]]; then
      [ "$1" = with ] || continue
      case $key in
        DB_USER) value=$(pg user) ;;
        DB_PASSWORD) value=$(pg password) ;;
        PORTAL_SIGNING_KEY|OIDC_CLIENT_SECRET) value=$(python3 -c "import secrets; print(secrets.token_urlsafe(48))") ;;
        REFERRAL_KEY) value=$(python3 -c "import base64,secrets; print(base64.b64encode(secrets.token_bytes(32)).decode())") ;;
        *) value="from-a-secret" ;;
      esac
    fi
    printf '%s=%s\n' "$key" "$value" >> "$dir/server.env"
  done
}
start() {  # returns at once when the application failed to start; "refused" also takes "was not started"
  local failed="CWWKZ0002E\|CWWKZ0004E"
  [ "${1:-}" = refused ] && failed="$failed\|CWWKZ0012I"
  rm -rf "$dir/logs"
  "$wlp/bin/server" start $server >/dev/null || true
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" && return 0
    grep -q "$failed" "$dir/logs/messages.log" 2>/dev/null && return 1
    sleep 1
  done
  return 1
}

rm -rf "$dir"; mkdir -p "$dir/apps" "$dir/lib/jdbc"
cp -r "$root/liberty/." "$dir/"
cp "$root/target/care-communities.war" "$dir/apps/"
cp "$root/target/jdbc/postgresql.jar" "$dir/lib/jdbc/"
bash "$root/src/test/postgresql/empty-database.sh" postgresql "$pg_url"

write_env without
if start refused; then
  echo "image: the portal started without its secrets" >&2; exit 1
fi
reasons=$(grep -o "No client secret for sign-in[^.]*\|PORTAL_SIGNING_KEY is not set[^,]*\|REFERRAL_KEY is not set[^,]*\|the password is an empty string" \
  "$dir/logs/messages.log" | sort -u | tr '\n' ';')
[ -n "$reasons" ] || { echo "image: it did not start, but did not say it lacked its secrets" >&2; tail -40 "$dir/logs/messages.log" >&2; exit 1; }
echo "image: without its secrets it refuses to start: $reasons"
"$wlp/bin/server" stop $server >/dev/null 2>&1 || true

write_env with
start || { echo "image: with its secrets it did not start" >&2; tail -60 "$dir/logs/messages.log" >&2; exit 1; }
home=$(curl -s -D "$work/headers" "http://127.0.0.1:$port/")
grep -q "Care Communities" <<< "$home" || { echo "image: the home page is not served" >&2; exit 1; }
curl -fs -o /dev/null "http://127.0.0.1:$port/forums" || { echo "image: the forums are not served" >&2; exit 1; }
echo "image: with them it serves (ready, the home page, the forums)"
echo "image: passed"
