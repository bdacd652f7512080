/// The standard library's API as generated stubs (`StubWriter`, `make stdlib-stubs`), embedded in the
/// binary: `FactsIndex` reads `net/http`'s types and signatures from here on any machine, with no Go
/// toolchain installed. The table itself is `StdlibStubs+Table.swift` (generated; carries Go's licence).
public enum StdlibStubs {
    public static func contains(_ importPath: String) -> Bool { table[importPath] != nil }

    public static func source(of importPath: String) -> [UInt8]? {
        guard let stub = table[importPath] else { return nil }
        return Array(UnsafeBufferPointer(start: stub.utf8Start, count: stub.utf8CodeUnitCount))
    }

    /// The version of Go the stubs were written from.
    public static var goVersion: String { generatedFromGoVersion }
}
