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
        guard package.anySourceContains("\"time\"") && package.anySourceContains(".After(") else { return nil }
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
                scopes.append(Set(PackageDeclarations.signatureNameHashes(of: node)))
            } else if node.is(Kind.callExpression) {
                check(node, walk)
            } else if !scopes.isEmpty {
                LocalDeclarations.forEachName(declaredBy: node) { scopes[scopes.count - 1].insert($0.textHash) }
            }
        }

        private func check(_ call: Node, _ walk: WalkContext) {
            guard walk.file.isCall(call, "time", "After"), let clause = selectCase(walk), walk.enclosingLoopLevel >= 0,
                  !isShadowed(call), let select = clause.parent, let roundTrip = caseGoingRound(select, besides: clause, walk)
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
            for clause in select.namedChildren where clause != timerCase
                && (clause.is(Kind.communicationCase) || clause.is(Kind.defaultCase)) {
                let communication = clause.child(Field.communication)
                let body = clause.namedChildren.filter { $0 != communication }
                if !Termination.alwaysLeavesLoop(body, loopLabel: label) { return clause }
            }
            return nil
        }

        /// `time := clock{}` in an enclosing function: `time.After` is then a method, not the package.
        private func isShadowed(_ call: Node) -> Bool {
            guard let operand = call.child(Field.function)?.child(Field.operand) else { return false }
            let name = operand.textHash
            return scopes.contains { $0.contains(name) }
        }

        /// The select case `case <-time.After(d):` or `case v := <-time.After(d):` the call is in.
        private func selectCase(_ walk: WalkContext) -> Node? {
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
                  walk.ancestor(distance + 2)?.is(Kind.selectStatement) == true else { return nil }
            return clause
        }
    }
}
