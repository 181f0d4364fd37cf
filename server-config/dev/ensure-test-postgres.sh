#!/usr/bin/env bash
# Makes sure the PostgreSQL the tests use answers before they start: the Test command runs this first.
# A local server that is installed but stopped is started; otherwise the build stops with what to do.
set -euo pipefail

host=${1:-127.0.0.1}
port=${2:-5432}

answers() {
    if command -v pg_isready >/dev/null; then
        pg_isready -q -h "$host" -p "$port" -t 3
    else
        timeout 3 bash -c "exec 3<>/dev/tcp/$host/$port" 2>/dev/null
    fi
}

answers && exit 0

if [[ $host == 127.0.0.1 || $host == localhost ]] && command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    echo "PostgreSQL does not answer at $host:$port; starting the local cluster $version/main."
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    for _ in $(seq 1 30); do
        answers && exit 0
        sleep 1
    done
fi

cat >&2 <<MESSAGE

The tests need PostgreSQL and none answers at $host:$port.
  - Installed but stopped (Debian/Ubuntu)?  sudo pg_ctlcluster <version> main start
  - Not installed (Debian/Ubuntu)?          sudo apt-get install postgresql
  - Somewhere else? Point the tests at it:  ./mvnw verify -Dportal.test.db.host=HOST -Dportal.test.db.port=PORT \\
                                                -Dportal.test.db.user=USER -Dportal.test.db.password=PASSWORD
The user needs the right to create databases: each suite creates its own (portal_it_*).

MESSAGE
exit 1
