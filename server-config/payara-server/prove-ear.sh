#!/usr/bin/env bash
# The CI check for the EAR: proves that portal-ear/target/client-portal.ear is packed right and runs on a real
# Payara Server 6. Build first (./mvnw -B install -DskipTests), then run this from anywhere. It
#   1. checks the EAR's layout: no class packed twice, and every class of the standalone portal.war present;
#   2. unpacks the Payara Server zip (resolved through Maven, so a fresh machine gets it) into a temporary folder;
#   3. deploys the EAR with deploy-ear.sh against a fresh PostgreSQL database portal_ear_check on 127.0.0.1:5432
#      (user postgres, trust authentication), or the embedded H2 database when PostgreSQL is not reachable;
#   4. checks the readiness check, a tenant's page with demo data, that no server identity leaks in headers and that
#      Payara's /metrics, /openapi and /health are closed on an agency's host;
#   5. stops and deletes everything it made, and exits non-zero if anything above failed.
# PROVE_DB=postgres makes a missing PostgreSQL an error instead of falling back to H2. The domain uses base port
# 28000 (HTTP 28080, admin 28048); PROVE_BASE_PORT changes it. PROVE_EAR and PROVE_WAR point at other builds of
# client-portal.ear and portal.war.
set -Eeuo pipefail

here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../.." && pwd)
# shellcheck source=common.sh
source "$here/common.sh"

run_start=$(now)
# Overridable, for a CI job that checks artifacts another job built.
ear=${PROVE_EAR:-$project/portal-ear/target/client-portal.ear}
standalone_war=${PROVE_WAR:-$project/portal-web/target/portal.war}
base_port=${PROVE_BASE_PORT:-28000}
http_port=$((base_port + 80))
domain=portal-ear-check
database=portal_ear_check
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$project/pom.xml")

for file in "$ear" "$standalone_war"; do
    [[ -f $file ]] || die "$file is missing: build first with (cd $project && ./mvnw -B install -DskipTests)"
done
# The layout check compares the two; a WAR rebuilt after the EAR would make it report stale differences.
[[ ! $standalone_war -nt $ear ]] || die "portal.war is newer than the EAR: rebuild both (cd $project && ./mvnw -B install -DskipTests)"
for tool in unzip curl; do
    command -v "$tool" >/dev/null || die "$tool is needed"
done
# Another server (or another run of this check) on these ports would answer our health checks in our place.
for port in "$http_port" $((base_port + 48)); do
    ! port_in_use "$port" || die "port $port is in use: is another check running? (PROVE_BASE_PORT picks other ports)"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/portal-ear-check.XXXXXX")
use_postgres=false

psql_admin() {
    psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -v ON_ERROR_STOP=1 -qX "$@"
}

