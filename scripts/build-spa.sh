#!/usr/bin/env bash
# Builds the SPA in release mode into dist/, unless dist/ already holds a
# build of exactly the current sources (then it returns at once).
set -euo pipefail
cd "$(dirname "$0")/.."
source .tools/env.sh

stamp=$(cat Cargo.lock Cargo.toml Trunk.toml index.html \
  $(find src styles locales model/src model/Cargo.toml model/search/src model/search/Cargo.toml -type f | sort) | sha256sum | cut -c1-32)
if [ -f dist/.build-stamp ] && [ "$(cat dist/.build-stamp)" = "$stamp" ]; then
  echo "[build] dist/ is up to date"
  exit 0
fi
echo "[build] building the SPA (release)"
env $WASM_ENV trunk build --release
echo "$stamp" > dist/.build-stamp
