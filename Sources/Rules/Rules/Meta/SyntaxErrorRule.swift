/// GL003: tells the user a file has parse errors, so findings in it may be incomplete.
public struct SyntaxErrorRule: Rule {
    public static let doc = RuleDoc(
        code: "GL003",
        name: "syntax-error",
        title: "File has syntax errors; analysis of it may be incomplete",
        severity: .note,
        whatItDoes: "Reports the first syntax error of a file that does not parse cleanly.",
        whyIsThisBad: """
            goleaklint analyses code that does not compile yet, but a parse error can hide a statement \
            (a Close, a send, a delete) from the other rules. This note says which file's results to \
            read with care.
            """,
        example: "func f() {\n\tresp, err := http.Get(url\n}",
        useInstead: "func f() {\n\tresp, err := http.Get(url)\n}",
        tags: ["meta"],
        triggering: [
            Example("package p\n\nfunc f() {\n\t↓x := )\n}\n", testMutations: false),
            Example("package p\n\nfunc f() ↓{\n\tif x {\n", testMutations: false),
        ],
        nonTriggering: [
            Example("package p\n\nfunc f() {}\n"),
            Example("package p\n\n// a comment with ) unbalanced ( brackets\nfunc f() {}\n"),
        ])

    public init(options: RuleOptions) {}

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? {
        Analysis(diagnostics)
    }

    private final class Analysis: PackageAnalysis {
        let diagnostics: Diagnostics
        init(_ diagnostics: Diagnostics) { self.diagnostics = diagnostics }

        var kinds: [KindID] { [] }

        /// Reports the first error or missing node, descending only into subtrees that have errors.
        func beginFile(_ file: GoFile) -> Bool {
            let root = file.root
            guard root.hasError else { return false }
            var first: Node?
            TreeWalk.forEach(root) { node in
                if first != nil { return false }
                if node.isError || node.isMissing { first = node; return false }
                return node.hasError
            }
            let at = first ?? root
            let what = at.isMissing ? "missing \(at.kindName)" : "unexpected syntax"
            diagnostics.report(file.range(of: at),
                               "\(what): the file has syntax errors, findings in it may be incomplete")
            return false
        }

        func enter(_ node: Node, _ walk: WalkContext) {}
    }
}
