#!/usr/bin/env bash
# Deploys the client portal EAR on Payara Server 6, in a domain of its own, and returns only once the portal's health
# check says UP. Run it again to deploy a new EAR or change settings: it reuses the domain.
#
# usage: deploy-ear.sh [options] CLIENT_PORTAL_EAR
#   --payara-home DIR    a Payara Server 6 install (default: $PAYARA_HOME), or instead:
#   --payara-zip ZIP     the distribution zip, unpacked into --install-dir DIR unless already unpacked there
#   --domain NAME        the portal's domain (default: client-portal)
#   --domains-dir DIR    where that domain lives (default: PAYARA_HOME/glassfish/domains)
#   --base-port N        used when the domain is created (default: 28000): admin N+48, HTTP N+80, HTTPS N+81,
#                        and the domain's other ports in between, so it never collides with a default domain1
#   --timeout SECONDS    how long to wait for the health check to say UP (default: 300)
#
# The portal's settings come from the environment, named as for Payara Micro (../micro/start-portal.sh), and are
# stored in the domain as JVM system properties, so they survive restarts. Those given replace the domain's; with
# none given, the domain keeps what it has (the embedded database on its first run):
#   PORTAL_DB_URL, PORTAL_DB_USER, PORTAL_DB_PASSWORD  an external PostgreSQL database; without PORTAL_DB_URL:
#   PORTAL_DATA_DIR     the embedded database's folder (default: DOMAINS_DIR/DOMAIN-data, outside the domain)
#   PORTAL_DEMO_DATA    true/false (unset: demo data for the embedded database only)
#   PORTAL_SMTP_HOST, PORTAL_SMTP_PORT, PORTAL_MAIL_FROM, PORTAL_PUBLIC_URL_TEMPLATE,
#   PORTAL_LINK_VALIDITY_DAYS   passed on as they are (see the README); SMTP sign-in is not set up here yet
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
payara_zip=
install_dir=
domain=client-portal
domains_dir=
base_port=28000
timeout=300
ear=
while (($#)); do
    case $1 in
        --payara-home) payara_home=${2:?}; shift 2 ;;
        --payara-zip) payara_zip=${2:?}; payara_home=; shift 2 ;;
        --install-dir) install_dir=${2:?}; shift 2 ;;
        --domain) domain=${2:?}; shift 2 ;;
        --domains-dir) domains_dir=${2:?}; shift 2 ;;
        --base-port) base_port=${2:?}; shift 2 ;;
        --timeout) timeout=${2:?}; shift 2 ;;
        -h | --help) usage ;;
        -*) echo "unknown option $1" >&2; usage ;;
        *) [[ -z $ear ]] || usage; ear=$1; shift ;;
    esac
done
[[ -n $ear ]] || usage
[[ -f $ear ]] || die "no EAR at $ear (build it with: mvn -B install -DskipTests)"
ear=$(cd "$(dirname "$ear")" && pwd)/$(basename "$ear")
if ! [[ $base_port =~ ^[0-9]+$ ]] || ((base_port < 1024 || base_port + 100 >= 65536)); then
    die "--base-port must be a number from 1024 to 65435"
fi

resolve_payara_home "$payara_home" "$payara_zip" "$install_dir"
set_domain_paths "$domain" "$domains_dir"

# From here on, any command failing unexpectedly says where, and shows what the server logged.
trap 'echo "ERROR: deploy-ear.sh failed at line $LINENO: $BASH_COMMAND" >&2; show_log_tail' ERR

