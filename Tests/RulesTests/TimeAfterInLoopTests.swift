import Testing
@testable import Rules

/// GL301 follows the Go version: silent from Go 1.23 (timers are collected) unless `note-since-go-1-23`
/// keeps a note; a warning before and when the version is unknown.
struct TimeAfterInLoopTests {
    static let source = """
        package p

        import "time"

        func f(in <-chan int) {
        \tfor {
        \t\tselect {
        \t\tcase <-in:
        \t\tcase <-time.After(time.Second):
        \t\t}
        \t}
        }
        """

    @Test(arguments: [("1.21", [Severity.warning]), ("1.22", [.warning]), ("1.23", []), ("1.24", [])])
    func severityByVersion(_ version: String, _ expected: [Severity]) {
        let findings = Harness.lint(Self.source, rules: [TimeAfterInLoopRule.self], goVersion: GoVersion(version))
        #expect(findings.map(\.severity) == expected)
    }

    @Test(arguments: ["1.23", "1.27"])
    func noteSinceGo123IsOptIn(_ version: String) {
        let options = ["GL301": RuleOptions(lists: ["note-since-go-1-23": ["true"]])]
        let findings = Harness.lint(Self.source, rules: [TimeAfterInLoopRule.self], options: options,
                                    goVersion: GoVersion(version))
        #expect(findings.map(\.severity) == [.note])
        #expect(findings.first?.related.first?.range.start.line == 8, "related location: the case that goes round")
    }

    @Test func unknownVersionIsAWarning() {
        #expect(Harness.lint(Self.source, rules: [TimeAfterInLoopRule.self]).map(\.severity) == [.warning])
    }

    @Test func configuredSeverityAppliesBelow123() {
        let options = ["GL301": RuleOptions(severity: .error)]
        #expect(Harness.lint(Self.source, rules: [TimeAfterInLoopRule.self], options: options,
                             goVersion: GoVersion("1.22")).map(\.severity) == [.error])
    }
}
