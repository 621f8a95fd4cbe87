#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, in a temporary folder, on a
# Unix socket only (no TCP port), trusted for local connections.
#
#   source scripts/postgres-for-tests.sh   # defines pg_test_start, pg_test_stop
#   pg_test_start   # installs PostgreSQL if missing; exports PORTAL_TEST_POSTGRES
#   pg_test_stop    # stops the cluster and removes the folder
#
# Tests run with fsync off (a throwaway cluster need not survive a power
# cut); PG_TEST_FSYNC=on keeps it on (the API benchmark).
#
# As root (CI) the cluster runs as the `postgres` user the Debian package
# creates; as anyone else, as that user.

# The newest installed server's bin folder (a client-only version has no initdb).
pg_test_bin() {
  local initdb
  initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)
  [ -n "$initdb" ] && dirname "$initdb"
}

pg_test_start() {
  if [ -z "$(pg_test_bin)" ]; then
    echo "[postgres] installing PostgreSQL (Debian package postgresql)"
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; fi
  fi
  local bin; bin=$(pg_test_bin)
  PG_TEST_DIR=$(mktemp -d /tmp/portal-pg.XXXXXX)
  local run=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$PG_TEST_DIR"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_TEST_DIR/initdb.log" 2>&1 \
    || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
  "${run[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w start \
    -o "-c listen_addresses='' -k $PG_TEST_DIR -c fsync=${PG_TEST_FSYNC:-off} -c max_connections=400" >/dev/null \
    || { cat "$PG_TEST_DIR/server.log" >&2; return 1; }
  export PG_TEST_DIR PG_TEST_RUN="${run[*]}" PG_TEST_BINDIR="$bin"
  # How a test stops and starts this cluster (the outage test).
  export PORTAL_TEST_PG_CTL="${run[*]} $bin/pg_ctl -D $PG_TEST_DIR/data -l $PG_TEST_DIR/server.log -o \"-c listen_addresses='' -k $PG_TEST_DIR -c fsync=${PG_TEST_FSYNC:-off} -c max_connections=400\""
  export PORTAL_TEST_POSTGRES="postgres://postgres@localhost/postgres?host=$PG_TEST_DIR"
  echo "[postgres] throwaway cluster on $PG_TEST_DIR"
}

pg_test_stop() {
  [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR" ] || return 0
  $PG_TEST_RUN "$PG_TEST_BINDIR/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_TEST_DIR"
  unset PG_TEST_DIR PORTAL_TEST_POSTGRES PORTAL_TEST_PG_CTL
}
