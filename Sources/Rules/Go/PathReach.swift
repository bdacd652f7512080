/// Can control reach the end of a function from a point in it without passing a use of a value? The
/// question go vet's lostcancel asks of a cancel function, answered on the syntax tree instead of a
/// control-flow graph: statements in order, both arms of an `if`, every clause of a `switch` or
/// `select`, a loop body that may not run, and Go's terminating statements (return, goto, panic and
/// process exits, `for {}` without a break, a `select` whose every case terminates). A `break`
/// or `continue` that skips the rest of a loop body is not followed: the path goes on after the loop.
enum PathReach {
    /// The exits of `function` reachable from the statement containing `from` without passing a
    /// statement that contains one of `usedAt`: the start bytes of such returns, and the function's
    /// closing brace when its end is reachable that way.
    static func unusedExits(function: Node, _ walk: WalkContext, from: Int, usedAt: [Int]) -> (returns: Set<Int>, end: SourceRange?) {
        guard let body = function.child(Field.body), body.is(Kind.block) else { return ([], nil) }
        // The `main` of a program: returning from it ends the process, nothing is left to leak.
        if function.is(Kind.functionDeclaration), function.child(Field.name)?.textEquals("main") == true,
           walk.file.packageName == "main" {
            return ([], nil)
        }
        let reach = Reach(usedAt: usedAt)
        guard reach.fromPoint(from, in: body) else { return (reach.returns, nil) }
        let closing = walk.file.range(of: body)
        return (reach.returns, SourceRange(path: closing.path, start: SourcePosition(line: closing.end.line, column: max(1, closing.end.column - 1)),
                                           end: closing.end, startByte: body.endByte - 1, endByte: body.endByte))
    }

    /// The return statement starting at `offset` inside `function`.
    /// (The exits above are start bytes; this finds the statement for a related location.)
    static func returnStatement(at offset: Int, in function: Node) -> Node? {
        var found: Node?
        TreeWalk.forEach(function) { node in
            if found != nil || node.endByte <= offset || node.startByte > offset { return false }
            if node.startByte == offset, node.is(Kind.returnStatement) { found = node; return false }
            return true
        }
        return found
    }

    /// `for { … }`, or `for range time.Tick(d)` (a Tick channel is never closed): left only by a break,
    /// a return or a panic inside.
    /// `for`, `switch` and `select`: the statements an unlabelled `break` leaves.
    static func isBreakable(_ node: Node) -> Bool {
        node.is(Kind.forStatement) || node.is(Kind.expressionSwitchStatement) || node.is(Kind.typeSwitchStatement)
            || node.is(Kind.selectStatement)
    }

    static func isEndless(_ loop: Node) -> Bool {
        if loop.namedChildCount == 1 { return true }
        guard let clause = loop.namedChild(0), clause.is(Kind.rangeClause), let right = clause.child(Field.right),
              right.is(Kind.callExpression), let function = right.child(Field.function), function.is(Kind.selectorExpression),
              function.child(Field.field)?.textEquals("Tick") == true else { return false }
        return true
    }

    private final class Reach {
        let usedAt: [Int]
        /// Returns reached on a path without a use.
        var returns = Set<Int>()
        init(usedAt: [Int]) { self.usedAt = usedAt }

        func uses(_ node: Node) -> Bool { usedAt.contains { $0 >= node.startByte && $0 < node.endByte } }
        func contains(_ node: Node, _ offset: Int) -> Bool { offset >= node.startByte && offset < node.endByte }

        /// From the point `from` inside `container` (a block or a case clause): reaches its end unused?
        func fromPoint(_ from: Int, in container: Node) -> Bool {
            let statements = Self.statements(of: container)
            guard let index = statements.firstIndex(where: { contains($0, from) }) else { return flows(statements[...]) }
            let statement = statements[index]
            if !throughCompound(statement, from) { return false }
            return flows(statements[(index + 1)...])
        }

        /// From `from` inside a compound statement: reaches the point after it unused?
        func throughCompound(_ statement: Node, _ from: Int) -> Bool {
            switch statement.kind {
            case Kind.ifStatement:
                if let consequence = statement.child(Field.consequence), contains(consequence, from) {
                    return fromPoint(from, in: consequence)
                }
                if let alternative = statement.child(Field.alternative), contains(alternative, from) {
                    return alternative.is(Kind.block) ? fromPoint(from, in: alternative) : throughCompound(alternative, from)
                }
                // In the initializer: both arms lie ahead.
                return flows([statement][...])
            case Kind.forStatement:
                if let body = statement.child(Field.body), contains(body, from) {
                    // From inside the body the loop may go round: the body's start is reachable again.
                    let reachesEnd = fromPoint(from, in: body)
                    // The loop is left only after the rest of this pass (breaks aside): if that uses the
                    // value, no path leaves unused. An endless loop is left only by a break. The next pass
                    // is not followed: a use before the acquisition in the body (`if cancel != nil {
                    // cancel() }` at the top) is invisible to a walk in source order.
                    return reachesEnd && (!PathReach.isEndless(statement) || Self.breaksOut(of: statement))
                }
                // From the loop's header (`for range time.Tick(d)`): the body runs, then the loop ends
                // unless it is endless and nothing breaks out.
                if let body = statement.child(Field.body) { _ = flows(Self.statements(of: body)[...]) }
                return !PathReach.isEndless(statement) || Self.breaksOut(of: statement)
            case Kind.block:
                return fromPoint(from, in: statement)
            case Kind.labeledStatement:
                return statement.codeChildren.last.map { throughCompound($0, from) } ?? true
            case Kind.expressionSwitchStatement, Kind.typeSwitchStatement, Kind.selectStatement:
                if let clause = statement.codeChildren.first(where: { Self.isClause($0) && contains($0, from) }) {
                    return fromPoint(from, in: clause)
                }
                return flows([statement][...])
            default:
                // A simple statement (the acquisition itself): the path goes on after it.
                return true
            }
        }

