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

# 3. Our nvim-lint definition (editors/nvim-lint/goleaklint.lua): its parser on goleaklint's real JSON for a
#    buffer, a `note` (once-per-process code) among them — staticcheck's parser, which the README used to
#    borrow, errors on that severity.
module="$tmp/nvim-lint"
mkdir -p "$module/cmd/tool"
printf 'module example.com/nl\n\ngo 1.22\n' > "$module/go.mod"
cat > "$module/cmd/tool/main.go" <<'GO'
package main

import "net/http"

func main() { load() }

func Status(url string) (int, error) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
GO
cat > "$module/cmd/tool/load.go" <<'GO'
package main

import "os"

func load() []byte {
	f, err := os.Open("config.json")
	if err != nil {
		return nil
	}
	buf := make([]byte, 10)
	f.Read(buf)
	return buf
}
GO
nvim_lint() {  # file, expected report
  GOLEAKLINT_ROOT="$root" GOLEAKLINT_BINARY="$binary" GOLEAKLINT_FILE="$module/cmd/tool/$1" GOLEAKLINT_NVIM_OUT="$tmp/nl.txt" \
    timeout 60 nvim --headless -u NONE -i NONE -n -c "luafile $root/tests/editors/nvim_lint_parser.lua" </dev/null
  if [ "$(cat "$tmp/nl.txt" 2>/dev/null)" != "$2" ]; then
    echo "editors: nvim-lint's parser on $1 made something else:" >&2
    diff <(echo "$2") "$tmp/nl.txt" >&2 || true
    exit 1
  fi
}
nvim_lint load.go 'GL103 info 5:11-5:33
set: 1'
nvim_lint main.go 'GL101 warn 7:14-7:27
set: 1'
echo "editors: nvim-lint definition: goleaklint's JSON parsed in Neovim, notes included"
