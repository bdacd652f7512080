/// Where the mechanical fix of a resource rule goes: `defer f.Close()` right after the statement that
/// acquires the resource, or after the `if err != nil { return … }` that checks it. Only for the plain
/// shape — `f, err := os.Open(p)` as a statement of a block, outside any loop of its function (a
/// `defer` in a loop piles up until the function returns) — so applying the fix never changes what
/// the code means beyond the release.
extension DeferAnchor {
    static func after(_ call: Node, _ walk: WalkContext, resultIndex: Int) -> DeferAnchor? {
        guard walk.enclosingLoopLevel < 0, let list = walk.ancestor(1), list.is(Kind.expressionList),
              let statement = walk.ancestor(2), statement.is(Kind.shortVarDeclaration) || statement.is(Kind.assignmentStatement),
              statement.child(Field.right) == list, list.namedChildCount == 1,
              let container = walk.ancestor(3), container.is(Kind.block) || isCaseClause(container),
              let left = statement.child(Field.left) else { return nil }
        let targets = left.codeChildren
        guard resultIndex < targets.count, targets[resultIndex].is(Kind.identifier),
              !targets[resultIndex].textEquals("_"), let indent = indentation(of: statement) else { return nil }
        // After a comment on the statement's own line, so the comment stays with its statement.
        var lineEnd = statement.endByte
        var next = statement.nextNamedSibling
        while let comment = next, comment.is(Kind.comment), comment.start.line == statement.end.line {
            lineEnd = comment.endByte
            next = comment.nextNamedSibling
        }
        var insertAt = lineEnd
        if let check = next, isErrorCheck(check) { insertAt = check.endByte }
        return DeferAnchor(name: targets[resultIndex].text, insertAt: insertAt, afterStatement: lineEnd, indent: indent)
    }

    /// The text to insert: a new line, indented like the acquiring statement.
    public func insertion(_ statement: String) -> String { "\n" + indent + statement }

    private static func isCaseClause(_ node: Node) -> Bool {
        node.is(Kind.expressionCase) || node.is(Kind.typeCase) || node.is(Kind.communicationCase) || node.is(Kind.defaultCase)
    }

    /// `if err != nil { …; return }` with no else: the resource is valid after it.
    private static func isErrorCheck(_ node: Node) -> Bool {
        guard node.is(Kind.ifStatement), node.child(Field.alternative) == nil,
              let condition = node.child(Field.condition), ByteSearch.contains(condition.bytes, "err"),
              let body = node.child(Field.consequence) else { return false }
        guard let last = body.codeChildren.last else { return false }
        if last.is(Kind.returnStatement) { return true }
        if last.is(Kind.expressionStatement), let call = last.namedChild(0), call.is(Kind.callExpression) {
            return Termination.neverReturns(call)
        }
        return false
    }

    /// The whitespace before the statement on its line, or nil when code precedes it there.
    private static func indentation(of statement: Node) -> String? {
        let source = statement.tree.source
        var start = statement.startByte
        while start > 0, source[start - 1] != UInt8(ascii: "\n") {
            guard source[start - 1] == UInt8(ascii: "\t") || source[start - 1] == UInt8(ascii: " ") else { return nil }
            start -= 1
        }
        return String(decoding: source[start..<statement.startByte], as: UTF8.self)
    }
}
