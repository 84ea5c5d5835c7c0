#!/usr/bin/env bash
# Where the app's wasm bytes go (a report, not a test): the release wasm as Trunk builds it,
# bound with its function names kept and optimised with index.html's own wasm-opt settings,
# then read by twiggy. Prints the size the site ships (raw and brotli), the 15 largest items
# and the 15 largest crates (wasm-size.mjs).
#
#   bash tests/perf/wasm-size.sh [--top N]
#
# Installs twiggy (crates.io) if missing. Uses the release build in target/ (the same cargo
# command Trunk runs, so a `trunk build --release` before makes this quick).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
. .ci/setup
set -euo pipefail
cargo_target="${CARGO_TARGET_DIR:-$root/target}"
out="$cargo_target/wasm-size"
mkdir -p "$out"

command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0 --locked

echo "== release wasm (cargo build --release, as trunk build --release runs it)"
cargo build --quiet --release --target wasm32-unknown-unknown --manifest-path src/app/Cargo.toml --bin site_app
wasm-bindgen --keep-debug --target web --out-dir "$out" "$cargo_target/wasm32-unknown-unknown/release/site_app.wasm"

# The optimisation level and features Trunk passes to wasm-opt, read from index.html.
level="$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' index.html)"
params="$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)"
[ -n "$level" ] || { echo "wasm-size: no data-wasm-opt in index.html" >&2; exit 1; }
# shellcheck disable=SC2086 # params is a list of flags
wasm-opt "-O$level" $params "$out/site_app_bg.wasm" -o "$out/shipped.wasm"
# shellcheck disable=SC2086
wasm-opt "-O$level" -g $params "$out/site_app_bg.wasm" -o "$out/named.wasm"
brotli -q 11 -f -o "$out/shipped.wasm.br" "$out/shipped.wasm"

twiggy top -n 1000000 --format csv "$out/named.wasm" >"$out/top.csv"
node tests/perf/wasm-size.mjs --csv "$out/top.csv" --shipped "$out/shipped.wasm" --brotli "$out/shipped.wasm.br" "$@"
