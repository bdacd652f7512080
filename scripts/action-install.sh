#!/usr/bin/env bash
# The GitHub Action's install step: the release tarball of GOLEAKLINT_VERSION (checked against its
# .sha256), or, with GOLEAKLINT_FROM_SOURCE=true, a build of the action's own checkout (Swift 6.3 must be
# on the runner). A source build's binary is kept in GOLEAKLINT_SOURCE_BUILD, which the action caches under
# the key `--source-key` prints: a hash of the action's own sources, so another version builds anew.
# Puts goleaklint on PATH for the following steps.
set -euo pipefail
action=$(cd "$(dirname "$0")/.." && pwd)

source_key() {
  (cd "$action" && find Package.swift Sources scripts/setup.sh -type f -not -path 'Sources/TreeSitterGo/src/*' \
     -not -name LICENSE -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-32)
}
if [ "${1:-}" = "--source-key" ]; then source_key; exit 0; fi

bin="${RUNNER_TEMP:-/tmp}/goleaklint-bin"
mkdir -p "$bin"
if [ "${GOLEAKLINT_FROM_SOURCE:-false}" = "true" ]; then
  cached="${GOLEAKLINT_SOURCE_BUILD:-$action/.build-action}/$(source_key)/goleaklint"
  if [ ! -x "$cached" ]; then
    make -C "$action" build
    mkdir -p "$(dirname "$cached")"
    cp "$action/.build/release/goleaklint" "$cached"
  fi
  cp "$cached" "$bin/goleaklint"
else
  version=${GOLEAKLINT_VERSION:?set the version input}
  name="goleaklint-${version#v}-linux-x86_64"
  base="https://github.com/goleaklint/goleaklint/releases/download/$version"
  cd "$bin"
  curl -fsSLO "$base/$name.tar.gz"
  curl -fsSLO "$base/$name.tar.gz.sha256"
  sha256sum -c "$name.tar.gz.sha256"
  tar -xzf "$name.tar.gz"
  mv "$name/goleaklint" "$bin/goleaklint"
fi
echo "$bin" >> "${GITHUB_PATH:-/dev/null}"
"$bin/goleaklint" version
