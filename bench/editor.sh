#!/usr/bin/env bash
# The editor benchmark (issue 29): bench/editor.py drives `goleaklint lsp` over Go's net/http and a generated
# 1,000-file package, and the README's editor-bench block is rewritten with what it printed.
#
#   bench/editor.sh [GOLEAKLINT] [NET_HTTP_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
goleaklint=${1:-$root/.build/release/goleaklint}
net_http=${2:-/usr/share/go-1.19/src/net/http}
if [ ! -d "$net_http" ]; then echo "bench/editor.sh: $net_http not found (make bench installs golang-1.19-src)" >&2; exit 2; fi
out=$(python3 "$root/bench/editor.py" "$goleaklint" "$net_http")
echo "$out"
{
  echo '```'
  echo "bench/editor.sh at $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?') on $(date -u +%Y-%m-%d), $(nproc) cores"
  echo "$out"
  echo '```'
} | python3 "$root/scripts/readme-block.py" editor-bench "$root/README.md"
