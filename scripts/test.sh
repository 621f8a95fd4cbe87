#!/usr/bin/env bash
# Installs what is missing and runs every test: native unit and API tests,
# wasm component tests in headless Chromium, and end-to-end tests that start
# the real server on a fresh database and drive Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
bash scripts/setup.sh --for-tests
source .tools/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "formatting and lints"
cargo fmt --all --check
cargo clippy --all-targets -p portal-model -p portal-search -p portal-api -p portal-e2e -p search-bench-engine -- -D warnings
if [ -z "$WASM_ENV" ]; then
  # The SPA as it ships: for wasm.
  cargo clippy --all-targets --target wasm32-unknown-unknown -p portal-web -- -D warnings
else
  # Debian's rustc-web has no clippy: the SPA is linted for this machine's
  # target instead (it compiles for both).
  cargo clippy --all-targets -p portal-web -- -D warnings
fi

step "native tests: shared model, API (on SQLite), locale files, orthography, source layout, workspace"
# The timing comparison runs alone, after the rest (a test binary runs its
# tests side by side). The PostgreSQL outage test is ignored here (reported
# as not run): it runs in the PostgreSQL stage below.
cargo test -p portal-model -p portal-search -p portal-api -- --skip enumeration_timing::
cargo test -p portal-api --test api enumeration_timing::
# (`workspace` fails on a test target that no `cargo test` line here runs.)
cargo test -p portal-e2e --test locales --test orthography --test source_layout --test api_texts --test workspace

step "API fuzzer: schemathesis against the OpenAPI document, fresh server"
bash scripts/api-fuzz.sh

step "API tests again, on PostgreSQL (a throwaway cluster)"
source scripts/postgres-for-tests.sh
trap pg_test_stop EXIT
pg_test_start
# The outage test stops the cluster: ignored in the other runs, it runs
# alone, after the others (and fails if the cluster's variables are missing).
cargo test -p portal-api -- --skip enumeration_timing::
cargo test -p portal-api --test api enumeration_timing::
cargo test -p portal-api --test api database_outage:: -- --ignored
pg_test_stop

step "wasm tests in headless Chromium"
env $WASM_ENV \
  CHROMEDRIVER=/usr/bin/chromedriver \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/tests/browser/webdriver.json" \
  WASM_BINDGEN_TEST_TIMEOUT=120 \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test -p portal-web --target wasm32-unknown-unknown

step "end-to-end and accessibility tests: real server, fresh database, Chromium"
bash scripts/build-spa.sh
# One browser at a time: two cores, and each test starts its own Chromium.
PORTAL_DIST="$ROOT/dist" cargo test -p portal-e2e --test end_to_end --test accessibility --test throttling -- --test-threads=1
step "all tests passed"
