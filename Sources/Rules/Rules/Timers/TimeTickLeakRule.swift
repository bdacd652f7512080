/// GL303: `time.Tick` in a function that can return, outside package main and tests, before Go 1.23.
public struct TimeTickLeakRule: Rule {
    public static let doc = RuleDoc(
        code: "GL303",
        name: "time-tick-leak",
        title: "time.Tick in a function that returns leaks its ticker",
        severity: .warning,
        whatItDoes: """
            Finds calls of `time.Tick` in functions that can return (some return, or the end of the \
            function, is reachable after the call), outside package `main` and tests. `time.Tick` gives no way \
            to stop its ticker, so it is only safe where it lives as long as the process: an endless loop (`for \
            range time.Tick(d)` with no way out, which never ends because the channel is never closed), \
            `main`, `init`, tests. As staticcheck SA1015.
            """,
        whyIsThisBad: """
            Before Go 1.23 a ticker that is never stopped is never collected: it keeps firing into its channel \
            for the life of the process. A function that calls `time.Tick` and returns leaks one ticker per \
            call — a handler or a retry loop leaks without bound.
            """,
        example: """
            func waitReady(ready func() bool) {
                for range time.Tick(time.Second) {
                    if ready() {
                        return
                    }
                }
            }
            """,
        useInstead: """
            func waitReady(ready func() bool) {
                ticker := time.NewTicker(time.Second)
                defer ticker.Stop()
                for range ticker.C {
                    if ready() {
                        return
                    }
                }
            }
            """,
        goVersionNotes: """
            With go ≥ 1.23 in the nearest go.mod (or --go-version) unreferenced tickers are collected, so \
            nothing is reported by default (as SA1015); `note-since-go-1-23: true` keeps a note. Below 1.23 or \
            with no go.mod: warning.
            """,
        options: ["note-since-go-1-23: true keeps a note when go ≥ 1.23"],
        tags: ["timers", "time", "memory"],
        equivalents: ["staticcheck", "SA1015"],
        triggering: TimeTickLeakExamples.triggering,
        nonTriggering: TimeTickLeakExamples.nonTriggering)

    let notesSinceCollectedTimers: Bool

    public init(options: RuleOptions) { notesSinceCollectedTimers = options.flag("note-since-go-1-23") }

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        guard package.name != "main", package.importsAny(["time"]), package.callsAnySelector(["Tick"]) else { return nil }
        var severity: Severity?
        if let version = package.goVersion, version >= TimeAfterInLoopRule.collectedTimers {
            guard notesSinceCollectedTimers else { return nil }
            severity = .note
        }
        return Analysis(diagnostics, severity: severity)
    }

    final class Analysis: PackageAnalysis {
        let diagnostics: Diagnostics
        let severity: Severity?
        init(_ diagnostics: Diagnostics, severity: Severity?) { self.diagnostics = diagnostics; self.severity = severity }

        var kinds: [KindID] { [Kind.callExpression] }

        func beginFile(_ file: GoFile) -> Bool { !FileClassification.isTest(path: file.path) && file.imports.imports("time") }

        func enter(_ node: Node, _ walk: WalkContext) {
            guard walk.file.isCall(node, "time", "Tick"), let function = walk.enclosingFunction else { return }
            if function.is(Kind.functionDeclaration), let name = function.child(Field.name),
               name.textEquals("init") || name.textEquals("main") {
                return
            }
            // Only where the function can be left after the call: an endless function keeps its ticker
            // for the life of the process, as it must.
            guard !PathSearch.exits(walk.semantics.controlFlow(of: function), from: node.startByte, avoiding: []).isEmpty else { return }
            diagnostics.report(walk.file.range(of: node),
                               "time.Tick leaks its ticker when this function returns (it can never be stopped): "
                               + "use time.NewTicker and `defer ticker.Stop()`",
                               severity: severity, fix: Self.fix(node, walk))
        }

        /// `for range time.Tick(d) {` directly in a block outside any loop: declare a ticker before the loop,
        /// stop it when the function returns, and range over its channel.
        static func fix(_ call: Node, _ walk: WalkContext) -> Fix? {
            guard walk.ancestor(1)?.is(Kind.rangeClause) == true, let loop = walk.ancestor(2), loop.is(Kind.forStatement),
                  let block = walk.ancestor(3), block.is(Kind.block), walk.enclosingLoopLevel == walk.level - 2,
                  let function = walk.enclosingFunction, !ByteSearch.contains(function.bytes, "ticker"),
                  let callee = call.child(Field.function), let operand = callee.child(Field.operand),
                  let arguments = call.child(Field.arguments) else { return nil }
            // The loop must be the only loop around the call (no enclosing loop in the function).
            var level = walk.level - 3
            while level > walk.enclosingFunctionLevel {
                if walk.node(atLevel: level).is(Kind.forStatement) { return nil }
                level -= 1
            }
            let source = call.tree.source
            var lineStart = loop.startByte
            while lineStart > 0, source[lineStart - 1] == UInt8(ascii: "\t") || source[lineStart - 1] == UInt8(ascii: " ") { lineStart -= 1 }
            guard lineStart == 0 || source[lineStart - 1] == UInt8(ascii: "\n") else { return nil }
            let indent = String(decoding: source[lineStart..<loop.startByte], as: UTF8.self)
            let path = walk.file.path
            // One name per loop: a second time.Tick loop in the same function (fixed in the same pass, from the same
            // text) declares `ticker2`, not a second `ticker :=` in one scope, which would not compile.
            let earlier = ByteSearch.offsets(of: ".Tick(", in: Array(source[function.startByte..<call.startByte])).count
            let name = earlier == 0 ? "ticker" : "ticker\(earlier + 1)"
            return Fix(message: "use a time.NewTicker stopped when the function returns", edits: [
                TextEdit(path: path, startByte: loop.startByte, endByte: loop.startByte,
                         newText: "\(name) := \(operand.text).NewTicker\(arguments.text)\n\(indent)defer \(name).Stop()\n\(indent)"),
                TextEdit(path: path, startByte: call.startByte, endByte: call.endByte, newText: "\(name).C"),
            ])
        }
    }
}