# Runs on every exit, success or not: nothing may be left running or lying around to break the next run.
cleanup() {
    local status=$?
    trap - EXIT ERR
    set +e  # clean up as much as possible, whatever fails along the way
    local asadmin
    asadmin=$(compgen -G "$work/*/bin/asadmin" | head -n 1)
    if [[ -n $asadmin ]]; then
        "$here/undeploy-and-stop.sh" --payara-home "$(dirname "$(dirname "$asadmin")")" --domains-dir "$work/domains" \
            --domain "$domain" --delete-domain || { echo "ERROR: could not stop the domain" >&2; status=1; }
    fi
    if [[ $use_postgres == true ]]; then
        psql_admin -c "DROP DATABASE IF EXISTS $database" || status=1
    fi
    rm -rf "$work"
    if ((status == 0)); then
        echo "EAR check PASSED in $(elapsed_since "$run_start")s"
    else
        echo "EAR check FAILED after $(elapsed_since "$run_start")s" >&2
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'echo "ERROR: interrupted" >&2; exit 130' INT TERM HUP
trap 'echo "ERROR: prove-ear.sh failed at line $LINENO: $BASH_COMMAND" >&2' ERR

# Lists the classes in an archive, once each: a multi-release jar's per-Java-version copies count as one, and a
# WAR's WEB-INF/classes prefix is dropped so a class compares equal wherever it is packed.
classes_in() {
    unzip -Z1 "$1" | sed -n -E '/module-info\.class$/d; s#^META-INF/versions/[0-9]+/##; s#^WEB-INF/classes/##; /\.class$/p' \
        | sort -u
}

check_layout() {
    local unpacked=$work/layout jar duplicates missing
    echo "== EAR layout"
    mkdir -p "$unpacked/ear" "$unpacked/ear-war" "$unpacked/war"
    unzip -q "$ear" -d "$unpacked/ear"
    [[ -f $unpacked/ear/portal-ejb.jar && -f $unpacked/ear/portal-web.war ]] \
        || die "the EAR must hold portal-ejb.jar and portal-web.war side by side"
    grep -q '<library-directory>lib</library-directory>' "$unpacked/ear/META-INF/application.xml" \
        || die "application.xml does not name lib/ as the library directory"
    unzip -q "$unpacked/ear/portal-web.war" -d "$unpacked/ear-war"
    unzip -q "$standalone_war" -d "$unpacked/war"

    {
        classes_in "$unpacked/ear/portal-ejb.jar"
        classes_in "$unpacked/ear/portal-web.war"
        for jar in "$unpacked"/ear/lib/*.jar "$unpacked"/ear-war/WEB-INF/lib/*.jar; do
            classes_in "$jar"
        done
    } | sort >"$unpacked/ear-classes"
    duplicates=$(uniq -d "$unpacked/ear-classes")
    if [[ -n $duplicates ]]; then
        echo "Classes packed more than once in the EAR (first 20):" >&2
        head -n 20 <<<"$duplicates" >&2
        die "the EAR packs $(wc -l <<<"$duplicates") classes twice"
    fi

    # The standalone WAR is what runs on Payara Micro: the EAR must carry the same code, split over its modules.
    {
        classes_in "$standalone_war"
        for jar in "$unpacked"/war/WEB-INF/lib/*.jar; do
            classes_in "$jar"
        done
    } | sort -u >"$unpacked/war-classes"
    missing=$(comm -23 "$unpacked/war-classes" "$unpacked/ear-classes")
    if [[ -n $missing ]]; then
        echo "Classes in portal.war that the EAR lacks (first 20):" >&2
        head -n 20 <<<"$missing" >&2
        die "the EAR lacks $(wc -l <<<"$missing") classes of portal.war: add their library to portal-ear/pom.xml"
    fi
    echo "  modules: portal-ejb.jar, portal-web.war (WEB-INF/lib: $(cd "$unpacked/ear-war/WEB-INF/lib" && echo *))"
    echo "  lib/:    $(cd "$unpacked/ear/lib" && echo *)"
    echo "  $(wc -l <"$unpacked/ear-classes") classes, each packed once; all of portal.war's are there"
}

choose_database() {
    case ${PROVE_DB:-auto} in
        postgres | auto)
            if command -v psql >/dev/null && psql_admin -c 'SELECT 1' >/dev/null 2>&1; then
                use_postgres=true
            elif [[ ${PROVE_DB:-auto} == postgres ]]; then
                die "PostgreSQL does not answer at 127.0.0.1:5432 as user postgres (is it running?)"
            else
                echo "NOTE: psql is missing or PostgreSQL does not answer at 127.0.0.1:5432: checking with the embedded H2 database"
            fi
            ;;
        h2) ;;
        *) die "PROVE_DB must be auto, postgres or h2" ;;
    esac
    if [[ $use_postgres == true ]]; then
        echo "== Fresh PostgreSQL database $database"
        psql_admin -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"
    fi
}

fetch_payara_zip() {
    echo "== Payara Server $payara_version distribution"
    # -N: only the root project; dependency:copy would otherwise run once per module.
    (cd "$project" && ./mvnw -q -B -N dependency:copy \
        -Dartifact="fish.payara.distributions:payara:$payara_version:zip" -DoutputDirectory="$work/dist") \
        || die "Maven could not resolve fish.payara.distributions:payara:$payara_version:zip"
    payara_zip=$(compgen -G "$work/dist/payara-*.zip" | head -n 1)
}

deploy() {
    echo "== Deploying on Payara Server"
    local settings=(PORTAL_DEMO_DATA=true)
    if [[ $use_postgres == true ]]; then
        settings+=("PORTAL_DB_URL=jdbc:postgresql://127.0.0.1:5432/$database" PORTAL_DB_USER=postgres)
    else
        settings+=("PORTAL_DATA_DIR=$work/data")
    fi
    # Only the settings chosen here: none of the caller's PORTAL_* variables may leak into the check.
    env -u PORTAL_DB_URL -u PORTAL_DB_USER -u PORTAL_DB_PASSWORD -u PORTAL_DATA_DIR -u PORTAL_DEMO_DATA \
        "${settings[@]}" \
        "$here/deploy-ear.sh" --payara-zip "$payara_zip" --install-dir "$work" --domains-dir "$work/domains" \
        --domain "$domain" --base-port "$base_port" --timeout 180 "$ear"
}

check_portal() {
    local url="http://acme.localhost:$http_port/portal/" page headers
    echo "== Checking the running portal"
    # The tenant comes from the Host name, and the portal may send a visitor on (to its sign-in page), keeping that
    # name: curl follows, reaching acme.localhost at this machine whatever the system resolver thinks of .localhost.
    local curl_tenant=(curl -sS -L --max-redirs 5 --max-time 30 --resolve "acme.localhost:$http_port:127.0.0.1")
    page=$("${curl_tenant[@]}" -f "$url") || die "GET $url failed"
    grep -q 'Acme Digital' <<<"$page" || die "the page at $url (after redirects) does not show \"Acme Digital\""
    echo "  $url shows Acme Digital"
    headers=$("${curl_tenant[@]}" -o /dev/null -D - "$url")
    if grep -qiE '^(server|x-powered-by):' <<<"$headers"; then
        grep -iE '^(server|x-powered-by):' <<<"$headers" >&2
        die "a response names the server"
    fi
    echo "  no Server or X-Powered-By header"
    local path answer
    for path in /metrics /openapi /health /health/ready; do
        answer=$("${curl_tenant[@]}" -w '\n%{http_code}' "http://acme.localhost:$http_port$path")
        [[ ${answer##*$'\n'} =~ ^(401|403|404)$ ]] || die "Payara's $path answered ${answer##*$'\n'} on acme's host"
        ! grep -qE '# TYPE |openapi:|"checks":\[' <<<"$answer" || die "Payara's $path shows its figures"
    done
    echo "  Payara's /metrics, /openapi and /health closed on acme's host"
    answer=$(curl -fsS --max-time 30 "http://127.0.0.1:$http_port/health/ready" | tr -d '[:space:]')
    grep -q '"name":"portal","status":"UP"' <<<"$answer" || die "/health/ready has no portal check UP: $answer"
    ! grep -qE 'database|schema|"data":\{"' <<<"$answer" || die "/health/ready shows internals: $answer"
    echo "  /health/ready on the server's address: the portal check UP, nothing more"
}

check_layout
choose_database
fetch_payara_zip
deploy
check_portal
echo "== Stopping and cleaning up"
# cleanup (on EXIT) stops the domain, drops the database, removes $work and prints the total time.