        /// Running `statements` in order: is their end reached on a path without a use?
        func flows(_ statements: ArraySlice<Node>) -> Bool {
            for statement in statements {
                if !reachesAfter(statement) { return false }
            }
            return true
        }

        /// Is the point after `statement` reached on a path without a use?
        func reachesAfter(_ statement: Node) -> Bool {
            switch statement.kind {
            case Kind.returnStatement:
                if !uses(statement) { returns.insert(statement.startByte) }
                return false
            case Kind.gotoStatement:
                return false
            case Kind.ifStatement:
                if let initializer = statement.child(Field.initializer), uses(initializer) { return false }
                if let condition = statement.child(Field.condition), uses(condition) { return false }
                let then = statement.child(Field.consequence).map { flows(Self.statements(of: $0)[...]) } ?? true
                guard let alternative = statement.child(Field.alternative) else { return true }
                let otherwise = alternative.is(Kind.block) ? flows(Self.statements(of: alternative)[...]) : reachesAfter(alternative)
                return then || otherwise
            case Kind.block:
                return flows(Self.statements(of: statement)[...])
            case Kind.labeledStatement:
                return statement.codeChildren.last.map(reachesAfter) ?? true
            case Kind.forStatement:
                // A loop with a condition or range may not run its body; `for {}` ends only by a break.
                let endless = PathReach.isEndless(statement)
                if let header = statement.namedChild(0), !header.is(Kind.block), uses(header) { return false }
                // The body's returns are reachable; after one pass the loop may exit (or go round).
                if let body = statement.child(Field.body) { _ = flows(Self.statements(of: body)[...]) }
                if endless { return Self.breaksOut(of: statement) }
                return true
            case Kind.expressionSwitchStatement, Kind.typeSwitchStatement, Kind.selectStatement:
                if let value = statement.child(Field.value), uses(value) { return false }
                if let initializer = statement.child(Field.initializer), uses(initializer) { return false }
                let clauses = statement.codeChildren.filter(Self.isClause)
                var reaches = !clauses.contains { $0.is(Kind.defaultCase) } && !statement.is(Kind.selectStatement)
                for clause in clauses {
                    let body = Self.statements(of: clause)
                    let clauseReaches = (clause.is(Kind.communicationCase) && clause.child(Field.communication).map(uses) == true)
                        ? false : flows(body[...])
                    // A clause ending in `fallthrough` goes on into the next clause's body, whose own
                    // result then stands for both.
                    if body.last?.kind == Kind.fallthroughStatement { continue }
                    if clauseReaches { reaches = true }
                }
                return reaches
            case Kind.expressionStatement:
                if uses(statement) { return false }
                if let call = statement.namedChild(0), call.is(Kind.callExpression), Termination.neverReturns(call) {
                    return false
                }
                return true
            default:
                return !uses(statement)
            }
        }

        /// Whether a `break` leaves this loop: an unlabelled one not inside a nested for, switch or
        /// select, or a labelled one (assumed to name this loop or one around it). Func literals aside.
        static func breaksOut(of loop: Node) -> Bool {
            guard ByteSearch.contains(loop.bytes, "break"), let body = loop.child(Field.body) else { return false }
            var found = false
            // Breakable statements (for, switch, select) open around the current node, inside the body:
            // an unlabelled break in one of them leaves it, not the loop. An iterative walk, like every
            // walk of the engine: deep nesting costs heap, not stack.
            var nested = 0
            TreeWalk.walk(body, enter: { node in
                if found || node.is(Kind.funcLiteral) { return false }
                if node.is(Kind.breakStatement) {
                    if node.namedChildCount > 0 || nested == 0 { found = true }
                    return false
                }
                if PathReach.isBreakable(node) { nested += 1 }
                return true
            }, leave: { node in
                if PathReach.isBreakable(node) { nested -= 1 }
            })
            return found
        }


        static func isClause(_ node: Node) -> Bool {
            node.is(Kind.expressionCase) || node.is(Kind.typeCase) || node.is(Kind.communicationCase) || node.is(Kind.defaultCase)
        }

        /// The statements of a block or of a case clause (not its case values or communication).
        static func statements(of container: Node) -> [Node] {
            guard isClause(container) else { return container.codeChildren }
            var result: [Node] = []
            for index in 0..<container.childCount {
                guard let child = container.child(index), child.isNamed, !child.is(Kind.comment),
                      container.fieldName(ofChild: index) == nil else { continue }
                result.append(child)
            }
            return result
        }
    }
}
