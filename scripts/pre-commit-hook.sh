#!/usr/bin/env bash
# The pre-commit hooks (.pre-commit-hooks.yaml). pre-commit runs them from the repository root and passes the
# hook's `args:` first, then the staged .go files. goleaklint lints the package of each file (its directory: a
# leak that a helper in another file of the package would close is judged with that helper), and by default
# reports only findings on the staged lines (`git diff --cached`, the way golangci-lint's hook uses
# --new-from-rev): an existing repository's untouched code does not block a commit. `--whole-packages` (the
# goleaklint-packages hook) reports everything in those packages. Files under vendor/ and testdata/ are skipped.
# Every other argument goes to goleaklint as a flag. Exit 1 on findings, as goleaklint does.
# GOLEAKLINT overrides the binary (default: goleaklint on PATH).
set -euo pipefail
binary=${GOLEAKLINT:-goleaklint}
if ! command -v "$binary" >/dev/null 2>&1; then
  echo "goleaklint hook: '$binary' is not installed (see https://github.com/goleaklint/goleaklint#install)" >&2
  exit 2
fi
whole=false
flags=()
directories=()
declare -A seen=()
for argument in "$@"; do
  if [ "$argument" = "--whole-packages" ]; then whole=true; continue; fi
  # A staged file is an existing .go path; anything else (a flag, a flag's value) is the user's args.
  if [[ "$argument" == *.go ]] && [ -f "$argument" ]; then
    case "/$argument" in */vendor/*|*/testdata/*) continue ;; esac
    directory=$(dirname -- "$argument")
    [[ "$directory" == /* ]] || directory="./$directory"
    if [ -z "${seen[$directory]+x}" ]; then seen[$directory]=1; directories+=("$directory"); fi
  else
    flags+=("$argument")
  fi
done
[ ${#directories[@]} -eq 0 ] && exit 0
if [ "$whole" = false ]; then
  patch=$(mktemp)
  trap 'rm -f "$patch"' EXIT
  # The index against HEAD (or the empty tree before the first commit): exactly what this commit adds.
  git diff --cached --no-color --no-ext-diff --unified=0 -- > "$patch"
  flags=(--new-from-patch "$patch" "${flags[@]}")
fi
"$binary" "${flags[@]}" "${directories[@]}"
