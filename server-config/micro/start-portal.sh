#!/usr/bin/env bash
# Starts the portal WAR on Payara Micro in the foreground: the README's Run command calls this through Maven. The
# server ends with this script: on Ctrl+C, TERM, INT or HUP, and when Maven, its parent, is gone.
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

# MicroProfile Health, served on the server's own address only. A readiness answer without checks (nothing deployed
# yet) is UP as well: only the portal's own check, named "portal", says the application serves requests.
health="http://127.0.0.1:$PORTAL_HTTP_PORT/health/ready"

# Payara Micro prints "ready" even when the deployment failed, so the URL is only announced once the application's
# readiness check (which asks the database) says UP.
announce_when_up() {
    for _ in $(seq 1 180); do
        kill -0 "$portal_pid" 2>/dev/null || return 0
        if curl -fsS "$health" 2>/dev/null | tr -d '[:space:]' | grep -q '"name":"portal","status":"UP"'; then
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
# The server stays a child of this script rather than replacing it, so that it stops with what started it: with
# the script when it is told to stop, and with Maven when Maven goes away. Killed, Maven leaves this script behind, and
# a server that outlived it would keep its port while its console (where mail goes without SMTP) went with Maven.
parent=$PPID
java ${PORTAL_JAVA_OPTS:-} -jar "$micro_jar" \
    --nocluster \
    --port "$PORTAL_HTTP_PORT" \
    --contextroot / \
    --rootdir "$PORTAL_DATA_DIR/payara-micro" \
    --prebootcommandfile "$here/pre-boot-commands.asadmin" \
    --deploy "$war" &
portal_pid=$!

# Asks the server to shut down, and kills it if it has not within a minute (the database loses nothing confirmed).
stop_portal() {
    kill -TERM "$portal_pid" 2>/dev/null || return 0
    (
        for _ in $(seq 1 60); do
            kill -0 "$portal_pid" 2>/dev/null || exit 0
            sleep 1
        done
        kill -KILL "$portal_pid" 2>/dev/null
    ) &
}
trap stop_portal TERM INT HUP

# Watches the parent (Maven). It writes nothing: with Maven gone, so is the output, and writing would kill it.
watch_parent() {
    while kill -0 "$portal_pid" 2>/dev/null; do
        if ! kill -0 "$parent" 2>/dev/null; then
            stop_portal
            return
        fi
        sleep 1
    done
}
watch_parent &
announce_when_up &

# A trapped signal ends a wait early: wait again until the server has really ended, and exit with its status.
status=0
wait "$portal_pid" || status=$?
while kill -0 "$portal_pid" 2>/dev/null; do
    wait "$portal_pid" || status=$?
done
exit "$status"
