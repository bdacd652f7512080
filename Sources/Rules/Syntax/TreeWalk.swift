import CTreeSitter

/// An iterative pre-order walk with a cursor: memory is the cursor's, never the Swift stack, so a tree
/// 100 000 levels deep walks like a flat one.
public struct TreeWalk {
    /// Visits every node under `root` (root included). `enter` returns false to skip a node's children;
    /// `leave` runs after a node's subtree (also for skipped ones).
    public static func walk(_ root: Node, enter: (Node) -> Bool, leave: (Node) -> Void) {
        var cursor = ts_tree_cursor_new(root.raw)
        defer { ts_tree_cursor_delete(&cursor) }
        let tree = root.tree
        var descend = enter(root)
        while true {
            if descend, ts_tree_cursor_goto_first_child(&cursor) {
                descend = enter(Node(raw: ts_tree_cursor_current_node(&cursor), tree: tree))
                continue
            }
            // Leave the current node, then climb until a sibling exists.
            while true {
                leave(Node(raw: ts_tree_cursor_current_node(&cursor), tree: tree))
                if ts_tree_cursor_goto_next_sibling(&cursor) {
                    descend = enter(Node(raw: ts_tree_cursor_current_node(&cursor), tree: tree))
                    break
                }
                if !ts_tree_cursor_goto_parent(&cursor) { return }
            }
        }
    }

    /// Like `walk`, but only named nodes reach the callbacks: anonymous ones (keywords, punctuation,
    /// always leaves) are skipped. `enter` gets a `RawNode` (no reference count: make the `Node` only
    /// when someone needs it) and the node's kind (read once here). `leave` runs for each named node `enter` accepted (returned true), innermost first,
    /// without a `Node`: the engine's walk keeps its own stack.
    ///
    /// This is the engine's per-node loop, so it is written for speed: one `ts_node_symbol` per node and
    /// a table lookup for "named" (instead of a second call into the runtime), and a flat bit stack.
    public static func walkNamed(_ root: Node, enter: (RawNode, KindID) -> Bool, leave: () -> Void) {
        var cursor = ts_tree_cursor_new(root.raw)
        defer { ts_tree_cursor_delete(&cursor) }
        let named = NamedKinds.table
        @inline(__always) func visit(_ raw: TSNode) -> Bool {
            let kind = ts_node_symbol(raw)
            let isNamed = Int(kind) < named.count ? named[Int(kind)] : ts_node_is_named(raw)
            return isNamed && enter(RawNode(raw: raw), kind)
        }
        // Whether each level on the cursor's path was entered (so gets a leave).
        var entered: [Bool] = [enter(RawNode(raw: root.raw), root.kind)]
        entered.reserveCapacity(64)
        var descend = entered[0]
        while true {
            if descend, ts_tree_cursor_goto_first_child(&cursor) {
                descend = visit(ts_tree_cursor_current_node(&cursor))
                entered.append(descend)
                continue
            }
            while true {
                if entered.removeLast() { leave() }
                if ts_tree_cursor_goto_next_sibling(&cursor) {
                    descend = visit(ts_tree_cursor_current_node(&cursor))
                    entered.append(descend)
                    break
                }
                if !ts_tree_cursor_goto_parent(&cursor) { return }
            }
        }
    }

    /// Visits the nodes under `root` in pre-order, skipping the children of nodes for which `enter`
    /// returns false. No leave callback.
    public static func forEach(_ root: Node, _ enter: (Node) -> Bool) {
        walk(root, enter: enter, leave: { _ in })
    }
}

/// "Is a node of this kind named?" for every symbol of the grammar, read once: what `ts_node_is_named`
/// answers (a node's visible symbol, aliases included, is named exactly when the grammar's metadata for
/// that symbol says so), without the call. Symbols outside the table (ERROR) fall back to the call.
enum NamedKinds {
    static let table: [Bool] = {
        let count = Int(ts_language_symbol_count(GoGrammar.language))
        return (0..<count).map { ts_language_symbol_type(GoGrammar.language, TSSymbol($0)) == TSSymbolTypeRegular }
    }()
}
