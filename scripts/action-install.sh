#!/usr/bin/env bash
# The GitHub Action's install step: the release tarball of GOLEAKLINT_VERSION (checked against its
# .sha256), or, with GOLEAKLINT_FROM_SOURCE=true, a build of the action's own checkout (Swift 6.3 must be
# on the runner; the action caches .build). Puts goleaklint on PATH for the following steps.
set -euo pipefail
action=$(cd "$(dirname "$0")/.." && pwd)
bin="${RUNNER_TEMP:-/tmp}/goleaklint-bin"
mkdir -p "$bin"
if [ "${GOLEAKLINT_FROM_SOURCE:-false}" = "true" ]; then
  make -C "$action" build
  cp "$action/.build/release/goleaklint" "$bin/"
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
