/// GL204: an empty `select {}` outside `main` and `init`.
public struct SelectForeverRule: Rule {
    public static let doc = RuleDoc(
        code: "GL204",
        name: "select-forever",
        title: "Empty select blocks its goroutine forever",
        severity: .warning,
        whatItDoes: """
            Finds `select {}` — a select with no cases, which blocks forever — in library code. Left alone, \
            because there parking a goroutine until the process ends is the point: package `main`; the \
            functions `main`, `init` and sub-command entry points (`serverMain`), with the func literals inside \
            them; command handlers by name (`cmdRun`); packages under a `cmd/` directory of the module (a \
            program's sub-commands); and a select right after the statement that ends the process \
            (`go panic(e)`, keeping the goroutine for the crash dump, or a signal the process sends itself).

            **Off by default** (`--select GL204`): a finding is a design question (how does this stop?) more \
            than a bug, and real code rarely has one. On the 31 repositories of the development set \
            (2026-11-30, non-test code) it reports nothing: the 8 `select {}` outside package main were all \
            command code or crash-dump parking, now exempt by the rules above.
            """,
        whyIsThisBad: """
            Nothing can wake a goroutine blocked in `select {}`: not a context, not a shutdown, not a test's \
            end. In library code it leaks the goroutine and everything its stack references for the life of \
            the process, makes the function impossible to stop or test, and hides the real wait (for a signal, \
            a context or a done channel) that the code meant.
            """,
        example: """
            func (s *Server) Run() {
                go s.serve()
                select {}
            }
            """,
        useInstead: """
            func (s *Server) Run(ctx context.Context) error {
                go s.serve()
                <-ctx.Done()
                return ctx.Err()
            }
            """,
        enabledByDefault: false,
        precision: "low",
        measured: "no findings on the blind or development corpora (2026-12)",
        tags: ["goroutines", "channels", "reliability"],
        triggering: SelectForeverExamples.triggering,
        nonTriggering: SelectForeverExamples.nonTriggering)

    public init(options: RuleOptions) {}

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        guard package.anySourceContains("select") else { return nil }
        return Analysis(diagnostics)
    }

    final class Analysis: PackageAnalysis {
        /// The statement just before the select ends the process from another goroutine — `go panic(e)`
        /// (tailscale's singleflight keeps the goroutine "so that it will appear in the crash dump"), or a
        /// signal to the process itself (`os.FindProcess(os.Getpid())` … `.Signal(os.Interrupt)`) — so the
        /// select only waits for the end that is already on its way.
        static func followsProcessEnd(_ select: Node, _ walk: WalkContext) -> Bool {
            var previous = select.previousNamedSibling
            while let statement = previous, statement.is(Kind.comment) { previous = statement.previousNamedSibling }
            guard let statement = previous else { return false }
            let signalsItself = walk.enclosingFunction.map { ByteSearch.contains($0.bytes, "Getpid()") } ?? false
            var ends = false
            TreeWalk.forEach(statement) { node in
                guard !ends, !node.is(Kind.funcLiteral) else { return false }
                if node.is(Kind.callExpression), let function = node.child(Field.function) {
                    if function.is(Kind.identifier) {
                        ends = function.textEquals("panic")
                    } else if signalsItself, function.is(Kind.selectorExpression), let field = function.child(Field.field) {
                        ends = field.textEquals("Signal") || field.textEquals("Kill")
                    }
                }
                return !ends
            }
            return ends
        }

        let diagnostics: Diagnostics
        init(_ diagnostics: Diagnostics) { self.diagnostics = diagnostics }

        var kinds: [KindID] { [Kind.selectStatement] }

        func enter(_ node: Node, _ walk: WalkContext) {
            guard walk.file.packageName != "main" else { return }
            // No case at all (comments aside); checked without building the children's list.
            for index in 0..<node.namedChildCount where node.namedChild(index)?.is(Kind.comment) == false { return }
            // The top-level declaration around it (level 1: the source file is level 0): `main`, `init`, a
            // sub-command entry point (`serverMain`) or a command handler (`cmdRun`) park the process's
            // goroutine on purpose.
            if walk.level > 1 {
                let top = walk.node(atLevel: 1)
                if top.is(Kind.functionDeclaration) || top.is(Kind.methodDeclaration), let name = top.child(Field.name) {
                    let text = name.text
                    if StartupNames.isEntryPoint(text) || CommandCode.isHandler(text) { return }
                }
            }
            // A command's own package (under `cmd/`) serves until the process is killed.
            if walk.package.isCommandCode { return }
            if Self.followsProcessEnd(node, walk) { return }
            diagnostics.report(walk.file.range(of: node),
                               "select {} blocks this goroutine forever: nothing can wake or stop it; wait on a "
                               + "context, a done channel or a signal instead")
        }
    }
}
