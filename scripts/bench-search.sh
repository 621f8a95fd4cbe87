#!/usr/bin/env bash
# The search benchmark (issue 3): our engine against FlexSearch, MiniSearch
# and Fuse.js in one headless Chromium run. Prints a Markdown table and
# writes target/bench/results.json. Not part of the tests: its figures go in
# README. BENCH_ONLY=portal,flex limits the run to those engines (tuning).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
bash scripts/setup.sh --for-tests
source .tools/env.sh
OUT=target/bench
mkdir -p "$OUT/peers" "$OUT/engine"

PEERS="flexsearch@0.8.212 minisearch@7.2.0 fuse.js@7.5.0 playwright-core@1.65.1"
if ! [ -f .tools/bench/.installed ] || [ "$(cat .tools/bench/.installed)" != "$PEERS" ]; then
  npm install --silent --no-audit --no-fund --prefix .tools/bench $PEERS
  echo "$PEERS" > .tools/bench/.installed
fi
M=.tools/bench/node_modules
cp "$M/flexsearch/dist/flexsearch.bundle.module.min.mjs" "$OUT/peers/flexsearch.mjs"
cp "$M/minisearch/dist/es/index.js" "$OUT/peers/minisearch.js"
cp "$M/fuse.js/dist/fuse.mjs" "$OUT/peers/fuse.mjs"

python3 tests/bench/make_synthetic.py "$OUT/synthetic-catalogue.json" 20000
cp tests/bench/queries.json tests/bench/harness.html tests/bench/harness.js "$OUT/"
# The real catalogue as the API serves it: with the search aids beside it.
python3 -c 'import json,sys; c=json.load(open("api/seed/catalogue.json")); c["search_aids"]=json.load(open("api/seed/search_aids.json")); json.dump(c, open(sys.argv[1], "w"), ensure_ascii=False)' "$OUT/catalogue.json"

# The engine with the SPA's own release profile.
env $WASM_ENV ${BENCH_CARGO_ENV:-} cargo build --release --target wasm32-unknown-unknown -p search-bench-engine
wasm-bindgen --target web --out-dir "$OUT/engine" target/wasm32-unknown-unknown/release/search_bench_engine.wasm

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 tests/bench/serve.py "$OUT" "$PORT" &
SERVER=$!
trap 'kill $SERVER' EXIT
sleep 0.5
PLAYWRIGHT_CORE="$ROOT/$M/playwright-core" node tests/bench/drive.mjs "http://127.0.0.1:$PORT/harness.html?only=${BENCH_ONLY:-}" "$OUT/results.json"
