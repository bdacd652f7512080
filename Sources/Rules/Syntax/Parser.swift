import CTreeSitter

/// One tree-sitter parser. Not thread-safe: each worker thread owns its own.
public final class Parser {
    private let raw: OpaquePointer

    public struct CreationFailed: Error, CustomStringConvertible {
        public var description: String { "tree-sitter could not create a parser for the Go grammar" }
    }

    public init() throws {
        guard let parser = ts_parser_new() else { throw CreationFailed() }
        guard ts_parser_set_language(parser, GoGrammar.language) else {
            ts_parser_delete(parser)
            throw CreationFailed()
        }
        raw = parser
    }

    deinit { ts_parser_delete(raw) }

    /// Parses Go source. A UTF-8 byte order mark is blanked to spaces first, so byte offsets and
    /// columns stay those of the file. Returns nil only if tree-sitter gives up (it never throws).
    public func parse(_ source: [UInt8]) -> Tree? {
        var bytes = source
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes[0] = 0x20; bytes[1] = 0x20; bytes[2] = 0x20
        }
        let tree: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                ts_parser_parse_string_encoding(raw, nil, chars.baseAddress, UInt32(chars.count), TSInputEncodingUTF8)
            }
        }
        guard let tree else {
            ts_parser_reset(raw)
            return nil
        }
        return Tree(raw: tree, source: bytes)
    }
}
