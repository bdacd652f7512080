import CTreeSitter

/// A parsed file: owns the tree-sitter tree (freed on deinit) and the bytes it was parsed from.
/// Nodes keep their tree alive, so a `Node` is always safe to use.
public final class Tree {
    let raw: OpaquePointer
    public let source: [UInt8]

    init(raw: OpaquePointer, source: [UInt8]) {
        self.raw = raw
        self.source = source
    }

    deinit { ts_tree_delete(raw) }

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
