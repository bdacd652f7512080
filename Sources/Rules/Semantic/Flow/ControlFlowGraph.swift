/// A control-flow graph of one function body or func literal (SEMANTICS.md layer 4), built from the
/// syntax tree alone (anchor: golang.org/x/tools/go/cfg). Blocks hold the statements and expressions
/// evaluated in order; a block whose last node is a condition has two successors, the branch taken when
/// it is true first. Every `return`, and falling off the end of the body, leads to the `exit` block; a
/// `panic`, a call that never returns or a `select {}` leads nowhere. A func literal's body is not part of
/// its enclosing graph (it has its own). `defer` and `go` statements are plain nodes.
public final class ControlFlowGraph {
    public final class Block {
        public let index: Int
        /// Why the block exists (`if.then`, `for.body`, `switch.case`, …), for dumps and tests.
        public let label: String
        public internal(set) var nodes: [Node] = []
        public internal(set) var successors: [Int] = []
        /// The last node is a condition: successors[0] when true, successors[1] when false.
        public internal(set) var condition: Node?
        /// The block ends the function by a `return` (its last node).
        public internal(set) var returns = false
        init(index: Int, label: String) { self.index = index; self.label = label }
    }

    public internal(set) var blocks: [Block] = []
    public let function: Node
    public var entry: Block { blocks[0] }
    /// The synthetic exit every return and the end of the body lead to.
    public internal(set) var exit: Int = 0

    init(function: Node) { self.function = function }

    /// Blocks reachable from `start` (itself included).
    public func reachable(from start: Int) -> Set<Int> {
        var seen: Set<Int> = [start]
        var pending = [start]
        while let next = pending.popLast() {
            for successor in blocks[next].successors where seen.insert(successor).inserted { pending.append(successor) }
        }
        return seen
    }

    /// A text form for tests and debugging: one line per block, `index label [node kinds] -> successors`.
    public var dump: String {
        blocks.map { block in
            let nodes = block.nodes.map { node -> String in
                let text = node.text.split(separator: "\n").first.map(String.init) ?? ""
                return text.count > 40 ? String(text.prefix(40)) + "…" : text
            }.joined(separator: "; ")
            let condition = block.condition != nil ? " ?" : ""
            return "\(block.index) \(block.label): [\(nodes)]\(condition) -> \(block.successors.map(String.init).joined(separator: " "))"
        }.joined(separator: "\n")
    }
}

extension ControlFlowGraph {
    /// Builds the graph of a function declaration, method or func literal. `neverReturns` says whether a
    /// call ends the goroutine or the process (`panic`, `os.Exit`, `log.Fatal`, `t.Fatal`, …).
    /// `neverEnds` says whether ranging over an expression can finish (a `time.Tick` channel is never closed).
    public static func build(_ function: Node, neverReturns: @escaping (Node) -> Bool,
                             neverEnds: @escaping (Node) -> Bool = { _ in false }) -> ControlFlowGraph {
        var builder = Builder(graph: ControlFlowGraph(function: function), neverReturns: neverReturns, neverEnds: neverEnds)
        builder.run()
        return builder.graph
    }

    struct Builder {
        let graph: ControlFlowGraph
        let neverReturns: (Node) -> Bool
        let neverEnds: (Node) -> Bool
        /// The block statements are appended to; nil after a jump (what follows is unreachable until a label).
        var current: Int

        /// Targets of `break` / `continue` / `fallthrough` for the innermost statements, innermost last.
        struct Targets {
            let label: String?
            var breakTarget: Int?
            var continueTarget: Int?
            var fallthroughTarget: Int?
        }
        var targets: [Targets] = []
        /// Label name → its block (for goto, labelled break and continue).
        var labels: [String: Int] = [:]
        /// A label just seen, to attach to the next loop, switch or select.
        var pendingLabel: String?

        init(graph: ControlFlowGraph, neverReturns: @escaping (Node) -> Bool, neverEnds: @escaping (Node) -> Bool) {
            self.graph = graph
            self.neverReturns = neverReturns
            self.neverEnds = neverEnds
            current = 0
        }

        mutating func newBlock(_ label: String) -> Int {
            let block = Block(index: graph.blocks.count, label: label)
            graph.blocks.append(block)
            return block.index
        }

        mutating func jump(to target: Int) {
            graph.blocks[current].successors.append(target)
        }

        mutating func append(_ node: Node) { graph.blocks[current].nodes.append(node) }

        /// After a jump the current block is a fresh, unreachable one (what follows a return is dead code).
        mutating func unreachable() { current = newBlock("unreachable") }

