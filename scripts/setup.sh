#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build goleaklint, then vendors the pinned
# tree-sitter Go grammar (BRIEF §2). Idempotent: does nothing when everything is present.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
grammar_dir="$root/Sources/TreeSitterGo"

GRAMMAR_PKG="tree-sitter-go==0.23.4"
GRAMMAR_SHA="0ebff99820657066bec21690623a14c74d9e57a903f95f0837be112ddadf1a52"
RUNTIME_PKG="tree-sitter==0.23.2"
RUNTIME_SHA="66bae8dd47f1fed7bdef816115146d3a41c39b5c482d7bad36d9ba1def088450"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_apt_packages() {
  local missing=()
  for pkg in libtree-sitter-dev pkg-config; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# Downloads one sdist with pip, checks its sha256 (a mismatch is a hard error) and prints its path.
fetch_sdist() {
  local spec=$1 sha=$2 dir=$3
  python3 -m pip download --quiet --no-deps --no-binary :all: --disable-pip-version-check "$spec" -d "$dir" >&2
  local file
  file=$(ls "$dir"/*.tar.gz | head -n1)
  local actual
  actual=$(sha256sum "$file" | cut -d' ' -f1)
  if [ "$actual" != "$sha" ]; then
    echo "setup: sha256 mismatch for $spec: expected $sha, got $actual" >&2
    exit 1
  fi
  echo "$file"
}

vendor_grammar() {
  if [ -f "$grammar_dir/src/parser.c" ] && [ -f "$grammar_dir/src/tree_sitter/parser.h" ] \
     && [ -f "$grammar_dir/LICENSE" ]; then
    return
  fi
  local tmp
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' RETURN
  mkdir -p "$tmp/g" "$tmp/r"
  local g r
  g=$(fetch_sdist "$GRAMMAR_PKG" "$GRAMMAR_SHA" "$tmp/g")
  r=$(fetch_sdist "$RUNTIME_PKG" "$RUNTIME_SHA" "$tmp/r")
  tar -xzf "$g" -C "$tmp/g"
  tar -xzf "$r" -C "$tmp/r"
  local gsrc rsrc
  gsrc=$(find "$tmp/g" -maxdepth 1 -mindepth 1 -type d | head -n1)
  rsrc=$(find "$tmp/r" -maxdepth 1 -mindepth 1 -type d | head -n1)
  mkdir -p "$grammar_dir/src/tree_sitter"
  cp "$gsrc/src/parser.c" "$grammar_dir/src/parser.c"
  cp "$gsrc/LICENSE" "$grammar_dir/LICENSE"
  cp "$rsrc/tree_sitter/core/lib/src/parser.h" "$grammar_dir/src/tree_sitter/parser.h"
  echo "setup: vendored $GRAMMAR_PKG into Sources/TreeSitterGo" >&2
}

# validate-sarif (../shared/tools) needs jsonschema; the machine image usually has it.
ensure_jsonschema() {
  python3 -c 'import jsonschema' 2>/dev/null && return
  echo "setup: installing jsonschema for validate-sarif" >&2
  python3 -m pip install --quiet --disable-pip-version-check jsonschema >&2
}

install_apt_packages
vendor_grammar
ensure_jsonschema
