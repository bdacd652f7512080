#!/usr/bin/env bash
# The pre-commit hook (.pre-commit-hooks.yaml): pre-commit passes the staged .go files; goleaklint lints
# the package of each (its directory: a package is all the Go files of one directory, so a leak that a
# helper in another file of the package would close is judged with that helper). Exit 1 on findings.
# GOLEAKLINT overrides the binary (default: goleaklint on PATH).
set -euo pipefail
binary=${GOLEAKLINT:-goleaklint}
if ! command -v "$binary" >/dev/null 2>&1; then
  echo "goleaklint hook: '$binary' is not installed (see https://github.com/goleaklint/goleaklint#install)" >&2
  exit 2
fi
declare -A seen=()
directories=()
for file in "$@"; do
  directory=$(dirname "$file")
  if [ -z "${seen[$directory]+x}" ]; then seen[$directory]=1; directories+=("$directory"); fi
done
[ ${#directories[@]} -eq 0 ] && exit 0
exec "$binary" "${directories[@]}"
