#!/usr/bin/env bash
# Fuzzes the API from its own OpenAPI document (GET /api/openapi.json) with
# schemathesis: a fresh server on a fresh SQLite file with the demo data,
# then every documented operation with generated input, signed in as the
# demo citizen and signed out. Fails on any 5xx, any status the document
# does not name for the operation, and any body that breaks its schema.
#
#   bash scripts/api-fuzz.sh [examples per operation, default 60]
#
# Needs .tools/schemathesis (scripts/setup.sh --for-tests) and the debug
# server binary (built here if missing). scripts/test.sh runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
EXAMPLES=${1:-60}
SCHEMATHESIS=$ROOT/.tools/schemathesis/bin/schemathesis
# A fixed seed: a failure reproduces; a new seed is a code change.
SEED=20261127

cargo build --quiet -p portal-api --bin portal-api
WORK=$(mktemp -d)
SERVER_PID=""
stop() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap stop EXIT

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE=http://127.0.0.1:$PORT
mkdir "$WORK/static"
"$ROOT/target/debug/portal-api" --bind "127.0.0.1:$PORT" --database-url "sqlite:$WORK/portal.sqlite3" \
  --static-dir "$WORK/static" --demo-data --dev-outbox --dev-sandbox-payments >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  curl -sf "$BASE/api/health" >/dev/null && break
  sleep 0.5
done
curl -sf "$BASE/api/health" >/dev/null || { cat "$WORK/server.log"; echo "the server did not start"; exit 1; }

# The demo citizen's session: cookie and CSRF token.
SIGNED_IN=$(curl -sf -c "$WORK/cookies" -H 'Content-Type: application/json' \
  -d '{"email":"demo@e-portal.example","password":"demo-password-2026"}' "$BASE/api/sessions")
CSRF=$(printf '%s' "$SIGNED_IN" | python3 -c 'import json, sys; print(json.load(sys.stdin)["csrf_token"])')
SESSION=$(awk '$6 == "portal_session" { print $7 }' "$WORK/cookies")

CHECKS=not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance
fuzz() {
  # (From the temporary folder: schemathesis keeps a cache where it runs.)
  (cd "$WORK" && "$SCHEMATHESIS" run "$BASE/api/openapi.json" --checks "$CHECKS" \
    --phases examples,coverage,fuzzing --max-examples "$EXAMPLES" --seed "$SEED" \
    --workers 2 --no-color --report junit --report-dir "$WORK/report" "$@")
}

echo "== signed in as the demo citizen (signing out left to the next round)"
fuzz -H "Cookie: portal_session=$SESSION" -H "X-CSRF-Token: $CSRF" \
  --exclude-operation-id sign_out --exclude-operation-id sign_out_everywhere
echo "== signed out"
fuzz

if grep -q "panicked" "$WORK/server.log"; then
  grep -B2 -A8 "panicked" "$WORK/server.log"
  echo "the server panicked"
  exit 1
fi
