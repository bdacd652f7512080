/// Path questions on a control-flow graph: which exits of the function (its returns, or the end of its
/// body) can be reached from a point without passing any of a set of nodes (a release, an escape, a
/// use), optionally not taking branches a condition rules out (`if err != nil` after a failed acquisition).
/// One breadth-first walk over blocks: linear in the graph.
public enum PathSearch {
    public struct Exits {
        /// Return statements reached, in source order.
        public var returns: [Node] = []
        /// The end of the body is reached by falling through.
        public var fallsOffEnd = false
        /// Nodes holding one of `ending` offsets reached (the value is overwritten there), in source order.
        public var ended: [Node] = []
        /// The starting node is reached again (a loop goes round to the next acquisition with this one open).
        public var loopsBack = false
        public var isEmpty: Bool { returns.isEmpty && !fallsOffEnd && ended.isEmpty && !loopsBack }
    }

    /// `from`: a byte offset inside the graph (the acquisition); the walk starts after the node holding it.
    /// `avoiding`: byte offsets; a node holding one ends the path (in the starting node, only those after
    /// `from` count). `blocked(condition, whenTrue)`: the branch taken when `condition` is `whenTrue` is
    /// impossible on these paths.
    /// `ending`: byte offsets of nodes where the path ends as a leak of its own (the variable holding the
    /// value is assigned another one there).
    /// `avoidingRanges`: byte ranges; a node starting inside one ends the path (entering a loop that receives
    /// counts as receiving: the graph cannot tell that `for i := 0; i < n; i++` runs at least once).
    /// `errorFlow`: where the acquisition's error variable is assigned something else (`stale`: `if err != nil`
    /// after it is another call's failure) and where it is assigned again with the value (`fresh`); past a stale
    /// point and before a fresh one, the path is blocked by `blockedWhenStale` instead of `blocked`. A path, not
    /// the source order, decides: an assignment in one branch does not reach the other.
    public static func exits(_ graph: ControlFlowGraph, from: Int, avoiding: [Int], avoidingRanges: [Range<Int>] = [],
                             ending: [Int] = [], blocked: ((Node, Bool) -> Bool)? = nil,
                             errorFlow: (stale: [Int], fresh: [Int]) = ([], []),
                             blockedWhenStale: ((Node, Bool) -> Bool)? = nil) -> Exits {
        var exits = Exits()
        // The `main` of a program: returning from it ends the process, nothing is left to leak.
        let function = graph.function
        if function.is(Kind.functionDeclaration), function.child(Field.name)?.textEquals("main") == true,
           function.tree.root.codeChildren.first(where: { $0.is(Kind.packageClause) })?.namedChildren.first?.textEquals("main") == true {
            return exits
        }
        guard let start = locate(from, in: graph) else { return exits }
        let startNode = graph.blocks[start.block].nodes[start.position]
        if avoiding.contains(where: { $0 > from && startNode.startByte <= $0 && $0 < startNode.endByte }) { return exits }
        func isAvoided(_ node: Node) -> Bool {
            avoiding.contains { node.startByte <= $0 && $0 < node.endByte } || avoidingRanges.contains { $0.contains(node.startByte) }
        }
        func contains(_ offsets: [Int], _ node: Node) -> Bool { offsets.contains { node.startByte <= $0 && $0 < node.endByte } }
        var returns: [Node] = []
        var endedAt: [Node] = []
        // Blocks seen with a fresh error (index) and with a stale one (index + count).
        var seen = Set<Int>()
        var pending: [(block: Int, position: Int, stale: Bool)] = [(start.block, start.position + 1, false)]
        while let (blockIndex, position, arrivedStale) = pending.popLast() {
            let block = graph.blocks[blockIndex]
            var ended = false
            var stale = arrivedStale
            var index = position
            while index < block.nodes.count {
                if blockIndex == start.block, index == start.position { exits.loopsBack = true; ended = true; break }
                let node = block.nodes[index]
                if isAvoided(node) { ended = true; break }
                if !errorFlow.stale.isEmpty {
                    if contains(errorFlow.fresh, node) { stale = false } else if contains(errorFlow.stale, node) { stale = true }
                }
                if !ending.isEmpty, ending.contains(where: { node.startByte <= $0 && $0 < node.endByte }) {
                    endedAt.append(node)
                    ended = true
                    break
                }
                if node.is(Kind.returnStatement) { returns.append(node); ended = true; break }
                index += 1
            }
            if ended { continue }
            if blockIndex == graph.exit { exits.fallsOffEnd = true; continue }
            let blocker = stale ? (blockedWhenStale ?? blocked) : blocked
            for (branch, successor) in block.successors.enumerated() {
                if let condition = block.condition, let blocker, branch < 2, blocker(condition, branch == 0) { continue }
                if seen.insert(successor + (stale ? graph.blocks.count : 0)).inserted { pending.append((successor, 0, stale)) }
            }
        }
        exits.returns = returns.sorted { $0.startByte < $1.startByte }
        exits.ended = endedAt.sorted { $0.startByte < $1.startByte }
        return exits
    }

