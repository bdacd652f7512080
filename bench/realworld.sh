#!/usr/bin/env bash
# Findings per rule per repository, without and with tests, on checked-out repositories (none of their
# code belongs in this repository: check them out elsewhere).
#
#   bench/realworld.sh ~/src/caddy ~/src/prometheus …
#   OUT=dir bench/realworld.sh …     also keep every finding as JSON Lines: dir/<repo>.jsonl (no tests)
#                                    and dir/<repo>.tests.jsonl (with tests), for labelling
#   ARGS="--select GL401" bench/realworld.sh …   extra lint arguments (an opt-in rule, --go-version 1.22)
#
# Every module of a repository is linted (`./...` stops at nested go.mod files), as one run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
binary=${GOLEAKLINT:-$root/.build/release/goleaklint}
[ -x "$binary" ] || { echo "realworld: build first (make build), or set GOLEAKLINT" >&2; exit 2; }
[ $# -gt 0 ] || { echo "usage: bench/realworld.sh DIR…" >&2; exit 2; }
out=${OUT:-$(mktemp -d)}
mkdir -p "$out"
read -r -a extra <<< "${ARGS:-}"

codes=$("$binary" rules --format json | python3 -c 'import sys,json; print(" ".join(r["code"] for r in json.load(sys.stdin)))')
printf '%-22s %6s %7s' repo files seconds
for code in $codes; do printf ' %9s' "$code"; done
printf '\n'
for dir in "$@"; do
  name=$(basename "$dir")
  patterns=(./...)
  while IFS= read -r mod; do patterns+=("$(dirname "$mod")/..."); done < <(
    cd "$dir" && find . -mindepth 2 -name go.mod -not -path '*/testdata/*' -not -path '*/vendor/*' \
      -not -path '*/.*' -not -path '*/_*' | sort)
  files=$( (cd "$dir" && "$binary" files "${patterns[@]}" 2>/dev/null || true) | wc -l)
  start=$(date +%s.%N)
  (cd "$dir" && "$binary" --format json --exit-zero ${extra[@]+"${extra[@]}"} "${patterns[@]}" > "$out/$name.jsonl" 2>"$out/$name.stderr") || true
  seconds=$(python3 -c "import time; print('%.1f' % (time.time() - $start))")
  (cd "$dir" && "$binary" --format json --exit-zero --tests ${extra[@]+"${extra[@]}"} "${patterns[@]}" > "$out/$name.tests.jsonl" 2>/dev/null) || true
  printf '%-22s %6s %7s' "$name" "$files" "$seconds"
  for code in $codes; do
    without=$(grep -c "\"code\":\"$code\"" "$out/$name.jsonl" || true)
    with=$(grep -c "\"code\":\"$code\"" "$out/$name.tests.jsonl" || true)
    printf ' %9s' "$without/$with"
  done
  printf '\n'
done
echo "(each cell: findings without tests / with --tests; JSON Lines in $out)"
