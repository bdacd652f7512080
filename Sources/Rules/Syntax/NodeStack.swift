import CTreeSitter

/// The ancestor chain of a walk, stored as tree-sitter's plain node structs with a small payload per
/// level: pushing and popping costs no reference counting; a `Node` (which keeps the tree alive) is made
/// only when someone asks.
public struct NodeStack<Payload> {
    private struct Entry {
        let raw: TSNode
        let kind: KindID
        let payload: Payload
    }

    private var entries: [Entry] = []
    public let tree: Tree

    public init(tree: Tree) {
        self.tree = tree
        entries.reserveCapacity(64)
    }

    public var count: Int { entries.count }

    @inline(__always) public mutating func push(_ node: RawNode, kind: KindID, payload: Payload) {
        entries.append(Entry(raw: node.raw, kind: kind, payload: payload))
    }

    @inline(__always) public mutating func pop() { entries.removeLast() }

    public subscript(level: Int) -> Node { Node(raw: entries[level].raw, tree: tree) }

    @inline(__always) public func kind(at level: Int) -> KindID { entries[level].kind }
    @inline(__always) public func payload(at level: Int) -> Payload { entries[level].payload }
}
