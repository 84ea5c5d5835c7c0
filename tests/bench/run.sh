#!/usr/bin/env bash
# Search benchmark, end to end: real bundle -> synthetic 1k/10k archives -> wasm harness ->
# headless Chromium timing ours against MiniSearch. Prints a table; writes
# target/bench/results.json. Not a test: it asserts nothing, it reports figures.
#   bash tests/bench/run.sh [--quick]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
out="$root/target/bench"
cargo_target="${CARGO_TARGET_DIR:-$root/target}"
mkdir -p "$out"

echo "== content bundle and synthetic archives"
cargo build -q -p sitegen
sitegen="$cargo_target/debug/sitegen"
"$sitegen" build --content content --out "$out/real.json"
"$sitegen" synth --bundle "$out/real.json" --count 1000 --out "$out/synth-1000.json"
"$sitegen" synth --bundle "$out/real.json" --count 10000 --out "$out/synth-10000.json"

echo "== wasm harness (release profile, as the app ships)"
cargo build -q -p search_bench --release --target wasm32-unknown-unknown
bindgen="$(command -v wasm-bindgen || echo "$HOME/.cargo/bin/wasm-bindgen")"
"$bindgen" --target web --no-typescript --out-dir "$out/pkg" \
  "$cargo_target/wasm32-unknown-unknown/release/search_bench.wasm"

if [ ! -d tests/node_modules/minisearch ] || [ ! -d tests/node_modules/@playwright/test ]; then
  echo "== npm dependencies"
  (cd tests && npm install --no-audit --no-fund)
fi
wasm_opt="tests/node_modules/.bin/wasm-opt"
if [ -x "$wasm_opt" ]; then
  "$wasm_opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    "$out/pkg/search_bench_bg.wasm" -o "$out/pkg/search_bench_bg.wasm"
fi

echo "== benchmark (headless Chromium)"
node tests/bench/bench.mjs "$@"
