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
               let condition = first.child(Field.condition).map(unparenthesized), ByteSearch.contains(condition.bytes, "err")
                || ByteSearch.contains(condition.bytes, "Err") || ByteSearch.contains(condition.bytes, "recover")
                // `if !closed { w.Close() }`: a backstop for the explicit close the body flags.
                || (condition.is(Kind.unaryExpression) && condition.child(Field.operand)?.is(Kind.identifier) == true) {
                return true
            }
            // The same call made explicitly in the iteration, before the defer (closing the previous
            // value before reopening) or after it: the defer is a backstop.
            let callText = call.bytes
            if !callText.isEmpty, containsCall(body.tree.source[body.startByte..<body.endByte], callText) { return true }
            guard let receiver = receiverName(of: function) else { return false }
            if let clause = loop.namedChild(0), clause.is(Kind.rangeClause), let left = clause.child(Field.left),
               left.codeChildren.contains(where: { $0.textEquals(receiver) }) {
                return true
            }
            return keeps(receiver, in: body)
        }

        /// The loop ranges over a short fixed list: a composite literal, or a name declared with one (in the
        /// function, or at package level) — `for _, name := range []string{"v4", "v6"}`. A handful of
        /// pending releases is the program's design, not a pile-up.
        static func rangesOverShortList(_ loop: Node, function: Node?, declarations: PackageDeclarations) -> Bool {
            guard let clause = loop.namedChild(0), clause.is(Kind.rangeClause),
                  let right = clause.child(Field.right).map(unparenthesized) else { return false }
            if right.is(Kind.compositeLiteral) { return isShort(right) }
            guard right.is(Kind.identifier) else { return false }
            var local: Node?
            if let function {
                TreeWalk.forEach(function) { node in
                    if local != nil || node.startByte >= loop.startByte { return false }
                    if node.is(Kind.shortVarDeclaration) || node.is(Kind.varSpec) {
                        let targets = node.is(Kind.varSpec) ? LocalDeclarations.specNames(node) : (node.child(Field.left)?.codeChildren ?? [])
                        let values = (node.is(Kind.varSpec) ? node.child(Field.value) : node.child(Field.right))?.codeChildren ?? []
                        if let index = targets.firstIndex(where: { $0.textEquals(right.text) }), index < values.count {
                            local = unparenthesized(values[index])
                        }
                        return false
                    }
                    return true
                }
            }
            if let local, let function {
                guard let initial = initialLength(of: local),
                      let added = boundedAppends(to: right, in: function, before: loop) else { return false }
                return initial + added <= shortListLimit
            }
            // A package-level list: its initializer head is cut at 160 bytes, so a literal that closes
            // within it is short.
            guard let head = declarations.variables[right.text]?.valueHead?.trimmingCharacters(in: .whitespaces),
                  head.hasPrefix("[") , let open = head.firstIndex(of: "{") else { return false }
            return head[open...].contains("}") && head.filter({ $0 == "," }).count < shortListLimit
        }

        /// The length of a local list's initial value: a composite literal's element count, or the literal
        /// length of `make([]T, n)` / `make([]T, n, c)`; nil for anything else.
        private static func initialLength(of value: Node) -> Int? {
            if value.is(Kind.compositeLiteral) { return value.child(Field.body)?.codeChildren.count }
            guard value.is(Kind.callExpression), value.child(Field.function)?.textEquals("make") == true,
                  let arguments = value.child(Field.arguments)?.codeChildren, arguments.count >= 2,
                  arguments[1].is(Kind.intLiteral) else { return nil }
            return Int(arguments[1].text)
        }

        /// How many elements `name = append(name, a, b)` statements add to a local list before the loop
        /// (`prefixes := []string{v4}; if v6 { prefixes = append(prefixes, v6) }`), or nil when the count is
        /// not fixed: an append inside a loop, an `append(name, more...)` spread, or any other assignment
        /// but a re-slice of itself (`name = name[:1]`, which only shortens it).
        private static func boundedAppends(to name: Node, in function: Node, before loop: Node) -> Int? {
            var added = 0
            var fixed = true
            var loops = 0
            TreeWalk.walk(function, enter: { node in
                guard fixed, node.startByte < loop.startByte, node != loop else { return false }
                if node.is(Kind.forStatement) { loops += 1 }
                guard node.is(Kind.assignmentStatement), let left = node.child(Field.left)?.codeChildren,
                      left.contains(where: { $0.textEquals(name.text) }) else { return true }
                let values = node.child(Field.right)?.codeChildren ?? []
                // `name = name[:1]` only shortens it.
                if left.count == 1, values.count == 1, values[0].is(Kind.sliceExpression),
                   values[0].child(Field.operand)?.textEquals(name.text) == true {
                    return false
                }
                guard left.count == 1, values.count == 1, loops == 0,
                      GlobalGrowthAnalysis.appendsTo(left[0], values[0]),
                      let arguments = unparenthesized(values[0]).child(Field.arguments),
                      !ByteSearch.contains(arguments.bytes, "...") else {
                    fixed = false
                    return false
                }
                added += arguments.codeChildren.count - 1
                return false
            }, leave: { node in
                if node.is(Kind.forStatement), node.startByte < loop.startByte, node != loop { loops -= 1 }
            })
            return fixed ? added : nil
        }

        /// Lists of at most this many elements are "a handful".
        static let shortListLimit = 8

        private static func isShort(_ literal: Node) -> Bool {
            guard let body = literal.child(Field.body) else { return false }
            return body.codeChildren.count <= shortListLimit
        }

        /// `x` of `x.Close`, `x.y.Close` (the first name); nil for a plain function name.
        private static func receiverName(of function: Node) -> String? {
            guard function.is(Kind.selectorExpression) else { return nil }
            return selectorRoot(function)?.text
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
