/// One-pass byte scanners behind `PackageContext`'s shared gates (no parse).
enum SourceGates {
    /// The quoted paths of the import declarations at the top of a file (`import "os"`, the lines of
    /// `import ( … )`, with or without a local name). Stops at the first declaration after them.
    static func importPaths(in source: [UInt8]) -> Set<String> {
        var paths = Set<String>()
        var inBlock = false
        var inComment = false  // a cgo preamble may hold C lines such as `const char *x;`
        var start = 0
        let count = source.count
        while start < count {
            var end = start
            while end < count, source[end] != 0x0A { end += 1 }
            let line = source[start..<end]
            start = end + 1
            if inComment {
                if ByteSearch.contains(line, "*/") { inComment = false }
                continue
            }
            if let open = ByteSearch.firstIndex(of: "/*", in: line), !ByteSearch.contains(line[(open + 2)...], "*/") {
                inComment = true
                continue
            }
            if inBlock {
                if line.first == UInt8(ascii: ")") { inBlock = false; continue }
                if let path = quoted(line) { paths.insert(path) }
                continue
            }
            if line.starts(with: "import".utf8) {
                if line.contains(UInt8(ascii: "(")) && !line.contains(UInt8(ascii: "\"")) {
                    inBlock = true
                } else if let path = quoted(line) {
                    paths.insert(path)
                }
            } else if ["func ", "type ", "var ", "const "].contains(where: { line.starts(with: $0.utf8) }) {
                break  // imports come before every declaration
            }
        }
        return paths
    }

    /// The first `"…"` string of a line.
    private static func quoted(_ line: ArraySlice<UInt8>) -> String? {
        guard let open = line.firstIndex(of: UInt8(ascii: "\"")),
              let close = line[(open + 1)...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        return String(decoding: line[(open + 1)..<close], as: UTF8.self)
    }

    /// Hashes of every identifier written as `.Name(` (a method or package-qualified call).
    static func selectorCalls(in source: [UInt8]) -> Set<UInt64> {
        var hashes = Set<UInt64>()
        let count = source.count
        var index = 0
        while index < count {
            guard source[index] == UInt8(ascii: ".") else { index += 1; continue }
            var end = index + 1
            while end < count, isIdentifierByte(source[end]) { end += 1 }
            if end > index + 1, end < count, source[end] == UInt8(ascii: "(") {
                hashes.insert(ByteHash.of(source[(index + 1)..<end]))
            }
            index = end
        }
        return hashes
    }

    /// Hashes of the names grown in place, `s = append(s`: one memchr-driven pass (GL402's gate).
    static func selfAppendTargets(in source: [UInt8]) -> Set<UInt64> {
        var hashes = Set<UInt64>()
        let pattern = Array(" = append(".utf8)
        var rest = source[...]
        while let hit = MemorySearch.firstIndex(of: pattern, in: rest) {
            let target = identifier(endingAt: hit, in: source)
            var end = hit + pattern.count
            while end < source.count, isIdentifierByte(source[end]) { end += 1 }
            let first = source[(hit + pattern.count)..<end]
            if !target.isEmpty, target.elementsEqual(first) { hashes.insert(ByteHash.of(target)) }
            rest = source[(hit + 1)...]
        }
        return hashes
    }

    /// Hashes of the names indexed (`m[`) or stored to (`m.Store(`, `LoadOrStore(`, `Swap(`): GL401's gate.
    static func indexedOrStoredNames(in source: [UInt8]) -> Set<UInt64> {
        var hashes = Set<UInt64>()
        var rest = source[...]
        while let hit = MemorySearch.firstIndex(of: [UInt8(ascii: "[")], in: rest) {
            let name = identifier(endingAt: hit, in: source)
            if !name.isEmpty { hashes.insert(ByteHash.of(name)) }
            rest = source[(hit + 1)...]
        }
        for method in [".Store(", ".LoadOrStore(", ".Swap("] {
            let pattern = Array(method.utf8)
            var rest = source[...]
            while let hit = MemorySearch.firstIndex(of: pattern, in: rest) {
                let name = identifier(endingAt: hit, in: source)
                if !name.isEmpty { hashes.insert(ByteHash.of(name)) }
                rest = source[(hit + 1)...]
            }
        }
        return hashes
    }

    /// Hashes of the names a `go` statement may start: the last identifier of the callee in `go f(`,
    /// `go s.run(`, `go pkg.F[T](` (GL203 summarises only functions of these names). A superset: `go ` in
    /// a comment or a string adds a name too, which only costs a summary.
    static func goStartedNames(in source: [UInt8]) -> Set<UInt64> {
        var hashes = Set<UInt64>()
        let pattern = Array("go ".utf8)
        let count = source.count
        var rest = source[...]
        while let hit = MemorySearch.firstIndex(of: pattern, in: rest) {
            rest = source[(hit + 1)...]
            if hit > 0, isIdentifierByte(source[hit - 1]) { continue }  // `ago `, `ergo `
            var index = hit + pattern.count
            while index < count, source[index] == UInt8(ascii: " ") || source[index] == UInt8(ascii: "\t") { index += 1 }
            var last = index..<index
            while true {
                let start = index
                while index < count, isIdentifierByte(source[index]) { index += 1 }
                last = start..<index
                guard index < count, source[index] == UInt8(ascii: "."), start < index else { break }
                index += 1
            }
            if !last.isEmpty { hashes.insert(ByteHash.of(source[last])) }
        }
        return hashes
    }

    /// The identifier whose last byte is just before `end`.
    private static func identifier(endingAt end: Int, in source: [UInt8]) -> ArraySlice<UInt8> {
        var start = end
        while start > 0, isIdentifierByte(source[start - 1]) { start -= 1 }
        return source[start..<end]
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
    }
}
