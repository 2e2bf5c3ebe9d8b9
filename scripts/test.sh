#!/usr/bin/env bash
# The README's test command. Installs what is missing (scripts/setup.sh), then runs every test
# layer in order and stops at the first one that fails:
#   format   cargo fmt --check (rustfmt.toml)
#   lint     cargo clippy, native (with the build-time prerender) and wasm32, warnings denied
#   native   cargo test --workspace (pipeline, knowledge, the app's native unit tests)
#   browser  wasm-bindgen-test in headless Chromium (tests/web.rs)
#   build    trunk build --release into dist/, and of a synthetic 10× corpus into target/e2e/
#   e2e      node --test e2e/: Playwright (playwright-core + Debian's Chromium) against both builds
# `scripts/test.sh e2e` (or any list of layer names) runs only those layers. Never prompts.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# shellcheck source=env.sh
. scripts/env.sh

all=(format lint native browser build e2e)
layers=("$@")
[ $# -gt 0 ] || layers=("${all[@]}")
for name in "${layers[@]}"; do
  case " ${all[*]} " in *" $name "*) ;; *) echo "unknown layer '$name'; layers: ${all[*]}" >&2; exit 2 ;; esac
done

log=$(mktemp)
trap 'rm -f "$log"' EXIT
timings=()
counted=()
total_passed=0
total_failed=0

# Each layer's commands are chained with && : `set -e` does not apply inside a function that is
# called on the left of `||`, as these are below.
run_format() { cargo fmt --all --check -- --color never || { echo "fix with: cargo fmt --all"; return 1; }; }
run_lint() {
  cargo clippy --locked --workspace --all-targets -- -D warnings &&
    cargo clippy --locked --features ssr --bin prerender -- -D warnings &&
    cargo clippy --locked --target wasm32-unknown-unknown --features csr -p film-explorer --lib --bins --tests -- -D warnings
}
run_native() { cargo test --locked --no-fail-fast --workspace; }
run_browser() { cargo test --locked --target wasm32-unknown-unknown --features csr --test web; }
run_build() {
  local wasm
  # The scale spec's build first, so the app's cached build is the seeds' one afterwards.
  rm -rf target/e2e/synth-10 &&
    cargo run --quiet --locked -p pipeline --bin synth -- 10 target/e2e/synth-10 &&
    FILM_SEEDS="$PWD/target/e2e/synth-10" trunk build --release --locked --dist target/e2e/dist-10x &&
    trunk build --release --locked &&
    wasm=$(ls dist/*.wasm) &&
    echo "dist/: $(du -sk dist | cut -f1) KiB; $(basename "$wasm") $(stat -c %s "$wasm") bytes, $(gzip -9c "$wasm" | wc -c) gzipped"
}
run_e2e() { node --test --test-concurrency=1 --test-reporter=spec e2e/; }

# Prints "N passed, M failed[, K skipped]" from the layer's log, or nothing for uncounted layers.
count() {
  case $1 in
    native | browser) awk '/^test result:/ { p += $4; f += $6; s += $8 }
      END { printf "%d passed, %d failed", p, f; if (s) printf ", %d skipped", s }' "$log" ;;
    e2e) awk '/^ℹ (pass|fail|skipped|todo) [0-9]+$/ { r[$2] = $3 }
      END { printf "%d passed, %d failed", r["pass"], r["fail"]; if (r["skipped"] + r["todo"]) printf ", %d skipped", r["skipped"] + r["todo"] }' "$log" ;;
  esac
}

summary() {
  echo
  echo "==== summary ===="
  printf '%s\n' "${timings[@]}"
  [ ${#counted[@]} -eq 0 ] || printf '%s\n' "${counted[@]}"
}

for name in "${layers[@]}"; do
  echo
  echo "==== $name ===="
  start=$SECONDS
  status=0
  "run_$name" 2>&1 | tee "$log" || status=$?
  secs=$((SECONDS - start))
  result=$(count "$name")
  if [ -n "$result" ]; then
    read -r passed _ failed _ <<<"${result//,/ }"
    total_passed=$((total_passed + passed))
    total_failed=$((total_failed + failed))
    counted+=("$name: $result")
    if [ "$status" = 0 ] && [ "$passed" = 0 ]; then
      echo "$name ran no test" >&2
      status=1
    fi
  fi
  verdict=$([ "$status" = 0 ] && echo ok || echo FAILED)
  timings+=("$(printf '%-8s %-6s %5ss  %s' "$name" "$verdict" "$secs" "$result")")
  echo "---- $name: $verdict${result:+, $result} (${secs}s)"
  if [ "$status" != 0 ]; then
    summary
    echo "FAILED at layer '$name'" >&2
    exit 1
  fi
done

summary
echo "total: $total_passed passed, $total_failed failed"
