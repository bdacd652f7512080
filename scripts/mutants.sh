#!/usr/bin/env bash
# Mutation check: applies each deliberate bug of scripts/mutants.txt alone, runs the unit tests, and
# prints which mutants survived (the tests did not notice the bug). Exit 1 when any survives or a
# mutant no longer applies (its text changed: update the list). Slow (a build and a test run per
# mutant, ~1.5 min each): `make mutants`, not part of `make test`.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$PATH:/opt/swift/usr/bin"
list=${1:-scripts/mutants.txt}
survived=0 stale=0 killed=0
backup=$(mktemp -d)
trap 'rm -rf "$backup"' EXIT
while IFS= read -r line; do
  case "$line" in ''|'#'*) continue ;; esac
  # Fields are separated by '|' not preceded by a backslash (`\|` is a literal bar).
  mapfile -t fields < <(python3 -c 'import re,sys; [print(f.replace("\\|","|").replace("\\&","&")) for f in re.split(r"(?<!\\)\|", sys.argv[1])]' "$line")
  file=${fields[0]} old=${fields[1]} new=${fields[2]} what=${fields[3]}
  cp "$file" "$backup/file"
  if ! python3 - "$file" "$old" "$new" <<'PY'
import sys
path, old, new = sys.argv[1:4]
text = open(path).read()
if text.count(old) != 1:
    sys.exit(1)
open(path, "w").write(text.replace(old, new))
PY
  then
    echo "STALE     $what ($file: the text to mutate is not there exactly once)"
    stale=$((stale + 1))
    continue
  fi
  if swift build --build-tests >/dev/null 2>&1 && swift test >/dev/null 2>&1; then
    echo "SURVIVED  $what ($file)"
    survived=$((survived + 1))
  else
    echo "killed    $what"
    killed=$((killed + 1))
  fi
  cp "$backup/file" "$file"
done < "$list"
echo "mutants: $killed killed, $survived survived, $stale stale"
[ "$survived" -eq 0 ] && [ "$stale" -eq 0 ]
