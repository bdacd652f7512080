/// One-pass byte scanners behind `PackageContext`'s shared gates (no parse).
enum SourceGates {
    /// The quoted paths of the import declarations at the top of a file (`import "os"`, the lines of
    /// `import ( … )`, with or without a local name). Stops at the first declaration after them.
    static func importPaths(in source: [UInt8]) -> Set<String> {
        Set(importSpecs(in: source).map(\.path))
    }

    /// The import specs at the top of a file, with their local name when written (`x "a/b"`, `_`, `.`).
    static func importSpecs(in source: [UInt8]) -> [(name: String?, path: String)] {
        var specs: [(name: String?, path: String)] = []
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
                if let spec = spec(line) { specs.append(spec) }
                continue
            }
            if line.starts(with: "import".utf8) {
                if line.contains(UInt8(ascii: "(")) && !line.contains(UInt8(ascii: "\"")) {
                    inBlock = true
                } else if let spec = spec(line.dropFirst("import".count)) {
                    specs.append(spec)
                }
            } else if ["func ", "type ", "var ", "const "].contains(where: { line.starts(with: $0.utf8) }) {
                break  // imports come before every declaration
            }
        }
        return specs
    }

    /// The first `"…"` string of a line, with the name written before it, if any.
    private static func spec(_ line: ArraySlice<UInt8>) -> (name: String?, path: String)? {
        guard let open = line.firstIndex(of: UInt8(ascii: "\"")),
              let close = line[(open + 1)...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        // The bytes before the path, without blanks and the block's `(`: the local name, if any.
        let name = line[..<open].filter { $0 != 0x20 && $0 != 0x09 && $0 != UInt8(ascii: "(") }
        return (name.isEmpty ? nil : String(decoding: name, as: UTF8.self), String(decoding: line[(open + 1)..<close], as: UTF8.self))
    }

    /// Hashes of every identifier written as `.Name(` (a method or package-qualified call).
    static func selectorCalls(in source: [UInt8]) -> Set<UInt64> {
        var hashes = Set<UInt64>()
        let count = source.count
        var index = 0
        // memchr from dot to dot: most bytes are not one.
        while let dot = MemorySearch.firstIndex(ofByte: UInt8(ascii: "."), in: source, from: index) {
            index = dot
            var end = index + 1
            while end < count, GoCodeMask.isIdentifierByte(source[end]) { end += 1 }
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
            while end < source.count, GoCodeMask.isIdentifierByte(source[end]) { end += 1 }
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
            if hit > 0, GoCodeMask.isIdentifierByte(source[hit - 1]) { continue }  // `ago `, `ergo `
            var index = hit + pattern.count
            while index < count, source[index] == UInt8(ascii: " ") || source[index] == UInt8(ascii: "\t") { index += 1 }
            var last = index..<index
            while true {
                let start = index
                while index < count, GoCodeMask.isIdentifierByte(source[index]) { index += 1 }
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
        while start > 0, GoCodeMask.isIdentifierByte(source[start - 1]) { start -= 1 }
        return source[start..<end]
    }
}
