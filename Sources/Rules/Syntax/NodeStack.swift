import CTreeSitter

/// The ancestor chain of a walk, stored as tree-sitter's plain node structs: pushing and popping costs
/// no reference counting; a `Node` (which keeps the tree alive) is made only when someone asks.
public struct NodeStack {
    private var raw: [TSNode] = []
    private var kinds: [KindID] = []
    public let tree: Tree

    public init(tree: Tree) {
        self.tree = tree
        raw.reserveCapacity(64)
        kinds.reserveCapacity(64)
    }

    public var count: Int { raw.count }

    @inline(__always) public mutating func push(_ node: Node, kind: KindID) {
        raw.append(node.raw)
        kinds.append(kind)
    }

    @inline(__always) public mutating func pop() {
        raw.removeLast()
        kinds.removeLast()
    }

    public subscript(level: Int) -> Node { Node(raw: raw[level], tree: tree) }

    @inline(__always) public func kind(at level: Int) -> KindID { kinds[level] }
}
