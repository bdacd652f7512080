/// Go syntax newer than the pinned grammar (tree-sitter-go 0.23.4, the newest release at an ABI that
/// Debian's libtree-sitter 0.20.7 loads), repaired by re-parsing the file with same-length byte
/// substitutions, so that every byte offset, line and column of the repaired tree is that of the file.
///
/// Why not a patched grammar: regenerating parser.c needs the tree-sitter CLI, which neither Debian
/// bookworm nor PyPI ships (its registries, npm and crates.io, are out of reach here). See docs/syntax.md.
///
/// Only files whose first parse has errors get here, and only substitutions whose construct overlaps an
/// error are made: a file that parses pays nothing, and valid older syntax is never rewritten. The tree
/// keeps the original bytes, so rules read `new`, the `=` and the type parameters as written; the
/// substitutions only change what the parser saw.
///
/// Each construct can be removed once an upstream tree-sitter-go release parses it at an ABI our runtime
/// loads (≤ 14) — or once the runtime is newer than Debian bookworm's (ABI 15 grammars, tree-sitter-go
/// ≥ 0.25, still lack `new(expr)` and generic methods as of 2026-11).
enum ModernSyntaxRepair {
    enum Construct: String, CaseIterable, Sendable {
        /// Go 1.24: `type Set[T comparable] = map[T]struct{}`. The grammar has aliases and generic
        /// types, not both: the `=` becomes a space, giving the generic type definition of the same
        /// right-hand side (same nodes; only the alias-ness is lost, which no rule asks about).
        case genericTypeAlias = "generic type alias (Go 1.24)"
        /// Go 1.26: `new(expr)`. The grammar parses `new`/`make` with a type as first argument only:
        /// `new` becomes `neW`, an ordinary identifier, so the call parses as a call with an expression.
        /// The same holds for any call of a local that shadows `new` or `make` (`make(n - 1)` where
        /// `make` is a func variable, as in encoding/json/v2's tests): `make` becomes `makE`.
        case newWithExpression = "new or make with an expression operand (Go 1.26, or a shadowing local)"
        /// Any Go version: a file that does not end in a newline, whose last declaration the grammar
        /// then leaves unterminated (`type I interface{ int }` at EOF). A newline is appended after the
        /// last byte, which moves nothing.
        case unterminatedLastLine = "no newline at the end of the file"
        /// Go 1.27: `func (r *Rand) N[Int intType](n Int) Int`. The grammar has no type parameters on
        /// methods: the bracketed list becomes blanks (newlines kept), leaving an ordinary method.
        case genericMethod = "generic method (Go 1.27)"
    }

    /// One same-length substitution: `replacement.count == range.count`, newlines never touched.
    struct Substitution {
        let construct: Construct
        let range: Range<Int>
        let replacement: [UInt8]
    }

    /// The substitutions for constructs in which one of `errors` starts (byte ranges of the first parse's
    /// ERROR and MISSING nodes).
    static func substitutions(in source: [UInt8], errors: [Range<Int>]) -> [Substitution] {
        guard !errors.isEmpty else { return [] }
        let mask = GoCodeMask(source)
        // An error that *starts* inside the construct: one large ERROR node around a whole function
        // must not make every `make(` in it a candidate.
        func overlapsError(_ range: ClosedRange<Int>) -> Bool {
            errors.contains { range.contains($0.lowerBound) }
        }
        let insideError = { (index: Int) in errors.contains { $0.contains(index) } }
        var result: [Substitution] = []
        for index in 0..<source.count where mask.isCode[index] {
            switch source[index] {
            case UInt8(ascii: "n"), UInt8(ascii: "m"):
                if let substitution = newWithExpression(at: index, mask, overlapsError, insideError) {
                    result.append(substitution)
                }
            case UInt8(ascii: "="):
                if let substitution = genericTypeAlias(at: index, mask, overlapsError) { result.append(substitution) }
            case UInt8(ascii: "f"):
                if let substitution = genericMethod(at: index, mask, overlapsError) { result.append(substitution) }
            default:
                continue
            }
        }
        if let last = source.last, last != UInt8(ascii: "\n"), overlapsError(source.count - 1...source.count) {
            result.append(Substitution(construct: .unterminatedLastLine, range: source.count..<source.count,
                                       replacement: [UInt8(ascii: "\n")]))
        }
        return result
    }