    /// The block and position of the node holding byte `offset` (the first, in block order).
    static func locate(_ offset: Int, in graph: ControlFlowGraph) -> (block: Int, position: Int)? {
        for block in graph.blocks {
            for (position, node) in block.nodes.enumerated() where node.startByte <= offset && offset < node.endByte {
                return (block.index, position)
            }
        }
        return nil
    }

    /// A blocker for a value: on the branch where its acquisition's error is not nil, or the value is nil,
    /// there is nothing to release (`if err != nil { return err }`). `isValue` and `isError` say whether an
    /// expression is the value's variable (or a field standing for it, `resp.Body`) or the acquisition's error
    /// variable — the same declarations, not just the same names (`if err := rows.Scan(&n); err != nil` is
    /// another `err`). Only exact comparisons with nil, or of the error with a sentinel (`err == ErrSkip`,
    /// `errors.Is(err, X)`, `errors.As`), and os's classifiers (`os.IsNotExist(err)`) are read; `err != nil || x`
    /// rules out nothing, `errors.Is(err, A) || errors.Is(err, B)` what both sides do.
    ///
    /// `releasedWhenFalse`: methods whose false result means the value released itself (`for rows.Next()`:
    /// database/sql closes the rows when Next returns false).
    /// `isPackage(node, path)`: whether an identifier names that imported package (`errors`, not a local).
    /// os's error classifiers: each is false for a nil error.
    static let errorPredicatesOfOS = ["IsNotExist", "IsExist", "IsPermission", "IsTimeout"]

    public static func nilChecks(isValue: @escaping (Node) -> Bool, isError: @escaping (Node) -> Bool,
                                 isPackage: @escaping (Node, String) -> Bool,
                                 releasedWhenFalse: Set<String> = []) -> (Node, Bool) -> Bool {
        func blocked(_ condition: Node, _ whenTrue: Bool, _ depth: Int) -> Bool {
            let node = unparenthesized(condition)
            // `a && b` is true only when both are, `a || b` false only when both are: either side rules it out.
            if depth < 16, node.is(Kind.binaryExpression), let op = node.child(Field.operator),
               (whenTrue && op.textEquals("&&")) || (!whenTrue && op.textEquals("||")),
               let left = node.child(Field.left), let right = node.child(Field.right) {
                return blocked(left, whenTrue, depth + 1) || blocked(right, whenTrue, depth + 1)
            }
            // `a || b` is true when either is, `a && b` false when either is: it rules out what both sides do
            // (`errors.Is(err, ENOENT) || errors.Is(err, ENOTDIR)`).
            if depth < 16, node.is(Kind.binaryExpression), let op = node.child(Field.operator),
               (whenTrue && op.textEquals("||")) || (!whenTrue && op.textEquals("&&")),
               let left = node.child(Field.left), let right = node.child(Field.right) {
                return blocked(left, whenTrue, depth + 1) && blocked(right, whenTrue, depth + 1)
            }
            return single(node, whenTrue)
        }
        func single(_ node: Node, _ whenTrue: Bool) -> Bool {
            if !whenTrue, !releasedWhenFalse.isEmpty, node.is(Kind.callExpression), let function = node.child(Field.function),
               function.is(Kind.selectorExpression), let operand = function.child(Field.operand),
               let method = function.child(Field.field), releasedWhenFalse.contains(method.text), isValue(operand) {
                return true
            }
            // Predicates that are false for a nil error: true means the acquisition failed.
            if whenTrue, node.is(Kind.callExpression), let function = node.child(Field.function),
               function.is(Kind.selectorExpression), let name = function.child(Field.field),
               let package = function.child(Field.operand),
               let first = node.child(Field.arguments)?.codeChildren.first, isError(unparenthesized(first)) {
                if (name.textEquals("Is") || name.textEquals("As")) && isPackage(package, "errors") { return true }
                if errorPredicatesOfOS.contains(where: { name.textEquals($0) }) && isPackage(package, "os") { return true }
            }
            guard node.is(Kind.binaryExpression), let op = node.child(Field.operator),
                  let left = node.child(Field.left).map(unparenthesized), let right = node.child(Field.right).map(unparenthesized)
            else { return false }
            let equal = op.textEquals("==")
            guard equal || op.textEquals("!=") else { return false }
            let other: Node
            if right.is(Kind.nilLiteral) { other = left } else if left.is(Kind.nilLiteral) { other = right } else {
                let sentinel: Node
                if isError(left) { sentinel = right } else if isError(right) { sentinel = left } else { return false }
                guard sentinel.is(Kind.identifier) || sentinel.is(Kind.selectorExpression) else { return false }
                return whenTrue == equal
            }
            if isError(other) { return whenTrue != equal }  // `err != nil` true, or `err == nil` false: it failed
            if isValue(other) { return whenTrue == equal }  // `v == nil` true, or `v != nil` false: nothing acquired
            return false
        }
        return { condition, whenTrue in blocked(condition, whenTrue, 0) }
    }
}
