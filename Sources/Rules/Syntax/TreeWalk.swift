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
    /// always leaves) are skipped before a `Node` is even made. The engine's walk.
    public static func walkNamed(_ root: Node, enter: (Node) -> Bool, leave: (Node) -> Void) {
        var cursor = ts_tree_cursor_new(root.raw)
        defer { ts_tree_cursor_delete(&cursor) }
        let tree = root.tree
        var descend = enter(root)
        while true {
            if descend, ts_tree_cursor_goto_first_child(&cursor) {
                let raw = ts_tree_cursor_current_node(&cursor)
                descend = ts_node_is_named(raw) && enter(Node(raw: raw, tree: tree))
                continue
            }
            while true {
                let current = ts_tree_cursor_current_node(&cursor)
                if ts_node_is_named(current) { leave(Node(raw: current, tree: tree)) }
                if ts_tree_cursor_goto_next_sibling(&cursor) {
                    let raw = ts_tree_cursor_current_node(&cursor)
                    descend = ts_node_is_named(raw) && enter(Node(raw: raw, tree: tree))
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
