#!/usr/bin/env bash
# The API benchmark (issue 10): on this machine, in one run, a bare axum
# server (the ceiling), then the portal on SQLite and on PostgreSQL (a
# throwaway local cluster, fsync on): the catalogue revalidated (304), one
# service, the signed-in user's orders, and a write (PUT /api/me); and raw
# SQLite's own write rate at the portal's durability. wrk, 64 connections,
# 8 s each. Prints a Markdown table. Not part of the tests: its figures go
# in README.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null 2>&1 || sudo apt-get install -y -qq wrk; }
cargo build -q --profile server -p portal-api --bin portal-api --example bare_axum --example raw_sqlite_writes --example draft_saves
[ -f dist/index.html ] || bash scripts/build-spa.sh

WORK=$(mktemp -d)
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

wait_for() { for _ in $(seq 1 300); do curl -sf "$1" >/dev/null && return 0; sleep 0.1; done; echo "no answer from $1" >&2; exit 1; }

# wrk's requests/s, p50 and p99 (in ms) for one URL; extra wrk arguments after it.
measure() {
  local out
  out=$(wrk -t2 -c64 -d8s --latency "$@")
  python3 - "$out" <<'PY'
import re, sys
out = sys.argv[1]
def ms(label):
    m = re.search(r"^\s*%s\s+([\d.]+)(us|ms|s)" % label, out, re.M)
    v, unit = float(m.group(1)), m.group(2)
    return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
print(f"{rps:.0f} {ms('50%'):.2f} {ms('99%'):.2f} {errors.group(1) if errors else 0}")
PY
}

target/server/examples/bare_axum 127.0.0.1:8092 & PIDS+=($!)
wait_for http://127.0.0.1:8092/
read -r CEIL_RPS CEIL_P50 CEIL_P99 _ <<<"$(measure http://127.0.0.1:8092/)"

source scripts/postgres-for-tests.sh
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; pg_test_stop; rm -rf "$WORK"; }
PG_TEST_FSYNC=on pg_test_start >/dev/null
psql -q "host=$PG_TEST_DIR user=postgres dbname=postgres" -c "CREATE DATABASE portal_bench"

row() { # label, then measure's arguments
  local label=$1; shift
  read -r rps p50 p99 errors <<<"$(measure "$@")"
  local share; share=$(python3 -c "print(f'{100*$rps/$CEIL_RPS:.0f} %')")
  echo "| $label | $rps | $p50 ms | $p99 ms | $share | $errors |"
}

# The portal on one database, measured: $1 a label, $2 the URL, $3 a port.
portal_rows() {
  target/server/portal-api --bind "127.0.0.1:$3" --database-url "$2" \
    --static-dir dist --files-dir "$WORK/files-$3" --demo-data --public-url "http://127.0.0.1:$3" >"$WORK/portal-$3.log" 2>&1 &
  local portal=$!
  PIDS+=($portal)
  wait_for "http://127.0.0.1:$3/api/health"
  local base="http://127.0.0.1:$3" signed_in etag
  signed_in=$(curl -si -H 'Content-Type: application/json' \
    -d '{"email":"demo@e-portal.example","password":"demo-password-2026"}' "$base/api/sessions")
  export COOKIE CSRF
  COOKIE=$(printf '%s' "$signed_in" | sed -n 's/^set-cookie: \([^;]*\);.*/\1/p')
  CSRF=$(printf '%s' "$signed_in" | sed -n 's/.*"csrf_token":"\([^"]*\)".*/\1/p')
  etag=$(curl -si "$base/api/catalogue" | sed -n 's/^etag: \(.*\)\r$/\1/p')
  row "$1: \`GET /api/catalogue\`, \`If-None-Match\` (304)" -H "If-None-Match: $etag" "$base/api/catalogue"
  row "$1: \`GET /api/catalogue\`, brotli" -H 'Accept-Encoding: br' "$base/api/catalogue"
  row "$1: \`GET /api/services/export-licence\`" -H 'Accept-Encoding: br' "$base/api/services/export-licence"
  row "$1: \`GET /api/orders\`, signed in" -H "Cookie: $COOKIE" "$base/api/orders"
  row "$1: \`PUT /api/me\` (a write)" -s tests/bench/api/put_me.lua "$base/api/me"
  kill "$portal"; wait "$portal" 2>/dev/null || true  # not running beside the next backend
}

echo "| Request (64 connections) | req/s | p50 | p99 | of ceiling | non-2xx/3xx |"
echo "| --- | --- | --- | --- | --- | --- |"
echo "| bare axum, small JSON (the ceiling) | $CEIL_RPS | $CEIL_P50 ms | $CEIL_P99 ms | 100 % | 0 |"
portal_rows SQLite "sqlite:$WORK/portal.sqlite3" 8093
portal_rows PostgreSQL "postgres://postgres@localhost/portal_bench?host=$PG_TEST_DIR" 8094
read -r RAW_WPS RAW_P50 RAW_P99 <<<"$(target/server/examples/raw_sqlite_writes)"
echo "| raw SQLite UPDATE, 64 tasks, WAL + synchronous=NORMAL | $RAW_WPS | $RAW_P50 ms | $RAW_P99 ms | — | — |"
# Draft saves as the form's autosave sends them (200 answers, versioned),
# next to raw UPDATEs of a row of the same size at the same durability.
read -r DRAFT_SPS DRAFT_P50 DRAFT_P99 DRAFT_BYTES <<<"$(target/server/examples/draft_saves)"
read -r RAW4_WPS RAW4_P50 RAW4_P99 <<<"$(target/server/examples/raw_sqlite_writes "$DRAFT_BYTES")"
echo "| raw SQLite UPDATE of a $DRAFT_BYTES B row, same settings | $RAW4_WPS | $RAW4_P50 ms | $RAW4_P99 ms | — | — |"
DRAFT_SHARE=$(python3 -c "print(f'{100*$DRAFT_SPS/$RAW4_WPS:.0f} %')")
echo "| SQLite: \`PUT /api/drafts/{id}\`, 200 answers ($DRAFT_BYTES B), 64 drafts | $DRAFT_SPS | $DRAFT_P50 ms | $DRAFT_P99 ms | $DRAFT_SHARE of raw writes of that size | 0 |"
