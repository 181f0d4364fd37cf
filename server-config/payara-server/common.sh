# shellcheck shell=bash
# Shared by deploy-ear.sh and undeploy-and-stop.sh (sourced, not run): where Payara Server is, which domain the
# portal lives in, and how to talk to that domain.

# shellcheck disable=SC2034  # (used by the scripts that source this file)
APP_NAME=client-portal

# asadmin probes the terminal and prints "Unable to retrieve infocmp" when TERM is unset.
export TERM=${TERM:-dumb}

die() {
    echo "ERROR: $*" >&2
    exit 1
}

# Sets PAYARA_HOME from --payara-home/$PAYARA_HOME, or unpacks the distribution zip into the install folder first
# (once: a second run finds the unpacked server and reuses it).
resolve_payara_home() {
    local home=$1 zip=$2 install_dir=$3 asadmin
    if [[ -z $home && -n $zip ]]; then
        [[ -n $install_dir ]] || die "--payara-zip needs --install-dir (the folder to unpack it into)"
        [[ -f $zip ]] || die "no Payara distribution zip at $zip"
        asadmin=$(compgen -G "$install_dir/*/bin/asadmin" | head -n 1 || true)
        if [[ -z $asadmin ]]; then
            command -v unzip >/dev/null || die "unzip is needed to unpack $zip"
            echo "Unpacking $(basename "$zip") into $install_dir"
            mkdir -p "$install_dir"
            unzip -q "$zip" -d "$install_dir"
            asadmin=$(compgen -G "$install_dir/*/bin/asadmin" | head -n 1 || true)
            [[ -n $asadmin ]] || die "$zip holds no bin/asadmin: is it a Payara Server distribution?"
        fi
        home=$(dirname "$(dirname "$asadmin")")
    fi
    [[ -n $home ]] || die "say where Payara Server is: --payara-home DIR (or PAYARA_HOME), or --payara-zip ZIP --install-dir DIR"
    [[ -x $home/bin/asadmin ]] || die "$home is not a Payara Server install (no bin/asadmin)"
    PAYARA_HOME=$(cd "$home" && pwd)
}

# Paths of the portal's domain. Besides Payara's own files the domain keeps two of ours in config/: the generated
# admin password (an asadmin password file, readable by its owner only) and the ports chosen when it was created, so
# later runs and undeploy-and-stop.sh reach the same domain without being told its ports again.
set_domain_paths() {
    DOMAIN=$1
    DOMAINS_DIR=${2:-$PAYARA_HOME/glassfish/domains}
    mkdir -p "$DOMAINS_DIR"
    DOMAINS_DIR=$(cd "$DOMAINS_DIR" && pwd)
    DOMAIN_ROOT=$DOMAINS_DIR/$DOMAIN
    ADMIN_PASSWORD_FILE=$DOMAIN_ROOT/config/portal-admin-password
    PORTS_FILE=$DOMAIN_ROOT/config/portal-ports
    SERVER_LOG=$DOMAIN_ROOT/logs/server.log
}

load_domain_ports() {
    [[ -f $PORTS_FILE ]] || die "$DOMAIN_ROOT was not created by deploy-ear.sh (no $PORTS_FILE)"
    ADMIN_PORT=$(sed -n 's/^ADMIN_PORT=//p' "$PORTS_FILE")
    # shellcheck disable=SC2034  # (used by deploy-ear.sh)
    HTTP_PORT=$(sed -n 's/^HTTP_PORT=//p' "$PORTS_FILE")
}

# Commands that act on the domain's files (create, start, stop, delete). Never interactive: a hidden prompt would
# hang CI.
asadmin_local() {
    "$PAYARA_HOME/bin/asadmin" --interactive=false "$@"
}

# Commands sent to the running domain's admin port.
asadmin_remote() {
    "$PAYARA_HOME/bin/asadmin" --interactive=false --host 127.0.0.1 --port "$ADMIN_PORT" \
        --user admin --passwordfile "$ADMIN_PASSWORD_FILE" "$@"
}

domain_running() {
    local domains
    domains=$(asadmin_local list-domains --domaindir "$DOMAINS_DIR" 2>/dev/null) || return 1
    grep -qx "$DOMAIN running" <<<"$domains"
}

# Cheaper than asking asadmin, for polling: the server's process, from the pid file the domain keeps while it runs.
domain_process_alive() {
    local pid
    pid=$(cat "$DOMAIN_ROOT/config/pid" 2>/dev/null) && kill -0 "$pid" 2>/dev/null
}

# Something answers on this local port (another server, or a domain that is not ours).
port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

show_log_tail() {
    if [[ -f $SERVER_LOG ]]; then
        # The first line of the latest errors, which the stack traces below would bury.
        echo "----- latest SEVERE messages in the server log -----" >&2
        grep -A1 '\[SEVERE\]' "$SERVER_LOG" | grep -v '^\[\|^--$' | tail -n 5 >&2 || true
        echo "----- last 60 lines of $SERVER_LOG -----" >&2
        tail -n 60 "$SERVER_LOG" >&2
        echo "----- end of server log -----" >&2
    fi
}

# Timing: `start=$(now)` ... `elapsed_since "$start"` prints the seconds in between, one decimal.
now() {
    date +%s.%N
}
elapsed_since() {
    awk -v start="$1" -v now="$(now)" 'BEGIN { printf "%.1f", now - start }'
}