create_domain() {
    local admin_port=$((base_port + 48)) http_port=$((base_port + 80)) port password_file
    for port in "$admin_port" "$http_port"; do
        ! port_in_use "$port" || die "port $port (from --base-port $base_port) is already in use; pick another base port"
    done
    # A generated admin password rather than none: anyone on this machine could otherwise administer the domain.
    password_file=$(mktemp)
    printf 'AS_ADMIN_PASSWORD=%s\n' "$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')" >"$password_file"
    echo "Creating domain $DOMAIN in $DOMAINS_DIR (admin port $admin_port, HTTP port $http_port)"
    if ! asadmin_local --user admin --passwordfile "$password_file" create-domain \
        --domaindir "$DOMAINS_DIR" --portbase "$base_port" "$DOMAIN"; then
        rm -f "$password_file"
        die "could not create domain $DOMAIN"
    fi
    mv "$password_file" "$ADMIN_PASSWORD_FILE"
    chmod 600 "$ADMIN_PASSWORD_FILE"
    printf 'ADMIN_PORT=%s\nHTTP_PORT=%s\n' "$admin_port" "$http_port" >"$PORTS_FILE"
}

start_domain() {
    local port
    for port in "$ADMIN_PORT" "$HTTP_PORT"; do
        ! port_in_use "$port" || die "port $port is in use by another process, so domain $DOMAIN cannot start"
    done
    echo "Starting domain $DOMAIN"
    # The server would inherit this shell's environment, and the portal reads PORTAL_* from the environment when no
    # system property is set. Its settings must come from the domain alone, whoever starts it later.
    env -u PORTAL_DB_URL -u PORTAL_DB_USER -u PORTAL_DB_PASSWORD -u PORTAL_DATA_DIR -u PORTAL_DEMO_DATA \
        -u PORTAL_SMTP_HOST -u PORTAL_SMTP_PORT -u PORTAL_SMTP_USER -u PORTAL_SMTP_PASSWORD -u PORTAL_MAIL_FROM \
        -u PORTAL_PUBLIC_URL_TEMPLATE -u PORTAL_LINK_VALIDITY_DAYS \
        "$PAYARA_HOME/bin/asadmin" --interactive=false start-domain --domaindir "$DOMAINS_DIR" "$DOMAIN" \
        || die "domain $DOMAIN did not start"
}

