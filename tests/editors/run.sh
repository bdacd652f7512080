#!/usr/bin/env bash
# The language server with real clients (issue 14): Neovim's built-in LSP client, headless, and a
# pygls/lsprotocol client that also sends raw bad input. Installs what is missing: Debian's neovim,
# and pinned pygls/lsprotocol in a virtualenv under .build-py/.
#
#   tests/editors/run.sh BINARY
set -euo pipefail
binary=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v nvim >/dev/null; then
  echo "editors: installing neovim" >&2
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq neovim >/dev/null
fi
venv="$root/.build-py"
if ! "$venv/bin/python" -c "import pygls, lsprotocol" 2>/dev/null; then
  echo "editors: installing pygls and lsprotocol into .build-py" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "pygls==2.1.1" "lsprotocol==2025.0.0"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 1. pygls: diagnostics, code action, an incremental edit, close, and raw bad input.
cp -r "$root/testdata/demo" "$tmp/pygls"
timeout 180 "$venv/bin/python" "$root/tests/editors/pygls_client.py" "$binary" "$tmp/pygls"

# 2. Neovim: what it saw, written by the Lua script.
cp -r "$root/testdata/demo" "$tmp/nvim"
GOLEAKLINT_BINARY="$binary" GOLEAKLINT_DEMO="$tmp/nvim" GOLEAKLINT_NVIM_OUT="$tmp/nvim.txt" \
  timeout 120 nvim --headless -u NONE -i NONE -n -c "luafile $root/tests/editors/nvim_client.lua" </dev/null
expected='diagnostics: GL103,GL104,GL304
action: add `defer rows.Close()`
action: Suppress GL104 on this line
after: GL103,GL304
line 26: defer rows.Close()'
if [ "$(cat "$tmp/nvim.txt" 2>/dev/null)" != "$expected" ]; then
  echo "editors: Neovim saw something else:" >&2
  diff <(echo "$expected") "$tmp/nvim.txt" >&2 || true
  exit 1
fi
echo "editors: Neovim $(nvim --version | head -n1 | cut -d' ' -f2): diagnostics, quick fix applied, diagnostics updated"
