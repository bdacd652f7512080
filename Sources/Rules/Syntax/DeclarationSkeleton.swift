/// A file's top-level declarations without what only executes: the contents of every brace pair at top
/// level that is not a `struct{…}`/`interface{…}` type (function and method bodies, func literal bodies and
/// composite literal elements — comments and literals skipped when matching them), and the comments, are
/// dropped except their newlines, so every declaration keeps its line while the text to parse shrinks to a fraction of the file.
/// Parsing the skeleton yields the same declarations, signatures and variable types (`var t = [8192]uint16{…}`
/// keeps its type `[8192]uint16`): how the engine reads a large package's facts, and an imported package's,
/// without parsing bodies or the data tables of generated files (x/net/idna's are 1.4 MB). Byte offsets and
/// columns after the first dropped region differ from the file's (facts keep lines). From a brace it cannot
/// match (unbalanced) on, the text is kept as it is.
enum DeclarationSkeleton {
    /// The insides of the top-level brace pairs that hold no declaration: function and method bodies, func literal
    /// bodies and composite literal elements — except the bodies of functions whose signature mentions `Response`,
    /// which `PackageDeclarations` reads (`ResponseBody`). In order.
    static func blankedRegions(_ source: [UInt8]) -> [Range<Int>] {
        let mask = GoCodeMask(source)
        var regions: [Range<Int>] = []
        var index = 0
        var regionEnd = 0
        while index < source.count {
            guard mask.isCode[index], source[index] == UInt8(ascii: "{") else { index += 1; continue }
            guard let close = matching(source, mask, index) else { break }
            defer { regionEnd = close + 1; index = close + 1 }
            if opensTypeLiteral(source, index) { continue }
            let signature = source[regionEnd..<index]
            if ByteSearch.contains(signature, "func"), ByteSearch.contains(signature, "Response") { continue }
            regions.append((index + 1)..<close)
        }
        return regions
    }

    static func strippingBodies(_ source: [UInt8]) -> [UInt8] {
        let mask = GoCodeMask(source)
        var output: [UInt8] = []
        output.reserveCapacity(source.count / 4)
        let count = source.count
        var index = 0
        var copiedUpTo = 0
        while index < count {
            if !mask.isCode[index] {
                // A comment (at the start of a run of non-code bytes, so never inside a string) becomes one space
                // and its newlines: declarations need no comments, and a file's comments are a good part of what
                // is left once its bodies are gone.
                if index == 0 || mask.isCode[index - 1], let end = commentEnd(source, from: index) {
                    output += source[copiedUpTo..<index]
                    output.append(UInt8(ascii: " "))
                    for position in index..<end where source[position] == UInt8(ascii: "\n") { output.append(UInt8(ascii: "\n")) }
                    copiedUpTo = end
                    index = end
                    continue
                }
                index += 1
                continue
            }
            guard source[index] == UInt8(ascii: "{") else { index += 1; continue }
            guard let close = matching(source, mask, index) else { break }
            let isTypeLiteral = opensTypeLiteral(source, index)
            if isTypeLiteral {
                // A struct or interface type is declaration: kept whole (it holds no bodies or literals).
                index = close + 1
                continue
            }
            output += source[copiedUpTo...index]
            for position in (index + 1)..<close where source[position] == UInt8(ascii: "\n") {
                output.append(UInt8(ascii: "\n"))
            }
            copiedUpTo = close
            index = close + 1
        }
        output += source[min(copiedUpTo, count)...]
        return output
    }

    /// The end (exclusive) of the comment starting at `start` (`//` up to its newline, `/*` through `*/`), or nil
    /// when no comment starts there.
    private static func commentEnd(_ source: [UInt8], from start: Int) -> Int? {
        guard start + 1 < source.count, source[start] == UInt8(ascii: "/") else { return nil }
        var index = start + 2
        if source[start + 1] == UInt8(ascii: "/") {
            while index < source.count, source[index] != UInt8(ascii: "\n") { index += 1 }
            return index
        }
        guard source[start + 1] == UInt8(ascii: "*") else { return nil }
        while index + 1 < source.count, !(source[index] == UInt8(ascii: "*") && source[index + 1] == UInt8(ascii: "/")) { index += 1 }
        return min(index + 2, source.count)
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
