/// A loop that acquires only for the element whose key equals one string constant is a lookup written as a
/// loop: `for _, l := range layers { if l.MediaType != "…params" { continue }; f := open(l); defer f.Close() }`.
/// One element per key is the usual data shape (one params layer per manifest), so its defers do not pile up.
/// Found as three of the five remaining false positives of GL105 on the development set (ollama); a loop that
/// acquires for a set of keys (`case "model", "projector":`) or a non-constant filter stays reported.
extension DeferInLoopRule.Exemptions {
    /// The defer sits where only an element picked by one string constant gets: in the body of
    /// `if key == "x"`, in a `case "x":` of `switch key`, or after `if key != "x" { continue }` at the top
    /// of the loop body; `key` is a range variable of the loop or a field of one.
    static func acquiresForOneKey(_ deferNode: Node, _ walk: WalkContext, loopLevel: Int, loop: Node) -> Bool {
        guard let clause = loop.namedChild(0), clause.is(Kind.rangeClause),
              let left = clause.child(Field.left) else { return false }
        let rangeNames = Set(left.codeChildren.filter { $0.is(Kind.identifier) }.map(\.text))
        guard !rangeNames.isEmpty else { return false }
        var level = walk.level - 1
        while level > loopLevel {
            let child = walk.node(atLevel: level + 1), container = walk.node(atLevel: level)
            if container.is(Kind.ifStatement), container.child(Field.consequence) == child,
               let condition = container.child(Field.condition),
               comparesKey(condition, operator: "==", rangeNames) {
                return true
            }
            if container.is(Kind.expressionCase), walk.node(atLevel: level - 1).is(Kind.expressionSwitchStatement),
               let key = walk.node(atLevel: level - 1).child(Field.value), isKey(key, rangeNames),
               let values = container.child(Field.value) {
                let labels = values.is(Kind.expressionList) ? values.codeChildren : [values]
                if labels.count == 1, isStringConstant(labels[0]) { return true }
            }
            // The statement of the loop body that holds the defer: an earlier `if key != "x" { continue }`.
            if level == loopLevel + 1, container.is(Kind.block) {
                for statement in container.codeChildren {
                    if statement == child { break }
                    if isSkipUnlessKey(statement, rangeNames) { return true }
                }
            }
            level -= 1
        }
        return false
    }

    /// `if key != "x" { continue }`, with no initializer and no else.
    private static func isSkipUnlessKey(_ statement: Node, _ rangeNames: Set<String>) -> Bool {
        guard statement.is(Kind.ifStatement), statement.child(Field.initializer) == nil,
              statement.child(Field.alternative) == nil,
              let condition = statement.child(Field.condition), comparesKey(condition, operator: "!=", rangeNames),
              let body = statement.child(Field.consequence)?.codeChildren, body.count == 1 else { return false }
        return body[0].is(Kind.continueStatement) && body[0].namedChildCount == 0
    }

    /// `key <op> "x"` or `"x" <op> key`.
    private static func comparesKey(_ condition: Node, operator op: String, _ rangeNames: Set<String>) -> Bool {
        let condition = unparenthesized(condition)
        guard condition.is(Kind.binaryExpression), condition.child(Field.operator)?.textEquals(op) == true,
              let left = condition.child(Field.left).map(unparenthesized),
              let right = condition.child(Field.right).map(unparenthesized) else { return false }
        return (isKey(left, rangeNames) && isStringConstant(right)) || (isKey(right, rangeNames) && isStringConstant(left))
    }

    /// A range variable or a field of one (`l`, `l.MediaType`, `e.Header.Kind`).
    private static func isKey(_ node: Node, _ rangeNames: Set<String>) -> Bool {
        selectorRoot(node).map { rangeNames.contains($0.text) } ?? false
    }

    private static func isStringConstant(_ node: Node) -> Bool {
        node.is(Kind.interpretedStringLiteral) || node.is(Kind.rawStringLiteral)
    }
}
