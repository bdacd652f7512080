import Testing
@testable import Rules

/// GL302 judges a timer by how long it can stay pending: its duration is read from constant expressions (units,
/// arithmetic, conversions, the function's and the package's constants), and the severity follows it.
struct TimerDurationTests {
    @Test(arguments: [
        ("5 * time.Second", 5e9), ("time.Minute", 60e9), ("2*time.Hour + 30*time.Minute", 9000e9),
        ("time.Duration(3) * time.Second", 3e9), ("(1 + 1) * time.Minute", 120e9), ("1_500 * time.Millisecond", 1.5e9),
        ("idle", 600e9), ("twice * idle", 1200e9),
    ])
    func constants(_ text: String, _ expected: Double) {
        let constants = ["idle": "10 * time.Minute", "twice": "2"]
        #expect(TimerDuration.nanoseconds(of: text) { constants[$0] } == expected)
    }

    @Test(arguments: ["d", "cfg.Timeout", "time.Duration(n) * time.Second", "f()", "time.Second /", "loop"])
    func unknown(_ text: String) {
        #expect(TimerDuration.nanoseconds(of: text) { $0 == "loop" ? "loop" : nil } == nil)
    }

    @Test func describesLikeGo() {
        #expect(TimerDuration.describe(600e9) == "10m")
        #expect(TimerDuration.describe(5400e9) == "1h30m")
        #expect(TimerDuration.describe(90e9) == "1m30s")
    }

    static func source(_ duration: String) -> String {
        """
        package p

        import "time"

        const idleTimeout = 10 * time.Minute

        func wait(ready <-chan struct{}, d time.Duration) {
        \tt := time.NewTimer(\(duration))
        \tif ready == nil {
        \t\treturn
        \t}
        \t<-t.C
        }
        """
    }

    /// A package constant of ten minutes is a warning that says so; a parameter is a note; five seconds is nothing.
    @Test(arguments: [("idleTimeout", [Severity.warning]), ("d", [.note]), ("5 * time.Second", [])])
    func severityFollowsTheDuration(_ duration: String, _ expected: [Severity]) {
        let findings = Harness.lint(Self.source(duration), rules: [UnstoppedTickerRule.self], goVersion: GoVersion("1.22"))
        #expect(findings.map(\.severity) == expected)
        if duration == "idleTimeout" { #expect(findings.first?.message.contains("pending for 10m") == true) }
    }
}
