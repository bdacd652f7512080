/// GL204: an empty `select {}` outside `main` and `init`.
public struct SelectForeverRule: Rule {
    public static let doc = RuleDoc(
        code: "GL204",
        name: "select-forever",
        title: "Empty select blocks its goroutine forever",
        severity: .warning,
        whatItDoes: """
            Finds `select {}` — a select with no cases, which blocks forever — outside package `main` and \
            outside the functions `main` and `init` (and the func literals inside them), where parking the \
            main goroutine while others serve is the idiom. Off by default: on 31 real repositories every \
            `select {}` outside package main was deliberate (CLI commands that serve until killed, a goroutine \
            kept for a crash dump after `go panic(…)`); select it for library code where that is not wanted.
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
        tags: ["goroutines", "channels", "reliability"],
        triggering: SelectForeverExamples.triggering,
        nonTriggering: SelectForeverExamples.nonTriggering)

    public init(options: RuleOptions) {}

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        guard package.anySourceContains("select") else { return nil }
        return Analysis(diagnostics)
    }

    final class Analysis: PackageAnalysis {
        let diagnostics: Diagnostics
        init(_ diagnostics: Diagnostics) { self.diagnostics = diagnostics }

        var kinds: [KindID] { [Kind.selectStatement] }

        func enter(_ node: Node, _ walk: WalkContext) {
            guard walk.file.packageName != "main" else { return }
            // No case at all (comments aside); checked without building the children's list.
            for index in 0..<node.namedChildCount where node.namedChild(index)?.is(Kind.comment) == false { return }
            // The top-level declaration around it (level 1: the source file is level 0).
            if walk.level > 1 {
                let top = walk.node(atLevel: 1)
                if top.is(Kind.functionDeclaration), let name = top.child(Field.name),
                   name.textEquals("main") || name.textEquals("init") {
                    return
                }
            }
            diagnostics.report(walk.file.range(of: node),
                               "select {} blocks this goroutine forever: nothing can wake or stop it; wait on a "
                               + "context, a done channel or a signal instead")
        }
    }
}
