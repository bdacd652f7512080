/// The state of the one walk over a file, shared by every rule: the file, its package, and the chain of
/// ancestors of the current node with O(1) answers to "nearest enclosing function" and "nearest loop".
/// A func literal is its own function (BRIEF §4 scope rule).
public final class WalkContext {
    public let file: GoFile
    public let package: PackageContext

    /// Named nodes from the root to the current node.
    private var nodes: NodeStack
    /// For each level, the level of the nearest function-like node at or above it, or -1.
    private var functionLevels: [Int] = []
    /// For each level, the level of the nearest `for` statement at or above it, or -1.
    private var loopLevels: [Int] = []

    init(file: GoFile, package: PackageContext) {
        self.file = file
        self.package = package
        nodes = NodeStack(tree: file.tree)
        functionLevels.reserveCapacity(64)
        loopLevels.reserveCapacity(64)
    }

    @inline(__always) func push(_ node: Node, kind: KindID) {
        let level = nodes.count
        let isFunction = kind == Kind.functionDeclaration || kind == Kind.methodDeclaration || kind == Kind.funcLiteral
        functionLevels.append(isFunction ? level : (level > 0 ? functionLevels[level - 1] : -1))
        loopLevels.append(kind == Kind.forStatement ? level : (level > 0 ? loopLevels[level - 1] : -1))
        nodes.push(node, kind: kind)
    }

    @inline(__always) func pop() {
        nodes.pop()
        functionLevels.removeLast()
        loopLevels.removeLast()
    }

    /// The current node's level (root = 0).
    public var level: Int { nodes.count - 1 }
    public var current: Node { nodes[nodes.count - 1] }

    /// The ancestor `distance` levels up (0 = the current node, 1 = its parent).
    public func ancestor(_ distance: Int) -> Node? {
        let index = nodes.count - 1 - distance
        return index >= 0 && distance >= 0 ? nodes[index] : nil
    }

    public var parent: Node? { ancestor(1) }

    /// The node at an absolute level (0 = root).
    public func node(atLevel level: Int) -> Node { nodes[level] }

    /// Level of the function (declaration, method or func literal) that contains the current node,
    /// excluding the current node itself; -1 at top level.
    public var enclosingFunctionLevel: Int { nodes.count >= 2 ? functionLevels[nodes.count - 2] : -1 }

    public var enclosingFunction: Node? {
        let level = enclosingFunctionLevel
        return level >= 0 ? nodes[level] : nil
    }

    /// Level of the nearest `for` above the current node inside the same function, or -1.
    public var enclosingLoopLevel: Int {
        guard nodes.count >= 2 else { return -1 }
        let loop = loopLevels[nodes.count - 2]
        return loop > enclosingFunctionLevel ? loop : -1
    }

    public var enclosingLoop: Node? {
        let level = enclosingLoopLevel
        return level >= 0 ? nodes[level] : nil
    }

    /// The nearest ancestor (not the current node) of one of `kinds`, not crossing the enclosing
    /// function. O(distance): use from specific nodes, not from every node.
    public func nearestAncestor(of kinds: KindID..., withinFunction: Bool = true) -> (node: Node, level: Int)? {
        let floor = withinFunction ? max(enclosingFunctionLevel, 0) : 0
        var level = nodes.count - 2
        while level >= floor {
            if kinds.contains(nodes.kind(at: level)) { return (nodes[level], level) }
            level -= 1
        }
        return nil
    }
}
