/// Where a use of a local value hands the value itself on, so something else may hold it: the question
/// GL201, GL202 and GL205 ask of a channel or a pipe before judging who must release it. Calls are left
/// to each rule (a `close(ch)`, a `go f(ch)` or a wrapper means different things to each).
enum ValueFlow {
    /// `node` (already out of its parentheses) under `parent`: returned, assigned or declared as a right-hand
    /// value (`x := ch`, `s.out = ch`), put in a composite literal, or sent as a value (`out <- ch`).
    static func leavesAsValue(_ node: Node, parent: Node) -> Bool {
        switch parent.kind {
        case Kind.expressionList:
            guard let statement = parent.parent else { return false }
            return statement.is(Kind.returnStatement)
                || ((statement.is(Kind.assignmentStatement) || statement.is(Kind.shortVarDeclaration))
                    && statement.child(Field.right) == parent)
                || (statement.is(Kind.varSpec) && statement.child(Field.value) == parent)
        case Kind.returnStatement, Kind.literalElement, Kind.keyedElement:
            return true
        case Kind.sendStatement:
            return parent.child(Field.value) == node
        case Kind.assignmentStatement:
            return parent.child(Field.right) == node
        default:
            return false
        }
    }

    /// The node and its first ancestor that is not a parenthesized expression.
    static func unwrapped(_ identifier: Node) -> (node: Node, parent: Node?) {
        var node = identifier
        var parent = identifier.parent
        while let enclosing = parent, enclosing.is(Kind.parenthesizedExpression) { node = enclosing; parent = enclosing.parent }
        return (node, parent)
    }
}
