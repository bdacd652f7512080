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
    /// columns stay those of the file. A file with syntax errors at Go syntax newer than the grammar is
    /// parsed again with same-length substitutions (`ModernSyntaxRepair`); the repaired tree is kept when
    /// less of it is in errors. Returns nil only if tree-sitter gives up (it never throws).
    public func parse(_ source: [UInt8]) -> Tree? {
        var bytes = source
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes[0] = 0x20; bytes[1] = 0x20; bytes[2] = 0x20
        }
        guard let raw = parseRaw(bytes) else { return nil }
        let tree = Tree(raw: raw, source: bytes)
        guard ts_node_has_error(ts_tree_root_node(raw)) else { return tree }
        return repaired(tree) ?? tree
    }

    /// The tree of `source`, which is `old`'s text after `edits` (in order): tree-sitter re-parses only what the
    /// edits touched, reusing the rest of the old tree — what the editor does on each keystroke. The result is the
    /// tree a full parse gives: when the old tree needed repairs, or the new one has errors (whose repair decides
    /// the tree), or the source starts with a byte order mark, this is a full parse.
    public func reparse(_ source: [UInt8], after edits: [ByteEdit], of old: Tree) -> Tree? {
        let hasMark = { (bytes: [UInt8]) in bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF }
        // Text that opens more brackets or quotes than it closes (`n := len(`, half typed) leaves an error the
        // parser's recovery stretches over the rest of the file, so the incremental parse would only be followed
        // by a full one: go straight to it.
        let opensMore = edits.contains { edit in
            var brackets = 0, quotes = 0
            for byte in source[min(edit.start, source.count)..<min(edit.newEnd, source.count)] {
                switch byte {
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): brackets += 1
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): brackets -= 1
                case UInt8(ascii: "\""), UInt8(ascii: "`"): quotes += 1
                default: break
                }
            }
            return brackets > 0 || quotes % 2 == 1
        }
        guard old.repairs.isEmpty, !hasMark(source), !hasMark(old.source), !edits.isEmpty, !opensMore,
              let edited = ts_tree_copy(old.raw) else { return parse(source) }
        defer { ts_tree_delete(edited) }
        for edit in edits {
            var raw = edit.raw
            ts_tree_edit(edited, &raw)
        }
        let tree: OpaquePointer? = source.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                ts_parser_parse_string_encoding(raw, edited, chars.baseAddress, UInt32(chars.count), TSInputEncodingUTF8)
            }
        }
        guard let tree else { ts_parser_reset(raw); return parse(source) }
        guard !ts_node_has_error(ts_tree_root_node(tree)) else {
            ts_tree_delete(tree)
            return parse(source)
        }
        return Tree(raw: tree, source: source)
    }

    /// A tree of the file's top-level declarations, with the file's offsets and text: the parser reads only what
    /// lies outside the bodies and literal elements `DeclarationSkeleton` drops (tree-sitter's included ranges),
    /// so the bodies cost nothing — they are not even lexed — and each body is an empty block. What
    /// `PackageDeclarations` and the semantic core read of a large package before any walk.
    public func parseDeclarations(_ source: [UInt8]) -> Tree? {
        parseDeclarations(source, skipping: DeclarationSkeleton.blankedRegions(source))
    }

    /// `parseDeclarations` with the regions already found (`DeclarationSkeleton.blankedRegions`).
    public func parseDeclarations(_ source: [UInt8], skipping skipped: [Range<Int>]) -> Tree? {
        guard !skipped.isEmpty else { return parse(source) }
        // tree-sitter looks ranges up from the first on each jump: thousands of bodies (a generated file) would
        // make that quadratic. Such a file is parsed with its bodies blanked to spaces instead — lexed, but linear.
        guard skipped.count <= Self.maximumIncludedRanges else {
            var blanked = source
            for region in skipped {
                for position in region where source[position] != 0x0A { blanked[position] = 0x20 }
            }
            return parse(blanked)?.reading(source)
        }
        var ranges: [TSRange] = []
        ranges.reserveCapacity(skipped.count + 1)
        var row: UInt32 = 0, lineStart = 0, scanned = 0
        func point(_ offset: Int) -> TSPoint {
            while scanned < offset {
                if source[scanned] == 0x0A { row += 1; lineStart = scanned + 1 }
                scanned += 1
            }
            return TSPoint(row: row, column: UInt32(offset - lineStart))
        }
        var start = 0
        for region in skipped + [source.count..<source.count] where region.lowerBound > start {
            ranges.append(TSRange(start_point: point(start), end_point: point(region.lowerBound),
                                  start_byte: UInt32(start), end_byte: UInt32(region.lowerBound)))
            start = region.upperBound
        }
        guard ts_parser_set_included_ranges(raw, ranges, UInt32(ranges.count)) else { return parse(source) }
        defer { _ = ts_parser_set_included_ranges(raw, nil, 0) }
        return parse(source)
    }

    /// The tree of `tree.source` with modern constructs substituted, when less of it is in errors.
    /// Repeats while each round makes progress: one large ERROR around a first construct can hide the
    /// next one's. A round whose substitutions do not help together is retried one substitution at a
    /// time (tree-sitter's recovery inside a huge function can turn one remaining error into a larger one).
    private func repaired(_ tree: Tree) -> Tree? {
        var best = RepairState(tree: tree, errors: SyntaxErrors(tree.root), bytes: tree.source, applied: [])
        var improved = false
        var parses = Self.repairParseBudget(forSize: tree.source.count)
        func attempt(_ substitutions: [ModernSyntaxRepair.Substitution]) -> RepairState? {
            guard parses > 0 else { return nil }
            parses -= 1
            return self.attempt(substitutions, from: best, original: tree)
        }
        for _ in 0..<Self.maximumRepairRounds where parses > 0 {
            let substitutions = ModernSyntaxRepair.substitutions(in: best.bytes, errors: best.errors.all)
            guard !substitutions.isEmpty else { break }
            if let next = attempt(substitutions) {
                best = next
            } else {
                var progressed = false
                for substitution in substitutions.prefix(Self.maximumSingleAttempts) {
                    if let next = attempt([substitution]) { best = next; progressed = true }
                }
                guard progressed else { break }
            }
            improved = true
            if best.errors.outer.isEmpty { break }
        }
        return improved ? best.tree : nil
    }

    private struct RepairState {
        let tree: Tree
        let errors: SyntaxErrors
        let bytes: [UInt8]
        let applied: Set<ModernSyntaxRepair.Construct>
    }

    /// `state` with `substitutions` applied and parsed, if that leaves less in errors.
    private func attempt(_ substitutions: [ModernSyntaxRepair.Substitution], from state: RepairState,
                         original: Tree) -> RepairState? {
        let bytes = ModernSyntaxRepair.apply(substitutions, to: state.bytes)
        guard let raw = parseRaw(bytes) else { return nil }
        // The source rules read is the file's; with an appended final newline it is one byte longer, so
        // that every node's range stays inside it.
        var source = original.source
        if bytes.count > source.count { source.append(contentsOf: bytes[source.count...]) }
        let applied = state.applied.union(substitutions.map(\.construct))
        let candidate = Tree(raw: raw, source: source, repairs: applied.sorted { $0.rawValue < $1.rawValue })
        let errors = SyntaxErrors(candidate.root)
        guard state.errors.isImproved(by: errors) else { return nil }
        return RepairState(tree: candidate, errors: errors, bytes: bytes, applied: applied)
    }

    /// Bodies up to which `parseDeclarations` skips them as excluded ranges.
    static let maximumIncludedRanges = 1024

    /// Enough for a file full of generic methods; each round is one parse of a file that has errors.
    static let maximumRepairRounds = 8

    /// Extra parses a file with errors may cost: generous for source files, a few for a huge generated
    /// file with a real error, so that a broken 20 MB file never costs more than a few parses.
    static func repairParseBudget(forSize size: Int) -> Int {
        size < 256 * 1024 ? 40 : size < 2 * 1024 * 1024 ? 8 : 2
    }
    /// Substitutions tried one at a time when a round's do not help together (one parse each).
    static let maximumSingleAttempts = 32

    private func parseRaw(_ bytes: [UInt8]) -> OpaquePointer? {
        let tree: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                ts_parser_parse_string_encoding(raw, nil, chars.baseAddress, UInt32(chars.count), TSInputEncodingUTF8)
            }
        }
        if tree == nil { ts_parser_reset(raw) }
        return tree
    }
}

