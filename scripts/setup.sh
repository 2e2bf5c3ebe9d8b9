#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test the explorer. Idempotent, and a no-op
# taking well under a second when everything is present. Sources: rustup, crates.io, the npm
# registry and Debian's apt only; never prompts (safe under CI=true with no standard input).
#   wasm32 target         rustup target add wasm32-unknown-unknown
#   trunk 0.21.14         cargo install --locked (0.22 needs a newer rustc than this machine's)
#   wasm-bindgen-cli      the exact `wasm-bindgen` version of Cargo.lock, without --locked
#   npm devDependencies   npm ci: binaryen (wasm-opt), playwright-core, axe-core, lighthouse (bench), as locked
#   chromium, chromedriver  apt-get (Debian's), for the in-browser and end-to-end tests
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=env.sh
. scripts/env.sh

started=$SECONDS
installed=0
step() { printf '  %-30s %s\n' "$1" "$2"; }
echo "setup:"

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rust target wasm32" "present"
else
  step "rust target wasm32" "installing"
  rustup target add wasm32-unknown-unknown
  installed=$((installed + 1))
fi

trunk_version=0.21.14
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" = "$trunk_version" ]; then
  step "trunk $trunk_version" "present"
else
  step "trunk $trunk_version" "installing with cargo (about 7 minutes on 2 cores)"
  cargo install --locked trunk --version "$trunk_version"
  installed=$((installed + 1))
fi

# The CLI must equal the wasm-bindgen crate in Cargo.lock, for Trunk and for
# wasm-bindgen-test-runner. Not --locked: its own lock pins a webpki-roots version that the
# registry here does not serve.
bindgen_version=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ -z "$bindgen_version" ]; then
  echo "setup: no wasm-bindgen package in Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" = "$bindgen_version" ] &&
  [ "$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}')" = "$bindgen_version" ]; then
  step "wasm-bindgen-cli $bindgen_version" "present"
else
  step "wasm-bindgen-cli $bindgen_version" "installing with cargo (about 2 minutes on 2 cores)"
  cargo install --force wasm-bindgen-cli --version "$bindgen_version"
  installed=$((installed + 1))
fi

# Project-local node_modules exactly as package-lock.json says (every locked package present at
# its locked version); otherwise `npm ci`, which never changes the lock.
npm_current() {
  node -e '
    const fs = require("fs");
    const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
    for (const [path, entry] of Object.entries(lock.packages ?? {})) {
      if (!path) continue;
      try {
        if (JSON.parse(fs.readFileSync(path + "/package.json", "utf8")).version !== entry.version) process.exit(1);
      } catch { process.exit(1); }
    }' 2>/dev/null
}
if [ -f package-lock.json ] && npm_current; then
  step "npm devDependencies" "present ($(node -p 'Object.entries(require("./package.json").devDependencies).map(([n, v]) => n + "@" + v).join(", ")'))"
else
  step "npm devDependencies" "installing into ./node_modules"
  if [ -f package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  else
    npm install --no-audit --no-fund --loglevel=error
  fi
  installed=$((installed + 1))
fi

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  step "chromium + chromedriver" "present ($(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'))"
else
  step "chromium + chromedriver" "installing from Debian (apt-get)"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
  installed=$((installed + 1))
fi

# wasm-opt must be binaryen's npm build: Debian's (version 108) emits wasm that crashes at start.
case "$(command -v wasm-opt)" in
  "$PWD/node_modules/.bin/wasm-opt") ;;
  *) echo "setup: wasm-opt resolves to $(command -v wasm-opt), not ./node_modules/.bin" >&2; exit 1 ;;
esac

if [ "$installed" = 0 ]; then
  echo "setup: everything present ($((SECONDS - started))s)"
else
  echo "setup: installed $installed item(s) in $((SECONDS - started))s"
fi
