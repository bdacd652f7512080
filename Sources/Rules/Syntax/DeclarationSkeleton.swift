/// A file's top-level declarations without the bodies of its functions: what lies inside a top-level
/// `func`'s body braces (comments and literals skipped when matching them) is dropped except its newlines, so
/// every declaration keeps its line and column while the text to parse shrinks to a fraction of the file.
/// Parsing the skeleton yields the same declarations: how the engine reads a large package's facts, and an
/// imported package's, without parsing function bodies. Byte offsets after the first body differ from the
/// file's (facts keep lines and columns). A body it cannot delimit (unbalanced braces) is kept as it is.
enum DeclarationSkeleton {
    static func strippingBodies(_ source: [UInt8]) -> [UInt8] {
        let mask = GoCodeMask(source)
        var output: [UInt8] = []
        output.reserveCapacity(source.count / 4)
        let count = source.count
        var index = 0
        var copiedUpTo = 0
        while index < count {
            let atLineStart = index == 0 || source[index - 1] == UInt8(ascii: "\n")
            if atLineStart, mask.isCode[index], startsWord(source, index, "func"),
               let open = bodyStart(source, mask, from: index + 4), let close = matching(source, mask, open) {
                output += source[copiedUpTo...open]
                for position in (open + 1)..<close where source[position] == UInt8(ascii: "\n") {
                    output.append(UInt8(ascii: "\n"))
                }
                copiedUpTo = close
                index = close + 1
                continue
            }
            while index < count, source[index] != UInt8(ascii: "\n") { index += 1 }
            index += 1
        }
        output += source[min(copiedUpTo, count)...]
        return output
    }

    /// `func` followed by a space, a tab or `(` at `index` (no allocation: this runs once per line).
    private static func startsWord(_ source: [UInt8], _ index: Int, _ word: StaticString) -> Bool {
        let length = word.utf8CodeUnitCount
        guard index + length < source.count else { return false }
        let expected = word.utf8Start
        for offset in 0..<length where source[index + offset] != expected[offset] { return false }
        let next = source[index + length]
        return next == UInt8(ascii: " ") || next == UInt8(ascii: "(") || next == UInt8(ascii: "\t")
    }

    /// The `{` that opens the body of the declaration whose signature starts at `from`: the first `{` outside
    /// parentheses and brackets that does not open a `struct{`/`interface{` type. Nil at the end of the line
    /// with no body (an assembly-backed declaration).
    private static func bodyStart(_ source: [UInt8], _ mask: GoCodeMask, from: Int) -> Int? {
        var index = from
        var depth = 0
        while index < source.count {
            guard mask.isCode[index] else { index += 1; continue }
            switch source[index] {
            case UInt8(ascii: "("), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: "\n") where depth == 0:
                // A result type may continue on the next line only inside parentheses.
                return nil
            case UInt8(ascii: "{"):
                if depth == 0, !opensTypeLiteral(source, index) { return index }
                guard let close = matching(source, mask, index) else { return nil }
                index = close
            default:
                break
            }
            index += 1
        }
        return nil
    }

    private static func opensTypeLiteral(_ source: [UInt8], _ brace: Int) -> Bool {
        var end = brace
        while end > 0, source[end - 1] == UInt8(ascii: " ") || source[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        var start = end
        while start > 0, (source[start - 1] >= UInt8(ascii: "a") && source[start - 1] <= UInt8(ascii: "z")) { start -= 1 }
        let word = source[start..<end]
        return word.elementsEqual("struct".utf8) || word.elementsEqual("interface".utf8)
    }

    /// The `}` matching the `{` at `open`, counting only braces in code.
    private static func matching(_ source: [UInt8], _ mask: GoCodeMask, _ open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < source.count {
            if mask.isCode[index] {
                if source[index] == UInt8(ascii: "{") { depth += 1 }
                if source[index] == UInt8(ascii: "}") {
                    depth -= 1
                    if depth == 0 { return index }
                }
            }
            index += 1
        }
        return nil
    }
}
