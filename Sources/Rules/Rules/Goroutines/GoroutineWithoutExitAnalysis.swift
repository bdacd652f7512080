/// The analysis behind GL203. A goroutine runs forever when its body (a func literal, or a function of
/// the package started with `go f(…)`) has an endless loop with no way out. Literals are judged at their
/// `go` statement; named functions get a summary ("runs forever, in this loop") when the walk passes their
/// declaration, and the `go` statements that start them are judged in the package phase.
final class GoroutineWithoutExitAnalysis: PackageAnalysis {
    let diagnostics: Diagnostics
    let package: PackageContext

    init(diagnostics: Diagnostics, package: PackageContext) { self.diagnostics = diagnostics; self.package = package }

    var kinds: [KindID] { [Kind.functionDeclaration, Kind.methodDeclaration, Kind.goStatement] }

    private static let endlessFor = Array("for {".utf8)
    private static let tickRange = Array("range time.Tick(".utf8)

    /// Same-package functions whose body runs an endless loop without exit: the loop's range.
    private var runsForever: [CalleeKey: SourceRange] = [:]
    /// `go f(…)` statements that may start such a function, judged when every summary is known.
    private var namedStarts: [(key: CalleeKey, goStatement: SourceRange, starter: Starter?)] = []
    /// Func-literal goroutines without exit, kept until the package phase asks how often their starter runs.
    private var literalStarts: [(goStatement: SourceRange, loop: SourceRange, starter: Starter?)] = []

    func enter(_ node: Node, _ walk: WalkContext) {
        if node.is(Kind.goStatement) {
            goStatement(node, walk)
        } else if let name = node.child(Field.name), walk.package.goStartedNames.contains(name.textHash),
                  let loop = Self.loopWithoutExit(in: node, walk.file) {
            runsForever[CalleeKey(name: name.text, isMethod: node.is(Kind.methodDeclaration))] = walk.file.range(of: loop)
        }
    }

    private func goStatement(_ node: Node, _ walk: WalkContext) {
        guard !startsOnce(walk) else { return }
        guard let call = node.namedChildren.first(where: { $0.is(Kind.callExpression) }),
              let function = call.child(Field.function) else { return }
        let starter = Self.starter(walk)
        if function.is(Kind.funcLiteral) {
            if let loop = Self.loopWithoutExit(in: function, walk.file) {
                literalStarts.append((walk.file.range(of: node), walk.file.range(of: loop), starter))
            }
            return
        }
        switch walk.file.callee(of: call) {
        case .function(let name): namedStarts.append((CalleeKey(name: name, isMethod: false), walk.file.range(of: node), starter))
        case .method(_, let name): namedStarts.append((CalleeKey(name: name, isMethod: true), walk.file.range(of: node), starter))
        default: break
        }
    }

    /// The top-level function or method holding the `go` statement: how often it runs is how often the
    /// goroutine starts.
    private static func starter(_ walk: WalkContext) -> Starter? {
        guard walk.level > 1 else { return nil }
        let declaration = walk.node(atLevel: 1)
        guard declaration.is(Kind.functionDeclaration) || declaration.is(Kind.methodDeclaration),
              let name = declaration.child(Field.name) else { return nil }
        guard declaration.is(Kind.methodDeclaration) else { return Starter(name: name.text, receiver: nil) }
        let receiver = walk.signature(of: declaration).receiver.first?.type.map { ModuleCallers.receiverType($0.text) }
        return Starter(name: name.text, receiver: receiver ?? "")
    }

    /// The function holding a `go` statement, with its receiver type's name when it is a method.
    struct Starter {
        let name: String
        let receiver: String?
    }

    func finishPackage() {
        for start in literalStarts where !calledOnlyOncePerProcess(start.starter) {
            report(start.goStatement, loop: start.loop, started: nil)
        }
        for start in namedStarts {
            guard let loop = runsForever[start.key], !calledOnlyOncePerProcess(start.starter) else { continue }
            report(start.goStatement, loop: loop, started: start.key.name)
        }
    }

    /// Every caller of the starter, across the module, is once-per-process code (`ModuleCallers`): unlike
    /// `startsOnce`, which reads only the go statement's own function.
    private func calledOnlyOncePerProcess(_ starter: Starter?) -> Bool {
        guard let starter else { return false }
        return package.runsOncePerProcess(function: starter.name, receiver: starter.receiver)
    }

    // MARK: Started once

