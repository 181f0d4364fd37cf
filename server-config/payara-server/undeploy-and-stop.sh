#!/usr/bin/env bash
# Undeploys the client portal and stops its Payara Server domain (set up by deploy-ear.sh); with --delete-domain
# it also removes the domain. The embedded database's folder (PORTAL_DATA_DIR) is never touched.
#
# usage: undeploy-and-stop.sh [options]
#   --payara-home DIR    the Payara Server install (default: $PAYARA_HOME)
#   --domain NAME        the portal's domain (default: client-portal)
#   --domains-dir DIR    where that domain lives (default: PAYARA_HOME/glassfish/domains)
#   --delete-domain      remove the domain once stopped (its settings, logs and admin password go with it)
set -Eeuo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh
source "$here/common.sh"

usage() {
    # The comment block at the top of this file is the help text.
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2
    exit 2
}

payara_home=${PAYARA_HOME:-}
domain=client-portal
domains_dir=
delete_domain=false
while (($#)); do
    case $1 in
        --payara-home) payara_home=${2:?}; shift 2 ;;
        --domain) domain=${2:?}; shift 2 ;;
        --domains-dir) domains_dir=${2:?}; shift 2 ;;
        --delete-domain) delete_domain=true; shift ;;
        -h | --help) usage ;;
        *) echo "unknown argument $1" >&2; usage ;;
    esac
done

resolve_payara_home "$payara_home" "" ""
set_domain_paths "$domain" "$domains_dir"
trap 'echo "ERROR: undeploy-and-stop.sh failed at line $LINENO: $BASH_COMMAND" >&2; show_log_tail' ERR

if [[ ! -d $DOMAIN_ROOT ]]; then
    echo "No domain $DOMAIN in $DOMAINS_DIR: nothing to stop."
    exit 0
fi

if domain_running; then
    load_domain_ports
    # Undeploying first lets the application close its database connections in order, rather than being cut off.
    # (Output captured first: with pipefail, grep -q leaving early could fail the pipe.)
    applications=$(asadmin_remote list-applications)
    if grep -q "^$APP_NAME " <<<"$applications"; then
        echo "Undeploying $APP_NAME"
        asadmin_remote undeploy "$APP_NAME" >/dev/null || echo "WARNING: undeploy failed; stopping anyway" >&2
    fi
    pid=$(cat "$DOMAIN_ROOT/config/pid" 2>/dev/null || true)
    echo "Stopping domain $DOMAIN"
    if ! asadmin_local stop-domain --domaindir "$DOMAINS_DIR" "$DOMAIN"; then
        # A server that does not stop politely is ended by asadmin itself, through the domain's own pid.
        echo "WARNING: the domain did not stop; asking asadmin to kill it" >&2
        asadmin_local stop-domain --kill=true --domaindir "$DOMAINS_DIR" "$DOMAIN"
    fi
    # stop-domain returns once the admin port closes; make sure the process itself is gone.
    if [[ -n $pid ]]; then
        for _ in $(seq 1 30); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 1
        done
        ! kill -0 "$pid" 2>/dev/null || die "the server process $pid is still running"
    fi
else
    echo "Domain $DOMAIN is not running."
fi

if [[ $delete_domain == true ]]; then
    echo "Deleting domain $DOMAIN"
    asadmin_local delete-domain --domaindir "$DOMAINS_DIR" "$DOMAIN" >/dev/null
fi
