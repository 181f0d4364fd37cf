#!/usr/bin/env bash
# Starts the portal WAR on Payara Micro in the foreground: the README's Run command calls this through Maven.
# Settings come from the environment (see README): PORTAL_HTTP_PORT, PORTAL_DATA_DIR, PORTAL_DB_URL/_USER/_PASSWORD,
# PORTAL_DEMO_DATA. Without PORTAL_DB_URL the portal keeps an embedded database in PORTAL_DATA_DIR.
set -euo pipefail

micro_jar=${1:?usage: start-portal.sh PAYARA_MICRO_JAR PORTAL_WAR}
war=${2:?usage: start-portal.sh PAYARA_MICRO_JAR PORTAL_WAR}
here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../.." && pwd)

export PORTAL_HTTP_PORT=${PORTAL_HTTP_PORT:-8080}
export PORTAL_DATA_DIR=${PORTAL_DATA_DIR:-$project/data}
mkdir -p "$PORTAL_DATA_DIR"

health="http://127.0.0.1:$PORTAL_HTTP_PORT/api/health"

# Payara Micro prints "ready" even when the deployment failed, so the URL is only announced once the application's
# own health check (which asks the database) says UP.
announce_when_up() {
    for _ in $(seq 1 180); do
        kill -0 "$portal_pid" 2>/dev/null || return 0
        if curl -fsS "$health" 2>/dev/null | grep -q '"UP"'; then
            echo
            echo "============================================================"
            echo " Client portal is UP: http://acme.localhost:$PORTAL_HTTP_PORT/portal"
            echo " Health:              $health"
            echo " Demo logins are listed above and in README.md (password demo-password-123)."
            echo " Integration API:     http://acme.localhost:$PORTAL_HTTP_PORT/api/v1/ (demo key above; README, Integration API)"
            echo "============================================================"
            return
        fi
        sleep 1
    done
    echo "The portal did not report UP at $health within 3 minutes; see the log above." >&2
}
# After the exec below, this shell's pid is the server's.
portal_pid=$$
announce_when_up &

exec java ${PORTAL_JAVA_OPTS:-} -jar "$micro_jar" \
    --nocluster \
    --port "$PORTAL_HTTP_PORT" \
    --contextroot / \
    --rootdir "$PORTAL_DATA_DIR/payara-micro" \
    --prebootcommandfile "$here/pre-boot-commands.asadmin" \
    --deploy "$war"
