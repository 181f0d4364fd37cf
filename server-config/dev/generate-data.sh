#!/usr/bin/env bash
# Fills a PostgreSQL portal database with a large data set for performance measurements (see docs/performance.md):
# 1,000 clients, 100,000 invoices and 2,000,000 approved time entries over 24 months in the tenant acme, plus the
# contact perf@client0001.example (password demo-password-123, copied from the demo account ava@globex.example).
#
#   server-config/dev/generate-data.sh [DATABASE]            default database: portal_perf
#
# The database must hold the demo tenants (the generator adds to acme). If it does not exist, or has no schema yet,
# the script prepares it: it creates the database, starts the portal once on it with PORTAL_DEMO_DATA=true (Flyway
# migrates, the demo agencies are written), waits for the readiness check (/health/ready) to say UP and stops the portal again. That needs a
# built portal-web/target/portal.war and the Payara Micro jar in the local Maven repository.
#
# Settings from the environment:
#   PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD (empty)
#   PERF_HTTP_PORT (8190)       port of the one-off portal that prepares a new database
#   PERF_TENANT (acme), PERF_CLIENTS (1000), PERF_INVOICES (100000), PERF_ENTRIES (2000000), PERF_MONTHS (24)
#   PAYARA_MICRO_JAR, PORTAL_WAR, POSTGRESQL_JAR  to override the files the script finds itself
set -euo pipefail

db=${1:-portal_perf}
here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../.." && pwd)
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
url="jdbc:postgresql://$PGHOST:$PGPORT/$db"
repo=${MAVEN_REPO:-$HOME/.m2/repository}

find_jar() { # newest jar of a Maven artifact directory in the local repository
    find "$repo/$1" -name "$2-*.jar" ! -name '*-sources.jar' ! -name '*-javadoc.jar' 2>/dev/null | sort -V | tail -n 1
}

pg_jar=${POSTGRESQL_JAR:-$(find_jar org/postgresql/postgresql postgresql)}
if [ -z "$pg_jar" ]; then
    (cd "$project" && ./mvnw -q -B dependency:copy -Dartifact=org.postgresql:postgresql:42.7.13 \
        -DoutputDirectory="$project/target/generate-data")
    pg_jar=$(ls "$project"/target/generate-data/postgresql-*.jar | head -n 1)
fi

migrated() {
    [ "$(psql -d "$db" -Atc "select count(*) from information_schema.tables where table_name = 'flyway_schema_history'" \
        2>/dev/null || echo 0)" = 1 ]
}

if ! migrated; then
    micro_jar=${PAYARA_MICRO_JAR:-$(find_jar fish/payara/extras/payara-micro payara-micro)}
    war=${PORTAL_WAR:-$project/portal-web/target/portal.war}
    [ -f "$micro_jar" ] || { echo "No Payara Micro jar found; set PAYARA_MICRO_JAR" >&2; exit 1; }
    [ -f "$war" ] || { echo "No $war: build the project first (./mvnw install -DskipTests)" >&2; exit 1; }
    psql -d postgres -Atc "select 1 from pg_database where datname = '$db'" | grep -q 1 \
        || createdb "$db"
    port=${PERF_HTTP_PORT:-8190}
    data_dir=$(mktemp -d /tmp/generate-data-portal.XXXXXX)
    log="$data_dir/portal.log"
    echo "Preparing $db: starting the portal once on port $port with the demo data (log: $log)"
    PORTAL_HTTP_PORT=$port PORTAL_DATA_DIR=$data_dir PORTAL_DB_URL=$url PORTAL_DB_USER=$PGUSER \
        PORTAL_DB_PASSWORD=${PGPASSWORD:-} PORTAL_DEMO_DATA=true \
        setsid "$project/server-config/micro/start-portal.sh" "$micro_jar" "$war" >"$log" 2>&1 &
    portal_pid=$!
    stop_portal() { kill -- -"$portal_pid" 2>/dev/null || true; wait "$portal_pid" 2>/dev/null || true; }
    trap stop_portal EXIT
    up=false
    for _ in $(seq 1 180); do
        if curl -fsS "http://127.0.0.1:$port/health/ready" 2>/dev/null | tr -d '[:space:]' \
            | grep -q '"name":"portal","status":"UP"'; then up=true; break; fi
        kill -0 "$portal_pid" 2>/dev/null || break
        sleep 1
    done
    stop_portal
    trap - EXIT
    $up || { echo "The portal did not come up; see $log" >&2; exit 1; }
    echo "Prepared $db (schema migrated, demo agencies written)."
fi

echo "Generating into $db ..."
start=$(date +%s)
java -Xmx1g -cp "$pg_jar" "$here/GenerateData.java" "$url" "$PGUSER" "${PGPASSWORD:-}" \
    "${PERF_TENANT:-acme}" "${PERF_CLIENTS:-1000}" "${PERF_INVOICES:-100000}" "${PERF_ENTRIES:-2000000}" \
    "${PERF_MONTHS:-24}"
echo "generate-data.sh took $(( $(date +%s) - start )) s in total (without the preparation)."
