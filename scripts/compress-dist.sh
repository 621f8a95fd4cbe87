#!/usr/bin/env bash
# Trunk post-build hook: writes .gz and .br beside each text or wasm file, so
# the server can send them precompressed.
set -euo pipefail
dir=${TRUNK_STAGING_DIR:-dist}

# The service worker's cache list: the shell and every hashed asset of this
# build, and the build's own name (a new worker per deploy).
if [ -f "$dir/sw.js" ]; then
  shell=$(cd "$dir" && { find . -maxdepth 1 -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' \) ! -name sw.js;
    find ./locales -name portal.ftl ! -path './locales/uk/*' 2>/dev/null; } |
    sed 's#^\./#/#' | sort | sed 's/.*/"&"/' | paste -sd, -)
  # (The languages' files are not hashed by name: their text counts here.)
  build=$(cd "$dir" && find . -type f ! -name sw.js ! -name '*.br' ! -name '*.gz' | sort | xargs cat | sha256sum | cut -c1-16)
  sed -i "s#^const BUILD = .*#const BUILD = \"$build\";#; s#^const SHELL = .*#const SHELL = [\"/index.html\", $shell];#" "$dir/sw.js"
fi
find "$dir" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.ftl' \) |
while read -r file; do
  gzip -9 -k -f "$file"
  brotli -q 11 -k -f "$file"
done
