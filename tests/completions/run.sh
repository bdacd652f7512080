#!/usr/bin/env bash
# Shell completions as users meet them (issue 27): bash, zsh and fish complete the default subcommand's flags
# (`goleaklint --fa<TAB>`, `goleaklint --format <TAB>`), as well as subcommands and `goleaklint lint --fa<TAB>`.
# Each shell runs its real completion machinery: bash's function with COMP_* set, zsh under zpty with a tab
# typed, fish's `complete -C`. Installs Debian's zsh and fish when missing.
#
#   tests/completions/run.sh BINARY
set -euo pipefail
binary=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v zsh >/dev/null || ! command -v fish >/dev/null; then
  echo "completions: installing zsh and fish" >&2
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq zsh fish >/dev/null
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for shell in bash zsh fish; do "$binary" --generate-completion-script "$shell" > "$tmp/goleaklint.$shell"; done
export PATH="$(dirname "$binary"):$PATH"

bash_complete() {
  bash -c '
    source "$1"
    COMP_LINE="$2"; COMP_POINT=${#COMP_LINE}
    read -r -a COMP_WORDS <<< "$2"
    if [[ "$2" == *" " ]]; then COMP_WORDS+=(""); fi
    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    COMPREPLY=()
    _goleaklint goleaklint "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf "%s\n" "${COMPREPLY[@]}"' _ "$tmp/goleaklint.bash" "$1" | sort -u | xargs
}
zsh_complete() { timeout 20 zsh "$root/tests/completions/zsh-capture.zsh" "$1" "$tmp/goleaklint.zsh" | tr ' ' '\n' | sort -u | xargs; }
fish_complete() { fish -c "source $tmp/goleaklint.fish; complete -C '$1'" | cut -f1 | sort -u | xargs; }

failures=0
check() {  # line, expected (space-separated, sorted)
  for shell in bash zsh fish; do
    got=$("${shell}_complete" "$1")
    if [ "$got" != "$2" ]; then
      echo "completions: $shell on '$1': expected '$2', got '$got'" >&2
      failures=$((failures + 1))
    fi
  done
}
check "goleaklint --fa" "--fail-level"
check "goleaklint --format " "codeclimate github json sarif text"
check "goleaklint ./... --no-c" "--no-cache"
check "goleaklint lint --fa" "--fail-level"
check "goleaklint li" "lint"
check "goleaklint explain --fa" ""
[ "$failures" -eq 0 ] || exit 1
echo "completions: bash, zsh and fish complete lint's flags with and without the subcommand"
