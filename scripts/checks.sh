#!/usr/bin/env bash
# End-to-end checks of a built binary, run by `make test` after the unit tests:
# the demo's findings match testdata/demo/expected.txt, and `explain` works for every rule.
set -euo pipefail
binary=$1
shared=${2:-../shared}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

failures=0
fail() { echo "check failed: $*" >&2; failures=$((failures + 1)); }

# 1. The demo module: exact findings, exit code 1.
set +e
actual=$("$binary" testdata/demo/...)
status=$?
set -e
[ "$status" -eq 1 ] || fail "demo lint exited $status, want 1"
if ! diff -u testdata/demo/expected.txt <(printf '%s\n' "$actual"); then
  fail "demo findings differ from testdata/demo/expected.txt"
fi

# 2. SARIF for the demo passes GitHub's checks and the official schema, fingerprints included.
validator="$shared/tools/validate-sarif"
if [ -x "$validator" ]; then
  tmp=$(mktemp -d)
  set +e
  "$binary" --format sarif --source-root testdata/demo --sarif-category goleaklint/demo \
    --output "$tmp/demo.sarif" testdata/demo/...
  set -e
  if ! "$validator" --src-root testdata/demo "$tmp/demo.sarif"; then
    fail "demo SARIF does not pass validate-sarif"
  fi
  rm -rf "$tmp"
else
  fail "validate-sarif not found at $validator (../shared must sit beside the repository)"
fi

# 3. Every rule explains itself.
for code in $("$binary" rules | awk '{print $1}'); do
  out=$("$binary" explain "$code")
  for section in "What it does" "Why is this bad" "Example" "Use instead"; do
    grep -q "^$section" <<<"$out" || fail "explain $code lacks '$section'"
  done
done

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "checks: demo findings, demo SARIF, explain: all passed"
