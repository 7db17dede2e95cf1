#!/usr/bin/env bash
# Speed and size benchmarks of Parallax, all measured in one run, one line per figure with
# its target and PASS/MISS; the table goes to bench/RESULTS.md.
#   1. engine throughput, native (same workload as 2, and the engine's own bench when present)
#   2. the engine compiled to wasm, in headless Chromium: MB/s and ratio to native
#   3. the peer, compromise, in the same browser: speed ratio and entity F1 on the gold
#   4. gzip transfer size of dist/ (and what wasm-opt -Oz would give)
#   5. navigation to first annotated paint, served and from file://, vs a compromise page
# Usage: scripts/bench.sh [--build | --no-build]
#   dist/ is built with trunk when missing; --build rebuilds it, --no-build never builds it.
# Environment: BENCH_RUNS (navigations per paint figure, default 5), BENCH_MIN_BYTES (10000000),
#   BENCH_OPT3=0 (skip the opt-level 3 pair: the bench profile's builds, native and wasm).
set -euo pipefail
cd "$(dirname "$0")/.."

build_dist=auto
case "${1:-}" in
  --build) build_dist=always ;;
  --no-build) build_dist=never ;;
  "") ;;
  *) echo "usage: scripts/bench.sh [--build | --no-build]" >&2; exit 2 ;;
esac
min_bytes=${BENCH_MIN_BYTES:-10000000}
started=$(date +%s)
say() { echo "bench: [$(( $(date +%s) - started )) s] $*" >&2; }
target=${CARGO_TARGET_DIR:-target}

if [ ! -d bench/node_modules/playwright-core ] || [ ! -d bench/node_modules/compromise ]; then
  say "installing the bench packages (npm ci: playwright-core, compromise, binaryen)"
  (cd bench && npm ci --silent --no-audit --no-fund >/dev/null)
fi

# The engine's workload, wasm and native, in the release profile the site ships (opt-level
# "z", LTO) and, unless BENCH_OPT3=0, in the bench profile (opt-level 3, the engine's own
# bench's). Both profiles write to .../release/, so each build is copied out at once.
mkdir -p "$target/bench"
build_pair() { # PROFILE NAME
  say "building crates/wasm-bench, wasm32 and native, $1 profile"
  cargo build --quiet --profile "$1" --target wasm32-unknown-unknown -p parallax-wasm-bench --lib
  rm -rf "$target/bench/$2"
  wasm-bindgen --target web --out-dir "$target/bench/$2" "$target/wasm32-unknown-unknown/release/parallax_wasm_bench.wasm"
  cargo build --quiet --profile "$1" -p parallax-wasm-bench --example native_throughput
  cp "$target/release/examples/native_throughput" "$target/bench/$2-native"
}
build_pair release wasm
opt3_env=()
if [ "${BENCH_OPT3:-1}" = 1 ]; then
  build_pair bench wasm-opt3
  opt3_env=(BENCH_WASM_OPT3_DIR="$target/bench/wasm-opt3" BENCH_NATIVE_OPT3_BIN="$target/bench/wasm-opt3-native")
fi

engine_json='{}'
if [ -f crates/engine/benches/throughput.rs ]; then
  say "the engine's own throughput bench"
  if engine_out=$(cargo bench --quiet -p parallax-engine --bench throughput 2>/dev/null); then
    engine_mb_s=$(echo "$engine_out" | awk '$1 == "engine_throughput_native_mb_s" { print $2; exit }')
    # Its per-stage speeds ("  stage NAME X MB/s"), to show which stage is slow.
    engine_stages=$(echo "$engine_out" | awk '$1 == "stage" { printf "%s%s %s MB/s", sep, $2, $3; sep = ", " }')
    [ -n "$engine_mb_s" ] && engine_json="{\"mbS\": $engine_mb_s, \"stages\": \"$engine_stages\"}"
  else
    say "cargo bench --bench throughput failed: its figure is left out"
  fi
fi

if [ "$build_dist" = always ] || { [ "$build_dist" = auto ] && [ ! -f dist/index.html ]; }; then
  say "building dist/ (scripts/build.sh: trunk build --release --offline)"
  mkdir -p target
  if ! scripts/build.sh > target/bench-trunk.log 2>&1; then
    say "trunk build failed (see target/bench-trunk.log): size and paint figures will be missing"
  fi
fi

say "measuring in Chromium"
env BENCH_WASM_DIR="$target/bench/wasm" BENCH_NATIVE_BIN="$target/bench/wasm-native" "${opt3_env[@]}" \
  BENCH_ENGINE="$engine_json" BENCH_MIN_BYTES="$min_bytes" node bench/run.mjs
say "done in $(( $(date +%s) - started )) s"