# create-system-properties separates properties with ':' and names from values with '='; a backslash escapes them.
escape_property_value() {
    local value=${1//\\/\\\\}
    value=${value//:/\\:}
    printf '%s' "${value//=/\\=}"
}

# Keeps the server's name and version out of every response (they only help an attacker pick an exploit), and closes
# Payara's own endpoints that would answer on every host the portal serves, to anyone: /metrics (JVM, memory and pool
# figures) and /openapi (the list of routes). /health stays: it answers the portal's readiness check, and the portal
# serves it on the server's own address only. A domain that an earlier version of this script closed it on gets it
# back. Done once per domain, followed by a restart, which both need: changing a listener's protocol on a
# server that has just started can leave that listener dead ("GrizzlyProxy is NULL" in the log, connection refused on
# the HTTP port, seen here), and the endpoints are only closed by one.
harden_domain() {
    local config=configs.config.server-config prefix current listener service settings=() closing=() opening=false
    prefix=$config.network-config.protocols.protocol
    current=$(asadmin_remote get "$config.*")
    for listener in http-listener-1 http-listener-2 admin-listener; do
        grep -qx "$prefix.$listener.http.server-header=false" <<<"$current" \
            || settings+=("$prefix.$listener.http.server-header=false")
        grep -qx "$prefix.$listener.http.xpowered-by=false" <<<"$current" \
            || settings+=("$prefix.$listener.http.xpowered-by=false")
    done
    # Each endpoint is enabled unless its configuration says otherwise (a new domain may not hold it at all).
    for service in metrics:set-metrics-configuration openapi:set-openapi-configuration; do
        grep -qx "$config.microprofile-${service%%:*}-configuration.enabled=false" <<<"$current" \
            || closing+=("${service#*:}")
    done
    grep -qx "$config.microprofile-healthcheck-configuration.enabled=false" <<<"$current" && opening=true
    if ((${#settings[@]} + ${#closing[@]} == 0)) && ! $opening; then
        return
    fi
    echo "Removing the Server and X-Powered-By headers, closing /metrics and /openapi, serving /health, then restarting the domain"
    if ((${#settings[@]})); then
        asadmin_remote set "${settings[@]}" >/dev/null
    fi
    for service in "${closing[@]}"; do
        asadmin_remote "$service" --enabled=false >/dev/null
    done
    if $opening; then
        asadmin_remote set-microprofile-healthcheck-configuration --enabled=true >/dev/null
    fi
    asadmin_remote restart-domain --domaindir "$DOMAINS_DIR" "$DOMAIN" || die "domain $DOMAIN did not restart"
}

# Stores the portal's settings as system properties of the server. Payara sets them in the running JVM at once
# (no restart), and again at every start. The application reads them when it is deployed, so this runs first.
# The PORTAL_* variables given replace all of the domain's portal settings. With none given, a domain that has
# settings keeps them: redeploying a new version from a shell without the variables must not quietly move the
# portal from PostgreSQL to an empty embedded database.
PASSED_THROUGH="PORTAL_SMTP_HOST PORTAL_SMTP_PORT PORTAL_MAIL_FROM PORTAL_PUBLIC_URL_TEMPLATE
PORTAL_LINK_VALIDITY_DAYS"

apply_portal_settings() {
    local -A wanted=()
    local existing name properties=""
    existing=$(asadmin_remote list-system-properties)
    if [[ -z ${PORTAL_DB_URL:-}${PORTAL_DB_USER:-}${PORTAL_DB_PASSWORD:-}${PORTAL_DATA_DIR:-}${PORTAL_DEMO_DATA:-}${PORTAL_SMTP_HOST:-} ]] \
        && grep -q '^PORTAL_' <<<"$existing"; then
        echo "No PORTAL_* variables set: keeping the domain's settings"
        # (list-system-properties shows the password resolved: never print it.)
        grep '^PORTAL_' <<<"$existing" | sed 's/^\(PORTAL_DB_PASSWORD=\).*/\1(a password alias)/; s/^/  /'
        return
    fi

    if [[ -n ${PORTAL_DB_URL:-} ]]; then
        wanted[PORTAL_DB_URL]=$PORTAL_DB_URL
        [[ -z ${PORTAL_DB_USER:-} ]] || wanted[PORTAL_DB_USER]=$PORTAL_DB_USER
        if [[ -n ${PORTAL_DB_PASSWORD:-} ]]; then
            store_db_password "$PORTAL_DB_PASSWORD"
            # Only a reference is stored in domain.xml; Payara resolves it from its encrypted alias store.
            # shellcheck disable=SC2016  # (the ${...} is Payara's, not the shell's)
            wanted[PORTAL_DB_PASSWORD]='${ALIAS=portal-db-password}'
        fi
        echo "Database: $PORTAL_DB_URL"
    else
        wanted[PORTAL_DATA_DIR]=${PORTAL_DATA_DIR:-$DOMAINS_DIR/$DOMAIN-data}
        mkdir -p "${wanted[PORTAL_DATA_DIR]}"
        wanted[PORTAL_DATA_DIR]=$(cd "${wanted[PORTAL_DATA_DIR]}" && pwd)
        echo "Database: embedded, in ${wanted[PORTAL_DATA_DIR]}"
    fi
    [[ -z ${PORTAL_DEMO_DATA:-} ]] || wanted[PORTAL_DEMO_DATA]=$PORTAL_DEMO_DATA
    # Mail and links (see the README). No SMTP user or password yet: a password would need an alias like the database's.
    for name in $PASSED_THROUGH; do
        [[ -z ${!name:-} ]] || wanted[$name]=${!name}
    done

    # Settings of an earlier run that no longer apply (say, PORTAL_DATA_DIR after switching to PostgreSQL) go away.
    for name in PORTAL_DB_URL PORTAL_DB_USER PORTAL_DB_PASSWORD PORTAL_DATA_DIR PORTAL_DEMO_DATA $PASSED_THROUGH; do
        if [[ -z ${wanted[$name]+set} ]] && grep -q "^$name=" <<<"$existing"; then
            asadmin_remote delete-system-property "$name" >/dev/null
            [[ $name != PORTAL_DB_PASSWORD ]] || asadmin_remote delete-password-alias portal-db-password >/dev/null
        fi
    done
    for name in "${!wanted[@]}"; do
        properties+=${properties:+:}$name=$(escape_property_value "${wanted[$name]}")
    done
    asadmin_remote create-system-properties "$properties" >/dev/null
}

store_db_password() {
    local password_file aliases command=create-password-alias
    aliases=$(asadmin_remote list-password-aliases)
    if grep -qx portal-db-password <<<"$aliases"; then
        command=update-password-alias
    fi
    # The password reaches asadmin through a file readable by this user only, never on a command line.
    password_file=$(mktemp)
    {
        cat "$ADMIN_PASSWORD_FILE"
        # The file is read as Java properties: a backslash would start an escape.
        printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "${1//\\/\\\\}"
    } >"$password_file"
    "$PAYARA_HOME/bin/asadmin" --interactive=false --host 127.0.0.1 --port "$ADMIN_PORT" --user admin \
        --passwordfile "$password_file" "$command" portal-db-password >/dev/null \
        || { rm -f "$password_file"; die "could not store the database password"; }
    rm -f "$password_file"
}

# asadmin's "deployed successfully" (and the log's) is printed even when the application is not serving (STACK.md
# trap 3): the portal is only up once its readiness check, which asks the database, says UP. It is asked for by name:
# Payara's readiness answer is UP without any check before the application is deployed.
wait_until_up() {
    local url="http://127.0.0.1:$HTTP_PORT/health/ready" deadline=$((SECONDS + timeout)) response=""
    echo "Waiting for $url to say UP (at most ${timeout}s)"
    while ((SECONDS < deadline)); do
        response=$(curl -sS --max-time 10 -w ' (HTTP %{http_code})' "$url" 2>&1 || true)
        if [[ ${response//[[:space:]]/} == *'"name":"portal","status":"UP"'*'(HTTP200)' ]]; then
            return 0
        fi
        domain_process_alive || { echo "ERROR: domain $DOMAIN stopped while the portal was starting" >&2; return 1; }
        sleep 1
    done
    echo "ERROR: the portal did not report UP within ${timeout}s; last answer from $url: ${response:0:300}" >&2
    return 1
}

if [[ ! -d $DOMAIN_ROOT ]]; then
    create_domain
fi
load_domain_ports
domain_running || start_domain

harden_domain
apply_portal_settings

echo "Deploying $(basename "$ear") as $APP_NAME"
deploy_start=$(now)
# --force: a second run replaces the deployed version.
asadmin_remote deploy --force=true --name "$APP_NAME" "$ear" \
    || { echo "ERROR: asadmin could not deploy $ear" >&2; show_log_tail; exit 1; }
asadmin_deploy_time=$(elapsed_since "$deploy_start")
if ! wait_until_up; then
    show_log_tail
    exit 1
fi

echo
echo "Client portal is UP on Payara Server (domain $DOMAIN)."
echo "  deployed in ${asadmin_deploy_time}s (asadmin), UP $(elapsed_since "$deploy_start")s after the deployment began"
echo "  portal:  http://<tenant subdomain>:$HTTP_PORT/portal/ (with demo data: http://acme.localhost:$HTTP_PORT/portal/)"
echo "  ready:   http://127.0.0.1:$HTTP_PORT/health/ready (details: /api/health)"
echo "  admin:   http://127.0.0.1:$ADMIN_PORT (user admin, password in $ADMIN_PASSWORD_FILE)"
echo "  log:     $SERVER_LOG"
