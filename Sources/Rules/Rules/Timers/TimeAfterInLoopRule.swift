/// GL301: `time.After` as a `select` case inside a `for` loop of the same function.
public struct TimeAfterInLoopRule: Rule {
    public static let doc = RuleDoc(
        code: "GL301",
        name: "time-after-in-loop",
        title: "time.After in a select inside a loop creates a timer per iteration",
        severity: .warning,
        whatItDoes: """
            Finds `time.After(d)` used as a case of a `select` statement that runs inside a `for` loop of the \
            same function, when another case of that select can go round the loop while the timer is still \
            pending (so timers pile up). When every other case leaves the loop (return, break or goto out, \
            panic, os.Exit, log.Fatal, t.Fatal), `time.After` is a cancellable sleep or a timeout and at most \
            one timer is pending: not reported. A func literal is its own function; `<-time.After(d)` as a \
            plain statement (a sleep) is not reported.
            """,
        whyIsThisBad: """
            Every iteration creates a new timer and channel. Before Go 1.23 a timer is not garbage-collected \
            until it fires, so a busy loop with a long timeout keeps thousands of live timers: memory grows with \
            the loop rate × the duration. Since Go 1.23 unreferenced timers are collected, but each iteration \
            still allocates.
            """,
        example: """
            for {
                select {
                case msg := <-messages:
                    handle(msg)
                case <-time.After(30 * time.Second):
                    return errIdle
                }
            }
            """,
        useInstead: """
            idle := time.NewTimer(30 * time.Second)
            defer idle.Stop()
            for {
                idle.Reset(30 * time.Second)
                select {
                case msg := <-messages:
                    handle(msg)
                case <-idle.C:
                    return errIdle
                }
            }
            """,
        goVersionNotes: """
            With go ≥ 1.23 in the nearest go.mod (or --go-version) unreferenced timers are collected before \
            they fire, so by default nothing is reported (as staticcheck's SA1015). Option \
            `note-since-go-1-23: true` keeps a note: the loop still allocates a timer per iteration. Below \
            1.23 or with no go.mod: warning.
            """,
        options: ["note-since-go-1-23: true keeps a note (per-iteration allocation) when go ≥ 1.23"],
        tags: ["timers", "memory"],
        triggering: TimeAfterInLoopExamples.triggering,
        nonTriggering: TimeAfterInLoopExamples.nonTriggering)

    let notesSinceCollectedTimers: Bool

