#!/usr/bin/env bash
# The README's run command: installs what is missing (scripts/setup.sh), then builds the explorer
# and serves it with `trunk serve`, rebuilding on every change (reload the page by hand: Trunk's
# live-reload script is inline and the page's CSP forbids inline scripts).
#   PORT=9000 scripts/serve.sh      another port (default 8080)
#   scripts/serve.sh --release      any further arguments go to `trunk serve`
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# shellcheck source=env.sh
. scripts/env.sh
address="${ADDRESS:-127.0.0.1}"
port="${PORT:-8080}"
echo
echo "Serving the explorer at http://$address:$port/ once Trunk reports success (Ctrl-C stops)."
echo
# Its own dist folder: dist/ stays the release build that the end-to-end tests use.
exec trunk serve --dist target/trunk-serve --address "$address" --port "$port" "$@"
