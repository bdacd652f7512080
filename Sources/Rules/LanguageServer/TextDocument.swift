/// An open document: its bytes, version, and the conversion between LSP positions (line and character
/// in the negotiated encoding: UTF-16 code units, or UTF-8 bytes) and byte offsets.
public struct TextDocument {
    public enum Encoding: String { case utf16 = "utf-16", utf8 = "utf-8" }

    public let uri: String
    public let path: String
    public var version: Int
    public private(set) var bytes: [UInt8]
    private var lineStarts: [Int] = [0]
    /// The edits since the last `takeEdits()`, in order, for an incremental re-parse of the previous text's tree;
    /// nil when there is no previous text to start from (just opened, or replaced whole).
    public private(set) var pendingEdits: [ByteEdit]?

    public init(uri: String, path: String, version: Int, text: String) {
        self.uri = uri; self.path = path; self.version = version
        bytes = Array(text.utf8)
        indexLines()
    }

    private mutating func indexLines() {
        lineStarts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { lineStarts.append(index + 1) }
    }

    /// Replaces the text between two positions (an incremental change), or all of it.
    public mutating func apply(range: (start: (line: Int, character: Int), end: (line: Int, character: Int))?, text: String,
                               encoding: Encoding) {
        guard let range else {
            bytes = Array(text.utf8)
            indexLines()
            pendingEdits = nil
            return
        }
        let start = offset(line: range.start.line, character: range.start.character, encoding: encoding)
        let end = max(start, offset(line: range.end.line, character: range.end.character, encoding: encoding))
        let inserted = Array(text.utf8)
        let startPoint = position(of: start, encoding: .utf8), endPoint = position(of: end, encoding: .utf8)
        var row = startPoint.line, column = startPoint.character
        for byte in inserted {
            if byte == 0x0A { row += 1; column = 0 } else { column += 1 }
        }
        pendingEdits?.append(ByteEdit(start: start, oldEnd: end, newEnd: start + inserted.count,
                                      startPoint: .init(row: startPoint.line, column: startPoint.character),
                                      oldEndPoint: .init(row: endPoint.line, column: endPoint.character),
                                      newEndPoint: .init(row: row, column: column)))
        bytes.replaceSubrange(start..<end, with: inserted)
        indexLines()
    }

    /// The edits since the last call (nil: re-parse from scratch), and a fresh start for the next ones.
    public mutating func takeEdits() -> [ByteEdit]? {
        defer { pendingEdits = [] }
        return pendingEdits
    }

    /// The byte offset of a position (clamped to the document, as the protocol asks).
    public func offset(line: Int, character: Int, encoding: Encoding) -> Int {
        guard line >= 0 else { return 0 }
        guard line < lineStarts.count else { return bytes.count }
        let start = lineStarts[line]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        if encoding == .utf8 { return min(start + max(0, character), end) }
        var units = 0
        var index = start
        while index < end, units < character {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            units += length == 4 ? 2 : 1
            index = min(end, index + length)
        }
        return index
    }

    /// The position of a byte offset.
    public func position(of offset: Int, encoding: Encoding) -> (line: Int, character: Int) {
        let offset = min(max(0, offset), bytes.count)
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let start = lineStarts[low]
        if encoding == .utf8 { return (low, offset - start) }
        var units = 0
        var index = start
        while index < offset {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            units += length == 4 ? 2 : 1
            index += length
        }
        return (low, units)
    }

    /// The byte offset of a 1-based line and 1-based byte column (a finding's position).
    public func offset(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line - 1 < lineStarts.count else { return bytes.count }
        return min(lineStarts[line - 1] + max(0, byteColumn - 1), bytes.count)
    }

    /// The whitespace that starts a 1-based line.
    public func indentation(ofLine line: Int) -> String {
        guard line >= 1, line - 1 < lineStarts.count else { return "" }
        var index = lineStarts[line - 1]
        var indent: [UInt8] = []
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { indent.append(bytes[index]); index += 1 }
        return String(decoding: indent, as: UTF8.self)
    }

    public func lineStart(_ line: Int) -> Int { line >= 1 && line - 1 < lineStarts.count ? lineStarts[line - 1] : bytes.count }
}
