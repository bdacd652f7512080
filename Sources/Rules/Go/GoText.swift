/// Small helpers over Go source text.
public enum GoText {
    /// The value of a Go string literal node, quotes removed (escapes kept as written: enough for
    /// import paths and directive comparisons).
    public static func stringLiteralValue(_ node: Node) -> String {
        var text = node.text
        if text.count >= 2, let first = text.first, first == "\"" || first == "`" {
            text.removeFirst()
            if text.last == first { text.removeLast() }
        }
        return text
    }

    /// The top-level functions of gofmt'd source, read as lines: each `func …` line at column 0 with the
    /// lines of its body, up to the `}` that closes it at column 0 (none for a one-line function, whose
    /// code is all on its declaration line). For byte-level readers of packages that
    /// are not parsed (imported packages, callers across a module).
    public static func topLevelFunctions(in bytes: [UInt8]) -> [(declaration: String, body: [Substring])] {
        // Split on the byte: a String split on "\n" would not split "\r\n", one Character.
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring(decoding: $0, as: UTF8.self) }
        var functions: [(declaration: String, body: [Substring])] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            guard line.hasPrefix("func ") else { continue }
            var body: [Substring] = []
            // A one-line function (`func f() { g() }`) has no body lines: the next `}` is another's.
            while !line.hasSuffix("}"), index < lines.count, lines[index] != "}" {
                body.append(lines[index])
                index += 1
            }
            functions.append((String(line), body))
        }
        return functions
    }

    /// The package clause's name, read from bytes before parsing: skips whitespace and comments, then
    /// expects `package NAME`. Nil when the file does not start that way.
    public static func packageClauseName(_ bytes: [UInt8]) -> String? {
        var index = 0
        let count = bytes.count
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1; continue }
            if byte == 0x2F, index + 1 < count, bytes[index + 1] == 0x2F {
                while index < count, bytes[index] != 0x0A { index += 1 }
                continue
            }
            if byte == 0x2F, index + 1 < count, bytes[index + 1] == 0x2A {
                index += 2
                while index + 1 < count, !(bytes[index] == 0x2A && bytes[index + 1] == 0x2F) { index += 1 }
                index += 2
                continue
            }
            break
        }
        let keyword = Array("package".utf8)
        guard index + keyword.count < count, Array(bytes[index..<(index + keyword.count)]) == keyword else { return nil }
        index += keyword.count
        while index < count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        let start = index
        while index < count, bytes[index] == 0x5F || (bytes[index] >= 0x30 && bytes[index] <= 0x39)
                || ((bytes[index] | 0x20) >= 0x61 && (bytes[index] | 0x20) <= 0x7A) || bytes[index] >= 0x80 {
            index += 1
        }
        return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
    }

    /// Parses a Go integer literal (decimal, hex, octal, binary, with `_` separators).
    public static func intValue(_ literal: String) -> Int? {
        var text = literal.replacingOccurrences(of: "_", with: "").lowercased()
        var radix = 10
        if text.hasPrefix("0x") { radix = 16; text.removeFirst(2) }
        else if text.hasPrefix("0b") { radix = 2; text.removeFirst(2) }
        else if text.hasPrefix("0o") { radix = 8; text.removeFirst(2) }
        else if text.count > 1, text.hasPrefix("0") { radix = 8; text.removeFirst() }
        return Int(text, radix: radix)
    }
}