    /// A goroutine started once per process is a background service, not a leak: in package main or
    /// other command code (`CommandCode`: under `cmd/`, or a `cmdRun` handler), in `init`, `main`,
    /// `TestMain`, a sub-command entry point (`serverMain`) or a set-up function by name (`initScanner`,
    /// `setupTraps`), or inside a `sync.Once`'s `Do`.
    private func startsOnce(_ walk: WalkContext) -> Bool {
        if walk.file.packageName == "main" || walk.package.isCommandCode { return true }
        if walk.level > 1, let name = walk.node(atLevel: 1).child(Field.name) {
            let text = name.text
            if StartupNames.runsOnce(text) { return true }
        }
        // `once.Do(func() { go … })`.
        var level = walk.level - 1
        while level > 0 {
            let ancestor = walk.node(atLevel: level)
            if ancestor.is(Kind.callExpression), let function = ancestor.child(Field.function),
               function.is(Kind.selectorExpression), function.child(Field.field)?.textEquals("Do") == true {
                return true
            }
            level -= 1
        }
        return false
    }

    // MARK: Loops without exit

    /// An endless loop (`for { … }`, `for range time.Tick(d)`) among the body's own statements that
    /// nothing leaves.
    static func loopWithoutExit(in function: Node, _ file: GoFile) -> Node? {
        guard let body = function.child(Field.body), body.is(Kind.block) else { return nil }
        let bytes = file.source[body.startByte..<body.endByte]
        guard MemorySearch.contains(bytes, endlessFor) || MemorySearch.contains(bytes, tickRange) else { return nil }
        var found: Node?
        body.forEachNamedChild { statement in
            if found == nil, statement.is(Kind.forStatement), LoopShape.isEndless(statement), !hasWayOut(statement, file) {
                found = statement
            }
        }
        return found
    }

    /// A return, goto, a break out of the loop, a call that ends the goroutine or process (panic,
    /// runtime.Goexit, os.Exit, log.Fatal…, t.Fatal…), or a receive from `ctx.Done()` or a done/quit/stop
    /// channel (a shutdown signal, even where the case body is not read further).
    static func hasWayOut(_ loop: Node, _ file: GoFile) -> Bool {
        var found = false
        // `for`, `switch` and `select` statements open between `loop` and the current node: an unlabelled
        // break inside one of them leaves that statement, not the loop. Counted on the way down, so no
        // break asks tree-sitter for its parents (O(depth × siblings) each).
        var innerBreakables = 0
        TreeWalk.walk(loop, enter: { node in
            if found || node.is(Kind.funcLiteral) { return false }
            switch node.kind {
            case Kind.returnStatement, Kind.gotoStatement:
                found = true
            case Kind.breakStatement:
                // A labelled break is assumed to leave.
                found = node.namedChildCount > 0 || innerBreakables == 0
            case Kind.forStatement, Kind.expressionSwitchStatement, Kind.typeSwitchStatement, Kind.selectStatement:
                if node != loop { innerBreakables += 1 }
            case Kind.callExpression:
                found = endsGoroutine(node)
            case Kind.unaryExpression:
                if node.child(Field.operator)?.textEquals("<-") == true, let operand = node.child(Field.operand) {
                    found = isShutdownSignal(unparenthesized(operand))
                }
            default:
                break
            }
            return !found
        }, leave: { node in
            if node != loop, LoopShape.isBreakable(node) { innerBreakables -= 1 }
        })
        return found
    }

    private static func endsGoroutine(_ call: Node) -> Bool {
        guard let function = call.child(Field.function) else { return false }
        if function.is(Kind.identifier) { return function.textEquals("panic") }
        guard function.is(Kind.selectorExpression), let field = function.child(Field.field) else { return false }
        let name = field.text
        return name == "Exit" || name == "Goexit" || name.hasPrefix("Fatal") || name.hasPrefix("Panic")
            || name == "FailNow" || name == "SkipNow"
    }

    /// `<-ctx.Done()`, `<-done`, `<-s.quit`, `<-stopCh`: a channel whose name says it signals shutdown.
    private static func isShutdownSignal(_ operand: Node) -> Bool {
        if operand.is(Kind.callExpression), let function = operand.child(Field.function), function.is(Kind.selectorExpression) {
            return function.child(Field.field)?.textEquals("Done") == true
        }
        let name: String
        if operand.is(Kind.selectorExpression) { name = operand.child(Field.field)?.text ?? "" } else { name = operand.text }
        let lowered = name.lowercased()
        return ["done", "quit", "stop", "exit", "close", "shutdown", "cancel", "die", "kill", "term", "finish"]
            .contains { lowered.contains($0) }
    }

    private func report(_ goStatement: SourceRange, loop: SourceRange, started: String?) {
        let what = started.map { "'\($0)' runs" } ?? "this goroutine runs"
        diagnostics.report(
            goStatement,
            "\(what) an endless loop with no way out (no return, break, ctx.Done() or done-channel receive): "
                + "every goroutine started here lives until the process exits; give it a context or a done channel",
            related: [RelatedLocation(loop, "the loop that never ends")])
    }
}