    public init(options: RuleOptions) { notesSinceCollectedTimers = options.flag("note-since-go-1-23") }

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        guard package.importsAny(["time"]) && package.callsAnySelector(["After"]) else { return nil }
        return Analysis(diagnostics, notesSinceCollectedTimers: notesSinceCollectedTimers)
    }

    /// Timers stopped leaking in Go 1.23 (unreferenced timers are collected before they fire).
    static let collectedTimers = GoVersion(major: 1, minor: 23)

    final class Analysis: PackageAnalysis {
        let diagnostics: Diagnostics
        let notesSinceCollectedTimers: Bool
        init(_ diagnostics: Diagnostics, notesSinceCollectedTimers: Bool) {
            self.diagnostics = diagnostics
            self.notesSinceCollectedTimers = notesSinceCollectedTimers
        }

        /// Names declared by each enclosing function, by hash: a local `time` is not the package.
        private var scopes: [Set<UInt64>] = []

        var kinds: [KindID] {
            [Kind.callExpression, Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral]
                + LocalDeclarations.declaringKinds
        }
        var leaveKinds: [KindID] { [Kind.functionDeclaration, Kind.methodDeclaration, Kind.funcLiteral] }

        func beginFile(_ file: GoFile) -> Bool { file.imports.imports("time") }

        func leave(_ node: Node, _ walk: WalkContext) { scopes.removeLast() }

        func enter(_ node: Node, _ walk: WalkContext) {
            if LocalDeclarations.isFunction(node.kind) {
                scopes.append(Set(walk.signature(of: node).nameHashes))
            } else if node.is(Kind.callExpression) {
                check(node, walk)
            } else if !scopes.isEmpty {
                scopes[scopes.count - 1].formUnion(walk.declaredNameHashes(node))
            }
        }

        private func check(_ call: Node, _ walk: WalkContext) {
            guard walk.file.isCall(call, "time", "After"), let (clause, select) = selectCase(walk), walk.enclosingLoopLevel >= 0,
                  !isShadowed(call), let roundTrip = caseGoingRound(select, besides: clause, walk)
            else { return }
            let function = call.child(Field.function)?.text ?? "time.After"
            let related = [RelatedLocation(walk.file.range(of: roundTrip),
                                           "this case goes round the loop while the timer is pending")]
            if let version = walk.file.goVersion, version >= TimeAfterInLoopRule.collectedTimers {
                guard notesSinceCollectedTimers else { return }
                diagnostics.report(walk.file.range(of: call),
                                   "\(function) in a select inside a loop allocates a new timer every iteration: "
                                   + "create one time.NewTimer before the loop, Reset it each iteration and defer its Stop",
                                   severity: .note, related: related)
            } else {
                diagnostics.report(walk.file.range(of: call),
                                   "\(function) in a select inside a loop creates a timer per iteration that stays in "
                                   + "memory until it fires: create one time.NewTimer before the loop, Reset it each "
                                   + "iteration and defer its Stop", related: related)
            }
        }

        /// Another case (or default) of `select` that can go round the loop: one whose body does not
        /// always leave it. Nil when every other case leaves (a cancellable sleep or a timeout).
        private func caseGoingRound(_ select: Node, besides timerCase: Node, _ walk: WalkContext) -> Node? {
            let loopLevel = walk.enclosingLoopLevel
            var label: String?
            if loopLevel > 0, walk.node(atLevel: loopLevel - 1).is(Kind.labeledStatement) {
                label = walk.node(atLevel: loopLevel - 1).child(Field.label)?.text
            }
            let loop = walk.node(atLevel: loopLevel)
            // Names the loop's condition tests (`for err == nil`): a case that assigns one leaves.
            var conditionNames = Set<UInt64>()
            if let condition = loop.namedChildren.first(where: { !$0.is(Kind.block) && !$0.is(Kind.forClause)
                                                                && !$0.is(Kind.rangeClause) && !$0.is(Kind.comment) }) {
                TreeWalk.forEach(condition) { if $0.is(Kind.identifier) { conditionNames.insert($0.textHash) }; return true }
            }
            if let clause = loop.namedChildren.first(where: { $0.is(Kind.forClause) }), let condition = clause.child(Field.condition) {
                TreeWalk.forEach(condition) { if $0.is(Kind.identifier) { conditionNames.insert($0.textHash) }; return true }
            }
            // Statements after the select, in any block between it and the loop, that always leave: the
            // select runs once per pass that then leaves (`select {…}; return finish(…)`).
            for level in stride(from: walk.level - 1, to: loopLevel, by: -1) {
                let block = walk.node(atLevel: level)
                guard block.is(Kind.block) else { continue }
                let inner = walk.node(atLevel: level + 1)
                let rest = block.namedChildren.filter { $0.startByte >= inner.endByte }
                if Termination.alwaysLeavesLoop(rest, loopLabel: label) { return nil }
            }
            for clause in select.namedChildren where clause != timerCase
                && (clause.is(Kind.communicationCase) || clause.is(Kind.defaultCase)) {
                let communication = clause.child(Field.communication)
                // `case <-ctx.Done():` fires once cancelled and on every pass after: a loop that went round
                // on it would spin, so real code leaves right after (often at the loop's head).
                if let communication, Self.receivesCancellation(communication, loop: loop) { continue }
                let body = clause.namedChildren.filter { $0 != communication }
                if Self.assignsAny(of: conditionNames, in: body) { continue }
                if !Termination.alwaysLeavesLoop(body, loopLabel: label) { return clause }
            }
            return nil
        }

        /// `<-ctx.Done()`, `<-done`, `<-quit`, `<-stop`, `<-closing`, `<-s.stopCh`: a cancellation signal —
        /// unless the channel is made in the loop itself (`done := notify(x)` per item: a completion).
        static func receivesCancellation(_ communication: Node, loop: Node) -> Bool {
            guard let receive = communication.is(Kind.receiveStatement) ? communication.child(Field.right) : communication,
                  receive.is(Kind.unaryExpression), var channel = receive.child(Field.operand) else { return false }
            if channel.is(Kind.callExpression), let function = channel.child(Field.function), function.is(Kind.selectorExpression),
               function.child(Field.field)?.textEquals("Done") == true {
                return true
            }
            if channel.is(Kind.identifier), declaresInside(loop, channel.textHash) { return false }
            if channel.is(Kind.selectorExpression), let field = channel.child(Field.field) { channel = field }
            let name = channel.text.lowercased()
            return ["done", "quit", "stop", "closing", "closed", "shutdown", "exit", "cancel", "die", "kill"]
                .contains { name.hasPrefix($0) || name.hasSuffix($0) || name.hasSuffix($0 + "ch") || name.hasSuffix($0 + "c") }
        }

        /// Whether `loop` declares the name itself (`x := …` or `var x` in its body or header).
        static func declaresInside(_ loop: Node, _ name: UInt64) -> Bool {
            var found = false
            TreeWalk.forEach(loop) { node in
                if found { return false }
                LocalDeclarations.forEachName(declaredBy: node) { if $0.textHash == name { found = true } }
                return !node.is(Kind.funcLiteral)
            }
            return found
        }

        /// Whether the statements assign (`=`, `:=` does not count) one of the names.
        static func assignsAny(of names: Set<UInt64>, in statements: [Node]) -> Bool {
            guard !names.isEmpty else { return false }
            var found = false
            for statement in statements {
                TreeWalk.forEach(statement) { node in
                    if found { return false }
                    if node.is(Kind.assignmentStatement), let left = node.child(Field.left) {
                        found = left.namedChildren.contains { $0.is(Kind.identifier) && names.contains($0.textHash) }
                    }
                    return !node.is(Kind.funcLiteral)
                }
            }
            return found
        }

        /// `time := clock{}` in an enclosing function: `time.After` is then a method, not the package.
        private func isShadowed(_ call: Node) -> Bool {
            guard let operand = call.child(Field.function)?.child(Field.operand) else { return false }
            let name = operand.textHash
            return scopes.contains { $0.contains(name) }
        }

        /// The select case `case <-time.After(d):` or `case v := <-time.After(d):` the call is in, and its
        /// select (read from the walk's ancestors: tree-sitter's parent lookup is O(depth)).
        private func selectCase(_ walk: WalkContext) -> (clause: Node, select: Node)? {
            var distance = 1
            while let node = walk.ancestor(distance), node.is(Kind.parenthesizedExpression) { distance += 1 }
            guard let receive = walk.ancestor(distance), receive.is(Kind.unaryExpression),
                  receive.child(Field.operator)?.textEquals("<-") == true else { return nil }
            distance += 1
            while let node = walk.ancestor(distance), node.is(Kind.parenthesizedExpression) { distance += 1 }
            guard let statement = walk.ancestor(distance), statement.is(Kind.receiveStatement),
                  statement.child(Field.right) == walk.ancestor(distance - 1),
                  let clause = walk.ancestor(distance + 1), clause.is(Kind.communicationCase),
                  clause.child(Field.communication) == statement,
                  let select = walk.ancestor(distance + 2), select.is(Kind.selectStatement) else { return nil }
            return (clause, select)
        }
    }
}
