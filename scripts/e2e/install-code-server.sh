#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3 server + web workbench, the last release for Node 20)
# and playwright-core into a folder of its own, following ../shared/notes/TOOLCHAIN.md:
# nothing here downloads from outside the npm registry and Debian's apt repositories.
#
#   scripts/e2e/install-code-server.sh [DIR]     (default: .e2e/code-server; env CODE_SERVER_DIR)
#
# Idempotent: does nothing when DIR already holds code-server 4.100.3 and playwright-core.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
PLAYWRIGHT_VERSION=1.64.1
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${1:-${CODE_SERVER_DIR:-$root/.e2e/code-server}}"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
cs="$dir/node_modules/code-server"
stamp="$dir/.installed"
want="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION"

log() { printf '[install-code-server] %s\n' "$*" >&2; }

# --- Debian packages -------------------------------------------------------------------------
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
for p in libkrb5-dev build-essential; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if ((${#need[@]})); then
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  log "apt-get install ${need[*]}"
  if ! $sudo apt-get install -y --no-install-recommends "${need[@]}" >/dev/null 2>&1; then
    log "apt-get update (package lists missing or stale)"
    $sudo apt-get update >/dev/null
    $sudo apt-get install -y --no-install-recommends "${need[@]}" >/dev/null
  fi
fi

# --- code-server -----------------------------------------------------------------------------
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -f "$cs/out/node/entry.js" && -d "$dir/node_modules/playwright-core" ]]; then
  log "already installed: $want in $dir"
  exit 0
fi
rm -f "$stamp"

export npm_config_nodedir=/usr        # else node-gyp downloads Node's headers
export npm_config_yes=true
export npm_config_unsafe_perm=true
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
# The folder is a package of its own, so that npm does not climb into the project's package.json.
[[ -f "$dir/package.json" ]] || printf '{\n  "name": "affinity-lint-e2e-tools",\n  "private": true\n}\n' >"$dir/package.json"

start=$(date +%s)
log "npm install code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION into $dir"
(cd "$dir" && npm install --no-save --ignore-scripts --loglevel=error "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION" >/dev/null)
(cd "$dir" && npm rebuild argon2 --loglevel=error >/dev/null)

log "installing VS Code's own dependencies (lib/vscode)"
(cd "$cs/lib/vscode" && npm install --omit=dev --ignore-scripts --loglevel=error >/dev/null)
# @vscode/ripgrep's install step downloads rg: use Debian's.
mkdir -p "$cs/lib/vscode/node_modules/@vscode/ripgrep/bin"
ln -sf "$(command -v rg)" "$cs/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
(cd "$cs/lib/vscode" && npm rebuild --loglevel=error >/dev/null)

# code-server's postinstall, redone by hand (it was skipped by --ignore-scripts).
ln -sfn node_modules "$cs/lib/vscode/node_modules.asar"
ln -sf code-linux.sh "$cs/lib/vscode/bin/remote-cli/code-server"
ln -sf browser-linux.sh "$cs/lib/vscode/bin/helpers/browser.sh"

log "installing the built-in extensions' dependencies (lib/vscode/extensions)"
(cd "$cs/lib/vscode/extensions" && npm install --omit=dev --ignore-scripts --loglevel=error >/dev/null && npm rebuild --loglevel=error >/dev/null)

version="$(node -p "require('$cs/package.json').version")"
[[ "$version" == "$CODE_SERVER_VERSION" ]] || { log "expected code-server $CODE_SERVER_VERSION, got $version"; exit 1; }
echo "$want" >"$stamp"
log "installed $want in $dir ($(( $(date +%s) - start )) s)"
