/// Test support outside `_test.go` files (issue 25): a non-test file that imports `testing` and works with
/// tests' own types (`*testing.T`, `*testing.B`, `*testing.F`, `testing.TB`, `*testing.M`) holds helpers that
/// only tests call, in packages such as boundary's `internal/session/testing.go`. A leak there ends with the
/// test binary, like one in a `_test.go` file, so it follows `--tests`: the file is still read (its
/// declarations are part of the package), but its findings are reported only with tests on.
///
/// Any function with such a parameter needs its file to import `testing`, so judging the file covers those
/// functions too. A file that imports `testing` only to ask `testing.Testing()` or `testing.Short()` is
/// production code and stays linted. An aliased import (`t "testing"`) is not recognised (rare).
public enum TestSupport {
    /// Whether `source` (a file not named `_test.go`) is test support.
    public static func isTestSupport(_ source: [UInt8]) -> Bool {
        guard ByteSearch.contains(source, "\"testing\""), SourceGates.importPaths(in: source).contains("testing") else { return false }
        return testTypes.contains { mentionsWholeName(source, $0) }
    }

    private static let testTypes = ["testing.T", "testing.B", "testing.F", "testing.TB", "testing.M"]

    /// `needle` followed by a byte that cannot continue an identifier (`testing.T)` but not `testing.Testing`).
    private static func mentionsWholeName(_ source: [UInt8], _ needle: String) -> Bool {
        let bytes = Array(needle.utf8)
        var from = 0
        while from < source.count, let hit = MemorySearch.firstIndex(of: bytes, in: source[from...]) {
            let end = hit + bytes.count
            let startsName = hit == 0 || !GoCodeMask.isIdentifierByte(source[hit - 1])
            if startsName, end >= source.count || !GoCodeMask.isIdentifierByte(source[end]) { return true }
            from = end
        }
        return false
    }
}
