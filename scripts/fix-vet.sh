#!/usr/bin/env bash
# Fixes that compile (issue 28 item 3): every triggering example of every rule that gets a fix is written before
# and after the real fix planner (`goleaklint debug-fix-examples`), and both are vetted with the pinned Go
# toolchain (`go vet`: type-checks, and runs vet's analyzers). The fix may not add an error: the messages after,
# without their positions, must be a subset of those before (examples are snippets; some call things they
# never define, and such an error is allowed to stay — never to appear).
#
#   scripts/fix-vet.sh BINARY
set -euo pipefail
binary=$(realpath "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
goroot=$(bash "$root/scripts/go-toolchain.sh")
export GOROOT="$goroot" PATH="$goroot/bin:$PATH" GOTOOLCHAIN=local GOFLAGS=-mod=mod GOPROXY=off \
  GOCACHE="$root/.build-go/cache" GOPATH="$root/.build-go/gopath" CGO_ENABLED=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$binary" debug-fix-examples "$tmp" >/dev/null

# go vet's messages, positions dropped (file:line:col: and the vet banner lines), sorted and unique.
messages() { (cd "$1" && go vet ./... 2>&1 || true) | { grep -v '^#' || true; } | sed -E 's/^(vet: )?[^ ]*\.go:[0-9]+(:[0-9]+)?: //' | sort -u; }
failures=0 clean=0 total=0
for example in "$tmp"/*/; do
  name=$(basename "$example")
  total=$((total + 1))
  before=$(messages "$example/before")
  after=$(messages "$example/after")
  added=$(comm -13 <(echo "$before") <(echo "$after") | sed '/^$/d')
  if [ -n "$added" ]; then
    echo "fix-vet: $name: the fix adds: $added" >&2
    sed 's/^/    /' "$example/after"/*.go >&2
    failures=$((failures + 1))
  fi
  if [ -z "$after" ]; then clean=$((clean + 1)); fi
done
[ "$total" -gt 0 ] || { echo "fix-vet: no examples with fixes were written" >&2; exit 1; }
if [ "$failures" -gt 0 ]; then echo "fix-vet: $failures of $total fixed examples gained a vet error" >&2; exit 1; fi
echo "fix-vet: $total examples fixed by the real planner: none gains a go vet error ($clean vet clean after the fix)"
