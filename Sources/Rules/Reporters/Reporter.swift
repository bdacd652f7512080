/// What a reporter gets: the findings in report order, the files that failed, and the enabled rules.
public struct Report {
    public let findings: [Finding]
    public let errors: [FileError]
    public let rules: [RuleDoc]
    public init(findings: [Finding], errors: [FileError], rules: [RuleDoc]) {
        self.findings = findings; self.errors = errors; self.rules = rules
    }
}

/// Renders a report as bytes in one output format. Rules never know about reporters.
public protocol Reporter {
    func render(_ report: Report) -> String
}
