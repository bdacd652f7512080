/// GL301: `time.After` as a `select` case inside a `for` loop of the same function.
public struct TimeAfterInLoopRule: Rule {
    public static let doc = RuleDoc(
        code: "GL301",
        name: "time-after-in-loop",
        title: "time.After in a select inside a loop creates a timer per iteration",
        severity: .warning,
        whatItDoes: """
            Finds `time.After(d)` used as a case of a `select` statement that runs inside a `for` loop of the \
            same function. A func literal is its own function; `<-time.After(d)` as a plain statement (a \
            sleep) is not reported.
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
            With go ≥ 1.23 in the nearest go.mod (or --go-version) the finding is a note: the timer no longer \
            leaks, but the loop still allocates one per iteration. Unknown version: warning.
            """,
        tags: ["timers", "memory"],
        triggering: TimeAfterInLoopExamples.triggering,
        nonTriggering: TimeAfterInLoopExamples.nonTriggering)

    public init(options: RuleOptions) {}

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        guard package.anySourceContains("\"time\"") && package.anySourceContains(".After(") else { return nil }
        return Analysis(diagnostics)
    }

    /// Timers stopped leaking in Go 1.23 (unreferenced timers are collected before they fire).
    static let collectedTimers = GoVersion(major: 1, minor: 23)

    final class Analysis: PackageAnalysis {
        let diagnostics: Diagnostics
        init(_ diagnostics: Diagnostics) { self.diagnostics = diagnostics }

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
            guard walk.file.isCall(call, "time", "After"), isSelectCase(walk), walk.enclosingLoopLevel >= 0,
                  !isShadowed(call) else { return }
            let function = call.child(Field.function)?.text ?? "time.After"
            if let version = walk.file.goVersion, version >= TimeAfterInLoopRule.collectedTimers {
                diagnostics.report(walk.file.range(of: call),
                                   "\(function) in a select inside a loop allocates a new timer every iteration: "
                                   + "create one time.NewTimer before the loop, Reset it each iteration and defer its Stop",
                                   severity: .note)
            } else {
                diagnostics.report(walk.file.range(of: call),
                                   "\(function) in a select inside a loop creates a timer per iteration that stays in "
                                   + "memory until it fires: create one time.NewTimer before the loop, Reset it each "
                                   + "iteration and defer its Stop")
            }
        }

        /// `time := clock{}` in an enclosing function: `time.After` is then a method, not the package.
        private func isShadowed(_ call: Node) -> Bool {
            guard let operand = call.child(Field.function)?.child(Field.operand) else { return false }
            let name = operand.textHash
            return scopes.contains { $0.contains(name) }
        }

        /// `case <-time.After(d):` or `case v := <-time.After(d):` of a select.
        private func isSelectCase(_ walk: WalkContext) -> Bool {
            var distance = 1
            while let node = walk.ancestor(distance), node.is(Kind.parenthesizedExpression) { distance += 1 }
            guard let receive = walk.ancestor(distance), receive.is(Kind.unaryExpression),
                  receive.child(Field.operator)?.textEquals("<-") == true else { return false }
            distance += 1
            while let node = walk.ancestor(distance), node.is(Kind.parenthesizedExpression) { distance += 1 }
            guard let statement = walk.ancestor(distance), statement.is(Kind.receiveStatement),
                  statement.child(Field.right) == walk.ancestor(distance - 1),
                  let clause = walk.ancestor(distance + 1), clause.is(Kind.communicationCase),
                  clause.child(Field.communication) == statement else { return false }
            return walk.ancestor(distance + 2)?.is(Kind.selectStatement) == true
        }
    }
}
