#!/usr/bin/env bash
# make dist: goleaklint-VERSION-linux-x86_64.tar.gz with one static executable: Swift's standard library and
# Foundation, tree-sitter (from libtree-sitter-dev's static library, through a pkg-config file of our own),
# libstdc++ and the C library (glibc) are all linked in, so it runs on any x86-64 Linux kernel ≥ 3.2 whatever
# its C library (no glibc floor: Ubuntu 20.04/22.04, RHEL/Rocky 8–9, Amazon Linux 2023, Alpine). Plus the
# licence notices of what the binary contains, and a SHA-256 file. Then checks it: no interpreter, no needed
# libraries, no required symbol versions (readelf, ldd), and unpacked into an empty directory and run with
# `env -i` it lints the demo exactly as the development build does.
#
#   scripts/dist.sh               # build, package, check
#   scripts/dist.sh --build-only  # only the static executable (make install); prints its path
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$PATH:/opt/swift/usr/bin"
version=$(sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/Rules/Engine/RuleDoc.swift)
name="goleaklint-$version-linux-x86_64"
work="$root/.build-dist"
static="$work/static-libs"
mkdir -p "$static/pkgconfig" "$root/dist"

# tree-sitter's static archive where the linker looks first.
cp /usr/lib/x86_64-linux-gnu/libtree-sitter.a "$static/"
cat > "$static/pkgconfig/tree-sitter.pc" <<PC
Name: tree-sitter
Description: tree-sitter, linked statically (make dist)
Version: 0
Libs: -L$static -ltree-sitter
Cflags: -I/usr/include
PC
# The C library's user-database calls (getpwuid, reached only through Foundation APIs we do not use: see
# FileStatus) draw link-time warnings about static NSS; they are expected and filtered out.
PKG_CONFIG_PATH="$static/pkgconfig" swift build -c release --product goleaklint --static-swift-stdlib \
  -Xswiftc -static-executable --scratch-path "$work" 2>&1 | grep -E "error|Build" | tail -n 2 >&2
built="$work/release/goleaklint"
[ -x "$built" ] || { echo "dist: the static build failed" >&2; exit 1; }

# What the binary asks of the system: an ELF interpreter, shared libraries, symbol versions. Static: none.
requirements() {
  local binary=$1
  readelf -l "$binary" | grep -q 'Requesting program interpreter' && echo "an ELF interpreter"
  readelf -d "$binary" 2>/dev/null | awk '/\(NEEDED\)/ {print "shared library " $NF}'
  readelf -V "$binary" 2>/dev/null | grep -oE 'Name: GLIBC_[0-9.]+' | sort -u -V | tail -n1 | sed 's/Name: /symbol version /'
  true
}
if [ "${1:-}" = "--build-only" ]; then
  needs=$(requirements "$built")
  if [ -n "$needs" ]; then echo "dist: the executable is not static; it needs: $needs" >&2; exit 1; fi
  echo "$built"
  exit 0
fi

stage="$work/stage/$name"
rm -rf "$work/stage" && mkdir -p "$stage/licenses"
cp "$built" "$stage/goleaklint"
strip "$stage/goleaklint"
cp LICENSE "$stage/LICENSE"
cp Sources/TreeSitterGo/LICENSE "$stage/licenses/tree-sitter-go.LICENSE"
cp /usr/share/doc/libtree-sitter-dev/copyright "$stage/licenses/tree-sitter.copyright"
cp /usr/share/doc/libc6/copyright "$stage/licenses/glibc.copyright"
cp .build-dist/checkouts/swift-argument-parser/LICENSE.txt "$stage/licenses/swift-argument-parser.LICENSE"
cp .build-dist/checkouts/Yams/LICENSE "$stage/licenses/Yams.LICENSE"
# The standard library's API table (types and signatures) was generated from Go's source: its licence goes along.
awk '/distributed under this licence:/{on=1; next} on && /^extension StdlibStubs/{exit} on {sub(/^\/\/ ?/, ""); print}' \
  Sources/Rules/Semantic/Stdlib/StdlibStubs+Table.swift > "$stage/licenses/go.LICENSE"
cat > "$stage/licenses/README" <<TXT
goleaklint $version for linux-x86_64 (MIT; LICENSE) is one static executable. It contains:
- tree-sitter runtime (MIT; tree-sitter.copyright, from Debian's libtree-sitter-dev)
- tree-sitter-go grammar (MIT; tree-sitter-go.LICENSE)
- swift-argument-parser (Apache-2.0; swift-argument-parser.LICENSE)
- Yams, with its bundled libyaml (MIT; Yams.LICENSE)
- facts about the Go standard library's API (names, types, signatures), generated from Go's source
  (BSD-3-Clause; go.LICENSE)
- the Swift standard library, Dispatch and Foundation (Apache-2.0 with the Runtime Library Exception,
  https://swift.org/LICENSE.txt)
- GCC's libstdc++ and libgcc (GPL-3.0 with the GCC Runtime Library Exception)
- the GNU C Library, glibc (LGPL-2.1-or-later; glibc.copyright, from Debian's libc6). goleaklint's complete
  source, from which it can be relinked against a modified C library, is at $(sed -n 's/.*informationURI = "\(.*\)".*/\1/p' Sources/Rules/Engine/RuleDoc.swift).
TXT
(cd "$work/stage" && tar -czf "$root/dist/$name.tar.gz" "$name")
(cd "$root/dist" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")

# The check: an empty directory, a clean environment, only the C library.
check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
(cd "$check" && sha256sum -c "$root/dist/$name.tar.gz.sha256" --status 2>/dev/null || (cd "$root/dist" && sha256sum -c "$name.tar.gz.sha256" --quiet))
tar -xzf "$root/dist/$name.tar.gz" -C "$check"
binary="$check/$name/goleaklint"
needs=$(requirements "$binary")
if [ -n "$needs" ]; then echo "dist: the binary is not self-contained; it needs: $needs" >&2; exit 1; fi
ldd_says=$(ldd "$binary" 2>&1 || true)
case "$ldd_says" in *"not a dynamic executable"*|*"statically linked"*) ;; *) echo "dist: ldd lists libraries: $ldd_says" >&2; exit 1 ;; esac
cp -r testdata/demo "$check/demo"
(cd "$check/demo" && env -i "$binary" --no-cache ./... > "$check/dist.txt") || true
(cd "$check/demo" && "$root/.build/release/goleaklint" --no-cache ./... > "$check/dev.txt") || true
if ! cmp -s "$check/dist.txt" "$check/dev.txt" || [ ! -s "$check/dist.txt" ]; then
  echo "dist: the packaged binary lints the demo differently from the development build" >&2
  diff "$check/dev.txt" "$check/dist.txt" >&2 || true
  exit 1
fi
size=$(stat -c %s "$root/dist/$name.tar.gz")
binary_size=$(stat -c %s "$binary")
echo "dist: dist/$name.tar.gz ($((size / 1024 / 1024)) MiB; binary $((binary_size / 1024 / 1024)) MiB), sha256 beside it;" \
  "static (no interpreter, libraries or glibc symbol versions; ldd: not dynamic), runs under env -i, lints the demo like the development build"
