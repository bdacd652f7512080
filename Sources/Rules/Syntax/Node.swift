import CTreeSitter

/// A 1-based source position: line, and column counted in bytes (Go's convention).
public struct SourcePosition: Hashable, Comparable, Sendable, Codable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    public static func < (a: Self, b: Self) -> Bool { (a.line, a.column) < (b.line, b.column) }
}

/// A node without its tree: what the engine's walk carries per node, so that visiting a node costs no
/// reference counting. Only valid while its tree is alive; `node(in:)` makes the `Node` rules see.
public struct RawNode {
    let raw: TSNode
    @inline(__always) public func node(in tree: Tree) -> Node { Node(raw: raw, tree: tree) }
}

/// A syntax node. A small value that keeps its tree alive; cheap to copy.
public struct Node {
    let raw: TSNode
    public let tree: Tree

    init(raw: TSNode, tree: Tree) {
        self.raw = raw
        self.tree = tree
    }

    @inline(__always) private func wrap(_ node: TSNode) -> Node? {
        ts_node_is_null(node) ? nil : Node(raw: node, tree: tree)
    }

    // MARK: Identity and kind

    /// Stable identity of the node within its tree (tree-sitter's node id).
    public var id: UInt { UInt(bitPattern: raw.id) }
    public var kind: KindID { ts_node_symbol(raw) }
    public var kindName: String { Kind.name(of: kind) }
    public func `is`(_ kind: KindID) -> Bool { ts_node_symbol(raw) == kind }
    public var isNamed: Bool { ts_node_is_named(raw) }
    public var isMissing: Bool { ts_node_is_missing(raw) }
    public var hasError: Bool { ts_node_has_error(raw) }
    public var isError: Bool { ts_node_symbol(raw) == Kind.error }

    // MARK: Position

    public var startByte: Int { Int(ts_node_start_byte(raw)) }
    public var endByte: Int { Int(ts_node_end_byte(raw)) }
    public var start: SourcePosition {
        let point = ts_node_start_point(raw)
        return SourcePosition(line: Int(point.row) + 1, column: Int(point.column) + 1)
    }
    public var end: SourcePosition {
        let point = ts_node_end_point(raw)
        return SourcePosition(line: Int(point.row) + 1, column: Int(point.column) + 1)
    }

    // MARK: Navigation

    public var childCount: Int { Int(ts_node_child_count(raw)) }
    public var namedChildCount: Int { Int(ts_node_named_child_count(raw)) }
    public func child(_ index: Int) -> Node? { wrap(ts_node_child(raw, UInt32(index))) }
    public func namedChild(_ index: Int) -> Node? { wrap(ts_node_named_child(raw, UInt32(index))) }
    public func child(_ field: FieldID) -> Node? { wrap(ts_node_child_by_field_id(raw, field)) }
    /// Field access by the grammar's field name (`"function"`); rules should prefer the numeric `Field`
    /// constants, which skip the name lookup.
    public func child(named field: String) -> Node? {
        field.withCString { wrap(ts_node_child_by_field_name(raw, $0, UInt32(field.utf8.count))) }
    }
    public var nextNamedSibling: Node? { wrap(ts_node_next_named_sibling(raw)) }
    /// The smallest named node spanning the bytes `start..<end` (a byte search's hit back to its node).
    public func namedDescendant(from start: Int, to end: Int) -> Node? {
        wrap(ts_node_named_descendant_for_byte_range(raw, UInt32(start), UInt32(end)))
    }
    public var previousNamedSibling: Node? { wrap(ts_node_prev_named_sibling(raw)) }
    /// The parent. tree-sitter finds it by descending from the root: O(depth). Rules walking up should
    /// use the engine's ancestor stack instead.
    public var parent: Node? { wrap(ts_node_parent(raw)) }

    /// The named children, read with a cursor: O(children). (`namedChild(i)` is O(i) in tree-sitter,
    /// so indexing in a loop would be quadratic on a file with thousands of declarations.)
    public var namedChildren: [Node] {
        var result: [Node] = []
        var cursor = ts_tree_cursor_new(raw)
        defer { ts_tree_cursor_delete(&cursor) }
        guard ts_tree_cursor_goto_first_child(&cursor) else { return result }
        repeat {
            let child = ts_tree_cursor_current_node(&cursor)
            if ts_node_is_named(child) { result.append(Node(raw: child, tree: tree)) }
        } while ts_tree_cursor_goto_next_sibling(&cursor)
        return result
    }

    /// Named children that are not comments.
    public var codeChildren: [Node] { namedChildren.filter { !$0.is(Kind.comment) } }

    /// The field name under which `child(index)` hangs, if any (slow path: debugging and decl scans).
    public func fieldName(ofChild index: Int) -> String? {
        guard let name = ts_node_field_name_for_child(raw, UInt32(index)) else { return nil }
        return String(cString: name)
    }

    // MARK: Text

    /// The node's source as a String (allocates: not for hot paths; compare with `textEquals`).
    public var text: String {
        let lower = min(startByte, tree.source.count), upper = min(endByte, tree.source.count)
        return String(decoding: tree.source[lower..<upper], as: UTF8.self)
    }

    /// Compares the node's bytes with a literal without allocating.
    public func textEquals(_ literal: StaticString) -> Bool {
        let lower = startByte, upper = endByte
        let length = upper - lower
        guard length == literal.utf8CodeUnitCount, upper <= tree.source.count else { return false }
        return tree.source.withUnsafeBufferPointer { source in
            let expected = literal.utf8Start
            for offset in 0..<length where source[lower + offset] != expected[offset] { return false }
            return true
        }
    }

    /// Compares the node's bytes with a string's UTF-8 without allocating.
    public func textEquals(_ string: String) -> Bool {
        let lower = startByte, upper = endByte
        guard upper <= tree.source.count, upper - lower == string.utf8.count else { return false }
        var index = lower
        for byte in string.utf8 {
            if tree.source[index] != byte { return false }
            index += 1
        }
        return true
    }

    /// A 64-bit FNV-1a hash of the node's bytes, equal to `ByteHash.of(text)`: lets rules keep sets of
    /// names without making a String per identifier on the hot path.
    public var textHash: UInt64 {
        let lower = min(startByte, tree.source.count), upper = min(endByte, tree.source.count)
        return tree.source.withUnsafeBufferPointer { ByteHash.of(UnsafeBufferPointer(rebasing: $0[lower..<upper])) }
    }

    /// Calls `body` with each named child, in order, without building an array.
    public func forEachNamedChild(_ body: (Node) -> Void) {
        forEachNamedChildWhile { body($0); return true }
    }

    /// Calls `body` with each named child, in order, until it returns false.
    public func forEachNamedChildWhile(_ body: (Node) -> Bool) {
        var cursor = ts_tree_cursor_new(raw)
        defer { ts_tree_cursor_delete(&cursor) }
        guard ts_tree_cursor_goto_first_child(&cursor) else { return }
        repeat {
            let child = ts_tree_cursor_current_node(&cursor)
            if ts_node_is_named(child), !body(Node(raw: child, tree: tree)) { return }
        } while ts_tree_cursor_goto_next_sibling(&cursor)
    }

    /// The node's bytes (a slice of the tree's source, no copy).
    public var bytes: ArraySlice<UInt8> {
        tree.source[min(startByte, tree.source.count)..<min(endByte, tree.source.count)]
    }
}

extension Node: Hashable {
    public static func == (a: Node, b: Node) -> Bool { a.raw.id == b.raw.id && a.tree === b.tree }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
