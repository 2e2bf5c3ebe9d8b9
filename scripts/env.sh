# Source-able environment for building and testing the explorer (no `set -e`: safe to source from
# an interactive shell with `. scripts/env.sh`). scripts/setup.sh, serve.sh and test.sh source it.
#   - cargo-installed tools (trunk, wasm-bindgen, wasm-bindgen-test-runner) and the project-local
#     node_modules/.bin (wasm-opt from npm `binaryen`, never Debian's) come first on PATH;
#   - Trunk never downloads tools (offline); wasm-bindgen-test-runner drives Debian's chromedriver.
_film_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$_film_root/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_OFFLINE=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
unset _film_root
