#!/usr/bin/env bash
# Installs what the portal needs to build (and, with --for-tests, to test),
# and only what is missing. A second run checks versions and installs nothing.
#
# The wasm toolchain: the ordinary route (`rustup target add
# wasm32-unknown-unknown`) is tried first. Where rustup cannot download (as on
# the project's build machines), Debian's rustc-web with the standard-library
# sources builds std for wasm on the fly (see ../shared/TOOLCHAIN.md).
#
# Writes .tools/env.sh, which the other scripts source.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TOOLS=$ROOT/.tools
mkdir -p "$TOOLS"

FOR_TESTS=0
[ "${1:-}" = "--for-tests" ] && FOR_TESTS=1

TRUNK_VERSION=0.22.1
BINARYEN_VERSION=132
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "need root to run: $*"; return 1; fi
}

APT_UPDATED=0
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || { say "please install: ${missing[*]}"; return 1; }
  say "installing Debian packages: ${missing[*]}"
  if [ $APT_UPDATED = 0 ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# --- Rust for the browser ----------------------------------------------------
WASM_ENV=""
if rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  say "wasm target: rustup's (ordinary route)"
elif rustup toolchain list 2>/dev/null | grep -q '^debweb' && [ -d /usr/lib/rustlib/src/rust/library ]; then
  say "wasm target: Debian rustc-web with build-std (set up earlier)"
  WASM_ENV="RUSTUP_TOOLCHAIN=debweb RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld"
elif timeout 90 rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then
  say "wasm target: installed with rustup"
else
  say "rustup cannot fetch the wasm target here: using Debian's rustc-web with build-std"
  apt_install rustc-web cargo-web rust-web-src lld
  rustup toolchain link debweb /usr
  WASM_ENV="RUSTUP_TOOLCHAIN=debweb RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld"
fi

# --- Trunk and wasm-bindgen --------------------------------------------------
installed_version() { "$1" --version 2>/dev/null | awk '{print $2}'; }

if [ "$(installed_version trunk)" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (once; about 15 minutes on 2 cores)"
  # trunk 0.22.1 needs rustc >= 1.96.1: use nightly where stable is older.
  if cargo install --locked trunk --version "$TRUNK_VERSION" 2>/dev/null; then :;
  elif rustup toolchain list | grep -q '^nightly'; then
    cargo +nightly install --locked trunk --version "$TRUNK_VERSION"
  else
    say "cannot build trunk $TRUNK_VERSION with this Rust"; exit 1
  fi
fi

if [ "$(installed_version wasm-bindgen)" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (matches Cargo.lock)"
  # --locked fails: a pinned dependency of the CLI is missing from the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# --- wasm-opt (npm binaryen; Debian's is too old for Yew 0.23 output) --------
WASM_OPT=$TOOLS/binaryen/node_modules/.bin/wasm-opt
if ! "$WASM_OPT" --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
  command -v npm >/dev/null || apt_install nodejs npm
  say "installing binaryen@$BINARYEN_VERSION from npm"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS/binaryen" "binaryen@$BINARYEN_VERSION" >/dev/null
fi

# Compressors for the post-build step.
command -v brotli >/dev/null || apt_install brotli

# --- Browser for tests ---------------------------------------------------------
AXE_VERSION=4.14.1
# The API fuzzer (scripts/api-fuzz.sh), from PyPI, with the Hypothesis it was
# proven with (a newer one broke an older schemathesis).
SCHEMATHESIS_VERSION=4.32.5
HYPOTHESIS_VERSION=6.170.17
if [ $FOR_TESTS = 1 ]; then
  # The test command checks formatting and lints.
  for component in rustfmt clippy; do
    rustup component list --installed 2>/dev/null | grep -q "^$component" || rustup component add "$component"
  done
  # PostgreSQL: the API tests run a second time on a throwaway cluster.
  apt_install chromium chromium-driver postgresql
  # axe-core checks pages against WCAG in the end-to-end tests.
  if ! grep -q "\"version\": \"$AXE_VERSION\"" "$TOOLS/axe/node_modules/axe-core/package.json" 2>/dev/null; then
    say "installing axe-core@$AXE_VERSION from npm"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS/axe" "axe-core@$AXE_VERSION" >/dev/null
  fi
  if ! "$TOOLS/schemathesis/bin/schemathesis" --version 2>/dev/null | grep -q "version $SCHEMATHESIS_VERSION$"; then
    python3 -c "import venv, ensurepip" 2>/dev/null || apt_install python3 python3-venv
    say "installing schemathesis $SCHEMATHESIS_VERSION from PyPI (in .tools/schemathesis)"
    rm -rf "$TOOLS/schemathesis"
    python3 -m venv "$TOOLS/schemathesis"
    "$TOOLS/schemathesis/bin/pip" install --quiet --disable-pip-version-check \
      "schemathesis==$SCHEMATHESIS_VERSION" "hypothesis==$HYPOTHESIS_VERSION"
  fi
fi

cat > "$TOOLS/env.sh" <<ENV
# Written by scripts/setup.sh: tools on PATH, and the variables that select
# the wasm toolchain (used only for wasm builds, never for native ones).
export PATH="$TOOLS/binaryen/node_modules/.bin:\$HOME/.cargo/bin:\$PATH"
WASM_ENV="$WASM_ENV"
ENV
say "ready"