        mutating func run() {
            current = newBlock("entry")
            if let body = graph.function.child(Field.body) { statement(body) }
            // Falling off the end returns.
            let exit = newBlock("exit")
            jump(to: exit)
            graph.exit = exit
            // Returns were recorded as jumps to a placeholder (-1): point them at the exit.
            for block in graph.blocks {
                block.successors = block.successors.map { $0 == -1 ? exit : $0 }
            }
            // Labels used by goto before their definition were recorded; nothing more to patch.
        }

        mutating func statements(of block: Node) {
            block.forEachNamedChild { child in
                if !child.is(Kind.comment) { statement(child) }
            }
        }

        /// Statements nested deeper than this are recorded as plain nodes (a 100 000-deep block still builds).
        var depth = 0
        static let maximumDepth = 200

        mutating func statement(_ node: Node) {
            guard depth < Self.maximumDepth else { append(node); return }
            depth += 1
            defer { depth -= 1 }
            switch node.kind {
            case Kind.block:
                statements(of: node)
            case Kind.returnStatement:
                append(node)
                graph.blocks[current].returns = true
                jump(to: -1)
                unreachable()
            case Kind.ifStatement:
                ifStatement(node)
            case Kind.forStatement:
                forStatement(node)
            case Kind.expressionSwitchStatement, Kind.typeSwitchStatement:
                switchStatement(node)
            case Kind.selectStatement:
                selectStatement(node)
            case Kind.labeledStatement:
                labeledStatement(node)
            case Kind.breakStatement:
                let label = node.namedChildren.first(where: { $0.is(Kind.labelName) })?.text
                if let target = targets.last(where: { $0.breakTarget != nil && (label == nil || $0.label == label) })?.breakTarget {
                    jump(to: target)
                }
                unreachable()
            case Kind.continueStatement:
                let label = node.namedChildren.first(where: { $0.is(Kind.labelName) })?.text
                if let target = targets.last(where: { $0.continueTarget != nil && (label == nil || $0.label == label) })?.continueTarget {
                    jump(to: target)
                }
                unreachable()
            case Kind.fallthroughStatement:
                if let target = targets.last(where: { $0.fallthroughTarget != nil })?.fallthroughTarget { jump(to: target) }
                unreachable()
            case Kind.gotoStatement:
                if let label = node.namedChildren.first(where: { $0.is(Kind.labelName) })?.text {
                    jump(to: labelBlock(label))
                }
                unreachable()
            case Kind.expressionStatement:
                append(node)
                if let call = node.codeChildren.first.map(unparenthesized), call.is(Kind.callExpression), neverReturns(call) {
                    unreachable()
                }
            case Kind.emptyStatement, Kind.comment:
                break
            default:
                // Assignments, declarations, sends, inc/dec, go, defer: evaluated in place.
                append(node)
            }
        }

        mutating func labelBlock(_ name: String) -> Int {
            if let known = labels[name] { return known }
            let block = newBlock("label.\(name)")
            labels[name] = block
            return block
        }

        mutating func ifStatement(_ node: Node) {
            if let initializer = node.child(Field.initializer) { statement(initializer) }
            guard let condition = node.child(Field.condition) else { return }
            append(condition)
            graph.blocks[current].condition = condition
            let header = current
            let then = newBlock("if.then")
            let done = newBlock("if.done")
            var elseBlock = done
            if node.child(Field.alternative) != nil { elseBlock = newBlock("if.else") }
            graph.blocks[header].successors += [then, elseBlock]
            current = then
            if let consequence = node.child(Field.consequence) { statement(consequence) }
            jump(to: done)
            if let alternative = node.child(Field.alternative) {
                current = elseBlock
                statement(alternative)
                jump(to: done)
            }
            current = done
        }

