#!/usr/bin/env bash
# The release build: dist/ and the offline file dist/parallax.html (`trunk build --release
# --offline`, arguments passed on), with the app's wasm built without panic machinery.
# scripts/serve.sh, scripts/test.sh, scripts/bench.sh and the Pages workflow all build here.
#
# `panic = "immediate-abort"` (Cargo's `app` profile, which index.html's app uses; the worker's
# `release` profile keeps `panic = "abort"`): a panic traps at once, and the wasm holds no panic
# messages, locations or formatting for them (16.5 KB gzip less; bench/RESULTS.md, branch
# size9). index.html's script shows the crash panel for the trap. It needs the standard library
# compiled with the app (`-Zbuild-std`, from the toolchain's rust-src, which scripts/setup.sh
# adds), and both are unstable: RUSTC_BOOTSTRAP=1 lets the pinned stable toolchain use them, as
# fuzz/ does for cargo-fuzz. Cargo builds the standard library for every wasm of the build, so
# the worker's is compiled from source too, in its own profile. A plain `trunk build` still
# works, with the `app` profile's `panic = "abort"` and the prebuilt standard library.
set -euo pipefail
cd "$(dirname "$0")/.."

export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT=true
export CARGO_PROFILE_APP_PANIC=immediate-abort
exec trunk build --release --offline "$@"