    /// Applies substitutions to a copy of `source`. Each replaces bytes one for one, except the
    /// newline appended at the end of the file, which comes after every offset that a node can have.
    static func apply(_ substitutions: [Substitution], to source: [UInt8]) -> [UInt8] {
        var bytes = source
        for substitution in substitutions {
            bytes.replaceSubrange(substitution.range, with: substitution.replacement)
        }
        return bytes
    }

    /// `new` or `make` `(` … `)` whose parenthesised part holds the start of an error, or whose operand
    /// is plainly an expression (`new(int64(5))`, `new("x")`, `new(T{…})`) inside an error: tree-sitter's
    /// recovery in a long table-driven test can swallow a hundred of them into one ERROR node.
    private static func newWithExpression(at index: Int, _ mask: GoCodeMask,
                                          _ overlapsError: (ClosedRange<Int>) -> Bool,
                                          _ insideError: (Int) -> Bool) -> Substitution? {
        let length: Int
        if mask.word("new", at: index) { length = 3 } else if mask.word("make", at: index) { length = 4 } else { return nil }
        guard !mask.code(index - 1, is: UInt8(ascii: ".")) else { return nil }
        let open = mask.skipBlanksAndComments(from: index + length)
        guard mask.code(open, is: UInt8(ascii: "(")) else { return nil }
        let close = mask.matchingClose(from: open) ?? mask.source.count - 1
        let composite = endsWithCompositeLiteral(open: open, close: close, mask)
        guard composite || !operandStartsType(after: open, mask) else { return nil }
        guard overlapsError(index...close)
                || (insideError(index) && (composite || operandIsExpression(after: open, mask))) else {
            return nil
        }
        let last = index + length - 1
        return Substitution(construct: .newWithExpression, range: last..<last + 1,
                            replacement: [mask.source[last] &- 0x20])   // new → neW, make → makE
    }

    /// Whether the operand after `open` begins like a type literal (`[]T`, `map[…]`, `chan`, `func(`,
    /// `struct{`, `interface{`, `*T`, `<-chan`): the grammar parses those, so they are never rewritten
    /// (`make([]byte, n)` inside a broken function stays as it is). `new([]int{1})` is not repaired.
    private static func operandStartsType(after open: Int, _ mask: GoCodeMask) -> Bool {
        let index = mask.skipBlanksAndComments(from: open + 1)
        guard index < mask.source.count else { return false }
        if mask.source[index] == UInt8(ascii: "*") { return !isDereference(at: index, mask) }
        if [UInt8(ascii: "["), UInt8(ascii: "<")].contains(mask.source[index]) { return true }
        for keyword: StaticString in ["struct", "interface", "func", "map", "chan"] where mask.word(keyword, at: index) {
            return true
        }
        return false
    }

    /// `new([]string{"a"})`, `new(map[K]V{})`: the operand ends with a composite literal's `}` whose `{`
    /// does not follow `struct` or `interface` (those braces belong to a type).
    private static func endsWithCompositeLiteral(open: Int, close: Int, _ mask: GoCodeMask) -> Bool {
        let last = mask.skipBlanksBackward(from: close - 1)
        guard last > open, mask.code(last, is: UInt8(ascii: "}")) else { return false }
        var depth = 0
        var index = last
        while index > open {
            if mask.isCode[index] {
                if mask.source[index] == UInt8(ascii: "}") { depth += 1 }
                if mask.source[index] == UInt8(ascii: "{") { depth -= 1; if depth == 0 { break } }
            }
            index -= 1
        }
        guard index > open, mask.code(index, is: UInt8(ascii: "{")) else { return false }
        let before = mask.skipBlanksBackward(from: index - 1)
        let wordStart = mask.identifierStart(endingAt: before)
        return !(mask.word("struct", at: wordStart) || mask.word("interface", at: wordStart))
    }

    /// `*a.b.c` or `*f(x)`: no pointer type has two dots or a call, so this is a dereference
    /// (`new(*alloc.Status.Healthy)`, Go 1.26). `*T` and `*pkg.T` stay types.
    private static func isDereference(at star: Int, _ mask: GoCodeMask) -> Bool {
        guard let (end, dots) = mask.selectorChain(from: mask.skipBlanks(from: star + 1)) else { return false }
        let index = mask.skipBlanks(from: end)
        return dots >= 2 || mask.code(index, is: UInt8(ascii: "("))
    }

