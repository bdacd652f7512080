/// Shapes of `defer` in a loop that maintainers write on purpose (from labelling GL105's findings on
/// 31 repositories: 29 of 40 sampled findings were one of these).
extension DeferInLoopRule {
    enum Exemptions {
        /// Every path after the defer leaves the loop: in some block between the defer and the loop body,
        /// the statements after the defer end in a return, goto, panic or process exit, or a break out of
        /// the loop (`defer resp.Body.Close(); break`), so the defer runs at most once.
        static func leavesAfter(_ deferNode: Node, _ walk: WalkContext, loopLevel: Int) -> Bool {
            var level = walk.level
            var insideSwitch = false
            while level > loopLevel {
                let statement = walk.node(atLevel: level)
                let container = walk.node(atLevel: level - 1)
                // A plain break in a case clause leaves the switch or select, not the loop.
                if container.is(Kind.expressionCase) || container.is(Kind.typeCase) || container.is(Kind.communicationCase)
                    || container.is(Kind.defaultCase) {
                    insideSwitch = true
                }
                if container.is(Kind.block) || container.is(Kind.expressionCase) || container.is(Kind.typeCase)
                    || container.is(Kind.communicationCase) || container.is(Kind.defaultCase) {
                    let statements = container.codeChildren
                    if let index = statements.firstIndex(of: statement), index + 1 < statements.count,
                       leaves(statements[statements.count - 1], breakLeavesLoop: !insideSwitch) {
                        return true
                    }
                }
                level -= 1
            }
            return false
        }

        private static func leaves(_ statement: Node, breakLeavesLoop: Bool) -> Bool {
            switch statement.kind {
            case Kind.returnStatement, Kind.gotoStatement: return true
            case Kind.breakStatement: return breakLeavesLoop || statement.namedChildCount > 0
            case Kind.expressionStatement:
                guard let call = statement.namedChild(0), call.is(Kind.callExpression) else { return false }
                return Termination.neverReturns(call)
            default: return false
            }
        }

        /// The pile-up is the point:
        /// - a C call (`defer C.free(…)`): the C values must stay valid until a C call after the loop;
        /// - a rollback (`defer func() { if err != nil { undo() } }()`), run once at exit by design;
        /// - a backstop: the same call is made again later in the iteration (`defer cancel()` … `cancel()`);
        /// - the value outlives the iteration anyway: the loop's range value (`for _, t := range targets {
        ///   defer t.Close() }`) or a value the body appends or stores (`blocks = append(blocks, b)`).
        static func isIntended(_ deferNode: Node, loop: Node, body: Node) -> Bool {
            guard let call = deferNode.namedChild(0), call.is(Kind.callExpression),
                  let function = call.child(Field.function) else { return false }
            if function.is(Kind.selectorExpression), let operand = function.child(Field.operand), operand.textEquals("C") {
                return true
            }
            if function.is(Kind.funcLiteral), let literalBody = function.child(Field.body),
               let first = literalBody.codeChildren.first, first.is(Kind.ifStatement),
               let condition = first.child(Field.condition), ByteSearch.contains(condition.bytes, "err")
                || ByteSearch.contains(condition.bytes, "Err") || ByteSearch.contains(condition.bytes, "recover") {
                return true
            }
            let callText = call.bytes
            let after = body.tree.source[deferNode.endByte..<body.endByte]
            if !callText.isEmpty, containsCall(after, callText) { return true }
            guard let receiver = receiverName(of: function) else { return false }
            if let clause = loop.namedChild(0), clause.is(Kind.rangeClause), let left = clause.child(Field.left),
               left.codeChildren.contains(where: { $0.textEquals(receiver) }) {
                return true
            }
            return keeps(receiver, in: body)
        }

        /// `x` of `x.Close`, `x.y.Close` (the first name).
        private static func receiverName(of function: Node) -> String? {
            var node = function
            while node.is(Kind.selectorExpression), let operand = node.child(Field.operand) { node = operand }
            return node.is(Kind.identifier) && node != function ? node.text : nil
        }

        /// The body appends `name` to a slice or stores it in an element: the value is kept past the iteration.
        private static func keeps(_ name: String, in body: Node) -> Bool {
            var kept = false
            TreeWalk.forEach(body) { node in
                if kept || node.is(Kind.funcLiteral) { return false }
                if node.is(Kind.callExpression), let function = node.child(Field.function), function.textEquals("append"),
                   let arguments = node.child(Field.arguments),
                   arguments.codeChildren.dropFirst().contains(where: { $0.textEquals(name) }) {
                    kept = true
                } else if node.is(Kind.assignmentStatement), let left = node.child(Field.left), let right = node.child(Field.right),
                          left.codeChildren.contains(where: { $0.is(Kind.indexExpression) }),
                          right.codeChildren.contains(where: { $0.textEquals(name) }) {
                    kept = true
                }
                return !kept
            }
            return kept
        }

        /// Whether `call`'s text occurs in `haystack` as a plain call (not another `defer` of it).
        private static func containsCall(_ haystack: ArraySlice<UInt8>, _ call: ArraySlice<UInt8>) -> Bool {
            let pattern = Array(call), deferWord = Array("defer ".utf8)
            var rest = haystack
            while let hit = MemorySearch.firstIndex(of: pattern, in: rest) {
                if !haystack[max(haystack.startIndex, hit - deferWord.count)..<hit].elementsEqual(deferWord) { return true }
                rest = haystack[(hit + 1)...]
            }
            return false
        }
    }
}
