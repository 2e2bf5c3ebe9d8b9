#!/usr/bin/env bash
# Benchmark: transfer sizes against a trivial Leptos page; Lighthouse (mobile) on the page and on
# the same page with JavaScript disabled; start-up and filtering timings in headless Chromium, at
# full speed and with the CPU slowed 4×, on the seeds and on synthetic 10× and 100× corpora; and
# the build-time pipeline's time and peak memory on each. Every page is served gzip-compressed.
# Prints Markdown tables. BENCH_REUSE=1 keeps release builds already in target/bench/ (to rerun
# the measures without rebuilding).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH" TRUNK_OFFLINE=true
out=target/bench
mkdir -p "$out"

echo "# Benchmark — $(date -u +%Y-%m-%d) on $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"

# Builds `dist` unless BENCH_REUSE=1 and it holds a build already; the command follows.
build() {
  local dist=$1
  shift
  if [ "${BENCH_REUSE:-0}" = 1 ] && [ -f "$dist/index.html" ]; then return; fi
  "$@" >/dev/null 2>&1 || { echo "bench: build of $dist failed: $*" >&2; return 1; }
}

build "$out/dist-1x" trunk build --release --dist "$out/dist-1x"
(cd bench/floor && CARGO_TARGET_DIR=../../target/floor build "../../$out/dist-floor" trunk build --release --dist "../../$out/dist-floor")
node bench/measure.mjs sizes "$out/dist-1x" "$out/dist-floor"
node bench/measure.mjs lighthouse "$out/dist-1x"

cargo build --release -q -p pipeline --bin export --bin synth
echo
echo "## Build-time pipeline"
echo
echo "| corpus | documents | bytes | time (s) | peak memory (MiB) |"
echo "| --- | ---: | ---: | ---: | ---: |"
for factor in 1 10 100; do
  if [ "$factor" = 1 ]; then dir=seeds; else dir="$out/synth-$factor"; rm -rf "$dir"; target/release/synth "$factor" "$dir" >/dev/null; fi
  docs=$(ls "$dir"/*.txt | wc -l)
  bytes=$(cat "$dir"/*.txt | wc -c)
  read -r secs kib < <( { /usr/bin/time -f "%e %M" target/release/export "$dir" >/dev/null; } 2>&1 | tail -1)
  echo "| ${factor}× | $docs | $bytes | $secs | $((kib / 1024)) |"
done

for factor in 10 100; do
  FILM_SEEDS="$PWD/$out/synth-$factor" build "$out/dist-${factor}x" trunk build --release --dist "$out/dist-${factor}x"
done
node bench/measure.mjs browser "1×=$out/dist-1x" "10×=$out/dist-10x" "100×=$out/dist-100x"
