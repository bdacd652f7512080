/// Test and generated-file detection, by Go's own conventions.
public enum FileClassification {
    public static func isTest(path: String) -> Bool { path.hasSuffix("_test.go") }

    /// Go's rule (go help generate): a line `// Code generated … DO NOT EDIT.` before the package
    /// clause. Scans bytes; stops at the first `package` line.
    public static func isGenerated(_ source: [UInt8]) -> Bool {
        let prefix = Array("// Code generated ".utf8), suffix = Array(" DO NOT EDIT.".utf8)
        let packageKeyword = Array("package ".utf8)
        var lineStart = 0
        while lineStart < source.count {
            var lineEnd = lineStart
            while lineEnd < source.count, source[lineEnd] != 0x0A { lineEnd += 1 }
            var contentEnd = lineEnd
            if contentEnd > lineStart, source[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let line = source[lineStart..<contentEnd]
            if line.starts(with: packageKeyword) { return false }
            if line.count >= prefix.count + suffix.count, line.starts(with: prefix),
               line.suffix(suffix.count).elementsEqual(suffix) {
                return true
            }
            lineStart = lineEnd + 1
        }
        return false
    }
}
