#!/usr/bin/env bash
# Empties the test server's PostgreSQL database before the integration tests, as the embedded database is made
# anew: the demo then loads for this week and the tests start from it. Nothing to do for the embedded database.
#
#   empty-database.sh KIND postgresql://USER:PASSWORD@HOST:PORT/NAME
set -euo pipefail
kind=$1 url=$2
[ "$kind" = postgresql ] || exit 0
command -v psql >/dev/null || { echo "psql is missing: the tests on PostgreSQL need its client" >&2; exit 1; }
psql -q -v ON_ERROR_STOP=1 "$url" <<'SQL'
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS public CASCADE;
CREATE SCHEMA public;
SQL
echo "Emptied the test database ${url##*@}"
