import CTreeSitter

/// A parsed file: owns the tree-sitter tree (freed on deinit) and the bytes it was parsed from.
/// Nodes keep their tree alive, so a `Node` is always safe to use.
public final class Tree {
    let raw: OpaquePointer
    public let source: [UInt8]
    /// The modern constructs the parse repaired (empty for nearly every file): the tree was parsed from
    /// same-length substitutions of `source`, so its positions are the file's.
    let repairs: [ModernSyntaxRepair.Construct]

    init(raw: OpaquePointer, source: [UInt8], repairs: [ModernSyntaxRepair.Construct] = []) {
        self.raw = raw
        self.source = source
        self.repairs = repairs
    }

    /// What `repairs` says, for `goleaklint debug-tree`.
    public var repairDescriptions: [String] { repairs.map(\.rawValue) }

    /// The byte ranges of the tree's ERROR and MISSING nodes, for `goleaklint debug-tree`.
    public var errorDescriptions: [String] { SyntaxErrors(root).all.map { "bytes \($0.lowerBound)..<\($0.upperBound)" } }

    deinit { ts_tree_delete(raw) }

    /// The same tree reading its text from `text`, of the same length but for a final newline a repair appended
    /// (a skeleton parsed with its bodies blanked, over the file's own bytes). Trees are reference-counted inside
    /// tree-sitter, so the copy costs nothing.
    func reading(_ text: [UInt8]) -> Tree {
        var text = text
        if text.count >= 3, text[0] == 0xEF, text[1] == 0xBB, text[2] == 0xBF { text[0] = 0x20; text[1] = 0x20; text[2] = 0x20 }
        if source.count > text.count { text += source[text.count...] }
        return Tree(raw: ts_tree_copy(raw), source: text, repairs: repairs)
    }

    public var root: Node { Node(raw: ts_tree_root_node(raw), tree: self) }

    /// The S-expression of the whole tree (debugging aid: `goleaklint debug-tree FILE`).
    public var sexp: String {
        guard let chars = ts_node_string(ts_tree_root_node(raw)) else { return "" }
        defer { free(chars) }
        return String(cString: chars)
    }
}

#if canImport(Glibc)
import Glibc
#endif
