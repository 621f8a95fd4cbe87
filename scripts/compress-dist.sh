#!/usr/bin/env bash
# Trunk post-build hook: writes .gz and .br beside each text or wasm file, so
# the server can send them precompressed.
set -euo pipefail
dir=${TRUNK_STAGING_DIR:-dist}
find "$dir" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' \) |
while read -r file; do
  gzip -9 -k -f "$file"
  brotli -q 11 -k -f "$file"
done