        mutating func forStatement(_ node: Node) {
            let label = pendingLabel
            pendingLabel = nil
            let clause = node.namedChildren.first { $0.is(Kind.forClause) || $0.is(Kind.rangeClause) }
            let body = node.child(Field.body)
            var conditionNode: Node?
            if let clause, clause.is(Kind.forClause) {
                if let initializer = clause.child(Field.initializer) { statement(initializer) }
                conditionNode = clause.child(Field.condition)
            } else if let clause, clause.is(Kind.rangeClause) {
                // The range expression is evaluated once, before the loop.
                if let right = clause.child(Field.right) { append(right) }
            } else if let condition = node.namedChildren.first(where: { !$0.is(Kind.block) && !$0.is(Kind.comment) }) {
                conditionNode = condition  // `for cond { … }`
            }
            let loop = newBlock("for.loop")
            jump(to: loop)
            let bodyBlock = newBlock("for.body")
            let done = newBlock("for.done")
            var continueTarget = loop
            var post: Int?
            if let clause, clause.is(Kind.forClause), clause.child(Field.update) != nil {
                post = newBlock("for.post")
                continueTarget = post!
            }
            current = loop
            if let clause, clause.is(Kind.rangeClause) {
                // Each iteration assigns the range variables, or finds the range exhausted (never, over a
                // channel nobody closes: `for range time.Tick(d)`).
                append(clause)
                let endless = clause.child(Field.right).map(neverEnds) ?? false
                graph.blocks[loop].successors += endless ? [bodyBlock] : [bodyBlock, done]
            } else if let conditionNode {
                append(conditionNode)
                graph.blocks[loop].condition = conditionNode
                graph.blocks[loop].successors += [bodyBlock, done]
            } else {
                graph.blocks[loop].successors += [bodyBlock]  // `for { … }`: left only by break, return or panic
            }
            targets.append(Targets(label: label, breakTarget: done, continueTarget: continueTarget))
            current = bodyBlock
            if let body { statement(body) }
            jump(to: continueTarget)
            targets.removeLast()
            if let post, let clause, let update = clause.child(Field.update) {
                current = post
                statement(update)
                jump(to: loop)
            }
            current = done
        }

        mutating func switchStatement(_ node: Node) {
            let label = pendingLabel
            pendingLabel = nil
            if let initializer = node.child(Field.initializer) { statement(initializer) }
            if let value = node.child(Field.value) { append(value) }
            let header = current
            let done = newBlock("switch.done")
            let clauses = node.namedChildren.filter { $0.is(Kind.expressionCase) || $0.is(Kind.typeCase) || $0.is(Kind.defaultCase) }
            let bodies = clauses.map { newBlock($0.is(Kind.defaultCase) ? "switch.default" : "switch.case") }
            for (index, clause) in clauses.enumerated() {
                // Case expressions are evaluated in the header; a clause's body is its own block.
                if !clause.is(Kind.defaultCase), clause.is(Kind.expressionCase), let values = clause.child(Field.value) {
                    graph.blocks[header].nodes.append(values)
                }
                graph.blocks[header].successors.append(bodies[index])
            }
            if !clauses.contains(where: { $0.is(Kind.defaultCase) }) { graph.blocks[header].successors.append(done) }
            for (index, clause) in clauses.enumerated() {
                current = bodies[index]
                let fallthroughTarget = index + 1 < bodies.count ? bodies[index + 1] : done
                targets.append(Targets(label: label, breakTarget: done, fallthroughTarget: fallthroughTarget))
                caseBody(clause)
                jump(to: done)
                targets.removeLast()
            }
            current = done
        }

        /// The statements of a case clause (after its case expressions or types).
        mutating func caseBody(_ clause: Node) {
            let skip: Set<Int> = Set([clause.child(Field.value), clause.child(Field.communication)].compactMap { $0?.startByte })
            var pastHead = clause.is(Kind.defaultCase)
            clause.forEachNamedChild { child in
                if child.is(Kind.comment) { return }
                if !pastHead {
                    // Type cases list types first; expression and communication cases their field.
                    if skip.contains(child.startByte) || TypeSyntax.isTypeNode(child) { return }
                    pastHead = true
                }
                statement(child)
            }
        }

        mutating func selectStatement(_ node: Node) {
            let label = pendingLabel
            pendingLabel = nil
            let header = current
            let done = newBlock("select.done")
            let clauses = node.namedChildren.filter { $0.is(Kind.communicationCase) || $0.is(Kind.defaultCase) }
            // `select {}` blocks forever: nothing follows.
            for clause in clauses {
                let body = newBlock(clause.is(Kind.defaultCase) ? "select.default" : "select.case")
                graph.blocks[header].successors.append(body)
                current = body
                if let communication = clause.child(Field.communication) { append(communication) }
                targets.append(Targets(label: label, breakTarget: done))
                caseBody(clause)
                jump(to: done)
                targets.removeLast()
            }
            current = done
            if clauses.isEmpty { unreachable() }
        }

        mutating func labeledStatement(_ node: Node) {
            guard let name = node.child(Field.label)?.text ?? node.namedChildren.first(where: { $0.is(Kind.labelName) })?.text else { return }
            let block = labelBlock(name)
            jump(to: block)
            current = block
            guard let inner = node.namedChildren.first(where: { !$0.is(Kind.labelName) && !$0.is(Kind.comment) }) else { return }
            if inner.is(Kind.forStatement) || inner.is(Kind.expressionSwitchStatement) || inner.is(Kind.typeSwitchStatement)
                || inner.is(Kind.selectStatement) {
                pendingLabel = name
            }
            statement(inner)
            pendingLabel = nil
        }
    }
}