    /// Whether the operand after `open` reads as an expression that no type can be: a literal, a unary
    /// operator other than `*`, or a (qualified) name followed by a call's `(`, a composite literal's `{`
    /// or a binary operator. Type keywords (`struct{`, `func(`, `map[`, …) are types.
    private static func operandIsExpression(after open: Int, _ mask: GoCodeMask) -> Bool {
        let source = mask.source
        var index = mask.skipBlanks(from: open + 1)
        guard index < source.count else { return false }
        let first = source[index]
        if !mask.isCode[index] { return first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") || first == UInt8(ascii: "`") }
        if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) { return true }
        if [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "!"), UInt8(ascii: "^"), UInt8(ascii: "&")].contains(first) {
            return true
        }
        for keyword: StaticString in ["struct", "interface", "func", "map", "chan"] where mask.word(keyword, at: index) {
            return false
        }
        // A (qualified) name: a.b.c
        guard let (end, _) = mask.selectorChain(from: index) else { return false }
        index = mask.skipBlanks(from: end)
        guard index < source.count else { return false }
        return [UInt8(ascii: "("), UInt8(ascii: "{"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "/"),
                UInt8(ascii: "%"), UInt8(ascii: "|"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "="),
                UInt8(ascii: "!")].contains(source[index])
    }

    /// `type Name[params] = T` (also inside a `type ( … )` group), the `=` holding an error.
    private static func genericTypeAlias(at index: Int, _ mask: GoCodeMask,
                                         _ overlapsError: (ClosedRange<Int>) -> Bool) -> Substitution? {
        let source = mask.source
        // A plain `=`: not `==`, `:=`, `<=`, `+=`, ….
        if index + 1 < source.count, source[index + 1] == UInt8(ascii: "=") { return nil }
        guard overlapsError(index...index) else { return nil }
        let close = mask.skipBlanksBackward(from: index - 1)
        guard mask.code(close, is: UInt8(ascii: "]")), let open = mask.matchingOpen(from: close) else { return nil }
        let nameEnd = mask.skipBlanksBackward(from: open - 1)
        let nameStart = mask.identifierStart(endingAt: nameEnd)
        guard nameStart <= nameEnd else { return nil }
        // Preceded by the `type` keyword, or first on its line (a spec inside `type ( … )`).
        let before = mask.skipBlanksBackward(from: nameStart - 1)
        let firstOnLine = before < 0 || source[before] == UInt8(ascii: "\n") || source[before] == UInt8(ascii: ";")
            || source[before] == UInt8(ascii: "(")
        guard firstOnLine || mask.word("type", at: before - 3) else { return nil }
        return Substitution(construct: .genericTypeAlias, range: index..<index + 1, replacement: [UInt8(ascii: " ")])
    }

    /// `func (receiver) Name[params](`, with an error anywhere from `func` to the parameters' `(`.
    private static func genericMethod(at index: Int, _ mask: GoCodeMask,
                                      _ overlapsError: (ClosedRange<Int>) -> Bool) -> Substitution? {
        guard mask.word("func", at: index) else { return nil }
        let receiverOpen = mask.skipBlanks(from: index + 4)
        guard mask.code(receiverOpen, is: UInt8(ascii: "(")),
              let receiverClose = mask.matchingClose(from: receiverOpen) else { return nil }
        let nameStart = mask.skipBlanks(from: receiverClose + 1)
        let nameEnd = mask.identifierEnd(from: nameStart)
        guard nameEnd > nameStart else { return nil }
        let open = mask.skipBlanks(from: nameEnd)
        guard mask.code(open, is: UInt8(ascii: "[")), let close = mask.matchingClose(from: open) else { return nil }
        let parameters = mask.skipBlanks(from: close + 1)
        guard mask.code(parameters, is: UInt8(ascii: "(")), overlapsError(index...parameters) else { return nil }
        let blanked = mask.source[open...close].map { byte -> UInt8 in
            byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") ? byte : UInt8(ascii: " ")
        }
        return Substitution(construct: .genericMethod, range: open..<close + 1, replacement: blanked)
    }
}
