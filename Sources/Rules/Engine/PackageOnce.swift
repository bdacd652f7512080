/// A function handed to the `Do` of a package-level `sync.Once` (`var onceLogDirs sync.Once` …
/// `onceLogDirs.Do(createLogDirs)`) runs once per process: `ModuleCallers` counts that use as a call from a
/// package initializer. A `sync.Once` local to a function, or a field of a value, runs its function once per
/// function call or per value: those uses stay value uses (not once).
enum PackageOnce {
    /// Whether the text before a function's name (on its line) ends with `once.Do(` for a `once` declared as a
    /// package-level `sync.Once` in the same file (`var once sync.Once` at column 0, or a line of a top-level
    /// `var ( … )` block).
    static func runsOnce(after linePrefix: ArraySlice<UInt8>, in bytes: [UInt8]) -> Bool {
        var end = linePrefix.endIndex
        while end > linePrefix.startIndex, linePrefix[end - 1] == 0x20 || linePrefix[end - 1] == 0x09 { end -= 1 }
        guard linePrefix[linePrefix.startIndex..<end].hasSuffixBytes(".Do(") else { return false }
        let dot = end - 4
        var start = dot
        while start > linePrefix.startIndex, GoCodeMask.isIdentifierByte(linePrefix[start - 1]) { start -= 1 }
        guard start < dot, start == linePrefix.startIndex || linePrefix[start - 1] != UInt8(ascii: ".") else { return false }
        let name = String(decoding: linePrefix[start..<dot], as: UTF8.self)
        return declaresPackageOnce(name, in: bytes)
    }

    static func declaresPackageOnce(_ name: String, in bytes: [UInt8]) -> Bool {
        var inVarBlock = false
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if line.starts(with: "var (".utf8) { inVarBlock = true; continue }
            if inVarBlock, line.first == UInt8(ascii: ")") { inVarBlock = false; continue }
            var rest: ArraySlice<UInt8>
            if line.starts(with: "var ".utf8) {
                rest = line.dropFirst(4)
            } else if inVarBlock, line.first == 0x09 {
                rest = line.dropFirst()
            } else {
                continue
            }
            guard rest.starts(with: name.utf8) else { continue }
            rest = rest.dropFirst(name.utf8.count)
            guard let first = rest.first, first == 0x20 || first == 0x09 else { continue }
            rest = rest.drop { $0 == 0x20 || $0 == 0x09 }
            if rest.starts(with: "sync.Once".utf8) { return true }
        }
        return false
    }
}
