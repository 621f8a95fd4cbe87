#!/usr/bin/env bash
# Installs what is missing, builds the SPA (release) and the API, and starts
# the portal at http://127.0.0.1:8080 on data/portal.sqlite3 with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-spa.sh
source .tools/env.sh
cargo build --profile server -p portal-api
exec target/server/portal-api \
  --bind "${PORTAL_BIND:-127.0.0.1:8080}" \
  --database-url "${DATABASE_URL:-sqlite:data/portal.sqlite3}" \
  --static-dir dist \
  --demo-data \
  --dev-outbox \
  --dev-sandbox-payments
