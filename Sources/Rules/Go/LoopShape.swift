/// Two syntax questions about loops, asked by GL203 as it reads a goroutine's body (path questions go to the
/// control-flow graph, `Semantic/Flow`).
enum LoopShape {
    /// `for`, `switch` and `select`: the statements an unlabelled `break` leaves.
    static func isBreakable(_ node: Node) -> Bool {
        node.is(Kind.forStatement) || node.is(Kind.expressionSwitchStatement) || node.is(Kind.typeSwitchStatement)
            || node.is(Kind.selectStatement)
    }

    /// `for { … }`, or `for range time.Tick(d)` (a Tick channel is never closed): left only by a break,
    /// a return or a panic inside.
    static func isEndless(_ loop: Node) -> Bool {
        if loop.namedChildCount == 1 { return true }
        guard let clause = loop.namedChild(0), clause.is(Kind.rangeClause), let right = clause.child(Field.right),
              right.is(Kind.callExpression), let function = right.child(Field.function), function.is(Kind.selectorExpression),
              function.child(Field.field)?.textEquals("Tick") == true else { return false }
        return true
    }
}
