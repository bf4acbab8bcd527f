#!/usr/bin/env bash
# The local Keycloak that the run command and the tests use: the keycloak-quarkus-dist zip from Maven Central
# (unpacked by the Maven build into a cache folder), built once, started on 127.0.0.1 with this folder's realm and
# the demo users imported into an in-memory database, so every start begins from the files.
#
# care-communities-realm.json is the realm a real deployment imports: roles, the portal's client, mappers and
# organisations, no accounts. Its placeholders come from the environment: PORTAL_BASE_URL (the portal's public
# origin: sign-in callback, sign-out return, back-channel logout), PORTAL_CLIENT_SECRET, and the SMTP server that
# sends the realm's mail (new accounts verify their email address): KEYCLOAK_SMTP_HOST, KEYCLOAK_SMTP_PORT,
# KEYCLOAK_MAIL_FROM, KEYCLOAK_SMTP_STARTTLS, KEYCLOAK_SMTP_AUTH, KEYCLOAK_SMTP_USER, KEYCLOAK_SMTP_PASSWORD. Here
# that server is GreenMail (its standalone jar, from Maven Central), on 127.0.0.1, which keeps every message and
# shows them at http://127.0.0.1:MAIL_PORT/api/user/<address>/messages/ (a newcomer who registers reads the
# verification link there). demo/ holds the demo
# accounts (a users file Keycloak imports beside the realm) and their organisation memberships, merged into the
# realm only here.
#
#   keycloak.sh start HOME PORT MANAGEMENT_PORT RUN_DIR PORTAL_BASE_URL SMTP_PORT MAIL_PORT MAIL_JAR
#                                                        start in the background, with GreenMail for its mail;
#                                                        both stop by themselves when the process that called
#                                                        this (Maven) ends
#   keycloak.sh wait MANAGEMENT_PORT [SECONDS]            wait until it reports ready
#   keycloak.sh stop RUN_DIR                              stop it
set -euo pipefail

realm_dir=$(cd "$(dirname "$0")" && pwd)
# build-time options: changing them means a rebuild, recorded in a marker file
build_options=(--db=dev-mem --cache=local --health-enabled=true)

build() {
  local home=$1 marker="$1/.built-$(echo "${build_options[*]}" | cksum | cut -d' ' -f1)"
  if [ ! -f "$marker" ]; then
    echo "Building Keycloak in $home (once)"
    "$home/bin/kc.sh" build "${build_options[@]}" > "$home/build.log" 2>&1 || { cat "$home/build.log"; exit 1; }
    touch "$marker"
  fi
}

# the realm with the demo accounts' organisation memberships added, and signing in with a password alone (the
# realm's own browser flow asks admins and board members for a one-time code), for a local Keycloak only
demo_realm() {
  node -e '
    const fs = require("fs");
    const [realmFile, membersFile, out] = process.argv.slice(1);
    const realm = JSON.parse(fs.readFileSync(realmFile, "utf8"));
    const members = JSON.parse(fs.readFileSync(membersFile, "utf8"));
    // the demo keeps to a password: the production realm asks admins and board members for a one-time code too
    realm.browserFlow = "browser";
    for (const organisation of realm.organizations || []) {
      organisation.members = (members[organisation.alias] || [])
        .map(username => ({ username, membershipType: "UNMANAGED" }));
    }
    fs.writeFileSync(out, JSON.stringify(realm, null, 2));
  ' "$realm_dir/care-communities-realm.json" "$realm_dir/demo/organisation-members.json" "$1"
}

# runs a command in the background (its output to LOG, its process id to PID_FILE) until it ends or the process
# OWNER does (Maven: Ctrl+C on the run command, a build that dies), which stops it
watched() {
  local owner=$1 pid_file=$2 log=$3
  shift 3
  (
    "$@" > "$log" 2>&1 &
    local child=$!
    echo "$child" > "$pid_file"
    while kill -0 "$owner" 2>/dev/null && kill -0 "$child" 2>/dev/null; do sleep 2; done
    kill "$child" 2>/dev/null || true
  ) < /dev/null > /dev/null 2>&1 &
}

start() {
  local home=$1 port=$2 management=$3 run=$4 portal=${5:-http://localhost:9080} smtp=${6:?SMTP port} \
    api=${7:?mail port} jar=${8:?GreenMail jar} owner=$PPID
  mkdir -p "$run" "$home/data/import"
  for p in "$port" "$smtp" "$api"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "Port $p is already in use: is another Keycloak running?" >&2
      exit 1
    fi
  done
  # GreenMail, catching the realm's mail on 127.0.0.1 (every address accepted)
  watched "$owner" "$run/mail.pid" "$run/mail.log" java -Dgreenmail.smtp.hostname=127.0.0.1 \
    -Dgreenmail.smtp.port="$smtp" -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$api" \
    -Dgreenmail.auth.disabled -jar "$jar"
  echo "Keycloak's mail is caught at http://127.0.0.1:$api/api/user/<address>/messages/"
  build "$home"
  rm -f "$home/data/import/"*.json
  demo_realm "$home/data/import/care-communities-realm.json"
  cp "$realm_dir"/demo/*-users-*.json "$home/data/import/"
  watched "$owner" "$run/keycloak.pid" "$run/keycloak.log" env PORTAL_BASE_URL="$portal" \
    PORTAL_CLIENT_SECRET=portal-demo-secret KEYCLOAK_SMTP_HOST=127.0.0.1 KEYCLOAK_SMTP_PORT="$smtp" \
    KEYCLOAK_MAIL_FROM=no-reply@carecommunities.localhost KEYCLOAK_SMTP_STARTTLS=false KEYCLOAK_SMTP_AUTH=false \
    KEYCLOAK_SMTP_USER=none KEYCLOAK_SMTP_PASSWORD=none \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_ADMIN_PASSWORD:-admin}" \
    "$home/bin/kc.sh" start --optimized --import-realm \
    --http-enabled=true --http-host=127.0.0.1 --http-port="$port" --http-management-port="$management" \
    --hostname="http://localhost:$port"
  echo "Keycloak starting on http://localhost:$port (log: $run/keycloak.log)"
}

wait_ready() {
  local management=$1 seconds=${2:-300} i=0
  until curl -fs "http://127.0.0.1:$management/health/ready" > /dev/null 2>&1; do
    i=$((i + 1))
    if [ "$i" -ge "$seconds" ]; then
      echo "Keycloak not ready after $seconds s" >&2
      exit 1
    fi
    sleep 1
  done
  echo "Keycloak ready after about $i s"
}

stop() {
  local run=$1
  if [ -f "$run/mail.pid" ]; then
    kill "$(cat "$run/mail.pid")" 2>/dev/null || true
    rm -f "$run/mail.pid"
  fi
  [ -f "$run/keycloak.pid" ] || return 0
  local kc i=0
  kc=$(cat "$run/keycloak.pid")
  kill "$kc" 2>/dev/null || true
  while kill -0 "$kc" 2>/dev/null && [ "$i" -lt 60 ]; do sleep 0.5; i=$((i + 1)); done
  kill -9 "$kc" 2>/dev/null || true
  rm -f "$run/keycloak.pid"
  echo "Keycloak stopped"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  wait) shift; wait_ready "$@" ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start HOME PORT MANAGEMENT_PORT RUN_DIR PORTAL_BASE_URL SMTP_PORT MAIL_PORT MAIL_JAR | wait MANAGEMENT_PORT [SECONDS] | stop RUN_DIR" >&2; exit 2 ;;
esac
