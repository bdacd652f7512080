/// Converts goleaklint's byte columns to the UTF-16 code-unit columns SARIF consumers (GitHub, VS Code)
/// use. Lines are found once per file.
public struct SourceColumns {
    private let source: [UInt8]
    /// Byte offset at which each line starts (index 0 = line 1).
    private let lineStarts: [Int]

    public init(_ source: [UInt8]) {
        self.source = source
        var starts = [0]
        for (offset, byte) in source.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        lineStarts = starts
    }

    /// The 1-based UTF-16 column of a 1-based byte column on a 1-based line.
    public func utf16Column(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return byteColumn }
        let start = lineStarts[line - 1]
        let end = min(start + byteColumn - 1, source.count)
        guard end > start else { return byteColumn }
        return String(decoding: source[start..<end], as: UTF8.self).utf16.count + 1
    }
}
