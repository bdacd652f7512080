/// GL002: a goleaklint suppression directive without a reason, without rule codes, or naming an unknown
/// rule. Checked by the engine's suppression audit. The directive still suppresses what it names.
public struct MalformedSuppressionRule: Rule {
    public static let doc = RuleDoc(
        code: "GL002",
        name: "malformed-suppression",
        title: "Suppression directive lacks a reason or names an unknown rule",
        severity: .warning,
        whatItDoes: """
            Reports `//goleaklint:ignore` and `//goleaklint:file-ignore` directives that name no rule, name a rule \
            goleaklint does not have, or give no reason; and `//nolint:goleaklint` without a `// reason`.
            """,
        whyIsThisBad: """
            A suppression is a claim that a finding is wrong or acceptable. Without the reason, the next reader \
            cannot check the claim, and a typo in the code silently suppresses nothing.
            """,
        example: "//goleaklint:ignore GL101",
        useInstead: "//goleaklint:ignore GL101 the process exits right after this health probe",
        tags: ["meta", "suppressions"],
        triggering: [
            Example("""
                package p

                import "net/http"

                func f(u string) {
                \t↓//goleaklint:ignore GL101
                \thttp.Get(u)
                }
                """),
            Example("""
                package p

                func f() {
                \t↓//goleaklint:ignore GL999 no such rule
                \tprintln("x")
                }
                """),
            Example("""
                package p

                import "net/http"

                func f(u string) {
                \thttp.Get(u) ↓//nolint:goleaklint
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
                \thttp.Get(u) //nolint:goleaklint // fire-and-forget probe in a CLI
                }
                """),
            Example("""
                package p

                func f() {
                \tprintln("x") //nolint
                }
                """),
        ])

    public init(options: RuleOptions) {}

    public func makeAnalysis(for package: PackageContext, diagnostics: Diagnostics) -> PackageAnalysis? { nil }
}
