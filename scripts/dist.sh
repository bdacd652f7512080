#!/usr/bin/env bash
# make dist: goleaklint-VERSION-linux-x86_64.tar.gz with one binary that needs neither Swift nor
# libtree-sitter at run time: Swift's static standard library and Foundation, tree-sitter's static
# library from libtree-sitter-dev (through a pkg-config file of our own that points at it), libstdc++
# and libgcc statically; only the C library stays dynamic. Plus the licence notices of what the binary
# contains, and a SHA-256 file. Then checks it: unpacked into an empty directory and run with `env -i`,
# `ldd` lists only the C library's own parts, and it lints the demo exactly as the development build does.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$PATH:/opt/swift/usr/bin"
version=$(sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/Rules/Engine/RuleDoc.swift)
name="goleaklint-$version-linux-x86_64"
work="$root/.build-dist"
static="$work/static-libs"
mkdir -p "$static/pkgconfig" "$root/dist"

# Static archives where the linker looks first: tree-sitter's, and the C++ runtime Foundation needs.
cp /usr/lib/x86_64-linux-gnu/libtree-sitter.a "$static/"
gcc_dir=$(dirname "$(ls /usr/lib/gcc/x86_64-linux-gnu/*/libstdc++.a | sort -V | tail -n1)")
cp "$gcc_dir/libstdc++.a" "$static/"
cp "$gcc_dir/libgcc_eh.a" "$static/libgcc_s.a"  # libgcc_s's unwinder, statically
cat > "$static/pkgconfig/tree-sitter.pc" <<PC
Name: tree-sitter
Description: tree-sitter, linked statically (make dist)
Version: 0
Libs: -L$static -ltree-sitter
Cflags: -I/usr/include
PC
rm -f "$work/release/goleaklint"
PKG_CONFIG_PATH="$static/pkgconfig" swift build -c release --product goleaklint --static-swift-stdlib \
  --scratch-path "$work" -Xlinker -L"$static" 2>&1 | grep -E "error|Compiling|Build" | tail -n 2 >&2

stage="$work/stage/$name"
rm -rf "$work/stage" && mkdir -p "$stage/licenses"
cp "$work/release/goleaklint" "$stage/goleaklint"
strip "$stage/goleaklint"
cp LICENSE "$stage/LICENSE" 2>/dev/null || true
cp Sources/TreeSitterGo/LICENSE "$stage/licenses/tree-sitter-go.LICENSE"
cp /usr/share/doc/libtree-sitter-dev/copyright "$stage/licenses/tree-sitter.copyright"
cp .build-dist/checkouts/swift-argument-parser/LICENSE.txt "$stage/licenses/swift-argument-parser.LICENSE"
cp .build-dist/checkouts/Yams/LICENSE "$stage/licenses/Yams.LICENSE"
# The standard library's API table (types and signatures) was generated from Go's source: its licence goes along.
awk '/distributed under this licence:/{on=1; next} on && /^extension StdlibStubs/{exit} on {sub(/^\/\/ ?/, ""); print}' \
  Sources/Rules/Semantic/Stdlib/StdlibStubs+Table.swift > "$stage/licenses/go.LICENSE"
cat > "$stage/licenses/README" <<TXT
goleaklint $version for linux-x86_64 statically contains:
- tree-sitter runtime (MIT; tree-sitter.copyright, from Debian's libtree-sitter-dev)
- tree-sitter-go grammar (MIT; tree-sitter-go.LICENSE)
- swift-argument-parser (Apache-2.0; swift-argument-parser.LICENSE)
- Yams, with its bundled libyaml (MIT; Yams.LICENSE)
- facts about the Go standard library's API (names, types, signatures), generated from Go's source
  (BSD-3-Clause; go.LICENSE)
- the Swift standard library, Dispatch and Foundation (Apache-2.0 with the Runtime Library Exception,
  https://swift.org/LICENSE.txt)
- GCC's libstdc++ and libgcc unwinder (GPL-3.0 with the GCC Runtime Library Exception)
It links the system C library (glibc) dynamically.
TXT
(cd "$work/stage" && tar -czf "$root/dist/$name.tar.gz" "$name")
(cd "$root/dist" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")

# The check: an empty directory, a clean environment, only the C library.
check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
(cd "$check" && sha256sum -c "$root/dist/$name.tar.gz.sha256" --status 2>/dev/null || (cd "$root/dist" && sha256sum -c "$name.tar.gz.sha256" --quiet))
tar -xzf "$root/dist/$name.tar.gz" -C "$check"
binary="$check/$name/goleaklint"
libraries=$(ldd "$binary" | awk '{print $1}' | grep -v -E '^(linux-vdso\.so\.1|/lib64/ld-linux-x86-64\.so\.2|libc\.so\.6|libm\.so\.6|libpthread\.so\.0|libdl\.so\.2|librt\.so\.1)$' || true)
if [ -n "$libraries" ]; then echo "dist: the binary needs more than the C library: $libraries" >&2; exit 1; fi
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
  "runs under env -i, needs only the C library, lints the demo like the development build"
