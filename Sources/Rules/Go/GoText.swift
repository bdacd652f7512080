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
