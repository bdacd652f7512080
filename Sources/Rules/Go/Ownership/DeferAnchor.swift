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
        let checked = next.map(isErrorCheck) ?? false
        if checked, let check = next { insertAt = check.endByte }
        // Another result kept in a variable (the error) but not checked by the next statement.
        let keepsOther = targets.indices.contains { $0 != resultIndex && targets[$0].is(Kind.identifier) && !targets[$0].textEquals("_") }
        return DeferAnchor(name: targets[resultIndex].text, insertAt: insertAt, afterStatement: lineEnd, indent: indent,
                           leavesErrorUnchecked: keepsOther && !checked)
    }

    /// The text to insert: a new line, indented like the acquiring statement.
    public func insertion(_ statement: String) -> String { "\n" + indent + statement }

    /// The bytes of a statement's lines, from its line's start to the newline after it, when nothing else
    /// (code or a comment) shares those lines; nil otherwise.
    static func wholeLines(of statement: Node) -> Range<Int>? {
        let source = statement.tree.source
        guard indentation(of: statement) != nil else { return nil }
        var start = statement.startByte
        while start > 0, source[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        var end = statement.endByte
        while end < source.count, source[end] == UInt8(ascii: " ") || source[end] == UInt8(ascii: "\t") || source[end] == UInt8(ascii: "\r") { end += 1 }
        guard end < source.count, source[end] == UInt8(ascii: "\n") else { return nil }
        return start..<(end + 1)
    }

    /// The fix for a value released on some paths only: one `defer` right after the acquisition (and its
    /// error check) replaces every existing release, so each path releases exactly once. Offered only when
    /// every release is a plain statement after that point in the acquiring function and the value is never
    /// handed on (a defer would release what another owner holds).
    static func movingReleases(of value: TrackedValue, name: String, deferred statement: String) -> Fix? {
        guard let anchor = value.deferAnchor, anchor.name == name, !value.hasFixedRelease, !value.movableReleases.isEmpty,
              value.events.allSatisfy({ $0 == .released || $0 == .confirmed }),
              value.movableReleases.allSatisfy({ $0.lowerBound >= anchor.insertAt }) else { return nil }
        let path = value.site.path
        var edits = [TextEdit(path: path, startByte: anchor.insertAt, endByte: anchor.insertAt, newText: anchor.insertion(statement))]
        for lines in Set(value.movableReleases.map { [$0.lowerBound, $0.upperBound] }).sorted(by: { $0[0] < $1[0] }) {
            edits.append(TextEdit(path: path, startByte: lines[0], endByte: lines[1], newText: ""))
        }
        return Fix(message: "move the release into `\(statement)` right after the acquisition", edits: edits)
    }

    static func isCaseClause(_ node: Node) -> Bool {
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
