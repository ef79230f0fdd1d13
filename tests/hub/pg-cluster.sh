#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the hub tests and benchmarks: initdb and pg_ctl from Debian's
# postgresql-15, run as an unprivileged user (postgres via runuser when we are root), a free local port,
# the data directory and the Unix socket under one temporary folder. Never touches a system cluster.
#   pg-cluster.sh start STATEFILE [--tls] [extra postgresql.conf lines...]  starts one, writes its conninfo to
#                                         STATEFILE; --tls also listens on 127.0.0.1 with TLS only, a server
#                                         certificate for "localhost" from a CA of its own (KOERS_PG_TLS_DIR:
#                                         ca.crt, and other-ca.crt that signed nothing)
#   pg-cluster.sh stop STATEFILE          stops it (-m fast) and removes its folder
#   pg-cluster.sh kill STATEFILE          pg_ctl stop -m immediate (a crash); the folder stays
#   pg-cluster.sh restart STATEFILE       starts a killed or stopped cluster again on the same port
# The state file holds shell assignments (KOERS_PG_DIR, KOERS_PG_PORT) and, on its last line, the conninfo
# of the superuser: "host=DIR port=PORT user=koers_admin dbname=postgres".
set -euo pipefail

bindir=${KOERS_PG_BINDIR:-/usr/lib/postgresql/15/bin}
cmd=${1:?start|stop|kill|restart}
state=${2:?state file}
shift 2
tls=0
if [ "${1:-}" = "--tls" ]; then
    tls=1
    shift
fi

as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

load_state() {
    [ -f "$state" ] || { echo "no cluster state in $state" >&2; exit 1; }
    KOERS_PG_DIR=$(sed -n 's/^KOERS_PG_DIR=//p' "$state")
    KOERS_PG_PORT=$(sed -n 's/^KOERS_PG_PORT=//p' "$state")
}

pg_start() {
    as_pg "$bindir/pg_ctl" -D "$KOERS_PG_DIR/data" -l "$KOERS_PG_DIR/log" -w -t 60 \
        -o "-p $KOERS_PG_PORT -k $KOERS_PG_DIR/sock" start >/dev/null
}

case "$cmd" in
start)
    # A stale cluster of an earlier, interrupted run with the same state file goes first.
    if [ -f "$state" ]; then
        "$0" stop "$state" || true
    fi
    dir=$(mktemp -d "${TMPDIR:-/tmp}/koers-pg.XXXXXX")
    chmod 755 "$dir"
    mkdir "$dir/sock"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir" "$dir/sock"
    fi
    as_pg "$bindir/initdb" -D "$dir/data" -U koers_admin -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    host=host
    if [ "$tls" -eq 1 ]; then
        # As a municipality's server would be: a certificate for its name from a CA the laptops are given.
        tlsdir="$dir/tls"
        mkdir "$tlsdir"
        make_ca() {
            openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=$2" -keyout "$tlsdir/$1.key" \
                -out "$tlsdir/$1.crt" >/dev/null 2>&1
        }
        make_ca ca "Koers test CA"
        make_ca other-ca "Some other CA"
        openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$tlsdir/server.key" \
            -out "$tlsdir/server.csr" >/dev/null 2>&1
        printf 'subjectAltName=DNS:localhost\n' >"$tlsdir/server.ext"
        openssl x509 -req -in "$tlsdir/server.csr" -CA "$tlsdir/ca.crt" -CAkey "$tlsdir/ca.key" -CAcreateserial \
            -days 2 -extfile "$tlsdir/server.ext" -out "$tlsdir/server.crt" >/dev/null 2>&1
        rm -f "$tlsdir/ca.key" "$tlsdir/other-ca.key" "$tlsdir/server.csr"
        chmod 600 "$tlsdir/server.key"
        chmod 644 "$tlsdir"/*.crt
        if [ "$(id -u)" -eq 0 ]; then
            chown postgres: "$tlsdir/server.key" "$tlsdir/server.crt"
        fi
        host=hostssl
    fi
    # Roles that are members of koers_password_users must log in with a password (SCRAM); all others are trusted.
    # With --tls a connection over the network must use TLS.
    {
        echo "local all +koers_password_users scram-sha-256"
        echo "$host all +koers_password_users 127.0.0.1/32 scram-sha-256"
        echo "local all all trust"
        echo "$host all all 127.0.0.1/32 trust"
        [ "$tls" -eq 1 ] && echo "hostnossl all all 127.0.0.1/32 reject"
        true
    } | as_pg tee "$dir/data/pg_hba.conf" >/dev/null
    {
        echo "listen_addresses = ''"
        echo "fsync = off"
        echo "max_connections = 200"
        echo "shared_buffers = 128MB"
        if [ "$tls" -eq 1 ]; then
            echo "listen_addresses = '127.0.0.1'"
            echo "ssl = on"
            echo "ssl_cert_file = '$tlsdir/server.crt'"
            echo "ssl_key_file = '$tlsdir/server.key'"
        fi
        for line in "$@"; do echo "$line"; done
    } | as_pg tee -a "$dir/data/postgresql.conf" >/dev/null
    KOERS_PG_DIR=$dir
    for attempt in 1 2 3 4 5 6 7 8; do
        KOERS_PG_PORT=$((20000 + (RANDOM % 20000)))
        if pg_start 2>>"$dir/start.log"; then
            break
        fi
        [ "$attempt" -eq 8 ] && { cat "$dir/log" >&2 || true; exit 1; }
    done
    as_pg "$bindir/psql" -q -h "$dir/sock" -p "$KOERS_PG_PORT" -U koers_admin -d postgres \
        -c "CREATE ROLE koers_password_users NOLOGIN" >/dev/null
    {
        echo "KOERS_PG_DIR=$dir"
        echo "KOERS_PG_PORT=$KOERS_PG_PORT"
        echo "KOERS_PG_BINDIR=$bindir"
        [ "$tls" -eq 1 ] && echo "KOERS_PG_TLS_DIR=$tlsdir"
        echo "host=$dir/sock port=$KOERS_PG_PORT user=koers_admin dbname=postgres"
    } >"$state"
    ;;
stop)
    load_state
    if [ -d "$KOERS_PG_DIR/data" ]; then
        as_pg "$bindir/pg_ctl" -D "$KOERS_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$KOERS_PG_DIR"
    rm -f "$state"
    ;;
kill)
    load_state
    as_pg "$bindir/pg_ctl" -D "$KOERS_PG_DIR/data" -m immediate -w stop >/dev/null
    ;;
restart)
    load_state
    pg_start
    ;;
*)
    echo "unknown command $cmd" >&2
    exit 2
    ;;
esac