/// The syntax errors of a tree: ERROR and MISSING nodes, found by descending only into subtrees that
/// contain one. A MISSING hidden token (the grammar's statement terminator) is invisible to cursors; its
/// error shows only as a node that has an error none of whose children has one: it is reported as an
/// empty range at the end of that node.
struct SyntaxErrors {
    /// The outermost errors (none inside another): what a parse is judged by.
    private(set) var outer: [Range<Int>] = []
    /// Every error, also those nested in an ERROR node: inside a large ERROR the parser often recovered,
    /// and its nested errors mark the constructs it stumbled on.
    private(set) var all: [Range<Int>] = []

    /// Bytes inside outer errors (an empty one counts as one byte).
    var coveredBytes: Int { outer.reduce(0) { $0 + max($1.count, 1) } }

    init(_ root: Node) {
        var errorDepth = 0
        // Nodes with an error below them, with how many errors had been found when each was entered.
        var open: [(node: Node, found: Int)] = []
        TreeWalk.walk(root, enter: { node in
            if node.isMissing {
                if errorDepth == 0 { outer.append(node.startByte..<node.startByte) }
                all.append(node.startByte..<node.startByte)
                return false
            }
            if node.isError {
                if errorDepth == 0 { outer.append(node.startByte..<node.endByte) }
                all.append(node.startByte..<node.endByte)
                errorDepth += 1
                open.append((node, -1))
                return true
            }
            if node.hasError { open.append((node, all.count)) }
            return node.hasError
        }, leave: { node in
            guard let last = open.last, last.node == node else { return }
            open.removeLast()
            if last.found < 0 { errorDepth -= 1; return }
            if all.count == last.found {
                if errorDepth == 0 { outer.append(node.endByte..<node.endByte) }
                all.append(node.endByte..<node.endByte)
            }
        })
        outer.sort { $0.lowerBound < $1.lowerBound }
        all.sort { $0.lowerBound < $1.lowerBound }
    }

    /// Fewer bytes inside errors, or as many with fewer errors in them. (Not fewer errors alone: fixing
    /// the first of two generic methods in one large ERROR leaves one smaller ERROR around the second;
    /// and fixing some `new(expr)` inside a large ERROR may leave it as large, with fewer inside.)
    func isImproved(by after: SyntaxErrors) -> Bool {
        (after.coveredBytes, after.all.count) < (coveredBytes, all.count)
    }
}
