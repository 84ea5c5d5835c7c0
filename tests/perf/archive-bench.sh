#!/usr/bin/env bash
# Archive benchmark (not a test: it asserts nothing about timings, it prints figures): the
# release site finished with 35 real, 1,000 and 10,000 synthetic articles, each served by nginx
# with Pagefind's index of the same pages beside it; archive-bench.mjs then measures first
# visits and search in Chromium. Prints tables; writes target/archive-bench/results.json.
#
#   bash tests/perf/archive-bench.sh [--quick] [--no-build]
#     --quick     35 and 1,000 articles only, fewer repetitions
#     --no-build  use dist/ as it is (default: trunk build --release first, so the figures
#                 are of the code in the work tree)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
quick=false build=true
for arg in "$@"; do
  case "$arg" in
    --quick) quick=true ;;
    --no-build) build=false ;;
    *) echo "archive-bench: unknown option $arg (use --quick, --no-build)" >&2; exit 2 ;;
  esac
done

. .ci/setup
cargo_target="${CARGO_TARGET_DIR:-$root/target}"
out="$cargo_target/archive-bench"
mkdir -p "$out"
fail() { echo "archive-bench: $*" >&2; exit 1; }

if [ ! -x tests/perf/node_modules/.bin/pagefind ]; then
  echo "== npm packages in tests/perf (pagefind)"
  (cd tests/perf && npm ci --no-audit --no-fund --loglevel=error)
fi
pagefind="$root/tests/perf/node_modules/.bin/pagefind"
"$pagefind" --version >/dev/null 2>&1 || fail "$pagefind does not run (its binary comes in the npm package @pagefind/linux-x64: cd tests/perf && npm ci)"

if $build; then
  echo "== release build (trunk build --release)"
  trunk build --release --offline=true
fi
[ -f dist/index.html ] || fail "no dist/index.html: build the site (trunk build --release) or drop --no-build"

echo "== content bundle and synthetic archives"
# Release: finishing 10,000 pages takes a debug build over half an hour (the files it writes
# are the same). The first time, this compiles the native dependencies in release (~8 min).
cargo build -q --release -p sitegen
sitegen="$cargo_target/release/sitegen"
# Its notes on the real content are for editors; shown only if the build fails.
"$sitegen" build --content content --out "$out/real.json" 2>"$out/sitegen-build.log" ||
  { cat "$out/sitegen-build.log" >&2; fail "sitegen build failed"; }
sizes=("$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).articles.length)' "$out/real.json")")
cp "$out/real.json" "$out/bundle-${sizes[0]}.json"
counts=(1000)
$quick || counts+=(10000)
for count in "${counts[@]}"; do
  "$sitegen" synth --bundle "$out/real.json" --count "$count" --out "$out/bundle-$count.json"
  sizes+=("$count")
done

# One site per archive: a copy of the release, its pages written again from the archive.
timings="$out/build-times.tsv"
printf 'articles\tfinish_s\tpagefind_s\n' >"$timings"
for n in "${sizes[@]}"; do
  site="$out/site-$n"
  echo "== site with $n articles: $site"
  rm -rf "$site"
  cp -a dist "$site"
  rm -rf "$site"/news/*/
  # finish writes the content files (core, list, archive, articles) from --bundle itself.
  rm -rf "$site/content"
  started=$(date +%s.%N)
  "$sitegen" finish --dist "$site" --bundle "$out/bundle-$n.json" --public-url /
  finished=$(date +%s.%N)
  # Only the article pages, only the article itself (not the links to related news under it).
  "$pagefind" --site "$site" --glob "news/*/index.html" --root-selector "article.page-article" \
    --exclude-selectors ".neighbours" --exclude-selectors ".related" --quiet
  indexed=$(date +%s.%N)
  # Pagefind writes after finish made the .br copies: its text files get theirs here, as
  # finish gives the site's own (its .pf_* files are gzip already; nginx sends them as they are).
  find "$site/pagefind" -type f \( -name '*.js' -o -name '*.json' -o -name '*.css' \) -exec brotli -f -q 11 {} +
  awk -v n="$n" -v a="$started" -v b="$finished" -v c="$indexed" \
    'BEGIN { printf "%s\t%.1f\t%.1f\n", n, b - a, c - b }' >>"$timings"
done

echo "== measuring (headless Chromium, nginx on loopback)"
node tests/perf/archive-bench.mjs --out "$out" --sizes "$(IFS=,; echo "${sizes[*]}")" $($quick && echo --quick)
