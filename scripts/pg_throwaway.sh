#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests' PostgreSQL half (issue 19).
#
#   scripts/pg_throwaway.sh start DIR [PORT]   initdb into DIR, start it on 127.0.0.1:PORT (55432),
#                                              create the role exd (password exd, CREATEDB) and
#                                              print the URL to export as EXCHANGEDESK_TEST_PG_URL
#   scripts/pg_throwaway.sh stop DIR           stop it and delete DIR
#
# initdb refuses to run as root, so as root the cluster belongs to the 'postgres' user (Debian's
# package creates it). Uses the newest server under /usr/lib/postgresql unless PG_BIN is set.
set -euo pipefail

action=${1:?usage: pg_throwaway.sh start|stop DIR [PORT]}
dir=${2:?usage: pg_throwaway.sh start|stop DIR [PORT]}
port=${3:-55432}

if [ -z "${PG_BIN:-}" ]; then
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    echo "pg_throwaway: no PostgreSQL server found (apt-get install postgresql)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        su postgres -s /bin/sh -c "$*"
    else
        sh -c "$*"
    fi
}

case "$action" in
start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    as_owner "'$PG_BIN/initdb' -D '$dir/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8 >'$dir/initdb.log'"
    # No durability needed for a test cluster; sockets in DIR, not /run/postgresql.
    as_owner "'$PG_BIN/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-p $port -k '$dir' -h 127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" start >/dev/null"
    as_owner "'$PG_BIN/psql' -h 127.0.0.1 -p $port -U postgres -d postgres -qAt -c \"CREATE ROLE exd LOGIN PASSWORD 'exd' CREATEDB\""
    echo "postgresql+psycopg://exd:exd@127.0.0.1:$port/postgres"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_owner "'$PG_BIN/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null" || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "pg_throwaway: unknown action '$action' (start or stop)" >&2
    exit 2
    ;;
esac
