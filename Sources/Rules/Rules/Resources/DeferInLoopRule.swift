/// GL105: a `defer` whose nearest enclosing function-or-loop is a loop.
public struct DeferInLoopRule: Rule {
    public static let doc = RuleDoc(
        code: "GL105",
        name: "defer-in-loop",
        title: "defer inside a loop runs only when the function returns",
        severity: .warning,
        whatItDoes: """
            Finds `defer` statements whose nearest enclosing function or loop is a `for` loop: the deferred \
            call does not run at the end of the iteration but when the whole function returns, so one is \
            pending per iteration. A func literal is its own function (`for … { func() { defer … }() }` is the \
            fix, not a finding). Not reported, because the pile-up cannot happen or is the point: every path \
            after the defer leaves the loop (`defer resp.Body.Close(); break`, a return, a panic), so it runs at \
            most once; a C call (`defer C.free(…)`: the C values must outlive the loop); a rollback closure \
            (`defer func() { if err != nil { undo() } }()`); a backstop for a call the iteration makes anyway; \
            a value that outlives the iteration regardless (the loop's range value, or one the body appends or \
            stores). The related location is the loop. Off by default: on a labelled sample of 31 real \
            repositories, 8 of 18 remaining findings were problems a maintainer would fix; the rest were \
            deliberate keep-alives (test harnesses, fan-out timers, cancel functions).
            """,
        whyIsThisBad: """
            Each pending defer keeps its arguments alive: open files, response bodies, locks, rows. A loop over \
            10 000 files with `defer f.Close()` holds 10 000 descriptors until it ends (`too many open files`); \
            `defer mu.Unlock()` in a loop deadlocks on the second iteration; a long-running loop never returns \
            and its defers never run at all.
            """,
        example: """
            for _, path := range paths {
                f, err := os.Open(path)
                if err != nil {
                    return err
                }
                defer f.Close()
                process(f)
            }
            """,
        useInstead: """
            for _, path := range paths {
                if err := func() error {
                    f, err := os.Open(path)
                    if err != nil {
                        return err
                    }
                    defer f.Close()
                    return process(f)
                }(); err != nil {
                    return err
                }
            }
            """,
        enabledByDefault: false,
        precision: "medium",
        tags: ["resources", "defer", "reliability"],
        triggering: DeferInLoopExamples.triggering,
        nonTriggering: DeferInLoopExamples.nonTriggering + DeferInLoopExamples.exempted)

    public init(options: RuleOptions) {}

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        guard package.anySourceContains("defer") else { return nil }
        return Analysis(diagnostics)
    }

    final class Analysis: PackageAnalysis {
        let diagnostics: Diagnostics
        init(_ diagnostics: Diagnostics) { self.diagnostics = diagnostics }

        var kinds: [KindID] { [Kind.deferStatement] }

        func enter(_ node: Node, _ walk: WalkContext) {
            let loopLevel = walk.enclosingLoopLevel
            guard loopLevel >= 0 else { return }
            let loop = walk.node(atLevel: loopLevel)
            var label: String?
            if loopLevel > 0, walk.node(atLevel: loopLevel - 1).is(Kind.labeledStatement) {
                label = walk.node(atLevel: loopLevel - 1).child(Field.label)?.text
            }
            // A body that always leaves the loop runs at most once: its defer cannot pile up.
            guard let body = loop.child(Field.body) else { return }
            if Termination.alwaysLeavesLoop(body.codeChildren, loopLabel: label) { return }
            if Exemptions.leavesAfter(node, walk, loopLevel: loopLevel) || Exemptions.isIntended(node, loop: loop, body: body) { return }
            let call = node.namedChild(0).map { Self.shortText($0.text) } ?? "the call"
            let function = walk.enclosingFunction.flatMap { $0.child(Field.name)?.text }.map { "'\($0)'" } ?? "the function"
            diagnostics.report(walk.file.range(of: node),
                               "`defer \(call)` in a loop runs only when \(function) returns, one per iteration until "
                               + "then: move the loop body into a function (a func literal called in the loop, or a "
                               + "helper) so it runs every iteration",
                               related: [RelatedLocation(walk.file.range(of: loop), "the loop")])
        }

        /// The first line of a call, shortened for a message.
        static func shortText(_ text: String) -> String {
            let line = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? text
            return line.count > 60 ? String(line.prefix(57)) + "…" : line
        }
    }
}
