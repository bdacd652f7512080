/// GL001: a suppression directive that suppressed nothing. Checked by the engine's suppression audit
/// (it needs every other rule's findings first), so it has no walk of its own.
public struct UnusedSuppressionRule: Rule {
    public static let doc = RuleDoc(
        code: "GL001",
        name: "unused-suppression",
        title: "Suppression directive suppresses nothing",
        severity: .warning,
        whatItDoes: """
            Reports `//goleaklint:ignore`, `//goleaklint:file-ignore` and `//nolint:goleaklint` directives that \
            did not suppress any finding in this run. Directives naming rules that did not run are left alone; \
            bare `//nolint` (shared with golangci-lint) is never reported. So is another linter's directive for a \
            check we cover (`//nolint:bodyclose`, `//nolint:sqlclosecheck`) that silences nothing of ours, where \
            that linter no longer runs: the nearest golangci-lint configuration does not enable it, or there is none \
            and it is not one of golangci-lint's defaults.
            """,
        whyIsThisBad: """
            A stale directive hides the next real leak on that line. Suppressions should be audited like code: \
            when the leak is fixed, the directive goes too.
            """,
        example: """
            //goleaklint:ignore GL101 closed by the caller
            resp, err := fetch(u) // (fetch's response is closed here now)
            """,
        useInstead: "resp, err := fetch(u)",
        tags: ["meta", "suppressions"],
        triggering: [
            Example("""
                package p

                func f() {
                \t↓//goleaklint:ignore GL101 nothing to hide here
                \tprintln("hi")
                }
                """),
            Example("""
                ↓//goleaklint:file-ignore GL102 no cgo here any more
                package p
                """),
            Example("""
                package p

                import "net/http"

                func f(u string) {
                \tresp, err := http.Get(u)
                \tif err != nil {
                \t\treturn
                \t}
                \tdefer resp.Body.Close() ↓//nolint:goleaklint // closed, so nothing to suppress
                }
                """),
            Example("""
                package p

                func f(u string) {
                \tprintln(u) ↓//nolint:bodyclose // from the golangci-lint days; nothing enables bodyclose now
                }
                """),
        ],
        nonTriggering: [
            Example("""
                package p

                import "net/http"

                func f(u string) {
                \t//goleaklint:ignore GL101 the process exits right after this probe
                \thttp.Get(u)
                }
                """),
            Example("""
                package p

                import "net/http"

                func f(u string) {
                \thttp.Get(u) //nolint:goleaklint // fire-and-forget probe
                }
                """),
            Example("""
                package p

                func f() {
                \tprintln("x") //nolint
                }
                """),
            Example("""
                package p

                func f() {
                \tprintln("x") //nolint:errcheck // not ours
                }
                """),
        ])

    public init(options: RuleOptions) {}

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? { nil }
}
