/// Which bytes of a Go file are code, as opposed to comments and string or rune literals, so that byte
/// patterns (`new(`, a matching `]`) can be matched without being fooled by `"new("` or `// ]`.
/// A plain lexical scan: it never fails, whatever the bytes.
struct GoCodeMask {
    let source: [UInt8]
    /// `isCode[i]` is true when byte i is outside every comment and literal.
    let isCode: [Bool]

    init(_ source: [UInt8]) {
        self.source = source
        var isCode = [Bool](repeating: true, count: source.count)
        var index = 0
        let count = source.count
        func mark(_ range: Range<Int>) { for i in range { isCode[i] = false } }
        while index < count {
            let byte = source[index]
            let next: UInt8 = index + 1 < count ? source[index + 1] : 0
            let start = index
            if byte == UInt8(ascii: "/"), next == UInt8(ascii: "/") {
                while index < count, source[index] != UInt8(ascii: "\n") { index += 1 }
                mark(start..<index)
            } else if byte == UInt8(ascii: "/"), next == UInt8(ascii: "*") {
                index += 2
                while index < count, !(source[index] == UInt8(ascii: "*") && index + 1 < count
                                       && source[index + 1] == UInt8(ascii: "/")) { index += 1 }
                index = min(index + 2, count)
                mark(start..<index)
            } else if byte == UInt8(ascii: "`") {
                index += 1
                while index < count, source[index] != UInt8(ascii: "`") { index += 1 }
                index = min(index + 1, count)
                mark(start..<index)
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                index += 1
                while index < count, source[index] != byte, source[index] != UInt8(ascii: "\n") {
                    index += source[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                index = min(index + 1, count)
                mark(start..<index)
            } else {
                index += 1
            }
        }
        self.isCode = isCode
    }

    func code(_ index: Int, is byte: UInt8) -> Bool {
        index >= 0 && index < source.count && isCode[index] && source[index] == byte
    }

    /// Whether the identifier-or-keyword `word` stands at `index` as a whole word of code.
    func word(_ word: StaticString, at index: Int) -> Bool {
        let length = word.utf8CodeUnitCount
        guard index >= 0, index + length <= source.count, isCode[index] else { return false }
        for offset in 0..<length where source[index + offset] != word.utf8Start[offset] { return false }
        if index > 0, Self.isIdentifierByte(source[index - 1]) { return false }
        if index + length < source.count, Self.isIdentifierByte(source[index + length]) { return false }
        return true
    }

    /// The index of the bracket closing the one at `open` (`(`→`)`, `[`→`]`), counting only code bytes.
    func matchingClose(from open: Int) -> Int? {
        let opening = source[open]
        let closing: UInt8 = opening == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
        var depth = 0
        var index = open
        while index < source.count {
            if isCode[index] {
                if source[index] == opening { depth += 1 }
                if source[index] == closing { depth -= 1; if depth == 0 { return index } }
            }
            index += 1
        }
        return nil
    }

    /// The index of the bracket opening the one at `close` (`]`→`[`), counting only code bytes.
    func matchingOpen(from close: Int) -> Int? {
        var depth = 0
        var index = close
        while index >= 0 {
            if isCode[index] {
                if source[index] == UInt8(ascii: "]") { depth += 1 }
                if source[index] == UInt8(ascii: "[") { depth -= 1; if depth == 0 { return index } }
            }
            index -= 1
        }
        return nil
    }

    /// The first index at or after `index` that is not a space or tab (newlines count as code).
    func skipBlanks(from index: Int) -> Int {
        var index = index
        while index < source.count, source[index] == UInt8(ascii: " ") || source[index] == UInt8(ascii: "\t") {
            index += 1
        }
        return index
    }

    /// Like `skipBlanks`, also skipping comments (`new /* why */ (x)`).
    func skipBlanksAndComments(from index: Int) -> Int {
        var index = index
        while index < source.count, source[index] == UInt8(ascii: " ") || source[index] == UInt8(ascii: "\t")
                || (!isCode[index] && source[index] != UInt8(ascii: "\n")) {
            index += 1
        }
        return index
    }

    /// The last index at or before `index` that is not a space or tab.
    func skipBlanksBackward(from index: Int) -> Int {
        var index = index
        while index >= 0, source[index] == UInt8(ascii: " ") || source[index] == UInt8(ascii: "\t") { index -= 1 }
        return index
    }

    /// The end (exclusive) of the identifier starting at `index`, or `index` when none starts there.
    func identifierEnd(from index: Int) -> Int {
        var end = index
        while end < source.count, Self.isIdentifierByte(source[end]) { end += 1 }
        return end
    }

    /// The end (exclusive) of a name chain `a.b.c` starting at `index`, and how many dots it has; nil when
    /// no identifier starts there.
    func selectorChain(from index: Int) -> (end: Int, dots: Int)? {
        var end = identifierEnd(from: index)
        guard end > index else { return nil }
        var dots = 0
        while end < source.count, source[end] == UInt8(ascii: "."), identifierEnd(from: end + 1) > end + 1 {
            dots += 1
            end = identifierEnd(from: end + 1)
        }
        return (end, dots)
    }

    /// The start of the identifier ending at `index` (inclusive), or `index + 1` when none ends there.
    func identifierStart(endingAt index: Int) -> Int {
        var start = index
        while start >= 0, Self.isIdentifierByte(source[start]) { start -= 1 }
        return start + 1
    }

    /// ASCII letters, digits, `_`, and every non-ASCII byte (Go identifiers may be any Unicode letter).
    static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte >= 0x80
    }
}
